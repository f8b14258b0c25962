/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* diag.c - the document (one arena, its tree, its diagnostics) and the
 * helpers every module uses on it; nothing here prints. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ast.h"
#include "pipeline.h"

void *f8k_doc_alloc(f8k_doc *doc, size_t n)
{
    void *p = f8k_arena_alloc(&doc->arena, n);
    if (p == NULL)
        doc->nomem = 1;
    else
        memset(p, 0, n);
    return p;
}

char *f8k_doc_strndup(f8k_doc *doc, const char *s, size_t n)
{
    char *p = f8k_arena_alloc(&doc->arena, n + 1);
    if (p == NULL) {
        doc->nomem = 1;
        return NULL;
    }
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *f8k_doc_strdup(f8k_doc *doc, const char *s)
{
    return f8k_doc_strndup(doc, s, strlen(s));
}

int f8k_strbuf_add(f8k_doc *doc, f8k_strbuf *b, const char *s, size_t n)
{
    if (b->cap - b->len <= n) {         /* (cap 0: nothing yet) */
        size_t cap = b->cap ? b->cap : 64;
        char *p;
        while (cap - b->len <= n) {
            if (cap > (size_t)-1 / 4) {
                doc->nomem = 1;
                return -1;
            }
            cap *= 2;
        }
        p = f8k_arena_alloc(&doc->arena, cap);
        if (p == NULL) {
            doc->nomem = 1;
            return -1;
        }
        if (b->len > 0)
            memcpy(p, b->p, b->len);
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
    return 0;
}

/* ---- the table of codes (diags.def) ---------------------------------- */

/* A code's severity is its letter (E, W, N), repeated in the table's
 * column so that the compiler can read it; an X code's is its column. */
#define F8K_DSEV_E       F8K_SEV_ERROR
#define F8K_DSEV_W       F8K_SEV_WARNING
#define F8K_DSEV_N       F8K_SEV_NOTE
#define F8K_DSEV_ERROR   F8K_SEV_ERROR
#define F8K_DSEV_WARNING F8K_SEV_WARNING
#define F8K_DSEV_NOTE    F8K_SEV_NOTE

static const f8k_diag_info catalogue[F8K_CODE_COUNT] = {
#define F8K_DIAG(id, code, sev, rule, summary, means, example, fix) \
    { code, F8K_DSEV_##sev, rule, summary, means, example, fix },
#include "diags.def"
#undef F8K_DIAG
};

/* The severity column as written (for the test of the table). */
const char *const f8k_code_sev_column[F8K_CODE_COUNT] = {
#define F8K_DIAG(id, code, sev, rule, summary, means, example, fix) #sev,
#include "diags.def"
#undef F8K_DIAG
};

const f8k_diag_info *f8k_code_info(f8k_code code)
{
    return (size_t)code < F8K_CODE_COUNT ? &catalogue[code] : NULL;
}

const f8k_diag_info *f8k_diag_info_at(size_t i)
{
    return i < F8K_CODE_COUNT ? &catalogue[i] : NULL;
}

const f8k_diag_info *f8k_diag_info_find(const char *code)
{
    size_t i, n;

    if (code == NULL)
        return NULL;
    n = strlen(code);
    for (i = 0; i < F8K_CODE_COUNT; i++) {
        const char *c = catalogue[i].code;
        /* "F8K-W301", or "W301" without the prefix; any case. */
        const char *want = n == 4 ? c + 4 : c;
        size_t k;
        if (strlen(want) != n)
            continue;
        for (k = 0; k < n; k++) {
            char a = code[k], b = want[k];
            if (a >= 'a' && a <= 'z')
                a = (char)(a - 'a' + 'A');
            if (a != b)
                break;
        }
        if (k == n)
            return &catalogue[i];
    }
    return NULL;
}

/* ---- adding one -------------------------------------------------------- */

static int diag_vadd(f8k_doc *doc, f8k_loc loc, f8k_loc rel,
                     f8k_code code, const char *fmt, va_list ap)
{
    const f8k_diag_info *info = f8k_code_info(code);
    char buf[512];
    f8k_diag *d;

    if (doc->diags.n == doc->diags.cap) {
        size_t cap = doc->diags.cap ? doc->diags.cap * 2 : 16;
        f8k_diag *v = f8k_arena_alloc(&doc->arena, cap * sizeof *v);
        if (v == NULL) {
            doc->nomem = 1;
            return -1;
        }
        if (doc->diags.n > 0)
            memcpy(v, doc->diags.v, doc->diags.n * sizeof *v);
        doc->diags.v = v;
        doc->diags.cap = cap;
    }
    vsnprintf(buf, sizeof buf, fmt, ap);
    d = &doc->diags.v[doc->diags.n];
    d->file = doc->file;
    d->line = loc.line ? loc.line : 1;
    d->column = loc.col ? loc.col : 1;
    d->rel_line = rel.line;
    d->rel_column = rel.line ? (rel.col ? rel.col : 1) : 0;
    d->severity = info->severity;
    d->code = info->code;
    d->message = f8k_doc_strdup(doc, buf);
    if (d->message == NULL)
        return -1;
    doc->diags.n++;
    return 0;
}

int f8k_diag_add(f8k_doc *doc, f8k_loc loc, f8k_code code,
                 const char *fmt, ...)
{
    static const f8k_loc none = { 0, 0 };
    va_list ap;
    int rc;

    va_start(ap, fmt);
    rc = diag_vadd(doc, loc, none, code, fmt, ap);
    va_end(ap);
    return rc;
}

int f8k_diag_add2(f8k_doc *doc, f8k_loc loc, f8k_loc rel, f8k_code code,
                  const char *fmt, ...)
{
    va_list ap;
    int rc;

    va_start(ap, fmt);
    rc = diag_vadd(doc, loc, rel, code, fmt, ap);
    va_end(ap);
    return rc;
}

void f8k_too_deep(f8k_doc *doc, f8k_loc loc, int depth)
{
    doc->too_deep = 1;
    f8k_diag_add(doc, loc, F8K_E_DEPTH,
                 "nesting too deep: the grammar's stack of %d entries is "
                 "full here (filings nest a few levels); refused", depth);
}

size_t f8k_doc_diag_count(const f8k_doc *doc)
{
    return doc ? doc->diags.n : 0;
}

const f8k_diag *f8k_doc_diag(const f8k_doc *doc, size_t i)
{
    return doc && i < doc->diags.n ? &doc->diags.v[i] : NULL;
}

void f8k_value_set(f8k_doc *doc, f8k_value *v, const char *printed,
                   size_t n, f8k_loc loc)
{
    /* Trim blanks and the punctuation that trails a value in a column;
     * LOC (that of PRINTED's first byte) follows the blanks trimmed off
     * the front. */
    while (n > 0 && (*printed == ' ' || *printed == '\t'))
        printed++, n--, loc = f8k_loc_at(loc, " ", 1);
    while (n > 0 && (printed[n - 1] == ' ' || printed[n - 1] == '\t'))
        n--;
    if (n == 0)
        return;
    v->printed = f8k_doc_strndup(doc, printed, n);
    v->norm = NULL;
    v->loc = loc;
}

/* Columns count characters: the UTF-8 sequences (the bytes that do not
 * continue one) of S[0..N). */
static uint32_t columns(const char *s, size_t n)
{
    uint32_t w = 0;
    size_t i;
    for (i = 0; i < n; i++)
        w += ((unsigned char)s[i] & 0xC0) != 0x80;
    return w;
}

f8k_loc f8k_loc_at(f8k_loc loc, const char *s, size_t off)
{
    if (loc.line != 0)
        loc.col += columns(s, off);
    return loc;
}

f8k_loc f8k_line_loc(const f8k_line *l, size_t col)
{
    f8k_loc loc = l->loc;
    size_t n = col < l->len ? col : l->len;
    loc.col = loc.col - l->indent + columns(l->text, n) + (uint32_t)(col - n);
    return loc;
}

const char *f8k_status_string(f8k_status st)
{
    switch (st) {
    case F8K_OK: return "ok";
    case F8K_ERR_NOMEM: return "out of memory";
    case F8K_ERR_INPUT: return "not a readable Form 8-K";
    case F8K_ERR_TOO_LARGE: return "input too large";
    case F8K_ERR_SCHEMA: return "XML failed schema validation";
    case F8K_ERR_INTERNAL: return "internal error";
    case F8K_ERR_NOT_8K: return "not a Form 8-K (another form)";
    case F8K_ERR_IO: return "cannot read the file";
    }
    return "unknown status";
}

/* ---- the document ------------------------------------------------------ */

f8k_doc *f8k_doc_new(const char *name)
{
    f8k_doc *doc = f8k_malloc(sizeof *doc);
    if (doc == NULL)
        return NULL;
    memset(doc, 0, sizeof *doc);
    f8k_arena_init(&doc->arena);
    doc->file = f8k_doc_strdup(doc, name ? name : "-");
    if (doc->file == NULL) {
        f8k_doc_free(doc);
        return NULL;
    }
    return doc;
}

void f8k_doc_free(f8k_doc *doc)
{
    if (doc == NULL)
        return;
    f8k_arena_free(&doc->arena);
    free(doc);
}
