/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* sub_support.h - what the generated container scanner (grammar/sub.l)
 * needs from the library. */
#ifndef F8K_SUB_SUPPORT_H
#define F8K_SUB_SUPPORT_H

#include <setjmp.h>
#include <stdlib.h>
#include "submission.h"
#include "sub_parse.h"
#include "coverage.h"

#define YYSTYPE F8K_SUB_YYSTYPE
#define YYLTYPE F8K_SUB_YYLTYPE

struct f8k_sub_extra {
    f8k_doc *doc;
    uint32_t line;      /* line of the next token, 1-based (bison's
                           locations)                                */
    const char *base;   /* the buffer read: positions are offsets in it */
    uint32_t map;       /* its source map (f8k_doc.maps)              */
    f8k_loc  tok;       /* the position of the last token returned    */
    jmp_buf  fatal;     /* where flex's fatal errors land            */
};

/* Set the value (the line, without its end) and location of the token
 * just matched, count the line and return TOKEN. */
int f8k_sub_token(struct f8k_sub_extra *x, F8K_SUB_YYSTYPE *lval,
                  F8K_SUB_YYLTYPE *lloc, int token, const char *text,
                  size_t len);

/* Count the lines of a skipped match. */
void f8k_sub_skip(struct f8k_sub_extra *x, const char *text, size_t len);

#define YY_FATAL_ERROR(msg) \
    longjmp(((struct f8k_sub_extra *)f8k_sub_yyget_extra(yyscanner))->fatal, 1)

/* form8k coverage: the rule's number at each match (coverage.h). */
#define YY_USER_ACTION F8K_COV_RULE(yyextra->doc->cov, F8K_COV_SUB_SCAN, yy_act);

#define F8K_SUB_TOK(tok) \
    f8k_sub_token(yyextra, yylval, yylloc, F8K_SUB_T_##tok, yytext, (size_t)yyleng)

#endif
