/* remap.h - positions of rendered lines -> positions in the source
 * (remap.c).  Used by front ends that render their input (HTML). */
#ifndef F8K_REMAP_H
#define F8K_REMAP_H

#include <stddef.h>
#include "ast.h"

/* Where the rendered position LOC (1-based line and column of the lines
 * the grammar read) came from in the source.  CTX is the front end's. */
typedef f8k_loc (*f8k_loc_map_fn)(const void *ctx, f8k_loc loc);

/* Map every position of F's tree, and of the diagnostics of DOC from
 * index DIAG_FROM on, through FN, each once.  0, or -1 out of memory. */
int f8k_remap_filing(f8k_doc *doc, f8k_filing *f, size_t diag_from,
                     f8k_loc_map_fn fn, const void *ctx);

#endif
