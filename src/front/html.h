/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* html.h - the HTML front end: an HTML 8-K rendered as plain-text lines.
 *
 * Most 8-Ks since 2001 are HTML (since 2019 with inline XBRL).  Rather
 * than a second grammar, the HTML is rendered into the line layout the
 * text grammar (grammar/scan.l, parse.y) already reads: the cover's
 * values and captions in columns, "Item N." headings on lines of their
 * own, the signature block, the exhibit index; paragraphs separated by
 * blank lines.  Tables become aligned columns, because that is how the
 * classic cover page prints values over their captions.  A source map
 * takes every rendered line and column back to the byte of the HTML it
 * came from, for diagnostics; the inline XBRL facts and contexts are
 * collected in the same pass.
 *
 * Everything lives in the caller's arena (arena.h); the module keeps no
 * global state and never prints.
 */
#ifndef F8K_HTML_H
#define F8K_HTML_H

#include <stddef.h>
#include <stdint.h>
#include "arena.h"

/* One inline XBRL fact: ix:nonNumeric or ix:nonFraction. */
typedef struct f8k_html_fact {
    const char *name;      /* as tagged, e.g. "dei:EntityFileNumber"     */
    const char *context;   /* contextRef ("" when missing)               */
    const char *format;    /* format attribute or NULL                   */
    const char *text;      /* the fact's text, whitespace collapsed,
                            * ix:continuation (continuedAt) joined,
                            * ix:exclude content dropped                 */
    size_t      off;       /* byte offset in the input of the start tag  */
    size_t      text_off;  /* offset of the first character of its text
                            * (OFF when it has none)                     */
    size_t      end_off;   /* offset just after its end tag              */
    int         hidden;    /* inside ix:header or a display:none element */
    struct f8k_html_fact *next;   /* in document order                  */
} f8k_html_fact;

/* One xbrli:context: its id and period (NULL where not given). */
typedef struct f8k_html_context {
    const char *id, *start, *end, *instant;
    int address_type;   /* a member of dei:EntityAddressesAddressTypeAxis */
    struct f8k_html_context *next;   /* in document order */
} f8k_html_context;

/* One mapping point of the source map: characters of a rendered line
 * from column COL on came from source offset OFF (see html.c). */
typedef struct f8k_html_seg {
    uint32_t col;   /* 1-based; high bits: flags (html.c) */
    uint32_t off;
} f8k_html_seg;

typedef struct f8k_html {
    /* rendered lines, each ending '\n', followed by TWO NUL bytes (as
     * f8k_text_clean returns: flex's yy_scan_buffer needs them); LEN
     * excludes the NULs.  No tabs, no control characters but '\n'. */
    char     *text;
    size_t    len;
    size_t    nlines;
    /* source map: rendered line L (1-based), column C (1-based, in
     * characters) -> byte offset of the input; f8k_html_source reads it */
    f8k_html_fact    *facts;      /* in document order */
    f8k_html_context *contexts;   /* in document order */
    /* private: the map (segments of line L are seg[line_seg[L-1]] up to
     * seg[line_seg[L]]; every line has at least one) */
    const char         *src_;
    size_t              srclen_;
    const f8k_html_seg *seg_;
    const uint32_t     *line_seg_;    /* NLINES + 1 entries             */
    const uint32_t     *line_start_;  /* offset in TEXT of each line    */
} f8k_html;

/* Is BUF (N bytes of cleaned UTF-8 text) an HTML document?  It is when
 * it starts - after blanks, a byte-order mark, comments, <?xml ...?>, a
 * doctype and an EDGAR <DOCUMENT>/<TYPE>/.../<TEXT> wrapper - with
 * <!DOCTYPE html, <html, <head, <body, <div, <p, <font, <center, <table
 * (with a <td or <tr soon after: EDGAR's plain-text filings use <TABLE>
 * with <S> and <C>) and the like.  A plain-text 8-K with a stray <PAGE>
 * or <S> tag is not HTML. */
int f8k_html_detect(const char *buf, size_t n);

/* Render SRC (N bytes, valid UTF-8, already cleaned by f8k_text_clean:
 * '\n' line ends) into OUT.  An EDGAR <DOCUMENT> wrapper around the HTML
 * is skipped.  Returns 0, or -1 when out of memory (the arena's), or
 * when libxml2 cannot be set up. */
int f8k_html_render(f8k_arena *a, const char *src, size_t n, f8k_html *out);

/* Rendered (LINE, COL), both 1-based, -> source byte offset *OFF.
 * Returns 0, or -1 when out of range (then *OFF is the nearest valid
 * one: the line's first mapped character, or the last line's). */
int f8k_html_source(const f8k_html *h, uint32_t line, uint32_t col,
                    size_t *off);

/* Byte offsets of a source -> 1-based line and column (in UTF-8
 * characters, tabs every 8, as f8k_text_width and f8k_text_expand count
 * them).  f8k_html_pos_init precomputes in one linear pass; each lookup
 * then reads at most F8K_HTML_POS_STEP bytes (Workiva writes whole
 * filings on one line, so a table of line starts alone would not do). */
#define F8K_HTML_POS_STEP 256
typedef struct f8k_html_pos {
    const char *src;
    size_t      n;
    size_t      ncp;
    uint32_t   *cp_off;    /* checkpoint k: first character start >=
                            * k*STEP, with its line and column        */
    uint32_t   *cp_line;
    uint32_t   *cp_col;
} f8k_html_pos;

/* Returns 0, or -1 when out of memory. */
int f8k_html_pos_init(f8k_arena *a, const char *src, size_t n,
                      f8k_html_pos *p);
/* OFF past the end gives the position just after the last character. */
void f8k_html_pos_of(const f8k_html_pos *p, size_t off, uint32_t *line,
                     uint32_t *col);

#endif
