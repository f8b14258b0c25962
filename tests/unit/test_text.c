/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
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
     * a form feed at the start of a line kept, valid UTF-8 kept as is */
    const char in[] = "Soci\xe9t\xe9 \x92x\x01y\0z\n\f\xc3\xa9\n";
    char *s;
    f8k_arena_init(&a);
    s = f8k_text_clean(&a, in, sizeof in - 1, &n);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    CU_ASSERT_STRING_EQUAL(s, "Soci\xc3\xa9t\xc3\xa9 \xe2\x80\x99x y z\n\f\xc3\xa9\n");
    f8k_arena_free(&a);
}

/* A form feed after text on its line is a blank ("NORTHWIND A\fB INC."
 * is one name, not a page break that cuts it); at the start of a line,
 * after blanks or form feeds only, it is a page break and stays. */
static void test_clean_form_feeds(void)
{
    f8k_arena a;
    size_t n;
    const char in[] = "NORTHWIND A\fB INC.\n\fPAGE\n  \f\f x\n"
                      "a \t\f\fb\f\n\f\r\fc\f";
    char *s;
    f8k_arena_init(&a);
    s = f8k_text_clean(&a, in, sizeof in - 1, &n);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    CU_ASSERT_STRING_EQUAL(s, "NORTHWIND A B INC.\n\fPAGE\n  \f\f x\n"
                              "a \t  b \n\f\n\fc \n");
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

/* The cleaner looks at eight bytes at a time where they are printable
 * ASCII: a byte that is not, at any of the eight places of a word (and
 * next to its edges), must still be seen and handled alone. */
static void test_clean_every_offset(void)
{
    static const struct { unsigned char in; const char *out; } cases[] = {
        { 0x00, " " }, { 0x01, " " }, { 0x1F, " " }, { 0x7F, " " },
        { 0x09, "\t" }, { 0x0C, " " }, { 0x0D, "\n" }, { 0x0A, "\n" },
        { 0x20, " " }, { 0x7E, "~" }, { 0x80, "\xe2\x82\xac" },
        { 0xE9, "\xc3\xa9" }, { 0xFF, "\xc3\xbf" },
    };
    size_t c, pos;

    for (c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        for (pos = 0; pos < 20; pos++) {
            char in[24], want[32];
            f8k_arena a;
            size_t n;
            char *s;
            /* (a form feed after text is a blank; first on its line, a
             * page break) */
            const char *out = cases[c].in == 0x0C && pos == 0 ? "\f" : cases[c].out;
            memset(in, 'a', sizeof in);
            in[pos] = (char)cases[c].in;
            in[sizeof in - 1] = '\n';
            memset(want, 'a', pos);
            strcpy(want + pos, out);
            memset(want + strlen(want), 'a', sizeof in - 2 - pos);
            want[pos + strlen(out) + sizeof in - 2 - pos] = '\n';
            want[pos + strlen(out) + sizeof in - 1 - pos] = '\0';
            f8k_arena_init(&a);
            s = f8k_text_clean(&a, in, sizeof in, &n);
            CU_ASSERT_PTR_NOT_NULL_FATAL(s);
            CU_ASSERT_STRING_EQUAL(s, want);
            CU_ASSERT_EQUAL(n, strlen(want));
            f8k_arena_free(&a);
        }
    }
}

int add_text_tests(void)
{
    CU_pSuite s = CU_add_suite("text", NULL, NULL);
    return !s || !CU_add_test(s, "line ends", test_clean_line_ends) ||
           !CU_add_test(s, "latin1 and controls", test_clean_latin1_and_controls) ||
           !CU_add_test(s, "form feeds in and before lines", test_clean_form_feeds) ||
           !CU_add_test(s, "empty input", test_clean_empty) ||
           !CU_add_test(s, "tab expansion", test_expand_tabs) ||
           !CU_add_test(s, "a special byte at every offset", test_clean_every_offset);
}
