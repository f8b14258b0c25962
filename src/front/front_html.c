/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* front_html.c - an HTML 8-K through the text grammar.
 *
 *   html.c renders the HTML into plain-text lines (tables as columns) and
 *   keeps a map from each rendered character back to its source byte;
 *   the unchanged grammar and passes run on those lines (f8k_parse_lines),
 *   and their positions are offsets into them; the source map of the
 *   rendered lines (remap.c's f8k_html_map_fn) turns one into the HTML
 *   file's own line and column when it is written.
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
#include "text.h"

f8k_status f8k_parse_html_body(f8k_doc *doc, f8k_filing *f, char *src,
                               size_t n, f8k_loc at)
{
    f8k_html *h = f8k_doc_alloc(doc, sizeof *h);
    f8k_html_map *m = f8k_doc_alloc(doc, sizeof *m);
    uint32_t rendered;
    f8k_status st;

    if (h == NULL || m == NULL)
        return F8K_ERR_NOMEM;
    memset(h, 0, sizeof *h);
    if (f8k_html_render(&doc->arena, src, n, h) != 0) {
        doc->nomem = 1;
        return F8K_ERR_NOMEM;
    }
    if (f8k_html_map_init(&doc->arena, m, h, src, n) != 0) {
        doc->nomem = 1;
        return F8K_ERR_NOMEM;
    }
    /* Two maps: the HTML source's own (inline XBRL facts), and the
     * rendered lines', through the source; both inside AT's file. */
    f->html_src = f8k_doc_map_add(doc, NULL, n, at, f8k_html_src_fn, m);
    rendered = f->html_src != 0
        ? f8k_doc_map_add(doc, h->text, h->len, at, f8k_html_map_fn, m) : 0;
    if (rendered == 0)
        return F8K_ERR_NOMEM;
    f->html = h;
    f->html_map = m;
    st = f8k_parse_lines(doc, f, h->text, h->len, rendered);
    if (st == F8K_ERR_NOMEM || doc->nomem)
        return F8K_ERR_NOMEM;
    if (st == F8K_OK && f8k_pass_ixcheck(doc, f) != 0)
        return F8K_ERR_NOMEM;
    return st;
}

/* ---- the lines the grammar reads, with their sources ------------------ */

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

f8k_status f8k_render_lines(const f8k_doc *doc, const f8k_filing *f,
                            const char *text, size_t len, int flags,
                            char **out, size_t *out_len)
{
    const char *p, *end;
    char *b = NULL;
    size_t n = 0, cap = 0;
    uint32_t line = 0;

    *out = NULL;
    *out_len = 0;
    if (f != NULL && f->html != NULL) {
        p = f->html->text;
        end = p + f->html->len;
    } else {
        f = NULL;
        p = text;
        end = text + len;
    }
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        size_t ll = eol != NULL ? (size_t)(eol - p) : (size_t)(end - p);
        char num[48];
        int k = 0;

        line++;
        if (!(flags & F8K_RENDER_PLAIN)) {
            uint32_t sl = line, sc;
            size_t lead = 0;
            while (lead < ll && p[lead] == ' ')
                lead++;
            sc = (uint32_t)lead + 1;
            if (f != NULL) {
                f8k_loc at = f8k_doc_line_start(doc, f->top.map, line);
                at.pad = (uint32_t)lead;
                f8k_doc_resolve(doc, at, &sl, &sc);
            }
            k = snprintf(num, sizeof num, "%7lu:%-5lu| ",
                         (unsigned long)sl, (unsigned long)sc);
        }
        if ((k > 0 && put(&b, &n, &cap, num, (size_t)k) != 0) ||
            put(&b, &n, &cap, p, ll) != 0 || put(&b, &n, &cap, "\n", 1) != 0) {
            free(b);
            return F8K_ERR_NOMEM;
        }
        p += ll + 1;
    }
    if (b == NULL && put(&b, &n, &cap, "", 0) != 0)
        return F8K_ERR_NOMEM;
    *out = b;
    *out_len = n;
    return F8K_OK;
}
