/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* tests.h - the CUnit suites of form8k, one per module. */
#ifndef F8K_TESTS_H
#define F8K_TESTS_H
#include <CUnit/CUnit.h>
#include "ast.h"
#include "diags.h"
int add_text_tests(void);
int add_items_tests(void);
int add_scan_tests(void);
int add_parse_tests(void);
int add_normalize_tests(void);
int add_xml_tests(void);
int add_submission_tests(void);
int add_html_tests(void);
int add_front_tests(void);
int add_diags_tests(void);
int add_cover_tests(void);
int add_body_tests(void);
int add_xcheck_tests(void);
int add_access_tests(void);

/* util.c: TEXT through scanner and parser only (the passes are the
 * test's to run), NULL on failure; the number of diagnostics of CODE
 * whose message has WORDS (NULL: any), *FIRST the first of them. */
f8k_doc *grammar_of(const char *name, const char *text);
int diags_of(const f8k_doc *d, f8k_code code, const char *words,
             const f8k_diag **first);

/* LOC of document D resolved (f8k_doc_resolve): its line, its column
 * in the input (0: unknown). */
uint32_t loc_line(const f8k_doc *d, f8k_loc loc);
uint32_t loc_col(const f8k_doc *d, f8k_loc loc);

/* A value of document D as printed, at line LN, column CL of the input
 * (its position resolved through D's source maps). */
#define ASSERT_VALUE(d, v, text, ln, cl) do { \
        CU_ASSERT_PTR_NOT_NULL_FATAL((v).printed); \
        CU_ASSERT_STRING_EQUAL((v).printed, text); \
        CU_ASSERT_EQUAL(loc_line(d, (v).loc), ln); \
        CU_ASSERT_EQUAL(loc_col(d, (v).loc), cl); \
    } while (0)
#endif
