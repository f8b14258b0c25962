/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* coverage.c - form8k coverage [--format=text|json] FILE|FOLDER...: which
 * scanner rules and productions of both grammars a set of inputs
 * exercises.
 *
 * Each input is parsed as "form8k parse" parses it, with counters of its
 * own (f8k_parse_cov, src/glue/coverage.h): per scanner rule the lines it
 * matched, per production the reductions and the lines they spanned.
 * Summed over the inputs, with the number of inputs that exercised each,
 * they are printed against the names of the rules, made from the grammar
 * at build time (build-aux/covnames.sh -> cov_names.c): a change to the
 * grammar shows up here by itself.  Rules no input exercised are listed
 * last ("unexercised" in JSON).  The end-of-file rules of the scanners
 * (<<EOF>>) run no rule action and are not counted.  A scanner rule whose
 * action says "unreachable:" exists for flex's proof that every input is
 * covered (nodefault) and no input reaches it (a form feed after text, a
 * last line without a line end: text.c leaves neither): it is listed
 * apart ("unreachable"), and should an input ever reach it, it is named
 * as such ("reached_unreachable") - the mark is then wrong.
 *
 * Folders are walked as batch mode walks them (cli_walk).  form8k's own
 * output (cli_is_own_output: the NAME.expected.xml beside each generated
 * filing, the XML or JSON of parse --out) is no filing: it is counted apart
 * ("form8k_xml"), not parsed, whether found in a folder or named.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cov_names.h"
#include "coverage.h"
#include "opts.h"
#include "regress.h"

/* The sums over all inputs, per table and rule. */
struct totals {
    unsigned long *hits[F8K_COV_TABLES];
    unsigned long *lines[F8K_COV_TABLES];
    unsigned long *inputs[F8K_COV_TABLES];
};

static int cov_alloc(f8k_cov *c, struct totals *t)
{
    int k;

    memset(c, 0, sizeof *c);
    memset(t, 0, sizeof *t);
    for (k = 0; k < F8K_COV_TABLES; k++) {
        size_t n = cli_cov_grammars[k].n;
        c->t[k].n = n;
        c->t[k].hits = calloc(n, sizeof *c->t[k].hits);
        c->t[k].lines = calloc(n, sizeof *c->t[k].lines);
        c->t[k].last = calloc(n, sizeof *c->t[k].last);
        t->hits[k] = calloc(n, sizeof *t->hits[k]);
        t->lines[k] = calloc(n, sizeof *t->lines[k]);
        t->inputs[k] = calloc(n, sizeof *t->inputs[k]);
        if (!c->t[k].hits || !c->t[k].lines || !c->t[k].last ||
            !t->hits[k] || !t->lines[k] || !t->inputs[k])
            return -1;
    }
    return 0;
}

static void cov_free(f8k_cov *c, struct totals *t)
{
    int k;

    for (k = 0; k < F8K_COV_TABLES; k++) {
        free(c->t[k].hits);
        free(c->t[k].lines);
        free(c->t[k].last);
        free(t->hits[k]);
        free(t->lines[k]);
        free(t->inputs[k]);
    }
}

/* What coverage counts, over all its inputs. */
struct cov_run {
    f8k_cov       c;
    struct totals t;
    unsigned long inputs, parsed, own_xml;
    int           rc;           /* 0, EXIT_IO (goes on), or what stops  */
};

/* One input through the parser with the counters zeroed, then summed.
 * form8k's own XML (NAME.expected.xml beside a generated filing, the
 * XML of parse --out) is no filing: counted apart, not parsed. */
static int count_input(const char *path, struct cov_run *run)
{
    f8k_cov *c = &run->c;
    struct totals *t = &run->t;
    char *data = NULL;
    size_t len = 0, i;
    f8k_doc *doc = NULL;
    f8k_status st;
    int k, rc;

    rc = cli_read_input(path, path, &data, &len, stderr);
    if (rc != 0)
        return rc;
    if (cli_is_own_output(data, len)) {
        free(data);
        run->own_xml++;
        return 0;
    }
    run->inputs++;
    for (k = 0; k < F8K_COV_TABLES; k++) {
        memset(c->t[k].hits, 0, c->t[k].n * sizeof *c->t[k].hits);
        memset(c->t[k].lines, 0, c->t[k].n * sizeof *c->t[k].lines);
        memset(c->t[k].last, 0, c->t[k].n * sizeof *c->t[k].last);
    }
    st = f8k_parse_cov(path, data, len, NULL, c, &doc);
    free(data);
    if (st == F8K_OK)
        run->parsed++;
    f8k_doc_free(doc);
    if (st == F8K_ERR_NOMEM) {
        fprintf(stderr, "%s: %s: out of memory\n", cli_progname, path);
        return EXIT_NOMEM;
    }
    for (k = 0; k < F8K_COV_TABLES; k++)
        for (i = 0; i < c->t[k].n; i++) {
            t->hits[k][i] += c->t[k].hits[i];
            t->lines[k][i] += k == F8K_COV_SCAN || k == F8K_COV_SUB_SCAN
                                  ? c->t[k].hits[i] : c->t[k].lines[i];
            t->inputs[k][i] += c->t[k].hits[i] > 0;
        }
    return 0;
}

static int is_scanner(int k)
{
    return k == F8K_COV_SCAN || k == F8K_COV_SUB_SCAN;
}

/* The rules of one list: 0 unexercised, 1 unreachable (marked, not
 * reached), 2 marked unreachable yet reached. */
static int in_list(const struct totals *t, int k, size_t i, int list)
{
    const struct cli_cov_name *nm = &cli_cov_grammars[k].names[i];

    if (nm->name == NULL)
        return 0;
    switch (list) {
    case 0: return !nm->unreachable && t->inputs[k][i] == 0;
    case 1: return nm->unreachable && t->inputs[k][i] == 0;
    default: return nm->unreachable && t->inputs[k][i] > 0;
    }
}

static const char *const list_names[3] = {
    "unexercised", "unreachable", "reached_unreachable"
};

static void print_text(const struct totals *t, unsigned long inputs,
                       unsigned long parsed, unsigned long own_xml)
{
    int k, l;
    size_t i, unex;

    printf("coverage of %lu input%s (%lu parsed as Form 8-K", inputs,
           inputs == 1 ? "" : "s", parsed);
    if (own_xml > 0)
        printf("; %lu file%s of form8k's own XML not counted", own_xml,
               own_xml == 1 ? "" : "s");
    printf(")\n");
    for (k = 0; k < F8K_COV_TABLES; k++) {
        const struct cli_cov_grammar *g = &cli_cov_grammars[k];
        size_t rules = 0, hit = 0;
        for (i = 0; i < g->n; i++)
            if (g->names[i].name != NULL) {
                rules++;
                hit += t->inputs[k][i] > 0;
            }
        printf("\n%s: %lu of %lu %ss exercised\n", g->file,
               (unsigned long)hit, (unsigned long)rules, g->kind);
        if (is_scanner(k))
            printf("%8s %10s  %-16s %s\n", "inputs", "lines", "rule", "line: pattern");
        else
            printf("%8s %10s %10s  %s\n", "inputs", "reductions", "lines", "production");
        for (i = 0; i < g->n; i++) {
            const struct cli_cov_name *nm = &g->names[i];
            if (nm->name == NULL)
                continue;
            if (is_scanner(k))
                printf("%8lu %10lu  %-16s %d: %.60s\n", t->inputs[k][i],
                       t->lines[k][i], nm->name, nm->line, nm->pattern);
            else
                printf("%8lu %10lu %10lu  %s\n", t->inputs[k][i],
                       t->hits[k][i], t->lines[k][i], nm->name);
        }
    }
    for (l = 0; l < 3; l++) {
        printf("\n%s:", list_names[l]);
        unex = 0;
        for (k = 0; k < F8K_COV_TABLES; k++)
            for (i = 0; i < cli_cov_grammars[k].n; i++)
                if (in_list(t, k, i, l)) {
                    printf("\n  %s: %s", cli_cov_grammars[k].file,
                           cli_cov_grammars[k].names[i].name);
                    unex++;
                }
        printf("%s\n", unex == 0 ? " none" : "");
    }
}

static void print_json(const struct totals *t, unsigned long inputs,
                       unsigned long parsed, unsigned long own_xml)
{
    int k, l, first;
    size_t i;

    printf("{\"inputs\":%lu,\"parsed\":%lu,\"form8k_xml\":%lu,\"grammars\":[",
           inputs, parsed, own_xml);
    for (k = 0; k < F8K_COV_TABLES; k++) {
        const struct cli_cov_grammar *g = &cli_cov_grammars[k];
        printf("%s\n {\"file\":\"%s\",\"kind\":\"%s\",\"rules\":[",
               k ? "," : "", g->file, g->kind);
        first = 1;
        for (i = 0; i < g->n; i++) {
            const struct cli_cov_name *nm = &g->names[i];
            if (nm->name == NULL)
                continue;
            printf("%s\n  {\"name\":", first ? "" : ",");
            cli_json_str(stdout, nm->name);
            if (is_scanner(k)) {
                printf(",\"line\":%d,\"pattern\":", nm->line);
                cli_json_str(stdout, nm->pattern);
            } else {
                printf(",\"rule\":%d,\"reductions\":%lu", nm->line,
                       t->hits[k][i]);
            }
            printf(",\"inputs\":%lu,\"lines\":%lu}", t->inputs[k][i],
                   t->lines[k][i]);
            first = 0;
        }
        printf("]}");
    }
    printf("]");
    for (l = 0; l < 3; l++) {
        printf(",\n\"%s\":[", list_names[l]);
        first = 1;
        for (k = 0; k < F8K_COV_TABLES; k++)
            for (i = 0; i < cli_cov_grammars[k].n; i++)
                if (in_list(t, k, i, l)) {
                    char buf[600];
                    snprintf(buf, sizeof buf, "%s: %s", cli_cov_grammars[k].file,
                             cli_cov_grammars[k].names[i].name);
                    printf("%s\n ", first ? "" : ",");
                    cli_json_str(stdout, buf);
                    first = 0;
                }
        printf("]");
    }
    printf("}\n");
}

static int cov_usage(const char *what, const char *arg)
{
    fprintf(stderr, "%s: coverage: %s%s%s\n", cli_progname, what,
            arg ? " " : "", arg ? arg : "");
    fprintf(stderr, "Usage: %s coverage [--format=text|json] FILE|FOLDER...\n",
            cli_progname);
    return EXIT_USAGE;
}

static int coverage_main(int argc, char **argv);

static const struct cli_opt coverage_opts[] = {
    { "format", K_FORMAT, "FMT", "text|json", "text (the default) or json" },
    { NULL, 0, NULL, NULL, NULL }
};

const struct cli_cmd cli_cmd_coverage = {
    "coverage", "which scanner rules and productions inputs exercise",
    "[OPTION]... FILE|FOLDER...",
    "For each scanner rule and production of form8k's grammars (scan.l,\n"
    "parse.y, sub.l, sub.y): how many inputs and lines exercised it; then\n"
    "those none did.  FOLDERs are walked as in batch mode; form8k's own XML\n"
    "(NAME.expected.xml, parse --out) is counted apart, not as an input.\n",
    coverage_opts, coverage_main
};

static int coverage_take(void *ctx, int key, const char *v)
{
    if (key == K_FORMAT)
        *(int *)ctx = v[0] == 'j';
    return -1;
}

/* cli_walk's callback: one input, unless an earlier one stopped the run
 * (an unreadable input does not: EXIT_IO is kept and the run goes on). */
static int cov_input(void *ctx, const char *path, const char *rel)
{
    struct cov_run *run = ctx;
    int rc;

    (void)rel;
    rc = count_input(path, run);
    if (rc != 0 && run->rc != EXIT_NOMEM)
        run->rc = rc;
    return rc == 0 || rc == EXIT_IO ? 0 : rc;
}

static int coverage_main(int argc, char **argv)
{
    struct cov_run run;
    int i, json = 0, rc, first;

    rc = cli_getopt(&cli_cmd_coverage, argc, argv, coverage_take, &json,
                    &first);
    if (rc >= 0)
        return rc;
    if (first >= argc)
        return cov_usage("no input given", NULL);
    memset(&run, 0, sizeof run);
    if (cov_alloc(&run.c, &run.t) != 0) {
        cov_free(&run.c, &run.t);
        fprintf(stderr, "%s: out of memory\n", cli_progname);
        return EXIT_NOMEM;
    }
    for (i = first; i < argc && (run.rc == 0 || run.rc == EXIT_IO); i++) {
        /* folders walked as batch mode walks them; form8k's own XML is
         * told by its content in count_input, a FILE named included */
        struct cli_walk_opts walk = { 0, 0, 0, 0 };
        if (cli_walk(argv[i], &walk, cov_input, &run) < 0 && run.rc == 0)
            run.rc = EXIT_NOMEM;
    }
    rc = run.rc;
    if (rc == EXIT_NOMEM)
        fprintf(stderr, "%s: out of memory\n", cli_progname);
    if (rc == 0 || rc == EXIT_IO) {
        if (json)
            print_json(&run.t, run.inputs, run.parsed, run.own_xml);
        else
            print_text(&run.t, run.inputs, run.parsed, run.own_xml);
    }
    cov_free(&run.c, &run.t);
    return rc;
}
