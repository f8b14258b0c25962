/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* arena.h - one document, one arena: everything is freed in one call. */
#ifndef F8K_ARENA_H
#define F8K_ARENA_H

#include <stddef.h>

typedef struct f8k_arena_chunk f8k_arena_chunk;

typedef struct f8k_arena {
    f8k_arena_chunk *head;
    size_t           total;     /* bytes obtained from malloc           */
    size_t           limit;     /* most TOTAL may reach; 0: no limit     */
    int              over;      /* an allocation was refused by LIMIT    */
} f8k_arena;

void  f8k_arena_init(f8k_arena *a);
/* N bytes aligned for any type; NULL when malloc fails or when the chunk
 * it needs would take TOTAL past LIMIT (then OVER is set). */
void *f8k_arena_alloc(f8k_arena *a, size_t n);
void  f8k_arena_free(f8k_arena *a);

/* Every allocation of the library goes through these two, so that a test
 * can make them fail (see tests/). */
void *f8k_malloc(size_t n);
void *f8k_realloc(void *p, size_t n);

#endif
