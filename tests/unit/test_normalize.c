/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* test_normalize.c - each normaliser alone. */
#include <string.h>
#include "tests.h"
#include "normalize.h"

static void date_is(const char *in, const char *want)
{
    char iso[11] = "";
    size_t b, e;
    int ok = f8k_date_find(in, strlen(in), iso, &b, &e);
    if (want == NULL) {
        CU_ASSERT_EQUAL(ok, 0);
    } else {
        CU_ASSERT_EQUAL(ok, 1);
        CU_ASSERT_STRING_EQUAL(iso, want);
    }
}

static void test_dates(void)
{
    date_is("January 20, 2004", "2004-01-20");
    date_is("Date of Report: Jan. 5,2004", "2004-01-05");
    date_is("Sept. 30, 1999", "1999-09-30");
    date_is("20 January 2004", "2004-01-20");
    date_is("1/20/04", "2004-01-20");
    date_is("12/24/1996", "1996-12-24");
    date_is("2005-12-01", "2005-12-01");
    date_is("February 30, 2004", NULL);
    date_is("February 29, 2004", "2004-02-29");
    date_is("February 29, 2003", NULL);
    date_is("Item 5 of May", NULL);
    date_is("May 1st, 2020", "2020-05-01");
    date_is("March 3 2003", "2003-03-03");
    date_is("1 May, 2020", "2020-05-01");
    date_is("on 5/1/99 and", "1999-05-01");
    date_is("2020-13-45, then 2020-12-31", "2020-12-31");
    date_is("12345 May 1999", NULL);
    date_is("x2005-12-01", NULL);
}

/* Where the date found lies: [B, E) of the text. */
static void test_date_span(void)
{
    static const struct { const char *in; size_t b, e; } cases[] = {
        { "Date of Report: May 1st, 2020 (filed)", 16, 29 },
        { "as of 2005-12-01.", 6, 16 },
        { "on 20 January 2004", 3, 18 },
        { "dated 1/20/04 here", 6, 13 },
        { "405 and 12/24/1996", 8, 18 },
    };
    size_t i, b, e;
    char iso[11];
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        CU_ASSERT_EQUAL(f8k_date_find(cases[i].in, strlen(cases[i].in), iso, &b, &e), 1);
        CU_ASSERT_EQUAL(b, cases[i].b);
        CU_ASSERT_EQUAL(e, cases[i].e);
    }
}

static void test_phone(void)
{
    char a[4], l[9];
    size_t b, e;
    CU_ASSERT_EQUAL(f8k_phone_find("(978) 692-8999", 14, a, l, &b, &e), 1);
    CU_ASSERT_STRING_EQUAL(a, "978");
    CU_ASSERT_STRING_EQUAL(l, "692-8999");
    CU_ASSERT_EQUAL(f8k_phone_find("area code: 814-452-2111", 23, a, l, &b, &e), 1);
    CU_ASSERT_STRING_EQUAL(a, "814");
    CU_ASSERT_EQUAL(b, 11);
    CU_ASSERT_EQUAL(f8k_phone_find("954.420.0882", 12, a, l, &b, &e), 1);
    CU_ASSERT_STRING_EQUAL(l, "420-0882");
    CU_ASSERT_EQUAL(f8k_phone_find("04-3387074", 10, a, l, &b, &e), 0);
}

static void test_states(void)
{
    CU_ASSERT_STRING_EQUAL(f8k_state_code("DELAWARE", 8), "DE");
    CU_ASSERT_STRING_EQUAL(f8k_state_code("Mass.", 5), "MA");
    CU_ASSERT_STRING_EQUAL(f8k_state_code("N.Y.", 4), "NY");
    CU_ASSERT_STRING_EQUAL(f8k_state_code("new  york", 9), "NY");
    CU_ASSERT_STRING_EQUAL(f8k_state_code("Ontario", 7), "A6");
    CU_ASSERT_STRING_EQUAL(f8k_state_postal("A6"), "ON");
    CU_ASSERT_STRING_EQUAL(f8k_state_postal("MA"), "MA");
    CU_ASSERT_PTR_NULL(f8k_state_code("Atlantis", 8));
}

static void test_fileno_ein_zip(void)
{
    char out[32];
    size_t b;
    CU_ASSERT_EQUAL(f8k_fileno_norm("000-30229", 9, out, sizeof out), 0);
    CU_ASSERT_STRING_EQUAL(out, "000-30229");
    CU_ASSERT_EQUAL(f8k_fileno_norm("No. 1-5502", 10, out, sizeof out), 0);
    CU_ASSERT_STRING_EQUAL(out, "1-5502");
    CU_ASSERT_EQUAL(f8k_fileno_norm("333-112345-01", 13, out, sizeof out), 0);
    CU_ASSERT_EQUAL(f8k_fileno_norm("04-3387074", 10, out, sizeof out), -1);
    CU_ASSERT_EQUAL(f8k_fileno_norm("Delaware", 8, out, sizeof out), -1);
    CU_ASSERT_EQUAL(f8k_ein_norm("043387074", 9, out), 0);
    CU_ASSERT_STRING_EQUAL(out, "04-3387074");
    CU_ASSERT_EQUAL(f8k_ein_norm("1-5502", 6, out), -1);
    /* eight digits in the EIN's form: kept, flagged by the return value */
    CU_ASSERT_EQUAL(f8k_ein_norm("03-153200", 9, out), 1);
    CU_ASSERT_STRING_EQUAL(out, "03-153200");
    CU_ASSERT_EQUAL(f8k_ein_norm("03153200", 8, out), -1);
    CU_ASSERT_EQUAL(f8k_zip_suffix("Erie, Pennsylvania  16505", 25, out, &b), 1);
    CU_ASSERT_STRING_EQUAL(out, "16505");
    CU_ASSERT_EQUAL(b, 20);
    CU_ASSERT_EQUAL(f8k_zip_suffix("Woodville, Ontario K0M 2T0", 26, out, &b), 1);
    CU_ASSERT_STRING_EQUAL(out, "K0M 2T0");
    CU_ASSERT_EQUAL(f8k_zip_suffix("Suite 1200", 10, out, &b), 0);
}

int add_normalize_tests(void)
{
    CU_pSuite s = CU_add_suite("normalize", NULL, NULL);
    return !s || !CU_add_test(s, "dates", test_dates) ||
           !CU_add_test(s, "where a date lies", test_date_span) ||
           !CU_add_test(s, "telephone", test_phone) ||
           !CU_add_test(s, "states", test_states) ||
           !CU_add_test(s, "file number, EIN, zip", test_fileno_ein_zip);
}
