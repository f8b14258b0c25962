/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* sub.y - the layout of an EDGAR submission file, as EDGAR serves it.
 *
 * Read this file top to bottom as the specification of the container
 * form8k accepts around a Form 8-K.  The tokens are whole lines,
 * classified by sub.l; this grammar says in which order they come:
 *
 *   submission = [PEM wrapper] container
 *   container  = <SEC-DOCUMENT> (or <IMS-DOCUMENT>) [header] body
 *              | <SUBMISSION> tagged header body
 *              | body                         (bare <DOCUMENT> blocks)
 *   header     = <SEC-HEADER> (or <IMS-HEADER>)
 *                  fields ("ACCESSION NUMBER: ...", <ACCEPTANCE-DATETIME>)
 *                  parties (FILER:, SUBJECT COMPANY:, FILED BY:), each a
 *                  list of sections (COMPANY DATA:, FILING VALUES:,
 *                  BUSINESS ADDRESS:, MAIL ADDRESS:, FORMER COMPANY:)
 *                  of fields (in 2000 each closed by its tag, as in
 *                  </COMPANY-DATA> and </FILER>, and the SIC value
 *                  broken before its "]")
 *                </SEC-HEADER>
 *   tagged     = leaf tags (<TYPE>8-K) and sections (<FILER> ... </FILER>)
 *   body       = documents, then the closing tags
 *   document   = <DOCUMENT> metadata tags [<TEXT> content </TEXT>]
 *                </DOCUMENT>
 *   content    = lines, wrapper tags (<XBRL>, <XML>, <PDF>) and uuencoded
 *                files ("begin 644 name" ... "end")
 *
 * A truncated file is still a submission: the closing tags are optional
 * and their absence is reported (F8K-W402); a body cut short by the next
 * document or by the container's closing tag ends there.  A line out of
 * place costs a diagnostic (F8K-W401), and parsing goes on with the next
 * document; a <TEXT> outside a document is such a line (sub.l opens a
 * body only inside a document).
 *
 * Actions only build the tree (submission.h); values are typed, binaries
 * decoded and the 8-K documents parsed afterwards (submission.c).
 */

%code requires {
#include "submission.h"
#ifndef YY_TYPEDEF_YY_SCANNER_T
#define YY_TYPEDEF_YY_SCANNER_T
typedef void *yyscan_t;
#endif
}

%code provides {
int f8k_sub_yylex(F8K_SUB_YYSTYPE *lval, F8K_SUB_YYLTYPE *lloc,
                  yyscan_t scanner);
}

%code {
#include <string.h>

/* The parser's stack: bison's local arrays of YYINITDEPTH entries, never
 * grown (YYMAXDEPTH the same), so the parser allocates nothing and its
 * depth is bounded whatever the input.  The lists are left-recursive;
 * only tags nested in tags (<FILER><COMPANY-DATA>...) take stack, two
 * entries a level.  EDGAR nests three or four levels (the corpus needs
 * fewer than 24 entries); 200 admit 96 levels, and the XML writer has
 * room for them (XW_MAX_DEPTH, src/output/xml.c).
 * Deeper nesting (12,000 <FILER> tags in 100 KB) is refused at the tag
 * where the stack is full with F8K-E007: bison says "memory exhausted"
 * for that as for an allocation that failed, and doc->nomem tells them
 * apart (the latter stays "out of memory"). */
#define YYINITDEPTH 200
#define YYMAXDEPTH YYINITDEPTH

static void f8k_sub_yyerror(F8K_SUB_YYLTYPE *loc, yyscan_t scanner,
                            f8k_doc *doc, const char *msg);
static void unclosed(f8k_doc *doc, F8K_SUB_YYLTYPE loc, const char *what);
#define SUB (doc->sub)
#define CUR_BIN (SUB->docs_tail != NULL ? SUB->docs_tail->binaries_tail : NULL)
}

%define api.pure full
%define api.prefix {f8k_sub_yy}
%define api.token.prefix {F8K_SUB_T_}
%define parse.error detailed
%locations
%param {yyscan_t scanner}
%parse-param {f8k_doc *doc}
%expect 0

%union {
    f8k_sline   line;
    f8k_hnode  *node;
    f8k_hnodes  nodes;
    f8k_binary *bin;
}

/* Values point into the cleaned buffer or the document's arena: nothing
 * to free one by one. */
%destructor { (void)$$; /* arena-owned */ } <line> <node> <nodes> <bin>

%token <line> PEM_BEGIN       "-----BEGIN PRIVACY-ENHANCED MESSAGE-----"
%token <line> PEM_END         "-----END PRIVACY-ENHANCED MESSAGE-----"
%token <line> PEM_FIELD       "PEM field"
%token <line> PEM_CONT        "PEM continuation line"
%token <line> SUBDOC_OPEN     "<SEC-DOCUMENT>"
%token <line> SUBDOC_CLOSE    "</SEC-DOCUMENT>"
%token <line> HEADER_OPEN     "<SEC-HEADER>"
%token <line> HEADER_CLOSE    "</SEC-HEADER>"
%token <line> SUBMISSION_OPEN "<SUBMISSION>"
%token <line> SUBMISSION_CLOSE "</SUBMISSION>"
%token <line> DOC_OPEN        "<DOCUMENT>"
%token <line> DOC_CLOSE       "</DOCUMENT>"
%token <line> TEXT_OPEN       "<TEXT>"
%token <line> TEXT_CLOSE      "</TEXT>"
%token <line> TEXT_STRAY      "<TEXT> outside a document"
%token <line> PARTY           "party heading (FILER:)"
%token <line> SECTION         "section heading (COMPANY DATA:)"
%token <line> FIELD           "header field (KEY: value)"
%token <line> SPLIT_FIELD     "header field after a broken value (]<tab>KEY: value)"
%token <line> LEAF            "tag with a value (<TYPE>8-K)"
%token <line> FLAWED          "<FLAWED>"
%token <line> TAG_OPEN        "opening tag"
%token <line> TAG_CLOSE       "closing tag"
%token <line> PARTY_CLOSE     "closing tag of a party (</FILER>)"
%token <line> JUNK            "line of text"
%token <line> WRAP_OPEN       "<XBRL>, <XML> or <PDF>"
%token <line> WRAP_CLOSE      "</XBRL>, </XML> or </PDF>"
%token <line> UU_BEGIN        "begin of a uuencoded file"
%token <line> UU_END          "end of a uuencoded file"
%token <line> UU_LINE         "uuencoded line"
%token <line> LINE            "document line"

/* A line of text after a document's metadata tags continues the last of
 * them (below); it ends the document only when no tag precedes it.  The
 * rule that ends the metadata gets the lower precedence, so bison shifts
 * the line, as for the runs of parse.y. */
%precedence META_END
%precedence JUNK

%type <node> party section tag_item
%type <nodes> sections fields tag_items
%type <bin> binary
%type <line> tag_close

%%

submission
  : envelope container
  ;

/* ---- the PEM wrapper (1993-2002) ---------------------------------------- */
envelope
  : %empty
  | PEM_BEGIN pem_fields       { SUB->pem = 1; SUB->pem_loc = $1.loc; }
  ;

pem_fields
  : %empty
  | pem_fields PEM_FIELD       { f8k_sub_pem_line(doc, $2, 0); }
  | pem_fields PEM_CONT        { f8k_sub_pem_line(doc, $2, 1); }
  ;

/* ---- the container ------------------------------------------------------- */
container
  : SUBDOC_OPEN                { SUB->open_loc = $1.loc;
                                 SUB->dialect = $1.text[1] == 'I'
                                     ? F8K_DIALECT_IMS : F8K_DIALECT_SEC;
                                 SUB->open_text = f8k_doc_strndup(doc,
                                     $1.text, $1.len); }
    header body
  | SUBMISSION_OPEN            { SUB->open_loc = $1.loc;
                                 SUB->dialect = F8K_DIALECT_SUBMISSION;
                                 SUB->has_header = 1;
                                 SUB->header_loc = $1.loc;
                                 SUB->header_closed = 1; }
    tag_items                  { SUB->header = $3; }
    body
  | body                       { SUB->dialect = F8K_DIALECT_DOCUMENTS; }
  ;

/* ---- the header: KEY: value lines ----------------------------------------- */
header
  : %empty
  | HEADER_OPEN                { SUB->has_header = 1; SUB->header_loc = $1.loc; }
    fields                     { SUB->header = $3; }
    parties header_end
  ;

header_end
  : HEADER_CLOSE               { SUB->header_closed = 1; (void)$1; }
  | %empty                     { unclosed(doc, @$, "<SEC-HEADER>"); }
  ;

fields
  : %empty                     { $$.head = $$.tail = NULL; }
  | fields FIELD               { $$ = $1; f8k_hnodes_add(&$$, f8k_sub_field(doc, $2)); }
  | fields LEAF                { $$ = $1; f8k_hnodes_add(&$$, f8k_sub_leaf(doc, $2)); }
  | fields SPLIT_FIELD         { $$ = $1; f8k_hnodes_add(&$$, f8k_sub_split_field(doc, $$.tail, $2)); }
  ;

parties
  : %empty
  | parties party              { f8k_hnodes_add(&SUB->header, $2); }
  ;

party
  : PARTY sections party_end   { $$ = f8k_sub_section(doc, $1, 0);
                                 if ($$ != NULL) $$->children = $2.head,
                                                 $$->children_tail = $2.tail; }
  ;

party_end
  : %empty
  | PARTY_CLOSE                { (void)$1; }
  ;

sections
  : %empty                     { $$.head = $$.tail = NULL; }
  | sections section           { $$ = $1; f8k_hnodes_add(&$$, $2); }
  ;

/* Headers of 2000 close each section with its tag (</COMPANY-DATA>). */
section
  : SECTION fields section_end { $$ = f8k_sub_section(doc, $1, 0);
                                 if ($$ != NULL) $$->children = $2.head,
                                                 $$->children_tail = $2.tail; }
  ;

section_end
  : %empty
  | TAG_CLOSE                  { (void)$1; }
  ;

/* ---- the header: tags (<SUBMISSION>) ----------------------------------- */
tag_items
  : %empty                     { $$.head = $$.tail = NULL; }
  | tag_items tag_item         { $$ = $1; f8k_hnodes_add(&$$, $2); }
  ;

tag_item
  : LEAF                       { $$ = f8k_sub_leaf(doc, $1); }
  | TAG_OPEN tag_items tag_close
                               { $$ = f8k_sub_section(doc, $1, 1);
                                 if ($$ != NULL) $$->children = $2.head,
                                                 $$->children_tail = $2.tail;
                                 f8k_sub_close_tag(doc, $$, $3); }
  ;

tag_close
  : TAG_CLOSE
  | PARTY_CLOSE
  ;

/* ---- the documents ----------------------------------------------------------- */
body
  : documents closing
  ;

documents
  : %empty
  | documents document
  | documents stray
  ;

stray
  : JUNK                       { f8k_diag_add(doc, $1.loc,
                                     F8K_W_SUB_SYNTAX,
                                     "a line of text outside any document"); }
  | TEXT_STRAY                 { f8k_diag_add(doc, $1.loc,
                                     F8K_W_SUB_SYNTAX,
                                     "<TEXT> outside any document: it opens no body"); }
  | error                      { /* reported by f8k_sub_yyerror */ }
  ;

closing
  : %empty                     { if (SUB->dialect != F8K_DIALECT_DOCUMENTS
                                     && SUB->open_loc.map != 0)
                                     unclosed(doc, @$, SUB->dialect == F8K_DIALECT_SUBMISSION
                                              ? "<SUBMISSION>" : "<SEC-DOCUMENT>"); }
  | ending trailer
  ;

ending
  : SUBDOC_CLOSE               { SUB->closed = 1; (void)$1; }
  | SUBMISSION_CLOSE           { SUB->closed = 1; (void)$1; }
  | PEM_END                    { SUB->pem_closed = 1; (void)$1; }
  ;

trailer
  : %empty
  | trailer PEM_END            { SUB->pem_closed = 1; (void)$2; }
  | trailer JUNK               { f8k_diag_add(doc, $2.loc,
                                     F8K_W_SUB_SYNTAX,
                                     "a line of text after the end of the submission"); }
  | trailer TEXT_STRAY         { f8k_diag_add(doc, $2.loc,
                                     F8K_W_SUB_SYNTAX,
                                     "<TEXT> after the end of the submission: it opens no body"); }
  ;

document
  : DOC_OPEN                   { f8k_sub_add_document(doc, f8k_sub_document(doc, $1)); }
    metadata text doc_end
  ;

/* The document's tags: <TYPE>, <SEQUENCE>, <FILENAME>, <DESCRIPTION> (and
 * any other leaf), and EDGAR's <FLAWED> mark of an EX-27 schedule, kept
 * as a tag with no value.  EDGAR served descriptions broken over two
 * lines ("<DESCRIPTION>ART. 5 FDS FOR FY97" / "FORM 10-K", 1997): a line
 * of text after a tag is the rest of its value. */
metadata
  : %empty
  | metadata LEAF              { f8k_sub_doc_meta(doc, SUB->docs_tail, f8k_sub_leaf(doc, $2)); }
  | metadata FLAWED            { f8k_sub_doc_meta(doc, SUB->docs_tail, f8k_sub_leaf(doc, $2)); }
  | metadata JUNK              { f8k_sub_doc_meta_cont(doc, SUB->docs_tail, $2); }
  ;

text
  : %empty %prec META_END
  | TEXT_OPEN                  { if (SUB->docs_tail != NULL) {
                                     SUB->docs_tail->has_text = 1;
                                     SUB->docs_tail->text_loc = $1.loc; } }
    content text_end
  ;

text_end
  : TEXT_CLOSE                 { if (SUB->docs_tail != NULL)
                                     SUB->docs_tail->text_closed = 1;
                                 (void)$1; }
  | %empty                     { unclosed(doc, @$, "<TEXT>"); }
  ;

content
  : %empty
  | content LINE               { f8k_sub_doc_text(doc, SUB->docs_tail, $2); }
  | content WRAP_OPEN          { f8k_sub_doc_wrapper(doc, SUB->docs_tail, $2); }
  | content WRAP_CLOSE         { f8k_sub_doc_text(doc, SUB->docs_tail, $2); }
  | content binary             { (void)$2; }
  ;

binary
  : UU_BEGIN                   { $<bin>$ = f8k_sub_binary(doc, SUB->docs_tail, $1); }
    uu_lines uu_end            { $$ = $<bin>2; }
  ;

/* The lines go to the file just begun: the last of the last document. */
uu_lines
  : %empty
  | uu_lines UU_LINE           { f8k_sub_binary_line(CUR_BIN, $2); }
  ;

uu_end
  : UU_END                     { if (CUR_BIN != NULL) CUR_BIN->ended = 1; (void)$1; }
  | %empty                     { unclosed(doc, @$, "uuencoded file (\"begin\")"); }
  ;

doc_end
  : DOC_CLOSE                  { if (SUB->docs_tail != NULL)
                                     SUB->docs_tail->closed = 1;
                                 (void)$1; }
  | %empty                     { unclosed(doc, @$, "<DOCUMENT>"); }
  ;

%%

static void f8k_sub_yyerror(F8K_SUB_YYLTYPE *loc, yyscan_t scanner,
                            f8k_doc *doc, const char *msg)
{
    /* the token's own position (the scanner keeps it) */
    f8k_loc l = f8k_sub_scan_loc(scanner);
    (void)loc;
    if (strcmp(msg, YY_("memory exhausted")) == 0) {
        if (!doc->nomem)
            f8k_too_deep(doc, l, YYMAXDEPTH);
        return;
    }
    f8k_diag_add(doc, l, F8K_W_SUB_SYNTAX,
                 "%s; skipped to the next document", msg);
}

/* An empty rule's location is the end of what precedes it: the place
 * where the closing tag was due. */
static void unclosed(f8k_doc *doc, F8K_SUB_YYLTYPE loc, const char *what)
{
    f8k_loc l = f8k_doc_line_start(doc, doc->sub->map, (uint32_t)loc.last_line);
    f8k_diag_add(doc, l, F8K_W_SUB_UNCLOSED,
                 "%s is not closed: the file ends or the next block begins here",
                 what);
}
