/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* arena.c - bump allocation in chunks; a document frees everything at once.
 * Why an arena: the grammar actions, the passes and the scanner all create
 * small nodes whose lifetime is the document's; freeing them one by one
 * would be the classic leak on parse errors (cf. libconfig issue 142). */
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include "arena.h"

/* The strictest alignment of the types the library stores (C99 has no
 * max_align_t). */
typedef union {
    long double ld;
    void       *p;
    long long   ll;
    double      d;
} f8k_align_t;

struct f8k_arena_chunk {
    f8k_arena_chunk *next;
    size_t           used, size;
    f8k_align_t      data[];   /* aligned for any object */
};

enum { CHUNK_MIN = 64 * 1024 };

void *f8k_malloc(size_t n)
{
    return malloc(n ? n : 1);
}

void *f8k_realloc(void *p, size_t n)
{
    return realloc(p, n ? n : 1);
}

void f8k_arena_init(f8k_arena *a)
{
    a->head = NULL;
    a->total = 0;
    a->limit = 0;
    a->over = 0;
}

void *f8k_arena_alloc(f8k_arena *a, size_t n)
{
    const size_t align = sizeof(f8k_align_t);
    f8k_arena_chunk *c = a->head;
    size_t need;
    void *p;

    if (n > SIZE_MAX / 2)
        return NULL;
    need = (n + align - 1) / align * align;
    if (need == 0)
        need = align;
    if (c == NULL || c->size - c->used < need) {
        /* Chunks grow with the document so that large inputs need few
         * mallocs, but never more than double what is already held. */
        size_t size = CHUNK_MIN;
        if (a->total / 2 > size)
            size = a->total / 2;
        if (size > ((size_t)64 << 20))
            size = (size_t)64 << 20;
        if (size < need)
            size = need;
        if (a->limit != 0 && (size > a->limit || a->total > a->limit - size)) {
            /* the smallest chunk that will do, if that still fits */
            size = need;
            if (size > a->limit || a->total > a->limit - size) {
                a->over = 1;
                return NULL;
            }
        }
        c = f8k_malloc(sizeof *c + size);
        if (c == NULL)
            return NULL;
        c->next = a->head;
        c->used = 0;
        c->size = size;
        a->head = c;
        a->total += size;
    }
    p = (char *)c->data + c->used;
    c->used += need;
    return p;
}

void f8k_arena_free(f8k_arena *a)
{
    f8k_arena_chunk *c = a->head;
    while (c != NULL) {
        f8k_arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    a->head = NULL;
    a->total = 0;
}
