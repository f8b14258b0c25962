/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* test_scan.c - the scanner classifies each line. */
#include <stdio.h>
#include <string.h>
#include "tests.h"
#include "text.h"
#include "captions.h"
#include "scan_support.h"
#include "scan.h"

typedef void token_fn(int t, const F8K_YYSTYPE *v, const F8K_YYLTYPE *loc,
                      void *ctx);

/* Scan TEXT, calling FN for each token; returns 0, or -1 on failure. */
static int scan_each(const char *text, token_fn *fn, void *ctx)
{
    f8k_doc doc;
    struct f8k_scan_extra x;
    yyscan_t sc;
    F8K_YYSTYPE v;
    F8K_YYLTYPE loc;
    size_t n;
    char *buf;
    int t;

    memset(&doc, 0, sizeof doc);
    f8k_arena_init(&doc.arena);
    memset(&x, 0, sizeof x);
    x.doc = &doc;
    x.line = 1;
    buf = f8k_text_clean(&doc.arena, text, strlen(text), &n);
    if (buf == NULL || f8k_yylex_init_extra(&x, &sc) != 0) {
        f8k_arena_free(&doc.arena);
        return -1;
    }
    f8k_yy_scan_buffer(buf, n + 2, sc);
    while ((t = f8k_yylex(&v, &loc, sc)) != 0)
        fn(t, &v, &loc, ctx);
    f8k_yylex_destroy(sc);
    f8k_arena_free(&doc.arena);
    return 0;
}

struct collect {
    int      *toks;
    unsigned *lines;
    int       k, max;
};

static void collect_one(int t, const F8K_YYSTYPE *v, const F8K_YYLTYPE *loc,
                        void *ctx)
{
    struct collect *c = ctx;
    (void)v;
    if (c->k >= c->max)
        return;
    if (c->lines)
        c->lines[c->k] = (unsigned)loc->first_line;
    c->toks[c->k++] = t;
}

/* Scan TEXT; store up to MAX token codes in TOKS, returns how many. */
static int scan_all(const char *text, int *toks, int max, unsigned *lines)
{
    struct collect c;
    c.toks = toks;
    c.lines = lines;
    c.k = 0;
    c.max = max;
    return scan_each(text, collect_one, &c) == 0 ? c.k : -1;
}

static int kind_of(const char *line)
{
    int t[4];
    return scan_all(line, t, 4, NULL) == 1 ? t[0] : -1;
}

/* The tokens of LINE, as a string of letters, one a token: I item, N not
 * applicable, 9 number, p paragraph letter, & separator, t through, c
 * caption, $ end of line; H SIGNATURE heading, S signature line, d its
 * "Date", m its mark, n its name, D date line; T text, _ blank, P page;
 * R exhibit row, W "Exhibit", w "Ex", # its number, . a dot after it, -
 * the blanks before its description, ~ the description; x anything
 * else. */
static const char *pieces_of(const char *line)
{
    static char out[32];
    int t[31], n = scan_all(line, t, 31, NULL), i;
    for (i = 0; i < n && i < 31; i++)
        out[i] = t[i] == F8K_T_ITEM ? 'I' : t[i] == F8K_T_ITEMS_NA ? 'N' :
                 t[i] == F8K_T_ITEM_NUM ? '9' : t[i] == F8K_T_ITEM_PARA ? 'p' :
                 t[i] == F8K_T_ITEM_AND ? '&' : t[i] == F8K_T_ITEM_THROUGH ? 't' :
                 t[i] == F8K_T_ITEM_CAPTION ? 'c' : t[i] == F8K_T_LINE_END ? '$' :
                 t[i] == F8K_T_SIGNATURE ? 'H' : t[i] == F8K_T_SIGNER ? 'S' :
                 t[i] == F8K_T_SIG_DATED ? 'd' : t[i] == F8K_T_SIG_MARK ? 'm' :
                 t[i] == F8K_T_SIG_NAME ? 'n' : t[i] == F8K_T_DATE_LINE ? 'D' :
                 t[i] == F8K_T_TEXT ? 'T' : t[i] == F8K_T_BLANK ? '_' :
                 t[i] == F8K_T_CHECK ? 'C' : t[i] == F8K_T_CHECK_MARK ? 'k' :
                 t[i] == F8K_T_RULE_425 ? '4' : t[i] == F8K_T_RULE_14A12 ? 'a' :
                 t[i] == F8K_T_RULE_14D2 ? 'b' : t[i] == F8K_T_RULE_13E4 ? 'e' :
                 t[i] == F8K_T_ROW ? 'R' : t[i] == F8K_T_EXH_EXHIBIT ? 'W' :
                 t[i] == F8K_T_EXH_EX ? 'w' : t[i] == F8K_T_EXH_NUMBER ? '#' :
                 t[i] == F8K_T_EXH_PUNCT ? '.' : t[i] == F8K_T_EXH_SEP ? '-' :
                 t[i] == F8K_T_EXH_DESCRIPTION ? '~' : t[i] == F8K_T_PAGE ? 'P' : 'x';
    out[n < 0 ? 0 : i] = '\0';
    return out;
}

static void test_item_headings(void)
{
    /* an item heading is a line of several tokens: keyword, numbers,
     * separators, caption, end of line; a separator before what is no
     * item number dangles ("Item 5 - 2003"); "and" as a word of the
     * caption is no separator */
    static const char *const cases[][2] = {
        { "Item 5.  Other Events.\n", "I9c$" },
        { "ITEM 5 - OTHER EVENTS\n", "I9c$" },
        { "Item5. Other Events\n", "I9c$" },
        { "   Item 2.02 Results of Operations\n", "I9c$" },
        { "Item 2. 02 Results\n", "I9c$" },
        { "Items 2.02 and 9.01.\n", "I9&9$" },
        { "Item 7.\n", "I9$" },
        { "Item 7. ------\n", "I9$" },
        { "Items 1.01(a) and 5.02(e) Amendment\n", "I9p&9pc$" },
        { "Items 1 through 4, 6 and 8 Not Applicable.\n", "N9t9&9&9c$" },
        { "Item 5 - 2003 Results\n", "I9&c$" },
        { "Item 9.01 and Exhibits\n", "I9c$" },
        { "Item 5 Andover\n", "I9c$" },
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
        CU_ASSERT_STRING_EQUAL(pieces_of(cases[i][0]), cases[i][1]);
    CU_ASSERT_EQUAL(kind_of("Itemized costs were high.\n"), F8K_T_TEXT);
    CU_ASSERT_EQUAL(kind_of("Item 405 of Regulation S-K\n"), F8K_T_TEXT);
}

/* The values of the pieces: numbers and caption as spans of the line. */
static void check_piece(int t, const F8K_YYSTYPE *v, const F8K_YYLTYPE *loc,
                        void *ctx)
{
    static const char *const want[] = { "2. 02", "9.01", "Results \u2013 Exhibits" };
    size_t *k = ctx;
    (void)loc;
    if (t == F8K_T_ITEM) {
        CU_ASSERT_EQUAL(v->line->indent, 8);       /* the tab, expanded */
    } else if ((t == F8K_T_ITEM_NUM || t == F8K_T_ITEM_CAPTION) && *k < 3) {
        CU_ASSERT_EQUAL(v->piece.len, strlen(want[*k]));
        CU_ASSERT_NSTRING_EQUAL(v->piece.text, want[*k], strlen(want[*k]));
        /* offsets in the line's text, tabs expanded */
        CU_ASSERT_PTR_EQUAL(v->piece.text, v->piece.line->text + v->piece.col);
        if (*k == 0)
            CU_ASSERT_EQUAL(v->piece.col, 14);
        (*k)++;
    }
}

/* A signature block is read in a start condition of its own: the same
 * lines outside it are text. */
static void test_signature_lines(void)
{
    static const char *const cases[][2] = {
        { "By: /s/ Jane Q. Doe\nDate: May 1, 2003\n", "TT" },
        { "SIGNATURES\nBy: /s/ Jane Q. Doe\nDate: May 1, 2003\n", "HSmn$D" },
        { "SIGNATURES\n   /s/ Jane Q. Doe\n", "HSmn$" },
        { "SIGNATURES\nBy:\n   // John Roe\n", "HSm$Smn$" },
        { "SIGNATURES\nDate: May 6, 2020   By: /s/ T. Brennan\n", "HSdmn$" },
        { "SIGNATURES\nhttp://example.com\nThe date\n\nItem 5. Other\n", "HTT_I9c$" },
        /* after the next region's heading, a "/s/" line is text again */
        { "SIGNATURES\nItem 5. Other\nBy: /s/ Jane Q. Doe\n", "HI9c$T" },
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
        CU_ASSERT_STRING_EQUAL(pieces_of(cases[i][0]), cases[i][1]);
}

/* In an item's text and an exhibit index, a line that begins with an
 * exhibit number is read in pieces; in the cover it is text. */
static void test_exhibit_rows(void)
{
    static const char *const cases[][2] = {
        { "99.1   Press release\n", "T" },
        { "Item 7. Exhibits\n99.1   Press release\n", "I9c$R#-~$" },
        { "EXHIBIT INDEX\nExhibit 10.1 - Credit agreement\n", "xRW#-~$" },
        { "EXHIBIT INDEX\n  EX-99.1:  Press release\n", "xRw#.-~$" },
        { "EXHIBIT INDEX\n(1)  Letter\nNo. 5 Plan\n", "xR#-~$R#-~$" },
        /* no number: "10.1a", "2003-" ; a page mark; no description */
        { "EXHIBIT INDEX\n10.1a Agreement\n99.1-Press\n- 12 - <PAGE>\n99.1\n", "xTTPT" },
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
        CU_ASSERT_STRING_EQUAL(pieces_of(cases[i][0]), cases[i][1]);
}

static void test_item_pieces(void)
{
    size_t k = 0;
    CU_ASSERT_EQUAL(scan_each("\tItems 2. 02 & 9.01 -- Results \u2013 Exhibits ---\n",
                              check_piece, &k), 0);
    CU_ASSERT_EQUAL(k, 3);
}

static void test_noise(void)
{
    CU_ASSERT_EQUAL(kind_of("\xc3\x8a\xc2\xb6n \xc3\xa7\xc3\xbc t\xc3\x96" "2m\xc3\x9a \xc3\x98 "
                            ">a\xc3\x91\xc3\x94\xc3\xb8\n"), F8K_T_GARBLED);
    /* a name with accents is text */
    CU_ASSERT_EQUAL(kind_of("Soci\xc3\xa9t\xc3\xa9 G\xc3\xa9n\xc3\xa9rale, Z\xc3\xbcrich\n"), F8K_T_TEXT);
}

static void test_cover_lines(void)
{
    CU_ASSERT_EQUAL(kind_of("      SECURITIES AND EXCHANGE COMMISSION\n"), F8K_T_TITLE);
    CU_ASSERT_EQUAL(kind_of("Washington, D.C. 20549\n"), F8K_T_TITLE);
    CU_ASSERT_EQUAL(kind_of("          FORM 8-K\n"), F8K_T_FORM);
    CU_ASSERT_EQUAL(kind_of("FORM 8-K/A\n"), F8K_T_FORM_AMENDED);
    CU_ASSERT_EQUAL(kind_of("FORM 8-K (Amendment No. 1)\n"), F8K_T_FORM_AMENDED);
    CU_ASSERT_EQUAL(kind_of("FORM 8-K / A\n"), F8K_T_FORM);
    CU_ASSERT_EQUAL(kind_of("FORM 10-Q\n"), F8K_T_FORM_OTHER);
    CU_ASSERT_EQUAL(kind_of("(Commission File Number)\n"), F8K_T_CAPTION);
    CU_ASSERT_EQUAL(kind_of("      of Incorporation)          Identification No.)\n"), F8K_T_CAPTION);
    CU_ASSERT_EQUAL(kind_of("Date of Report (Date of earliest event reported): May 1, 2000\n"), F8K_T_CAPTION);
    CU_ASSERT_EQUAL(kind_of("        (978) 692-8999\n"), F8K_T_TEXT);
    /* check boxes: C line, k mark, 4 Rule 425, a 14a-12, b 14d-2, e
     * 13e-4, $ end of line */
    CU_ASSERT_STRING_EQUAL(pieces_of("[X] Written communications pursuant to Rule 425\n"), "Ck4$");
    CU_ASSERT_STRING_EQUAL(pieces_of("|_| Soliciting material pursuant to Rule 14a-12\n"), "Cka$");
    CU_ASSERT_STRING_EQUAL(pieces_of("x Pre-commencement communications pursuant to Rule 13e-4(c)\n"), "Cke$");
    CU_ASSERT_STRING_EQUAL(pieces_of("Pre-commencement communications (Rule 14d-2(b))\n"), "Cb$");
}

/* A line is a caption by its first words: the rows of captions.def that
 * open one, their blanks any run of blanks or tabs. */
static void test_caption_words(void)
{
    size_t k;
    char line[96];
    for (k = 0; k < f8k_ncaptions; k++) {
        const f8k_caption_def *c = &f8k_captions[k];
        snprintf(line, sizeof line, "   %sxyz\n", c->words);
        /* "(date of": a parenthesis opens a caption anyway (CAP_OPEN) */
        CU_ASSERT_EQUAL(kind_of(line), c->opens || c->words[0] == '(' ? F8K_T_CAPTION : F8K_T_TEXT);
    }
    CU_ASSERT_EQUAL(kind_of("Commission  File Number\n"), F8K_T_CAPTION);
    CU_ASSERT_EQUAL(kind_of("Commission\t\tFile Number\n"), F8K_T_CAPTION);
    CU_ASSERT_EQUAL(kind_of("Commission approved the merger\n"), F8K_T_TEXT);
    CU_ASSERT_EQUAL(kind_of("IRS\tEmployer No.\n"), F8K_T_CAPTION);
    CU_ASSERT_EQUAL(kind_of("IRSA Holdings\n"), F8K_T_TEXT);
    CU_ASSERT_EQUAL(kind_of("Registrant's \t telephone number\n"), F8K_T_CAPTION);
    CU_ASSERT_EQUAL(kind_of("DATE   OF REPORT\n"), F8K_T_CAPTION);
    CU_ASSERT_EQUAL(kind_of("Dated May 1\n"), F8K_T_TEXT);
    CU_ASSERT_EQUAL(kind_of("The telephone rang\n"), F8K_T_TEXT);
    /* a caption with accented letters is a caption, not line noise */
    CU_ASSERT_EQUAL(kind_of("Jurisdiction \xc3\xa0 \xc3\xa9 \xc3\xa8 \xc3\xaa \xc3\xab \xc3\xae "
                            "\xc3\xaf \xc3\xb4 \xc3\xbb \xc3\xbc\n"), F8K_T_CAPTION);
    CU_ASSERT_EQUAL(kind_of("Juris \xc3\xa0 \xc3\xa9 \xc3\xa8 \xc3\xaa \xc3\xab \xc3\xae "
                            "\xc3\xaf \xc3\xb4 \xc3\xbb \xc3\xbc\n"), F8K_T_GARBLED);
}

static void test_body_lines(void)
{
    CU_ASSERT_EQUAL(kind_of("        SIGNATURES\n"), F8K_T_SIGNATURE);
    CU_ASSERT_EQUAL(kind_of("S I G N A T U R E\n"), F8K_T_SIGNATURE);
    CU_ASSERT_EQUAL(kind_of("Pursuant to the requirements of the Securities\n"), F8K_T_SIG_INTRO);
    CU_ASSERT_EQUAL(kind_of("   EXHIBIT INDEX\n"), F8K_T_EXHIBIT_INDEX);
    CU_ASSERT_EQUAL(kind_of("  (c) Exhibits.\n"), F8K_T_EXHIBITS_SUB);
    CU_ASSERT_EQUAL(kind_of("<PAGE>\n"), F8K_T_PAGE);
    CU_ASSERT_EQUAL(kind_of("      -1-<PAGE>\n"), F8K_T_PAGE);
    CU_ASSERT_EQUAL(kind_of("             2\n"), F8K_T_PAGE);
    CU_ASSERT_EQUAL(kind_of("   ----------   ======\n"), F8K_T_RULE);
    CU_ASSERT_EQUAL(kind_of("   \t \n"), F8K_T_BLANK);
}

static void test_locations_and_form_feed(void)
{
    int t[8];
    unsigned l[8];
    int n = scan_all("one\n\ftwo\nthree", t, 8, l);
    CU_ASSERT_EQUAL_FATAL(n, 4);
    CU_ASSERT_EQUAL(t[0], F8K_T_TEXT);
    CU_ASSERT_EQUAL(t[1], F8K_T_PAGE);
    CU_ASSERT_EQUAL(t[2], F8K_T_TEXT);
    CU_ASSERT_EQUAL(l[0], 1);
    CU_ASSERT_EQUAL(l[2], 2);
    CU_ASSERT_EQUAL(l[3], 3);
}

int add_scan_tests(void)
{
    CU_pSuite s = CU_add_suite("scanner", NULL, NULL);
    return !s || !CU_add_test(s, "item headings", test_item_headings) ||
           !CU_add_test(s, "item heading pieces", test_item_pieces) ||
           !CU_add_test(s, "signature block lines", test_signature_lines) ||
           !CU_add_test(s, "exhibit rows", test_exhibit_rows) ||
           !CU_add_test(s, "line noise", test_noise) ||
           !CU_add_test(s, "cover lines", test_cover_lines) ||
           !CU_add_test(s, "caption lines by their words", test_caption_words) ||
           !CU_add_test(s, "body lines", test_body_lines) ||
           !CU_add_test(s, "locations, form feed", test_locations_and_form_feed);
}
