/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* items.h - the Form 8-K item table (expanded from items.def). */
#ifndef F8K_ITEMS_H
#define F8K_ITEMS_H

#include <stddef.h>

typedef enum f8k_regime {
    F8K_REGIME_1993 = 1,   /* Items 1-12, until 2004-08-22     */
    F8K_REGIME_2004 = 2    /* Items 1.01-9.01, from 2004-08-23 */
} f8k_regime;

typedef enum f8k_item_id {
#define F8K_ITEM(id, num, regime, cap, var, succ, from, to, exh) F8K_ITEM_##id,
#include "items.def"
#undef F8K_ITEM
    F8K_ITEM_COUNT
} f8k_item_id;

typedef struct f8k_item_def {
    f8k_item_id id;
    const char *number;     /* "5", "2.02"                             */
    f8k_regime  regime;
    const char *caption;    /* official caption                        */
    const char *variants;   /* '|'-separated caption variants, or ""   */
    const char *successor;  /* number of the successor item, or ""     */
    const char *from;       /* effective from (ISO), or "" if unknown  */
    const char *to;         /* effective to (ISO), or "" if in force   */
    int         exhibits;   /* 1: its text lists the exhibits (7, 9.01) */
} f8k_item_def;

/* The table, indexed by f8k_item_id. */
extern const f8k_item_def f8k_items[F8K_ITEM_COUNT];

/* Look an item up by its normalised number ("5", "2.02"); NULL if none. */
const f8k_item_def *f8k_item_by_number(const char *number);

/* Normalise a printed item number: "5", "5.", "2.02", "2. 02", "2.2" ->
 * "5" / "2.02" into OUT (size >= 8).  Returns 0, or -1 if not a number. */
int f8k_item_number_norm(const char *printed, size_t n, char *out);

/* Look an item up by caption (case, punctuation and spacing ignored)
 * within REGIME (0 for either); NULL if no caption matches. */
const f8k_item_def *f8k_item_by_caption(const char *caption, size_t n,
                                        f8k_regime regime);

const char *f8k_regime_name(f8k_regime r);  /* "1993" / "2004" */

#endif
