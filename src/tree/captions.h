/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* captions.h - the cover's caption words (expanded from captions.def). */
#ifndef F8K_CAPTIONS_H
#define F8K_CAPTIONS_H

#include <stddef.h>

/* What a caption names, the preferred kind first (captions.def). */
typedef enum f8k_caption_kind {
    F8K_CAP_NONE = 0,
#define F8K_CAPTION_KIND(id) F8K_CAP_##id,
#define F8K_CAPTION(words, kind, opens)
#include "captions.def"
#undef F8K_CAPTION
#undef F8K_CAPTION_KIND
    F8K_CAP_COUNT
} f8k_caption_kind;

typedef struct f8k_caption_def {
    const char      *words;  /* lower case                          */
    size_t           len;
    f8k_caption_kind kind;   /* what a caption with the words names */
    int              opens;  /* 1: a line beginning so is a caption */
} f8k_caption_def;

extern const f8k_caption_def f8k_captions[];
extern const size_t f8k_ncaptions;

/* 1 if the line at S (N bytes, blanks before its first word allowed)
 * begins with the words of a row that opens a caption line. */
int f8k_caption_opens(const char *s, size_t n);

/* What the caption text T (NUL-terminated, any case) names. */
f8k_caption_kind f8k_caption_classify(const char *t);

#endif
