/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* test_cover.c - the cover pass alone (src/passes/cover.c) on small
 * synthetic covers: the grammar builds the blocks, f8k_pass_cover reads
 * them; the values are checked as printed (normalisation is a later
 * pass), with their positions, and the pass's own diagnostics. */
#include <string.h>
#include "tests.h"
#include "captions.h"
#include "ast.h"

/* TEXT through scanner, parser and the cover pass; NULL on failure. */
static f8k_doc *cover_of(const char *text)
{
    f8k_doc *d = grammar_of("c.txt", text);

    if (d != NULL && f8k_pass_cover(d, &d->filing) != 0) {
        f8k_doc_free(d);
        return NULL;
    }
    return d;
}

/* The classic layout: values over their captions, three columns. */
static void test_columns(void)
{
    static const char in[] =
        "FORM 8-K\n"
        "Date of Report (Date of earliest event reported): March 3, 2003\n"
        "\n"
        "                        NORTHWIND WIDGETS, INC.\n"
        "       (Exact name of registrant as specified in its charter)\n"
        "\n"
        "   Delaware                  000-12345              04-1234567\n"
        "(State or other          (Commission File      (IRS Employer\n"
        "jurisdiction)                 Number)          Identification No.)\n";
    f8k_doc *d = cover_of(in);
    const f8k_registrant *r;
    const f8k_diag *g;

    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    ASSERT_VALUE(d, d->filing.cover.report_date, "March 3, 2003", 2, 51);
    /* one date printed: both dates */
    CU_ASSERT_STRING_EQUAL(d->filing.cover.event_date.printed, "March 3, 2003");
    CU_ASSERT_EQUAL(d->filing.cover.two_dates, 0);
    r = d->filing.cover.registrants;
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    ASSERT_VALUE(d, r->name, "NORTHWIND WIDGETS, INC.", 4, 25);
    ASSERT_VALUE(d, r->state, "Delaware", 7, 4);
    ASSERT_VALUE(d, r->file_number, "000-12345", 7, 30);
    ASSERT_VALUE(d, r->ein, "04-1234567", 7, 53);
    CU_ASSERT_PTR_NULL(r->next);
    CU_ASSERT_EQUAL(diags_of(d, F8K_W_NO_VALUE, NULL, &g), 0);
    f8k_doc_free(d);
}

/* Values on the caption's line: after a colon, or after the caption's
 * words with no colon (HTML covers of 2023). */
static void test_inline(void)
{
    static const char in[] =
        "FORM 8-K\n"
        "ACME WIDGET CORP.\n"
        "(Exact name of registrant as specified in its charter)\n"
        "\n"
        "Commission File Number 1-15829\n"
        "\n"
        "IRS Employer Identification No.: 36-4012345\n"
        "\n"
        "Registrant's telephone number, including area code: (312) 555-0199\n";
    f8k_doc *d = cover_of(in);
    const f8k_registrant *r;

    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    r = d->filing.cover.registrants;
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    ASSERT_VALUE(d, r->name, "ACME WIDGET CORP.", 2, 1);
    ASSERT_VALUE(d, r->file_number, "1-15829", 5, 24);
    ASSERT_VALUE(d, r->ein, "36-4012345", 7, 34);
    ASSERT_VALUE(d, r->phone, "(312) 555-0199", 9, 53);
    f8k_doc_free(d);
}

/* The address split into street, suite, city, state and zip. */
static void test_address(void)
{
    static const char in[] =
        "FORM 8-K\n"
        "ACME WIDGET CORP.\n"
        "(Exact name of registrant as specified in its charter)\n"
        "\n"
        "34 Harbor Way, Suite 326\n"
        "Dana Point, California 92629\n"
        "(Address of principal executive offices)\n";
    f8k_doc *d = cover_of(in);
    const f8k_registrant *r;

    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    r = d->filing.cover.registrants;
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    ASSERT_VALUE(d, r->addr1, "34 Harbor Way", 5, 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r->addr2.printed);
    CU_ASSERT_STRING_EQUAL(r->addr2.printed, "Suite 326");
    ASSERT_VALUE(d, r->city, "Dana Point", 6, 1);
    CU_ASSERT_STRING_EQUAL(r->addr_state.printed, "California");
    CU_ASSERT_STRING_EQUAL(r->zip.printed, "92629");
    f8k_doc_free(d);
}

/* A "City, State Zip" line that reaches under the "(Zip Code)" caption
 * of the classic cover: the zip is the end of the line, the state its
 * name (found by form8k generate: printed= was the rest of the line). */
static void test_address_zip_caption(void)
{
    static const char in[] =
        "FORM 8-K\n"
        "ACME WIDGET CORP.\n"
        "(Exact name of registrant as specified in its charter)\n"
        "\n"
        "                         8357 Nicollet Mall, Suite 600\n"
        "                          Minneapolis, Minnesota 55402\n"
        "              (Address of principal executive offices) (Zip Code)\n";
    f8k_doc *d = cover_of(in);
    const f8k_registrant *r;

    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    r = d->filing.cover.registrants;
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    ASSERT_VALUE(d, r->addr1, "8357 Nicollet Mall", 5, 26);
    ASSERT_VALUE(d, r->city, "Minneapolis", 6, 27);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r->addr_state.printed);
    CU_ASSERT_STRING_EQUAL(r->addr_state.printed, "Minnesota");
    ASSERT_VALUE(d, r->zip, "55402", 6, 50);
    f8k_doc_free(d);
}

/* Check boxes: the grammar's mark and rules; a line naming two rules is
 * the later box; no mark is an unchecked box. */
static void test_checks(void)
{
    static const char in[] =
        "FORM 8-K\n"
        "ACME WIDGET CORP.\n"
        "(Exact name of registrant as specified in its charter)\n"
        "\n"
        "o Written communications pursuant to Rule 425\n"
        "Soliciting material pursuant to Rule 14a-12\n"
        "[X] Pre-commencement communications pursuant to Rule 14d-2(b)\n";
    f8k_doc *d = cover_of(in);
    const f8k_cover *c;

    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    c = &d->filing.cover;
    ASSERT_VALUE(d, c->checks[F8K_CHECK_WRITTEN], "o", 5, 1);
    ASSERT_VALUE(d, c->checks[F8K_CHECK_SOLICITING], "[ ]", 6, 1);
    ASSERT_VALUE(d, c->checks[F8K_CHECK_TENDER], "[X]", 7, 1);
    CU_ASSERT_PTR_NULL(c->checks[F8K_CHECK_ISSUER_TENDER].printed);
    f8k_doc_free(d);
    d = cover_of("FORM 8-K\n[ x ] Soliciting material (Rule 14a-12) and Rule 13e-4(c)\n");
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_PTR_NULL(d->filing.cover.checks[F8K_CHECK_SOLICITING].printed);
    ASSERT_VALUE(d, d->filing.cover.checks[F8K_CHECK_ISSUER_TENDER], "[ x ]", 2, 1);
    f8k_doc_free(d);
    /* "( x )": a check box, not a caption (found by form8k generate) */
    d = cover_of("FORM 8-K\n( x ) Pre-commencement communications pursuant to Rule 13e-4(c)\n");
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    ASSERT_VALUE(d, d->filing.cover.checks[F8K_CHECK_ISSUER_TENDER], "( x )", 2, 1);
    f8k_doc_free(d);
}

/* The form type: 8-K, 8-K/A, and an 8-K made an amendment by a short
 * "Amendment No." line among the values; another form. */
static void test_form_type(void)
{
    static const char *const in[] = {
        "      FORM 8-K\nACME CORP.\n",
        "FORM 8-K/A\nACME CORP.\n",
        "FORM 8-K (Amendment No. 2)\n",
        "FORM 8-K\nAmendment No. 1\n",
        "FORM 10-Q\n",
    };
    static const char *const norm[] = { "8-K", "8-K/A", "8-K/A", "8-K/A", NULL };
    size_t i;

    for (i = 0; i < sizeof in / sizeof in[0]; i++) {
        f8k_doc *d = cover_of(in[i]);
        const f8k_cover *c;
        CU_ASSERT_PTR_NOT_NULL_FATAL(d);
        c = &d->filing.cover;
        if (norm[i] == NULL) {
            CU_ASSERT_PTR_NULL(c->doc_type.printed);
            CU_ASSERT_STRING_EQUAL(c->other_form.printed, "FORM 10-Q");
        } else {
            CU_ASSERT_PTR_NOT_NULL_FATAL(c->doc_type.norm);
            CU_ASSERT_STRING_EQUAL(c->doc_type.norm, norm[i]);
            CU_ASSERT_EQUAL(c->amendment, i > 0);
        }
        f8k_doc_free(d);
    }
}

/* A caption with no value: a note where the caption is. */
static void test_no_value(void)
{
    static const char in[] =
        "FORM 8-K\n"
        "ACME WIDGET CORP.\n"
        "(Exact name of registrant as specified in its charter)\n"
        "\n"
        "\n"
        "     (Commission File Number)\n";
    f8k_doc *d = cover_of(in);
    const f8k_diag *g;

    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_PTR_NULL(d->filing.cover.registrants->file_number.printed);
    CU_ASSERT_EQUAL(diags_of(d, F8K_W_NO_VALUE, NULL, &g), 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(g);
    CU_ASSERT_EQUAL(g->line, 6);
    CU_ASSERT_EQUAL(g->column, 6);
    CU_ASSERT_PTR_NOT_NULL(strstr(g->message, "Commission File Number"));
    f8k_doc_free(d);
}

/* Joint filings of the 2000s: a table of registrants, one row each. */
static void test_registrant_table(void)
{
    static const char in[] =
        "FORM 8-K\n"
        "Commission    Exact Name of Registrant as Specified in its      I.R.S. Employer\n"
        "File Number   Charter; State of Incorporation                 Identification No.\n"
        "-----------   --------------------------------------------    ------------------\n"
        "\n"
        "1-14219       NORTHERN PLAINS ENERGY CORPORATION                  45-0412796\n"
        "              (A Delaware Corporation)\n"
        "\n"
        "1-3362        NORTHERN PLAINS POWER COMPANY                       45-0198841\n"
        "              (A North Dakota Corporation)\n";
    f8k_doc *d = cover_of(in);
    const f8k_registrant *r;

    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    r = d->filing.cover.registrants;
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    ASSERT_VALUE(d, r->file_number, "1-14219", 6, 1);
    ASSERT_VALUE(d, r->name, "NORTHERN PLAINS ENERGY CORPORATION", 6, 15);
    ASSERT_VALUE(d, r->ein, "45-0412796", 6, 67);
    CU_ASSERT_STRING_EQUAL(r->state.printed, "Delaware");
    r = r->next;
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    CU_ASSERT_STRING_EQUAL(r->name.printed, "NORTHERN PLAINS POWER COMPANY");
    CU_ASSERT_STRING_EQUAL(r->state.printed, "North Dakota");
    CU_ASSERT_PTR_NULL(r->next);
    f8k_doc_free(d);
}

/* A date and a name printed alone, with no caption (1990s covers). */
static void test_alone(void)
{
    static const char in[] =
        "FORM 8-K\n"
        "\n"
        "                  May 4, 1995\n"
        "\n"
        "               HALF MOON BAY CERAMICS, INC.\n";
    f8k_doc *d = cover_of(in);

    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    ASSERT_VALUE(d, d->filing.cover.report_date, "May 4, 1995", 3, 19);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d->filing.cover.registrants);
    ASSERT_VALUE(d, d->filing.cover.registrants->name, "HALF MOON BAY CERAMICS, INC.", 5, 16);
    f8k_doc_free(d);
}

/* What a caption names: each row's words name its kind (save DATE_ALSO,
 * which names nothing alone); the preferred kind wins; the two
 * combinations. */
static void test_caption_kinds(void)
{
    size_t k;
    for (k = 0; k < f8k_ncaptions; k++) {
        const f8k_caption_def *c = &f8k_captions[k];
        CU_ASSERT_EQUAL(f8k_caption_classify(c->words),
                        c->kind == F8K_CAP_DATE_ALSO ? F8K_CAP_NONE : c->kind);
    }
    CU_ASSERT_EQUAL(f8k_caption_classify("(Exact name of registrant as specified in its charter)"),
                    F8K_CAP_NAME);
    CU_ASSERT_EQUAL(f8k_caption_classify("(State or other jurisdiction of incorporation)"), F8K_CAP_STATE);
    CU_ASSERT_EQUAL(f8k_caption_classify("(Commission File Number)"), F8K_CAP_FILENO);
    CU_ASSERT_EQUAL(f8k_caption_classify("(I.R.S. Employer Identification No.)"), F8K_CAP_EIN);
    CU_ASSERT_EQUAL(f8k_caption_classify("Date of Report (Date of earliest event reported)"),
                    F8K_CAP_DATE_BOTH);
    CU_ASSERT_EQUAL(f8k_caption_classify("Date of Report (Date of first event)"), F8K_CAP_DATE_BOTH);
    CU_ASSERT_EQUAL(f8k_caption_classify("Date of Report"), F8K_CAP_DATE_REPORT);
    CU_ASSERT_EQUAL(f8k_caption_classify("(Address of principal executive offices, including zip code, "
                                         "and registrant's telephone number)"), F8K_CAP_ADDR_PHONE);
    CU_ASSERT_EQUAL(f8k_caption_classify("(Address of principal executive offices) (Zip Code)"),
                    F8K_CAP_ADDRESS);
    CU_ASSERT_EQUAL(f8k_caption_classify("(Zip Code)"), F8K_CAP_ZIP);
    CU_ASSERT_EQUAL(f8k_caption_classify("(Former name or former address, if changed since last report)"),
                    F8K_CAP_FORMER);
    CU_ASSERT_EQUAL(f8k_caption_classify("(Registrant's telephone number, including area code)"),
                    F8K_CAP_PHONE);
    CU_ASSERT_EQUAL(f8k_caption_classify("(earliest)"), F8K_CAP_NONE);
    CU_ASSERT_EQUAL(f8k_caption_classify("Identification No.)"), F8K_CAP_EIN);
    CU_ASSERT_EQUAL(f8k_caption_classify("Number)"), F8K_CAP_NONE);
}

int add_cover_tests(void)
{
    CU_pSuite s = CU_add_suite("cover pass", NULL, NULL);
    return !s || !CU_add_test(s, "values over captions", test_columns) ||
           !CU_add_test(s, "values on the caption line", test_inline) ||
           !CU_add_test(s, "address split", test_address) ||
           !CU_add_test(s, "address under a (Zip Code) caption", test_address_zip_caption) ||
           !CU_add_test(s, "check boxes", test_checks) ||
           !CU_add_test(s, "form type", test_form_type) ||
           !CU_add_test(s, "caption with no value", test_no_value) ||
           !CU_add_test(s, "registrant table", test_registrant_table) ||
           !CU_add_test(s, "date and name alone", test_alone) ||
           !CU_add_test(s, "what a caption names", test_caption_kinds);
}
