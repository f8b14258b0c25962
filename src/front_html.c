/* front_html.c - an HTML 8-K through the text grammar.
 *
 *   html.c renders the HTML into plain-text lines (tables as columns) and
 *   keeps a map from each rendered character back to its source byte;
 *   f8k_parse_body runs the unchanged grammar and passes on those lines;
 *   remap.c then moves every position of the tree and of the diagnostics
 *   from the rendered lines to the HTML file's own lines and columns.
 *
 * The inline XBRL facts read in the same pass stay with the filing
 * (f8k_filing.html) for the XML and for the cross-check of the printed
 * cover against its own tags (ixcheck.c).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ast.h"
#include "html.h"
#include "pipeline.h"
#include "remap.h"
#include "submission.h"
#include "text.h"

/* The map of one rendered document: rendered position -> source offset
 * (html.c) -> line and column of the file (LINE0: the file's line of the
 * source's first byte, for an HTML document inside a submission). */
typedef struct f8k_html_map {
    const f8k_html *h;
    f8k_html_pos    pos;
    uint32_t        line0;
} html_map;

static f8k_loc html_loc(const void *ctx, f8k_loc loc)
{
    const html_map *m = ctx;
    size_t off = 0;
    uint32_t line, col;

    f8k_html_source(m->h, loc.line, loc.col, &off);
    f8k_html_pos_of(&m->pos, off, &line, &col);
    loc.line = line + m->line0 - 1;
    loc.col = col;
    return loc;
}

f8k_loc f8k_html_file_loc(const f8k_filing *f, size_t off)
{
    f8k_loc loc = { 0, 0 };
    const html_map *m = f->html_map;

    if (m != NULL) {
        f8k_html_pos_of(&m->pos, off, &loc.line, &loc.col);
        loc.line += m->line0 - 1;
    }
    return loc;
}

f8k_status f8k_parse_html_body(f8k_doc *doc, char *src, size_t n,
                               uint32_t first_line)
{
    f8k_html *h = f8k_doc_alloc(doc, sizeof *h);
    html_map *m = f8k_doc_alloc(doc, sizeof *m);
    size_t diag_from = doc->diags.n;
    f8k_status st;

    if (h == NULL || m == NULL)
        return F8K_ERR_NOMEM;
    memset(h, 0, sizeof *h);
    if (f8k_html_render(&doc->arena, src, n, h) != 0) {
        doc->nomem = 1;
        return F8K_ERR_NOMEM;
    }
    m->h = h;
    m->line0 = first_line;
    if (f8k_html_pos_init(&doc->arena, src, n, &m->pos) != 0) {
        doc->nomem = 1;
        return F8K_ERR_NOMEM;
    }
    st = f8k_parse_body(doc, h->text, h->len, 1);
    if (st == F8K_ERR_NOMEM || doc->nomem)
        return F8K_ERR_NOMEM;
    if (f8k_remap_filing(doc, &doc->filing, diag_from, html_loc, m) != 0)
        return F8K_ERR_NOMEM;
    doc->filing.first_line = first_line;
    doc->filing.html = h;
    doc->filing.html_map = m;
    if (st == F8K_OK && f8k_pass_ixcheck(doc, &doc->filing) != 0)
        return F8K_ERR_NOMEM;
    return st;
}

/* ---- f8k_render: the lines the grammar reads, with their sources ------- */

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

/* Append N bytes of S to the growing buffer *B (length *N, capacity
 * *CAP); -1 out of memory. */
static int put(char **b, size_t *n, size_t *cap, const char *s, size_t len)
{
    if (*n + len + 1 > *cap) {
        size_t c = *cap ? *cap : 4096;
        char *p;
        while (c < *n + len + 1)
            c *= 2;
        p = f8k_realloc(*b, c);
        if (p == NULL)
            return -1;
        *b = p;
        *cap = c;
    }
    memcpy(*b + *n, s, len);
    *n += len;
    (*b)[*n] = '\0';
    return 0;
}

f8k_status f8k_render(const char *name, const char *data, size_t len,
                      const f8k_options *opt, int flags, char **out,
                      size_t *out_len)
{
    f8k_doc *doc = NULL;
    const f8k_filing *f;
    const char *p, *end;
    char *b = NULL;
    size_t n = 0, cap = 0, tl = 0;
    uint32_t line = 0;
    f8k_status st;

    *out = NULL;
    *out_len = 0;
    st = f8k_parse_ex(name, data, len, opt, &doc);
    if (doc == NULL)
        return st;
    f = rendered_filing(doc);
    if (f != NULL) {
        p = f->html->text;
        end = p + f->html->len;
    } else {
        /* Plain text: the grammar reads the cleaned text as it is, each
         * line its own source. */
        p = f8k_text_clean(&doc->arena, data != NULL ? data : "", len, &tl);
        if (p == NULL) {
            f8k_doc_free(doc);
            return F8K_ERR_NOMEM;
        }
        end = p + tl;
    }
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        size_t ll = eol != NULL ? (size_t)(eol - p) : (size_t)(end - p);
        char num[48];
        int k = 0;

        line++;
        if (!(flags & F8K_RENDER_PLAIN)) {
            f8k_loc rl, sl;
            size_t lead = 0;
            while (lead < ll && p[lead] == ' ')
                lead++;
            rl.line = line;
            rl.col = (uint32_t)lead + 1;
            sl = f != NULL ? html_loc(f->html_map, rl) : rl;
            k = snprintf(num, sizeof num, "%7lu:%-5lu| ",
                         (unsigned long)sl.line, (unsigned long)sl.col);
        }
        if ((k > 0 && put(&b, &n, &cap, num, (size_t)k) != 0) ||
            put(&b, &n, &cap, p, ll) != 0 || put(&b, &n, &cap, "\n", 1) != 0) {
            free(b);
            f8k_doc_free(doc);
            return F8K_ERR_NOMEM;
        }
        p += ll + 1;
    }
    f8k_doc_free(doc);
    if (b == NULL && put(&b, &n, &cap, "", 0) != 0)
        return F8K_ERR_NOMEM;
    *out = b;
    *out_len = n;
    return st == F8K_ERR_NOMEM ? st : F8K_OK;
}
