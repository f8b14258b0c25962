/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* test_xcheck.c - the cross-checks of a submission's SEC header against
 * its 8-K document (src/passes/xcheck.c): each disagreement a diagnostic
 * at the document's value, with the header line as its other side; and
 * silence where both agree. */
#include <stdio.h>
#include <string.h>
#include "tests.h"
#include "ast.h"
#include "submission.h"

/* A submission of two documents (the 8-K and EX-99.1) whose header says
 * HEADER_ITEMS, names the registrant NAME with STATE, file number FILENO,
 * EIN IRS, period PERIOD and counts COUNT documents. */
static int make_sub(char *out, size_t cap, const char *name, const char *state,
                    const char *fileno, const char *irs, const char *period,
                    const char *count, const char *item)
{
    return snprintf(out, cap,
        "<SEC-DOCUMENT>0000000001-05-000001.txt : 20050305\n"
        "<SEC-HEADER>0000000001-05-000001.hdr.sgml : 20050305\n"
        "ACCESSION NUMBER:\t\t0000000001-05-000001\n"
        "CONFORMED SUBMISSION TYPE:\t8-K\n"
        "PUBLIC DOCUMENT COUNT:\t\t%s\n"
        "CONFORMED PERIOD OF REPORT:\t%s\n"
        "ITEM INFORMATION:\t\t%s\n"
        "FILED AS OF DATE:\t\t20050305\n"
        "\n"
        "FILER:\n"
        "\n"
        "\tCOMPANY DATA:\t\n"
        "\t\tCOMPANY CONFORMED NAME:\t\t\t%s\n"
        "\t\tCENTRAL INDEX KEY:\t\t\t0000000001\n"
        "\t\tIRS NUMBER:\t\t\t\t%s\n"
        "\t\tSTATE OF INCORPORATION:\t\t\t%s\n"
        "\n"
        "\tFILING VALUES:\n"
        "\t\tFORM TYPE:\t\t8-K\n"
        "\t\tSEC FILE NUMBER:\t%s\n"
        "</SEC-HEADER>\n"
        "<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<TEXT>\n"          /* lines 22-25 */
        "                              FORM 8-K\n"             /* 26 */
        "Date of Report (Date of earliest event reported): March 3, 2005\n"
        "\n"
        "                        NORTHWIND WIDGETS, INC.\n"    /* 29 */
        "       (Exact name of registrant as specified in its charter)\n"
        "\n"
        "   Delaware                  000-12345              04-1234567\n" /* 32 */
        "(State or other          (Commission File      (IRS Employer\n"
        "jurisdiction)                 Number)          Identification No.)\n"
        "\n"
        "Item 2.02. Results of Operations and Financial Condition\n" /* 36 */
        "\n"
        "   We sold widgets.\n"
        "\n"
        "Item 9.01. Financial Statements and Exhibits\n"       /* 40 */
        "   (c) Exhibits\n"
        "   99.1     Press release dated March 3, 2005.\n"     /* 42 */
        "   99.2     Letter to shareholders.\n"                /* 43 */
        "</TEXT>\n</DOCUMENT>\n"
        "<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<TEXT>\nPress release.\n</TEXT>\n</DOCUMENT>\n"
        "</SEC-DOCUMENT>\n",
        count, period, item, name, irs, state, fileno) < (int)cap ? 0 : -1;
}

/* The diagnostic of CODE whose message has WORDS, or NULL. */
static const f8k_diag *diag_of(const f8k_doc *d, f8k_code code, const char *words)
{
    const f8k_diag *g;
    diags_of(d, code, words, &g);
    return g;
}

static int count_of(const f8k_doc *d, const char *prefix)
{
    size_t i;
    int n = 0;
    for (i = 0; i < f8k_doc_diag_count(d); i++)
        n += strncmp(f8k_doc_diag(d, i)->code, prefix, strlen(prefix)) == 0;
    return n;
}

/* Header and document agree: no cross-check says anything but the
 * exhibit listed and not attached (99.2). */
static void test_agree(void)
{
    static char in[4096];
    f8k_doc *d = NULL;
    const f8k_diag *g;

    CU_ASSERT_EQUAL_FATAL(make_sub(in, sizeof in, "NORTHWIND WIDGETS INC", "DE", "000-12345",
                                   "041234567", "20050303", "2",
                                   "Results of Operations and Financial Condition"), 0);
    CU_ASSERT_EQUAL_FATAL(f8k_parse("x.txt", in, strlen(in), &d), F8K_OK);
    CU_ASSERT_EQUAL(count_of(d, "F8K-X"), 2);
    /* 9.01 is in the body and not in the header's ITEM INFORMATION */
    g = diag_of(d, F8K_X_ITEMS, "Item 9.01");
    CU_ASSERT_PTR_NOT_NULL_FATAL(g);
    CU_ASSERT_EQUAL(g->line, 40);
    CU_ASSERT_EQUAL(g->rel_line, 7);
    g = diag_of(d, F8K_X_EXHIBITS, "Exhibit 99.2 is listed");
    CU_ASSERT_PTR_NOT_NULL_FATAL(g);
    CU_ASSERT_EQUAL(g->line, 43);
    CU_ASSERT_EQUAL(g->column, 4);
    f8k_doc_free(d);
}

/* Every cross-check disagrees: one diagnostic each, at the document's
 * value, the header line its other side (column 0: not checked). */
static void test_disagree(void)
{
    static const struct {
        f8k_code    code;
        const char *words;
        unsigned line, column, rel_line;
    } want[] = {
        { F8K_X_NAME, "SOUTHWIND GADGETS CORP", 29, 25, 13 },
        { F8K_X_STATE, "Delaware", 32, 4, 16 },
        { F8K_X_FILENO, "000-12345", 32, 30, 20 },
        { F8K_X_EIN, "04-1234567", 32, 53, 15 },
        { F8K_X_PERIOD, "March 3, 2005", 27, 51, 6 },
        /* the header's item is not in the body, and the body's not in it */
        { F8K_X_ITEMS, "the SEC header lists Item 8.01", 7, 0, 7 },
        { F8K_X_ITEMS, "reports Item 2.02", 36, 1, 7 },
        { F8K_X_DOCCOUNT, "holds 2 document", 22, 1, 5 },
    };
    static char in[4096];
    f8k_doc *d = NULL;
    size_t i;

    CU_ASSERT_EQUAL_FATAL(make_sub(in, sizeof in, "SOUTHWIND GADGETS CORP", "NV", "001-99999",
                                   "049999999", "20050228", "3", "Other Events"), 0);
    CU_ASSERT_EQUAL_FATAL(f8k_parse("x.txt", in, strlen(in), &d), F8K_OK);
    for (i = 0; i < sizeof want / sizeof want[0]; i++) {
        const f8k_diag *g = diag_of(d, want[i].code, want[i].words);
        CU_ASSERT_PTR_NOT_NULL_FATAL(g);
        CU_ASSERT_EQUAL(g->line, want[i].line);
        if (want[i].column != 0)
            CU_ASSERT_EQUAL(g->column, want[i].column);
        CU_ASSERT_EQUAL(g->rel_line, want[i].rel_line);
    }
    f8k_doc_free(d);
}

int add_xcheck_tests(void)
{
    CU_pSuite s = CU_add_suite("submission cross-checks", NULL, NULL);
    return !s || !CU_add_test(s, "header and document agree", test_agree) ||
           !CU_add_test(s, "header and document disagree", test_disagree);
}
