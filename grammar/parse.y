/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* parse.y - what a Form 8-K is, as filed on EDGAR (plain text since
 * 1993; HTML since 2001, which src/front renders into the same lines).
 *
 * Read this file top to bottom as the specification of what form8k
 * accepts.  Most tokens are whole lines, classified by scan.l (a title
 * line, a cover caption, a blank line, ...); the lines that have an inner
 * structure - an item heading, a check box, a signature line - come as
 * several tokens (a keyword token carrying the line, then its pieces), so
 * that their syntax is stated here too.  A Form 8-K is:
 *
 *   filing      = cover page, then body
 *   cover page  = the title block (SECURITIES AND EXCHANGE COMMISSION,
 *                 FORM 8-K or 8-K/A, CURRENT REPORT, ...), field blocks
 *                 (value lines printed over their caption lines, captions
 *                 alone), the four check boxes (since August 2004);
 *                 blank lines, rules and page marks between, in any order
 *   body        = regions in any order:
 *     item        "Item 2.02 Results of Operations ..." or "Items 2.02 and
 *                 9.01 ...": the heading's numbers and caption, its text,
 *                 its "(c) Exhibits" sub-paragraphs
 *     not applicable  "Items 1 through 4, 6 and 8 Not Applicable."
 *     signatures  SIGNATURE(S) or "Pursuant to the requirements of ...":
 *                 signature lines (/s/, //, By:), names, titles, dates
 *     exhibit index   EXHIBIT INDEX and the rows of exhibits
 *
 * Actions only build the tree (ast.h).  What the grammar cannot see is
 * left to the passes: which value belongs to which caption, in which
 * column (src/passes/cover.c); which name and title belong to which
 * signer, which rows are exhibits (src/passes/body.c); what the values
 * mean (src/passes/normalize.c).  Error productions resynchronise at the
 * next line that fits the region (or the cover), so one unreadable line
 * costs one warning, not the document.  All nodes live in the document's
 * arena.
 */

%code requires {
#include "ast.h"
/* A check-box line of the cover: the line, the rules its text names, the
 * mark before its text. */
typedef struct f8k_check_line {
    f8k_line  *line;
    unsigned   rules;   /* 1 << enum f8k_check, for each rule it names */
    f8k_piece  mark;
} f8k_check_line;
/* The numbers of a heading, in order, with O(1) append. */
typedef struct f8k_num_list {
    f8k_item_num *head, *tail;
} f8k_num_list;
#ifndef YY_TYPEDEF_YY_SCANNER_T
#define YY_TYPEDEF_YY_SCANNER_T
typedef void *yyscan_t;
#endif
}

%code provides {
int f8k_yylex(F8K_YYSTYPE *lval, F8K_YYLTYPE *lloc, yyscan_t scanner);
}

%code {
#include <string.h>
/* pipeline.c: the position of the scanner's last token. */
f8k_loc f8k_scan_loc(void *scanner);

/* The parser's stack: bison's local arrays of YYINITDEPTH entries, never
 * grown (YYMAXDEPTH the same), so the parser allocates nothing and its
 * depth is bounded whatever the input.  Every list of this grammar is
 * left-recursive, so the stack holds a handful of symbols for a region
 * of any length (the filings of the corpus need fewer than 24); 200 is
 * far beyond any layout.  Were it ever full, that is a layout nested
 * too deep (F8K-E007, f8k_yyerror), not a lack of memory: bison says
 * "memory exhausted" for both, and doc->nomem tells them apart. */
#define YYINITDEPTH 200
#define YYMAXDEPTH YYINITDEPTH

static void f8k_yyerror(F8K_YYLTYPE *loc, yyscan_t scanner, f8k_doc *doc,
                        f8k_filing *filing, const char *msg);
static void lines_add(f8k_lines *l, f8k_line *line);

static f8k_block *block_new(f8k_doc *doc);
static f8k_region *region_new(f8k_doc *doc, f8k_filing *f,
                              f8k_region_kind kind, f8k_line *heading,
                              f8k_lines lines);
/* The lines of an item end where its exhibit sub-paragraphs begin; they
 * are kept in the item's body in order, sub-headings included. */
static void lines_cat(f8k_lines *a, f8k_lines b);
static f8k_item *item_new(f8k_doc *doc, f8k_line *heading, f8k_num_list nums,
                          f8k_piece caption);
static f8k_item_num *num_new(f8k_doc *doc, f8k_piece span);
static void item_add(f8k_filing *f, f8k_item *it);
}

/* A pure (reentrant) parser: no globals, so the library can parse in
 * many threads at once. */
%define api.pure full
/* Symbols are prefixed so the library exports no yy* names. */
%define api.prefix {f8k_yy}
%define api.token.prefix {F8K_T_}
/* Messages name what was expected, in words ("expected item heading"). */
%define parse.error detailed
/* Line and column of every region, for the diagnostics. */
%locations
/* The scanner and the document travel as parameters, not globals. */
%param {yyscan_t scanner}
%parse-param {f8k_doc *doc} {f8k_filing *filing}
/* No unresolved conflicts; keep it so.  The only ambiguity of the layout
 * - where a run of value lines or caption lines ends - is settled by the
 * precedences below, not by bison's defaults. */
%expect 0

%union {
    f8k_line   *line;
    f8k_lines   lines;
    f8k_block  *block;
    f8k_item   *item;
    f8k_piece   piece;
    f8k_item_num *num;
    f8k_num_list nums;
    f8k_check_line check;
    unsigned    kind;
}

/* Every semantic value points into the document's arena, which frees them
 * all in one call (f8k_doc_free) - also when a parse is abandoned - so the
 * destructors have nothing to release.  They are declared so that bison
 * -Wall proves every typed symbol is accounted for. */
%destructor { (void)$$; /* arena-owned */ } <line> <lines> <block> <item> <piece> <num> <nums> <check> <kind>

%token <line> TEXT          "text line"
%token <line> BLANK         "blank line"
%token <line> RULE          "rule line"
%token <line> PAGE          "page break"
%token <line> TITLE         "title-block line"
%token <line> FORM          "form type line (FORM 8-K)"
%token <line> FORM_AMENDED  "form type line of an amendment (FORM 8-K/A)"
%token <line> FORM_OTHER    "form type line of another form"
%token <line> CAPTION       "cover caption"
%token <line> CHECK         "check box"
%token <piece> CHECK_MARK   "mark of a check box"
%token <piece> RULE_425     "written communications (Rule 425)"
%token <piece> RULE_14A12   "soliciting material (Rule 14a-12)"
%token <piece> RULE_14D2    "Rule 14d-2(b)"
%token <piece> RULE_13E4    "Rule 13e-4(c)"
%token <line> CHECK_INTRO   "check-box instruction"
%token <line> ITEM          "item heading"
%token <line> ITEMS_NA      "list of items not applicable"
%token <line> SIGNATURE     "SIGNATURE heading"
%token <line> SIG_INTRO     "signature sentence (Pursuant to the requirements ...)"
%token <line> EXHIBIT_INDEX "exhibit index heading"
%token <line> EXHIBITS_SUB  "exhibits sub-heading ((c) Exhibits)"
%token <line> GARBLED       "unreadable line (line noise)"
/* The pieces of an item heading line (scan.l returns ITEM or ITEMS_NA for
 * its keyword, then these). */
%token <piece> ITEM_NUM      "item number"
%token <piece> ITEM_PARA     "paragraph letter of an item number"
%token <piece> ITEM_AND      "separator of item numbers (and, comma)"
%token <piece> ITEM_THROUGH  "through"
%token <piece> ITEM_CAPTION  "item caption"
%token <piece> LINE_END      "end of the line"
/* The lines of a signature block (scan.l reads them in its start
 * condition SIG): a signature line in pieces, a date line. */
%token <line> SIGNER        "signature line (/s/, By:)"
%token <piece> SIG_DATED    "Date before a signature"
%token <piece> SIG_MARK     "signature mark (/s/, //, By:)"
%token <piece> SIG_NAME     "name of a signer"
%token <line> DATE_LINE     "date line of a signature block"
/* A line that begins with an exhibit number, in pieces (scan.l reads
 * item texts and exhibit indexes in its start condition EXH). */
%token <line> ROW           "line that begins with an exhibit number"
%token <piece> EXH_EXHIBIT  "Exhibit"
%token <piece> EXH_EX       "Ex"
%token <piece> EXH_NUMBER   "exhibit number"
%token <piece> EXH_PUNCT    "dot after an exhibit number"
%token <piece> EXH_SEP      "blanks after an exhibit number"
%token <piece> EXH_DESCRIPTION "description of an exhibit"

/* A run of value lines, and a run of caption lines, extends as far as it
 * can ("longest match"): a value run takes the following text, blank and
 * rule lines and then its captions; a caption run takes the following
 * captions.  A field ends only when something else follows.  The rules
 * that end a run get the lowest precedence, the lines that extend it a
 * higher one, so bison shifts - the same device as the dangling else. */
%precedence RUN_END
%precedence TEXT BLANK RULE PAGE CAPTION

%type <lines> lines any_lines values captions signature_lines
%type <line>  line any_line gap title_line signer_line exhibit_row
%type <block> field
%type <item>  item_section item_heading not_applicable
%type <nums>  item_numbers item_number_list
%type <num>   item_number
%type <piece>  heading_caption separator signer_dated signer_name check_mark
%type <kind>  row_word
%type <check> check_box
%type <kind>  check_rules

%start filing

%%

/* A filing: its cover page, then its body.  The body begins at the first
 * line that opens a region (an item heading, SIGNATURES, ...). */
filing
  : cover body
  ;

/* ---------------------------------------------------------------- cover */

/* The cover page: the title block, field blocks and check boxes, in any
 * order and each maybe repeated (a joint filing prints one set of fields
 * per registrant). */
cover
  : %empty
  | cover cover_entry
  ;

cover_entry
  : title_line            { lines_add(&filing->cover.title, $1); }
  | field                 {
        f8k_cover *c = &filing->cover;
        if (c->blocks_tail) c->blocks_tail->next = $1; else c->blocks = $1;
        c->blocks_tail = $1;
    }
  | gap                   { (void)$1; }
  /* A line no rule takes (line noise): one warning, and the cover goes
   * on with the next line that fits. */
  | error
  ;

/* SECURITIES AND EXCHANGE COMMISSION / Washington, D.C. 20549 / FORM 8-K
 * / CURRENT REPORT / Pursuant to Section 13 or 15(d) ... - in any order:
 * 1994 filings put FORM 8-K first, most others put the Commission first. */
title_line
  : TITLE
  | FORM
  | FORM_AMENDED
  | FORM_OTHER
  ;

/* A field block.  The classic layout prints the values first and their
 * captions below them ("SONUS NETWORKS, INC." over "(Exact name of
 * registrant as specified in its charter)"); three-column blocks print
 * three values on one line and three captions below, wrapped over two
 * lines.  Blank lines and underline rules may stand between values and
 * captions.  Captions alone occur when the value is on the caption line
 * ("Registrant's telephone number, including area code: (408) 996-1010")
 * or below it (1994 filings print captions above values).  Value lines
 * with no caption (a date alone under the title block) are kept too. */
field
  : values captions %prec RUN_END { $$ = block_new(doc); if (!$$) YYNOMEM; $$->values = $1; $$->captions = $2; }
  | values %prec RUN_END  { $$ = block_new(doc); if (!$$) YYNOMEM; $$->values = $1; }
  | captions %prec RUN_END { $$ = block_new(doc); if (!$$) YYNOMEM; $$->captions = $1; }
  | check_box             {
        $$ = block_new(doc);
        if (!$$) YYNOMEM;
        $$->check = $1.line; $$->check_rules = $1.rules; $$->check_mark = $1.mark;
    }
  | CHECK_INTRO           { $$ = block_new(doc); if (!$$) YYNOMEM; (void)$1; /* the instruction: no value of a caption */ }
  ;

values
  : TEXT                  { $$.head = $$.tail = NULL; lines_add(&$$, $1); }
  | values TEXT           { $$ = $1; lines_add(&$$, $2); }
  | values gap            { $$ = $1; lines_add(&$$, $2); }
  ;

captions
  : CAPTION               { $$.head = $$.tail = NULL; lines_add(&$$, $1); }
  | captions CAPTION      { $$ = $1; lines_add(&$$, $2); }
  ;

gap
  : BLANK
  | RULE
  | PAGE
  ;

/* "[X] Written communications pursuant to Rule 425 under the Securities
 * Act (17 CFR 230.425)" and the three boxes below it (Rules 14a-12,
 * 14d-2(b), 13e-4(c)), printed on covers since August 2004.  The mark
 * before the text says whether the box is checked; a line with no mark
 * is an unchecked box. */
check_box
  : CHECK check_mark check_rules LINE_END {
        $$.line = $1; $$.mark = $2; $$.rules = $3; (void)$4;
    }
  ;

/* The rules the text names: "Written communications pursuant to Rule
 * 425 ...", "Soliciting material pursuant to Rule 14a-12 ...",
 * "Pre-commencement communications pursuant to Rule 14d-2(b) ..." and
 * "... Rule 13e-4(c) ...". */
check_rules
  : %empty                { $$ = 0; }
  | check_rules RULE_425   { $$ = $1 | 1u << F8K_CHECK_WRITTEN; (void)$2; }
  | check_rules RULE_14A12 { $$ = $1 | 1u << F8K_CHECK_SOLICITING; (void)$2; }
  | check_rules RULE_14D2  { $$ = $1 | 1u << F8K_CHECK_TENDER; (void)$2; }
  | check_rules RULE_13E4  { $$ = $1 | 1u << F8K_CHECK_ISSUER_TENDER; (void)$2; }
  ;

check_mark
  : %empty                { memset(&$$, 0, sizeof $$); }
  | CHECK_MARK
  ;

/* ----------------------------------------------------------------- body */

/* The body: regions in any order - items in the order the filer chose,
 * the signatures before or after the exhibit index, a second signature
 * block for a second registrant. */
body
  : %empty
  | body region
  ;

/* A region: an item; a list of the items not applicable; a signature
 * block, under SIGNATURE(S) or, where the filing prints no heading, from
 * its sentence "Pursuant to the requirements of the Securities Exchange
 * Act of 1934, ..."; an exhibit index (after the signatures, or on a page
 * of its own at the end). */
region
  : item_section          { item_add(filing, $1); }
  | not_applicable lines  { $1->body = $2; item_add(filing, $1); }
  | SIGNATURE signature_lines { if (!region_new(doc, filing, F8K_REGION_SIGNATURES, $1, $2)) YYNOMEM; }
  | SIG_INTRO signature_lines {
        f8k_lines l = { NULL, NULL };
        lines_add(&l, $1); lines_cat(&l, $2);
        if (!region_new(doc, filing, F8K_REGION_SIGNATURES, NULL, l)) YYNOMEM;
    }
  | EXHIBIT_INDEX any_lines { if (!region_new(doc, filing, F8K_REGION_EXHIBIT_INDEX, $1, $2)) YYNOMEM; }
  ;

/* An item: its heading, its text, and sub-paragraphs such as "(c)
 * Exhibits" with their exhibit lists (Item 7 / Item 9.01). */
item_section
  : item_heading lines    { $$ = $1; $$->body = $2; }
  | item_section EXHIBITS_SUB lines {
        f8k_lines l = { NULL, NULL };
        $$ = $1;
        lines_add(&l, $2); lines_cat(&l, $3);
        lines_cat(&$$->body, l);
    }
  ;

/* An item heading line: "Item 5.  Other Events", "ITEM 2.02 - RESULTS
 * ...", "Items 2.02 and 9.01. Results ...", "Item 7." (the caption on the
 * next line, or none).  Both numberings: 1-12 (1993-2004) and 1.01-9.01
 * (since August 2004). */
item_heading
  : ITEM item_numbers heading_caption {
        $$ = item_new(doc, $1, $2, $3);
        if (!$$) YYNOMEM;
    }
  ;

/* "Items 1 through 4, 6 and 8 Not Applicable." - 1990s filings list the
 * items they do not report on; the words after the numbers are its
 * caption. */
not_applicable
  : ITEMS_NA item_numbers heading_caption {
        $$ = item_new(doc, $1, $2, $3);
        if (!$$) YYNOMEM;
        $$->not_applicable = 1;
    }
  ;

/* The numbers of a heading: one, a combination ("2.02 and 9.01", "1, 2 &
 * 3"), a range ("1 through 4").  A separator may dangle before the
 * caption when what follows it is no item number ("Item 5 - 2003
 * Results"); a heading whose first number is none ("Item 00.") has no
 * numbers. */
item_numbers
  : %empty                { $$.head = $$.tail = NULL; }
  | item_number_list
  | item_number_list separator { $$ = $1; (void)$2; }
  ;

item_number_list
  : item_number           { $$.head = $$.tail = $1; }
  | item_number_list ITEM_AND item_number {
        $$ = $1; $$.tail->next = $3; $$.tail = $3; (void)$2;
    }
  | item_number_list ITEM_THROUGH item_number {
        $$ = $1; $3->range = 1; $$.tail->next = $3; $$.tail = $3; (void)$2;
    }
  ;

separator
  : ITEM_AND
  | ITEM_THROUGH
  ;

/* "1.01(a)": a paragraph letter printed after the number ("Items 1.01(a)
 * and 5.02(e) ..."). */
item_number
  : ITEM_NUM              { $$ = num_new(doc, $1); if (!$$) YYNOMEM; }
  | ITEM_NUM ITEM_PARA    {
        $$ = num_new(doc, $1);
        if (!$$) YYNOMEM;
        $$->span.len = $2.col + $2.len - $1.col;
    }
  ;

/* The caption as printed on the heading line, less the punctuation
 * between it and the numbers and a rule glued to its end; absent ("Item
 * 7.") when the line ends after the numbers. */
heading_caption
  : LINE_END
  | ITEM_CAPTION LINE_END { $$ = $1; (void)$2; }
  ;

/* A signature block, after its heading ("SIGNATURE", or the sentence
 * "Pursuant to the requirements of the Securities Exchange Act of 1934,
 * the registrant has duly caused ..."): the registrant's name, for each
 * signer a signature line ("By: /s/ Jane Q. Doe", "/s/ Jane Q. Doe" on a
 * rule of underscores in HTML filings, "// Jane Q. Doe" in some 1990s
 * ones) with the typed name and title below it, and a date line; in any
 * order and layout (two columns put the date beside the signature).
 * Which name and title belong to which signer is a matter of columns:
 * the body pass reads them. */
signature_lines
  : %empty                { $$.head = $$.tail = NULL; }
  | signature_lines any_line    { $$ = $1; lines_add(&$$, $2); }
  | signature_lines signer_line { $$ = $1; lines_add(&$$, $2); }
  | signature_lines DATE_LINE   { $$ = $1; lines_add(&$$, $2); }
  | signature_lines error       { $$ = $1; }
  ;

/* "Date: May 6, 2020    By: /s/ Tomasz W. Brennan": most HTML 8-Ks
 * since 2010 sign in a table of two columns, the date at the left. */
signer_line
  : SIGNER signer_dated SIG_MARK signer_name LINE_END {
        f8k_signer *sg = f8k_doc_alloc(doc, sizeof *sg);
        if (!sg) YYNOMEM;
        sg->dated = $2.len > 0;
        sg->mark = $3;
        sg->name = $4;
        $1->signer = sg;
        $$ = $1;
        (void)$5;
    }
  ;

signer_dated
  : %empty                { memset(&$$, 0, sizeof $$); }
  | SIG_DATED
  ;

/* "By:" alone, or over a rule ("By: ________"), has no name: the "/s/"
 * line below it signs. */
signer_name
  : %empty                { memset(&$$, 0, sizeof $$); }
  | SIG_NAME
  ;

/* The lines inside a region: anything that does not open a new region.
 * Title and caption lines may recur in the body (a press release quotes
 * "Securities and Exchange Commission"); there they are just text. */
lines
  : %empty                { $$.head = $$.tail = NULL; }
  | lines line            { $$ = $1; lines_add(&$$, $2); }
  /* A line no rule takes (line noise, tests/errors/garbled-item): one
   * warning where it begins; the region goes on at the next line that
   * fits (a blank line, a page mark, text), or the next region begins. */
  | lines error           { $$ = $1; }
  ;

line
  : TEXT | BLANK | RULE | PAGE | TITLE | FORM | FORM_AMENDED | FORM_OTHER
  | CAPTION | CHECK_INTRO
  | check_box             { $$ = $1.line; }
  | exhibit_row
  ;

/* A line that begins with an exhibit number: "99.1   Press release dated
 * October 4, 1999", "Exhibit 10.1 - Credit Agreement", "(1) Letter ...".
 * Under "(c) Exhibits", in Item 7 / 9.01 and in an exhibit index such
 * lines are the rows of the list of exhibits (the body pass tells rows
 * from text by their columns).  The blanks after the number are always
 * there: scan.l's row pattern requires one (a "row_sep: %empty" was
 * never reduced, by any input; form8k coverage showed it). */
exhibit_row
  : ROW row_word EXH_NUMBER row_punct EXH_SEP EXH_DESCRIPTION LINE_END {
        f8k_row *r = f8k_doc_alloc(doc, sizeof *r);
        if (!r) YYNOMEM;
        r->exhibit_word = (int)$2;
        r->number = $3;
        r->sep = $5;
        r->desc = $6;
        $1->row = r;
        $$ = $1;
        (void)$7;
    }
  ;

row_word
  : %empty                { $$ = 0; }
  | EXH_EXHIBIT           { $$ = 1; (void)$1; }
  | EXH_EX                { $$ = 0; (void)$1; }
  ;

row_punct
  : %empty
  | EXH_PUNCT             { (void)$1; }
  ;


/* Signature blocks and exhibit indexes may also hold "(c) Exhibits". */
any_lines
  : %empty                { $$.head = $$.tail = NULL; }
  | any_lines any_line    { $$ = $1; lines_add(&$$, $2); }
  | any_lines error       { $$ = $1; }
  ;

any_line
  : line
  | EXHIBITS_SUB
  ;

%%

static void lines_add(f8k_lines *l, f8k_line *line)
{
    line->next = NULL;
    if (l->tail)
        l->tail->next = line;
    else
        l->head = line;
    l->tail = line;
}

static void lines_cat(f8k_lines *a, f8k_lines b)
{
    if (b.head == NULL)
        return;
    if (a->tail)
        a->tail->next = b.head;
    else
        a->head = b.head;
    a->tail = b.tail;
}

static f8k_item_num *num_new(f8k_doc *doc, f8k_piece span)
{
    f8k_item_num *n = f8k_doc_alloc(doc, sizeof *n);
    if (n != NULL)
        n->span = span;
    return n;
}

static f8k_item *item_new(f8k_doc *doc, f8k_line *heading, f8k_num_list nums,
                          f8k_piece caption)
{
    f8k_item *it = f8k_doc_alloc(doc, sizeof *it);
    if (it == NULL)
        return NULL;
    it->doc = doc;
    it->heading = heading;
    it->numbers = nums.head;
    it->caption_span = caption;
    return it;
}

static void item_add(f8k_filing *f, f8k_item *it)
{
    if (f->items_tail) f->items_tail->next = it; else f->items = it;
    f->items_tail = it;
}

static f8k_block *block_new(f8k_doc *doc)
{
    return f8k_doc_alloc(doc, sizeof(f8k_block));
}

static f8k_region *region_new(f8k_doc *doc, f8k_filing *f,
                              f8k_region_kind kind, f8k_line *heading,
                              f8k_lines lines)
{
    f8k_region *r = f8k_doc_alloc(doc, sizeof *r);
    if (r == NULL)
        return NULL;
    r->kind = kind;
    r->heading = heading;
    r->lines = lines;
    if (f->regions_tail) f->regions_tail->next = r; else f->regions = r;
    f->regions_tail = r;
    return r;
}

static void f8k_yyerror(F8K_YYLTYPE *loc, yyscan_t scanner, f8k_doc *doc,
                        f8k_filing *filing, const char *msg)
{
    /* the token's own position (the scanner keeps it) */
    f8k_loc l = f8k_scan_loc(scanner);
    (void)loc;
    (void)filing;
    if (strcmp(msg, YY_("memory exhausted")) == 0) {
        /* an allocation that failed set doc->nomem; else the stack */
        if (!doc->nomem)
            f8k_too_deep(doc, l, YYMAXDEPTH);
        return;
    }
    f8k_diag_add(doc, l, F8K_E_SYNTAX,
                 "%s; this region was skipped", msg);
}
