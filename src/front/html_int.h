/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* html_int.h - inside the HTML front end: the layout tree that the SAX
 * pass (html.c) builds and the layout pass (html_layout.c) walks. */
#ifndef F8K_HTML_INT_H
#define F8K_HTML_INT_H

#include <stddef.h>
#include <stdint.h>
#include "arena.h"
#include "html.h"

/* What a node of the layout tree is.  Inline elements (font, span, b,
 * ix:nonNumeric ...) make no node: their text joins the nearest block. */
enum hkind {
    H_BLOCK = 0,   /* p, div, h1, li, ...: starts a new line         */
    H_TABLE,       /* a table rendered as columns (ROW children)     */
    H_ROW,         /* tr (CELL children)                             */
    H_CELL,        /* td, th                                         */
    H_TEXT,        /* a run of text (folded, see html.c)             */
    H_BR,          /* br: ends the line, or makes an empty one       */
    H_HR,          /* hr: a rule line                                */
    H_PAGE         /* a page break: a "<PAGE>" line                  */
};

/* A_FILL: a rule line in a cell, drawn as wide as its column */
enum halign { A_LEFT = 0, A_CENTER, A_RIGHT, A_FILL };

/* node flags */
enum {
    HF_BLANK_BEFORE = 1,   /* a blank line before (a margin)          */
    HF_BLANK_AFTER  = 2,   /* a blank line after                      */
    HF_EXACT        = 4,   /* TEXT: one character per source character,
                            * starting at OFF (no entity, no expansion) */
    HF_PRE          = 8,   /* TEXT: white space kept (pre)            */
    HF_IMPLICIT     = 16   /* ROW/CELL made for content outside a td  */
};

/* In TEXT runs, a non-breaking space: rendered as a space, but neither
 * collapsed nor dropped, so that "<p>&nbsp;</p>" is an empty line and
 * "By:&nbsp;&nbsp;/s/" keeps its two blanks, as a browser shows them. */
#define H_NBSP '\x01'

typedef struct hnode {
    struct hnode *parent, *first, *last, *next;
    const char   *text;      /* TEXT: folded UTF-8                     */
    uint32_t      len;       /* TEXT: bytes of TEXT                    */
    uint32_t      off;       /* source offset (start tag or text)      */
    uint32_t      srclen;    /* TEXT: source bytes of the run          */
    uint32_t      count;     /* ROW: columns taken so far              */
    uint16_t      colspan, rowspan;
    uint8_t       kind, align, flags;
} hnode;

/* Lay the tree ROOT out into OUT's text and source map, allocated in
 * arena A; TMP is for work space.  Returns 0, or -1 when out of memory. */
int f8k_html_layout(f8k_arena *a, f8k_arena *tmp, const char *src,
                    size_t n, const hnode *root, f8k_html *out);

/* limits that keep hostile input linear */
enum {
    H_MAX_COLS   = 256,   /* columns of a table; more cells join the last */
    H_MAX_SPAN   = 64,    /* colspan, rowspan                            */
    H_MAX_TDEPTH = 4,     /* tables in tables laid out as columns; deeper
                           * ones are read as blocks                    */
    H_CELL_WRAP  = 120,   /* widest line of a cell before wrapping       */
    H_MAX_WIDTH  = 1000   /* a wider table is written row by row         */
};

/* Flags of f8k_html_seg.col (the column is in the low 30 bits). */
#define H_SEG_EXACT    0x80000000u  /* later characters follow the source
                                     * one for one                      */
#define H_SEG_FALLBACK 0x40000000u  /* nothing mapped on this line: the
                                     * offset of the block it belongs to */
#define H_SEG_COL      0x3FFFFFFFu

#endif
