/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* items.c - lookups in the one item table (items.def). */
#include <ctype.h>
#include <string.h>
#include "items.h"

const f8k_item_def f8k_items[F8K_ITEM_COUNT] = {
#define F8K_ITEM(id, num, regime, cap, var, succ, from, to, exh) \
    { F8K_ITEM_##id, num, regime, cap, var, succ, from, to, exh },
#include "items.def"
#undef F8K_ITEM
};

const char *f8k_regime_name(f8k_regime r)
{
    return r == F8K_REGIME_2004 ? "2004" : "1993";
}

const f8k_item_def *f8k_item_by_number(const char *number)
{
    size_t i;
    for (i = 0; i < F8K_ITEM_COUNT; i++)
        if (strcmp(f8k_items[i].number, number) == 0)
            return &f8k_items[i];
    return NULL;
}

int f8k_item_number_norm(const char *p, size_t n, char *out)
{
    size_t i = 0, o = 0;
    unsigned major = 0, minor = 0, ndig = 0, mdig = 0;

    while (i < n && isdigit((unsigned char)p[i]) && ndig < 3) {
        major = major * 10 + (unsigned)(p[i] - '0');
        i++, ndig++;
    }
    if (ndig == 0 || ndig > 2 || major == 0)
        return -1;
    /* "2.02", "2. 02" (a space after the dot, seen in 2004-2005 filings) */
    if (i < n && p[i] == '.') {
        size_t j = i + 1;
        while (j < n && p[j] == ' ')
            j++;
        while (j < n && isdigit((unsigned char)p[j]) && mdig < 3) {
            minor = minor * 10 + (unsigned)(p[j] - '0');
            j++, mdig++;
        }
        if (mdig > 2)
            return -1;
    }
    if (major >= 10)
        out[o++] = (char)('0' + major / 10);
    out[o++] = (char)('0' + major % 10);
    if (mdig > 0) {
        out[o++] = '.';
        out[o++] = (char)('0' + minor / 10);
        out[o++] = (char)('0' + minor % 10);
    }
    out[o] = '\0';
    return 0;
}

/* Caption key: lower-case letters and digits only, so that punctuation,
 * case, apostrophes and line wrapping do not matter. */
/* The letters and digits of a caption, lower-case: what two captions
 * must share to be the same ("Other Events." = "OTHER EVENTS"). ASCII
 * only, whatever the locale. */
static int key_char(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c + ('a' - 'A');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        return c;
    return 0;
}

static size_t caption_key(const char *s, size_t n, char *out, size_t cap)
{
    size_t i, o = 0;
    for (i = 0; i < n && o + 1 < cap; i++) {
        int c = key_char((unsigned char)s[i]);
        if (c != 0)
            out[o++] = (char)c;
    }
    out[o] = '\0';
    return o;
}

/* Whether S[0..N) has the caption key KEY (not empty): compared as it
 * goes, so that most captions of the table are out at their first letter
 * (the lookup runs for every item heading). */
static int key_equals(const char *s, size_t n, const char *key)
{
    size_t i;
    for (i = 0; i < n; i++) {
        int c = key_char((unsigned char)s[i]);
        if (c == 0)
            continue;
        if (*key != (char)c)
            return 0;
        key++;
    }
    return *key == '\0';
}

const f8k_item_def *f8k_item_by_caption(const char *caption, size_t n,
                                        f8k_regime regime)
{
    char key[512];
    size_t i;

    caption_key(caption, n, key, sizeof key);
    if (key[0] == '\0')
        return NULL;
    for (i = 0; i < F8K_ITEM_COUNT; i++) {
        const f8k_item_def *d = &f8k_items[i];
        const char *v = d->variants;
        if (regime != 0 && d->regime != regime)
            continue;
        if (key_equals(d->caption, strlen(d->caption), key))
            return d;
        while (*v != '\0') {
            const char *bar = strchr(v, '|');
            size_t len = bar ? (size_t)(bar - v) : strlen(v);
            if (key_equals(v, len, key))
                return d;
            v = bar ? bar + 1 : v + len;
        }
    }
    return NULL;
}
