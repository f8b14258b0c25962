/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* test_parse.c - the grammar's regions and the passes over them, on small
 * synthetic filings (classic 1990s plain-text layout). */
#include <string.h>
#include "tests.h"
#include "ast.h"

static const char classic[] =
    "                 SECURITIES AND EXCHANGE COMMISSION\n"
    "                       Washington, D.C. 20549\n"
    "                              FORM 8-K\n"
    "                           CURRENT REPORT\n"
    "Date of Report (Date of earliest event reported): March 3, 2003\n"
    "\n"
    "                        NORTHWIND WIDGETS, INC.\n"
    "       (Exact name of registrant as specified in its charter)\n"
    "\n"
    "   Delaware                  000-12345              04-1234567\n"
    "(State or other          (Commission File      (IRS Employer\n"
    "jurisdiction)                 Number)          Identification No.)\n"
    "\n"
    "   100 Harbor Drive, Portland, Maine 04101\n"
    "   (Address of principal executive offices)\n"
    "Registrant's telephone number, including area code: (207) 555-0100\n"
    "\n"
    "Items 2.02 and 9.01. Results and Exhibits\n"
    "\n"
    "   We sold widgets.\n"
    "   Many widgets.\n"
    "\n"
    "   (c) Exhibits\n"
    "   99.1     Press release dated March 3, 2003.\n"
    "\n"
    "SIGNATURES\n"
    "NORTHWIND WIDGETS, INC.\n"
    "By: /s/ Jane Q. Doe\n"
    "    Jane Q. Doe\n"
    "    Chief Financial Officer\n"
    "Date: March 4, 2003\n";

static void test_classic(void)
{
    f8k_doc *d = NULL;
    const f8k_registrant *r;
    const f8k_item *it;
    CU_ASSERT_EQUAL_FATAL(f8k_parse("t.txt", classic, sizeof classic - 1, &d), F8K_OK);
    CU_ASSERT_STRING_EQUAL(d->filing.cover.doc_type.norm, "8-K");
    CU_ASSERT_STRING_EQUAL(d->filing.cover.event_date.norm, "2003-03-03");
    r = d->filing.cover.registrants;
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    CU_ASSERT_STRING_EQUAL(r->name.norm, "NORTHWIND WIDGETS, INC.");
    CU_ASSERT_EQUAL(loc_line(d, r->name.loc), 7);
    CU_ASSERT_EQUAL(loc_col(d, r->name.loc), 25);
    CU_ASSERT_STRING_EQUAL(r->state.norm, "DE");
    CU_ASSERT_STRING_EQUAL(r->file_number.norm, "000-12345");
    CU_ASSERT_STRING_EQUAL(r->ein.norm, "04-1234567");
    CU_ASSERT_STRING_EQUAL(r->addr1.norm, "100 Harbor Drive");
    CU_ASSERT_STRING_EQUAL(r->city.norm, "Portland");
    CU_ASSERT_STRING_EQUAL(r->addr_state.norm, "ME");
    CU_ASSERT_STRING_EQUAL(r->zip.norm, "04101");
    CU_ASSERT_STRING_EQUAL(r->area_code.norm, "207");
    CU_ASSERT_STRING_EQUAL(r->local_phone.norm, "555-0100");
    /* combined heading: two items sharing one heading */
    it = d->filing.items;
    CU_ASSERT_PTR_NOT_NULL_FATAL(it);
    CU_ASSERT_STRING_EQUAL(it->number.norm, "2.02");
    CU_ASSERT_PTR_NOT_NULL_FATAL(it->paras);
    CU_ASSERT_STRING_EQUAL(it->paras->text, "We sold widgets. Many widgets.");
    CU_ASSERT_PTR_NOT_NULL_FATAL(it->next);
    CU_ASSERT_STRING_EQUAL(it->next->number.norm, "9.01");
    CU_ASSERT_PTR_NOT_NULL_FATAL(d->filing.exhibits);
    CU_ASSERT_STRING_EQUAL(d->filing.exhibits->number.norm, "99.1");
    CU_ASSERT_PTR_NOT_NULL_FATAL(d->filing.signatures);
    CU_ASSERT_STRING_EQUAL(d->filing.signatures->name.norm, "Jane Q. Doe");
    CU_ASSERT_STRING_EQUAL(d->filing.signatures->title.norm, "Chief Financial Officer");
    CU_ASSERT_STRING_EQUAL(d->filing.signatures->date.norm, "2003-03-04");
    f8k_doc_free(d);
}

/* Address and telephone stacked over one caption naming both, flush left
 * as the HTML front end renders a centred <p> with <br>s: the telephone
 * line stood first when looking up, and the address above it was lost. */
static const char addr_phone[] =
    "FORM 8-K\n"
    "\n"
    "Date of Report (Date of earliest event reported): March 12, 2012\n"
    "\n"
    "ACME WIDGET CORP.\n"
    "(Exact name of registrant as specified in its charter)\n"
    "\n"
    "800 Riverfront Plaza\n"
    "Minneapolis, Minnesota 55401\n"
    "(612) 555-0175\n"
    "(Address, including zip code, and telephone number, including\n"
    "area code, of registrant's principal executive offices)\n"
    "\n"
    "Item 8.01. Other Events.\n"
    "\n"
    "Something happened.\n";

static void test_addr_phone(void)
{
    f8k_doc *d = NULL;
    const f8k_registrant *r;
    CU_ASSERT_EQUAL_FATAL(f8k_parse("t.txt", addr_phone, sizeof addr_phone - 1, &d), F8K_OK);
    r = d->filing.cover.registrants;
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r->addr1.norm);
    CU_ASSERT_STRING_EQUAL(r->addr1.norm, "800 Riverfront Plaza");
    CU_ASSERT_EQUAL(loc_line(d, r->addr1.loc), 8);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r->city.norm);
    CU_ASSERT_STRING_EQUAL(r->city.norm, "Minneapolis");
    CU_ASSERT_PTR_NOT_NULL_FATAL(r->zip.norm);
    CU_ASSERT_STRING_EQUAL(r->zip.norm, "55401");
    CU_ASSERT_PTR_NOT_NULL_FATAL(r->area_code.norm);
    CU_ASSERT_STRING_EQUAL(r->area_code.norm, "612");
    CU_ASSERT_STRING_EQUAL(r->local_phone.norm, "555-0175");
    f8k_doc_free(d);
}

/* A signature table of two columns: the date on the line of "By:"; the
 * registrant a company "CO.". */
static const char date_by[] =
    "FORM 8-K\n"
    "\n"
    "ACME WIDGET CORP.\n"
    "(Exact name of registrant as specified in its charter)\n"
    "\n"
    "Item 8.01. Other Events.\n"
    "\n"
    "Something happened.\n"
    "\n"
    "SIGNATURES\n"
    "\n"
    "                    ACME WIDGET CO.\n"
    "Date: May 6, 2020   By: /s/ Tomasz W. Brennan\n"
    "                    Tomasz W. Brennan\n"
    "                    Chief Financial Officer\n";

static void test_date_by(void)
{
    f8k_doc *d = NULL;
    const f8k_signature *sg;
    CU_ASSERT_EQUAL_FATAL(f8k_parse("t.txt", date_by, sizeof date_by - 1, &d), F8K_OK);
    sg = d->filing.signatures;
    CU_ASSERT_PTR_NOT_NULL_FATAL(sg);
    CU_ASSERT_STRING_EQUAL(sg->name.norm, "Tomasz W. Brennan");
    CU_ASSERT_PTR_NOT_NULL_FATAL(sg->date.norm);
    CU_ASSERT_STRING_EQUAL(sg->date.norm, "2020-05-06");
    CU_ASSERT_EQUAL(loc_line(d, sg->date.loc), 13);
    CU_ASSERT_EQUAL(loc_col(d, sg->date.loc), 7);
    /* a company named "... CO." is the registrant line too */
    CU_ASSERT_PTR_NOT_NULL_FATAL(sg->registrant.norm);
    CU_ASSERT_STRING_EQUAL(sg->registrant.norm, "ACME WIDGET CO.");
    f8k_doc_free(d);
}

/* Check boxes: "[X]" is checked (the X was taken for the first letter of
 * the box's text, leaving the mark "[": unchecked). */
static const char boxes[] =
    "FORM 8-K\n"
    "\n"
    "ACME WIDGET CORP.\n"
    "(Exact name of registrant as specified in its charter)\n"
    "\n"
    "[ ] Written communications pursuant to Rule 425\n"
    "[X] Soliciting material pursuant to Rule 14a-12\n"
    "[ x ] Pre-commencement communications pursuant to Rule 14d-2(b)\n"
    "x Pre-commencement communications pursuant to Rule 13e-4(c)\n"
    "\n"
    "Item 8.01. Other Events.\n"
    "\n"
    "Something happened.\n";

static void test_boxes(void)
{
    static const char *const want[F8K_CHECK_COUNT] = { "false", "true", "true", "true" };
    f8k_doc *d = NULL;
    int i;
    CU_ASSERT_EQUAL_FATAL(f8k_parse("t.txt", boxes, sizeof boxes - 1, &d), F8K_OK);
    for (i = 0; i < F8K_CHECK_COUNT; i++) {
        CU_ASSERT_PTR_NOT_NULL_FATAL(d->filing.cover.checks[i].norm);
        CU_ASSERT_STRING_EQUAL(d->filing.cover.checks[i].norm, want[i]);
    }
    CU_ASSERT_STRING_EQUAL(d->filing.cover.checks[1].printed, "[X]");
    f8k_doc_free(d);
}

static void test_recovery(void)
{
    /* an exhibit sub-heading before any item is outside the grammar: one
     * diagnostic, and the rest of the filing is still read */
    static const char in[] =
        "FORM 8-K\n"
        "(c) Exhibits\n"
        "junk\n"
        "\n"
        "Item 5. Other Events\n"
        "Text.\n";
    f8k_doc *d = NULL;
    size_t i;
    int found = 0;
    CU_ASSERT_EQUAL_FATAL(f8k_parse("r.txt", in, sizeof in - 1, &d), F8K_OK);
    for (i = 0; i < f8k_doc_diag_count(d); i++) {
        const f8k_diag *g = f8k_doc_diag(d, i);
        if (strcmp(g->code, "F8K-W001") == 0) {
            found = 1;
            CU_ASSERT_EQUAL(g->line, 2);
            CU_ASSERT_PTR_NOT_NULL(strstr(g->message, "exhibits sub-heading"));
        }
    }
    CU_ASSERT(found);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d->filing.items);
    CU_ASSERT_STRING_EQUAL(d->filing.items->number.norm, "5");
    f8k_doc_free(d);
}

static void test_refusals(void)
{
    f8k_doc *d = NULL;
    static const char q[] = "SECURITIES AND EXCHANGE COMMISSION\nFORM 10-Q\nQUARTERLY REPORT\n";
    CU_ASSERT_EQUAL(f8k_parse("q.txt", q, sizeof q - 1, &d), F8K_ERR_NOT_8K);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_STRING_EQUAL(f8k_doc_diag(d, f8k_doc_diag_count(d) - 1)->code, "F8K-E002");
    f8k_doc_free(d);
    CU_ASSERT_EQUAL(f8k_parse("e.txt", "", 0, &d), F8K_ERR_INPUT);
    f8k_doc_free(d);
    CU_ASSERT_EQUAL(f8k_parse("n.txt", NULL, 5, &d), F8K_ERR_INPUT);
    CU_ASSERT_PTR_NULL(d);
}

int add_parse_tests(void)
{
    CU_pSuite s = CU_add_suite("parser", NULL, NULL);
    return !s || !CU_add_test(s, "classic filing", test_classic) ||
           !CU_add_test(s, "address and telephone over one caption", test_addr_phone) ||
           !CU_add_test(s, "signature date beside By:", test_date_by) ||
           !CU_add_test(s, "check boxes", test_boxes) ||
           !CU_add_test(s, "error recovery", test_recovery) ||
           !CU_add_test(s, "refusals", test_refusals);
}
