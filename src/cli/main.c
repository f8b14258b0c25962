/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* main.c - the form8k command: read a Form 8-K, write validated XML.
 *
 *   form8k parse [OPTIONS] FILE
 *   form8k parse [OPTIONS] --out DIR FILE|FOLDER... (batch.c)
 *   form8k validate [OPTIONS] FILE|FOLDER...      (validate.c)
 *   form8k explain CODE... | --list               (validate.c)
 *
 * Everything about Form 8-K lives in libform8k (form8k.h, the only header
 * used here); this file reads the input, prints the library's diagnostics
 * in GNU style, writes the XML (atomically with -o) and turns the result
 * into an exit status.  The XML is complete and validated in memory
 * before a byte of it is written, so a failed run writes no XML at all.
 */
/* POSIX.1-2008 for fileno, fchmod, fsync, mkstemp: the command builds
 * with -std=c99 as well as with gnu99. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "cli.h"
#include "regress.h"

#define progname cli_progname

/* ------------------------------------------------------------- messages */

static void usage_hint(void)
{
    fprintf(stderr, "Try '%s --help' for more information.\n", progname);
}

static int usage_error(const char *what, const char *arg)
{
    if (arg != NULL)
        fprintf(stderr, "%s: %s '%s'\n", progname, what, arg);
    else
        fprintf(stderr, "%s: %s\n", progname, what);
    usage_hint();
    return EXIT_USAGE;
}

static void print_help(FILE *f)
{
    fprintf(f,
"Usage: form8k parse [OPTIONS] FILE\n"
"       form8k parse [OPTIONS] --out DIR FILE|FOLDER... [--files-from=LIST]\n"
"       form8k render [--plain] [--mode=MODE] [-o OUT] FILE\n"
"       form8k table [--format=csv|tsv] [-o OUT] FILE|FOLDER...\n"
"       form8k diff [--positions] [--format=json] OLD.xml NEW.xml\n"
"       form8k regress --baseline DIR [--update] [--junit FILE] FILE|FOLDER...\n"
"       form8k coverage [--format=json] FILE|FOLDER...\n"
"       form8k generate [--seed N] [--count K] [--format=html]\n"
"                       [--kind=mix|8k|submission] --out DIR\n"
"              (regression testing with the grammar; COMMAND --help)\n"
"       form8k validate [OPTIONS] FILE|FOLDER... [--files-from=LIST]\n"
"       form8k explain CODE... | --list\n"
"       form8k --help | --version\n"
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
"render prints the lines the grammar reads - for HTML the lines form8k\n"
"rendered from it (tables as columns) - each after the LINE:COLUMN of the\n"
"input it came from (--plain: without them): the tool to see why a field\n"
"was read as it was.\n"
"\n"
"table writes one CSV (RFC 4180) or TSV row per filing - per registrant\n"
"for a joint filing - under a header row: input, AccessionNumber,\n"
"DocumentType, DocumentPeriodEndDate, the registrant's cover fields, Items,\n"
"Signers, Exhibits, Errors, Warnings.  An input that is form8k's own XML\n"
"is read as it is, not parsed again; FOLDERs are walked as in batch mode.\n"
"\n", f8k_xml_namespace());
    fprintf(f,
"validate gives each input a verdict - conforms, departs, not-8k (another\n"
"form, or no 8-K at all) or unreadable (I/O, binary, too large) - after\n"
"the grammar's checks and a reviewer's (F8K-W701..W707: the signature\n"
"dated and not before the event, dates in order, exhibits announced and\n"
"listed, the signer's registrant the cover's).  No XML is written.\n"
"  --format=FMT      text (the default: departures as diagnostics, a\n"
"                    verdict line per input, a summary), json (JSON Lines:\n"
"                    one object per input with its departures, each with\n"
"                    code, severity, line, column, message and rule) or\n"
"                    sarif (SARIF 2.1.0, a rule per code)\n"
"  --fail-on=SEV     error, warning (the default) or note: the least\n"
"                    severity that makes a departure\n"
"  --ignore=CODE,... drop these codes\n"
"  --notes           print notes too (they never depart unless\n"
"                    --fail-on=note)\n"
"  -j N, --files-from=LIST, FOLDER  as in batch mode below\n"
"Exit status of validate: the largest of its inputs': 0 conforms, 1\n"
"departs, not an 8-K or binary data, 3, 4, 5 or 6 (below) unreadable.\n"
"explain CODE prints what a diagnostic code means, the rule it checks, an\n"
"example and what to do; explain --list lists every code.\n"
"\n"
"Options:\n"
"      --format=FMT  parse: xml (the default) or json (the XML as JSON, see\n"
"                    form8k.schema.json; batch mode writes NAME.json);\n"
"                    table: csv (the default) or tsv\n"
"  -o, --output=OUT  write the XML to OUT instead of standard output.  A\n"
"                    regular file is replaced atomically and only when the\n"
"                    run succeeds (on any failure it is left as it was; no\n"
"                    setuid/setgid bit kept); a link is followed and its\n"
"                    target replaced; a FIFO or device (/dev/null,\n"
"                    /dev/stdout) is written to, never replaced\n"
"      --keep-binary binary documents of a submission (uuencoded PDF, images)\n"
"                    are described by name, sizes and SHA-256; with this\n"
"                    option their bytes are kept too, in base64\n"
"      --mode=MODE   what FILE is: auto (the default: tell from the\n"
"                    content), text (the 8-K document in plain text; also\n"
"                    'document'), html (the 8-K document in HTML, with or\n"
"                    without inline XBRL) or submission (an EDGAR\n"
"                    submission file)\n"
"  -q, --quiet       print no diagnostics when the XML is written; when\n"
"                    form8k fails its diagnostics are printed all the same\n"
"                    (in batch mode: no summary either)\n"
"  -h, --help        print this help and exit\n"
"  -V, --version     print the version and the XML namespace and exit\n");
    fprintf(f,
"\n"
"Batch mode (several FILEs, a FOLDER, --files-from, or --out DIR):\n"
"      --out=DIR     write one XML per input under DIR, the input's path\n"
"                    mirrored (FOLDER/a/b.txt -> DIR/a/b.xml; a FILE operand\n"
"                    keeps its path less '/', '.' and '..' parts); a final\n"
"                    .txt becomes .xml, other names get .xml added.  Each\n"
"                    XML is written atomically (temporary file, rename),\n"
"                    never through a symbolic link inside DIR (such an\n"
"                    input fails with status 3);\n"
"                    of two inputs with one output name (a and a.txt, or\n"
"                    one name in two FOLDERs) the later fails (status 3)\n"
"                    rather than overwrite the first one's XML\n");
    fprintf(f,
"  FOLDER            read every file under it, recursively, in name order\n"
"                    (names starting with '.', links to folders and DIR\n"
"                    itself are skipped)\n"
"  -T, --files-from=LIST  read the paths to convert from LIST, one a line;\n"
"                    '-' is standard input\n"
"  -j, --jobs=N      N worker threads (default: one per online processor)\n"
"      --resume      skip an input whose XML is complete: present, ending\n"
"                    with </Form8K> and no older than the input (to the\n"
"                    nanosecond); first removes the NAME.xml.XXXXXX\n"
"                    temporaries a killed batch left in DIR\n"
"      --index=FILE  write the index there instead of DIR/index.jsonl\n"
"      --progress, --no-progress  a progress bar on standard error (the\n"
"                    default: when it is a terminal and -q is not given)\n"
"A failing input never stops the batch.  The index has one JSON object a\n"
"line, in the order the inputs finish:\n"
"  {\"input\":\"a/b.txt\",\"status\":\"ok\",\"exit\":0,\"diagnostics\":2,\n"
"   \"output\":\"DIR/a/b.xml\",\"bytes\":5120,\"xml_bytes\":8033,\"seconds\":0.0004}\n"
"status is ok, skipped (--resume) or failed; exit is the status that\n"
"'form8k parse FILE' would give; a failed line has \"output\":null and an\n"
"\"error\".  A summary line goes to standard error at the end.\n"
"\n"
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
"SEVERITY is note, warning or error; CODE is stable (F8K-W104 ...).\n"
"\n"
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

static void print_version(void)
{
    printf("%s %s\n", progname, f8k_version());
    printf("XML namespace: %s\n", f8k_xml_namespace());
    printf("Copyright (c) 2026 The form8k authors.\n"
           "License MIT: <https://opensource.org/licenses/MIT>.\n"
           "This is free software: you are free to change and redistribute it.\n"
           "There is NO WARRANTY, to the extent permitted by law.\n");
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

/* -------------------------------------------------------- command line */

/* Is ARG the long option NAME, possibly as NAME=VALUE?  Sets *VALUE to
 * what follows '=' or to NULL. */
static int long_opt(const char *arg, const char *name, const char **value)
{
    size_t n = strlen(name);

    if (strncmp(arg, name, n) != 0)
        return 0;
    if (arg[n] == '\0') {
        *value = NULL;
        return 1;
    }
    if (arg[n] == '=') {
        *value = arg + n + 1;
        return 1;
    }
    return 0;
}

/* The value of an option that takes one: V when it came as --opt=V or
 * -oV, else the next argument (*I advances).  NULL: none left. */
static const char *opt_value(const char *v, int argc, char **argv, int *i)
{
    if (v != NULL)
        return v;
    if (*i + 1 >= argc)
        return NULL;
    return argv[++*i];
}

/* -j N: a count of worker threads, 1 to 1024. */
static int set_jobs(const char *v, struct cli_options *o)
{
    char *end;
    unsigned long n;

    errno = 0;
    n = strtoul(v, &end, 10);
    if (v[0] < '0' || v[0] > '9' || *end != '\0' || errno != 0 || n < 1 ||
        n > 1024)
        return usage_error("the number of jobs must be 1 to 1024, not", v);
    o->jobs = (unsigned)n;
    return -1;
}

/* --format, by the command: validate takes text, json (JSON Lines) or
 * sarif (validate.c's FMT_*); parse takes xml or json, table csv or tsv
 * (CLI_FMT_*).  Returns -1 to go on or a usage-error status. */
static int resolve_format(struct cli_options *o, int validate)
{
    const char *v = o->format_name;

    if (v == NULL)
        return -1;
    if (validate) {
        o->format = strcmp(v, "text") == 0 ? 0 :
                    strcmp(v, "json") == 0 || strcmp(v, "jsonl") == 0 ? 1 :
                    strcmp(v, "sarif") == 0 ? 2 : -1;
        if (o->format < 0)
            return usage_error("--format of validate must be text, json or sarif, not", v);
        return -1;
    }
    o->format = strcmp(v, "xml") == 0 ? CLI_FMT_XML :
                strcmp(v, "json") == 0 ? CLI_FMT_JSON :
                strcmp(v, "csv") == 0 ? CLI_FMT_CSV :
                strcmp(v, "tsv") == 0 ? CLI_FMT_TSV : -1;
    if (o->format < 0)
        return usage_error("--format must be xml or json (parse), csv or tsv (table), not", v);
    return -1;
}

/* An option with a value, given as NAME (long) or as the short letter C:
 * stores the value.  Returns -1 to go on or a usage-error status. */
static int take_value(char c, const char *v, struct cli_options *o)
{
    if (v[0] == '\0' && c != 'j')
        return usage_error("empty value for option", c == 'o' ? "-o" :
                           c == 'd' ? "--out" : c == 'T' ? "-T" :
                           c == 'i' ? "--index" : c == 'F' ? "--format" :
                           c == 'f' ? "--fail-on" : c == 'I' ? "--ignore" :
                           "--mode");
    switch (c) {
    case 'F':
        /* what it means depends on the command: resolve_format */
        o->format_name = v;
        break;
    case 'f':
        /* stored as severity + 1: 0 is "not given" (warning) */
        if (strcmp(v, "error") == 0)
            o->fail_on = 1 + F8K_SEV_ERROR;
        else if (strcmp(v, "warning") == 0)
            o->fail_on = 1 + F8K_SEV_WARNING;
        else if (strcmp(v, "note") == 0)
            o->fail_on = 1 + F8K_SEV_NOTE;
        else
            return usage_error("--fail-on must be error, warning or note, not", v);
        o->validate_opts = 1;
        break;
    case 'I':
        o->ignore = v;
        o->validate_opts = 1;
        break;
    case 'o':
        o->output = v;
        break;
    case 'd':
        o->out_dir = v;
        break;
    case 'T':
        o->files_from = v;
        break;
    case 'i':
        o->index = v;
        break;
    case 'j':
        return set_jobs(v, o);
    case 'm':
        if (strcmp(v, "auto") == 0)
            o->parse.mode = F8K_MODE_AUTO;
        else if (strcmp(v, "document") == 0 || strcmp(v, "text") == 0)
            o->parse.mode = F8K_MODE_DOCUMENT;
        else if (strcmp(v, "html") == 0)
            o->parse.mode = F8K_MODE_HTML;
        else if (strcmp(v, "submission") == 0)
            o->parse.mode = F8K_MODE_SUBMISSION;
        else
            return usage_error("--mode must be auto, text, html or submission, not", v);
        break;
    }
    return -1;
}

/* The long options that take a value, and the letter take_value knows
 * them by. */
static const struct {
    const char *name;
    char        c;
} value_opts[] = {
    { "--output", 'o' }, { "--out", 'd' }, { "--files-from", 'T' },
    { "--index", 'i' }, { "--jobs", 'j' }, { "--mode", 'm' },
    { "--format", 'F' }, { "--fail-on", 'f' }, { "--ignore", 'I' }
};

/* Parse the arguments of "parse" (ARGV[0] is the first of them).  Returns
 * -1 to go on, or an exit status (help printed, usage error).  Operands
 * are kept in O->operands, which the caller frees. */
static int parse_args(int argc, char **argv, struct cli_options *o)
{
    int i, only_operands = 0, rc;
    size_t k;

    o->operands = malloc(((size_t)argc + 1) * sizeof *o->operands);
    if (o->operands == NULL) {
        fprintf(stderr, "%s: out of memory\n", progname);
        return EXIT_NOMEM;
    }
    for (i = 0; i < argc; i++) {
        const char *a = argv[i], *v;

        if (only_operands || a[0] != '-' || a[1] == '\0') {
            o->operands[o->n_operands++] = a;
        } else if (strcmp(a, "--") == 0) {
            only_operands = 1;
        } else if (a[1] == '-') {
            for (k = 0; k < sizeof value_opts / sizeof value_opts[0]; k++)
                if (long_opt(a, value_opts[k].name, &v))
                    break;
            if (k < sizeof value_opts / sizeof value_opts[0]) {
                v = opt_value(v, argc, argv, &i);
                if (v == NULL)
                    return usage_error("option requires an argument:", a);
                rc = take_value(value_opts[k].c, v, o);
                if (rc >= 0)
                    return rc;
            } else if (long_opt(a, "--plain", &v) && v == NULL) {
                o->plain = 1;
            } else if (long_opt(a, "--notes", &v) && v == NULL) {
                o->notes = 1;
                o->validate_opts = 1;
            } else if (long_opt(a, "--list", &v) && v == NULL) {
                o->list = 1;
            } else if (long_opt(a, "--keep-binary", &v) && v == NULL) {
                o->parse.keep_binary = 1;
            } else if (long_opt(a, "--resume", &v) && v == NULL) {
                o->resume = 1;
            } else if (long_opt(a, "--progress", &v) && v == NULL) {
                o->progress = 1;
            } else if (long_opt(a, "--no-progress", &v) && v == NULL) {
                o->progress = -1;
            } else if (long_opt(a, "--quiet", &v) && v == NULL) {
                o->quiet = 1;
            } else if (long_opt(a, "--help", &v) && v == NULL) {
                print_help(stdout);
                return EXIT_XML;
            } else if (long_opt(a, "--version", &v) && v == NULL) {
                print_version();
                return EXIT_XML;
            } else {
                return usage_error("unrecognized option", a);
            }
        } else {
            /* A cluster of short options: -q, -qo OUT, -oOUT, -j2. */
            const char *p;
            for (p = a + 1; *p != '\0'; p++) {
                if (*p == 'q') {
                    o->quiet = 1;
                } else if (*p == 'h') {
                    print_help(stdout);
                    return EXIT_XML;
                } else if (*p == 'V') {
                    print_version();
                    return EXIT_XML;
                } else if (*p == 'o' || *p == 'j' || *p == 'T') {
                    char opt[3] = { '-', 0, 0 };
                    opt[1] = *p;
                    v = opt_value(p[1] != '\0' ? p + 1 : NULL, argc, argv, &i);
                    if (v == NULL)
                        return usage_error("option requires an argument:", opt);
                    rc = take_value(*p, v, o);
                    if (rc >= 0)
                        return rc;
                    break;
                } else {
                    char opt[3] = { '-', 0, 0 };
                    opt[1] = *p;
                    return usage_error("invalid option", opt);
                }
            }
        }
    }
    return -1;
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
    if (o->out_dir != NULL || o->files_from != NULL || o->resume ||
        o->index != NULL || o->jobs > 1)
        return usage_error("render takes one FILE: no batch options", NULL);
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

    if (o->format > CLI_FMT_JSON)
        return usage_error("--format of parse is xml or json; csv and tsv are for", "table");
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

int main(int argc, char **argv)
{
    struct cli_options o;
    const char *cmd;
    int rc;

    memset(&o, 0, sizeof o);
    process_umask = umask(022);
    umask(process_umask);
    if (argc < 2) {
        fprintf(stderr, "Usage: %s parse [OPTIONS] FILE\n", progname);
        usage_hint();
        return EXIT_USAGE;
    }
    cmd = argv[1];
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 ||
        strcmp(cmd, "-h") == 0) {
        print_help(stdout);
        rc = EXIT_XML;
    } else if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0 ||
               strcmp(cmd, "version") == 0) {
        print_version();
        rc = EXIT_XML;
    } else if (strcmp(cmd, "validate") == 0) {
        rc = parse_args(argc - 2, argv + 2, &o);
        if (rc < 0 && (o.output != NULL || o.out_dir != NULL || o.resume ||
                       o.index != NULL || o.plain || o.list || o.progress ||
                       o.parse.keep_binary))
            rc = usage_error("validate writes no XML: -o, --out, --resume, "
                             "--index, --keep-binary, --plain, --list and "
                             "--progress are not its options", NULL);
        if (rc < 0)
            rc = resolve_format(&o, 1);
        if (rc < 0)
            rc = cli_validate(&o);
        free(o.operands);
    } else if (strcmp(cmd, "explain") == 0) {
        rc = parse_args(argc - 2, argv + 2, &o);
        if (rc < 0)
            rc = cli_explain(&o, o.list);
        free(o.operands);
    } else if (strcmp(cmd, "parse") == 0 || strcmp(cmd, "render") == 0 ||
               strcmp(cmd, "table") == 0) {
        rc = parse_args(argc - 2, argv + 2, &o);
        if (rc < 0 && o.plain && cmd[0] == 'p')
            rc = usage_error("--plain is an option of", "render");
        if (rc < 0 && (o.validate_opts || o.list))
            rc = usage_error("--fail-on, --ignore, --notes and --list are "
                             "options of validate and explain", NULL);
        if (rc < 0)
            rc = resolve_format(&o, 0);
        if (rc < 0)
            rc = cmd[0] == 't' ? cli_table(&o) : cmd[0] == 'p' ? run(&o)
                                                : run_render(&o);
        free(o.operands);
    } else if (strcmp(cmd, "diff") == 0) {
        rc = cli_diff_main(argc - 2, argv + 2);
    } else if (strcmp(cmd, "regress") == 0) {
        rc = cli_regress_main(argc - 2, argv + 2);
    } else if (strcmp(cmd, "coverage") == 0) {
        rc = cli_coverage_main(argc - 2, argv + 2);
    } else if (strcmp(cmd, "generate") == 0) {
        rc = cli_generate_main(argc - 2, argv + 2);
    } else if (cmd[0] == '-') {
        return usage_error("unrecognized option", cmd);
    } else {
        struct stat sb;
        /* "form8k filing.txt": a file, not a command - say what to type. */
        if (stat(cmd, &sb) == 0) {
            fprintf(stderr, "%s: '%s' is not a command; to convert it: "
                    "%s parse %s\n", progname, cmd, progname, cmd);
            usage_hint();
            return EXIT_USAGE;
        }
        return usage_error("unknown command", cmd);
    }
    /* Help and version go to standard output: report a failed write. */
    if (fflush(stdout) != 0 || ferror(stdout)) {
        if (rc == EXIT_XML)
            rc = cli_io_error(stderr, "standard output", errno != 0 ? errno : EIO);
    }
    return rc;
}
