/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* test_main.c - runs every CUnit suite; exits 1 on any failure. */
#include <stdio.h>
#include <CUnit/Basic.h>
#include "tests.h"

int main(void)
{
    unsigned fails, run;
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    if (add_text_tests() || add_items_tests() || add_scan_tests() ||
        add_parse_tests() || add_normalize_tests() || add_xml_tests() ||
        add_submission_tests() || add_html_tests() ||
        add_front_tests() || add_diags_tests() || add_cover_tests() ||
        add_body_tests() || add_xcheck_tests() || add_access_tests()) {
        CU_cleanup_registry();
        return 2;
    }
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    fails = CU_get_number_of_failures();
    run = CU_get_number_of_tests_run();
    CU_cleanup_registry();
    if (run == 0) {
        fprintf(stderr, "no test ran\n");
        return 1;
    }
    return fails ? 1 : 0;
}
