/* test_scan.c - the scanner classifies each line. */
#include <string.h>
#include "tests.h"
#include "text.h"
#include "scan_support.h"
#include "scan.h"

/* Scan TEXT; store up to MAX token codes in TOKS, returns how many. */
static int scan_all(const char *text, int *toks, int max, unsigned *lines)
{
    f8k_doc doc;
    struct f8k_scan_extra x;
    yyscan_t sc;
    F8K_YYSTYPE v;
    F8K_YYLTYPE loc;
    size_t n;
    char *buf;
    int k = 0, t;

    memset(&doc, 0, sizeof doc);
    f8k_arena_init(&doc.arena);
    memset(&x, 0, sizeof x);
    x.doc = &doc;
    x.line = 1;
    buf = f8k_text_clean(&doc.arena, text, strlen(text), &n);
    if (buf == NULL || f8k_yylex_init_extra(&x, &sc) != 0)
        return -1;
    f8k_yy_scan_buffer(buf, n + 2, sc);
    while ((t = f8k_yylex(&v, &loc, sc)) != 0 && k < max) {
        if (lines)
            lines[k] = (unsigned)loc.first_line;
        toks[k++] = t;
    }
    f8k_yylex_destroy(sc);
    f8k_arena_free(&doc.arena);
    return k;
}

static int kind_of(const char *line)
{
    int t[4];
    return scan_all(line, t, 4, NULL) == 1 ? t[0] : -1;
}

static void test_item_headings(void)
{
    CU_ASSERT_EQUAL(kind_of("Item 5.  Other Events.\n"), F8K_T_ITEM);
    CU_ASSERT_EQUAL(kind_of("ITEM 5 - OTHER EVENTS\n"), F8K_T_ITEM);
    CU_ASSERT_EQUAL(kind_of("Item5. Other Events\n"), F8K_T_ITEM);
    CU_ASSERT_EQUAL(kind_of("   Item 2.02 Results of Operations\n"), F8K_T_ITEM);
    CU_ASSERT_EQUAL(kind_of("Item 2. 02 Results\n"), F8K_T_ITEM);
    CU_ASSERT_EQUAL(kind_of("Items 2.02 and 9.01.\n"), F8K_T_ITEM);
    CU_ASSERT_EQUAL(kind_of("Item 7.\n"), F8K_T_ITEM);
    CU_ASSERT_EQUAL(kind_of("Items 1 through 4, 6 and 8 Not Applicable.\n"), F8K_T_ITEMS_NA);
    CU_ASSERT_EQUAL(kind_of("Itemized costs were high.\n"), F8K_T_TEXT);
}

static void test_cover_lines(void)
{
    CU_ASSERT_EQUAL(kind_of("      SECURITIES AND EXCHANGE COMMISSION\n"), F8K_T_TITLE);
    CU_ASSERT_EQUAL(kind_of("Washington, D.C. 20549\n"), F8K_T_TITLE);
    CU_ASSERT_EQUAL(kind_of("          FORM 8-K\n"), F8K_T_FORM);
    CU_ASSERT_EQUAL(kind_of("FORM 8-K/A\n"), F8K_T_FORM);
    CU_ASSERT_EQUAL(kind_of("FORM 10-Q\n"), F8K_T_FORM_OTHER);
    CU_ASSERT_EQUAL(kind_of("(Commission File Number)\n"), F8K_T_CAPTION);
    CU_ASSERT_EQUAL(kind_of("      of Incorporation)          Identification No.)\n"), F8K_T_CAPTION);
    CU_ASSERT_EQUAL(kind_of("Date of Report (Date of earliest event reported): May 1, 2000\n"), F8K_T_CAPTION);
    CU_ASSERT_EQUAL(kind_of("        (978) 692-8999\n"), F8K_T_TEXT);
    CU_ASSERT_EQUAL(kind_of("[X] Written communications pursuant to Rule 425\n"), F8K_T_CHECK);
    CU_ASSERT_EQUAL(kind_of("|_| Soliciting material pursuant to Rule 14a-12\n"), F8K_T_CHECK);
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
           !CU_add_test(s, "cover lines", test_cover_lines) ||
           !CU_add_test(s, "body lines", test_body_lines) ||
           !CU_add_test(s, "locations, form feed", test_locations_and_form_feed);
}
