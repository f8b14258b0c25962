/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* text.c - make EDGAR text safe for the scanner and for XML 1.0. */
#include <stdint.h>
#include <string.h>
#include "text.h"

/* Windows-1252 0x80-0x9F; 0 where the code page has no character. */
static const unsigned short cp1252[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

/* Length of a valid UTF-8 sequence at P (of at most N bytes) that XML 1.0
 * allows, or 0. */
static size_t utf8_ok(const unsigned char *p, size_t n)
{
    unsigned cp;
    size_t len, i;

    if (p[0] < 0xC2 || p[0] > 0xF4)
        return 0;
    len = p[0] < 0xE0 ? 2 : p[0] < 0xF0 ? 3 : 4;
    if (len > n)
        return 0;
    for (i = 1; i < len; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    if (len == 2)
        cp = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
    else if (len == 3)
        cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    else
        cp = ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) |
             ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;                         /* overlong or out of range */
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF)
        return 0;                         /* not an XML character     */
    if (cp >= 0x80 && cp <= 0x9F)
        return 0;                         /* C1 controls: read as cp1252 */
    return len;
}

static size_t put_cp(unsigned cp, char *o)
{
    if (cp < 0x80) {
        if (o) o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        if (o) {
            o[0] = (char)(0xC0 | (cp >> 6));
            o[1] = (char)(0x80 | (cp & 0x3F));
        }
        return 2;
    }
    if (o) {
        o[0] = (char)(0xE0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
    }
    return 3;
}

/* Bytes that the cleaning copies as they are: printable ASCII, '\n',
 * '\t', '\f'.  Nearly all of a filing; copied by runs. */
static int plain_byte(unsigned char c)
{
    return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t' || c == '\f';
}

/* Whether the 8 bytes at P are all printable ASCII (0x20-0x7E), tested
 * together: a byte under 0x20 borrows in X - 0x20.., one of 0x7F or over
 * carries into (or already has) its high bit in X + 0x01.. | X. */
static int printable8(const unsigned char *p)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint64_t x;

    memcpy(&x, p, 8);
    return ((((x - 0x20 * ones) & ~x) | (x + ones) | x) & highs) == 0;
}

/* The end of the run of plain bytes that starts at I: eight at a time
 * while they are printable, one at a time over line ends and tabs. */
static size_t plain_end(const unsigned char *in, size_t i, size_t len)
{
    for (;;) {
        while (i + 8 <= len && printable8(in + i))
            i += 8;
        if (i < len && plain_byte(in[i])) {
            i++;
            continue;
        }
        return i;
    }
}

/* One pass that either counts (OUT == NULL) or writes. */
static size_t clean_pass(const unsigned char *in, size_t len, char *out)
{
    size_t i = 0, o = 0;
    while (i < len) {
        unsigned char c = in[i];
        size_t k;
        if (plain_byte(c)) {
            size_t start = i;
            i = plain_end(in, i + 1, len);
            if (out) memcpy(out + o, in + start, i - start);
            o += i - start;
        } else if (c == '\r') {
            if (out) out[o] = '\n';
            o++;
            i += (i + 1 < len && in[i + 1] == '\n') ? 2 : 1;
        } else if (c < 0x20 || c == 0x7F) {
            if (out) out[o] = ' ';
            o++, i++;
        } else if ((k = utf8_ok(in + i, len - i)) > 0) {
            if (out) memcpy(out + o, in + i, k);
            o += k, i += k;
        } else {
            unsigned cp = c;
            if (c < 0xA0)
                cp = cp1252[c - 0x80] ? cp1252[c - 0x80] : ' ';
            o += put_cp(cp, out ? out + o : NULL);
            i++;
        }
    }
    if (o == 0 || (out ? out[o - 1] != '\n' : in[len - 1] != '\n' && in[len - 1] != '\r')) {
        if (out) out[o] = '\n';
        o++;
    }
    return o;
}

/* A form feed after text on its line is a blank, not a page break:
 * "NORTHWIND A\fB INC." is one name, which the scanner would cut at the
 * page break.  One at the start of a line, after nothing but blanks and
 * form feeds, stays a page break.  The look back from a form feed stops
 * at the previous one, whose answer it shares, so each byte is looked at
 * once however many form feeds a line has. */
static void blank_inline_form_feeds(char *s, size_t n)
{
    char *p = memchr(s, '\f', n), *prev = NULL;
    int prev_inline = 0;

    while (p != NULL) {
        char *q = p;
        int in_line = 0;
        while (q > s) {
            if (q - 1 == prev) {
                in_line = prev_inline;
                break;
            }
            if (q[-1] == '\n')
                break;
            if (q[-1] != ' ' && q[-1] != '\t') {
                in_line = 1;
                break;
            }
            q--;
        }
        if (in_line)
            *p = ' ';
        prev = p;
        prev_inline = in_line;
        p = memchr(p + 1, '\f', n - (size_t)(p + 1 - s));
    }
}

size_t f8k_text_binary_bytes(const char *in, size_t len, size_t *first)
{
    const unsigned char *u = (const unsigned char *)in;
    size_t i = 0, bad = 0;

    *first = len;
    while (i < len) {
        unsigned char c = u[i];
        size_t k;
        if (i + 8 <= len && printable8(u + i)) {
            i += 8;
        } else if (c >= 0x80 && (k = utf8_ok(u + i, len - i)) > 0) {
            i += k;
        } else {
            if (c == 0x7F || c >= 0x80 ||
                (c < 0x20 && c != '\t' && c != '\n' && c != '\v'
                 && c != '\f' && c != '\r')) {
                if (bad++ == 0)
                    *first = i;
            }
            i++;
        }
    }
    return bad;
}

char *f8k_text_clean(f8k_arena *a, const char *in, size_t len,
                     size_t *outlen)
{
    const unsigned char *u = (const unsigned char *)in;
    size_t n = clean_pass(u, len, NULL);
    char *out;

    if (n > F8K_MAX_TEXT) {
        *outlen = n;
        return NULL;
    }
    out = f8k_arena_alloc(a, n + 2);
    if (out == NULL)
        return NULL;
    n = clean_pass(u, len, out);
    blank_inline_form_feeds(out, n);
    out[n] = '\0';
    out[n + 1] = '\0';
    *outlen = n;
    return out;
}

size_t f8k_text_expand(const char *s, size_t n, char *out, size_t cap)
{
    size_t i, o = 0, col = 0;
    if (cap == 0)
        return 0;
    /* Most lines have no tab: one copy. */
    if (memchr(s, '\t', n) == NULL) {
        o = n < cap - 1 ? n : cap - 1;
        memcpy(out, s, o);
        out[o] = '\0';
        return o;
    }
    for (i = 0; i < n && o + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\t') {
            size_t next = (col / 8 + 1) * 8;
            while (col < next && o + 1 < cap)
                out[o++] = ' ', col++;
        } else {
            out[o++] = (char)c;
            if ((c & 0xC0) != 0x80)
                col++;
        }
    }
    out[o] = '\0';
    return o;
}

size_t f8k_text_width(const char *s, size_t n)
{
    size_t i, w = 0;
    for (i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            w++;
    return w;
}

int f8k_text_has(const char *hay, const char *needle)
{
    size_t n = strlen(needle), k;
    char first[3];
    const char *p;

    if (n == 0)
        return 1;
    /* Candidates are where the first letter is, in either case: strpbrk
     * finds them many bytes at a time; the rest is compared here. */
    first[0] = needle[0];
    first[1] = needle[0] >= 'a' && needle[0] <= 'z'
                   ? (char)(needle[0] - ('a' - 'A')) : '\0';
    first[2] = '\0';
    for (p = strpbrk(hay, first); p != NULL; p = strpbrk(p + 1, first)) {
        for (k = 1; k < n && p[k] &&
                    f8k_lower((unsigned char)p[k]) == (unsigned char)needle[k]; k++)
            ;
        if (k == n)
            return 1;
    }
    return 0;
}
