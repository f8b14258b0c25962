/* scan_support.h - what the generated scanner needs from the library. */
#ifndef F8K_SCAN_SUPPORT_H
#define F8K_SCAN_SUPPORT_H

#include <setjmp.h>
#include <stdlib.h>
#include "ast.h"
#include "parse.h"
#include "coverage.h"

/* flex's bison-bridge names the parser's types without the prefix. */
#define YYSTYPE F8K_YYSTYPE
#define YYLTYPE F8K_YYLTYPE

struct f8k_scan_extra {
    f8k_doc *doc;
    uint32_t line;      /* line of the next token, 1-based           */
    uint32_t col;       /* column where the next token starts, 0-based */
    jmp_buf  fatal;     /* where flex's fatal errors land            */
};

/* Make the line node for the token just matched and set its value and
 * location.  Returns TOKEN, or F8K_T_F8K_YYerror when out of memory. */
int f8k_scan_token(struct f8k_scan_extra *x, F8K_YYSTYPE *lval,
                   F8K_YYLTYPE *lloc, int token, const char *text,
                   size_t len);

/* flex calls exit() on a fatal error; the library must not, so the
 * error jumps back to f8k_parse, which frees the scanner and reports. */
#define YY_FATAL_ERROR(msg) \
    longjmp(((struct f8k_scan_extra *)f8k_yyget_extra(yyscanner))->fatal, 1)

/* form8k coverage: flex runs this before every rule's action, with the
 * rule's number in yy_act; counted only when the caller asked
 * (coverage.h). */
#define YY_USER_ACTION F8K_COV_RULE(yyextra->doc->cov, F8K_COV_SCAN, yy_act);

#define F8K_TOK(tok) \
    f8k_scan_token(yyextra, yylval, yylloc, F8K_T_##tok, yytext, (size_t)yyleng)

#endif
