/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* cov_names.h - the names of the rules form8k coverage counts, in the
 * generated src/cli/cov_names.c (build-aux/covnames.sh). */
#ifndef F8K_COV_NAMES_H
#define F8K_COV_NAMES_H

#include <stddef.h>

/* Rule N of a scanner (flex's rule number) or a grammar (bison's);
 * NAME is NULL for numbers that are no rule of the file (flex's 0,
 * bison's $accept). */
struct cli_cov_name {
    const char *name;      /* "PAGE#2", "field: values captions"         */
    const char *pattern;   /* a scanner rule's pattern; NULL for bison   */
    int         line;      /* its line in the .l file; bison's number    */
    int         unreachable; /* a scanner rule marked "unreachable:" in
                              * its action: kept for flex's proof that
                              * every input is covered, reached by none */
};

struct cli_cov_grammar {
    const char                *file;   /* "scan.l"                        */
    const char                *kind;   /* "scanner rule", "production"    */
    const struct cli_cov_name *names;
    size_t                     n;
};

/* In the order of f8k_cov's tables: scan.l, parse.y, sub.l, sub.y. */
extern const struct cli_cov_grammar cli_cov_grammars[4];

#endif
