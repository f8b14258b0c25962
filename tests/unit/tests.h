/* tests.h - the CUnit suites of form8k, one per module. */
#ifndef F8K_TESTS_H
#define F8K_TESTS_H
#include <CUnit/CUnit.h>
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
#endif
