/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* test_items.c - the item table and its lookups. */
#include <string.h>
#include "tests.h"
#include "items.h"

static void test_number_norm(void)
{
    char out[8];
    CU_ASSERT_EQUAL(f8k_item_number_norm("5", 1, out), 0);
    CU_ASSERT_STRING_EQUAL(out, "5");
    CU_ASSERT_EQUAL(f8k_item_number_norm("2.02", 4, out), 0);
    CU_ASSERT_STRING_EQUAL(out, "2.02");
    CU_ASSERT_EQUAL(f8k_item_number_norm("2. 02", 5, out), 0);
    CU_ASSERT_STRING_EQUAL(out, "2.02");
    CU_ASSERT_EQUAL(f8k_item_number_norm("12.", 3, out), 0);
    CU_ASSERT_STRING_EQUAL(out, "12");
    CU_ASSERT_EQUAL(f8k_item_number_norm("x", 1, out), -1);
    CU_ASSERT_EQUAL(f8k_item_number_norm("123", 3, out), -1);
}

static void test_lookup(void)
{
    const f8k_item_def *d = f8k_item_by_number("12");
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(d->regime, F8K_REGIME_1993);
    CU_ASSERT_STRING_EQUAL(d->successor, "2.02");
    CU_ASSERT_STRING_EQUAL(d->to, "2004-08-22");
    d = f8k_item_by_number("9.01");
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(d->regime, F8K_REGIME_2004);
    CU_ASSERT_STRING_EQUAL(d->caption, "Financial Statements and Exhibits");
    CU_ASSERT_PTR_NULL(f8k_item_by_number("13"));
    CU_ASSERT_PTR_NULL(f8k_item_by_number("9.99"));
    CU_ASSERT_EQUAL(F8K_ITEM_COUNT, 46);
}

static void test_caption(void)
{
    const f8k_item_def *d;
    d = f8k_item_by_caption("FINANCIAL STATEMENTS, PRO FORMA FINANCIAL INFORMATION AND EXHIBITS.", 67, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_STRING_EQUAL(d->number, "7");
    d = f8k_item_by_caption("Other Events", 12, F8K_REGIME_2004);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_STRING_EQUAL(d->number, "8.01");
    d = f8k_item_by_caption("Other Events", 12, F8K_REGIME_1993);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_STRING_EQUAL(d->number, "5");
    CU_ASSERT_PTR_NULL(f8k_item_by_caption("Press Release", 13, 0));
}

static void test_successors_exist(void)
{
    size_t i;
    for (i = 0; i < F8K_ITEM_COUNT; i++) {
        CU_ASSERT_EQUAL(f8k_items[i].id, (f8k_item_id)i);
        if (f8k_items[i].successor[0])
            CU_ASSERT_PTR_NOT_NULL(f8k_item_by_number(f8k_items[i].successor));
    }
}

int add_items_tests(void)
{
    CU_pSuite s = CU_add_suite("items", NULL, NULL);
    return !s || !CU_add_test(s, "number normalisation", test_number_norm) ||
           !CU_add_test(s, "lookup by number", test_lookup) ||
           !CU_add_test(s, "lookup by caption", test_caption) ||
           !CU_add_test(s, "successors in table", test_successors_exist);
}
