/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* opts.h - the command line: one table of options per command.
 *
 * A command's table is the one list of what it accepts.  It drives
 * getopt_long (GNU conventions: --opt=V and --opt V, abbreviations such
 * as --vers, "--" ends the options, operands may come between options,
 * -qo OUT), the "Options:" part of "form8k COMMAND --help", and the check
 * of enumerated values (--format=..., --mode=...).  The bash completion
 * (completion/form8k.bash) lists the same options and values;
 * tests/completion.sh compares it with every command's --help, so that a
 * table and the completion cannot drift apart.
 *
 * Every command takes -h/--help and -V/--version besides its table.
 */
#ifndef F8K_OPTS_H
#define F8K_OPTS_H

#include <stdio.h>

/* What an option is known by in a command's switch: its short letter, or
 * one of these for a long-only option. */
enum cli_key {
    K_FORMAT = 256, K_MODE, K_KEEP_BINARY, K_OUT, K_RESUME, K_INDEX,
    K_PROGRESS, K_NO_PROGRESS, K_PLAIN, K_FAIL_ON, K_IGNORE, K_NOTES,
    K_LIST, K_POSITIONS, K_BASELINE, K_UPDATE, K_JUNIT, K_SEED, K_COUNT,
    K_KIND
};

/* One option. */
struct cli_opt {
    const char *name;   /* long name without "--"; NULL ends a table     */
    int         key;    /* short letter ('o'), or a K_* (long only)      */
    const char *arg;    /* its value's name in --help ("FILE"); NULL: no
                           value                                          */
    const char *values; /* the values it takes, "|"-separated, checked
                           here and offered by the completion; NULL: any
                           non-empty value                                */
    const char *help;   /* what it does, one sentence or two             */
};

/* One command. */
struct cli_cmd {
    const char *name;    /* "parse"                                      */
    const char *summary; /* one line for the list of commands            */
    const char *usage;   /* what follows "form8k NAME " on the Usage
                            line; '\n' starts another "  or:" line       */
    const char *about;   /* what it does, for its --help (may be NULL)   */
    const struct cli_opt *opts;
    /* Runs the command: ARGV[0] is its name, the options follow. */
    int (*run)(int argc, char **argv);
};

/* The commands, in the order --help lists them (main.c); NULL-ended. */
extern const struct cli_cmd *const cli_commands[];

/* The commands defined outside main.c (which defines parse, render,
 * table, validate and explain: they share struct cli_options). */
extern const struct cli_cmd cli_cmd_diff, cli_cmd_regress,
    cli_cmd_coverage, cli_cmd_generate;

/* Called for each option in command-line order with its key and value
 * (NULL when it takes none).  Returns -1 to go on, or an exit status
 * (after printing why). */
typedef int (*cli_take_fn)(void *ctx, int key, const char *value);

/* Read ARGV[1..ARGC) by CMD's table with getopt_long.  ARGV is permuted:
 * the operands end in ARGV[*FIRST..ARGC), in command-line order.  -h and
 * -V print the help or the version.  Returns -1 to go on; EXIT_XML after
 * --help or --version; EXIT_USAGE after a GNU-style message (unknown or
 * ambiguous option, missing or empty value, a value not among the
 * table's values); or what TAKE returned. */
int cli_getopt(const struct cli_cmd *cmd, int argc, char **argv,
               cli_take_fn take, void *ctx, int *first);

/* "form8k COMMAND --help": usage, about and the options of the table. */
void cli_cmd_help(FILE *f, const struct cli_cmd *cmd);
/* The options of CMD's table (and -h, -V when ALL) as --help lists them. */
void cli_opts_help(FILE *f, const struct cli_cmd *cmd, int all);

/* "form8k --version": version, namespace, copyright and licence. */
void cli_version(FILE *f);

/* "form8k: WHAT" (WHAT 'ARG' when ARG is not NULL), then "Try 'form8k
 * --help' for more information." on stderr.  Returns EXIT_USAGE. */
int cli_usage_error(const char *what, const char *arg);

/* A count N from 1 to MAX, for -j, --count; a usage error (for the
 * option NAME) otherwise.  Returns -1 when *N was set. */
int cli_count_arg(const char *name, const char *v, unsigned long max,
                  unsigned long *n);

/* -j N: the number of jobs, 1 to 1024, into *JOBS; as cli_count_arg. */
int cli_jobs_arg(const char *v, unsigned *jobs);

#endif /* F8K_OPTS_H */
