/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* regress.h - the regression-testing commands of form8k (issue 14):
 *
 *   diff.c      form8k diff OLD.xml NEW.xml: two form8k XML documents
 *               compared by meaning (also the engine of regress)
 *   regress.c   form8k regress --baseline DIR: a corpus against the XML
 *               that parse --out DIR wrote for it
 *   coverage.c  form8k coverage: which scanner rules and productions of
 *               both grammars a set of inputs exercises
 *   generate.c  form8k generate: synthetic filings with their expected
 *               XML, made from the layouts the grammar accepts
 *
 * They sit above cli.c and batch.c (regress runs a batch into a
 * temporary folder) and read XML with libxml2.
 */
#ifndef F8K_REGRESS_H
#define F8K_REGRESS_H

#include <stdio.h>

/* The commands themselves are cli_cmd_diff, cli_cmd_regress,
 * cli_cmd_coverage and cli_cmd_generate (opts.h): their tables of options
 * and the functions that run them. */

/* A list of names (malloc'd). */
struct names {
    char  **v;
    size_t  n, cap;
};
void cli_names_free(struct names *s);

/* Every regular file under ROOT/REL (REL "" for ROOT itself) whose name
 * ends with SUFFIX (NULL: every file), relative to ROOT, appended to S in
 * name order (alphasort, as batch mode walks); names starting with '.'
 * and symbolic links are skipped.  -1 when a folder cannot be read
 * (errno) or out of memory. */
int cli_list_files(const char *root, const char *rel, const char *suffix,
                   struct names *s);

/* One difference between two documents: PATH names the element (and
 * "@attr" an attribute); OLD or NEW is NULL where that side lacks it. */
struct cli_change {
    const char *path;
    const char *old_value;
    const char *new_value;
};

/* Compare the form8k XML files OLD and NEW by meaning (positions too when
 * POSITIONS), calling FN for each change in document order.  Returns the
 * number of changes, or -1 when a file cannot be read as XML (why is
 * printed on ERR). */
long cli_diff_files(const char *old_path, const char *new_path,
                    int positions, FILE *err,
                    void (*fn)(const struct cli_change *c, void *ctx),
                    void *ctx);

/* The field a change is about, for tables: its path less the keys in
 * brackets ("Registrant[2]/EntityFileNumber" -> "Registrant/
 * EntityFileNumber"), written into BUF of SIZE bytes. */
void cli_change_field(const char *path, char *buf, size_t size);

#endif
