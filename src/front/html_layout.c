/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* html_layout.c - the layout tree of html.c rendered as lines of text.
 *
 * The walk is iterative (parent pointers, no recursion: hostile input
 * nests elements 100,000 deep).  Text goes into a "sink", a growing set
 * of lines with their source map.  The document has one sink; a table
 * laid out as columns renders its cells, one after the other, into a
 * sink of its own (one per table depth, reused), and when the table
 * ends its cells are set side by side into the enclosing sink.  A
 * table's cells are copied once per enclosing table, and at most
 * H_MAX_TDEPTH tables are laid out inside each other, so the work stays
 * linear.
 */
#include <string.h>
#include "html_int.h"

typedef struct hline {
    uint32_t start, len;     /* bytes of the sink's buffer            */
    uint32_t width;          /* characters                            */
    uint32_t seg, nseg;      /* its map segments                      */
    uint8_t  align;
} hline;

typedef struct sink {
    char         *buf;
    size_t        len, cap;
    hline        *lines;
    size_t        nlines, lcap;
    f8k_html_seg *segs;
    size_t        nsegs, scap;
    /* the open line */
    size_t        lstart;    /* where it starts in BUF                */
    size_t        lseg;      /* its first segment                     */
    uint32_t      width;     /* characters on it                      */
    int           open;      /* it holds something (a no-break space) */
    int           space;     /* a collapsible blank is pending        */
    uint8_t       align;
    /* between lines */
    int           blank;     /* a blank line is wanted before the next */
    int           nblank;    /* blank lines just written              */
    int           any;       /* a line was written (since the cell began) */
    uint32_t      wrap;      /* widest line, 0: no limit              */
    uint32_t      fb_off;    /* offset for a line with nothing mapped */
} sink;

/* A table cell once rendered: lines FIRST.. of the table's sink. */
typedef struct cellx {
    uint32_t first, nl, width, row;
    uint16_t colspan, rowspan;
    uint16_t col, span;      /* in the grid; then in the kept columns */
} cellx;

typedef struct frame {
    sink    *s;
    cellx   *cells;
    size_t   ncells, ccap;
    uint32_t nrows;
} frame;

typedef struct lay {
    f8k_arena  *a;
    const char *src;
    size_t      n;
    int         nomem;
    size_t      written, budget;
    sink        root;
    sink        tsink[H_MAX_TDEPTH];
    frame       frames[H_MAX_TDEPTH];
    int         depth;       /* tables open                          */
    uint32_t    busy[H_MAX_COLS];   /* row up to which a column is taken */
    uint32_t    width[H_MAX_COLS];
    uint32_t    colx[H_MAX_COLS + 1];
    uint16_t    map[H_MAX_COLS + 1];
    uint8_t     has[H_MAX_COLS];
} lay;

/* Grow *P (of *CAP elements of SIZE bytes, N used) to hold NEED. */
static int grow(lay *L, void **p, size_t *cap, size_t n, size_t need,
                size_t size)
{
    size_t c = *cap ? *cap : 16;
    void *q;
    if (need <= *cap)
        return 0;
    while (c < need) {
        if (c > ((size_t)-1 / 2) / size) {
            L->nomem = 1;
            return -1;
        }
        c *= 2;
    }
    if ((q = f8k_arena_alloc(L->a, c * size)) == NULL) {
        L->nomem = 1;
        return -1;
    }
    if (n > 0)
        memcpy(q, *p, n * size);
    *p = q;
    *cap = c;
    return 0;
}

static int put(lay *L, sink *s, const char *t, size_t n)
{
    if (grow(L, (void **)&s->buf, &s->cap, s->len, s->len + n + 3, 1) != 0)
        return -1;
    memcpy(s->buf + s->len, t, n);
    s->len += n;
    L->written += n;
    return 0;
}

static int put_spaces(lay *L, sink *s, size_t n)
{
    if (grow(L, (void **)&s->buf, &s->cap, s->len, s->len + n + 3, 1) != 0)
        return -1;
    memset(s->buf + s->len, ' ', n);
    s->len += n;
    s->width += (uint32_t)n;
    L->written += n;
    return 0;
}

static void seg_add(lay *L, sink *s, uint32_t col, uint32_t off)
{
    if (grow(L, (void **)&s->segs, &s->scap, s->nsegs, s->nsegs + 1,
             sizeof *s->segs) != 0)
        return;
    /* a segment at the column of the previous one replaces it */
    if (s->nsegs > s->lseg &&
        (s->segs[s->nsegs - 1].col & H_SEG_COL) == (col & H_SEG_COL)) {
        s->segs[s->nsegs - 1].col = col;
        s->segs[s->nsegs - 1].off = off;
        return;
    }
    s->segs[s->nsegs].col = col;
    s->segs[s->nsegs].off = off;
    s->nsegs++;
}

static void sink_reset(sink *s, uint32_t wrap)
{
    s->len = s->nlines = s->nsegs = 0;
    s->lstart = s->lseg = 0;
    s->width = 0;
    s->open = s->space = s->blank = s->nblank = s->any = 0;
    s->align = 0;
    s->wrap = wrap;
}

/* Record the open line (possibly empty) and start a new one. */
static void line_end(lay *L, sink *s)
{
    hline *l;
    size_t len = s->len - s->lstart;
    int blank;

    while (len > 0 && s->buf[s->lstart + len - 1] == ' ')
        len--;
    blank = len == 0;
    if (blank && (!s->any || s->nblank >= 2)) {
        /* no blank line at the top, and never more than two */
        s->len = s->lstart;
        s->nsegs = s->lseg;
        goto reset;
    }
    if (grow(L, (void **)&s->lines, &s->lcap, s->nlines, s->nlines + 1,
             sizeof *s->lines) != 0)
        return;
    if (s->nsegs == s->lseg)
        seg_add(L, s, 1 | H_SEG_FALLBACK, s->fb_off);
    s->len = s->lstart + len;
    if (put(L, s, "\n", 1) != 0)
        return;
    l = &s->lines[s->nlines++];
    l->start = (uint32_t)s->lstart;
    l->len = (uint32_t)len;
    l->width = blank ? 0 : s->width;
    l->seg = (uint32_t)s->lseg;
    l->nseg = (uint32_t)(s->nsegs - s->lseg);
    l->align = s->align;
    if (blank) {
        s->nblank++;
    } else {
        s->nblank = 0;
        s->any = 1;
    }
reset:
    s->lstart = s->len;
    s->lseg = s->nsegs;
    s->width = 0;
    s->open = s->space = 0;
}

/* Before the first character of a line: the blank line asked for. */
static void line_begin(lay *L, sink *s, uint8_t align)
{
    if (s->width > 0 || s->open)
        return;
    if (s->blank && s->any && s->nblank == 0)
        line_end(L, s);
    s->blank = 0;
    s->align = align;
}

/* A block boundary: end the line if it has anything. */
static void sink_newline(lay *L, sink *s)
{
    if (s->width > 0 || s->open)
        line_end(L, s);
    s->space = 0;
}

/* A margin: a blank line before what follows. */
static void sink_blank(lay *L, sink *s)
{
    sink_newline(L, s);
    s->blank = 1;
}

/* <br>: the end of the line; on an empty line, an empty line. */
static void sink_br(lay *L, sink *s)
{
    if (s->width > 0 || s->open) {
        line_end(L, s);
    } else {
        s->blank = 0;
        line_end(L, s);
    }
}

/* A line of its own holding TEXT. */
static void sink_line(lay *L, sink *s, const char *text, uint32_t off)
{
    sink_newline(L, s);
    line_begin(L, s, 0);
    seg_add(L, s, 1, off);
    put(L, s, text, strlen(text));
    s->width = (uint32_t)strlen(text);
    line_end(L, s);
}

static size_t u8len(unsigned char c)
{
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Source offset of byte I of the text of H (not exact: in proportion). */
static uint32_t prop_off(const hnode *h, size_t i)
{
    if (h->len == 0)
        return h->off;
    return h->off + (uint32_t)((uint64_t)i * h->srclen / h->len);
}

/* Text with white space kept (pre): tabs to columns of 8.  One map
 * segment per line, exact where the run is (each character after it
 * then maps to its own source character), and a new one after a tab. */
static void text_pre(lay *L, sink *s, const hnode *h)
{
    const char *t = h->text;
    const unsigned char *src = (const unsigned char *)L->src;
    size_t i = 0, n = h->len, sp = h->off, send = (size_t)h->off + h->srclen;
    int exact = (h->flags & HF_EXACT) != 0;
    int mapped = 0;
    while (i < n) {
        unsigned char c = (unsigned char)t[i];
        size_t k;
        if (c == '\n') {
            sink_br(L, s);
            mapped = 0;
            i++;
            if (exact && sp < send)
                sp++;
            continue;
        }
        if (s->wrap && s->width >= s->wrap) {
            line_end(L, s);
            mapped = 0;
        }
        line_begin(L, s, h->align);
        if (!mapped) {
            seg_add(L, s, (s->width + 1) | (exact ? H_SEG_EXACT : 0),
                    exact ? (uint32_t)sp : prop_off(h, i));
            mapped = 1;
        }
        if (c == '\t') {
            put_spaces(L, s, 8 - s->width % 8);
            s->open = 1;
            i++;
            if (exact && sp < send)
                sp++;
            mapped = 0;
            continue;
        }
        k = u8len(c);
        if (i + k > n)
            k = n - i;
        if (c == (unsigned char)H_NBSP)
            put(L, s, " ", 1);
        else
            put(L, s, t + i, k);
        s->width++;
        s->open = 1;
        i += k;
        if (exact && sp < send)
            sp += u8len(src[sp]);
    }
}

/* A run of text: blanks collapsed as HTML does, words wrapped at the
 * sink's width, one map segment per word. */
static void text_flow(lay *L, sink *s, const hnode *h)
{
    const char *t = h->text;
    const unsigned char *src = (const unsigned char *)L->src;
    size_t i = 0, n = h->len, sp = h->off, send = (size_t)h->off + h->srclen;
    int exact = (h->flags & HF_EXACT) != 0;

    while (i < n) {
        size_t j, w, k;
        char c = t[i];
        if (c == ' ' || c == '\n' || c == '\t') {
            if (s->width > 0)
                s->space = 1;
            i++;
            if (exact && sp < send)
                sp += u8len(src[sp]);
            continue;
        }
        /* a word: up to the next collapsible blank */
        for (j = i, w = 0; j < n && t[j] != ' ' && t[j] != '\n' && t[j] != '\t'; w++)
            j += u8len((unsigned char)t[j]);
        if (j > n)
            j = n;
        if (s->wrap && s->width > 0 && s->width + s->space + w > s->wrap)
            line_end(L, s);
        line_begin(L, s, h->align);
        if (s->space && s->width > 0) {
            put(L, s, " ", 1);
            s->width++;
        }
        s->space = 0;
        /* the word, in pieces where it is wider than a line may be */
        while (i < j) {
            size_t room = s->wrap ? s->wrap - (s->width < s->wrap ? s->width : s->wrap) : (size_t)-1;
            size_t chars = 0;
            if (room == 0) {
                line_end(L, s);
                line_begin(L, s, h->align);
                continue;
            }
            seg_add(L, s, (s->width + 1) | (exact ? H_SEG_EXACT : 0),
                    exact ? (uint32_t)sp : prop_off(h, i));
            while (i < j && chars < room) {
                k = u8len((unsigned char)t[i]);
                if (t[i] == H_NBSP)
                    put(L, s, " ", 1);
                else
                    put(L, s, t + i, i + k <= n ? k : n - i);
                i += k;
                chars++;
                if (exact && sp < send)
                    sp += u8len(src[sp]);
            }
            s->width += (uint32_t)chars;
            s->open = 1;
            if (i < j) {
                line_end(L, s);
                line_begin(L, s, h->align);
            }
        }
        if (L->nomem)
            return;
    }
}

/* ---- tables ---- */

/* Copy line K of sink T into the open line of S at column X (no blanks
 * written before it: the caller pads). */
static void copy_line(lay *L, sink *s, const sink *t, size_t k)
{
    const hline *l = &t->lines[k];
    size_t i;
    uint32_t x = s->width;
    for (i = 0; i < l->nseg; i++) {
        f8k_html_seg g = t->segs[l->seg + i];
        if (g.col & H_SEG_FALLBACK)
            continue;
        seg_add(L, s, ((g.col & H_SEG_COL) + x) | (g.col & H_SEG_EXACT), g.off);
    }
    put(L, s, t->buf + l->start, l->len);
    /* the line's width counts the blanks line_end trimmed off its end:
     * put them back, so that what follows lands at the column the
     * layout (and the source map) gives it */
    {
        uint32_t w = 0;
        for (i = 0; i < l->len; i++)
            w += ((unsigned char)t->buf[l->start + i] & 0xC0) != 0x80;
        s->width += w;
        if (l->width > w)
            put_spaces(L, s, l->width - w);
    }
    if (l->nseg > 0 && s->nsegs == s->lseg)
        s->fb_off = t->segs[l->seg].off;
}

static int cell_blank(const cellx *c)
{
    return c->nl == 0 || c->width == 0;
}

/* The cells of a table, one after another: a table of one column, or
 * one too wide to set side by side.  Cells of a row that are one line
 * each share a line (3 blanks apart) when SHARE. */
static void table_flow(lay *L, sink *s, const sink *t, cellx *c, size_t nc,
                       int share)
{
    size_t i = 0;
    while (i < nc) {
        size_t j = i, q;
        int one = 1;
        while (j < nc && c[j].row == c[i].row) {
            if (!cell_blank(&c[j]) && c[j].nl > 1)
                one = 0;
            j++;
        }
        if (share && one) {
            sink_newline(L, s);
            for (q = i; q < j; q++) {
                if (cell_blank(&c[q]))
                    continue;
                line_begin(L, s, 0);
                if (s->width > 0)
                    put_spaces(L, s, 3);
                copy_line(L, s, t, c[q].first);
            }
            sink_newline(L, s);
        } else {
            for (q = i; q < j; q++) {
                uint32_t k;
                if (cell_blank(&c[q]))
                    continue;
                sink_newline(L, s);
                for (k = 0; k < c[q].nl; k++) {
                    const hline *l = &t->lines[c[q].first + k];
                    if (l->width == 0) {
                        sink_br(L, s);
                        continue;
                    }
                    line_begin(L, s, 0);
                    copy_line(L, s, t, c[q].first + k);
                    s->open = 1;
                    line_end(L, s);
                }
            }
        }
        i = j;
    }
}

/* table_end, step 1, the grid: each cell at the first free column of
 * its row (L->busy: the row up to which a cell above spans a column),
 * its colspan cut at the last column; L->has marks the columns where a
 * cell with text begins.  Returns the number of columns. */
static uint32_t grid_place(lay *L, cellx *c, size_t nc)
{
    size_t i, j;
    uint32_t ncol = 0, k;

    memset(L->has, 0, sizeof L->has);
    memset(L->busy, 0, sizeof L->busy);
    for (i = 0; i < nc; i = j) {
        uint32_t r = c[i].row, col = 0;
        for (j = i; j < nc && c[j].row == r; j++) {
            uint32_t span;
            while (col < H_MAX_COLS && L->busy[col] > r)
                col++;
            if (col >= H_MAX_COLS)
                col = H_MAX_COLS - 1;
            span = c[j].colspan;
            if (span > H_MAX_COLS - col)
                span = H_MAX_COLS - col;
            c[j].col = (uint16_t)col;
            c[j].span = (uint16_t)span;
            for (k = col; k < col + span; k++)
                if (L->busy[k] < r + c[j].rowspan)
                    L->busy[k] = r + c[j].rowspan;
            if (!cell_blank(&c[j]))
                L->has[col] = 1;
            col += span;
            if (col > ncol)
                ncol = col;
        }
    }
    return ncol;
}

/* table_end, step 2: the NCOL columns of the grid where no cell with
 * text begins are dropped (spacers); each cell's column and span are
 * renumbered in the kept ones.  Returns how many are kept. */
static uint32_t grid_drop_spacers(lay *L, cellx *c, size_t nc, uint32_t ncol)
{
    size_t i;
    uint32_t nk = 0, k;

    for (k = 0; k < ncol; k++) {
        L->map[k] = (uint16_t)nk;
        if (L->has[k])
            nk++;
    }
    L->map[ncol] = (uint16_t)nk;
    for (i = 0; i < nc; i++) {
        uint32_t a = c[i].col, b = a + c[i].span;
        c[i].col = L->map[a];
        c[i].span = (uint16_t)(L->map[b] - L->map[a]);
    }
    return nk;
}

/* table_end, step 3, the widths of the NK columns (L->width) and where
 * each begins (L->colx, 3 blanks apart): cells of one column first,
 * then the spanning ones widen the last column they span.  Returns the
 * table's width. */
static uint32_t col_widths(lay *L, const cellx *c, size_t nc, uint32_t nk)
{
    size_t i;
    uint32_t k, total = 0;

    memset(L->width, 0, sizeof L->width);
    for (i = 0; i < nc; i++)
        if (!cell_blank(&c[i]) && c[i].span == 1 && c[i].width > L->width[c[i].col])
            L->width[c[i].col] = c[i].width;
    for (i = 0; i < nc; i++) {
        uint32_t have = 0;
        if (cell_blank(&c[i]) || c[i].span < 2)
            continue;
        for (k = c[i].col; k < (uint32_t)c[i].col + c[i].span; k++)
            have += L->width[k] + 3;
        have -= 3;
        if (c[i].width > have)
            L->width[c[i].col + c[i].span - 1] += c[i].width - have;
    }
    L->colx[0] = 0;
    for (k = 0; k < nk; k++) {
        L->colx[k + 1] = L->colx[k] + L->width[k] + 3;
        total = L->colx[k + 1] - 3;
    }
    return total;
}

/* The end of the row whose first cell is C[I], and in *H its height: the
 * lines of its tallest cell with text (a blank cell has none, see
 * leave()), 0 for a row of spacers. */
static size_t row_end(const cellx *c, size_t nc, size_t i, uint32_t *h)
{
    size_t j;

    *h = 0;
    for (j = i; j < nc && c[j].row == c[i].row; j++)
        if (!cell_blank(&c[j]) && c[j].nl > *h)
            *h = c[j].nl;
    return j;
}

/* What setting the NC cells as columns, TOTAL wide, would write. */
static size_t rows_cost(const cellx *c, size_t nc, uint32_t total)
{
    size_t i, j, size = 0;
    uint32_t h;

    for (i = 0; i < nc; i = j) {
        j = row_end(c, nc, i, &h);
        size += (size_t)h * (total + 1);
    }
    return size;
}

/* Line LINE of cell C (lines of sink T) into the open line of S at the
 * cell's column, padded as the line is aligned; a rule (A_FILL) drawn
 * as wide as the column. */
static void cell_line(lay *L, sink *s, const sink *t, const cellx *c,
                      uint32_t line)
{
    const hline *l;
    uint32_t x0, cw, pad = 0;

    if (cell_blank(c) || line >= c->nl)
        return;
    l = &t->lines[c->first + line];
    if (l->width == 0)
        return;
    x0 = L->colx[c->col];
    cw = L->colx[c->col + c->span] - 3 - x0;
    if (x0 < s->width + (s->width > 0 ? 3 : 0))
        x0 = s->width + (s->width > 0 ? 3 : 0);
    if (l->width < cw)
        pad = l->align == A_RIGHT ? cw - l->width :
              l->align == A_CENTER ? (cw - l->width) / 2 : 0;
    if (l->align == A_FILL) {
        put_spaces(L, s, x0 - s->width);
        seg_add(L, s, s->width + 1, t->segs[l->seg].off);
        while (cw-- > 0)
            put(L, s, "-", 1), s->width++;
        return;
    }
    put_spaces(L, s, x0 + pad - s->width);
    copy_line(L, s, t, c->first + line);
}

/* table_end, step 4: the NC cells (lines of sink T) set as columns into
 * S, row by row, a row as many lines as its tallest cell; a row of
 * spacers asks for a blank line. */
static void table_rows(lay *L, sink *s, const sink *t, const cellx *c,
                       size_t nc)
{
    size_t i, j, q;
    uint32_t h, line;

    for (i = 0; i < nc; i = j) {
        j = row_end(c, nc, i, &h);
        if (h == 0) {
            s->blank = 1;     /* a spacer row */
            continue;
        }
        for (line = 0; line < h; line++) {
            sink_newline(L, s);
            line_begin(L, s, 0);
            for (q = i; q < j; q++)
                cell_line(L, s, t, &c[q], line);
            s->open = 1;
            line_end(L, s);
        }
    }
}

/* Set the cells of frame F side by side into S: as columns, or one
 * after another (table_flow) where there are not two columns, or the
 * columns would be too wide or cost more than the budget allows. */
static void table_end(lay *L, frame *f, sink *s)
{
    cellx *c = f->cells;
    size_t nc = f->ncells;
    uint32_t ncol, nk, total;

    if (nc == 0)
        return;
    ncol = grid_place(L, c, nc);
    nk = grid_drop_spacers(L, c, nc, ncol);
    total = col_widths(L, c, nc, nk);
    sink_blank(L, s);
    if (nk <= 1 || total > H_MAX_WIDTH ||
        L->written + rows_cost(c, nc, total) > L->budget)
        table_flow(L, s, f->s, c, nc, nk > 1);
    else
        table_rows(L, s, f->s, c, nc);
    sink_blank(L, s);
}

/* ---- the walk ---- */

static sink *cur(lay *L)
{
    return L->depth > 0 ? L->frames[L->depth - 1].s : &L->root;
}

static void enter(lay *L, const hnode *h)
{
    sink *s = cur(L);
    frame *f;
    cellx *c;

    switch (h->kind) {
    case H_BLOCK:
        if (h->flags & HF_BLANK_BEFORE)
            sink_blank(L, s);
        else
            sink_newline(L, s);
        s->fb_off = h->off;
        break;
    case H_TEXT:
        if (h->flags & HF_PRE)
            text_pre(L, s, h);
        else
            text_flow(L, s, h);
        break;
    case H_BR:
        s->fb_off = h->off;
        sink_br(L, s);
        break;
    case H_HR:
        if (L->depth == 0) {
            sink_line(L, s, "--------------------", h->off);
        } else {
            /* an underline in a cell: as wide as the column will be */
            size_t nl = s->nlines;
            sink_line(L, s, "---", h->off);
            if (s->nlines > nl)
                s->lines[nl].align = A_FILL;
        }
        break;
    case H_PAGE:
        /* a page mark inside a cell would turn its whole row into one */
        if (L->depth == 0)
            sink_line(L, s, "<PAGE>", h->off);
        break;
    case H_TABLE:
        sink_blank(L, s);
        f = &L->frames[L->depth];
        f->s = &L->tsink[L->depth];
        sink_reset(f->s, H_CELL_WRAP);
        f->ncells = 0;
        f->nrows = 0;
        L->depth++;
        break;
    case H_ROW:
        L->frames[L->depth - 1].nrows++;
        break;
    case H_CELL:
        f = &L->frames[L->depth - 1];
        sink_newline(L, s);
        s->any = s->nblank = s->blank = 0;
        s->fb_off = h->off;
        if (grow(L, (void **)&f->cells, &f->ccap, f->ncells, f->ncells + 1,
                 sizeof *f->cells) != 0)
            return;
        c = &f->cells[f->ncells++];
        memset(c, 0, sizeof *c);
        c->first = (uint32_t)s->nlines;
        c->row = f->nrows ? f->nrows - 1 : 0;
        c->colspan = h->colspan;
        c->rowspan = h->rowspan;
        break;
    }
}

static void leave(lay *L, const hnode *h)
{
    sink *s = cur(L);
    frame *f;
    cellx *c;
    uint32_t k, last;

    switch (h->kind) {
    case H_BLOCK:
        if (h->flags & HF_BLANK_AFTER)
            sink_blank(L, s);
        else
            sink_newline(L, s);
        break;
    case H_CELL:
        f = &L->frames[L->depth - 1];
        sink_newline(L, s);
        if (f->ncells == 0)
            break;
        c = &f->cells[f->ncells - 1];
        last = (uint32_t)s->nlines;
        while (last > c->first && s->lines[last - 1].width == 0)
            last--;
        c->nl = last - c->first;
        for (k = c->first; k < last; k++)
            if (s->lines[k].width > c->width)
                c->width = s->lines[k].width;
        break;
    case H_TABLE:
        L->depth--;
        f = &L->frames[L->depth];
        table_end(L, f, cur(L));
        break;
    default:
        break;
    }
}

/* A copy of the N elements of SIZE bytes at P (NULL when N is 0) in
 * arena A, in room for at least MIN elements, the rest zeroed: an empty
 * document has no segment, but the map wants one. */
static void *copy_out(f8k_arena *a, const void *p, size_t n, size_t min,
                      size_t size)
{
    size_t room = n > min ? n : min;
    void *q = f8k_arena_alloc(a, room * size);
    if (q == NULL)
        return NULL;
    memset(q, 0, room * size);
    if (n > 0)
        memcpy(q, p, n * size);
    return q;
}

int f8k_html_layout(f8k_arena *a, f8k_arena *tmp, const char *src,
                    size_t n, const hnode *root, f8k_html *out)
{
    lay *L = f8k_arena_alloc(tmp, sizeof *L);
    const hnode *h = root;
    sink *r;
    uint32_t *line_seg, *line_start;
    char *text;
    size_t i;

    if (L == NULL)
        return -1;
    memset(L, 0, sizeof *L);
    L->a = tmp;
    L->src = src;
    L->n = n;
    /* columns are given up for rows of cells one after another rather
     * than let padding grow the text past this */
    L->budget = 8 * n + ((size_t)1 << 20);
    r = &L->root;
    sink_reset(r, 0);
    for (;;) {
        enter(L, h);
        if (L->nomem)
            return -1;
        if (h->first != NULL) {
            h = h->first;
            continue;
        }
        for (;;) {
            leave(L, h);
            if (L->nomem)
                return -1;
            if (h == root)
                goto done;
            if (h->next != NULL) {
                h = h->next;
                break;
            }
            h = h->parent;
        }
    }
done:
    sink_newline(L, r);
    if (L->nomem)
        return -1;
    /* the result, at its exact size, in the caller's arena; the text
     * followed by the two NULs flex wants */
    text = f8k_arena_alloc(a, r->len + 2);
    line_seg = f8k_arena_alloc(a, (r->nlines + 1) * sizeof *line_seg);
    line_start = f8k_arena_alloc(a, (r->nlines + 1) * sizeof *line_start);
    out->seg_ = copy_out(a, r->segs, r->nsegs, 1, sizeof *r->segs);
    if (text == NULL || line_seg == NULL || line_start == NULL || out->seg_ == NULL)
        return -1;
    if (r->len > 0)
        memcpy(text, r->buf, r->len);
    text[r->len] = '\0';
    text[r->len + 1] = '\0';
    for (i = 0; i < r->nlines; i++) {
        line_seg[i] = r->lines[i].seg;
        line_start[i] = r->lines[i].start;
    }
    line_seg[i] = (uint32_t)r->nsegs;
    line_start[i] = (uint32_t)r->len;
    out->text = text;
    out->len = r->len;
    out->nlines = r->nlines;
    out->src_ = src;
    out->srclen_ = n;
    out->line_seg_ = line_seg;
    out->line_start_ = line_start;
    return 0;
}
