/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* strset.h - a set of strings in a document's arena.
 *
 * For the passes that ask "is this one among those?" of lists that grow
 * with the input - exhibit numbers already listed (body.c), exhibits
 * against documents and item numbers against ITEM INFORMATION lines
 * (xcheck.c), and the header party of a registrant's name (a map).
 * Walking the list for each element made those passes
 * quadratic (80,000 exhibit rows took 9.6 s); one hash lookup each keeps
 * them linear.  Open addressing, doubled when three quarters full; the
 * tables left behind stay in the arena (at most the final size again).
 * A set that is all zeros is empty. */
#ifndef F8K_STRSET_H
#define F8K_STRSET_H

#include "ast.h"

typedef struct f8k_strset_slot {
    const char *key;     /* NULL where empty                         */
    void       *value;
} f8k_strset_slot;

typedef struct f8k_strset {
    f8k_strset_slot *slot;
    size_t           cap;    /* a power of two, or 0                 */
    size_t           n;
} f8k_strset;

/* Add KEY, which is not copied: it must live as long as the set (a
 * string of the arena or a constant).  1 when added, 0 when it was there
 * already, -1 when out of memory (doc->nomem is then set). */
int f8k_strset_add(f8k_doc *doc, f8k_strset *s, const char *key);

/* The same with a VALUE for the key (a map); a key that is there keeps
 * its first value. */
int f8k_strset_put(f8k_doc *doc, f8k_strset *s, const char *key,
                   void *value);

/* Is KEY in the set?  Its value (NULL when absent or added without). */
int f8k_strset_has(const f8k_strset *s, const char *key);
void *f8k_strset_get(const f8k_strset *s, const char *key);

#endif
