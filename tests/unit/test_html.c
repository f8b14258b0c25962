/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* test_html.c - the HTML front end: rendering, source map, inline XBRL. */
#include <stdlib.h>
#include <string.h>
#include "tests.h"
#include "html.h"
#include "html_int.h"
#include "text.h"

static f8k_arena arena;
static f8k_html doc;
static const char *source;
static size_t source_len;

/* Clean and render HTML; the result stays in DOC until the next call. */
static const char *render_n(const char *html, size_t n)
{
    char *clean;
    size_t cn;
    f8k_arena_free(&arena);
    f8k_arena_init(&arena);
    clean = f8k_text_clean(&arena, html, n, &cn);
    if (clean == NULL || f8k_html_render(&arena, clean, cn, &doc) != 0)
        return NULL;
    source = clean;
    source_len = cn;
    return doc.text;
}

static const char *render(const char *html)
{
    return render_n(html, strlen(html));
}

/* The rendered line holding NEEDLE (a copy, without its '\n'), or "". */
static const char *line_with(const char *needle)
{
    static char buf[4096];
    const char *p = strstr(doc.text, needle), *b, *e;
    if (p == NULL)
        return "";
    for (b = p; b > doc.text && b[-1] != '\n'; b--)
        ;
    e = strchr(p, '\n');
    if ((size_t)(e - b) >= sizeof buf)
        return "";
    memcpy(buf, b, (size_t)(e - b));
    buf[e - b] = '\0';
    return buf;
}

/* 1-based number of the rendered line holding NEEDLE, 0 if none. */
static uint32_t line_no(const char *needle)
{
    const char *p = strstr(doc.text, needle), *q;
    uint32_t n = 1;
    if (p == NULL)
        return 0;
    for (q = doc.text; q < p; q++)
        n += *q == '\n';
    return n;
}

/* 1-based column of NEEDLE on its rendered line. */
static uint32_t col_of(const char *needle)
{
    const char *p = strstr(doc.text, needle), *b;
    if (p == NULL)
        return 0;
    for (b = p; b > doc.text && b[-1] != '\n'; b--)
        ;
    return (uint32_t)(p - b) + 1;
}

static const f8k_html_fact *fact(const char *name)
{
    const f8k_html_fact *f;
    for (f = doc.facts; f != NULL; f = f->next)
        if (strcmp(f->name, name) == 0)
            return f;
    return NULL;
}

static void test_detect(void)
{
    const char *wrapped = "<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<TEXT>\n<HTML><BODY>x";
    CU_ASSERT_TRUE(f8k_html_detect("<html><body>x", 13));
    CU_ASSERT_TRUE(f8k_html_detect("\xEF\xBB\xBF <!-- c --> <!DOCTYPE html PUBLIC \"x\">", 40));
    CU_ASSERT_TRUE(f8k_html_detect("<?xml version=\"1.0\"?>\n<html xmlns=\"x\">", 37));
    CU_ASSERT_TRUE(f8k_html_detect("  <DIV style=\"x\">a</DIV>", 24));
    CU_ASSERT_TRUE(f8k_html_detect("<p>", 3));
    CU_ASSERT_TRUE(f8k_html_detect(wrapped, strlen(wrapped)));
    CU_ASSERT_TRUE(f8k_html_detect("<TABLE><TR><TD>a", 16));
    /* plain text with EDGAR's SGML-ish marks is not HTML */
    CU_ASSERT_FALSE(f8k_html_detect("<PAGE>\n   FORM 8-K\n", 19));
    CU_ASSERT_FALSE(f8k_html_detect("<S>  <C>\n", 9));
    CU_ASSERT_FALSE(f8k_html_detect("<TABLE>\n<S>   <C>\n</TABLE>\n", 27));
    CU_ASSERT_FALSE(f8k_html_detect("SECURITIES AND EXCHANGE COMMISSION\n<html>", 41));
    CU_ASSERT_FALSE(f8k_html_detect("<document>\n<type>8-K\n<text>\nFORM 8-K\n", 36));
    CU_ASSERT_FALSE(f8k_html_detect("", 0));
    CU_ASSERT_FALSE(f8k_html_detect("<pagex>", 7));
}


/* A cell whose text ends in &nbsp; (a signature table of 2010: "Name:"
 * and two &nbsp; in one cell, the name in the next): the blanks count in
 * the column's width, so the name is laid out where the map says it is
 * (was: two columns to the left of its map, pointing at the &nbsp;). */
static void test_source_map_trailing_blanks(void)
{
    const char *html =
        "<table><tr><td>By:</td><td>/s/ J. Q. Roe</td></tr>\n"
        "<tr><td>Name:&nbsp;&nbsp;</td>\n<td>Jane Q. Roe&nbsp;</td></tr>\n"
        "<tr><td>Title:</td><td>President</td></tr></table>\n";
    const char *t, *name;
    size_t off;
    CU_ASSERT_PTR_NOT_NULL_FATAL((t = render(html)));
    name = strstr(t, "Name:");
    CU_ASSERT_PTR_NOT_NULL_FATAL(name);
    name = strstr(name, "Jane");
    CU_ASSERT_PTR_NOT_NULL_FATAL(name);
    /* "Name:", its two blanks, then at least the three of the column gap */
    CU_ASSERT_TRUE(name - strstr(t, "Name:") >= 5 + 2 + 3);
    CU_ASSERT_EQUAL(f8k_html_source(&doc, line_no("Jane"), col_of("Jane"), &off), 0);
    CU_ASSERT_EQUAL(strncmp(source + off, "Jane Q. Roe&nbsp;", 17), 0);
}

/* The classic cover: values in one row, their captions in the row below,
 * as columns at least three blanks apart and aligned. */
static void test_value_row_over_caption_row(void)
{
    const char *t = render(
        "<html><body><table>"
        "<tr><td align=center>Delaware</td><td></td><td align=center>000-12345</td>"
        "<td>&nbsp;</td><td align=center>04-1234567</td></tr>"
        "<tr><td align=center>(State or other jurisdiction of incorporation)</td><td></td>"
        "<td align=center>(Commission File Number)</td><td></td>"
        "<td align=center>(IRS Employer Identification No.)</td></tr>"
        "</table></body></html>");
    const char *caps;
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    caps = line_with("(State");
    CU_ASSERT_PTR_NOT_NULL(strstr(caps, ")   (Commission File Number)   (IRS"));
    /* each value centred over its caption */
    CU_ASSERT_EQUAL(line_no("Delaware") + 1, line_no("(State"));
    CU_ASSERT_EQUAL(line_no("Delaware"), line_no("000-12345"));
    CU_ASSERT_EQUAL(col_of("Delaware"), 1 + (46 - 8) / 2);
    CU_ASSERT_EQUAL(col_of("000-12345"), col_of("(Commission") + (24 - 9) / 2);
    CU_ASSERT_TRUE(col_of("04-1234567") > col_of("(IRS"));
    CU_ASSERT_EQUAL(t[doc.len], '\0');
    CU_ASSERT_EQUAL(t[doc.len + 1], '\0');
    CU_ASSERT_EQUAL(t[doc.len - 1], '\n');
}

static void test_value_br_caption_in_cell(void)
{
    const char *t = render(
        "<table><tr><td><p align=center>DELAWARE<br>(State of incorporation)</p></td>"
        "<td><p align=center>1-1234<br>(Commission File No.)</p></td></tr></table>");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL(line_no("DELAWARE"), line_no("1-1234"));
    CU_ASSERT_EQUAL(line_no("(State"), line_no("(Commission"));
    CU_ASSERT_EQUAL(line_no("DELAWARE") + 1, line_no("(State"));
    CU_ASSERT_PTR_NOT_NULL(strstr(line_with("(State"), "(State of incorporation)   (Commission File No.)"));
}

static void test_blocks_and_paragraphs(void)
{
    const char *t = render(
        "<body><div><div>FORM 8-K</div><div><span>CURRENT</span> <b>REPORT</b></div></div>"
        "<p>First paragraph\n   runs on.</p><p>Second.</p>"
        "<div style=\"margin-top:0;padding-top:12px\">Spaced.</div>"
        "<div style=\"margin-top:2pt\">Tight.</div>"
        "<div>a<br>b<br><br>c</div><hr><pre>  x\ty\n\n z</pre></body>");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "FORM 8-K\nCURRENT REPORT\n\nFirst paragraph runs on.\n\nSecond.\n\nSpaced.\nTight.\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "a\nb\n\nc\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "\n----"));
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "  x     y\n\n z\n"));
    CU_ASSERT_PTR_NULL(strchr(t, '\t'));
}

static void test_page_marks(void)
{
    const char *t = render(
        "<body><p>one</p><!-- PAGEBREAK --><p>two</p>"
        "<div style=\"page-break-before:always\">three</div>"
        "<table><tr><td>a<!-- page break --></td><td>b</td></tr></table></body>");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "one\n\n<PAGE>\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "two\n\n<PAGE>\nthree\n"));
    /* never inside a row: the scanner would take the row for a page mark */
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "a   b\n"));
}

static void test_folding(void)
{
    /* entities, a numeric reference to a C1 code (Windows-1252), raw
     * typographic quotes, no-break and thin spaces, a soft hyphen */
    const char *t = render(
        "<p>AT&amp;T&#146;s &#147;Notes&#148; &ndash; 2&nbsp;&nbsp;3 "
        "\xe2\x80\x9cX\xe2\x80\x9d\xe2\x80\x89y so\xc2\xad" "ft&#8212;z</p>"
        "<p>By:&nbsp;&nbsp;&nbsp;/s/ Jane</p><p>&nbsp;</p><p>end</p>");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "AT&T's \"Notes\" - 2  3 \"X\" y soft-z\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "By:   /s/ Jane\n"));
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "\nend\n"));
}

/* fold_ascii and fold_cp (html.c): letters of a Wingdings font other
 * than 'o' and 'x' as boxes, an ellipsis as three dots, a zero-width
 * space as a blank, a word joiner dropped. */
static void test_folding_steps(void)
{
    const char *t = render(
        "<p><font face=Wingdings>q</font> no <font face=Wingdings>n</font> yes</p>"
        "<p>wait\xe2\x80\xa6 a\xe2\x81\xa0" "b c\xe2\x80\x8b" "d</p>");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(line_with("no"), "[ ] no [X] yes");
    CU_ASSERT_STRING_EQUAL(line_with("wait"), "wait... ab c d");
}

/* text_origin (html.c): a run of text is mapped exactly where it is a
 * copy of the source - after an end tag that closes nothing (no event
 * of the parser), after <pre>'s newline, which the parser drops, and
 * where the parser hands a long run over in pieces of 1000 bytes before
 * its position has moved past them. */
static void test_text_origin(void)
{
    char html[3000];
    size_t off, o = 0;
    int i;
    CU_ASSERT_PTR_NOT_NULL_FATAL(render("<p>ab</q>cd ef</p>"));
    CU_ASSERT_EQUAL(f8k_html_source(&doc, line_no("ef"), col_of("ef"), &off), 0);
    CU_ASSERT_EQUAL(strncmp(source + off, "ef</p>", 6), 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(render("<pre>\nab  cd</pre>"));
    CU_ASSERT_STRING_EQUAL(line_with("cd"), "ab  cd");
    CU_ASSERT_EQUAL(f8k_html_source(&doc, line_no("cd"), col_of("cd"), &off), 0);
    CU_ASSERT_EQUAL(strncmp(source + off, "cd</pre>", 8), 0);
    o += (size_t)sprintf(html, "<pre>\n");
    for (i = 0; i < 400; i++)
        o += (size_t)sprintf(html + o, "w%04d ", i);
    sprintf(html + o, "</pre>");
    CU_ASSERT_PTR_NOT_NULL_FATAL(render(html));
    CU_ASSERT_EQUAL(f8k_html_source(&doc, line_no("w0300"), col_of("w0300"), &off), 0);
    CU_ASSERT_EQUAL(strncmp(source + off, "w0300 ", 6), 0);
}

static void test_check_boxes(void)
{
    const char *t = render(
        "<table>"
        "<tr><td><font face=\"Wingdings\">o</font></td><td>Written communications pursuant to Rule 425</td></tr>"
        "<tr><td><span style=\"font-family:Wingdings\">&#254;</span></td><td>Soliciting material pursuant to Rule 14a-12</td></tr>"
        "<tr><td>&#9744;</td><td>Pre-commencement communications pursuant to Rule 14d-2(b)</td></tr>"
        "<tr><td>&#9746;</td><td>Pre-commencement communications pursuant to Rule 13e-4(c)</td></tr>"
        "</table><p>no box: o x</p>");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(line_with("Written"), "[ ]   Written communications pursuant to Rule 425");
    CU_ASSERT_STRING_EQUAL(line_with("Soliciting"), "[X]   Soliciting material pursuant to Rule 14a-12");
    CU_ASSERT_STRING_EQUAL(line_with("14d-2"), "[ ]   Pre-commencement communications pursuant to Rule 14d-2(b)");
    CU_ASSERT_STRING_EQUAL(line_with("13e-4"), "[X]   Pre-commencement communications pursuant to Rule 13e-4(c)");
    CU_ASSERT_STRING_EQUAL(line_with("no box"), "no box: o x");
}

static void test_hidden(void)
{
    const char *t = render(
        "<html><head><title>TITLE</title><style>p{x:y}</style></head><body>"
        "<script>var s = 'SCRIPT';</script>"
        "<div style=\"display:none\">NONE<p>NONE2</p></div>"
        "<div style=\"DISPLAY: NONE\">UPPER</div>"
        "<span style=\"-sec-ix-hidden:h1\">SHOWN</span>"
        "<p>visible</p></body></html>");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_PTR_NULL(strstr(t, "TITLE"));
    CU_ASSERT_PTR_NULL(strstr(t, "SCRIPT"));
    CU_ASSERT_PTR_NULL(strstr(t, "NONE"));
    CU_ASSERT_PTR_NULL(strstr(t, "UPPER"));
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "SHOWN"));
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "visible"));
}

static void test_ix_header_facts(void)
{
    const char *html =
        "<html xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\"><body>"
        "<div style=\"display:none\"><ix:header><ix:hidden>"
        "<ix:nonNumeric name=\"dei:AmendmentFlag\" contextRef=\"c1\" format=\"ixt:booleanfalse\">false</ix:nonNumeric>"
        "</ix:hidden><ix:resources>"
        "<xbrli:context id=\"c1\"><xbrli:entity>x</xbrli:entity><xbrli:period>"
        "<xbrli:startDate>2020-02-13</xbrli:startDate><xbrli:endDate>2020-02-14</xbrli:endDate>"
        "</xbrli:period></xbrli:context>"
        "<xbrli:context id=\"c2\"><xbrli:period><xbrli:instant>2020-03-01</xbrli:instant></xbrli:period></xbrli:context>"
        "</ix:resources></ix:header></div>"
        "<p>Name: <ix:nonNumeric name=\"dei:EntityRegistrantName\" contextRef=\"c1\">"
        "<span>TYSON  FOODS,</span> INC.</ix:nonNumeric></p>"
        "<p><IX:NONFRACTION NAME=\"us-gaap:X\" CONTEXTREF=\"c2\" format=\"ixt:num-dot-decimal\">1,234</IX:NONFRACTION></p>"
        "</body></html>";
    const f8k_html_fact *f;
    const f8k_html_context *c;
    const char *t = render(html);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_PTR_NULL(strstr(t, "false"));
    CU_ASSERT_PTR_NULL(strstr(t, "2020"));
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "Name: TYSON FOODS, INC.\n"));
    f = fact("dei:AmendmentFlag");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_STRING_EQUAL(f->text, "false");
    CU_ASSERT_STRING_EQUAL(f->context, "c1");
    CU_ASSERT_STRING_EQUAL(f->format, "ixt:booleanfalse");
    CU_ASSERT_TRUE(f->hidden);
    CU_ASSERT_EQUAL(strncmp(source + f->off, "<ix:nonNumeric name=\"dei:Am", 27), 0);
    CU_ASSERT_EQUAL(strncmp(source + f->text_off, "false</ix", 9), 0);
    CU_ASSERT_EQUAL(strncmp(source + f->end_off - 16, "</ix:nonNumeric>", 16), 0);
    f = fact("dei:EntityRegistrantName");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_STRING_EQUAL(f->text, "TYSON FOODS, INC.");
    CU_ASSERT_FALSE(f->hidden);
    CU_ASSERT_PTR_NULL(f->format);
    CU_ASSERT_EQUAL(strncmp(source + f->text_off, "TYSON", 5), 0);
    CU_ASSERT_EQUAL(source[f->end_off - 1], '>');
    f = fact("us-gaap:X");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_STRING_EQUAL(f->text, "1,234");
    CU_ASSERT_STRING_EQUAL(f->context, "c2");
    /* document order */
    CU_ASSERT_STRING_EQUAL(doc.facts->name, "dei:AmendmentFlag");
    c = doc.contexts;
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    CU_ASSERT_STRING_EQUAL(c->id, "c1");
    CU_ASSERT_STRING_EQUAL(c->start, "2020-02-13");
    CU_ASSERT_STRING_EQUAL(c->end, "2020-02-14");
    CU_ASSERT_PTR_NULL(c->instant);
    CU_ASSERT_PTR_NOT_NULL_FATAL(c->next);
    CU_ASSERT_STRING_EQUAL(c->next->instant, "2020-03-01");
}

static void test_ix_continuation_exclude(void)
{
    const char *t = render(
        "<body><div><ix:nonNumeric name=\"us-gaap:Text\" contextRef=\"c\" continuedAt=\"k1\">"
        "<p>Part one <ix:exclude>(page 3)</ix:exclude>ends.</p></ix:nonNumeric></div>"
        "<p>between</p>"
        "<ix:continuation id=\"k2\"><p>Part three.</p></ix:continuation>"
        "<ix:continuation id=\"k1\" continuedAt=\"k2\"><p>Part two.</p></ix:continuation>"
        "<ix:continuation id=\"loop\" continuedAt=\"loop\">x</ix:continuation>"
        "<ix:nonNumeric name=\"cyc\" contextRef=\"c\" continuedAt=\"loop\">y</ix:nonNumeric>"
        "</body>");
    const f8k_html_fact *f;
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    /* excluded text is still shown */
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "Part one (page 3)ends."));
    f = fact("us-gaap:Text");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_STRING_EQUAL(f->text, "Part one ends. Part two. Part three.");
    f = fact("cyc");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_EQUAL(strncmp(f->text, "y x x", 5), 0);
}

static void test_spans(void)
{
    const char *t = render(
        "<table>"
        "<tr><td colspan=3 align=center>ACME CORPORATION</td></tr>"
        "<tr><td rowspan=2>left</td><td>b1</td><td>c1</td></tr>"
        "<tr><td>b2</td><td>c2</td></tr>"
        "</table>");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL(col_of("b1"), col_of("b2"));
    CU_ASSERT_EQUAL(col_of("c1"), col_of("c2"));
    CU_ASSERT_TRUE(col_of("b2") >= 8);      /* "left" keeps its column */
    CU_ASSERT_STRING_EQUAL(line_with("b1"), "left   b1   c1");
    CU_ASSERT_STRING_EQUAL(line_with("b2"), "       b2   c2");
    CU_ASSERT_STRING_EQUAL(line_with("ACME"), "ACME CORPORATION");
}

/* The steps of table_end (html_layout.c), one test each. */

/* The grid: a cell goes to the first column of its row that no cell
 * above spans into, not to the next one along. */
static void test_table_grid(void)
{
    const char *t = render(
        "<table><tr><td>a1</td><td rowspan=2>b1</td><td>c1</td></tr>"
        "<tr><td>a2</td><td>c2</td></tr></table>");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(line_with("a1"), "a1   b1   c1");
    CU_ASSERT_STRING_EQUAL(line_with("a2"), "a2        c2");
}

/* Spacer columns: a column where no cell with text begins (empty, or
 * only &nbsp;) takes no room, also where a cell with text spans it. */
static void test_table_spacer_columns(void)
{
    const char *t = render(
        "<table><tr><td>a1</td><td></td><td>&nbsp;</td><td>d1</td></tr>"
        "<tr><td colspan=3>a2</td><td>d2</td></tr></table>");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(line_with("a1"), "a1   d1");
    CU_ASSERT_STRING_EQUAL(line_with("a2"), "a2   d2");
}

/* Widths: a spanning cell wider than its columns widens the last one it
 * spans; the first keeps the width of its own cells. */
static void test_table_widths(void)
{
    const char *t = render(
        "<table><tr><td colspan=2>ABCDEFGHIJKL</td><td>z1</td></tr>"
        "<tr><td>a2</td><td>b2</td><td>z2</td></tr></table>");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    /* columns 2 and 2 + 3 blanks = 7 of 12: the second gets 5 more */
    CU_ASSERT_STRING_EQUAL(line_with("ABCD"), "ABCDEFGHIJKL   z1");
    CU_ASSERT_STRING_EQUAL(line_with("a2"), "a2   b2        z2");
    CU_ASSERT_EQUAL(col_of("z1"), col_of("z2"));
}

/* A table wider than H_MAX_WIDTH is not set as columns: its rows follow
 * one another, the one-line cells of a row 3 blanks apart. */
static void test_table_too_wide(void)
{
    char html[4000], word[112];
    const char *t;
    int i;
    memset(word, 'w', 110);
    word[110] = '\0';
    strcpy(html, "<table><tr>");
    for (i = 0; i < 9; i++)                 /* 9 * 110 + 8 * 3 > 1000 */
        strcat(strcat(strcat(html, "<td>"), word), "</td>");
    strcat(html, "</tr><tr><td>r1</td><td>r2</td></tr></table>");
    t = render(html);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(line_with("r1"), "r1   r2");
    /* as columns, the same table would set r2 under the second word */
    t = render("<table><tr><td>wwwwwwwwww</td><td>x</td></tr>"
               "<tr><td>r1</td><td>r2</td></tr></table>");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(line_with("r1"), "r1           r2");
}

/* Columns that would write more than the layout's budget (8 bytes a
 * byte of source and 1 MB) are given up for rows one after another:
 * here 2,001 rows of a table 901 wide, from 60 KB of source. */
static void test_table_over_budget(void)
{
    size_t n = 64 * 1024, o = 0, i;
    char *html = malloc(n);
    const char *t;
    CU_ASSERT_PTR_NOT_NULL_FATAL(html);
    o += (size_t)sprintf(html, "<table><tr>");
    for (i = 0; i < 8; i++)                 /* 8 * 110 + 7 * 3 = 901 */
        o += (size_t)sprintf(html + o, "<td>%0110d</td>", 0);
    o += (size_t)sprintf(html + o, "</tr>");
    for (i = 0; i < 2000; i++)
        o += (size_t)sprintf(html + o, "<tr><td>a</td><td>b</td></tr>");
    o += (size_t)sprintf(html + o, "<tr><td>last1</td><td>last2</td></tr></table>");
    CU_ASSERT_FATAL(o < n);
    t = render_n(html, o);
    free(html);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(line_with("last1"), "last1   last2");
    CU_ASSERT_TRUE(doc.len < 100000);
}

/* Rows as lines: a row's height is its tallest cell's, a row of blank
 * cells is a blank line, cells are aligned in their column, and a rule
 * in a cell is as wide as its column. */
static void test_table_rows(void)
{
    const char *t = render(
        "<table><tr><td>Long caption</td><td>x1<br>x2</td></tr>"
        "<tr><td></td><td>&nbsp;</td></tr>"
        "<tr><td align=right>12</td><td>y</td></tr>"
        "<tr><td align=center>mid</td><td>w</td></tr>"
        "<tr><td><hr></td><td>z</td></tr></table>");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "Long caption   x1\n"
                                     "               x2\n"
                                     "\n"
                                     "          12   y\n"
                                     "    mid        w\n"
                                     "------------   z\n"));
}

/* The nodes of a table's elements (html.c: table_node, row_node,
 * cell_node, block_node): cells without a tr share a row made for
 * them; a tr or td outside a table is a block; a table five deep is a
 * block, its cells lines of their own; cells past H_MAX_COLS join the
 * last one. */
static void test_table_nodes(void)
{
    char html[4000];
    const char *t;
    size_t o = 0;
    int i;
    t = render("<table><td>a</td><td>b</td></table>"
               "<p>x</p><td>cell1</td><td>cell2</td><tr><td>r1</td></tr>");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(line_with("a"), "a   b");
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "\ncell1\ncell2\nr1\n"));
    t = render("<table><tr><td>1</td><td><table><tr><td>2</td><td>"
               "<table><tr><td>3</td><td><table><tr><td>p4</td><td>q4</td></tr>"
               "<tr><td>x</td><td><table><tr><td>p5</td><td>q5</td></tr></table>"
               "</td></tr></table></td></tr></table></td></tr></table></td></tr></table>");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(line_with("p4"), "1   2   3   p4   q4");
    CU_ASSERT_EQUAL(line_no("p5") + 1, line_no("q5"));
    CU_ASSERT_EQUAL(col_of("p5"), col_of("q5"));
    o += (size_t)sprintf(html, "<table><tr>");
    for (i = 0; i < H_MAX_COLS + 2; i++)
        o += (size_t)sprintf(html + o, "<td>c%d</td>", i);
    sprintf(html + o, "</tr></table>");
    t = render(html);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    sprintf(html, "c%d c%d c%d", H_MAX_COLS - 1, H_MAX_COLS, H_MAX_COLS + 1);
    /* in the last cell, a blank apart, not a column (3 blanks) */
    CU_ASSERT_PTR_NOT_NULL(strstr(t, html));
}

static void test_one_column_and_nested(void)
{
    const char *t = render(
        "<table><tr><td><p>Item 8.01 Other Events.</p><p>Text.</p></td></tr>"
        "<tr><td><table><tr><td>By:</td><td>/s/ John Doe</td></tr>"
        "<tr><td></td><td>Name: John Doe</td></tr></table></td></tr></table>");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "Item 8.01 Other Events.\n\nText.\n"));
    CU_ASSERT_STRING_EQUAL(line_with("/s/"), "By:   /s/ John Doe");
    CU_ASSERT_STRING_EQUAL(line_with("Name:"), "      Name: John Doe");
}

static void test_cell_wrap(void)
{
    char html[2000];
    const char *t;
    size_t i;
    strcpy(html, "<table><tr><td>[ ]</td><td>");
    for (i = 0; i < 40; i++)
        strcat(html, "word ");
    strcat(html, "</td></tr></table>");
    t = render(html);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    /* 200 characters of cell wrap at 120, under the cell's column */
    CU_ASSERT_TRUE(strlen(line_with("[ ]")) <= 6 + 120);
    CU_ASSERT_EQUAL(strncmp(t + strlen(line_with("[ ]")) + 1, "      word", 10), 0);
}

static void test_deep_nesting(void)
{
    enum { DEPTH = 100000 };
    size_t n = DEPTH * 13 + 64, o = 0, i;
    char *html = malloc(n);
    const char *t;
    CU_ASSERT_PTR_NOT_NULL_FATAL(html);
    o += (size_t)sprintf(html, "<html><body>");
    for (i = 0; i < DEPTH; i++) {
        memcpy(html + o, i % 2 ? "<div>" : "<span>", i % 2 ? 5 : 6);
        o += i % 2 ? 5 : 6;
    }
    o += (size_t)sprintf(html + o, "deep text");
    for (i = DEPTH; i-- > 0; ) {
        memcpy(html + o, i % 2 ? "</div>" : "</span>", i % 2 ? 6 : 7);
        o += i % 2 ? 6 : 7;
    }
    t = render_n(html, o);
    free(html);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "deep text"));

    /* tables nested deeper than they are laid out as columns */
    html = malloc(DEPTH / 10 * 30 + 64);
    CU_ASSERT_PTR_NOT_NULL_FATAL(html);
    o = 0;
    for (i = 0; i < DEPTH / 10; i++)
        o += (size_t)sprintf(html + o, "<table><tr><td>%s", i == 0 ? "x" : "");
    o += (size_t)sprintf(html + o, "inner");
    t = render_n(html, o);
    free(html);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "inner"));
}

static void test_huge_tables_stay_small(void)
{
    size_t n = 10000 * 10 + 200, o = 0, i;
    char *html = malloc(n);
    const char *t;
    CU_ASSERT_PTR_NOT_NULL_FATAL(html);
    t = render("<table><tr><td colspan=1000000 rowspan=1000000>a</td><td>b</td></tr>"
               "<tr><td>c</td><td colspan=99999999999999999999>d</td></tr></table>");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_TRUE(doc.len < 100);
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "a"));
    CU_ASSERT_PTR_NOT_NULL(strstr(t, "d"));
    o += (size_t)sprintf(html, "<table><tr>");
    for (i = 0; i < 10000; i++)
        o += (size_t)sprintf(html + o, "<td>%c</td>", 'a' + (int)(i % 26));
    o += (size_t)sprintf(html + o, "</tr></table>");
    t = render_n(html, o);
    free(html);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    /* all 10,000 cells there, in little more than their own size */
    CU_ASSERT_TRUE(doc.len >= 20000);
    CU_ASSERT_TRUE(doc.len < 60000);
    CU_ASSERT_TRUE(arena.total < 8 * 1024 * 1024);
}

static void test_source_map(void)
{
    const char *html =
        "<html><body>\n"
        "<p>first line</p>\n"
        "<table><tr><td>Delaware</td>\n"
        "<td>1-2345</td></tr>\n"
        "<tr><td>(State)</td><td>(File)</td></tr></table>\n"
        "<p>AT&amp;T here</p>\n"
        "<p>\xe2\x80\x9cq\xe2\x80\x9d word</p>\n";
    f8k_html_pos pos;
    uint32_t l, c;
    size_t off;
    CU_ASSERT_PTR_NOT_NULL_FATAL(render(html));
    CU_ASSERT_EQUAL(f8k_html_pos_init(&arena, source, source_len, &pos), 0);
    /* "line" of "first line", exactly */
    CU_ASSERT_EQUAL(f8k_html_source(&doc, line_no("first"), col_of("line"), &off), 0);
    CU_ASSERT_EQUAL(strncmp(source + off, "line</p>", 8), 0);
    f8k_html_pos_of(&pos, off, &l, &c);
    CU_ASSERT_EQUAL(l, 2);
    CU_ASSERT_EQUAL(c, 10);
    /* a value in a second column */
    CU_ASSERT_EQUAL(f8k_html_source(&doc, line_no("1-2345"), col_of("1-2345") + 2, &off), 0);
    CU_ASSERT_EQUAL(strncmp(source + off, "2345", 4), 0);
    f8k_html_pos_of(&pos, off, &l, &c);
    CU_ASSERT_EQUAL(l, 4);
    CU_ASSERT_EQUAL(f8k_html_source(&doc, line_no("(File)"), col_of("(File)"), &off), 0);
    f8k_html_pos_of(&pos, off, &l, &c);
    CU_ASSERT_EQUAL(l, 5);
    /* after an entity: on its source line */
    CU_ASSERT_EQUAL(f8k_html_source(&doc, line_no("AT&T"), col_of("here"), &off), 0);
    CU_ASSERT_EQUAL(strncmp(source + off, "here", 4), 0);
    /* folded quotes are one character each */
    CU_ASSERT_EQUAL(f8k_html_source(&doc, line_no("\"q\""), col_of("word"), &off), 0);
    CU_ASSERT_EQUAL(strncmp(source + off, "word", 4), 0);
    CU_ASSERT_EQUAL(f8k_html_source(&doc, line_no("\"q\""), col_of("q"), &off), 0);
    CU_ASSERT_EQUAL(source[off], 'q');
    /* out of range: nearest valid */
    CU_ASSERT_EQUAL(f8k_html_source(&doc, 999, 1, &off), -1);
    CU_ASSERT_TRUE(off < source_len);
    CU_ASSERT_EQUAL(f8k_html_source(&doc, 1, 500, &off), -1);
    CU_ASSERT_EQUAL(f8k_html_source(&doc, 0, 1, &off), -1);
}

static void test_pos(void)
{
    /* tabs to columns of 8, UTF-8 characters, checkpoints inside a long
     * line */
    char big[1200];
    f8k_html_pos p;
    uint32_t l, c;
    memset(big, 'x', sizeof big);
    memcpy(big, "a\n\tb\xc3\xa9z\n", 8);
    big[sizeof big - 1] = '\n';
    f8k_arena_free(&arena);
    f8k_arena_init(&arena);
    CU_ASSERT_EQUAL(f8k_html_pos_init(&arena, big, sizeof big, &p), 0);
    f8k_html_pos_of(&p, 0, &l, &c);
    CU_ASSERT(l == 1 && c == 1);
    f8k_html_pos_of(&p, 3, &l, &c);        /* b after the tab */
    CU_ASSERT(l == 2 && c == 9);
    f8k_html_pos_of(&p, 6, &l, &c);        /* z after e-acute */
    CU_ASSERT(l == 2 && c == 11);
    f8k_html_pos_of(&p, 1000, &l, &c);
    CU_ASSERT(l == 3 && c == 1000 - 8 + 1);
    f8k_html_pos_of(&p, 99999, &l, &c);
    CU_ASSERT(l == 4 && c == 1);
}

static void test_edgar_wrapper_and_meta(void)
{
    const char *t = render(
        "<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<FILENAME>d8k.htm\n<DESCRIPTION>FORM 8-K\n<TEXT>\n"
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
        "<body><p>Soci\xc3\xa9t\xc3\xa9</p></body></html>\n</TEXT>\n</DOCUMENT>\n");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(t, "Soci\xc3\xa9t\xc3\xa9\n");
}

static void test_out_of_memory(void)
{
    f8k_arena a;
    f8k_html h;
    const char *html = "<table><tr><td>a</td><td>b</td></tr></table><p>text text</p>";
    size_t lim;
    int fails = 0, oks = 0;
    /* every budget either renders or fails cleanly */
    for (lim = 1024; lim < 2u << 20; lim *= 2) {
        f8k_arena_init(&a);
        a.limit = lim;
        if (f8k_html_render(&a, html, strlen(html), &h) == 0)
            oks++;
        else
            fails++;
        f8k_arena_free(&a);
    }
    CU_ASSERT_TRUE(fails > 0);
    CU_ASSERT_TRUE(oks > 0);
}

static int cleanup(void)
{
    f8k_arena_free(&arena);
    return 0;
}

int add_html_tests(void)
{
    CU_pSuite s = CU_add_suite("html", NULL, cleanup);
    f8k_arena_init(&arena);
    if (s == NULL)
        return 1;
    return CU_add_test(s, "detect", test_detect) == NULL ||
           CU_add_test(s, "value row over caption row", test_value_row_over_caption_row) == NULL ||
           CU_add_test(s, "value<br>caption in a cell", test_value_br_caption_in_cell) == NULL ||
           CU_add_test(s, "blocks and paragraphs", test_blocks_and_paragraphs) == NULL ||
           CU_add_test(s, "page marks", test_page_marks) == NULL ||
           CU_add_test(s, "folding", test_folding) == NULL ||
           CU_add_test(s, "folding, step by step", test_folding_steps) == NULL ||
           CU_add_test(s, "text origin", test_text_origin) == NULL ||
           CU_add_test(s, "check boxes", test_check_boxes) == NULL ||
           CU_add_test(s, "hidden content", test_hidden) == NULL ||
           CU_add_test(s, "ix:header facts, contexts", test_ix_header_facts) == NULL ||
           CU_add_test(s, "ix continuation, exclude", test_ix_continuation_exclude) == NULL ||
           CU_add_test(s, "colspan, rowspan", test_spans) == NULL ||
           CU_add_test(s, "table: the grid", test_table_grid) == NULL ||
           CU_add_test(s, "table: spacer columns", test_table_spacer_columns) == NULL ||
           CU_add_test(s, "table: column widths", test_table_widths) == NULL ||
           CU_add_test(s, "table: too wide for columns", test_table_too_wide) == NULL ||
           CU_add_test(s, "table: over the budget", test_table_over_budget) == NULL ||
           CU_add_test(s, "table: rows as lines", test_table_rows) == NULL ||
           CU_add_test(s, "table, row and cell nodes", test_table_nodes) == NULL ||
           CU_add_test(s, "one column, nested tables", test_one_column_and_nested) == NULL ||
           CU_add_test(s, "cell wrap", test_cell_wrap) == NULL ||
           CU_add_test(s, "100,000 deep", test_deep_nesting) == NULL ||
           CU_add_test(s, "huge spans and rows", test_huge_tables_stay_small) == NULL ||
           CU_add_test(s, "source map", test_source_map) == NULL ||
           CU_add_test(s, "source map, trailing blanks", test_source_map_trailing_blanks) == NULL ||
           CU_add_test(s, "source positions", test_pos) == NULL ||
           CU_add_test(s, "EDGAR wrapper, meta charset", test_edgar_wrapper_and_meta) == NULL ||
           CU_add_test(s, "out of memory", test_out_of_memory) == NULL;
}
