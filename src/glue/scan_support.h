/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* scan_support.h - what the generated scanner needs from the library. */
#ifndef F8K_SCAN_SUPPORT_H
#define F8K_SCAN_SUPPORT_H

#include <setjmp.h>
#include <stdlib.h>
#include "ast.h"
#include "captions.h"
#include "parse.h"
#include "coverage.h"

/* flex's bison-bridge names the parser's types without the prefix. */
#define YYSTYPE F8K_YYSTYPE
#define YYLTYPE F8K_YYLTYPE

struct f8k_scan_extra {
    f8k_doc *doc;
    uint32_t line;      /* line of the next token, 1-based (bison's
                           locations and the coverage's lines)         */
    uint32_t col;       /* column where the next token starts, 0-based */
    const char *base;   /* the buffer read, positions are offsets into */
    uint32_t map;       /* its source map (f8k_doc.maps)              */
    f8k_loc  tok;       /* the position of the last token returned    */
    jmp_buf  fatal;     /* where flex's fatal errors land            */
    /* A line the scanner returns as several tokens (an item heading):
     * its node, made when the whole line matched, the token of its
     * keyword, and where its raw text starts in the buffer. */
    f8k_line   *pending;
    int         pending_tok;
    const char *raw;
    /* The start condition a line leaves the scanner in: INITIAL, or SIG
     * inside a signature block; and the one that finds the mark of the
     * signature line being read. */
    int         home;
    int         sig_mark;
};

/* Make the line node for the token just matched and set its value and
 * location.  Returns TOKEN, or F8K_T_F8K_YYerror when out of memory. */
int f8k_scan_token(struct f8k_scan_extra *x, F8K_YYSTYPE *lval,
                   F8K_YYLTYPE *lloc, int token, const char *text,
                   size_t len);

/* A line returned as several tokens.  f8k_scan_begin makes the node of
 * the whole line TEXT (LEN bytes) the scanner matched, for TOKEN, and
 * consumes nothing (the rule then gives the line back with yyless(0) and
 * reads it in a start condition of its own); f8k_scan_keyword returns
 * that TOKEN for the line's first LEN bytes; f8k_scan_part returns TOKEN
 * for a piece of the line (its value a span of the node's text);
 * f8k_scan_skip consumes LEN bytes between pieces.  The first two return
 * F8K_T_F8K_YYerror when out of memory. */
void f8k_scan_begin(struct f8k_scan_extra *x, int token, const char *text,
                    size_t len);
int f8k_scan_keyword(struct f8k_scan_extra *x, F8K_YYSTYPE *lval,
                     F8K_YYLTYPE *lloc, const char *text, size_t len);
int f8k_scan_part(struct f8k_scan_extra *x, F8K_YYSTYPE *lval,
                  F8K_YYLTYPE *lloc, int token, const char *text,
                  size_t len);
void f8k_scan_skip(struct f8k_scan_extra *x, const char *text, size_t len);

/* flex calls exit() on a fatal error; the library must not, so the
 * error jumps back to f8k_parse, which frees the scanner and reports. */
#define YY_FATAL_ERROR(msg) \
    longjmp(((struct f8k_scan_extra *)f8k_yyget_extra(yyscanner))->fatal, 1)

/* form8k coverage: flex runs this before every rule's action, with the
 * rule's number in yy_act; counted only when the caller asked
 * (coverage.h). */
#define YY_USER_ACTION F8K_COV_RULE(yyextra->doc->cov, F8K_COV_SCAN, yy_act);

#define F8K_TOK(tok) \
    (BEGIN(yyextra->home), \
     f8k_scan_token(yyextra, yylval, yylloc, F8K_T_##tok, yytext, (size_t)yyleng))
#define F8K_HOME(cond) (yyextra->home = (cond))
#define F8K_BEGIN(tok) \
    f8k_scan_begin(yyextra, F8K_T_##tok, yytext, (size_t)yyleng)
#define F8K_KEYWORD() \
    f8k_scan_keyword(yyextra, yylval, yylloc, yytext, (size_t)yyleng)
#define F8K_PART(tok) \
    f8k_scan_part(yyextra, yylval, yylloc, F8K_T_##tok, yytext, (size_t)yyleng)
#define F8K_SKIP() f8k_scan_skip(yyextra, yytext, (size_t)yyleng)
/* A whole line: the token TOK, or CAPTION if the line begins with a
 * caption's opening words (src/tree/captions.def). */
#define F8K_LINE(tok) \
    (f8k_caption_opens(yytext, (size_t)yyleng) ? F8K_TOK(CAPTION) : F8K_TOK(tok))

#endif
