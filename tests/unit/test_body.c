/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* test_body.c - the body pass alone (src/passes/body.c) on small
 * synthetic bodies: the grammar builds items and regions, f8k_pass_body
 * reads item numbers, captions, paragraphs, exhibits and signers; and
 * the grammar's error recovery at each of its resynchronisation points. */
#include <stdio.h>
#include <string.h>
#include "tests.h"
#include "ast.h"

/* TEXT through scanner, parser and the body pass; NULL on failure. */
static f8k_doc *body_of(const char *text)
{
    f8k_doc *d = grammar_of("b.txt", text);

    if (d != NULL && f8k_pass_body(d, &d->filing) != 0) {
        f8k_doc_free(d);
        return NULL;
    }
    return d;
}

/* Item headings: numbers (combined, with a paragraph letter), captions
 * (on the line, on the next line, wrapped), paragraphs. */
static void test_items(void)
{
    static const char in[] =
        "FORM 8-K\n"
        "\n"
        "Items 1.01(a) and 5.02(e). Amendment of an Agreement\n"
        "\n"
        "   We amended it.\n"
        "   Twice.\n"
        "\n"
        "   And told the world.\n"
        "Item 7.\n"
        "Financial Statements and Exhibits\n"
        "\n"
        "Item 7. Financial Statements, Pro Forma Financial Information and\n"
        "Exhibits.\n"
        "Item 13. Something Else ---\n";
    f8k_doc *d = body_of(in);
    const f8k_item *it;
    const f8k_diag *g;

    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    it = d->filing.items;
    CU_ASSERT_PTR_NOT_NULL_FATAL(it);
    CU_ASSERT_STRING_EQUAL(it->number.norm, "1.01");
    ASSERT_VALUE(d, it->caption, "Amendment of an Agreement", 3, 28);
    CU_ASSERT_PTR_NOT_NULL_FATAL(it->paras);
    CU_ASSERT_STRING_EQUAL(it->paras->text, "We amended it. Twice.");
    CU_ASSERT_EQUAL(loc_line(d, it->paras->loc), 5);
    CU_ASSERT_PTR_NOT_NULL_FATAL(it->paras->next);
    CU_ASSERT_STRING_EQUAL(it->paras->next->text, "And told the world.");
    /* the second number of the heading: a node of its own, same caption */
    it = it->next;
    CU_ASSERT_PTR_NOT_NULL_FATAL(it);
    CU_ASSERT_STRING_EQUAL(it->number.norm, "5.02");
    CU_ASSERT_STRING_EQUAL(it->caption.printed, "Amendment of an Agreement");
    /* the caption on the next line */
    it = it->next;
    CU_ASSERT_PTR_NOT_NULL_FATAL(it);
    CU_ASSERT_STRING_EQUAL(it->number.norm, "7");
    ASSERT_VALUE(d, it->caption, "Financial Statements and Exhibits", 10, 1);
    CU_ASSERT_PTR_NULL(it->paras);
    /* a caption wrapped onto the next line: the official one joined */
    it = it->next;
    CU_ASSERT_PTR_NOT_NULL_FATAL(it);
    CU_ASSERT_STRING_EQUAL(it->number.norm, "7");
    ASSERT_VALUE(d, it->caption, "Financial Statements, Pro Forma Financial Information and Exhibits.", 12, 9);
    /* no such item: a warning at the heading; a rule off the caption */
    it = it->next;
    CU_ASSERT_PTR_NOT_NULL_FATAL(it);
    CU_ASSERT_STRING_EQUAL(it->number.norm, "13");
    CU_ASSERT_PTR_NULL(it->def);
    ASSERT_VALUE(d, it->caption, "Something Else", 14, 10);
    CU_ASSERT_EQUAL(diags_of(d, F8K_W_ITEM_NUMBER, NULL, &g), 1);
    CU_ASSERT_EQUAL(g->line, 14);
    CU_ASSERT_EQUAL(g->column, 1);
    f8k_doc_free(d);
}

/* "Item - 5.02 Departure of ...": a dash between keyword and number (a
 * <pre> filing of the corpus prints its headings so). */
static void test_item_dash(void)
{
    f8k_doc *d = body_of("FORM 8-K\n\nItem - 5.02 Departure of Directors\n\nText.\n");
    const f8k_item *it;

    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    it = d->filing.items;
    CU_ASSERT_PTR_NOT_NULL_FATAL(it);
    CU_ASSERT_STRING_EQUAL(it->number.norm, "5.02");
    CU_ASSERT_EQUAL(loc_line(d, it->number.loc), 3);
    f8k_doc_free(d);
}

/* "Items 1 through 4, 6 and 8 Not Applicable.": the range spelt out. */
static void test_not_applicable(void)
{
    static const char *const want[] = { "1", "2", "3", "4", "6", "8" };
    f8k_doc *d = body_of("FORM 8-K\nItems 1 through 4, 6 and 8 Not Applicable.\n"
                         "Item 5. Other Events\nText.\n");
    const f8k_item *it;
    size_t i = 0;

    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    for (it = d->filing.items_na; it != NULL; it = it->next, i++) {
        CU_ASSERT_FATAL(i < 6);
        CU_ASSERT_STRING_EQUAL(it->number.norm, want[i]);
        CU_ASSERT_EQUAL(it->not_applicable, 1);
        CU_ASSERT_EQUAL(loc_line(d, it->number.loc), 2);
    }
    CU_ASSERT_EQUAL(i, 6);
    /* the items reported are apart */
    CU_ASSERT_PTR_NOT_NULL_FATAL(d->filing.items);
    CU_ASSERT_STRING_EQUAL(d->filing.items->number.norm, "5");
    CU_ASSERT_PTR_NULL(d->filing.items->next);
    f8k_doc_free(d);
}

/* Exhibits: rows under "(c) Exhibits" and in an exhibit index; a
 * wrapped description joined; a number listed twice is listed once. */
static void test_exhibits(void)
{
    static const char in[] =
        "FORM 8-K\n"
        "Item 7. Financial Statements and Exhibits\n"
        "     (c)  Exhibits\n"
        "          99.1   Press release dated October 4, 1999,\n"
        "                 announcing the results.\n"
        "          99.2   Letter to shareholders.\n"
        "\n"
        "EXHIBIT INDEX\n"
        "   99.1     Press release\n"
        "   10.1     Credit agreement                          12\n";
    f8k_doc *d = body_of(in);
    const f8k_exhibit *x;

    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    x = d->filing.exhibits;
    CU_ASSERT_PTR_NOT_NULL_FATAL(x);
    ASSERT_VALUE(d, x->number, "99.1", 4, 11);
    CU_ASSERT_STRING_EQUAL(x->number.norm, "99.1");
    ASSERT_VALUE(d, x->description, "Press release dated October 4, 1999, announcing the results.", 4, 18);
    x = x->next;
    CU_ASSERT_PTR_NOT_NULL_FATAL(x);
    CU_ASSERT_STRING_EQUAL(x->number.norm, "99.2");
    x = x->next;
    CU_ASSERT_PTR_NOT_NULL_FATAL(x);
    /* (99.1 again is not listed twice; the page number is no text) */
    ASSERT_VALUE(d, x->number, "10.1", 10, 4);
    CU_ASSERT_STRING_EQUAL(x->description.printed, "Credit agreement");
    CU_ASSERT_PTR_NULL(x->next);
    f8k_doc_free(d);
}

/* Signatures: the registrant over them, "By:" over the "/s/" line, name
 * and title below in the signature's column, "Name:" and "Title:"
 * labels, a title after a comma, the date once for all. */
static void test_signatures(void)
{
    static const char in[] =
        "FORM 8-K\n"
        "Item 5. Other Events\n"
        "Text.\n"
        "SIGNATURES\n"
        "Pursuant to the requirements of the Securities Exchange Act of 1934,\n"
        "the registrant has duly caused this report to be signed.\n"
        "\n"
        "                          NORTHWIND WIDGETS, INC.\n"
        "\n"
        "                          By:\n"
        "                              /s/ Jane Q. Doe\n"
        "                              Jane Q. Doe\n"
        "                              Chief Financial Officer\n"
        "\n"
        "                          By: /s/ John Roe\n"
        "                          Name:  John Roe\n"
        "                          Title: President and\n"
        "\n"
        "                          /s/ Ann Poe, Secretary\n"
        "\n"
        "Date: March 4, 2003\n";
    f8k_doc *d = body_of(in);
    const f8k_signature *sg;

    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    sg = d->filing.signatures;
    CU_ASSERT_PTR_NOT_NULL_FATAL(sg);
    ASSERT_VALUE(d, sg->name, "Jane Q. Doe", 12, 31);
    ASSERT_VALUE(d, sg->title, "Chief Financial Officer", 13, 31);
    ASSERT_VALUE(d, sg->registrant, "NORTHWIND WIDGETS, INC.", 8, 27);
    ASSERT_VALUE(d, sg->date, "March 4, 2003", 21, 7);
    sg = sg->next;
    CU_ASSERT_PTR_NOT_NULL_FATAL(sg);
    ASSERT_VALUE(d, sg->name, "John Roe", 16, 34);
    ASSERT_VALUE(d, sg->title, "President and", 17, 34);
    sg = sg->next;
    CU_ASSERT_PTR_NOT_NULL_FATAL(sg);
    ASSERT_VALUE(d, sg->name, "Ann Poe", 19, 31);
    ASSERT_VALUE(d, sg->title, "Secretary", 19, 40);
    CU_ASSERT_STRING_EQUAL(sg->date.printed, "March 4, 2003");
    CU_ASSERT_PTR_NULL(sg->next);
    f8k_doc_free(d);
}

/* Two columns: the date at the left of the signature line. */
static void test_signature_table(void)
{
    static const char in[] =
        "SIGNATURE\n"
        "                    ACME WIDGET CO.\n"
        "Date: May 6, 2020   By: /s/ Tomasz W. Brennan\n"
        "                    Tomasz W. Brennan\n"
        "                    Chief Financial Officer\n";
    f8k_doc *d = body_of(in);
    const f8k_signature *sg;

    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    sg = d->filing.signatures;
    CU_ASSERT_PTR_NOT_NULL_FATAL(sg);
    ASSERT_VALUE(d, sg->date, "May 6, 2020", 3, 7);
    ASSERT_VALUE(d, sg->name, "Tomasz W. Brennan", 4, 21);
    ASSERT_VALUE(d, sg->registrant, "ACME WIDGET CO.", 2, 21);
    f8k_doc_free(d);
}

/* Error recovery: a line no rule takes (line noise) costs one warning
 * where it stands, and the region it stands in goes on - in the cover,
 * an item, a signature block, an exhibit index. */
static void test_recovery(void)
{
    static const char noise[] = "\xc3\x8a\xc2\xb6n \xc3\xa7\xc3\xbc t\xc3\x96 m\xc3\x9a \xc3\x98 "
                                ">a\xc3\x91\xc3\x94\xc3\xb8\n";
    static const char *const where[] = {
        "FORM 8-K\n%sACME CORP.\nItem 5. Other Events\nText.\n",
        "FORM 8-K\nItem 5. Other Events\nText one.\n%s\nText two.\n",
        "Item 5. Other Events\nText.\nSIGNATURES\n%sBy: /s/ Jane Q. Doe\n",
        "Item 5. Other Events\nText.\nEXHIBIT INDEX\n%s99.1   Press release\n",
    };
    size_t i;

    for (i = 0; i < sizeof where / sizeof where[0]; i++) {
        char in[512];
        f8k_doc *d;
        const f8k_diag *g;
        snprintf(in, sizeof in, where[i], noise);
        d = body_of(in);
        CU_ASSERT_PTR_NOT_NULL_FATAL(d);
        CU_ASSERT_EQUAL(diags_of(d, F8K_E_SYNTAX, NULL, &g), 1);
        CU_ASSERT_PTR_NOT_NULL_FATAL(g);
        CU_ASSERT_EQUAL(g->line, i == 0 ? 2 : 4);
        CU_ASSERT_PTR_NOT_NULL(strstr(g->message, "unreadable line"));
        CU_ASSERT_PTR_NOT_NULL_FATAL(d->filing.items);
        CU_ASSERT_STRING_EQUAL(d->filing.items->number.norm, "5");
        if (i == 0) {
            CU_ASSERT_PTR_NOT_NULL(d->filing.cover.blocks);
        } else if (i == 1) {
            CU_ASSERT_PTR_NOT_NULL_FATAL(d->filing.items->paras);
            CU_ASSERT_STRING_EQUAL(d->filing.items->paras->text, "Text one.");
            CU_ASSERT_PTR_NOT_NULL_FATAL(d->filing.items->paras->next);
            CU_ASSERT_STRING_EQUAL(d->filing.items->paras->next->text, "Text two.");
        } else if (i == 2) {
            CU_ASSERT_PTR_NOT_NULL_FATAL(d->filing.signatures);
            CU_ASSERT_STRING_EQUAL(d->filing.signatures->name.printed, "Jane Q. Doe");
        } else {
            CU_ASSERT_PTR_NOT_NULL_FATAL(d->filing.exhibits);
            CU_ASSERT_STRING_EQUAL(d->filing.exhibits->number.printed, "99.1");
        }
        f8k_doc_free(d);
    }
}

int add_body_tests(void)
{
    CU_pSuite s = CU_add_suite("body pass", NULL, NULL);
    return !s || !CU_add_test(s, "items", test_items) ||
           !CU_add_test(s, "items not applicable", test_not_applicable) ||
           !CU_add_test(s, "item heading with a dash", test_item_dash) ||
           !CU_add_test(s, "exhibits", test_exhibits) ||
           !CU_add_test(s, "signatures", test_signatures) ||
           !CU_add_test(s, "signature table", test_signature_table) ||
           !CU_add_test(s, "error recovery", test_recovery);
}
