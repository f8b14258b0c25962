/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* cli.c - what the command's two front ends share: main.c (one input)
 * and batch.c (many inputs on several threads) both call down into this
 * file, and this file calls only the library - no cycle between them.
 *
 *   reading an input (whole, bounded by F8K_MAX_INPUT)
 *   converting it (parse, serialise, validate) and the exit status
 *   printing its diagnostics in the GNU style
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <libxml/xmlreader.h>

#include "cli.h"

const char cli_progname[] = "form8k";
#define progname cli_progname

static const char *severity_name(f8k_severity sev)
{
    switch (sev) {
    case F8K_SEV_NOTE:
        return "note";
    case F8K_SEV_WARNING:
        return "warning";
    case F8K_SEV_ERROR:
        return "error";
    }
    return "error";
}

/* One diagnostic as FILE:LINE:COL: SEVERITY: MESSAGE [CODE]; the position
 * parts the library left at 0 (unknown) are omitted. */
static void print_diag(FILE *f, const f8k_diag *d, const char *fallback_file)
{
    const char *file = d->file != NULL ? d->file : fallback_file;

    if (d->line > 0 && d->column > 0)
        fprintf(f, "%s:%u:%u: ", file, d->line, d->column);
    else if (d->line > 0)
        fprintf(f, "%s:%u: ", file, d->line);
    else
        fprintf(f, "%s: ", file);
    fprintf(f, "%s: %s", severity_name(d->severity),
            d->message != NULL ? d->message : "");
    if (d->code != NULL && d->code[0] != '\0')
        fprintf(f, " [%s]", d->code);
    if (d->rel_line > 0)
        fprintf(f, " (other side: %s:%u:%u)", file, d->rel_line,
                d->rel_column);
    fputc('\n', f);
}

static void print_diags(FILE *f, const f8k_doc *doc, const char *name)
{
    size_t i, n = f8k_doc_diag_count(doc);

    for (i = 0; i < n; i++) {
        const f8k_diag *d = f8k_doc_diag(doc, i);
        if (d != NULL)
            print_diag(f, d, name);
    }
}

int cli_io_error(FILE *f, const char *file, int err)
{
    fprintf(f, "%s: %s: %s\n", progname, file, strerror(err));
    return EXIT_IO;
}

static int exit_status(f8k_status st)
{
    switch (st) {
    case F8K_OK:
        return EXIT_XML;
    case F8K_ERR_INPUT:
        return EXIT_INPUT;
    case F8K_ERR_NOT_8K:
        return EXIT_NOT_8K;
    case F8K_ERR_TOO_LARGE:
        return EXIT_TOO_LARGE;
    case F8K_ERR_NOMEM:
        return EXIT_NOMEM;
    case F8K_ERR_IO:
        return EXIT_IO;
    case F8K_ERR_SCHEMA:
    case F8K_ERR_INTERNAL:
        return EXIT_INTERNAL;
    }
    return EXIT_INTERNAL;
}

static int too_large(FILE *f, const char *name)
{
    fprintf(f, "%s: %s: input is larger than %lu bytes, the most "
            "form8k reads\n", progname, name, (unsigned long)F8K_MAX_INPUT);
    return EXIT_TOO_LARGE;
}

/* ---------------------------------------------------------------- input */

/* Read all of F into *DATA (malloc'd) and *LEN.  Reads at most
 * F8K_MAX_INPUT + 1 bytes, so that a larger input is recognised without
 * reading it all.  Returns 0, or an exit status after printing why. */
static int read_all(FILE *f, const char *name, char **data, size_t *len,
                    FILE *err)
{
    const size_t limit = F8K_MAX_INPUT + 1;
    size_t cap = 0, n = 0;
    char *buf = NULL;
    struct stat sb;

    *data = NULL;
    *len = 0;
    /* A regular file tells its size: one allocation, one read. */
    if (fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0) {
        if ((unsigned long long)sb.st_size >= (unsigned long long)limit)
            return too_large(err, name);
        cap = (size_t)sb.st_size + 1;
    }
    if (cap < 65536)
        cap = 65536;
    buf = malloc(cap);
    if (buf == NULL) {
        fprintf(err, "%s: %s: out of memory\n", progname, name);
        return EXIT_NOMEM;
    }
    for (;;) {
        size_t want, got;

        if (n == cap) {
            size_t ncap = cap > limit / 2 ? limit : cap * 2;
            char *nbuf;

            if (cap >= limit) {
                free(buf);
                return too_large(err, name);
            }
            nbuf = realloc(buf, ncap);
            if (nbuf == NULL) {
                free(buf);
                fprintf(err, "%s: %s: out of memory\n", progname, name);
                return EXIT_NOMEM;
            }
            buf = nbuf;
            cap = ncap;
        }
        want = cap - n;
        got = fread(buf + n, 1, want, f);
        n += got;
        if (got < want) {
            if (ferror(f)) {
                int e = errno != 0 ? errno : EIO;
                free(buf);
                return cli_io_error(err, name, e);
            }
            break; /* end of file */
        }
    }
    if (n > F8K_MAX_INPUT) {
        free(buf);
        return too_large(err, name);
    }
    *data = buf;
    *len = n;
    return 0;
}

int cli_read_input(const char *path, const char *name, char **data,
                   size_t *len, FILE *err)
{
    FILE *f;
    int rc;

    if (strcmp(path, "-") == 0)
        return read_all(stdin, name, data, len, err);
    errno = 0;
    f = fopen(path, "rb");
    if (f == NULL)
        return cli_io_error(err, path, errno != 0 ? errno : EIO);
    errno = 0;
    rc = read_all(f, name, data, len, err);
    fclose(f);
    return rc;
}

/* ------------------------------------------- form8k's own XML output */

/* The root element's start tag comes first in form8k's XML (after the
 * XML declaration): this much of a file is enough to tell. */
enum { OWN_XML_HEAD = 16384 };

int cli_is_own_xml(const char *data, size_t len)
{
    const char *p = data, *end = data + len;
    xmlTextReaderPtr r;
    int own = 0, ret;

    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
        p++;
    if (end - p < 7 || (memcmp(p, "<?xml", 5) != 0 && memcmp(p, "<Form8K", 7) != 0))
        return 0;
    if (len > OWN_XML_HEAD)
        len = OWN_XML_HEAD;     /* the root's start tag is in the head */
    r = xmlReaderForMemory(data, (int)len, NULL, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR |
                           XML_PARSE_NOWARNING);
    if (r == NULL)
        return 0;
    /* The first element is the root: before it only the declaration,
     * comments, processing instructions and a doctype may come. */
    while ((ret = xmlTextReaderRead(r)) == 1 &&
           xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT)
        ;
    if (ret == 1) {
        const xmlChar *name = xmlTextReaderConstLocalName(r);
        const xmlChar *ns = xmlTextReaderConstNamespaceUri(r);
        own = name != NULL && ns != NULL &&
              strcmp((const char *)name, "Form8K") == 0 &&
              strcmp((const char *)ns, f8k_xml_namespace()) == 0;
    }
    xmlFreeTextReader(r);
    return own;
}

int cli_is_own_json(const char *data, size_t len)
{
    static const char key[] = "\"schemaVersion\"";
    const char *p = data, *end = data + len;

#define BLANKS() while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) p++
    BLANKS();
    if (p >= end || *p++ != '{')
        return 0;
    BLANKS();
    if ((size_t)(end - p) < sizeof key - 1 || memcmp(p, key, sizeof key - 1) != 0)
        return 0;
    p += sizeof key - 1;
    BLANKS();
    if (p >= end || *p++ != ':')
        return 0;
    BLANKS();
#undef BLANKS
    return p < end && *p == '"';
}

int cli_is_own_output(const char *data, size_t len)
{
    return cli_is_own_json(data, len) || cli_is_own_xml(data, len);
}

int cli_file_is_own_output(const char *path)
{
    char *head = malloc(OWN_XML_HEAD);
    size_t n = 0;
    ssize_t got;
    int fd, own = 0;

    if (head == NULL)
        return 0;
    fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK);
    if (fd >= 0) {
        while (n < OWN_XML_HEAD &&
               ((got = read(fd, head + n, OWN_XML_HEAD - n)) > 0 ||
                (got < 0 && errno == EINTR)))
            if (got > 0)
                n += (size_t)got;
        close(fd);
        own = cli_is_own_output(head, n);
    }
    free(head);
    return own;
}

/* ------------------------------------------------------------- convert */

int cli_convert(const char *name, const char *data, size_t len,
                const f8k_options *opt, f8k_schema **schema,
                f8k_doc **doc, char **xml, size_t *xml_len,
                f8k_status *st)
{
    f8k_status s;

    *doc = NULL;
    *xml = NULL;
    *xml_len = 0;
    s = f8k_parse_ex(name, data, len, opt, doc);
    if (s == F8K_OK && *doc == NULL)
        s = F8K_ERR_INTERNAL;
    if (s == F8K_OK) {
        /* Compiled on first use: a run that fails to parse never pays for
         * it (batch mode compiles it before its threads start). */
        if (*schema == NULL)
            s = f8k_schema_new(schema);
        if (s == F8K_OK)
            s = f8k_doc_to_xml(*doc, *schema, xml, xml_len);
        if (s == F8K_OK && *xml == NULL)
            s = F8K_ERR_INTERNAL;
    }
    *st = s;
    return exit_status(s);
}

void cli_report(FILE *f, const f8k_doc *doc, const char *name, int rc,
                f8k_status st, int quiet)
{
    /* Diagnostics first, XML after: with -q only when the run failed. */
    if (doc != NULL && (!quiet || rc != EXIT_XML))
        print_diags(f, doc, name);
    if (rc == EXIT_XML)
        return;
    /* The library explains an unreadable filing with diagnostics; say
     * something in every other case too. */
    if (rc == EXIT_TOO_LARGE)
        /* The input itself was under the limit (read_all checks that):
         * its text grew past it on the way to UTF-8. */
        fprintf(f, "%s: %s: the text converted to UTF-8 would be larger "
                "than 2 GiB, the most form8k scans (each Latin-1 or "
                "Windows-1252 byte becomes 2 or 3)\n", progname, name);
    else if ((rc != EXIT_INPUT && rc != EXIT_NOT_8K) || doc == NULL ||
             f8k_doc_diag_count(doc) == 0)
        fprintf(f, "%s: %s: %s\n", progname, name, f8k_status_string(st));
}

/* ---------------------------------------------------------------- JSON */

/* S as a JSON string on F: quotes, backslashes and control characters
 * escaped, valid UTF-8 as it is, and each byte that is not part of valid
 * UTF-8 (a file name is any bytes) as U+FFFD, so that the line is always
 * valid JSON.  Returns 1 when some byte was replaced, else 0. */
int cli_json_str(FILE *f, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    int lossy = 0;

    putc('"', f);
    while (*p != '\0') {
        unsigned char c = *p;
        size_t n = 0, k;

        if (c < 0x80) {
            if (c == '"' || c == '\\')
                fprintf(f, "\\%c", c);
            else if (c == '\n')
                fputs("\\n", f);
            else if (c == '\r')
                fputs("\\r", f);
            else if (c == '\t')
                fputs("\\t", f);
            else if (c < 0x20 || c == 0x7f)
                fprintf(f, "\\u%04x", c);
            else
                putc(c, f);
            p++;
            continue;
        }
        /* The length of a well-formed sequence starting here, or 0. */
        if (c >= 0xc2 && c <= 0xdf)
            n = 2;
        else if (c >= 0xe0 && c <= 0xef)
            n = 3;
        else if (c >= 0xf0 && c <= 0xf4)
            n = 4;
        for (k = 1; k < n; k++)
            if ((p[k] & 0xc0) != 0x80)
                n = 0;
        if (n == 3 && ((c == 0xe0 && p[1] < 0xa0) ||
                       (c == 0xed && p[1] > 0x9f)))
            n = 0;      /* overlong, or a UTF-16 surrogate */
        if (n == 4 && ((c == 0xf0 && p[1] < 0x90) ||
                       (c == 0xf4 && p[1] > 0x8f)))
            n = 0;      /* overlong, or past U+10FFFF */
        if (n == 0) {
            fputs("\\ufffd", f);
            lossy = 1;
            p++;
        } else {
            fwrite(p, 1, n, f);
            p += n;
        }
    }
    putc('"', f);
    return lossy;
}
