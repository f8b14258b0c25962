/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* tabs.h - the one walk of a line's columns, inline: a column is a
 * character (a byte that does not continue a UTF-8 sequence) and a tab
 * goes to the next multiple of 8 columns, wherever a position is counted
 * - the positions of the buffers a grammar reads and the scanner's pieces
 * (diag.c, pipeline.c: a line from its start, bounded by its expanded
 * length) and the lines and columns of an HTML source (html.c: many
 * lines, from a checkpoint within one).  Inline and in the lowest folder,
 * so that the HTML front end's hot loop keeps its speed and no module
 * calls another for it.
 */
#ifndef F8K_TABS_H
#define F8K_TABS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Bytes of a 64-bit word: each set to 1, each top bit, and "some byte of
 * V is zero" (exact as a truth value). */
#define F8K_TAB_ONES  0x0101010101010101ull
#define F8K_TAB_HIGHS 0x8080808080808080ull
#define F8K_TAB_HAS0(v) (((v) - F8K_TAB_ONES) & ~(v) & F8K_TAB_HIGHS)

/* S[0..N), the rest of a line from column COL (0-based; 0 at the line's
 * start, where tabs are counted from), read with its tabs expanded to the
 * next multiple of 8 columns (as f8k_text_expand lays a line out): a tab
 * stands for the blanks up to there, any other byte for itself.  The
 * walk stops at a line end (S[i] == '\n', not walked), or before the byte
 * that would take the expanded text past UNTIL bytes (SIZE_MAX: no
 * limit).  Returns the bytes of S walked; *EXP gets their expanded
 * length in bytes, *COLS the column reached (COL plus their width in
 * characters: the bytes that do not continue a UTF-8 sequence); either
 * may be NULL.
 *
 * Eight bytes at a time where they hold no line end and no tab (their
 * continuation bytes counted by one multiplication), byte by byte
 * elsewhere.  UNTIL costs nothing there: every byte but a tab expands to
 * itself, so up to the next tab UNTIL is a bound on the index (LIM, less
 * the blanks the tabs so far added, MORE), and the inner loop is that of
 * a walk without bound - the HTML front end's (html.c, pos_walk). */
static inline size_t f8k_tab_walk(const char *s, size_t n, size_t col,
                                  size_t until, size_t *exp, size_t *cols)
{
    size_t i = 0, more = 0;

    for (;;) {
        /* i <= LIM: the bytes up to a tab (or a line end, or LIM) */
        size_t lim = n < until - more ? n : until - more, next;
        unsigned char c = 0;

        while (i < lim) {
            if (i + 8 <= lim) {  /* (i < lim <= n: no overflow) */
                uint64_t w;
                memcpy(&w, s + i, 8);
                if (!F8K_TAB_HAS0(w ^ (F8K_TAB_ONES * '\n')) &&
                    !F8K_TAB_HAS0(w ^ (F8K_TAB_ONES * '\t'))) {
                    /* continuation bytes (10xxxxxx): their top bits,
                     * summed by one multiplication into the top byte */
                    uint64_t cont = (w & ~(w << 1) & F8K_TAB_HIGHS) >> 7;
                    col += 8 - (size_t)((cont * F8K_TAB_ONES) >> 56);
                    i += 8;
                    continue;
                }
            }
            c = (unsigned char)s[i];
            if (c == '\n' || c == '\t')
                break;
            col += (c & 0xC0) != 0x80;
            i++;
        }
        if (i >= lim || c == '\n')
            break;
        /* a tab, at i + MORE of the expanded text: to the next multiple
         * of 8 columns, if the expanded text stays within UNTIL */
        next = (col / 8 + 1) * 8;
        if (next - col > until - more - i)
            break;
        more += next - col - 1;
        col = next;
        i++;
    }
    if (exp != NULL)
        *exp = i + more;
    if (cols != NULL)
        *cols = col;
    return i;
}

#endif /* F8K_TABS_H */
