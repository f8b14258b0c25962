/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* remap.h - positions of rendered lines -> positions in the source
 * (remap.c).  Used by front ends that render their input (HTML). */
#ifndef F8K_REMAP_H
#define F8K_REMAP_H

#include <stddef.h>
#include "ast.h"
#include "html.h"

/* Where the rendered position LOC (1-based line and column of the lines
 * the grammar read) came from in the source.  CTX is the front end's. */
typedef f8k_loc (*f8k_loc_map_fn)(const void *ctx, f8k_loc loc);

/* Map every position of F's tree, and of the diagnostics of DOC from
 * index DIAG_FROM on, through FN, each once.  0, or -1 out of memory. */
int f8k_remap_filing(f8k_doc *doc, f8k_filing *f, size_t diag_from,
                     f8k_loc_map_fn fn, const void *ctx);

/* The map of an HTML document: rendered position -> source offset
 * (html.c) -> line and column of the file (LINE0: the file's line of the
 * source's first byte, for an HTML document inside a submission). */
typedef struct f8k_html_map {
    const f8k_html *h;
    f8k_html_pos    pos;
    uint32_t        line0;
} f8k_html_map;

/* Set M up for the rendering H of SRC (N bytes): 0, or -1 out of memory. */
int f8k_html_map_init(f8k_arena *a, f8k_html_map *m, const f8k_html *h,
                      const char *src, size_t n, uint32_t first_line);
/* A rendered position -> the file's (an f8k_loc_map_fn; CTX the map). */
f8k_loc f8k_html_map_loc(const void *ctx, f8k_loc loc);
/* The line and column in the file of byte OFF of F's HTML source
 * ({0, 0} for a plain-text filing). */
f8k_loc f8k_html_file_loc(const f8k_filing *f, size_t off);

#endif
