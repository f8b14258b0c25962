/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* test_front.c - an HTML 8-K through the grammar (front_html.c): positions
 * mapped back into the HTML (remap.c), the cover against its inline XBRL
 * tags (ixcheck.c), f8k_render. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "tests.h"
#include "ast.h"
#include "html.h"
#include "pipeline.h"

/* A cover in the layout of most HTML 8-Ks: values in a table row over
 * their captions.  Line numbers of the HTML matter below: the registrant
 * name is on line 8, column 4; the file number on line 13, the item heading on line 17. */
#define COVER_HEAD \
    "<html><body>\n" \
    "<p>UNITED STATES</p>\n" \
    "<p>SECURITIES AND EXCHANGE COMMISSION</p>\n" \
    "<p>Washington, D.C. 20549</p>\n" \
    "<p>FORM 8-K</p>\n" \
    "<p>CURRENT REPORT</p>\n" \
    "<p>Date of Report (Date of earliest event reported): March 3, 2021</p>\n" \
    "<p>NORTHWIND INSTRUMENTS, INC.</p>\n" \
    "<p>(Exact name of registrant as specified in its charter)</p>\n" \
    "<table>\n" \
    "<tr><td>Delaware</td>\n" \
    "<td>&nbsp;</td>\n"
#define COVER_TAIL \
    "<td>04-1234567</td></tr>\n" \
    "<tr><td>(State or other jurisdiction of incorporation)</td><td></td>" \
    "<td>(Commission File Number)</td>" \
    "<td>(IRS Employer Identification No.)</td></tr>\n" \
    "</table>\n" \
    "<p>Item 2.02 and 9.01. Results of Operations and Financial Condition; Financial Statements and Exhibits</p>\n" \
    "<p>On March 3, 2021 the Company reported its results.</p>\n" \
    "<p>SIGNATURE</p>\n" \
    "<p>By: /s/ Jane Q. Public</p>\n" \
    "</body></html>\n"

static f8k_doc *parse_html(const char *html)
{
    static const f8k_options opt = { F8K_MODE_HTML, 0 };
    f8k_doc *doc = NULL;
    f8k_status st = f8k_parse_ex("t.htm", html, strlen(html), &opt, &doc);
    CU_ASSERT_EQUAL(st, F8K_OK);
    return doc;
}

/* The diagnostic of DOC with CODE, or NULL. */
static const f8k_diag *diag_of(const f8k_doc *doc, const char *code)
{
    size_t i;
    for (i = 0; i < f8k_doc_diag_count(doc); i++)
        if (strcmp(f8k_doc_diag(doc, i)->code, code) == 0)
            return f8k_doc_diag(doc, i);
    return NULL;
}

static void test_positions_point_into_html(void)
{
    f8k_doc *doc = parse_html(COVER_HEAD "<td>000-12345</td>\n" COVER_TAIL);
    const f8k_registrant *r;
    const f8k_item *it;

    if (doc == NULL)
        return;
    r = doc->filing.cover.registrants;
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    CU_ASSERT_STRING_EQUAL(r->name.printed, "NORTHWIND INSTRUMENTS, INC.");
    CU_ASSERT_EQUAL(loc_line(doc, r->name.loc), 8);
    CU_ASSERT_EQUAL(loc_col(doc, r->name.loc), 4);      /* after "<p>" */
    CU_ASSERT_STRING_EQUAL(r->file_number.norm, "000-12345");
    CU_ASSERT_EQUAL(loc_line(doc, r->file_number.loc), 13);
    CU_ASSERT_EQUAL(loc_col(doc, r->file_number.loc), 5);
    CU_ASSERT_EQUAL(loc_line(doc, r->state.loc), 11);
    /* a combined heading: two items, one heading line mapped once */
    it = doc->filing.items;
    CU_ASSERT_PTR_NOT_NULL_FATAL(it);
    CU_ASSERT_PTR_NOT_NULL_FATAL(it->next);
    CU_ASSERT_EQUAL(loc_line(doc, it->number.loc), 17);
    CU_ASSERT_EQUAL(loc_line(doc, it->next->number.loc), 17);
    CU_ASSERT_EQUAL(loc_line(doc, it->heading->loc), 17);
    CU_ASSERT_PTR_NULL(doc->filing.html->facts);
    f8k_doc_free(doc);
}

#define IX_HEAD \
    "<html><body><div style=\"display:none\"><ix:header><ix:resources>" \
    "<xbrli:context id=\"c1\"><xbrli:period><xbrli:startDate>2021-03-03" \
    "</xbrli:startDate><xbrli:endDate>2021-03-03</xbrli:endDate>" \
    "</xbrli:period></xbrli:context></ix:resources></ix:header></div>\n"

static void test_ixcheck(void)
{
    /* the tag agrees (the value read lies in its span) */
    f8k_doc *doc = parse_html(IX_HEAD COVER_HEAD
        "<td><ix:nonNumeric name=\"dei:EntityFileNumber\" contextRef=\"c1\">"
        "000-12345</ix:nonNumeric></td>\n" COVER_TAIL);
    const f8k_diag *d;

    if (doc == NULL)
        return;
    CU_ASSERT_PTR_NOT_NULL(doc->filing.html->facts);
    CU_ASSERT_PTR_NOT_NULL(doc->filing.html->contexts);
    CU_ASSERT_PTR_NULL(diag_of(doc, "F8K-X603"));
    CU_ASSERT_PTR_NULL(diag_of(doc, "F8K-N608"));
    f8k_doc_free(doc);

    /* a hidden tag that disagrees with what is printed: X603 at the
     * printed value, the fact its other side */
    doc = parse_html(
        "<html><body><div style=\"display:none\"><ix:header><ix:hidden>"
        "<ix:nonNumeric name=\"dei:EntityFileNumber\" contextRef=\"c1\">"
        "001-99999</ix:nonNumeric></ix:hidden></ix:header></div>\n"
        COVER_HEAD "<td>000-12345</td>\n" COVER_TAIL);
    if (doc == NULL)
        return;
    d = diag_of(doc, "F8K-X603");
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(d->severity, F8K_SEV_WARNING);
    CU_ASSERT_EQUAL(d->line, 14);
    CU_ASSERT_EQUAL(d->rel_line, 1);
    f8k_doc_free(doc);

    /* a tag whose value the cover pass did not read: N608 at the fact */
    doc = parse_html(
        "<html><body><div style=\"display:none\"><ix:header><ix:hidden>"
        "<ix:nonNumeric name=\"dei:CityAreaCode\" contextRef=\"c1\">"
        "978</ix:nonNumeric></ix:hidden></ix:header></div>\n"
        COVER_HEAD "<td>000-12345</td>\n" COVER_TAIL);
    if (doc == NULL)
        return;
    d = diag_of(doc, "F8K-N608");
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_EQUAL(d->severity, F8K_SEV_NOTE);
    CU_ASSERT_EQUAL(d->line, 1);
    f8k_doc_free(doc);
}

static void test_render(void)
{
    static const char html[] = COVER_HEAD "<td>000-12345</td>\n" COVER_TAIL;
    static const char text[] = "FORM 8-K\n";
    char *out = NULL;
    size_t n = 0;

    CU_ASSERT_EQUAL(f8k_render("t.htm", html, strlen(html), NULL, 0, &out, &n), F8K_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(out);
    CU_ASSERT_EQUAL(strlen(out), n);
    /* the name's line, after the position it came from */
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "      8:4    | NORTHWIND INSTRUMENTS, INC.\n"));
    f8k_free(out);
    CU_ASSERT_EQUAL(f8k_render("t.htm", html, strlen(html), NULL,
                               F8K_RENDER_PLAIN, &out, &n), F8K_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(out);
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "\nNORTHWIND INSTRUMENTS, INC.\n"));
    CU_ASSERT_PTR_NULL(strstr(out, "| "));
    f8k_free(out);
    /* plain text: the text itself, each line its own source */
    CU_ASSERT_EQUAL(f8k_render("t.txt", text, strlen(text), NULL, 0, &out, &n), F8K_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(out);
    CU_ASSERT_STRING_EQUAL(out, "      1:1    | FORM 8-K\n");
    f8k_free(out);
}

static void test_parse_file(void)
{
    static const char html[] = COVER_HEAD "<td>000-12345</td>\n" COVER_TAIL;
    char path[] = "/tmp/f8k-unit-XXXXXX";
    f8k_doc *doc = NULL;
    FILE *f;
    int fd = mkstemp(path);

    CU_ASSERT_FATAL(fd >= 0);
    f = fdopen(fd, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs(html, f);
    fclose(f);
    CU_ASSERT_EQUAL(f8k_parse_file(path, NULL, &doc), F8K_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc);
    CU_ASSERT_STRING_EQUAL(doc->file, path);
    CU_ASSERT_PTR_NOT_NULL(doc->filing.html);
    CU_ASSERT_STRING_EQUAL(doc->filing.cover.registrants->name.printed,
                           "NORTHWIND INSTRUMENTS, INC.");
    f8k_doc_free(doc);
    unlink(path);
    doc = (f8k_doc *)1;
    CU_ASSERT_EQUAL(f8k_parse_file(path, NULL, &doc), F8K_ERR_IO);
    CU_ASSERT_PTR_NULL(doc);
}

/* <div style="display:inline"> keeps its text on the line; inline-block
 * boxes side by side get a blank between them. */
static void test_inline_display(void)
{
    static const char html[] =
        "<html><body><div>FORM <div style=\"display:inline;\">8-K</div></div>\n"
        "<div><span style=\"display:inline-flex\">(1)</span>"
        "<div style=\"display:inline\">Excludes the impact.</div></div>\n"
        "</body></html>\n";
    char *out = NULL;
    size_t n = 0;

    CU_ASSERT_EQUAL(f8k_render("t.htm", html, strlen(html), NULL,
                               F8K_RENDER_PLAIN, &out, &n), F8K_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(out);
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "FORM 8-K\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(out, "(1) Excludes the impact.\n"));
    f8k_free(out);
}

/* A former-name caption with nothing printed for it, followed by the
 * check-box instruction: no former name (the instruction is no value). */
static void test_former_name_not_check_intro(void)
{
    f8k_doc *doc = parse_html(COVER_HEAD "<td>000-12345</td>\n"
        "<td>04-1234567</td></tr>\n"
        "<tr><td>(State or other jurisdiction of incorporation)</td><td></td>"
        "<td>(Commission File Number)</td>"
        "<td>(IRS Employer Identification No.)</td></tr>\n"
        "</table>\n"
        "<p>(Former name or former address, if changed since last report)</p>\n"
        "<p>Check the appropriate box below if the Form 8-K filing is intended "
        "to simultaneously satisfy the filing obligation of the registrant:</p>\n"
        "<p>Item 8.01. Other Events</p>\n<p>Text.</p>\n"
        "</body></html>\n");
    if (doc == NULL)
        return;
    CU_ASSERT_PTR_NOT_NULL_FATAL(doc->filing.cover.registrants);
    CU_ASSERT_PTR_NULL(doc->filing.cover.registrants->former_name.printed);
    f8k_doc_free(doc);
}

int add_front_tests(void)
{
    CU_pSuite s = CU_add_suite("front_html", NULL, NULL);
    if (s == NULL)
        return -1;
    if (CU_add_test(s, "positions point into the HTML", test_positions_point_into_html) == NULL ||
        CU_add_test(s, "cover against inline XBRL", test_ixcheck) == NULL ||
        CU_add_test(s, "render", test_render) == NULL ||
        CU_add_test(s, "parse a file", test_parse_file) == NULL ||
        CU_add_test(s, "display:inline and inline-block", test_inline_display) == NULL ||
        CU_add_test(s, "no former name from the check-box instruction",
                    test_former_name_not_check_intro) == NULL)
        return -1;
    return 0;
}
