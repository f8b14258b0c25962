/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* table.c - form8k table: one CSV or TSV row per filing (MIT licence, see
 * LICENSE).
 *
 *   form8k table [--format=csv|tsv] [-o OUT] FILE|FOLDER...
 *
 * Each input is read as form8k's own XML when its root element is Form8K
 * in form8k's namespace (a converted archive becomes a table without
 * parsing again), and parsed otherwise; either way the row's values are
 * read from the XML, so a cell holds what the XML holds (the normalised
 * value: an element's content, an attribute's value).  A joint filing
 * gives one row per Registrant of the cover; a filing without one a row
 * with empty registrant cells.  Folders are walked as in batch mode
 * (cli_walk), their index.jsonl skipped.  An input that fails gives no
 * row: its diagnostics go to standard error and the exit status is 8.
 *
 * CSV follows RFC 4180: CRLF after each record, a field holding a comma,
 * a double quote, CR or LF is quoted and its quotes doubled.  TSV (the
 * IANA text/tab-separated-values) cannot quote: a tab, CR or LF in a
 * value becomes a space.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "cli.h"

/* The columns, in the order README and form8k(1) publish.  The cover
 * page's and a registrant's are fields of the C API, named by
 * f8k_field_name after the XML elements they come from; a registrant's
 * are all of src/tree/fields.def's, in its order, but the former name (no
 * column of the published table).  The others are no field of the API
 * and so named here: the input, the submission's accession number, the
 * registrant's CIK (from the SEC header or the inline XBRL, not from the
 * cover: after the name, as the dei cover tags order them) and the
 * filing's lists and counts. */
enum col_kind {
    COL_INPUT, COL_ACCESSION, COL_COVER, COL_REG, COL_CIK,
    COL_ITEMS, COL_SIGNERS, COL_EXHIBITS, COL_ERRORS, COL_WARNINGS
};
enum { MAX_COL = F8K_F_COUNT + 8 };

struct column {
    const char   *name;     /* the header's cell: for a field, its element */
    enum col_kind kind;
};

struct table {
    const struct cli_options *o;
    FILE        *out;
    f8k_schema  *schema;
    size_t       rows, failed;
    int          nomem;
    struct column cols[MAX_COL];
    int          ncol;
    int          col_name;  /* the column of the registrant's name         */
};

/* The element of FIELD: the last step of its f8k_field_name. */
static const char *element_of(f8k_field field)
{
    const char *p = f8k_field_name(field), *slash = p != NULL ? strrchr(p, '/') : NULL;

    return slash != NULL ? slash + 1 : p;
}

static void add_column(struct table *t, const char *name, enum col_kind kind)
{
    if (t->ncol < MAX_COL) {
        t->cols[t->ncol].name = name;
        t->cols[t->ncol].kind = kind;
        t->ncol++;
    }
}

static void columns_init(struct table *t)
{
    static const f8k_field cover[] = { F8K_F_DOCUMENT_TYPE, F8K_F_PERIOD_END_DATE };
    size_t i;
    int f;

    t->ncol = 0;
    add_column(t, "input", COL_INPUT);
    add_column(t, "AccessionNumber", COL_ACCESSION);
    for (i = 0; i < sizeof cover / sizeof cover[0]; i++)
        add_column(t, element_of(cover[i]), COL_COVER);
    for (f = 0; f < (int)F8K_F_COUNT; f++) {
        const char *name = f8k_field_name((f8k_field)f);
        if (name == NULL || strncmp(name, "Registrant/", 11) != 0 ||
            f == (int)F8K_F_FORMER_NAME)
            continue;
        if (f == (int)F8K_F_REGISTRANT_NAME)
            t->col_name = t->ncol;
        add_column(t, element_of((f8k_field)f), COL_REG);
        if (f == (int)F8K_F_REGISTRANT_NAME)
            add_column(t, "EntityCentralIndexKey", COL_CIK);
    }
    add_column(t, "Items", COL_ITEMS);
    add_column(t, "Signers", COL_SIGNERS);
    add_column(t, "Exhibits", COL_EXHIBITS);
    add_column(t, "Errors", COL_ERRORS);
    add_column(t, "Warnings", COL_WARNINGS);
}

/* ------------------------------------------------------------- output */

static void put_field(const struct table *t, const char *s)
{
    FILE *f = t->out;

    if (t->o->format == CLI_FMT_TSV) {
        for (; *s != '\0'; s++)
            putc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, f);
        return;
    }
    if (strpbrk(s, ",\"\r\n") == NULL) {
        fputs(s, f);
        return;
    }
    putc('"', f);
    for (; *s != '\0'; s++) {
        if (*s == '"')
            putc('"', f);
        putc(*s, f);
    }
    putc('"', f);
}

static void put_row(const struct table *t, char *const *cells)
{
    int i;

    for (i = 0; i < t->ncol; i++) {
        if (i > 0)
            putc(t->o->format == CLI_FMT_TSV ? '\t' : ',', t->out);
        put_field(t, cells[i] != NULL ? cells[i] : "");
    }
    fputs(t->o->format == CLI_FMT_TSV ? "\n" : "\r\n", t->out);
}

/* ------------------------------------------------------------ the XML */

static int is_elem(const xmlNode *n, const char *name)
{
    return n != NULL && n->type == XML_ELEMENT_NODE &&
           strcmp((const char *)n->name, name) == 0;
}

/* The first child element of N named NAME. */
static xmlNode *child(const xmlNode *n, const char *name)
{
    xmlNode *c;

    for (c = n != NULL ? n->children : NULL; c != NULL; c = c->next)
        if (is_elem(c, name))
            return c;
    return NULL;
}

/* The first element named NAME at or under N, in document order. */
static xmlNode *find(xmlNode *n, const char *name)
{
    xmlNode *c, *r;

    if (is_elem(n, name))
        return n;
    for (c = n != NULL ? n->children : NULL; c != NULL; c = c->next)
        if (c->type == XML_ELEMENT_NODE && (r = find(c, name)) != NULL)
            return r;
    return NULL;
}

/* The content of N, malloc'd ("" for none); NULL: out of memory. */
static char *text(const xmlNode *n)
{
    xmlChar *v = n != NULL ? xmlNodeGetContent(n) : NULL;
    char *s = strdup(v != NULL ? (const char *)v : "");

    xmlFree(v);
    return s;
}

static char *attr(const xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    char *s = strdup(v != NULL ? (const char *)v : "");

    xmlFree(v);
    return s;
}

/* The values of every element NAME under N (their attribute ATTR, or
 * their content, or the content of their child SUB), ";"-separated. */
static char *joined(xmlNode *n, const char *name, const char *at,
                    const char *sub)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    xmlNode *c;
    int first = 1;

    if (f == NULL)
        return NULL;
    for (c = n != NULL ? n->children : NULL; c != NULL; c = c->next) {
        char *v;
        if (!is_elem(c, name))
            continue;
        v = at != NULL ? attr(c, at) : text(sub != NULL ? child(c, sub) : c);
        if (v == NULL)
            continue;
        if (sub != NULL && child(c, sub) == NULL) {
            free(v);
            continue;
        }
        fprintf(f, "%s%s", first ? "" : ";", v);
        first = 0;
        free(v);
    }
    if (fclose(f) != 0) {
        free(buf);
        return NULL;
    }
    return buf;
}

/* A name reduced to its letters and digits, upper-case, for comparing
 * a Registrant with a header's filer. */
static void squeeze(const char *s, char *out, size_t cap)
{
    size_t o = 0;

    for (; *s != '\0' && o + 1 < cap; s++) {
        char c = *s;
        if (c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            out[o++] = c;
    }
    out[o] = '\0';
}

/* The CIK of registrant I of N named NAME: the header's filer of that
 * name, else the I-th filer when the header has as many filers as the
 * cover has registrants, else (registrant 0) the first CIK of the
 * header; without a header, the I-th dei:EntityCentralIndexKey fact of
 * the inline XBRL. */
static char *registrant_cik(xmlNode *root, xmlNode *cover, size_t i,
                            size_t n, const char *name)
{
    xmlNode *header = find(root, "Header"), *c;
    size_t filers = 0, k = 0;
    char want[256], have[256];

    if (header != NULL) {
        squeeze(name, want, sizeof want);
        for (c = header->children; c != NULL; c = c->next) {
            xmlNode *nm, *cik;
            if (!is_elem(c, "Filer"))
                continue;
            filers++;
            nm = find(c, "ConformedName");
            cik = find(c, "CentralIndexKey");
            if (nm != NULL && cik != NULL && want[0] != '\0') {
                char *v = text(nm);
                if (v == NULL)
                    return NULL;
                squeeze(v, have, sizeof have);
                free(v);
                if (strcmp(want, have) == 0)
                    return text(cik);
            }
        }
        for (c = header->children; c != NULL && filers == n; c = c->next)
            if (is_elem(c, "Filer") && k++ == i)
                return text(find(c, "CentralIndexKey"));
        if (i == 0)
            return text(find(header, "CentralIndexKey"));
        return strdup("");
    }
    (void)cover;
    c = find(root, "InlineXBRL");
    for (c = c != NULL ? c->children : NULL; c != NULL; c = c->next) {
        char *v;
        if (!is_elem(c, "Fact"))
            continue;
        v = attr(c, "name");
        if (v != NULL && strcmp(v, "dei:EntityCentralIndexKey") == 0 &&
            k++ == i) {
            free(v);
            return text(c);
        }
        free(v);
    }
    return strdup("");
}

/* The rows of the Form8K document DOC, read from INPUT. */
static int rows_of(struct table *t, xmlDoc *doc, const char *input)
{
    xmlNode *root = xmlDocGetRootElement(doc), *cover, *filing, *c;
    xmlNode *regs[1024];
    char *cells[MAX_COL];
    char num[32];
    size_t nregs = 0, r, errors = 0, warnings = 0;
    int i, rc = 0;

    cover = find(root, "CoverPage");
    filing = cover != NULL ? cover->parent : NULL;
    for (c = cover != NULL ? cover->children : NULL; c != NULL; c = c->next)
        if (is_elem(c, "Registrant") && nregs < sizeof regs / sizeof regs[0])
            regs[nregs++] = c;
    for (c = child(root, "Diagnostics"); c != NULL && c->children != NULL;
         c = NULL) {
        xmlNode *d;
        for (d = c->children; d != NULL; d = d->next) {
            char *sev;
            if (!is_elem(d, "Diagnostic"))
                continue;
            sev = attr(d, "severity");
            if (sev != NULL && strcmp(sev, "error") == 0)
                errors++;
            else if (sev != NULL && strcmp(sev, "warning") == 0)
                warnings++;
            free(sev);
        }
    }
    for (r = 0; r < (nregs > 0 ? nregs : 1) && rc == 0; r++) {
        xmlNode *reg = nregs > 0 ? regs[r] : NULL;

        memset(cells, 0, sizeof cells);
        for (i = 0; i < t->ncol; i++) {
            const char *name = t->cols[i].name;
            switch (t->cols[i].kind) {
            case COL_INPUT:
                cells[i] = strdup(input);
                break;
            case COL_ACCESSION:
                cells[i] = text(find(child(root, "Submission"), "AccessionNumber"));
                break;
            case COL_COVER:
                cells[i] = text(child(cover, name));
                break;
            case COL_REG:
                cells[i] = text(child(reg, name));
                break;
            case COL_CIK:   /* below, from the registrant's name */
                break;
            case COL_ITEMS:
                cells[i] = joined(child(filing, "Items"), "Item", "number", NULL);
                break;
            case COL_SIGNERS:
                cells[i] = joined(child(filing, "Signatures"), "Signature",
                                  NULL, "Name");
                break;
            case COL_EXHIBITS:
                cells[i] = joined(child(filing, "Exhibits"), "Exhibit",
                                  "number", NULL);
                break;
            case COL_ERRORS:
            case COL_WARNINGS:
                snprintf(num, sizeof num, "%lu", (unsigned long)
                         (t->cols[i].kind == COL_ERRORS ? errors : warnings));
                cells[i] = strdup(num);
                break;
            }
        }
        for (i = 0; i < t->ncol; i++)
            if (t->cols[i].kind == COL_CIK && cells[t->col_name] != NULL)
                cells[i] = registrant_cik(root, cover, r, nregs,
                                          cells[t->col_name]);
        for (i = 0; i < t->ncol; i++)
            if (cells[i] == NULL)
                rc = -1;
        if (rc == 0) {
            put_row(t, cells);
            t->rows++;
        }
        for (i = 0; i < t->ncol; i++)
            free(cells[i]);
    }
    return rc;
}

/* DATA as an XML tree when it is form8k's XML (cli_is_own_xml), else
 * NULL (and parsed as a filing). */
static xmlDoc *read_own_xml(const char *data, size_t len)
{
    if (len > 0x7fffffff || !cli_is_own_xml(data, len))
        return NULL;
    return xmlReadMemory(data, (int)len, NULL, NULL,
                         XML_PARSE_NONET | XML_PARSE_HUGE | XML_PARSE_NOERROR |
                         XML_PARSE_NOWARNING);
}

/* One input: its rows, or a failure on stderr. */
static int table_input(void *ctx, const char *path, const char *rel)
{
    struct table *t = ctx;
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    char *data = NULL, *xml = NULL;
    size_t len = 0, xml_len = 0;
    f8k_doc *doc = NULL;
    xmlDoc *x;
    f8k_status st;
    int rc;

    /* A --out DIR of batch mode holds its index beside the XML. */
    if (strcmp(rel, "index.jsonl") == 0 ||
        (strlen(rel) > 12 && strcmp(rel + strlen(rel) - 12, "/index.jsonl") == 0))
        return 0;
    rc = cli_read_input(path, name, &data, &len, stderr);
    if (rc != 0) {
        t->failed++;
        if (rc == EXIT_NOMEM)
            t->nomem = 1;
        return 0;
    }
    x = read_own_xml(data, len);
    if (x == NULL) {
        rc = cli_convert(name, data, len, &t->o->parse, &t->schema, &doc,
                         &xml, &xml_len, &st);
        cli_report(stderr, doc, name, rc, st, 1);
        if (rc == EXIT_XML && xml_len <= 0x7fffffff)
            x = xmlReadMemory(xml, (int)xml_len, NULL, "UTF-8",
                              XML_PARSE_NONET | XML_PARSE_HUGE);
        f8k_free(xml);
        f8k_doc_free(doc);
        if (rc == EXIT_XML && x == NULL)
            rc = EXIT_NOMEM;
    }
    free(data);
    if (x != NULL) {
        if (rows_of(t, x, name) != 0)
            rc = EXIT_NOMEM;
        xmlFreeDoc(x);
    }
    if (rc != EXIT_XML) {
        t->failed++;
        if (rc == EXIT_NOMEM)
            t->nomem = 1;
    }
    return 0;
}

int cli_table(const struct cli_options *o)
{
    struct table t;
    /* form8k's own XML is read, not skipped: it is what table reads */
    struct cli_walk_opts walk = { 0, 0, 0, 0 };
    char *buf = NULL;
    size_t len = 0, k;
    int rc = EXIT_XML;

    if (o->n_operands == 0) {
        fprintf(stderr, "%s: table: missing FILE or FOLDER\n", cli_progname);
        fprintf(stderr, "Try '%s --help' for more information.\n",
                cli_progname);
        return EXIT_USAGE;
    }
    memset(&t, 0, sizeof t);
    t.o = o;
    columns_init(&t);
    t.out = open_memstream(&buf, &len);
    if (t.out == NULL) {
        fprintf(stderr, "%s: out of memory\n", cli_progname);
        return EXIT_NOMEM;
    }
    {
        char *hdr[MAX_COL];
        int i;
        for (i = 0; i < t.ncol; i++)
            hdr[i] = (char *)t.cols[i].name;
        put_row(&t, hdr);
    }
    for (k = 0; k < o->n_operands; k++) {
        if (strcmp(o->operands[k], "-") == 0)
            table_input(&t, "-", "-");
        else if (cli_walk(o->operands[k], &walk, table_input, &t) != 0)
            t.nomem = 1;
    }
    f8k_schema_free(t.schema);
    if (fclose(t.out) != 0 || t.nomem) {
        free(buf);
        fprintf(stderr, "%s: out of memory\n", cli_progname);
        return EXIT_NOMEM;
    }
    if (o->output != NULL && strcmp(o->output, "-") != 0) {
        mode_t um = umask(022);
        umask(um);
        rc = cli_write_out(o->output, buf, len, 1, um, stderr);
    } else {
        errno = 0;
        if (fwrite(buf, 1, len, stdout) != len || fflush(stdout) != 0)
            rc = cli_io_error(stderr, "standard output",
                              errno != 0 ? errno : EIO);
    }
    free(buf);
    if (!o->quiet && o->n_operands > 0)
        fprintf(stderr, "%s: table: %lu row%s, %lu input%s failed\n",
                cli_progname, (unsigned long)t.rows, t.rows == 1 ? "" : "s",
                (unsigned long)t.failed, t.failed == 1 ? "" : "s");
    if (rc == EXIT_XML && t.failed > 0)
        rc = EXIT_BATCH;
    return rc;
}
