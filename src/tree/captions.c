/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* captions.c - lookups in the one table of caption words (captions.def). */
#include <string.h>
#include "captions.h"
#include "text.h"

const f8k_caption_def f8k_captions[] = {
#define F8K_CAPTION_KIND(id)
#define F8K_CAPTION(words, kind, opens) { words, sizeof words - 1, F8K_CAP_##kind, opens },
#include "captions.def"
#undef F8K_CAPTION
#undef F8K_CAPTION_KIND
};
const size_t f8k_ncaptions = sizeof f8k_captions / sizeof f8k_captions[0];

static int blank(int c)
{
    return c == ' ' || c == '\t';
}

/* Does S[0..N) begin with W (lower case; a run of K blanks in W matches
 * K or more blanks or tabs)? */
static int opens_with(const char *s, size_t n, const char *w)
{
    size_t i = 0;
    while (*w != '\0') {
        if (*w == ' ') {
            size_t need = 0, got = 0;
            for (; *w == ' '; w++)
                need++;
            for (; i < n && blank((unsigned char)s[i]); i++)
                got++;
            if (got < need)
                return 0;
            continue;
        }
        if (i >= n || f8k_lower((unsigned char)s[i]) != (unsigned char)*w)
            return 0;
        i++, w++;
    }
    return 1;
}

int f8k_caption_opens(const char *s, size_t n)
{
    size_t i = 0, k;
    int c;
    while (i < n && blank((unsigned char)s[i]))
        i++;
    if (i >= n)
        return 0;
    /* called for every line of text: the first letter rules out most rows */
    c = f8k_lower((unsigned char)s[i]);
    for (k = 0; k < f8k_ncaptions; k++)
        if (f8k_captions[k].opens && (unsigned char)f8k_captions[k].words[0] == c &&
            opens_with(s + i, n - i, f8k_captions[k].words))
            return 1;
    return 0;
}

f8k_caption_kind f8k_caption_classify(const char *t)
{
    unsigned named = 0;
    size_t k;
    int kind;

    for (k = 0; k < f8k_ncaptions; k++)
        if (f8k_captions[k].kind != F8K_CAP_NONE && !(named & 1u << f8k_captions[k].kind) &&
            f8k_text_has(t, f8k_captions[k].words))
            named |= 1u << f8k_captions[k].kind;
#define HAS(k) ((named & 1u << F8K_CAP_##k) != 0)
    if (HAS(DATE_REPORT) && (HAS(DATE_EVENT) || HAS(DATE_ALSO)))
        named |= 1u << F8K_CAP_DATE_BOTH;
    if (HAS(ADDRESS) && HAS(PHONE))
        named |= 1u << F8K_CAP_ADDR_PHONE;
#undef HAS
    /* the kind listed first; DATE_ALSO alone names nothing */
    for (kind = F8K_CAP_NONE + 1; kind < F8K_CAP_DATE_ALSO; kind++)
        if (named & 1u << kind)
            return (f8k_caption_kind)kind;
    return F8K_CAP_NONE;
}
