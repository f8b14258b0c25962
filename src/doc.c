/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* doc.c - f8k_parse, the driver: the one module that knows every front
 * end.  It checks and cleans the input, tells its kind (submission, HTML,
 * plain text), hands it to the container (submission.c) or to the front
 * end for its kind (pipeline.c for text, front_html.c for HTML), runs the
 * header's cross-checks, and renders (f8k_render).  Everything it calls
 * is below it; nothing calls it. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "ast.h"
#include "coverage.h"
#include "html.h"
#include "pipeline.h"
#include "submission.h"
#include "text.h"

const char *f8k_version(void)
{
    return PACKAGE_VERSION;
}

/* Memory of a parse: the document's arena (tree, cleaned text, flex) may
 * grow to F8K_MEM_FACTOR times the input plus F8K_MEM_SLACK; filings
 * take 4 to 18 times their size (the EDGAR corpus at most 7), and only
 * floods of tiny lines (some 64 bytes of line node each: 100 MB of empty
 * lines would take 6.7 GB) go past it.  Those are refused with a
 * diagnostic instead of taking the machine's memory. */
#define F8K_MEM_FACTOR 32
#define F8K_MEM_SLACK  ((size_t)4 << 20)

/* The end of a parse that ran out of memory, or past its budget. */
static f8k_status give_up(f8k_doc *doc, f8k_doc **out)
{
    static const f8k_loc top = { 0, 0, 0 };

    if (doc->arena.over) {
        size_t limit = doc->arena.limit;
        doc->arena.limit = 0;       /* room for the diagnostic */
        doc->nomem = 0;
        if (f8k_diag_add(doc, top, F8K_E_BUDGET,
                         "the input would need more than %d times its size "
                         "in memory (%lu MiB): refused; a flood of empty or "
                         "tiny lines?", F8K_MEM_FACTOR,
                         (unsigned long)(limit >> 20)) == 0) {
            *out = doc;
            return F8K_ERR_INPUT;
        }
    }
    f8k_doc_free(doc);
    return F8K_ERR_NOMEM;
}

f8k_status f8k_parse(const char *name, const char *data, size_t len,
                     f8k_doc **out)
{
    return f8k_parse_ex(name, data, len, NULL, out);
}

/* A PDF, an image or an archive handed over as a filing: more than a
 * third of its bytes are control codes or not UTF-8 (see
 * f8k_text_binary_bytes), where mis-encoded text has a few percent.
 * Refused with F8K-E006 at the first such byte, rather than read as a
 * filing of noise. */
enum { BINARY_PERCENT = 33 };

static int looks_binary(f8k_doc *doc, const char *data, size_t len)
{
    size_t first, bad, i;
    static const f8k_loc nowhere = { 0, 0, 0 };
    uint32_t line = 1, col = 1;

    if (len == 0)
        return 0;
    bad = f8k_text_binary_bytes(data, len, &first);
    if (bad * 100 <= (len * BINARY_PERCENT))
        return 0;
    for (i = 0; i < first; i++) {
        if (data[i] == '\n') {
            line++;
            col = 1;
        } else {
            col++;
        }
    }
    /* A position of the input as given, read before any buffer a map
     * knows (and in bytes): set as counted. */
    if (f8k_diag_add(doc, nowhere, F8K_E_BINARY,
                     "binary data, not a text filing: %lu of %lu bytes are "
                     "control codes or not UTF-8 (a PDF, image or archive?)",
                     (unsigned long)bad, (unsigned long)len) == 0) {
        doc->diags.v[doc->diags.n - 1].line = line;
        doc->diags.v[doc->diags.n - 1].column = col;
    }
    return 1;
}

/* A Form 8-K document of a submission, by its kind (f8k_body_parser). */
static f8k_status parse_document(f8k_doc *doc, f8k_filing *f, char *buf,
                                 size_t n, f8k_loc at, int html)
{
    return html ? f8k_parse_html_body(doc, f, buf, n, at)
                : f8k_parse_body(doc, f, buf, n, at);
}

f8k_status f8k_parse_ex(const char *name, const char *data, size_t len,
                        const f8k_options *opt, f8k_doc **out)
{
    return f8k_parse_cov(name, data, len, opt, NULL, out);
}

/* f8k_parse_ex counting the rules it exercises into COV (coverage.h). */
f8k_status f8k_parse_cov(const char *name, const char *data, size_t len,
                         const f8k_options *opt, f8k_cov *cov, f8k_doc **out)
{
    static const f8k_options defaults = { F8K_MODE_AUTO, 0 };
    static const f8k_loc input = { 0, 0, 0 };
    f8k_doc *doc;
    char *buf;
    size_t n;
    f8k_status st;

    *out = NULL;
    if (opt == NULL)
        opt = &defaults;
    if (len > F8K_MAX_INPUT)
        return F8K_ERR_TOO_LARGE;
    if (data == NULL && len > 0)
        return F8K_ERR_INPUT;
    doc = f8k_doc_new(name);
    if (doc == NULL)
        return F8K_ERR_NOMEM;
    doc->cov = cov;
    doc->keep_binary = opt->keep_binary;
    /* len <= F8K_MAX_INPUT: no overflow */
    doc->arena.limit = F8K_MEM_FACTOR * len + F8K_MEM_SLACK;
    if (looks_binary(doc, data, len)) {
        doc->binary = 1;
        if (doc->nomem)
            return give_up(doc, out);
        *out = doc;
        return F8K_ERR_INPUT;
    }
    n = 0;
    buf = f8k_text_clean(&doc->arena, data ? data : "", len, &n);
    if (buf == NULL) {
        if (n > F8K_MAX_TEXT) {
            f8k_doc_free(doc);
            return F8K_ERR_TOO_LARGE;
        }
        return give_up(doc, out);
    }
    if (opt->mode == F8K_MODE_SUBMISSION
        || (opt->mode == F8K_MODE_AUTO && f8k_is_submission(buf, n))) {
        st = f8k_submission_parse(doc, buf, n, parse_document);
        /* The header against what the documents print. */
        if (st == F8K_OK && (f8k_pass_xcheck(doc) != 0 || doc->nomem))
            st = F8K_ERR_NOMEM;
    }
    else if (opt->mode == F8K_MODE_HTML
             || (opt->mode == F8K_MODE_AUTO && f8k_html_detect(buf, n)))
        st = f8k_parse_html_body(doc, &doc->filing, buf, n, input);
    else
        st = f8k_parse_body(doc, &doc->filing, buf, n, input);
    if (st == F8K_ERR_NOMEM || doc->nomem)
        return give_up(doc, out);
    *out = doc;
    return st;
}

/* ---- what a document is ------------------------------------------------- */

const char *f8k_doc_kind(const f8k_doc *doc)
{
    if (doc->sub != NULL)
        return "submission";
    if (doc->filing.html != NULL)
        return "html";
    return doc->binary ? "binary" : "text";
}

/* Did the grammar read an 8-K body into F? */
/* The grammar read F as a Form 8-K: some of its layout was found, and
 * its cover does not name another form (a 10-Q read by the grammar is
 * refused, not an 8-K body). */
static int read_8k(const f8k_filing *f)
{
    return f->cover.other_form.printed == NULL &&
           (f->cover.title.head != NULL || f->cover.blocks != NULL ||
            f->items != NULL || f->regions != NULL);
}

int f8k_doc_has_8k(const f8k_doc *doc)
{
    const f8k_document *d;

    if (doc->sub == NULL)
        return read_8k(&doc->filing);
    for (d = doc->sub->docs; d != NULL; d = d->next)
        if (d->filing != NULL && read_8k(d->filing))
            return 1;
    return 0;
}

const char *f8k_doc_header(const f8k_doc *doc, const char *elem)
{
    const f8k_hnode *h;

    if (doc->sub == NULL || elem == NULL)
        return NULL;
    h = f8k_hnode_find(doc->sub->header.head, elem);
    if (h == NULL)
        return NULL;
    return h->value.norm != NULL ? h->value.norm : h->value.printed;
}

/* ---- f8k_parse_file ------------------------------------------------------ */

f8k_status f8k_parse_file(const char *path, const f8k_options *opt,
                          f8k_doc **out)
{
    FILE *f;
    char *data = NULL;
    size_t len = 0, cap = 0;
    f8k_status st;
    int err;

    *out = NULL;
    f = fopen(path, "rb");
    if (f == NULL)
        return F8K_ERR_IO;
    for (;;) {
        size_t got;
        if (len == cap) {
            size_t ncap = cap ? 2 * cap : 65536;
            char *p;
            if (cap > F8K_MAX_INPUT) {
                f8k_free(data);
                fclose(f);
                return F8K_ERR_TOO_LARGE;
            }
            p = f8k_realloc(data, ncap);
            if (p == NULL) {
                f8k_free(data);
                fclose(f);
                return F8K_ERR_NOMEM;
            }
            data = p;
            cap = ncap;
        }
        got = fread(data + len, 1, cap - len, f);
        len += got;
        if (got == 0)
            break;
    }
    err = ferror(f) ? (errno != 0 ? errno : EIO) : 0;
    fclose(f);
    if (err != 0) {
        f8k_free(data);
        errno = err;
        return F8K_ERR_IO;
    }
    st = len > F8K_MAX_INPUT ? F8K_ERR_TOO_LARGE
                             : f8k_parse_ex(path, data, len, opt, out);
    f8k_free(data);
    return st;
}

/* ---- f8k_render ---------------------------------------------------------- */

/* The filing of DOC the HTML front end rendered: the document itself, or
 * the first HTML 8-K document of a submission. */
static const f8k_filing *rendered_filing(const f8k_doc *doc)
{
    const f8k_document *d;

    if (doc->filing.html != NULL)
        return &doc->filing;
    for (d = doc->sub != NULL ? doc->sub->docs : NULL; d != NULL; d = d->next)
        if (d->filing != NULL && d->filing->html != NULL)
            return d->filing;
    return NULL;
}

f8k_status f8k_render(const char *name, const char *data, size_t len,
                      const f8k_options *opt, int flags, char **out,
                      size_t *out_len)
{
    f8k_doc *doc = NULL;
    const f8k_filing *f;
    const char *text = NULL;
    size_t tl = 0;
    f8k_status st, rs;

    *out = NULL;
    *out_len = 0;
    st = f8k_parse_ex(name, data, len, opt, &doc);
    if (doc == NULL)
        return st;
    f = rendered_filing(doc);
    if (f == NULL) {
        /* Plain text: the grammar reads the cleaned text as it is, each
         * line its own source. */
        text = f8k_text_clean(&doc->arena, data != NULL ? data : "", len, &tl);
        if (text == NULL) {
            f8k_doc_free(doc);
            return F8K_ERR_NOMEM;
        }
    }
    rs = f8k_render_lines(doc, f, text, tl, flags, out, out_len);
    f8k_doc_free(doc);
    return rs != F8K_OK ? rs : st == F8K_ERR_NOMEM ? st : F8K_OK;
}

/* ---- what the filing is, for form8k validate -------------------------- */

const char *f8k_doc_form(const f8k_doc *doc)
{
    const f8k_cover *c;

    if (doc == NULL)
        return NULL;
    if (doc->sub != NULL) {
        const f8k_hnode *h = f8k_hnode_find(doc->sub->header.head, "SubmissionType");
        if (h != NULL && h->value.printed != NULL)
            return h->value.norm != NULL ? h->value.norm : h->value.printed;
        return NULL;
    }
    c = &doc->filing.cover;
    if (c->other_form.printed != NULL) {
        const char *t = c->other_form.norm != NULL ? c->other_form.norm
                                                   : c->other_form.printed;
        /* "FORM 10-Q" -> "10-Q" */
        if (strncasecmp(t, "form", 4) == 0 && t[4] == ' ')
            for (t += 4; *t == ' '; t++)
                ;
        return t;
    }
    if (c->doc_type.printed != NULL)
        return c->doc_type.norm != NULL ? c->doc_type.norm : c->doc_type.printed;
    return NULL;
}

const char *f8k_doc_filed(const f8k_doc *doc)
{
    const f8k_hnode *h;

    if (doc == NULL || doc->sub == NULL)
        return NULL;
    h = f8k_hnode_find(doc->sub->header.head, "FiledAsOfDate");
    return h != NULL ? h->value.norm : NULL;
}
