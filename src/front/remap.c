/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* remap.c - positions of a rendered document, turned into positions of
 * its source.
 *
 * The HTML front end hands the grammar lines it rendered; the grammar and
 * the passes place everything on those lines as byte offsets (the cover
 * pass needs them to: which value sits under which caption is geometry of
 * the rendered lines).  Where a position is written, the document's
 * source map of the rendered lines resolves it to a rendered line and
 * column, and the functions here take it on to the HTML file's own: the
 * rendered character's source byte (html.c's map), and that byte's line
 * and column.
 */
#include <stdint.h>
#include <string.h>
#include "ast.h"
#include "html.h"
#include "remap.h"

int f8k_html_map_init(f8k_arena *a, f8k_html_map *m, const f8k_html *h,
                      const char *src, size_t n)
{
    m->h = h;
    return f8k_html_pos_init(a, src, n, &m->pos);
}

void f8k_html_map_fn(const void *ctx, uint32_t off, uint32_t *line,
                     uint32_t *col)
{
    const f8k_html_map *m = ctx;
    size_t src = 0;

    (void)off;
    f8k_html_source(m->h, *line, *col, &src);
    f8k_html_pos_of(&m->pos, src, line, col);
}

void f8k_html_src_fn(const void *ctx, uint32_t off, uint32_t *line,
                     uint32_t *col)
{
    const f8k_html_map *m = ctx;

    f8k_html_pos_of(&m->pos, off, line, col);
}
