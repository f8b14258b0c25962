/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* test_access.c - the read-only API of form8k.h (src/output/access.c):
 * the values of synthetic filings of the test suite (examples/, the
 * golden cases: plain text, HTML, a joint filing, a submission) as the
 * accessors give them, checked against what their expected XML holds. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests.h"

/* The file PATH of the source tree, parsed (top_srcdir from make check,
 * else the current folder). */
static f8k_doc *fixture(const char *path)
{
    const char *top = getenv("top_srcdir");
    char full[4096];
    f8k_doc *doc = NULL;

    snprintf(full, sizeof full, "%s/%s", top != NULL ? top : ".", path);
    CU_ASSERT_EQUAL(f8k_parse_file(full, NULL, &doc), F8K_OK);
    return doc;
}

/* D is at LN:CL. */
#define ASSERT_AT(d, ln, cl) do { \
        f8k_datum a_ = (d); \
        CU_ASSERT_EQUAL(a_.line, ln); \
        CU_ASSERT_EQUAL(a_.column, cl); \
    } while (0)

/* D is printed TEXT with VALUE (NULL: none) at LN:CL. */
#define ASSERT_DATUM(d, text, val, ln, cl) do { \
        f8k_datum d_ = (d); \
        const char *v_ = (val); \
        CU_ASSERT_PTR_NOT_NULL_FATAL(d_.printed); \
        CU_ASSERT_STRING_EQUAL(d_.printed, text); \
        if (v_ == NULL) \
            CU_ASSERT_PTR_NULL(d_.value) \
        else { \
            CU_ASSERT_PTR_NOT_NULL_FATAL(d_.value); \
            CU_ASSERT_STRING_EQUAL(d_.value, v_); \
        } \
        ASSERT_AT(d_, ln, cl); \
    } while (0)

/* D is a value printed nowhere. */
#define ASSERT_DERIVED(d, val) do { \
        f8k_datum d_ = (d); \
        CU_ASSERT_PTR_NULL(d_.printed); \
        CU_ASSERT_PTR_NOT_NULL_FATAL(d_.value); \
        CU_ASSERT_STRING_EQUAL(d_.value, val); \
        CU_ASSERT_EQUAL(d_.line, 0); \
    } while (0)

#define ASSERT_ABSENT(d) do { \
        f8k_datum d_ = (d); \
        CU_ASSERT_PTR_NULL(d_.printed); \
        CU_ASSERT_PTR_NULL(d_.value); \
    } while (0)

/* examples/classic-8k.txt: a plain-text 8-K of 2003, one registrant. */
static void test_text(void)
{
    f8k_doc *doc = fixture("examples/classic-8k.txt");
    const f8k_filing *f;
    const f8k_registrant *r;
    const f8k_item *it;
    const f8k_signature *s;
    const f8k_exhibit *x;

    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    CU_ASSERT_EQUAL(f8k_doc_filing_count(doc), 1);
    f = f8k_doc_filing(doc, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_PTR_NULL(f8k_doc_filing(doc, 1));

    ASSERT_DATUM(f8k_filing_get(f, F8K_F_DOCUMENT_TYPE), "FORM 8-K", "8-K", 9, 37);
    ASSERT_DERIVED(f8k_filing_get(f, F8K_F_AMENDMENT_FLAG), "false");
    ASSERT_DATUM(f8k_filing_get(f, F8K_F_PERIOD_END_DATE), "March 3, 2003",
                 "2003-03-03", 17, 58);
    ASSERT_ABSENT(f8k_filing_get(f, F8K_F_DATE_OF_REPORT));
    ASSERT_ABSENT(f8k_filing_get(f, F8K_F_WRITTEN_COMMUNICATIONS));

    CU_ASSERT_EQUAL(f8k_filing_registrant_count(f), 1);
    r = f8k_filing_registrant(f, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    CU_ASSERT_PTR_NULL(f8k_filing_registrant(f, 1));
    ASSERT_DATUM(f8k_registrant_get(r, F8K_F_REGISTRANT_NAME),
                 "NORTHWIND INSTRUMENTS, INC.", "NORTHWIND INSTRUMENTS, INC.", 20, 27);
    ASSERT_DATUM(f8k_registrant_get(r, F8K_F_INCORPORATION_STATE), "Delaware", "DE", 24, 10);
    ASSERT_DATUM(f8k_registrant_get(r, F8K_F_FILE_NUMBER), "000-12345", "000-12345", 24, 38);
    ASSERT_DATUM(f8k_registrant_get(r, F8K_F_TAX_ID), "04-1234567", "04-1234567", 24, 63);
    ASSERT_DATUM(f8k_registrant_get(r, F8K_F_ADDRESS_LINE1), "100 Harbor Drive",
                 "100 Harbor Drive", 29, 27);
    ASSERT_DATUM(f8k_registrant_get(r, F8K_F_ADDRESS_LINE2), "Suite 200", "Suite 200", 29, 45);
    ASSERT_DATUM(f8k_registrant_get(r, F8K_F_CITY), "Portland", "Portland", 30, 30);
    ASSERT_DATUM(f8k_registrant_get(r, F8K_F_ADDRESS_STATE), "Maine", "ME", 30, 40);
    ASSERT_DATUM(f8k_registrant_get(r, F8K_F_ZIP), "04101", "04101", 30, 46);
    ASSERT_DATUM(f8k_registrant_get(r, F8K_F_AREA_CODE), "(207) 555-0100", "207", 34, 60);
    ASSERT_DATUM(f8k_registrant_get(r, F8K_F_LOCAL_PHONE), "(207) 555-0100",
                 "555-0100", 34, 60);
    ASSERT_ABSENT(f8k_registrant_get(r, F8K_F_FORMER_NAME));
    /* a field of another kind of node */
    ASSERT_ABSENT(f8k_registrant_get(r, F8K_F_DOCUMENT_TYPE));
    ASSERT_ABSENT(f8k_filing_get(f, F8K_F_REGISTRANT_NAME));

    CU_ASSERT_EQUAL(f8k_filing_item_count(f), 2);
    it = f8k_filing_item(f, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(it);
    ASSERT_DATUM(f8k_item_get(it, F8K_F_ITEM_NUMBER), "5", "5", 43, 1);
    ASSERT_DERIVED(f8k_item_get(it, F8K_F_ITEM_REGIME), "1993");
    ASSERT_DERIVED(f8k_item_get(it, F8K_F_ITEM_NOT_APPLICABLE), "false");
    ASSERT_DERIVED(f8k_item_get(it, F8K_F_OFFICIAL_CAPTION), "Other Events");
    ASSERT_DATUM(f8k_item_get(it, F8K_F_PRINTED_CAPTION), "Other Events.",
                 "Other Events.", 43, 10);
    ASSERT_DERIVED(f8k_item_get(it, F8K_F_SUCCESSOR_ITEM), "8.01");
    CU_ASSERT_EQUAL(f8k_item_paragraph_count(it), 2);
    {
        f8k_datum p = f8k_item_paragraph(it, 0);
        CU_ASSERT_PTR_NOT_NULL_FATAL(p.value);
        CU_ASSERT_EQUAL(strncmp(p.value, "On March 3, 2003, Northwind", 27), 0);
        CU_ASSERT_PTR_EQUAL(p.printed, p.value);
        CU_ASSERT_EQUAL(p.line, 45);
        CU_ASSERT_EQUAL(p.column, 6);
        ASSERT_ABSENT(f8k_item_paragraph(it, 2));
    }
    it = f8k_filing_item(f, 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(it);
    ASSERT_DATUM(f8k_item_get(it, F8K_F_ITEM_NUMBER), "7", "7", 57, 1);
    ASSERT_DERIVED(f8k_item_get(it, F8K_F_OFFICIAL_CAPTION),
                   "Financial Statements and Exhibits");
    CU_ASSERT_PTR_NULL(f8k_filing_item(f, 2));

    CU_ASSERT_EQUAL(f8k_filing_signature_count(f), 1);
    s = f8k_filing_signature(f, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    ASSERT_DATUM(f8k_signature_get(s, F8K_F_SIGNATURE_REGISTRANT),
                 "NORTHWIND INSTRUMENTS, INC.", "NORTHWIND INSTRUMENTS, INC.", 74, 41);
    ASSERT_DATUM(f8k_signature_get(s, F8K_F_SIGNER_NAME), "Thomas R. Albury",
                 "Thomas R. Albury", 79, 48);
    ASSERT_DATUM(f8k_signature_get(s, F8K_F_SIGNER_TITLE),
                 "Vice President, Finance and Chief Financial Officer",
                 "Vice President, Finance and Chief Financial Officer", 80, 48);
    ASSERT_DATUM(f8k_signature_get(s, F8K_F_SIGNATURE_DATE), "March 5, 2003",
                 "2003-03-05", 83, 7);

    CU_ASSERT_EQUAL(f8k_filing_exhibit_count(f), 1);
    x = f8k_filing_exhibit(f, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(x);
    ASSERT_DATUM(f8k_exhibit_get(x, F8K_F_EXHIBIT_NUMBER), "99.1", "99.1", 61, 11);
    ASSERT_DATUM(f8k_exhibit_get(x, F8K_F_EXHIBIT_DESCRIPTION),
                 "Press release of Northwind Instruments, Inc. dated March 3, 2003.",
                 "Press release of Northwind Instruments, Inc. dated March 3, 2003.",
                 61, 18);

    /* no submission: no documents, no header */
    CU_ASSERT_EQUAL(f8k_doc_document_count(doc), 0);
    CU_ASSERT_PTR_NULL(f8k_doc_document(doc, 0));
    CU_ASSERT_EQUAL(f8k_header_count(doc, NULL), 0);
    CU_ASSERT_PTR_NULL(f8k_header_at(doc, NULL, 0));
    CU_ASSERT_PTR_NULL(f8k_header_find(doc, "AccessionNumber"));
    f8k_doc_free(doc);
}

/* A value printed but not normalised: a typed field has no value (the
 * XML's Unnormalised), a free-text one its printed text. */
static void test_unnormalised(void)
{
    f8k_doc *doc = fixture("examples/classic-8k.txt");
    f8k_registrant *r;

    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    r = doc->filing.cover.registrants;
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    r->state.norm = NULL;
    r->name.norm = NULL;
    ASSERT_DATUM(f8k_registrant_get(r, F8K_F_INCORPORATION_STATE), "Delaware", NULL, 24, 10);
    ASSERT_DATUM(f8k_registrant_get(r, F8K_F_REGISTRANT_NAME),
                 "NORTHWIND INSTRUMENTS, INC.", "NORTHWIND INSTRUMENTS, INC.", 20, 27);
    f8k_doc_free(doc);
}

/* tests/golden/joint-filing: two registrants on one cover. */
static void test_joint(void)
{
    f8k_doc *doc = fixture("tests/golden/joint-filing/input.txt");
    const f8k_filing *f;
    const f8k_registrant *r;

    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    f = f8k_doc_filing(doc, 0);
    CU_ASSERT_EQUAL_FATAL(f8k_filing_registrant_count(f), 2);
    r = f8k_filing_registrant(f, 0);
    ASSERT_DATUM(f8k_registrant_get(r, F8K_F_REGISTRANT_NAME),
                 "NORTHERN PLAINS ENERGY CORPORATION",
                 "NORTHERN PLAINS ENERGY CORPORATION", 18, 15);
    ASSERT_DATUM(f8k_registrant_get(r, F8K_F_FILE_NUMBER), "1-14219", "1-14219", 18, 1);
    ASSERT_ABSENT(f8k_registrant_get(r, F8K_F_CITY));
    r = f8k_filing_registrant(f, 1);
    ASSERT_DATUM(f8k_registrant_get(r, F8K_F_REGISTRANT_NAME),
                 "NORTHERN PLAINS POWER COMPANY", "NORTHERN PLAINS POWER COMPANY", 21, 15);
    ASSERT_DATUM(f8k_registrant_get(r, F8K_F_INCORPORATION_STATE), "North Dakota",
                 "ND", 22, 18);
    ASSERT_DATUM(f8k_registrant_get(r, F8K_F_ADDRESS_LINE1), "2200 Prairie Rose Boulevard",
                 "2200 Prairie Rose Boulevard", 24, 15);
    ASSERT_DATUM(f8k_registrant_get(r, F8K_F_ZIP), "58501", "58501", 25, 38);
    f8k_doc_free(doc);
}

/* tests/golden/items-not-applicable: the items a 1990s filing lists as
 * not applicable follow the reported ones. */
static void test_not_applicable(void)
{
    f8k_doc *doc = fixture("tests/golden/items-not-applicable/input.txt");
    const f8k_filing *f;
    const f8k_item *it;

    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    f = f8k_doc_filing(doc, 0);
    CU_ASSERT_EQUAL_FATAL(f8k_filing_item_count(f), 8);
    it = f8k_filing_item(f, 1);
    ASSERT_DATUM(f8k_item_get(it, F8K_F_ITEM_NUMBER), "7", "7", 58, 1);
    ASSERT_DERIVED(f8k_item_get(it, F8K_F_ITEM_NOT_APPLICABLE), "false");
    it = f8k_filing_item(f, 2);
    ASSERT_DATUM(f8k_item_get(it, F8K_F_ITEM_NUMBER), "1", "1", 41, 1);
    ASSERT_DERIVED(f8k_item_get(it, F8K_F_ITEM_NOT_APPLICABLE), "true");
    ASSERT_DERIVED(f8k_item_get(it, F8K_F_ITEM_REGIME), "1993");
    CU_ASSERT_EQUAL(f8k_item_paragraph_count(it), 0);
    it = f8k_filing_item(f, 7);
    ASSERT_DATUM(f8k_item_get(it, F8K_F_ITEM_NUMBER), "8", "8", 41, 1);
    CU_ASSERT_PTR_NULL(f8k_filing_item(f, 8));
    f8k_doc_free(doc);
}

/* tests/golden/html-joint-filing: an HTML 8-K of 2012, three
 * registrants, check boxes; positions are the HTML file's. */
static void test_html(void)
{
    f8k_doc *doc = fixture("tests/golden/html-joint-filing/input.htm");
    const f8k_filing *f;
    const f8k_item *it;
    const f8k_signature *s;

    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    CU_ASSERT_STRING_EQUAL(f8k_doc_kind(doc), "html");
    CU_ASSERT_EQUAL(f8k_doc_filing_count(doc), 1);
    f = f8k_doc_filing(doc, 0);
    ASSERT_DATUM(f8k_filing_get(f, F8K_F_PERIOD_END_DATE), "March 12, 2012",
                 "2012-03-12", 7, 69);
    ASSERT_DATUM(f8k_filing_get(f, F8K_F_WRITTEN_COMMUNICATIONS), "[  ]", "false", 34, 4);
    ASSERT_DATUM(f8k_filing_get(f, F8K_F_SOLICITING_MATERIAL), "[  ]", "false", 35, 1);
    CU_ASSERT_EQUAL_FATAL(f8k_filing_registrant_count(f), 3);
    ASSERT_DATUM(f8k_registrant_get(f8k_filing_registrant(f, 0), F8K_F_REGISTRANT_NAME),
                 "GRANITE FALLS UTILITIES, INC.", "GRANITE FALLS UTILITIES, INC.", 17, 18);
    ASSERT_DATUM(f8k_registrant_get(f8k_filing_registrant(f, 2), F8K_F_REGISTRANT_NAME),
                 "GRANITE FALLS GAS COMPANY", "GRANITE FALLS GAS COMPANY", 27, 18);
    CU_ASSERT_EQUAL_FATAL(f8k_filing_item_count(f), 2);
    it = f8k_filing_item(f, 0);
    ASSERT_DATUM(f8k_item_get(it, F8K_F_ITEM_NUMBER), "7.01", "7.01", 39, 7);
    ASSERT_DERIVED(f8k_item_get(it, F8K_F_ITEM_REGIME), "2004");
    ASSERT_DERIVED(f8k_item_get(it, F8K_F_OFFICIAL_CAPTION), "Regulation FD Disclosure");
    /* an item of 2004 has no successor */
    ASSERT_ABSENT(f8k_item_get(it, F8K_F_SUCCESSOR_ITEM));
    s = f8k_filing_signature(f, 0);
    ASSERT_DATUM(f8k_signature_get(s, F8K_F_SIGNER_NAME), "Leonard J. Haugland",
                 "Leonard J. Haugland", 47, 35);
    ASSERT_DATUM(f8k_signature_get(s, F8K_F_SIGNER_TITLE), "Vice President and Controller",
                 "Vice President and Controller", 47, 58);
    ASSERT_DATUM(f8k_exhibit_get(f8k_filing_exhibit(f, 0), F8K_F_EXHIBIT_DESCRIPTION),
                 "Investor presentation of March 12, 2012.",
                 "Investor presentation of March 12, 2012.", 43, 9);
    f8k_doc_free(doc);
}

/* What an 8-K embedded in a submission holds, one value of each kind of
 * handle, and where the submission file prints it (line, column). */
struct embedded {
    const char *period, *period_iso;  unsigned period_at[2];
    const char *registrant;           unsigned registrant_at[2];
    const char *item;                 unsigned item_at[2];
    unsigned    para_at[2];           /* the first item's first paragraph */
    const char *signer;               unsigned signer_at[2];
    const char *signed_on, *signed_iso; unsigned signed_at[2];
    const char *exhibit;              unsigned exhibit_at[2];
};

/* Each kind of handle of F, the one filing of a submission, resolves its
 * values to the submission file's lines (not to those of the document's
 * text, nor, for HTML, of its rendering), as the expected XML has them. */
static void check_embedded(const f8k_filing *f, const struct embedded *e)
{
    const f8k_item *it = f8k_filing_item(f, 0);
    const f8k_signature *sg = f8k_filing_signature(f, 0);

    CU_ASSERT_PTR_NOT_NULL_FATAL(it);
    CU_ASSERT_PTR_NOT_NULL_FATAL(sg);
    ASSERT_DATUM(f8k_filing_get(f, F8K_F_PERIOD_END_DATE), e->period, e->period_iso,
                 e->period_at[0], e->period_at[1]);
    ASSERT_DATUM(f8k_registrant_get(f8k_filing_registrant(f, 0), F8K_F_REGISTRANT_NAME),
                 e->registrant, e->registrant, e->registrant_at[0], e->registrant_at[1]);
    ASSERT_DATUM(f8k_item_get(it, F8K_F_ITEM_NUMBER), e->item, e->item,
                 e->item_at[0], e->item_at[1]);
    ASSERT_AT(f8k_item_paragraph(it, 0), e->para_at[0], e->para_at[1]);
    ASSERT_DATUM(f8k_signature_get(sg, F8K_F_SIGNER_NAME), e->signer, e->signer,
                 e->signer_at[0], e->signer_at[1]);
    ASSERT_DATUM(f8k_signature_get(sg, F8K_F_SIGNATURE_DATE), e->signed_on,
                 e->signed_iso, e->signed_at[0], e->signed_at[1]);
    ASSERT_DATUM(f8k_exhibit_get(f8k_filing_exhibit(f, 0), F8K_F_EXHIBIT_DESCRIPTION),
                 e->exhibit, e->exhibit, e->exhibit_at[0], e->exhibit_at[1]);
}

/* tests/golden/sub-sec-joint-binary: a submission of a joint 8-K, an
 * exhibit and a graphic, with a typed SEC header. */
static void test_submission(void)
{
    static const struct embedded e = {
        "August 9, 2002", "2002-08-09", { 82, 58 },
        "NORTHERN PLAINS ENERGY CORPORATION", { 89, 15 },
        "5", { 110, 1 }, { 112, 6 },
        "Rebecca A. Thorsgaard", { 146, 40 },
        "August 12, 2002", "2002-08-12", { 150, 7 },
        "Joint press release dated August 9, 2002.", { 128, 18 }
    };
    f8k_doc *doc = fixture("tests/golden/sub-sec-joint-binary/input.txt");
    const f8k_document *d;
    const f8k_filing *f;
    const f8k_hnode *h, *filer, *company;
    size_t i, filers = 0;

    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    CU_ASSERT_EQUAL(f8k_doc_document_count(doc), 3);
    d = f8k_doc_document(doc, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    ASSERT_DATUM(f8k_document_get(d, F8K_F_DOC_TYPE), "8-K", "8-K", 67, 7);
    ASSERT_DATUM(f8k_document_get(d, F8K_F_DOC_SEQUENCE), "1", "1", 68, 11);
    ASSERT_DATUM(f8k_document_get(d, F8K_F_DOC_FILENAME), "d8k.txt", "d8k.txt", 69, 11);
    ASSERT_DATUM(f8k_document_get(d, F8K_F_DOC_DESCRIPTION), "FORM 8-K", "FORM 8-K", 70, 14);
    ASSERT_DERIVED(f8k_document_get(d, F8K_F_DOC_HTML), "false");
    /* the 8-K document is the submission's one filing */
    CU_ASSERT_EQUAL(f8k_doc_filing_count(doc), 1);
    f = f8k_document_filing(d);
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_PTR_EQUAL(f, f8k_doc_filing(doc, 0));
    CU_ASSERT_EQUAL(f8k_filing_registrant_count(f), 2);
    ASSERT_DATUM(f8k_registrant_get(f8k_filing_registrant(f, 1), F8K_F_REGISTRANT_NAME),
                 "NORTHERN PLAINS POWER COMPANY", "NORTHERN PLAINS POWER COMPANY", 92, 15);
    check_embedded(f, &e);
    d = f8k_doc_document(doc, 2);
    ASSERT_DATUM(f8k_document_get(d, F8K_F_DOC_TYPE), "GRAPHIC", "GRAPHIC", 168, 7);
    ASSERT_DATUM(f8k_document_get(d, F8K_F_DOC_FILENAME), "logo.gif", "logo.gif", 170, 11);
    CU_ASSERT_PTR_NULL(f8k_document_filing(d));
    CU_ASSERT_PTR_NULL(f8k_doc_document(doc, 3));

    /* the header: top-level fields, typed */
    h = f8k_header_at(doc, NULL, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(h);
    CU_ASSERT_STRING_EQUAL(f8k_header_name(h), "AcceptanceDateTime");
    CU_ASSERT_STRING_EQUAL(f8k_header_key(h), "ACCEPTANCE-DATETIME");
    ASSERT_DATUM(f8k_header_value(h), "20020812163012", "2002-08-12T16:30:12", 3, 22);
    h = f8k_header_find(doc, "ItemInformation");
    CU_ASSERT_PTR_NOT_NULL_FATAL(h);
    CU_ASSERT_STRING_EQUAL(f8k_header_code(h), "5");
    ASSERT_DATUM(f8k_header_value(h), "Other Events", "Other Events", 8, 33);
    h = f8k_header_find(doc, "AccessionNumber");
    CU_ASSERT_PTR_NOT_NULL_FATAL(h);
    CU_ASSERT_STRING_EQUAL(f8k_header_value(h).value, f8k_doc_header(doc, "AccessionNumber"));
    CU_ASSERT_PTR_NULL(f8k_header_code(h));
    /* parties and sections: the second filer's company data */
    for (i = 0; i < f8k_header_count(doc, NULL); i++) {
        filer = f8k_header_at(doc, NULL, i);
        if (strcmp(f8k_header_name(filer), "Filer") != 0 || ++filers != 2)
            continue;
        CU_ASSERT_EQUAL(f8k_header_value(filer).line, 43);
        ASSERT_ABSENT(f8k_header_value(filer));
        company = f8k_header_at(doc, filer, 0);
        CU_ASSERT_PTR_NOT_NULL_FATAL(company);
        CU_ASSERT_STRING_EQUAL(f8k_header_name(company), "CompanyData");
        h = f8k_header_at(doc, company, 0);
        CU_ASSERT_STRING_EQUAL(f8k_header_name(h), "ConformedName");
        ASSERT_DATUM(f8k_header_value(h), "NORTHERN PLAINS POWER CO",
                     "NORTHERN PLAINS POWER CO", 46, 57);
        h = f8k_header_at(doc, company, 2);
        CU_ASSERT_STRING_EQUAL(f8k_header_name(h), "StandardIndustrialClassification");
        CU_ASSERT_STRING_EQUAL(f8k_header_code(h), "4911");
        CU_ASSERT_TRUE(f8k_header_count(doc, company) > 3);
        CU_ASSERT_PTR_NULL(f8k_header_at(doc, company, f8k_header_count(doc, company)));
    }
    CU_ASSERT_EQUAL(filers, 2);
    f8k_doc_free(doc);
}

/* tests/golden/html-submission: an HTML 8-K inside a submission.  Its
 * values resolve through two maps (the rendered lines to the HTML, the
 * HTML to the submission file) to the submission file's lines, as the
 * expected XML has them. */
static void test_html_submission(void)
{
    static const struct embedded e = {
        "June 10, 2019", "2019-06-10", { 56, 69 },
        "HERONSGATE BREWING CO.", { 57, 22 },
        "7.01", { 70, 7 }, { 71, 4 },
        "Miriam E. Castellanos", { 82, 24 },
        "June 12, 2019", "2019-06-12", { 81, 15 },
        "Press release of Heronsgate Brewing Co. dated June 10, 2019.", { 75, 34 }
    };
    f8k_doc *doc = fixture("tests/golden/html-submission/input.htm");
    const f8k_filing *f;

    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    CU_ASSERT_STRING_EQUAL(f8k_doc_kind(doc), "submission");
    ASSERT_DATUM(f8k_document_get(f8k_doc_document(doc, 0), F8K_F_DOC_TYPE),
                 "8-K", "8-K", 43, 7);
    CU_ASSERT_EQUAL_FATAL(f8k_doc_filing_count(doc), 1);
    f = f8k_doc_filing(doc, 0);
    CU_ASSERT_PTR_EQUAL(f, f8k_document_filing(f8k_doc_document(doc, 0)));
    ASSERT_DATUM(f8k_filing_get(f, F8K_F_DOCUMENT_TYPE), "FORM 8-K", "8-K", 54, 22);
    ASSERT_DATUM(f8k_item_get(f8k_filing_item(f, 0), F8K_F_PRINTED_CAPTION),
                 "Regulation FD Disclosure.", "Regulation FD Disclosure.", 70, 17);
    check_embedded(f, &e);
    f8k_doc_free(doc);
}

/* The table of fields: a name for each, and back. */
static void test_fields(void)
{
    unsigned i;

    CU_ASSERT_STRING_EQUAL(f8k_field_name(F8K_F_DOCUMENT_TYPE), "CoverPage/DocumentType");
    CU_ASSERT_STRING_EQUAL(f8k_field_name(F8K_F_FORMER_NAME),
                           "Registrant/EntityInformationFormerLegalOrRegisteredName");
    CU_ASSERT_STRING_EQUAL(f8k_field_name(F8K_F_ITEM_NUMBER), "Item/@number");
    CU_ASSERT_STRING_EQUAL(f8k_field_name(F8K_F_EXHIBIT_NUMBER), "Exhibit/@number");
    CU_ASSERT_STRING_EQUAL(f8k_field_name(F8K_F_DOC_HTML), "Document/@html");
    CU_ASSERT_PTR_NULL(f8k_field_name(F8K_F_COUNT));
    CU_ASSERT_PTR_NULL(f8k_field_name((f8k_field)-1));
    for (i = 0; i < F8K_F_COUNT; i++) {
        const char *name = f8k_field_name((f8k_field)i);
        CU_ASSERT_PTR_NOT_NULL_FATAL(name);
        CU_ASSERT_EQUAL(f8k_field_find(name), (f8k_field)i);
    }
    CU_ASSERT_EQUAL(f8k_field_find("Registrant/Nothing"), F8K_F_COUNT);
    CU_ASSERT_EQUAL(f8k_field_find(NULL), F8K_F_COUNT);
}

/* NULL handles answer nothing, and never crash. */
static void test_null(void)
{
    CU_ASSERT_EQUAL(f8k_doc_filing_count(NULL), 0);
    CU_ASSERT_PTR_NULL(f8k_doc_filing(NULL, 0));
    ASSERT_ABSENT(f8k_filing_get(NULL, F8K_F_DOCUMENT_TYPE));
    CU_ASSERT_EQUAL(f8k_filing_registrant_count(NULL), 0);
    CU_ASSERT_PTR_NULL(f8k_filing_registrant(NULL, 0));
    ASSERT_ABSENT(f8k_registrant_get(NULL, F8K_F_REGISTRANT_NAME));
    CU_ASSERT_EQUAL(f8k_filing_item_count(NULL), 0);
    CU_ASSERT_PTR_NULL(f8k_filing_item(NULL, 0));
    ASSERT_ABSENT(f8k_item_get(NULL, F8K_F_ITEM_NUMBER));
    CU_ASSERT_EQUAL(f8k_item_paragraph_count(NULL), 0);
    ASSERT_ABSENT(f8k_item_paragraph(NULL, 0));
    CU_ASSERT_EQUAL(f8k_filing_signature_count(NULL), 0);
    CU_ASSERT_PTR_NULL(f8k_filing_signature(NULL, 0));
    ASSERT_ABSENT(f8k_signature_get(NULL, F8K_F_SIGNER_NAME));
    CU_ASSERT_EQUAL(f8k_filing_exhibit_count(NULL), 0);
    CU_ASSERT_PTR_NULL(f8k_filing_exhibit(NULL, 0));
    ASSERT_ABSENT(f8k_exhibit_get(NULL, F8K_F_EXHIBIT_NUMBER));
    CU_ASSERT_EQUAL(f8k_doc_document_count(NULL), 0);
    CU_ASSERT_PTR_NULL(f8k_doc_document(NULL, 0));
    ASSERT_ABSENT(f8k_document_get(NULL, F8K_F_DOC_TYPE));
    CU_ASSERT_PTR_NULL(f8k_document_filing(NULL));
    CU_ASSERT_EQUAL(f8k_header_count(NULL, NULL), 0);
    CU_ASSERT_PTR_NULL(f8k_header_at(NULL, NULL, 0));
    CU_ASSERT_PTR_NULL(f8k_header_find(NULL, "AccessionNumber"));
    CU_ASSERT_PTR_NULL(f8k_header_name(NULL));
    CU_ASSERT_PTR_NULL(f8k_header_key(NULL));
    ASSERT_ABSENT(f8k_header_value(NULL));
    CU_ASSERT_PTR_NULL(f8k_header_code(NULL));
}

int add_access_tests(void)
{
    CU_pSuite s = CU_add_suite("read-only API (access)", NULL, NULL);
    return !s || !CU_add_test(s, "plain text, every field", test_text) ||
           !CU_add_test(s, "unnormalised values", test_unnormalised) ||
           !CU_add_test(s, "joint filing", test_joint) ||
           !CU_add_test(s, "items not applicable", test_not_applicable) ||
           !CU_add_test(s, "HTML", test_html) ||
           !CU_add_test(s, "submission documents and header", test_submission) ||
           !CU_add_test(s, "HTML in a submission", test_html_submission) ||
           !CU_add_test(s, "field names", test_fields) ||
           !CU_add_test(s, "NULL handles", test_null);
}
