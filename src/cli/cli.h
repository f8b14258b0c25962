/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* cli.h - the command's modules, bottom to top (each calls only the ones
 * above it in this list, and the library):
 *
 *   cli.c      reading an input, converting it, exit statuses, printing
 *              diagnostics
 *   outfile.c  writing: -o OUT, and outputs and temporaries under --out DIR
 *   json.c     --format=json: the validated XML as JSON (json_map.h)
 *   batch.c    many inputs on several threads (--out DIR); the folder
 *              walk that table.c shares
 *   table.c    form8k table: one CSV/TSV row per filing (per registrant)
 *   batch.c    many inputs on several threads (--out DIR; and the walk
 *              of inputs validate uses)
 *   validate.c form8k validate (verdicts, text/JSON Lines/SARIF) and
 *              form8k explain (the catalogue of codes)
 *   opts.c     options by a command's table (getopt_long), --help
 *   main.c     the command line, one input
 *
 * Every helper that prints takes the stream to print on: one input prints
 * on stderr, a batch worker on a buffer of its own that is copied to stderr
 * in one piece, so that the messages of two inputs never interleave.
 */
#ifndef F8K_CLI_H
#define F8K_CLI_H

#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>
#include "form8k.h"

/* Exit statuses, documented in --help, form8k(1) and README. */
enum {
    EXIT_XML = 0,       /* XML written (warnings possible)              */
    EXIT_INPUT = 1,     /* not a readable Form 8-K                      */
    EXIT_USAGE = 2,     /* bad command line                             */
    EXIT_IO = 3,        /* cannot read the input or write the output    */
    EXIT_TOO_LARGE = 4, /* input larger than F8K_MAX_INPUT              */
    EXIT_INTERNAL = 5,  /* XML failed validation, libxml2 failure       */
    EXIT_NOMEM = 6,     /* out of memory                                */
    EXIT_NOT_8K = 7,    /* another form (10-K, 10-Q, 6-K ...): refused  */
    EXIT_BATCH = 8      /* batch mode: the batch ran, some inputs failed */
};

/* --format: what parse writes (xml, json) or table writes (csv, tsv). */
enum { CLI_FMT_XML = 0, CLI_FMT_JSON, CLI_FMT_CSV, CLI_FMT_TSV };

/* What the command line asked for (main.c reads it by the tables of
 * opts.h). */
struct cli_options {
    const char  *output;     /* -o FILE, or NULL for standard output     */
    int          quiet;      /* -q                                        */
    f8k_options  parse;      /* --mode, --keep-binary                     */
    /* Operands (FILE, '-', folders) in command-line order. */
    const char **operands;
    size_t       n_operands;
    /* Batch mode (batch.c). */
    const char  *out_dir;    /* --out DIR                                 */
    const char  *files_from; /* -T, --files-from LIST ('-': stdin)        */
    const char  *index;      /* --index FILE (default DIR/index.jsonl)   */
    unsigned     jobs;       /* -j N; 0: one per online processor         */
    int          resume;     /* --resume                                  */
    int          progress;   /* -1 --no-progress, 1 --progress, 0 auto    */
    int          plain;      /* render --plain: no source positions       */
    int          format;     /* --format: parse/table CLI_FMT_*, validate
                                0 text, 1 json, 2 sarif                   */
    /* validate (validate.c). */
    int          fail_on;    /* --fail-on: 1 + the least f8k_severity that
                                departs; 0: not given (warning)          */
    const char  *ignore;     /* --ignore=CODE,...                         */
    int          notes;      /* --notes                                   */
    int          list;       /* explain --list                            */
};

extern const char cli_progname[];

/* "form8k: FILE: strerror(ERR)" on F; returns EXIT_IO. */
int cli_io_error(FILE *f, const char *file, int err);

/* Read the file PATH ('-': standard input) into *DATA (malloc'd) and
 * *LEN, refusing more than F8K_MAX_INPUT bytes.  NAME names it in
 * messages.  Returns 0, or an exit status after printing why on ERR. */
int cli_read_input(const char *path, const char *name, char **data,
                   size_t *len, FILE *err);

/* Is DATA (LEN bytes) form8k's own XML - what parse, parse --out and
 * generate (NAME.expected.xml) write: content that begins (after blanks)
 * with "<?xml" or "<Form8K" and whose root element is Form8K in form8k's
 * namespace?  Only the first 16 KiB are read.  Such a file is form8k's
 * output, never a filing: a folder walk skips it (cli_walk), coverage
 * does not count it, table reads it as it is. */
int cli_is_own_xml(const char *data, size_t len);
/* Is DATA form8k's own JSON (parse --format=json): an object whose first
 * member is "schemaVersion" with a string value? */
int cli_is_own_json(const char *data, size_t len);
/* Is DATA form8k's own output, its XML or its JSON? */
int cli_is_own_output(const char *data, size_t len);
/* The same for the file PATH (its first 16 KiB); 0 when it cannot be
 * read (the walk then hands it on, and reading it fails as an input). */
int cli_file_is_own_output(const char *path);

/* outfile.c: where the command writes.
 *
 * Write all N bytes of P to FD (EINTR retried).  0, or -1 with errno. */
int cli_write_full(int fd, const char *p, size_t n);

/* -o OUT: a regular file (or a missing name) is replaced atomically by
 * XML (temporary file beside it, SYNC: fsync'd, renamed over it), keeping
 * its permission bits less set-user-ID, set-group-ID and sticky (a new
 * file: 0666 less UMASK_BITS); a symbolic link is followed and its target
 * replaced; a FIFO, a device or /dev/stdout is written in place.  Returns
 * 0, or an exit status after printing why on ERR; errno is kept. */
int cli_write_out(const char *out, const char *xml, size_t len, int sync,
                  mode_t umask_bits, FILE *err);

/* --out DIR: DIR opened as a folder descriptor (-1, errno). */
int cli_outdir_open(const char *dir);
/* The folder of REL (a relative path under DIRFD), reached one component
 * at a time without following links (made when missing if CREATE).
 * Returns a new descriptor and REL's last component at REL + *LEAF; or -1
 * with the cause in *ERR (ELOOP: a component is a symbolic link) and
 * *LEAF the end of the component that failed. */
int cli_outdir_parent(int dirfd, const char *rel, int create,
                      size_t *leaf, int *err);
/* Make LEAF under the folder PARENT hold exactly XML (temporary file
 * LEAF.XXXXXX, renamed over it); a LEAF that is a link or not a regular
 * file is refused (ELOOP, EEXIST).  0, or -1 with the cause in *ERR. */
int cli_outdir_write(int parent, const char *leaf, const char *xml,
                     size_t len, int *err);
/* Is REL under DIRFD a complete output of the input IN: a regular file
 * reached without links, ending with the root's end tag, and no older
 * (to the nanosecond) than IN? */
int cli_outdir_complete(int dirfd, const char *rel, const char *in);
/* Remove the temporary files (NAME.xml.XXXXXX) that a killed batch left
 * under DIRFD, links never followed; *REMOVED counts them.  0, or -1 when
 * some folder could not be read. */
int cli_outdir_clean(int dirfd, unsigned long *removed);

/* Parse DATA and, when it is a Form 8-K, serialise and validate it with
 * *SCHEMA, compiled first if NULL (batch mode compiles it beforehand, so
 * that its threads only read it).  *DOC (may be NULL) holds the diagnostics, *XML the document
 * (NULL unless the result is EXIT_XML).  Returns the exit status; the
 * library's status goes to *ST. */
int cli_convert(const char *name, const char *data, size_t len,
                const f8k_options *opt, f8k_schema **schema,
                f8k_doc **doc, char **xml, size_t *xml_len,
                f8k_status *st);

/* What the command prints after cli_convert: the diagnostics (all of them,
 * or with QUIET only when RC is a failure) and, when RC is a failure the
 * diagnostics do not explain, a line saying what failed. */
void cli_report(FILE *f, const f8k_doc *doc, const char *name, int rc,
                f8k_status st, int quiet);

/* batch.c: S as a JSON string on F (bytes that are not UTF-8 as
 * U+FFFD); 1 when some byte was replaced. */
int cli_json_str(FILE *f, const char *s);
/* json.c: the Form8K XML document XML (LEN bytes, valid against the
 * XSD) as JSON (*JSON malloc'd).  0, or -1 with errno (ENOMEM; EINVAL:
 * not the XML the schema describes). */
int cli_xml_to_json(const char *xml, size_t len, char **json,
                    size_t *json_len);
/* What parse writes, by O->format: *OUT (the XML from cli_convert) left
 * as it is, or replaced by its JSON (freed with f8k_free all the same).
 * Returns EXIT_XML, or an exit status after printing why on ERR. */
int cli_reformat(const struct cli_options *o, const char *name, char **out,
                 size_t *len, FILE *err);

/* batch.c: every input of O converted into O->out_dir. */
int cli_batch(const struct cli_options *o);

/* batch.c: the inputs an operand PATH names, in the order batch mode
 * converts them: a folder walked recursively in name order (names
 * starting with '.' and links to folders skipped, and the folder
 * W->skip_dev/skip_ino, when not 0, too; with W->skip_own form8k's own
 * output - its XML or JSON, cli_is_own_output, and index.jsonl - counted in
 * W->own_skipped),
 * anything else the one input (a FILE named is always an input).  FN
 * gets each input's path and the relative name batch mode mirrors under
 * --out DIR; a non-zero return stops the walk and is returned.  -1: out
 * of memory. */
struct cli_walk_opts {
    dev_t         skip_dev;
    ino_t         skip_ino;
    int           skip_own;
    unsigned long own_skipped;
};
int cli_walk(const char *path, struct cli_walk_opts *w,
             int (*fn)(void *ctx, const char *path, const char *rel),
             void *ctx);

/* table.c: form8k table. */
int cli_table(const struct cli_options *o);
/* batch.c: every input of O (operands, folders walked recursively,
 * --files-from) handed to FN(CTX, PATH) by one of O->jobs threads (FN
 * must lock what it shares).  0, or an exit status after saying why. */
typedef void (*cli_input_fn)(void *ctx, const char *path);
int cli_foreach_input(const struct cli_options *o, cli_input_fn fn, void *ctx);

/* validate.c: form8k validate and form8k explain. */
int cli_validate(const struct cli_options *o);
int cli_explain(const struct cli_options *o, int list);

#endif /* F8K_CLI_H */
