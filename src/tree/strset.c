/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* strset.c - a set of strings in a document's arena (see strset.h). */
#include <string.h>
#include "strset.h"

/* FNV-1a: short keys (exhibit and item numbers), no adversary that a
 * collision would help more than a long list of distinct keys does. */
static size_t hash(const char *k)
{
    size_t h = (size_t)2166136261u;
    for (; *k != '\0'; k++)
        h = (h ^ (unsigned char)*k) * (size_t)16777619u;
    return h;
}

/* The slot of KEY in S: where it is, or the empty slot where it goes. */
static size_t find(const f8k_strset *s, const char *key)
{
    size_t mask = s->cap - 1, i = hash(key) & mask;
    while (s->slot[i].key != NULL && strcmp(s->slot[i].key, key) != 0)
        i = (i + 1) & mask;
    return i;
}

static int grow(f8k_doc *doc, f8k_strset *s)
{
    size_t cap = s->cap ? s->cap * 2 : 16, i;
    f8k_strset t;

    if (cap > (size_t)-1 / sizeof *t.slot)
        return -1;
    t.slot = f8k_doc_alloc(doc, cap * sizeof *t.slot);  /* zeroed */
    if (t.slot == NULL)
        return -1;
    t.cap = cap;
    t.n = s->n;
    for (i = 0; i < s->cap; i++)
        if (s->slot[i].key != NULL)
            t.slot[find(&t, s->slot[i].key)] = s->slot[i];
    *s = t;
    return 0;
}

int f8k_strset_add(f8k_doc *doc, f8k_strset *s, const char *key)
{
    return f8k_strset_put(doc, s, key, NULL);
}

int f8k_strset_put(f8k_doc *doc, f8k_strset *s, const char *key,
                   void *value)
{
    size_t i;

    if ((s->n + 1) * 4 > s->cap * 3 && grow(doc, s) != 0) {
        doc->nomem = 1;
        return -1;
    }
    i = find(s, key);
    if (s->slot[i].key != NULL)
        return 0;
    s->slot[i].key = key;
    s->slot[i].value = value;
    s->n++;
    return 1;
}

int f8k_strset_has(const f8k_strset *s, const char *key)
{
    return s->cap > 0 && s->slot[find(s, key)].key != NULL;
}

void *f8k_strset_get(const f8k_strset *s, const char *key)
{
    return s->cap > 0 ? s->slot[find(s, key)].value : NULL;
}
