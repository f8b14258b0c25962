/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* text.h - cleaning at the scanner boundary. */
#ifndef F8K_TEXT_H
#define F8K_TEXT_H

#include <stddef.h>
#include <limits.h>
#include <string.h>
#include "arena.h"

/* Longest cleaned text: flex keeps the size of its buffer in an int, and
 * Windows-1252 bytes grow to 3 bytes of UTF-8, so 1 GiB of input
 * (F8K_MAX_INPUT) may clean to 3 GiB, which flex cannot scan. */
#define F8K_MAX_TEXT ((size_t)INT_MAX - 2)

/* Turn LEN raw bytes into text the rest of form8k can trust: valid UTF-8
 * (bytes that are not UTF-8 are read as Windows-1252/Latin-1, as EDGAR's
 * older filings are), line ends as '\n' (CRLF and lone CR too), every
 * control character but '\n', '\t' and '\f' (a page break, kept for the
 * scanner) replaced by a space, a '\f' after text on its line a space too
 * (a page break only begins a line), and a final '\n'.  The result is NUL-
 * terminated and followed by a second NUL, as flex's yy_scan_buffer needs.
 * Returns NULL when out of memory, or when the text would be longer than
 * F8K_MAX_TEXT: then *OUTLEN is that length and nothing was allocated.
 * *OUTLEN excludes the two NULs. */
char *f8k_text_clean(f8k_arena *a, const char *in, size_t len,
                     size_t *outlen);

/* How many of LEN raw bytes look like binary data rather than text:
 * control codes other than TAB, LF, VT, FF and CR, DEL, and bytes of
 * 0x80 and over that are not part of valid UTF-8.  *FIRST gets the
 * offset of the first (LEN when there is none).  Text has next to none;
 * Latin-1 text a few percent; random bytes (a PDF, an image, an archive)
 * over half. */
size_t f8k_text_binary_bytes(const char *in, size_t len, size_t *first);

/* Expand tabs (every 8 columns) of a line of N bytes into OUT (capacity
 * CAP); returns the length written (truncating at CAP-1), NUL-terminated.
 * *COLS receives the width in characters. */
size_t f8k_text_expand(const char *s, size_t n, char *out, size_t cap);

/* The case-insensitive compares of form8k (ASCII; no locale, no call per
 * byte): W is given in lower case.
 *   f8k_lower(c)               c in lower case (A-Z only)
 *   f8k_ieqn(s, w, n)          the first N bytes of S are W's (W has N)
 *   f8k_ieq(s, n, w)           S[0..N) is the word W
 *   f8k_istarts(s, n, w)       S[0..N) begins with W */
static inline int f8k_lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static inline int f8k_ieqn(const char *s, const char *w, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (w[i] == '\0' || f8k_lower((unsigned char)s[i]) != (unsigned char)w[i])
            return 0;
    return 1;
}

static inline int f8k_ieq(const char *s, size_t n, const char *w)
{
    return f8k_ieqn(s, w, n) && w[n] == '\0';
}

static inline int f8k_istarts(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    return k <= n && f8k_ieqn(s, w, k);
}

/* Does HAY contain NEEDLE (given in lower case), case ignored? */
int f8k_text_has(const char *hay, const char *needle);

/* Width in characters (UTF-8 aware) of N bytes. */
size_t f8k_text_width(const char *s, size_t n);

#endif
