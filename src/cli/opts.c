/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* opts.c - the command line by a command's table of options (opts.h):
 * getopt_long, its GNU-style messages, --help and --version. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "opts.h"

/* Options a table may hold, with -h and -V: more is a bug of the table
 * (cli_getopt refuses, tests/completion.sh runs every command). */
#define MAX_OPTS 30

static const struct cli_opt common_opts[] = {
    { "help", 'h', NULL, NULL, "print this help and exit" },
    { "version", 'V', NULL, NULL,
      "print the version, the XML namespace and the licence and exit" },
    { NULL, 0, NULL, NULL, NULL }
};

int cli_usage_error(const char *what, const char *arg)
{
    if (arg != NULL)
        fprintf(stderr, "%s: %s '%s'\n", cli_progname, what, arg);
    else
        fprintf(stderr, "%s: %s\n", cli_progname, what);
    fprintf(stderr, "Try '%s --help' for more information.\n", cli_progname);
    return EXIT_USAGE;
}

void cli_version(FILE *f)
{
    fprintf(f, "%s %s\n", cli_progname, f8k_version());
    fprintf(f, "XML namespace: %s\n", f8k_xml_namespace());
    fputs("Copyright (c) 2026 The form8k authors.\n"
          "License MIT: <https://opensource.org/licenses/MIT>.\n"
          "This is free software: you are free to change and redistribute it.\n"
          "There is NO WARRANTY, to the extent permitted by law.\n", f);
}

int cli_count_arg(const char *name, const char *v, unsigned long max,
                  unsigned long *n)
{
    char *end, what[96];
    unsigned long x;

    errno = 0;
    x = strtoul(v, &end, 10);
    if (v[0] < '0' || v[0] > '9' || *end != '\0' || errno != 0 || x < 1 ||
        x > max) {
        snprintf(what, sizeof what, "%s must be 1 to %lu, not", name, max);
        return cli_usage_error(what, v);
    }
    *n = x;
    return -1;
}

int cli_jobs_arg(const char *v, unsigned *jobs)
{
    unsigned long n;
    int rc = cli_count_arg("the number of jobs", v, 1024, &n);
    if (rc < 0)
        *jobs = (unsigned)n;
    return rc;
}

/* The entry of KEY in CMD's table or the common options. */
static const struct cli_opt *find_key(const struct cli_cmd *cmd, int key)
{
    const struct cli_opt *o;

    for (o = cmd->opts; o->name != NULL; o++)
        if (o->key == key)
            return o;
    for (o = common_opts; o->name != NULL; o++)
        if (o->key == key)
            return o;
    return NULL;
}

/* Is V one of the "|"-separated VALUES? */
static int among(const char *values, const char *v)
{
    size_t n = strlen(v);
    const char *p = values;

    while (p != NULL) {
        const char *e = strchr(p, '|');
        size_t len = e != NULL ? (size_t)(e - p) : strlen(p);
        if (len == n && strncmp(p, v, n) == 0)
            return 1;
        p = e != NULL ? e + 1 : NULL;
    }
    return 0;
}

/* As GNU argmatch says it. */
static int bad_value(const struct cli_opt *o, const char *v)
{
    const char *p = o->values;

    fprintf(stderr, "%s: invalid argument '%s' for '--%s'\n"
            "Valid arguments are:\n", cli_progname, v, o->name);
    while (p != NULL) {
        const char *e = strchr(p, '|');
        int len = (int)(e != NULL ? (size_t)(e - p) : strlen(p));
        fprintf(stderr, "  - '%.*s'\n", len, p);
        p = e != NULL ? e + 1 : NULL;
    }
    fprintf(stderr, "Try '%s --help' for more information.\n", cli_progname);
    return EXIT_USAGE;
}

int cli_getopt(const struct cli_cmd *cmd, int argc, char **argv,
               cli_take_fn take, void *ctx, int *first)
{
    struct option lopts[MAX_OPTS + 1];
    char shorts[2 * MAX_OPTS + 1];
    const struct cli_opt *tables[2], *o;
    size_t n = 0, ns = 0, t;
    char *name0 = argv[0];
    int c, rc = -1;

    tables[0] = cmd->opts;
    tables[1] = common_opts;
    for (t = 0; t < 2; t++)
        for (o = tables[t]; o->name != NULL; o++) {
            if (n == MAX_OPTS) {
                fprintf(stderr, "%s: %s: too many options (a bug)\n",
                        cli_progname, cmd->name);
                return EXIT_INTERNAL;
            }
            lopts[n].name = o->name;
            lopts[n].has_arg = o->arg != NULL ? required_argument : no_argument;
            lopts[n].flag = NULL;
            lopts[n].val = o->key;
            n++;
            if (o->key < 256) {
                shorts[ns++] = (char)o->key;
                if (o->arg != NULL)
                    shorts[ns++] = ':';
            }
        }
    memset(&lopts[n], 0, sizeof lopts[n]);
    shorts[ns] = '\0';

    /* getopt's own messages begin with ARGV[0]: "form8k: unrecognized
     * option '--foo'". */
    argv[0] = (char *)cli_progname;
    optind = 0;     /* a fresh scan (glibc), whatever ran before */
    opterr = 1;
    while (rc < 0 && (c = getopt_long(argc, argv, shorts, lopts, NULL)) != -1) {
        if (c == '?' || c == ':') {
            fprintf(stderr, "Try '%s --help' for more information.\n",
                    cli_progname);
            rc = EXIT_USAGE;
        } else if (c == 'h') {
            cli_cmd_help(stdout, cmd);
            rc = EXIT_XML;
        } else if (c == 'V') {
            cli_version(stdout);
            rc = EXIT_XML;
        } else if ((o = find_key(cmd, c)) == NULL) {
            rc = EXIT_INTERNAL; /* not in the table: cannot happen */
        } else if (o->arg != NULL && optarg[0] == '\0') {
            fprintf(stderr, "%s: option '--%s' requires a non-empty "
                    "argument\n", cli_progname, o->name);
            fprintf(stderr, "Try '%s --help' for more information.\n",
                    cli_progname);
            rc = EXIT_USAGE;
        } else if (o->values != NULL && !among(o->values, optarg)) {
            rc = bad_value(o, optarg);
        } else {
            rc = take(ctx, c, o->arg != NULL ? optarg : NULL);
        }
    }
    argv[0] = name0;
    *first = optind;
    return rc;
}

/* --------------------------------------------------------------- help */

/* TEXT from column COL on, wrapped at 79 columns, continued at INDENT;
 * two spaces after a sentence stay two. */
static void wrap(FILE *f, const char *text, int col, int indent)
{
    const char *p = text;
    int gap = 0;

    while (*p != '\0') {
        size_t w = strcspn(p, " ");
        if (col > indent && col + gap + (int)w > 79) {
            fprintf(f, "\n%*s", indent, "");
            col = indent;
        } else if (col > indent) {
            fprintf(f, "%*s", gap, "");
            col += gap;
        }
        fprintf(f, "%.*s", (int)w, p);
        col += (int)w;
        p += w;
        gap = 0;
        while (*p == ' ') {
            p++;
            gap++;
        }
        gap = gap > 1 ? 2 : 1;
    }
    putc('\n', f);
}

/* "  -o, --output=OUT  what it does", the values in place of the name of
 * an enumerated value (--format=xml|json). */
static void put_opt(FILE *f, const struct cli_opt *o)
{
    int col;

    if (o->key < 256)
        col = fprintf(f, "  -%c, --%s", o->key, o->name);
    else
        col = fprintf(f, "      --%s", o->name);
    if (o->arg != NULL)
        col += fprintf(f, "=%s", o->values != NULL ? o->values : o->arg);
    if (col > 22) {
        fprintf(f, "\n%24s", "");
    } else {
        fprintf(f, "%*s", 24 - col, "");
    }
    wrap(f, o->help, 24, 24);
}

void cli_opts_help(FILE *f, const struct cli_cmd *cmd, int all)
{
    const struct cli_opt *o;

    for (o = cmd->opts; o->name != NULL; o++)
        put_opt(f, o);
    if (all)
        for (o = common_opts; o->name != NULL; o++)
            put_opt(f, o);
}

void cli_cmd_help(FILE *f, const struct cli_cmd *cmd)
{
    const char *p = cmd->usage;
    int line = 0;

    while (p != NULL) {
        const char *e = strchr(p, '\n');
        int len = (int)(e != NULL ? (size_t)(e - p) : strlen(p));
        fprintf(f, "%s %s %s %.*s\n", line++ == 0 ? "Usage:" : "  or: ",
                cli_progname, cmd->name, len, p);
        p = e != NULL ? e + 1 : NULL;
    }
    if (cmd->about != NULL) {
        putc('\n', f);
        fputs(cmd->about, f);
    }
    fputs("\nOptions:\n", f);
    cli_opts_help(f, cmd, 1);
}
