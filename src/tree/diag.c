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
    uint32_t line, col;

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
    /* The public diagnostic speaks of the input's lines: resolved now,
     * through the map (every map is complete before its buffer is
     * read). */
    f8k_doc_resolve(doc, loc, &line, &col);
    d->line = line ? line : 1;
    d->column = col ? col : 1;
    f8k_doc_resolve(doc, rel, &line, &col);
    d->rel_line = line;
    d->rel_column = line ? (col ? col : 1) : 0;
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
    static const f8k_loc none = { 0, 0, 0 };
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
        loc = f8k_loc_at(doc, loc, printed, 1), printed++, n--;
    while (n > 0 && (printed[n - 1] == ' ' || printed[n - 1] == '\t'))
        n--;
    if (n == 0)
        return;
    v->printed = f8k_doc_strndup(doc, printed, n);
    v->norm = NULL;
    v->loc = loc;
}

/* ---- positions: byte offsets, resolved through the source maps ------- */

/* The width in columns of S[0..N), the start of a line. */
static uint32_t width(const char *s, size_t n)
{
    size_t w;
    f8k_tab_walk(s, n, 0, SIZE_MAX, NULL, &w);
    return (uint32_t)w;
}

/* The line starts of M's buffer, in one pass.  They are found when the
 * map is made, before a scanner reads the buffer: flex puts a NUL after
 * the token it holds, in place, and a table made while it scans could
 * miss that line's end. */
static int build_starts(f8k_doc *doc, f8k_srcmap *m)
{
    const char *p = m->buf, *end = m->buf + m->len, *nl;
    uint32_t n = 1, k = 0;

    for (nl = memchr(p, '\n', m->len); nl != NULL && nl + 1 < end;
         nl = memchr(nl + 1, '\n', (size_t)(end - nl - 1)))
        n++;
    m->starts = f8k_arena_alloc(&doc->arena, (size_t)n * sizeof *m->starts);
    if (m->starts == NULL) {
        doc->nomem = 1;
        return -1;
    }
    m->starts[k++] = 0;
    for (nl = memchr(p, '\n', m->len); nl != NULL && nl + 1 < end;
         nl = memchr(nl + 1, '\n', (size_t)(end - nl - 1)))
        m->starts[k++] = (uint32_t)(nl + 1 - p);
    m->nlines = n;
    return 0;
}

uint32_t f8k_doc_map_add(f8k_doc *doc, const char *buf, size_t len,
                         f8k_loc parent, f8k_map_fn fn, const void *ctx)
{
    f8k_srcmap *m;

    if (len > UINT32_MAX) {
        doc->nomem = 1;
        return 0;
    }
    if (doc->nmaps == doc->mapcap) {
        uint32_t cap = doc->mapcap ? doc->mapcap * 2 : 4;
        f8k_srcmap *v = f8k_arena_alloc(&doc->arena, cap * sizeof *v);
        if (v == NULL) {
            doc->nomem = 1;
            return 0;
        }
        if (doc->nmaps > 0)
            memcpy(v, doc->maps, doc->nmaps * sizeof *v);
        doc->maps = v;
        doc->mapcap = cap;
    }
    m = &doc->maps[doc->nmaps];
    memset(m, 0, sizeof *m);
    m->buf = buf;
    m->len = (uint32_t)len;
    m->parent = parent;
    m->fn = fn;
    m->ctx = ctx;
    if (buf != NULL && build_starts(doc, m) != 0)
        return 0;
    return ++doc->nmaps;
}

static const f8k_srcmap *map_of(const f8k_doc *doc, f8k_loc loc)
{
    return loc.map != 0 && loc.map <= doc->nmaps ? &doc->maps[loc.map - 1]
                                                 : NULL;
}

/* The line (0-based) of M's buffer that holds byte OFF. */
static uint32_t line_of(const f8k_srcmap *m, uint32_t off)
{
    uint32_t lo = 0, hi = m->nlines;

    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (m->starts[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static void buffer_pos(const f8k_srcmap *m, f8k_loc loc, uint32_t *line,
                       uint32_t *col)
{
    uint32_t off = loc.off < m->len ? loc.off : m->len, k;

    *line = *col = 0;
    if (m->buf == NULL)
        return;
    k = line_of(m, off);
    *line = k + 1;
    *col = 1 + width(m->buf + m->starts[k], off - m->starts[k]) + loc.pad;
}

void f8k_doc_buffer_pos(const f8k_doc *doc, f8k_loc loc, uint32_t *line,
                        uint32_t *col)
{
    const f8k_srcmap *m = map_of(doc, loc);

    *line = *col = 0;
    if (m != NULL)
        buffer_pos(m, loc, line, col);
}

void f8k_doc_resolve(const f8k_doc *doc, f8k_loc loc, uint32_t *line,
                     uint32_t *col)
{
    const f8k_srcmap *m = map_of(doc, loc);

    *line = *col = 0;
    if (m == NULL)
        return;
    buffer_pos(m, loc, line, col);
    if (m->fn != NULL)
        m->fn(m->ctx, loc.off, line, col);
    if (m->parent.map != 0 && m->parent.map < loc.map) {
        uint32_t pl, pc;
        f8k_doc_resolve(doc, m->parent, &pl, &pc);
        if (pl > 0)
            *line += pl - 1;
    }
}

f8k_loc f8k_doc_line_start(const f8k_doc *doc, uint32_t map, uint32_t line)
{
    f8k_loc loc = { 0, 0, 0 };
    const f8k_srcmap *m;

    loc.map = map;
    m = map_of(doc, loc);
    if (m == NULL || m->buf == NULL || line == 0) {
        loc.map = 0;
        return loc;
    }
    loc.off = m->starts[(line < m->nlines ? line : m->nlines) - 1];
    return loc;
}

int f8k_doc_loc_cmp(const f8k_doc *doc, f8k_loc a, f8k_loc b)
{
    uint32_t al, ac, bl, bc;

    f8k_doc_resolve(doc, a, &al, &ac);
    f8k_doc_resolve(doc, b, &bl, &bc);
    if (al != bl)
        return al < bl ? -1 : 1;
    return ac < bc ? -1 : ac > bc;
}

int f8k_loc_same(f8k_loc a, f8k_loc b)
{
    return a.map == b.map && a.off == b.off && a.pad == b.pad;
}

/* Byte index E of the tab-expanded text of the line of M's buffer that
 * starts at byte S -> the position: *OFF in the buffer, *PAD columns
 * further.  The walk stops at the line's end (or byte LIMIT). */
static void expanded_to_off(const char *buf, uint32_t s, uint32_t limit,
                            size_t e, uint32_t *off, uint32_t *pad)
{
    size_t x;

    *off = s + (uint32_t)f8k_tab_walk(buf + s, limit - s, 0, e, &x, NULL);
    *pad = (uint32_t)(e - x);
}

f8k_loc f8k_loc_at(const f8k_doc *doc, f8k_loc loc, const char *s, size_t n)
{
    const f8k_srcmap *m = map_of(doc, loc);
    uint32_t k;
    size_t e;

    if (m == NULL || n == 0)
        return loc;
    if (m->buf == NULL || loc.off > m->len) {
        loc.pad += (uint32_t)n;
        return loc;
    }
    /* Most text is the buffer's own bytes (no tab was expanded in it):
     * moved over byte for byte. */
    if (loc.pad == 0 && n <= m->len - loc.off &&
        memcmp(m->buf + loc.off, s, n) == 0 && memchr(s, '\n', n) == NULL) {
        loc.off += (uint32_t)n;
        return loc;
    }
    /* Else by the line's expanded text: the index of LOC in it, N on. */
    k = line_of(m, loc.off);
    f8k_tab_walk(m->buf + m->starts[k], loc.off - m->starts[k], 0,
                 SIZE_MAX, &e, NULL);
    expanded_to_off(m->buf, m->starts[k], m->len, e + loc.pad + n, &loc.off,
                    &loc.pad);
    return loc;
}

f8k_loc f8k_line_loc(const f8k_line *l, size_t col)
{
    f8k_loc loc = l->start;
    size_t lim = col < l->len ? col : l->len;

    if (loc.map == 0)
        return loc;
    if (memchr(l->raw, '\t', lim < l->raw_len ? lim : l->raw_len) == NULL
        && lim <= l->raw_len) {
        loc.off += (uint32_t)lim;
        loc.pad = (uint32_t)(col - lim);
        return loc;
    }
    /* A tab before it: walk the raw bytes, expanding. */
    {
        uint32_t off, pad;
        expanded_to_off(l->raw, 0, l->raw_len, lim, &off, &pad);
        loc.off += off;
        loc.pad = pad + (uint32_t)(col - lim);
    }
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
    doc->filing.doc = doc;
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
