/* test_text.c - cleaning at the scanner boundary. */
#include <string.h>
#include "tests.h"
#include "text.h"

static void test_clean_line_ends(void)
{
    f8k_arena a;
    size_t n;
    char *s;
    f8k_arena_init(&a);
    s = f8k_text_clean(&a, "a\r\nb\rc", 6, &n);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    CU_ASSERT_EQUAL(n, 6);
    CU_ASSERT_STRING_EQUAL(s, "a\nb\nc\n");
    CU_ASSERT_EQUAL(s[n + 1], '\0');   /* two NULs for yy_scan_buffer */
    f8k_arena_free(&a);
}

static void test_clean_latin1_and_controls(void)
{
    f8k_arena a;
    size_t n;
    /* 0xE9 (Latin-1 e-acute), 0x92 (cp1252 right quote), 0x01, NUL,
     * form feed kept, valid UTF-8 kept as is */
    const char in[] = "Soci\xe9t\xe9 \x92x\x01y\0z\f\xc3\xa9\n";
    char *s;
    f8k_arena_init(&a);
    s = f8k_text_clean(&a, in, sizeof in - 1, &n);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    CU_ASSERT_STRING_EQUAL(s, "Soci\xc3\xa9t\xc3\xa9 \xe2\x80\x99x y z\f\xc3\xa9\n");
    f8k_arena_free(&a);
}

static void test_clean_empty(void)
{
    f8k_arena a;
    size_t n;
    char *s;
    f8k_arena_init(&a);
    s = f8k_text_clean(&a, "", 0, &n);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    CU_ASSERT_EQUAL(n, 1);
    CU_ASSERT_STRING_EQUAL(s, "\n");
    f8k_arena_free(&a);
}

static void test_expand_tabs(void)
{
    char out[64];
    size_t n = f8k_text_expand("a\tb\t\tc", 6, out, sizeof out);
    CU_ASSERT_STRING_EQUAL(out, "a       b               c");
    CU_ASSERT_EQUAL(n, strlen(out));
    CU_ASSERT_EQUAL(f8k_text_width("\xc3\xa9t\xc3\xa9", 5), 3);
}

int add_text_tests(void)
{
    CU_pSuite s = CU_add_suite("text", NULL, NULL);
    return !s || !CU_add_test(s, "line ends", test_clean_line_ends) ||
           !CU_add_test(s, "latin1 and controls", test_clean_latin1_and_controls) ||
           !CU_add_test(s, "empty input", test_clean_empty) ||
           !CU_add_test(s, "tab expansion", test_expand_tabs);
}
