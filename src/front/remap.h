/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* remap.h - the source map of an HTML document's rendered lines
 * (remap.c): the front end's part of the document's source maps
 * (f8k_srcmap in ast.h). */
#ifndef F8K_REMAP_H
#define F8K_REMAP_H

#include <stddef.h>
#include "ast.h"
#include "html.h"

/* The map of an HTML document: rendered position -> source offset
 * (html.c) -> line and column of the source. */
typedef struct f8k_html_map {
    const f8k_html *h;
    f8k_html_pos    pos;
} f8k_html_map;

/* Set M up for the rendering H of SRC (N bytes): 0, or -1 out of memory. */
int f8k_html_map_init(f8k_arena *a, f8k_html_map *m, const f8k_html *h,
                      const char *src, size_t n);
/* The f8k_map_fn of the rendered lines (CTX the map): the rendered
 * position (*LINE, *COL) -> the source's line and column. */
void f8k_html_map_fn(const void *ctx, uint32_t off, uint32_t *line,
                     uint32_t *col);
/* The f8k_map_fn of the HTML source itself (CTX the map): byte OFF of
 * the source -> its line and column. */
void f8k_html_src_fn(const void *ctx, uint32_t off, uint32_t *line,
                     uint32_t *col);

#endif
