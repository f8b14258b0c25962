/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* test_diags.c - the table of diagnostics (diags.def) and its lookups. */
#include <string.h>
#include "tests.h"
#include "ast.h"
#include "pipeline.h"

/* Every row: a well-formed code, unique; the severity column is the
 * code's letter (an X code: a severity of its own); text in each column. */
static void test_table(void)
{
    size_t i, j;

    for (i = 0; i < F8K_CODE_COUNT; i++) {
        const f8k_diag_info *e = f8k_code_info((f8k_code)i);
        const char *col = f8k_code_sev_column[i];
        CU_ASSERT_PTR_NOT_NULL_FATAL(e);
        CU_ASSERT_EQUAL(strlen(e->code), 8);
        CU_ASSERT_EQUAL(strncmp(e->code, "F8K-", 4), 0);
        CU_ASSERT_PTR_NOT_NULL(strchr("EWNX", e->code[4]));
        if (e->code[4] == 'X') {
            CU_ASSERT(strcmp(col, "NOTE") == 0 || strcmp(col, "WARNING") == 0 ||
                      strcmp(col, "ERROR") == 0);
        } else {
            CU_ASSERT_EQUAL(strlen(col), 1);
            CU_ASSERT_EQUAL(col[0], e->code[4]);
            CU_ASSERT_EQUAL(e->severity, e->code[4] == 'E' ? F8K_SEV_ERROR :
                            e->code[4] == 'W' ? F8K_SEV_WARNING : F8K_SEV_NOTE);
        }
        CU_ASSERT(e->rule[0] != '\0' && e->summary[0] != '\0' &&
                  e->means[0] != '\0' && e->example[0] != '\0' &&
                  e->fix[0] != '\0');
        CU_ASSERT_PTR_NULL(strchr(e->summary, '\n'));
        for (j = 0; j < i; j++)
            CU_ASSERT(strcmp(f8k_code_info((f8k_code)j)->code, e->code) != 0);
        CU_ASSERT_PTR_EQUAL(f8k_diag_info_at(i), e);
    }
    CU_ASSERT_PTR_NULL(f8k_diag_info_at(F8K_CODE_COUNT));
}

static void test_find(void)
{
    CU_ASSERT_PTR_EQUAL(f8k_diag_info_find("F8K-W301"), f8k_code_info(F8K_W_NO_SIGNATURE));
    CU_ASSERT_PTR_EQUAL(f8k_diag_info_find("w301"), f8k_code_info(F8K_W_NO_SIGNATURE));
    CU_ASSERT_PTR_EQUAL(f8k_diag_info_find("f8k-x507"), f8k_code_info(F8K_X_EXHIBITS));
    CU_ASSERT_EQUAL(f8k_code_info(F8K_X_EXHIBITS)->severity, F8K_SEV_NOTE);
    CU_ASSERT_EQUAL(f8k_code_info(F8K_W_NO_VALUE)->severity, F8K_SEV_WARNING);
    CU_ASSERT_PTR_NULL(f8k_diag_info_find("F8K-W999"));
    CU_ASSERT_PTR_NULL(f8k_diag_info_find("W30"));
    CU_ASSERT_PTR_NULL(f8k_diag_info_find(NULL));
}

/* A diagnostic gets its code's severity, whatever the call site. */
static void test_add(void)
{
    f8k_doc *d = f8k_doc_new("x.txt");
    f8k_loc at = { 0, 0, 0 };   /* an unknown position */
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(f8k_diag_add(d, at, F8K_W_NO_VALUE, "no value %d", 1), 0);
    CU_ASSERT_EQUAL(f8k_diag_add2(d, at, at, F8K_X_EXHIBITS, "x"), 0);
    CU_ASSERT_EQUAL(f8k_doc_diag_count(d), 2);
    CU_ASSERT_STRING_EQUAL(f8k_doc_diag(d, 0)->code, "F8K-W105");
    CU_ASSERT_EQUAL(f8k_doc_diag(d, 0)->severity, F8K_SEV_WARNING);
    CU_ASSERT_STRING_EQUAL(f8k_doc_diag(d, 0)->message, "no value 1");
    CU_ASSERT_EQUAL(f8k_doc_diag(d, 1)->severity, F8K_SEV_NOTE);
    f8k_doc_free(d);
}

/* The one walk of a line's tabs: expanded bytes, columns, where it
 * stops. */
static void test_tab_walk(void)
{
    size_t x = 0, c = 0;

    /* a tab to the next multiple of 8 */
    CU_ASSERT_EQUAL(f8k_tab_walk("ab\tc", 4, 0, SIZE_MAX, &x, &c), 4);
    CU_ASSERT_EQUAL(x, 9);
    CU_ASSERT_EQUAL(c, 9);
    /* a UTF-8 sequence is one column, its bytes each one byte */
    CU_ASSERT_EQUAL(f8k_tab_walk("\xc3\xa9\tz", 4, 0, SIZE_MAX, &x, &c), 4);
    CU_ASSERT_EQUAL(x, 10);
    CU_ASSERT_EQUAL(c, 9);
    /* no tab: the bytes themselves */
    CU_ASSERT_EQUAL(f8k_tab_walk("plain", 5, 0, SIZE_MAX, &x, NULL), 5);
    CU_ASSERT_EQUAL(x, 5);
    /* UNTIL inside a tab's expansion: stops before the tab */
    CU_ASSERT_EQUAL(f8k_tab_walk("a\tb", 3, 0, 3, &x, &c), 1);
    CU_ASSERT_EQUAL(x, 1);
    CU_ASSERT_EQUAL(c, 1);
    CU_ASSERT_EQUAL(f8k_tab_walk("a\tb", 3, 0, 8, &x, NULL), 2);
    CU_ASSERT_EQUAL(x, 8);
    /* a line end ends the walk */
    CU_ASSERT_EQUAL(f8k_tab_walk("ab\ncd", 5, 0, SIZE_MAX, &x, &c), 2);
    CU_ASSERT_EQUAL(x, 2);
    CU_ASSERT_EQUAL(c, 2);
    /* from a column inside the line: tabs still every 8 of the line */
    CU_ASSERT_EQUAL(f8k_tab_walk("a\tb", 3, 5, SIZE_MAX, &x, &c), 3);
    CU_ASSERT_EQUAL(x, 4);
    CU_ASSERT_EQUAL(c, 9);
    /* eight bytes at a time (UTF-8 sequences inside a word and across
     * two), byte by byte from the word that holds a tab or a line end */
    CU_ASSERT_EQUAL(f8k_tab_walk("\xc3\xa9" "abcdef" "\xc3\xa9" "ghijkl\tz", 18, 0,
                                 SIZE_MAX, &x, &c), 18);
    CU_ASSERT_EQUAL(x, 19);
    CU_ASSERT_EQUAL(c, 17);
    CU_ASSERT_EQUAL(f8k_tab_walk("abcdefg\xe2\x82\xac" "hijkl\tz\nq", 19, 0,
                                 SIZE_MAX, &x, &c), 17);
    CU_ASSERT_EQUAL(x, 19);
    CU_ASSERT_EQUAL(c, 17);
    /* UNTIL inside a word of eight bytes: byte by byte up to it */
    CU_ASSERT_EQUAL(f8k_tab_walk("abcdefghijklmnop", 16, 0, 11, &x, &c), 11);
    CU_ASSERT_EQUAL(x, 11);
    CU_ASSERT_EQUAL(c, 11);
}

int add_diags_tests(void)
{
    CU_pSuite s = CU_add_suite("diags", NULL, NULL);
    if (s == NULL)
        return 1;
    if (CU_add_test(s, "table", test_table) == NULL ||
        CU_add_test(s, "find", test_find) == NULL ||
        CU_add_test(s, "add", test_add) == NULL ||
        CU_add_test(s, "tab walk", test_tab_walk) == NULL)
        return 1;
    return 0;
}
