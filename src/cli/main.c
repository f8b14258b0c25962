/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* main.c - the form8k command: read a Form 8-K, write validated XML.
 *
 *   form8k parse [OPTION]... FILE
 *   form8k parse [OPTION]... --out DIR FILE|FOLDER... (batch.c)
 *   form8k render | table | validate | explain ...     (table.c, validate.c)
 *   form8k diff | regress | coverage | generate ...    (regress.h)
 *
 * Everything about Form 8-K lives in libform8k (form8k.h, the only header
 * used here); this file holds the commands' option tables (opts.h: they
 * drive getopt_long, --help and, checked by a test, the bash completion),
 * reads the input, prints the library's diagnostics in GNU style, writes
 * the XML (atomically with -o) and turns the result into an exit status.
 * The XML is complete and validated in memory before a byte of it is
 * written, so a failed run writes no XML at all.
 */
/* POSIX.1-2008 for fileno, fchmod, fsync, mkstemp: the command builds
 * with -std=c99 as well as with gnu99. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "cli.h"
#include "opts.h"
#include "regress.h"

#define progname cli_progname

/* -------------------------------------------------------- command line */

/* The commands that share struct cli_options; each one's table is all
 * that it accepts (opts.h). */
static int parse_main(int argc, char **argv);
static int render_main(int argc, char **argv);
static int table_main(int argc, char **argv);
static int validate_main(int argc, char **argv);
static int explain_main(int argc, char **argv);

#define OPT_OUTPUT(what) \
    { "output", 'o', "OUT", NULL, "write " what " to OUT instead of " \
      "standard output.  A regular file is replaced atomically and only " \
      "when the run succeeds (on any failure it is left as it was; no " \
      "setuid/setgid bit kept); a link is followed and its target " \
      "replaced; a FIFO or device (/dev/null, /dev/stdout) is written to, " \
      "never replaced" }
#define OPT_MODE \
    { "mode", K_MODE, "MODE", "auto|text|document|html|submission", \
      "what FILE is: auto (the default: tell from the content), text (the " \
      "8-K document in plain text; also 'document'), html (the 8-K " \
      "document in HTML, with or without inline XBRL) or submission (an " \
      "EDGAR submission file)" }
#define OPT_FILES_FROM \
    { "files-from", 'T', "LIST", NULL, "read the paths of the inputs from " \
      "LIST, one a line; '-' is standard input" }
#define OPT_JOBS \
    { "jobs", 'j', "N", NULL, "N worker threads (default: one per online " \
      "processor)" }
#define OPT_END { NULL, 0, NULL, NULL, NULL }

static const struct cli_opt parse_opts[] = {
    OPT_OUTPUT("the XML (or JSON)"),
    { "format", K_FORMAT, "FMT", "xml|json", "xml (the default) or json (the "
      "XML as JSON, see form8k.schema.json; batch mode writes NAME.json)" },
    OPT_MODE,
    { "keep-binary", K_KEEP_BINARY, NULL, NULL, "binary documents of a "
      "submission (uuencoded PDF, images) are described by name, sizes and "
      "SHA-256; with this option their bytes are kept too, in base64" },
    { "quiet", 'q', NULL, NULL, "print no diagnostics when the XML is "
      "written; when form8k fails its diagnostics are printed all the same "
      "(in batch mode: no summary either)" },
    { "out", K_OUT, "DIR", NULL, "batch mode: write one XML per input under "
      "DIR, the input's path mirrored (see below)" },
    OPT_FILES_FROM,
    OPT_JOBS,
    { "resume", K_RESUME, NULL, NULL, "batch mode: skip an input whose XML "
      "is complete (present, ending with </Form8K>, no older than the "
      "input to the nanosecond); keep the index's earlier lines; first "
      "remove the NAME.xml.XXXXXX temporaries a killed batch left in DIR" },
    { "index", K_INDEX, "FILE", NULL, "batch mode: write the index there "
      "instead of DIR/index.jsonl" },
    { "progress", K_PROGRESS, NULL, NULL, "batch mode: a progress bar on "
      "standard error (the default: when it is a terminal and -q is not "
      "given)" },
    { "no-progress", K_NO_PROGRESS, NULL, NULL, "batch mode: no progress "
      "bar" },
    OPT_END
};

static const struct cli_cmd cmd_parse = {
    "parse", "read filings, write their XML (or JSON)",
    "[OPTION]... FILE\n"
    "[OPTION]... --out=DIR FILE|FOLDER... [--files-from=LIST]",
    "Read FILE ('-': standard input) and write its XML, validated against\n"
    "the schema, to standard output or OUT.  With several inputs, a FOLDER,\n"
    "--files-from or --out DIR, convert each input into DIR on several\n"
    "threads and write an index (batch mode: see 'form8k --help').\n",
    parse_opts, parse_main
};

static const struct cli_opt render_opts[] = {
    { "plain", K_PLAIN, NULL, NULL, "print the lines alone, without the "
      "input's LINE:COLUMN" },
    OPT_MODE,
    OPT_OUTPUT("the lines"),
    OPT_END
};

static const struct cli_cmd cmd_render = {
    "render", "print the lines the grammar reads (why a field was read so)",
    "[OPTION]... FILE",
    "Print the lines the grammar reads - for HTML the lines form8k rendered\n"
    "from it (tables as columns) - each after the LINE:COLUMN of the input\n"
    "it came from: the tool to see why a field was read as it was.\n",
    render_opts, render_main
};

static const struct cli_opt table_opts[] = {
    { "format", K_FORMAT, "FMT", "csv|tsv", "csv (RFC 4180, the default) or "
      "tsv" },
    OPT_OUTPUT("the table"),
    OPT_MODE,
    { "quiet", 'q', NULL, NULL, "no summary line on standard error" },
    OPT_END
};

static const struct cli_cmd cmd_table = {
    "table", "one CSV or TSV row per filing (per registrant)",
    "[OPTION]... FILE|FOLDER...",
    "Write one CSV (RFC 4180) or TSV row per filing - per registrant for a\n"
    "joint filing - under a header row: input, AccessionNumber,\n"
    "DocumentType, DocumentPeriodEndDate, the registrant's cover fields,\n"
    "Items, Signers, Exhibits, Errors, Warnings.  An input that is form8k's\n"
    "own XML is read as it is, not parsed again; FOLDERs are walked as in\n"
    "batch mode.\n",
    table_opts, table_main
};

static const struct cli_opt validate_opts[] = {
    { "format", K_FORMAT, "FMT", "text|json|jsonl|sarif", "text (the "
      "default: departures as diagnostics, a verdict line per input, a "
      "summary), json or jsonl (JSON Lines: one object per input with its "
      "departures, each with code, severity, line, column, message and "
      "rule) or sarif (SARIF 2.1.0, a rule per code)" },
    { "fail-on", K_FAIL_ON, "SEV", "error|warning|note", "the least severity "
      "that makes a departure (default: warning)" },
    { "ignore", K_IGNORE, "CODE,...", NULL, "drop these codes" },
    { "notes", K_NOTES, NULL, NULL, "print notes too (they never depart "
      "unless --fail-on=note)" },
    OPT_MODE,
    OPT_FILES_FROM,
    OPT_JOBS,
    OPT_END
};

static const struct cli_cmd cmd_validate = {
    "validate", "a verdict per filing: conforms, departs, not-8k, unreadable",
    "[OPTION]... FILE|FOLDER... [--files-from=LIST]",
    "Give each input a verdict - conforms, departs, not-8k (another form, or\n"
    "no 8-K at all) or unreadable (I/O, binary, too large) - after the\n"
    "grammar's checks and a reviewer's (F8K-W701..W707: the signature dated\n"
    "and not before the event, dates in order, exhibits announced and\n"
    "listed, the signer's registrant the cover's).  No XML is written.\n"
    "Exit status: the largest of its inputs': 0 conforms, 1 departs, not an\n"
    "8-K or binary data, 3, 4, 5 or 6 (as parse) unreadable; 2 usage.\n",
    validate_opts, validate_main
};

static const struct cli_opt explain_opts[] = {
    { "list", K_LIST, NULL, NULL, "list every code: code, severity, summary" },
    OPT_END
};

static const struct cli_cmd cmd_explain = {
    "explain", "what a diagnostic code means and what to do",
    "CODE...\n--list",
    "Print what a diagnostic code means, the rule it checks, an example\n"
    "and what to do.\n",
    explain_opts, explain_main
};

const struct cli_cmd *const cli_commands[] = {
    &cmd_parse, &cmd_render, &cmd_table, &cmd_validate, &cmd_explain,
    &cli_cmd_diff, &cli_cmd_regress, &cli_cmd_coverage, &cli_cmd_generate,
    NULL
};

/* An option of what to read and how to write it (parse, render,
 * table, validate) into O.  -1: go on (also for another option). */
static int take_io(struct cli_options *o, int key, const char *v)
{
    switch (key) {
    case 'o':
        o->output = v;
        break;
    case 'q':
        o->quiet = 1;
        break;
    case K_FORMAT:
        /* the table allowed only this command's values */
        o->format = strcmp(v, "xml") == 0 || strcmp(v, "text") == 0 ? 0 :
                    strcmp(v, "json") == 0 || strcmp(v, "jsonl") == 0 ? 1 :
                    strcmp(v, "csv") == 0 ? CLI_FMT_CSV :
                    strcmp(v, "tsv") == 0 ? CLI_FMT_TSV : 2 /* sarif */;
        break;
    case K_MODE:
        o->parse.mode = strcmp(v, "html") == 0 ? F8K_MODE_HTML :
                        strcmp(v, "submission") == 0 ? F8K_MODE_SUBMISSION :
                        strcmp(v, "auto") == 0 ? F8K_MODE_AUTO :
                        F8K_MODE_DOCUMENT;
        break;
    case K_KEEP_BINARY:
        o->parse.keep_binary = 1;
        break;
    case K_PLAIN:
        o->plain = 1;
        break;
    }
    return -1;
}

/* An option of batch mode (the inputs, the workers, DIR, the index,
 * the progress bar) into O.  -1: go on (also for another option); else
 * the exit status of a bad value. */
static int take_batch(struct cli_options *o, int key, const char *v)
{
    switch (key) {
    case 'T':
        o->files_from = v;
        break;
    case 'j':
        return cli_jobs_arg(v, &o->jobs);
    case K_OUT:
        o->out_dir = v;
        break;
    case K_RESUME:
        o->resume = 1;
        break;
    case K_INDEX:
        o->index = v;
        break;
    case K_PROGRESS:
        o->progress = 1;
        break;
    case K_NO_PROGRESS:
        o->progress = -1;
        break;
    }
    return -1;
}

/* An option of validate or explain into O.  -1: go on (also for
 * another option). */
static int take_check(struct cli_options *o, int key, const char *v)
{
    switch (key) {
    case K_FAIL_ON:
        /* stored as severity + 1: 0 is "not given" (warning) */
        o->fail_on = 1 + (strcmp(v, "error") == 0 ? F8K_SEV_ERROR :
                          strcmp(v, "note") == 0 ? F8K_SEV_NOTE :
                          F8K_SEV_WARNING);
        break;
    case K_IGNORE:
        o->ignore = v;
        break;
    case K_NOTES:
        o->notes = 1;
        break;
    case K_LIST:
        o->list = 1;
        break;
    }
    return -1;
}

/* One option of the commands above into O (each key is taken by one of
 * the three). */
static int take(void *ctx, int key, const char *v)
{
    struct cli_options *o = ctx;
    int rc = take_io(o, key, v);

    if (rc < 0)
        rc = take_batch(o, key, v);
    if (rc < 0)
        rc = take_check(o, key, v);
    return rc;
}

/* ARGV by CMD's table into O, the operands after the options.  -1: go
 * on; else the exit status. */
static int read_args(const struct cli_cmd *cmd, int argc, char **argv,
                     struct cli_options *o)
{
    int first, rc;

    memset(o, 0, sizeof *o);
    rc = cli_getopt(cmd, argc, argv, take, o, &first);
    o->operands = (const char **)(argv + first);
    o->n_operands = (size_t)(argc - first);
    return rc;
}

/* ------------------------------------------------------------- messages */

#define usage_error cli_usage_error

/* --help: the usage, what form8k reads and writes, its commands and
 * the options of parse (from its table). */
static void help_intro(FILE *f)
{
    const struct cli_cmd *const *c;

    fprintf(f,
"Usage: %s COMMAND [OPTION]... [FILE|FOLDER]...\n"
"  or:  %s --help | --version\n"
"\n"
"Read a Form 8-K current report as filed with the SEC on EDGAR - the\n"
"plain-text layout of 1993-2005 or the HTML (and inline XBRL) of later\n"
"years - and write it as XML valid against the form8k schema (namespace\n"
"%s).\n"
"FILE is the 8-K document itself (text or HTML, told from the content)\n"
"or the whole EDGAR submission file (<accession>.txt: SGML header and\n"
"every document); '-' reads standard input.  A submission's XML holds the\n"
"typed header, every document and the cross-checks of header against\n"
"document (codes F8K-X501..X508); an HTML cover is checked against its\n"
"inline XBRL tags (F8K-X601..N608).\n"
"\n"
"Commands:\n", progname, progname, f8k_xml_namespace());
    for (c = cli_commands; *c != NULL; c++)
        fprintf(f, "  %-10s %s\n", (*c)->name, (*c)->summary);
    fprintf(f,
"'%s COMMAND --help' prints the usage and the options of COMMAND.\n"
"\n"
"Options of parse:\n", progname);
    cli_opts_help(f, &cmd_parse, 1);
}

/* --help: what batch mode writes where, and its index. */
static void help_batch(FILE *f)
{
    fprintf(f,
"\n"
"Batch mode (several FILEs, a FOLDER, --files-from, or --out DIR) writes\n"
"one XML per input under DIR, the input's path mirrored (FOLDER/a/b.txt ->\n"
"DIR/a/b.xml; a FILE operand keeps its path less '/', '.' and '..' parts);\n"
"a final .txt becomes .xml, other names get .xml added.  Each XML is\n"
"written atomically (temporary file, rename), never through a symbolic\n"
"link inside DIR (such an input fails with status 3); of two inputs with\n"
"one output name (a and a.txt, or one name in two FOLDERs) the later fails\n"
"(status 3) rather than overwrite the first one's XML.  A FOLDER is read\n"
"recursively, in name order (names starting with '.', links to folders\n"
"and DIR itself are skipped, and form8k's own output: XML whose root is\n"
"Form8K in form8k's namespace, index.jsonl).\n"
"A failing input never stops the batch.  The index has one JSON object a\n"
"line, in the order the inputs finish:\n"
"  {\"input\":\"a/b.txt\",\"status\":\"ok\",\"exit\":0,\"diagnostics\":2,\n"
"   \"output\":\"DIR/a/b.xml\",\"bytes\":5120,\"xml_bytes\":8033,\"seconds\":0.0004,\n"
"   \"kind\":\"submission\",\"body_read\":true,\"accession\":\"...\",\n"
"   \"cik\":\"...\",\"codes\":[\"F8K-W104\"]}\n"
"status is ok, skipped (--resume) or failed; exit is the status that\n"
"'%s parse FILE' would give; a failed line has \"output\":null and an\n"
"\"error\".  --resume keeps the lines of earlier runs.  A summary line goes\n"
"to standard error at the end (its MB/s counts the inputs converted).\n"
"\n", progname);
}

/* --help: the elements of the XML, and the diagnostics. */
static void help_xml(FILE *f)
{
    fprintf(f,
"The XML holds, in the root element Form8K:\n"
"  CoverPage    DocumentType (8-K or 8-K/A), the date of report, the Rule\n"
"               425/14a-12/14d-2(b)/13e-4(c) check boxes when printed, and\n"
"               one Registrant per registrant: EntityRegistrantName, state\n"
"               of incorporation, EntityFileNumber, IRS employer number,\n"
"               address, telephone, former name.  Each value holds its\n"
"               normalised form, with printed=, line= and column= saying\n"
"               what the filing printed and where\n"
"  Items        one Item per item heading: number= (\"5\", \"2.02\"),\n"
"               regime= (1993 or 2004), official and printed caption, text\n"
"  Signatures   one Signature per signer: Registrant, Name, Title, Date\n"
"  Exhibits     one Exhibit per exhibit listed: number=, Description\n"
"  Diagnostics  the diagnostics below, with code=, line= and column=\n"
"The XML is validated against the schema built into form8k before any of\n"
"it is written; the schema is also installed as form8k.xsd.\n"
"\n"
"Diagnostics go to standard error, one a line, in the GNU style:\n"
"  FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE]\n"
"SEVERITY is note, warning or error; CODE is stable (F8K-W104 ...);\n"
"'%s explain CODE' says what it means.\n"
"\n",
            progname);
}

/* --help: the exit statuses, and examples. */
static void help_exit(FILE *f)
{
    fprintf(f,
"Exit status:\n"
"  0  the XML was written (there may be warnings)\n"
"  1  the input is not a readable Form 8-K (a diagnostic says where)\n"
"  2  usage error (bad option or arguments)\n"
"  3  input/output error: FILE cannot be read or OUT cannot be written\n"
"  4  FILE is larger than %lu bytes\n"
"  5  internal error: the XML failed schema validation or libxml2 failed\n"
"  6  out of memory\n"
"  7  the input is another form (10-K, 10-Q, 6-K ...), not a Form 8-K\n"
"  8  batch mode: the batch ran to its end but some inputs failed (the\n"
"     index says which); 3 and 6 there mean DIR, the index or memory\n"
"     failed the batch itself\n"
"validate, diff, regress: see their --help.\n"
"\n"
"Examples:\n"
"  form8k parse examples/classic-8k.txt\n"
"  form8k parse -o report.xml filing.txt\n"
"  form8k parse -q - < filing.txt | xmllint --format -\n"
"  form8k parse -q -j 8 --out xml/ edgar/2003/\n"
"  find edgar -name '*.txt' | form8k parse --out xml --files-from=- --resume\n"
"  form8k validate --format=sarif edgar/ > form8k.sarif\n"
"  form8k explain F8K-W301\n",
            (unsigned long)F8K_MAX_INPUT);
}

/* "form8k --help": what form8k does, its commands, the options of parse
 * (from its table), batch mode, the XML, diagnostics, exit statuses. */
static void print_help(FILE *f)
{
    help_intro(f);
    help_batch(f);
    help_xml(f);
    help_exit(f);
}

/* Write LEN bytes to standard output; the document is complete already,
 * so a failure here is an I/O error of the output alone. */
static int write_stdout(const char *xml, size_t len)
{
    errno = 0;
    if (fwrite(xml, 1, len, stdout) != len || fflush(stdout) != 0) {
        int err = errno != 0 ? errno : EIO;
        return cli_io_error(stderr, "standard output", err);
    }
    return EXIT_XML;
}

/* The umask, read once by main() before any thread starts: umask() can
 * only be read by setting it, which threads must not race on. */
static mode_t process_umask = 022;

/* ---------------------------------------------------------------- parse */

static int run_parse(const struct cli_options *o, const char *input)
{
    const char *name = strcmp(input, "-") == 0 ? "<stdin>" : input;
    char *data = NULL, *xml = NULL;
    size_t len = 0, xml_len = 0;
    f8k_doc *doc = NULL;
    f8k_schema *schema = NULL;
    f8k_status st;
    int rc;

    rc = cli_read_input(input, name, &data, &len, stderr);
    if (rc != 0)
        return rc;
    rc = cli_convert(name, data, len, &o->parse, &schema, &doc, &xml,
                     &xml_len, &st);
    free(data);
    cli_report(stderr, doc, name, rc, st, o->quiet);
    if (rc == EXIT_XML)
        rc = cli_reformat(o, name, &xml, &xml_len, stderr);
    if (rc == EXIT_XML) {
        if (o->output != NULL && strcmp(o->output, "-") != 0)
            rc = cli_write_out(o->output, xml, xml_len, 1, process_umask,
                               stderr);
        else
            rc = write_stdout(xml, xml_len);
    }

    f8k_free(xml);
    f8k_schema_free(schema);
    f8k_doc_free(doc);
    return rc;
}

/* form8k render: the lines the grammar reads from one input, each with
 * the position in the input it came from, to standard output or -o. */
static int run_render(const struct cli_options *o)
{
    const char *input, *name;
    char *data = NULL, *out = NULL;
    size_t len = 0, out_len = 0;
    f8k_status st;
    int rc;

    if (o->n_operands != 1)
        return usage_error(o->n_operands == 0 ? "render: missing FILE"
                                              : "render: one FILE only", NULL);
    input = o->operands[0];
    name = strcmp(input, "-") == 0 ? "<stdin>" : input;
    rc = cli_read_input(input, name, &data, &len, stderr);
    if (rc != 0)
        return rc;
    st = f8k_render(name, data, len, &o->parse, o->plain ? F8K_RENDER_PLAIN : 0,
                    &out, &out_len);
    free(data);
    if (st != F8K_OK) {
        fprintf(stderr, "%s: %s: %s\n", progname, name, f8k_status_string(st));
        return st == F8K_ERR_NOMEM ? EXIT_NOMEM :
               st == F8K_ERR_TOO_LARGE ? EXIT_TOO_LARGE : EXIT_INTERNAL;
    }
    if (o->output != NULL && strcmp(o->output, "-") != 0)
        rc = cli_write_out(o->output, out, out_len, 1, process_umask, stderr);
    else
        rc = write_stdout(out, out_len);
    f8k_free(out);
    return rc;
}

/* Is PATH a folder?  (Not an error when it is not there: reading it will
 * say so.) */
static int is_dir(const char *path)
{
    struct stat sb;
    return strcmp(path, "-") != 0 && stat(path, &sb) == 0 &&
           S_ISDIR(sb.st_mode);
}

/* One input to standard output or -o, or a batch into --out DIR. */
static int run(const struct cli_options *o)
{
    int batch = o->out_dir != NULL || o->files_from != NULL ||
                o->n_operands > 1 ||
                (o->n_operands == 1 && is_dir(o->operands[0]));

    if (!batch) {
        if (o->n_operands == 0)
            return usage_error("missing FILE (use '-' for standard input)", NULL);
        if (o->jobs > 1 || o->resume || o->index != NULL)
            return usage_error("-j, --resume and --index need batch mode:", "--out DIR");
        return run_parse(o, o->operands[0]);
    }
    if (o->out_dir == NULL)
        return usage_error("several inputs, a folder or --files-from need --out DIR", NULL);
    if (o->output != NULL)
        return usage_error("-o names one output; with several inputs use", "--out DIR");
    return cli_batch(o);
}

/* The commands of the tables above: their options read into O, FN runs. */
static int with_options(const struct cli_cmd *cmd, int argc, char **argv,
                        int (*fn)(const struct cli_options *o))
{
    struct cli_options o;
    int rc = read_args(cmd, argc, argv, &o);

    return rc >= 0 ? rc : fn(&o);
}

static int run_explain(const struct cli_options *o)
{
    return cli_explain(o, o->list);
}

static int parse_main(int argc, char **argv)
{
    return with_options(&cmd_parse, argc, argv, run);
}

static int render_main(int argc, char **argv)
{
    return with_options(&cmd_render, argc, argv, run_render);
}

static int table_main(int argc, char **argv)
{
    return with_options(&cmd_table, argc, argv, cli_table);
}

static int validate_main(int argc, char **argv)
{
    return with_options(&cmd_validate, argc, argv, cli_validate);
}

static int explain_main(int argc, char **argv)
{
    return with_options(&cmd_explain, argc, argv, run_explain);
}

/* The options before the command: --help and --version (abbreviations
 * too), nothing else; "+": the first operand is the command and what
 * follows it is the command's. */
static const struct option top_opts[] = {
    { "help", no_argument, NULL, 'h' },
    { "version", no_argument, NULL, 'V' },
    { NULL, 0, NULL, 0 }
};

/* "form8k help [COMMAND]" (ARGV from "help" on): the help of form8k or
 * of one command. */
static int help_command(int argc, char **argv)
{
    const struct cli_cmd *const *c;

    for (c = cli_commands; argc > 1 && *c != NULL; c++)
        if (strcmp(argv[1], (*c)->name) == 0)
            break;
    if (argc > 1 && *c == NULL)
        return usage_error("unknown command", argv[1]);
    if (argc > 1)
        cli_cmd_help(stdout, *c);
    else
        print_help(stdout);
    return EXIT_XML;
}

/* The command ARGV[0] run with its arguments; "help", "version", and a
 * file named instead of a command said apart.  Its exit status. */
static int run_command(int argc, char **argv)
{
    const struct cli_cmd *const *c;
    const char *cmd = argv[0];
    struct stat sb;

    for (c = cli_commands; *c != NULL; c++)
        if (strcmp(cmd, (*c)->name) == 0)
            return (*c)->run(argc, argv);
    if (strcmp(cmd, "help") == 0)
        return help_command(argc, argv);
    if (strcmp(cmd, "version") == 0) {
        cli_version(stdout);
        return EXIT_XML;
    }
    if (stat(cmd, &sb) == 0) {
        /* "form8k filing.txt": a file, not a command - say what to
         * type. */
        fprintf(stderr, "%s: '%s' is not a command; to convert it: "
                "%s parse %s\n", progname, cmd, progname, cmd);
        fprintf(stderr, "Try '%s --help' for more information.\n",
                progname);
        return EXIT_USAGE;
    }
    return usage_error("unknown command", cmd);
}

int main(int argc, char **argv)
{
    int rc = -1, k;

    process_umask = umask(022);
    umask(process_umask);
    argv[0] = (char *)progname;
    while (rc < 0 && (k = getopt_long(argc, argv, "+hV", top_opts, NULL)) != -1) {
        if (k == 'h') {
            print_help(stdout);
            rc = EXIT_XML;
        } else if (k == 'V') {
            cli_version(stdout);
            rc = EXIT_XML;
        } else {
            fprintf(stderr, "Try '%s --help' for more information.\n",
                    progname);
            return EXIT_USAGE;
        }
    }
    if (rc < 0 && optind >= argc)
        return usage_error("missing command (parse FILE, validate FILE ...)",
                           NULL);
    if (rc < 0)
        rc = run_command(argc - optind, argv + optind);
    /* Help and version go to standard output: report a failed write. */
    if (fflush(stdout) != 0 || ferror(stdout)) {
        if (rc == EXIT_XML)
            rc = cli_io_error(stderr, "standard output", errno != 0 ? errno : EIO);
    }
    return rc;
}
