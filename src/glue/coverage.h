/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* coverage.h - counts of the scanner rules and productions a parse
 * exercises, for "form8k coverage" (internal; not installed).
 *
 * The caller hands f8k_parse_cov an f8k_cov of its own; the document
 * points at it while it is parsed (doc->cov), so the library keeps no
 * global state, and a parse without one (f8k_parse_ex) costs one test of
 * a NULL pointer per line and per reduction.  The hooks:
 *
 *   scanners  YY_USER_ACTION, which flex runs before every rule's action
 *             with the rule's number in yy_act (scan_support.h,
 *             sub_support.h)
 *   parsers   YYLLOC_DEFAULT, which bison runs at every reduction with
 *             the rule's number in yyn (parse_wrap.c, sub_parse_wrap.c).
 *             Chosen over %define parse.trace because the trace
 *             machinery is switched on through a global (yydebug) and
 *             prints to a stream, and because this needs no change to
 *             the grammars: it is defined in the wrappers that compile
 *             the generated parsers.  bison also runs YYLLOC_DEFAULT once
 *             in error recovery (on yyerror_range, when yyn is a state,
 *             not a rule): that call is not counted.
 *
 * The names of the rules (by number) are made from the grammar at build
 * time (build-aux/covnames.sh -> src/cli/cov_names.c).
 */
#ifndef F8K_COVERAGE_H
#define F8K_COVERAGE_H

#include <stddef.h>
#include <stdint.h>
#include "form8k.h"

/* The four tables, one per scanner and grammar. */
enum {
    F8K_COV_SCAN = 0,     /* grammar/scan.l: flex rule numbers          */
    F8K_COV_PARSE,        /* grammar/parse.y: bison rule numbers        */
    F8K_COV_SUB_SCAN,     /* grammar/sub.l                              */
    F8K_COV_SUB_PARSE,    /* grammar/sub.y                              */
    F8K_COV_TABLES
};

/* Counts by rule number; the caller allocates N entries of each array
 * (rule numbers past N are not counted). */
typedef struct f8k_cov_table {
    unsigned long *hits;  /* lines a scanner rule matched; reductions     */
    unsigned long *lines; /* productions: lines their reductions spanned  */
    uint32_t      *last;  /* productions: the last line counted (zero it
                             for each input)                              */
    size_t         n;
} f8k_cov_table;

typedef struct f8k_cov {
    f8k_cov_table t[F8K_COV_TABLES];
} f8k_cov;

/* f8k_parse_ex, counting into COV (NULL: f8k_parse_ex itself). */
f8k_status f8k_parse_cov(const char *name, const char *data, size_t len,
                         const f8k_options *opt, f8k_cov *cov,
                         f8k_doc **out);

/* A reduction by RULE of TABLE spanning FIRST..LAST (N symbols); not
 * counted when RHS is ERR_RHS (bison's error recovery). */
void f8k_cov_reduce(f8k_cov *cov, int table, int rule, const void *rhs,
                    const void *err_rhs, int first, int last, int n);

/* A scanner rule matched. */
#define F8K_COV_RULE(cov, table, rule)                                  \
    do {                                                                \
        f8k_cov *c_ = (cov);                                            \
        if (c_ != NULL && (size_t)(rule) < c_->t[table].n)              \
            c_->t[table].hits[rule]++;                                  \
    } while (0)

/* bison's YYLLOC_DEFAULT (the location of a reduction), counting the
 * reduction by rule yyn of the parser whose parse-param "doc" is the
 * document. */
#define F8K_COV_YYLLOC(Current, Rhs, N, table)                          \
    do {                                                                \
        if (N) {                                                        \
            (Current).first_line = (Rhs)[1].first_line;                 \
            (Current).first_column = (Rhs)[1].first_column;             \
            (Current).last_line = (Rhs)[N].last_line;                   \
            (Current).last_column = (Rhs)[N].last_column;               \
        } else {                                                        \
            (Current).first_line = (Current).last_line =                \
                (Rhs)[0].last_line;                                     \
            (Current).first_column = (Current).last_column =            \
                (Rhs)[0].last_column;                                   \
        }                                                               \
        if (doc->cov != NULL)                                           \
            f8k_cov_reduce(doc->cov, table, yyn, (const void *)(Rhs),   \
                           (const void *)yyerror_range,                 \
                           (Current).first_line, (Current).last_line,   \
                           (N));                                        \
    } while (0)

#endif
