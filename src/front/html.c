/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* html.c - the HTML front end: libxml2's HTML parser in SAX push mode
 * builds a small layout tree (html_int.h) and collects the inline XBRL
 * facts; html_layout.c renders the tree as lines of text.
 *
 * Why SAX and not a DOM: a DOM of a 50 MB filing costs some ten times
 * its size in malloc'd nodes; the layout tree keeps only blocks, table
 * cells and text runs, in the caller's arena.  Why push mode with the
 * whole input as one chunk: the parser's input position is then an
 * offset into our buffer, which is what the source map needs.
 */
#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include "html_int.h"
#include "text.h"
#include "tabs.h"

/* ---- small helpers (the compares are text.h's: f8k_ieq ...) ------ */

static int is_ws(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Windows-1252 0x80-0x9F (as in text.c); 0 where it has no character. */
static const unsigned short cp1252[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

/* Decode the UTF-8 character at P (N > 0 bytes); *K gets its length.
 * The input is valid UTF-8 (f8k_text_clean); a stray byte reads as
 * itself, one byte long. */
static unsigned u8_get(const unsigned char *p, size_t n, size_t *k)
{
    if (p[0] < 0x80 || n < 2) {
        *k = 1;
        return p[0];
    }
    if (p[0] < 0xE0) {
        *k = 2;
        return ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
    }
    if (p[0] < 0xF0 || n < 4) {
        if (n < 3) {
            *k = 1;
            return p[0];
        }
        *k = 3;
        return ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    }
    *k = 4;
    return ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) |
           ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
}

static size_t u8_put(unsigned cp, char *o)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | (cp >> 6));
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18));
    o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* ---- detection -------------------------------------------------------- */

/* Skip, from I, the blanks and the things that may stand before the first
 * element of an HTML document: a byte-order mark, comments, <?xml ...?>,
 * and the EDGAR document wrapper's tag lines (<DOCUMENT>, <TYPE>8-K, ...,
 * <TEXT>).  Returns the offset of what follows. */
static size_t skip_prolog(const char *b, size_t n, size_t i, int doctype)
{
    static const char *const wrapper[] = {
        "<document>", "<type>", "<sequence>", "<filename>", "<description>",
        "<text>", "<xbrl>", NULL
    };
    if (i + 3 <= n && memcmp(b + i, "\xEF\xBB\xBF", 3) == 0)
        i += 3;
    for (;;) {
        const char *e;
        size_t w;
        while (i < n && is_ws((unsigned char)b[i]))
            i++;
        if (i >= n || b[i] != '<')
            return i;
        if (f8k_istarts(b + i, n - i, "<!--")) {
            size_t j = i + 4;
            for (;;) {
                e = memchr(b + j, '-', n - j);
                if (e == NULL)
                    return n;
                j = (size_t)(e - b);
                if (j + 3 <= n && e[1] == '-' && e[2] == '>')
                    break;
                j++;
            }
            i = j + 3;
            continue;
        }
        if (f8k_istarts(b + i, n - i, "<?") ||
            (doctype && f8k_istarts(b + i, n - i, "<!doctype"))) {
            e = memchr(b + i, '>', n - i);
            if (e == NULL)
                return n;
            i = (size_t)(e - b) + 1;
            continue;
        }
        for (w = 0; wrapper[w] != NULL; w++)
            if (f8k_istarts(b + i, n - i, wrapper[w]))
                break;
        if (wrapper[w] == NULL)
            return i;
        e = memchr(b + i, '\n', n - i);
        if (e == NULL)
            return n;
        i = (size_t)(e - b) + 1;
    }
}

int f8k_html_detect(const char *buf, size_t n)
{
    /* elements an HTML filing begins with */
    static const char *const first[] = {
        "html", "head", "body", "div", "p", "font", "center", "title",
        "meta", "span", "b", "i", "u", "a", "br", "hr", "h1", "h2", "h3",
        "h4", "h5", "h6", "strong", "em", "style", "base", "link", "pre",
        "xml", "table", NULL
    };
    size_t i = skip_prolog(buf, n, 0, 0), j, k;
    if (i >= n || buf[i] != '<')
        return 0;
    if (f8k_istarts(buf + i, n - i, "<!doctype")) {
        i += 9;
        while (i < n && is_ws((unsigned char)buf[i]))
            i++;
        return f8k_istarts(buf + i, n - i, "html");
    }
    i++;
    for (j = i; j < n && ((buf[j] >= 'a' && buf[j] <= 'z') ||
                          (buf[j] >= 'A' && buf[j] <= 'Z') ||
                          (buf[j] >= '0' && buf[j] <= '9')); j++)
        ;
    if (j == i || (j < n && !is_ws((unsigned char)buf[j]) && buf[j] != '>'
                   && buf[j] != '/'))
        return 0;
    for (k = 0; first[k] != NULL; k++)
        if (f8k_ieq(buf + i, j - i, first[k]))
            break;
    if (first[k] == NULL)
        return 0;
    if (strcmp(first[k], "table") == 0) {
        /* EDGAR's plain-text filings mark tables <TABLE> ... <S> <C>;
         * HTML has cells.  Look for one in the next 8 KB. */
        size_t end = n - j < 8192 ? n : j + 8192;
        for (k = j; k + 3 <= end; k++)
            if (buf[k] == '<' && (f8k_istarts(buf + k, end - k, "<td") ||
                                  f8k_istarts(buf + k, end - k, "<tr")))
                return 1;
        return 0;
    }
    return 1;
}

/* ---- the SAX pass ----------------------------------------------------- */

/* What an element is to the layout. */
enum ekind {
    K_INLINE = 0,  /* font, span, b, a, ...: text joins the block     */
    K_HIDE,        /* head, script, style, title, ix:header: no text  */
    K_BLOCK,       /* starts a line                                   */
    K_PARA,        /* a block with a blank line before and after      */
    K_CENTER,      /* a block whose text is centred                   */
    K_PRE,         /* a paragraph whose white space is kept           */
    K_TABLE, K_TR, K_CELL,
    K_BR, K_HR,
    K_SKIP         /* img, col, wbr ...: nothing                      */
};

/* HTML elements by name, sorted for bsearch; anything else is inline. */
static const struct { const char *name; unsigned char kind; } elements[] = {
    { "address", K_BLOCK }, { "article", K_BLOCK }, { "aside", K_BLOCK },
    { "blockquote", K_PARA }, { "body", K_BLOCK }, { "br", K_BR },
    { "caption", K_BLOCK }, { "center", K_CENTER }, { "col", K_SKIP },
    { "colgroup", K_SKIP }, { "dd", K_BLOCK }, { "details", K_BLOCK },
    { "dir", K_PARA }, { "div", K_BLOCK }, { "dl", K_PARA }, { "dt", K_BLOCK },
    { "fieldset", K_BLOCK }, { "figcaption", K_BLOCK }, { "figure", K_BLOCK },
    { "footer", K_BLOCK }, { "form", K_BLOCK }, { "h1", K_PARA },
    { "h2", K_PARA }, { "h3", K_PARA }, { "h4", K_PARA }, { "h5", K_PARA },
    { "h6", K_PARA }, { "head", K_HIDE }, { "header", K_BLOCK },
    { "hr", K_HR }, { "html", K_BLOCK }, { "img", K_SKIP },
    { "li", K_BLOCK }, { "listing", K_PRE }, { "main", K_BLOCK },
    { "menu", K_PARA }, { "nav", K_BLOCK }, { "noscript", K_HIDE },
    { "object", K_HIDE }, { "ol", K_PARA }, { "option", K_BLOCK },
    { "p", K_PARA }, { "plaintext", K_PRE }, { "pre", K_PRE },
    { "script", K_HIDE }, { "section", K_BLOCK }, { "select", K_HIDE },
    { "style", K_HIDE }, { "table", K_TABLE }, { "td", K_CELL },
    { "template", K_HIDE }, { "textarea", K_HIDE }, { "th", K_CELL },
    { "title", K_HIDE }, { "tr", K_TR }, { "ul", K_PARA },
    { "wbr", K_SKIP }, { "xml", K_HIDE }, { "xmp", K_PRE }
};

/* element stack flags */
enum {
    E_HIDDEN = 1,      /* text not shown (still read for facts)       */
    E_WING = 2,        /* a Wingdings font: letters are symbols       */
    E_PRE = 4,         /* white space kept                            */
    E_PAGE_AFTER = 8,  /* page-break-after: always                    */
    E_EXCLUDE = 16,    /* ix:exclude: not part of the facts' text      */
    E_CAPTURE = 32,    /* opened a capture of fact text               */
    E_CONTEXT = 64,    /* opened an xbrli:context                     */
    E_FIELD = 128,     /* opened a context's period date              */
    E_BLOCK = 256,     /* made a block node                           */
    E_BLANK_AFTER = 512,
    E_SPACE_AFTER = 1024 /* an inline-block box: a blank after it      */
};

typedef struct elem {
    const char *name;
    hnode      *node;     /* where content inside goes                */
    unsigned    flags;
    uint8_t     align;
    uint8_t     tdepth;   /* tables laid out as columns around it      */
    uint8_t     field;    /* E_FIELD: 1 startDate, 2 endDate, 3 instant */
} elem;

/* Text collected for a fact, a continuation or a context date. */
typedef struct capt {
    char  *p;
    size_t len, cap;
    size_t first;         /* source offset of its first character      */
    int    space;         /* a blank is pending                        */
} capt;

typedef struct factx {
    f8k_html_fact f;      /* first: the public part                   */
    capt          c;
    const char   *cont;   /* continuedAt                               */
} factx;

typedef struct contx {    /* ix:continuation                           */
    const char   *id, *cont;
    capt          c;
    struct contx *next;
} contx;

enum { MAX_CAPT = 16 };

/* Two arenas: OUT, the caller's, holds what the render returns (text,
 * map, facts, contexts); TMP, freed before f8k_html_render returns,
 * the layout tree and the work space of the layout. */
struct hstate {
    f8k_arena        *out;
    f8k_arena        *tmp;
    const char       *src;
    size_t            n;      /* the whole input                       */
    size_t            base;   /* where the part fed to libxml2 starts  */
    htmlParserCtxtPtr ctxt;
    size_t            last;   /* source offset after the last event     */
    int               nomem;
    elem             *stk;
    size_t            depth, cap;
    hnode            *root;
    char             *scratch;
    size_t            scap;
    /* inline XBRL */
    f8k_html_fact    *fhead, *ftail;
    contx            *chead;
    size_t            ncont;
    capt             *capts[MAX_CAPT];
    int               ncapt;
    int               exclude;
    f8k_html_context *xhead, *xtail, *xcur;
};

static void fail(struct hstate *st)
{
    if (!st->nomem && st->ctxt != NULL)
        xmlStopParser(st->ctxt);
    st->nomem = 1;
}

/* N zeroed bytes of arena A (st->out or st->tmp). */
static void *alloc0(struct hstate *st, f8k_arena *a, size_t n)
{
    void *p = f8k_arena_alloc(a, n);
    if (p == NULL) {
        fail(st);
        return NULL;
    }
    memset(p, 0, n);
    return p;
}

/* S copied into the caller's arena. */
static char *dup(struct hstate *st, const char *s, size_t n)
{
    char *p = alloc0(st, st->out, n + 1);
    if (p != NULL)
        memcpy(p, s, n);
    return p;
}

static char *dupz(struct hstate *st, const char *s)
{
    return dup(st, s, strlen(s));
}

/* The parser's position in our input: where the token it has just read
 * ends.  libxml2 2.15 deprecates the input's members for this accessor;
 * before it they are the way (xmlByteConsumed is deprecated too). */
static size_t here(struct hstate *st)
{
    unsigned long p;
    size_t r;
#if LIBXML_VERSION >= 21500
    if (xmlCtxtGetInputPosition(st->ctxt, 0, NULL, NULL, NULL, &p) != 0)
        return st->last;
#else
    xmlParserInputPtr in = st->ctxt->input;
    if (in == NULL || in->cur == NULL || in->base == NULL)
        return st->last;
    p = in->consumed + (unsigned long)(in->cur - in->base);
#endif
    r = st->base + p;
    if (r > st->n)
        r = st->n;
    return r < st->last ? st->last : r;
}

/* A start tag's offset: the first '<' since the last event. */
static size_t tag_start(struct hstate *st, size_t pos)
{
    const char *lt;
    if (pos <= st->last)
        return pos;
    lt = memchr(st->src + st->last, '<', pos - st->last);
    return lt != NULL ? (size_t)(lt - st->src) : pos;
}

/* After a tag: the parser calls back before it reads the closing '>'. */
static size_t past_tag(struct hstate *st, size_t pos)
{
    if (pos < st->n && st->src[pos] == '>')
        return pos + 1;
    if (pos + 1 < st->n && st->src[pos] == '/' && st->src[pos + 1] == '>')
        return pos + 2;
    return pos;
}

static hnode *node_new(struct hstate *st, int kind, size_t off)
{
    hnode *h = alloc0(st, st->tmp, sizeof *h);
    if (h != NULL) {
        h->kind = (uint8_t)kind;
        h->off = (uint32_t)off;
        h->colspan = h->rowspan = 1;
    }
    return h;
}

static void node_add(hnode *parent, hnode *h)
{
    h->parent = parent;
    if (parent->last != NULL)
        parent->last->next = h;
    else
        parent->first = h;
    parent->last = h;
}

/* Where content goes inside the node P: content written straight into
 * a table or a row (text outside any cell) gets a cell of its own. */
static hnode *content_parent(struct hstate *st, hnode *p, size_t off)
{
    if (p->kind == H_TABLE) {
        hnode *r = p->last;
        if (r == NULL || r->kind != H_ROW || !(r->flags & HF_IMPLICIT)) {
            if ((r = node_new(st, H_ROW, off)) == NULL)
                return NULL;
            r->flags |= HF_IMPLICIT;
            node_add(p, r);
        }
        p = r;
    }
    if (p->kind == H_ROW) {
        hnode *c = p->last;
        if (c == NULL || (!(c->flags & HF_IMPLICIT) && p->count < H_MAX_COLS)) {
            if ((c = node_new(st, H_CELL, off)) == NULL)
                return NULL;
            c->flags |= HF_IMPLICIT;
            node_add(p, c);
            p->count++;
        }
        p = c;
    }
    return p;
}

static elem *push(struct hstate *st)
{
    if (st->depth == st->cap) {
        size_t cap = st->cap ? st->cap * 2 : 64;
        elem *s = f8k_arena_alloc(st->tmp, cap * sizeof *s);
        if (s == NULL) {
            fail(st);
            return NULL;
        }
        if (st->depth > 0)
            memcpy(s, st->stk, st->depth * sizeof *s);
        st->stk = s;
        st->cap = cap;
    }
    return &st->stk[st->depth++];
}

/* ---- text ---- */

/* Append the folded text T (N bytes) to capture C: blanks collapsed. */
static void capt_add(struct hstate *st, capt *c, const char *t, size_t n,
                     size_t off)
{
    size_t i;
    if (c->len + n + 2 > c->cap) {
        size_t cap = c->cap ? c->cap : 32;
        char *p;
        while (cap < c->len + n + 2)
            cap *= 2;
        if ((p = f8k_arena_alloc(st->tmp, cap)) == NULL) {
            fail(st);
            return;
        }
        if (c->len)
            memcpy(p, c->p, c->len);
        c->p = p;
        c->cap = cap;
    }
    for (i = 0; i < n; i++) {
        char ch = t[i];
        if (ch == ' ' || ch == H_NBSP || ch == '\n' || ch == '\t') {
            c->space = 1;
            continue;
        }
        if (c->len == 0)
            c->first = off;
        else if (c->space)
            c->p[c->len++] = ' ';
        c->space = 0;
        c->p[c->len++] = ch;
    }
    c->p[c->len] = '\0';
}

/* A line break or a block boundary inside a fact: a blank. */
static void capt_space(struct hstate *st)
{
    int i;
    for (i = 0; i < st->ncapt; i++)
        st->capts[i]->space = 1;
}

/* fold: room in the scratch buffer for the folding of N bytes (a
 * character grows to 4 bytes at most: "o" -> "[ ] ").  Returns 0, or -1
 * when it cannot be had. */
static int fold_room(struct hstate *st, size_t n)
{
    if (n > ((size_t)-1 - 8) / 4)
        return -1;
    if (st->scap < 4 * n + 8) {
        size_t cap = st->scap ? st->scap : 256;
        while (cap < 4 * n + 8)
            cap *= 2;
        if ((st->scratch = f8k_arena_alloc(st->tmp, cap)) == NULL) {
            st->scap = 0;
            fail(st);
            return -1;
        }
        st->scap = cap;
    }
    return 0;
}

/* fold: the check box MARK ("[ ] " or "[X] ") at OUT; its 4 bytes. */
static size_t fold_box(char *out, const char *mark, int *one)
{
    memcpy(out, mark, 4);
    *one = 0;
    return 4;
}

/* fold, an ASCII character CP at OUT: a letter of a Wingdings font
 * (WING) as a box, a control as a blank (a tab or newline kept in PRE).
 * Returns the bytes written. */
static size_t fold_ascii(char *out, unsigned cp, int wing, int pre, int *one)
{
    if (wing && cp > ' ') {
        if (cp == 'o' || cp == 'p' || cp == 'q' || cp == 'r')
            return fold_box(out, "[ ] ", one);
        if (cp == 'x' || cp == 'n')
            return fold_box(out, "[X] ", one);
    }
    if (cp < 0x20 || cp == 0x7F)
        out[0] = pre && (cp == '\n' || cp == '\t') ? (char)cp : ' ';
    else
        out[0] = (char)cp;
    return 1;
}

/* fold, a code point CP past ASCII at OUT: a C1 control as
 * Windows-1252, then the spaces, quotes, dashes and boxes of Unicode (and
 * of a Wingdings font: WING) as fold() says.  Returns the bytes
 * written, 0 for a character dropped. */
static size_t fold_cp(char *out, unsigned cp, int wing, int *one)
{
    if (cp >= 0x80 && cp <= 0x9F)
        cp = cp1252[cp - 0x80] ? cp1252[cp - 0x80] : ' ';
    if (wing && (cp == 0xA8 || cp == 0xA3))
        return fold_box(out, "[ ] ", one);
    if (wing && (cp == 0xFD || cp == 0xFE || cp == 0xFC))
        return fold_box(out, "[X] ", one);
    switch (cp) {
    case 0xA0: case 0x2007: case 0x202F:
        out[0] = H_NBSP;
        return 1;
    case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
    case 0x2005: case 0x2006: case 0x2008: case 0x2009: case 0x200A:
    case 0x200B: case 0x205F: case 0x3000: case 0x2028: case 0x2029:
    case 0x85:
        out[0] = ' ';
        return 1;
    case 0xAD: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
        *one = 0;
        return 0;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
        out[0] = '\'';
        return 1;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
        out[0] = '"';
        return 1;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0x2043: case 0xFE58: case 0xFF0D:
        out[0] = '-';
        return 1;
    case 0x2026:
        memcpy(out, "...", 3);
        *one = 0;
        return 3;
    /* empty boxes; the F0xx ones are symbol-font characters as
     * word processors export them (Wingdings 'o', 0xA8, ...) */
    case 0x2610: case 0x25A1: case 0x25FB: case 0x25FD: case 0x2B1C:
    case 0x274F: case 0x2750: case 0x2751: case 0x2752: case 0x25AB:
    case 0xF06F: case 0xF0A8: case 0xF071: case 0xF0A3:
        return fold_box(out, "[ ] ", one);
    /* checked boxes */
    case 0x2611: case 0x2612: case 0x25A0: case 0x2BBD: case 0x2BBE:
    case 0x25AA: case 0x2327:
    case 0xF0FD: case 0xF0FE: case 0xF078: case 0xF06E:
        return fold_box(out, "[X] ", one);
    default:
        return u8_put(cp, out);
    }
}

/* Fold the N bytes of text T as the text grammar wants them, into the
 * scratch buffer: C1 controls (numeric references such as &#146;) read
 * as Windows-1252; typographic quotes and dashes as ASCII; the many
 * spaces of Unicode as blanks (no-break ones as H_NBSP); check boxes -
 * U+2610.., and the letters of a Wingdings font - as "[ ]" or "[X]", the
 * marks the cover pass reads, with a blank after (DFIN filings set box
 * and text apart by CSS alone: "[ ]Written").  *ONE is cleared when a
 * character did not become exactly one character. */
static char *fold(struct hstate *st, const char *t, size_t n, int wing,
                  int pre, size_t *outn, int *one)
{
    const unsigned char *u = (const unsigned char *)t;
    size_t i = 0, o = 0, k;
    unsigned cp;
    char *out;

    if (fold_room(st, n) != 0)
        return NULL;
    out = st->scratch;
    *one = 1;
    while (i < n) {
        if (u[i] < 0x80) {
            o += fold_ascii(out + o, u[i++], wing, pre, one);
            continue;
        }
        cp = u8_get(u + i, n - i, &k);
        i += k;
        o += fold_cp(out + o, cp, wing, one);
    }
    *outn = o;
    return out;
}

/* on_text, where the run CH of LEN bytes is in the source: it ends at
 * the parser's position (*POS on entry).  With its characters as they
 * are in the source (no entity), it starts LEN bytes before, and maps
 * byte for byte; otherwise it spans the source since the last event,
 * mapped in proportion.  Sets *START (and *POS), and returns 1 when
 * the run is a copy of the source there. */
static int text_origin(struct hstate *st, const xmlChar *ch, size_t len,
                       size_t *start, size_t *pos)
{
    size_t i;

    if (*pos >= len && memcmp(st->src + *pos - len, ch, len) == 0) {
        *start = *pos - len;
        return 1;
    }
    *start = st->last;
    if (*start < *pos && st->src[*start] == '>')
        (*start)++;
    /* the parser may report a long run (it hands text over in pieces
     * of 1000 bytes) before its position has moved past the run's last
     * character, and drops the newline that follows <pre>: the run is
     * still a copy of the source if it starts where the last event
     * ended, or one byte after */
    for (i = 0; i < 2; i++)
        if (*start + i + len <= st->n &&
            memcmp(st->src + *start + i, ch, len) == 0) {
            *start += i;
            if (*pos < *start + len)
                *pos = *start + len;
            return 1;
        }
    return 0;
}

/* A run of text: the parser has just read it; its node (in the source
 * as text_origin says), its characters folded, and the facts capturing
 * it told. */
static void on_text(void *ud, const xmlChar *ch, int len)
{
    struct hstate *st = ud;
    elem *e = &st->stk[st->depth - 1];
    size_t pos, start, fn, i;
    int exact, one;
    const char *f;
    hnode *h, *p;

    if (st->nomem || len <= 0)
        return;
    pos = here(st);
    exact = text_origin(st, ch, (size_t)len, &start, &pos);
    st->last = pos;
    f = fold(st, (const char *)ch, (size_t)len, (e->flags & E_WING) != 0,
             (e->flags & E_PRE) != 0, &fn, &one);
    if (f == NULL)
        return;
    if (st->ncapt > 0 && st->exclude == 0) {
        /* the first non-blank character's offset, for text_off */
        size_t at = start;
        for (i = 0; i < fn && (f[i] == ' ' || f[i] == H_NBSP || f[i] == '\n' || f[i] == '\t'); i++)
            ;
        if (i < fn && fn > 0)
            at = start + (exact && one ? i : i * (pos - start) / fn);
        for (i = 0; i < (size_t)st->ncapt; i++)
            capt_add(st, st->capts[i], f, fn, at);
    }
    if (e->flags & E_HIDDEN)
        return;
    p = e->node;
    if (p->kind == H_TABLE || p->kind == H_ROW) {
        /* white space between cells is no content */
        for (i = 0; i < fn && (f[i] == ' ' || f[i] == '\n' || f[i] == '\t'); i++)
            ;
        if (i == fn)
            return;
        if ((p = content_parent(st, p, start)) == NULL)
            return;
    }
    /* the node and its text in one allocation */
    if ((h = f8k_arena_alloc(st->tmp, sizeof *h + fn + 1)) == NULL) {
        fail(st);
        return;
    }
    memset(h, 0, sizeof *h);
    h->kind = H_TEXT;
    h->off = (uint32_t)start;
    h->colspan = h->rowspan = 1;
    h->text = (const char *)(h + 1);
    memcpy((char *)(h + 1), f, fn);
    ((char *)(h + 1))[fn] = '\0';
    h->len = (uint32_t)fn;
    h->srclen = (uint32_t)(pos - start);
    h->align = e->align;
    if (exact && one)
        h->flags |= HF_EXACT;
    if (e->flags & E_PRE)
        h->flags |= HF_PRE;
    node_add(p, h);
}

/* script and style content: read past */
static void on_cdata(void *ud, const xmlChar *ch, int len)
{
    struct hstate *st = ud;
    (void)ch;
    (void)len;
    st->last = here(st);
}

/* <!-- PAGEBREAK -->, <!-- page break --> (RR Donnelley and others mark
 * their pages so) */
static void on_comment(void *ud, const xmlChar *text)
{
    struct hstate *st = ud;
    const char *t = (const char *)text;
    size_t pos = here(st), i, j = 0;
    char w[10];
    elem *e;

    st->last = pos;
    if (st->nomem || st->depth == 0)
        return;
    e = &st->stk[st->depth - 1];
    for (i = 0; t[i] != '\0' && j < sizeof w; i++) {
        if (t[i] == ' ' || t[i] == '-' || t[i] == '_' || t[i] == '\n')
            continue;
        w[j++] = (char)f8k_lower((unsigned char)t[i]);
    }
    if (j == 9 && memcmp(w, "pagebreak", 9) == 0 && !(e->flags & E_HIDDEN)
        && e->node->kind != H_TABLE && e->node->kind != H_ROW) {
        hnode *h = node_new(st, H_PAGE, pos);
        if (h != NULL)
            node_add(e->node, h);
    }
}

static void on_pi(void *ud, const xmlChar *target, const xmlChar *data)
{
    struct hstate *st = ud;
    (void)target;
    (void)data;
    st->last = here(st);
}

/* ---- attributes and style ---- */

static const char *attr(const xmlChar **atts, const char *name)
{
    size_t i;
    if (atts == NULL)
        return NULL;
    for (i = 0; atts[i] != NULL; i += 2)
        if (f8k_ieq((const char *)atts[i], strlen((const char *)atts[i]), name))
            return atts[i + 1] ? (const char *)atts[i + 1] : "";
    return NULL;
}

/* What a style attribute says that the layout uses. */
struct style {
    int    none;           /* display:none                           */
    int    wing;           /* 1 Wingdings, 0 another font, -1 unsaid  */
    int    align;          /* -1 unsaid                              */
    int    page_before, page_after;
    double mt, mb, pt, pb; /* margins, paddings in points; -1 unsaid  */
    int    inl;            /* display: 1 inline, 2 inline-block: no
                            * line of its own (2: a blank before it)  */
};

/* A CSS length in points: "12pt", "16px", ".5in", "1em", "0". */
static double css_len(const char *s, size_t n, size_t *used)
{
    /* points per unit; "rem" before "em" */
    static const struct { const char *name; double pt; } units[] = {
        { "px", 0.75 }, { "pt", 1 }, { "in", 72 }, { "cm", 28.35 },
        { "mm", 2.835 }, { "pc", 12 }, { "rem", 10 }, { "em", 10 },
        { "ex", 5 }, { "%", 0 }, { NULL, 0.75 }
    };
    double v = 0, scale = 1;
    size_t i = 0, u;
    int frac = 0, neg = 0, digits = 0;
    if (i < n && (s[i] == '-' || s[i] == '+'))
        neg = s[i++] == '-';
    for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.'); i++) {
        if (s[i] == '.') {
            frac = 1;
            continue;
        }
        digits = 1;
        v = v * 10 + (s[i] - '0');
        if (frac)
            scale *= 10;
    }
    v /= scale;
    for (u = 0; units[u].name != NULL; u++)
        if (f8k_istarts(s + i, n - i, units[u].name))
            break;
    /* a bare number: pixels, as quirks mode reads it */
    v *= units[u].pt;
    if (units[u].name != NULL)
        i += strlen(units[u].name);
    while (i < n && !is_ws((unsigned char)s[i]))
        i++;               /* auto, inherit, ... */
    *used = i;
    if (!digits)
        return 0;
    return neg ? 0 : v;
}

/* "margin: 0 0 12pt" -> top and bottom of the one to four values. */
static void css_box(const char *v, size_t n, double *top, double *bottom)
{
    double val[4];
    size_t i = 0, k = 0, used;
    while (i < n && k < 4) {
        while (i < n && is_ws((unsigned char)v[i]))
            i++;
        if (i >= n)
            break;
        val[k++] = css_len(v + i, n - i, &used);
        i += used ? used : 1;
    }
    if (k == 0)
        return;
    *top = val[0];
    *bottom = k >= 3 ? val[2] : val[0];
}

static int align_of(const char *v, size_t n)
{
    while (n > 0 && is_ws((unsigned char)*v))
        v++, n--;
    if (f8k_istarts(v, n, "center") || f8k_istarts(v, n, "middle"))
        return A_CENTER;
    if (f8k_istarts(v, n, "right"))
        return A_RIGHT;
    if (f8k_istarts(v, n, "left") || f8k_istarts(v, n, "justify"))
        return A_LEFT;
    return -1;
}

static int has_word(const char *v, size_t n, const char *w)
{
    size_t i, k = strlen(w);
    for (i = 0; i + k <= n; i++)
        if (f8k_istarts(v + i, n - i, w))
            return 1;
    return 0;
}

static void style_read(const char *s, struct style *y)
{
    while (*s) {
        const char *semi = strchr(s, ';'), *colon, *name, *v;
        size_t len = semi ? (size_t)(semi - s) : strlen(s), nn, vn;
        colon = memchr(s, ':', len);
        if (colon != NULL) {
            name = s;
            while (name < colon && is_ws((unsigned char)*name))
                name++;
            nn = (size_t)(colon - name);
            while (nn > 0 && is_ws((unsigned char)name[nn - 1]))
                nn--;
            v = colon + 1;
            vn = len - (size_t)(v - s);
            while (vn > 0 && is_ws((unsigned char)*v))
                v++, vn--;
            while (vn > 0 && is_ws((unsigned char)v[vn - 1]))
                vn--;
            if (f8k_ieq(name, nn, "display")) {
                y->none = f8k_istarts(v, vn, "none");
                y->inl = !f8k_istarts(v, vn, "inline") || f8k_istarts(v, vn, "inline-table") ? 0
                         : f8k_istarts(v, vn, "inline-block") || f8k_istarts(v, vn, "inline-flex") ? 2 : 1;
            }
            else if (f8k_ieq(name, nn, "font-family"))
                y->wing = has_word(v, vn, "wingdings");
            else if (f8k_ieq(name, nn, "text-align"))
                y->align = align_of(v, vn);
            else if (f8k_ieq(name, nn, "margin"))
                css_box(v, vn, &y->mt, &y->mb);
            else if (f8k_ieq(name, nn, "padding"))
                css_box(v, vn, &y->pt, &y->pb);
            else if (f8k_ieq(name, nn, "margin-top"))
                y->mt = css_len(v, vn, &nn);
            else if (f8k_ieq(name, nn, "margin-bottom"))
                y->mb = css_len(v, vn, &nn);
            else if (f8k_ieq(name, nn, "padding-top"))
                y->pt = css_len(v, vn, &nn);
            else if (f8k_ieq(name, nn, "padding-bottom"))
                y->pb = css_len(v, vn, &nn);
            else if (f8k_ieq(name, nn, "page-break-before") || f8k_ieq(name, nn, "break-before"))
                y->page_before = f8k_istarts(v, vn, "always") || f8k_istarts(v, vn, "page");
            else if (f8k_ieq(name, nn, "page-break-after") || f8k_ieq(name, nn, "break-after"))
                y->page_after = f8k_istarts(v, vn, "always") || f8k_istarts(v, vn, "page");
        }
        if (semi == NULL)
            break;
        s = semi + 1;
    }
}

/* A space of at least this many points reads as a blank line: 12px
 * paddings (Workiva) and 12pt margins (Donnelley) do, 3pt ones do not. */
#define BLANK_PT 6.0

static unsigned span_of(const char *v)
{
    unsigned n = 0;
    if (v == NULL)
        return 1;
    while (is_ws((unsigned char)*v))
        v++;
    while (*v >= '0' && *v <= '9') {
        n = n * 10 + (unsigned)(*v++ - '0');
        if (n >= H_MAX_SPAN)
            return H_MAX_SPAN;
    }
    return n == 0 ? 1 : n;
}

static int kind_of(const char *local)
{
    char low[16];
    size_t i, lo = 0, hi = sizeof elements / sizeof elements[0];
    for (i = 0; local[i] != '\0'; i++) {
        if (i + 1 >= sizeof low)
            return K_INLINE;
        low[i] = (char)f8k_lower((unsigned char)local[i]);
    }
    low[i] = '\0';
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(low, elements[mid].name);
        if (c == 0)
            return elements[mid].kind;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return K_INLINE;
}

static void capt_push(struct hstate *st, elem *e, capt *c)
{
    if (st->ncapt < MAX_CAPT) {
        st->capts[st->ncapt++] = c;
        e->flags |= E_CAPTURE;
    }
}

/* ---- elements ---- */

/* on_start, an element of inline XBRL (any prefix; LOCAL its local name):
 * ix:header hides what it holds (returns K_HIDE), ix:exclude, the facts
 * (ix:nonNumeric, ix:nonFraction) and their continuations are noted and
 * their text captured, and a context's period dates.  Returns KIND, or
 * K_HIDE; STYLED_NONE: the element's own style hides it. */
static int ix_start(struct hstate *st, elem *e, const char *local,
                    const xmlChar **atts, size_t off, int kind,
                    int styled_none)
{
    if (f8k_ieq(local, strlen(local), "header"))
        return K_HIDE;
    else if (f8k_ieq(local, strlen(local), "exclude")) {
        e->flags |= E_EXCLUDE;
        st->exclude++;
    } else if (f8k_ieq(local, strlen(local), "nonnumeric") ||
               f8k_ieq(local, strlen(local), "nonfraction")) {
        factx *fx = alloc0(st, st->out, sizeof *fx);
        const char *a;
        if (fx == NULL)
            return kind;
        fx->f.name = dupz(st, (a = attr(atts, "name")) ? a : "");
        fx->f.context = dupz(st, (a = attr(atts, "contextref")) ? a : "");
        fx->f.format = (a = attr(atts, "format")) ? dupz(st, a) : NULL;
        fx->cont = (a = attr(atts, "continuedat")) ? dupz(st, a) : NULL;
        fx->f.off = off;
        fx->f.text_off = off;
        fx->f.end_off = st->last;
        fx->f.hidden = (e->flags & E_HIDDEN) || styled_none;
        fx->c.first = (size_t)-1;
        if (st->ftail)
            st->ftail->next = &fx->f;
        else
            st->fhead = &fx->f;
        st->ftail = &fx->f;
        capt_push(st, e, &fx->c);
    } else if (f8k_ieq(local, strlen(local), "continuation")) {
        contx *cx = alloc0(st, st->tmp, sizeof *cx);
        const char *a;
        if (cx == NULL)
            return kind;
        cx->id = dupz(st, (a = attr(atts, "id")) ? a : "");
        cx->cont = (a = attr(atts, "continuedat")) ? dupz(st, a) : NULL;
        cx->c.first = (size_t)-1;
        cx->next = st->chead;
        st->chead = cx;
        st->ncont++;
        capt_push(st, e, &cx->c);
    } else if (f8k_ieq(local, strlen(local), "context")) {
        f8k_html_context *x = alloc0(st, st->out, sizeof *x);
        const char *a;
        if (x == NULL)
            return kind;
        x->id = dupz(st, (a = attr(atts, "id")) ? a : "");
        if (st->xtail)
            st->xtail->next = x;
        else
            st->xhead = x;
        st->xtail = x;
        st->xcur = x;
        e->flags |= E_CONTEXT;
    } else if (st->xcur != NULL && f8k_ieq(local, strlen(local), "explicitmember")) {
        /* a member of dei:EntityAddressesAddressTypeAxis: the
         * context's address facts are of another address (former,
         * mailing ...) than the registrant's own */
        const char *d = attr(atts, "dimension"), *c;
        if (d != NULL && (c = strchr(d, ':')) != NULL &&
            strcmp(c + 1, "EntityAddressesAddressTypeAxis") == 0)
            st->xcur->address_type = 1;
    } else if (st->xcur != NULL) {
        int fld = f8k_ieq(local, strlen(local), "startdate") ? 1 :
                  f8k_ieq(local, strlen(local), "enddate") ? 2 :
                  f8k_ieq(local, strlen(local), "instant") ? 3 : 0;
        if (fld) {
            capt *c = alloc0(st, st->tmp, sizeof *c);
            if (c == NULL)
                return kind;
            e->field = (uint8_t)fld;
            e->flags |= E_FIELD;
            capt_push(st, e, c);
        }
    }
    return kind;
}

/* elem_node, a block (or a table, row or cell read as one) under
 * PARENT: its blank lines before and after from its margins Y, or the
 * default margins of KIND. */
static void block_node(struct hstate *st, elem *e, hnode *parent, int kind,
                       const struct style *y, size_t off)
{
    hnode *h;
    double dm, mt, mb;

    if ((parent = content_parent(st, parent, off)) == NULL ||
        (h = node_new(st, H_BLOCK, off)) == NULL)
        return;
    dm = kind == K_PARA || kind == K_PRE || kind == K_TABLE ? 10 : 0;
    mt = y->mt >= 0 ? y->mt : dm;
    mb = y->mb >= 0 ? y->mb : dm;
    if (mt >= BLANK_PT || y->pt >= BLANK_PT)
        h->flags |= HF_BLANK_BEFORE;
    if (mb >= BLANK_PT || y->pb >= BLANK_PT)
        h->flags |= HF_BLANK_AFTER;
    node_add(parent, h);
    e->node = h;
    e->flags |= E_BLOCK;
    if (kind == K_PRE)
        e->flags |= E_PRE;
}

/* elem_node, a table: laid out as columns up to H_MAX_TDEPTH tables
 * deep, a block below. */
static void table_node(struct hstate *st, elem *e, const struct style *y,
                       size_t off)
{
    hnode *h, *parent = e->node;

    if (e->tdepth >= H_MAX_TDEPTH) {
        block_node(st, e, parent, K_TABLE, y, off);
        return;
    }
    if ((parent = content_parent(st, parent, off)) == NULL ||
        (h = node_new(st, H_TABLE, off)) == NULL)
        return;
    node_add(parent, h);
    e->node = h;
    e->tdepth++;
    e->align = A_LEFT;
}

/* elem_node, a tr: a row of the table it is in (also after a row left
 * open), a block outside a table. */
static void row_node(struct hstate *st, elem *e, const struct style *y,
                     size_t off)
{
    hnode *h, *parent = e->node;

    if (parent->kind == H_ROW && parent->parent != NULL)
        parent = parent->parent;
    if (parent->kind != H_TABLE) {
        block_node(st, e, parent, K_TR, y, off);
        return;
    }
    if ((h = node_new(st, H_ROW, off)) == NULL)
        return;
    node_add(parent, h);
    e->node = h;
}

/* elem_node, a td or th: a cell of its row (of a row made for it where
 * it stands in a table outside a tr) with its spans, text joining the
 * last cell past H_MAX_COLS columns, a block outside a table. */
static void cell_node(struct hstate *st, elem *e, const xmlChar **atts,
                      const struct style *y, size_t off)
{
    hnode *h, *parent = e->node;

    if (parent->kind == H_TABLE) {
        hnode *r = parent->last;
        if (r == NULL || r->kind != H_ROW || !(r->flags & HF_IMPLICIT)) {
            if ((r = node_new(st, H_ROW, off)) == NULL)
                return;
            r->flags |= HF_IMPLICIT;
            node_add(parent, r);
        }
        parent = r;
    }
    if (parent->kind != H_ROW) {
        block_node(st, e, parent, K_CELL, y, off);
        return;
    }
    if (parent->count >= H_MAX_COLS && parent->last != NULL) {
        /* a cell past the last column joins the last cell */
        if ((h = node_new(st, H_TEXT, off)) == NULL)
            return;
        h->text = " ";
        h->len = 1;
        node_add(parent->last, h);
        e->node = parent->last;
        return;
    }
    if ((h = node_new(st, H_CELL, off)) == NULL)
        return;
    h->colspan = (uint16_t)span_of(attr(atts, "colspan"));
    h->rowspan = (uint16_t)span_of(attr(atts, "rowspan"));
    parent->count += h->colspan;
    node_add(parent, h);
    e->node = h;
}

/* on_start, the layout node of an element of KIND under E's parent node
 * (E->node on entry): a table, row or cell of the grid (capped), a line
 * break or rule, a block with its blank lines before and after (from
 * its margins Y), or nothing (inline). */
static void elem_node(struct hstate *st, elem *e, int kind,
                      const xmlChar **atts, const struct style *y,
                      size_t off)
{
    hnode *h, *parent = e->node;

    switch (kind) {
    case K_TABLE:
        table_node(st, e, y, off);
        return;
    case K_TR:
        row_node(st, e, y, off);
        return;
    case K_CELL:
        cell_node(st, e, atts, y, off);
        return;
    case K_BR: case K_HR:
        if (parent->kind == H_TABLE || parent->kind == H_ROW)
            return;
        if ((h = node_new(st, kind == K_BR ? H_BR : H_HR, off)) == NULL)
            return;
        h->align = e->align;
        node_add(parent, h);
        return;
    case K_BLOCK: case K_PARA: case K_CENTER: case K_PRE:
        block_node(st, e, parent, kind, y, off);
        return;
    default:
        return;
    }
}

static void on_start(void *ud, const xmlChar *xname, const xmlChar **atts)
{
    struct hstate *st = ud;
    const char *name = (const char *)xname, *local, *colon, *v;
    size_t pos, off;
    elem *up, *e;
    int kind, prefixed;
    struct style y = { 0, -1, -1, 0, 0, -1, -1, -1, -1, 0 };
    hnode *h, *parent;

    if (st->nomem)
        return;
    pos = here(st);
    off = tag_start(st, pos);
    st->last = past_tag(st, pos);
    colon = strrchr(name, ':');
    prefixed = colon != NULL;
    local = prefixed ? colon + 1 : name;
    kind = prefixed ? K_INLINE : kind_of(local);
    if ((v = attr(atts, "style")) != NULL)
        style_read(v, &y);
    /* <div style="display:inline"> around a tagged value (some inline XBRL
     * covers): its text stays on the line, as a browser shows it. */
    if (y.inl && (kind == K_BLOCK || kind == K_PARA || kind == K_CENTER))
        kind = K_INLINE;
    if ((e = push(st)) == NULL)
        return;
    up = &st->stk[st->depth - 2];    /* push may have moved the stack */
    *e = *up;
    e->name = name;
    e->flags &= E_HIDDEN | E_WING | E_PRE | E_EXCLUDE;
    e->field = 0;

    if (prefixed) {
        kind = ix_start(st, e, local, atts, off, kind, y.none);
        if (st->nomem)
            return;
    }
    if (kind == K_HIDE || y.none || attr(atts, "hidden") != NULL)
        e->flags |= E_HIDDEN;
    if (y.wing >= 0)
        e->flags = y.wing ? e->flags | E_WING : e->flags & ~(unsigned)E_WING;
    if (!prefixed && f8k_ieq(local, strlen(local), "font") && (v = attr(atts, "face")) != NULL)
        e->flags = has_word(v, strlen(v), "wingdings") ? e->flags | E_WING
                                                       : e->flags & ~(unsigned)E_WING;
    if (kind >= K_BLOCK && kind <= K_HR)
        capt_space(st);
    if (e->flags & E_HIDDEN)
        return;

    parent = e->node;
    if (y.inl == 2 && kind == K_INLINE) {
        /* boxes side by side ("(1)" and its footnote): a blank between */
        hnode *p = content_parent(st, parent, off);
        if (p == NULL || (h = node_new(st, H_TEXT, off)) == NULL)
            return;
        h->text = " ";
        h->len = 1;
        node_add(p, h);
        e->flags |= E_SPACE_AFTER;
    }
    if (y.page_before && parent->kind != H_TABLE && parent->kind != H_ROW) {
        if ((h = node_new(st, H_PAGE, off)) == NULL)
            return;
        node_add(parent, h);
    }
    if (y.page_after)
        e->flags |= E_PAGE_AFTER;
    /* text alignment: align= (not on a table, where it places the table)
     * or text-align, inherited */
    if (kind != K_TABLE && kind != K_INLINE && (v = attr(atts, "align")) != NULL
        && align_of(v, strlen(v)) >= 0)
        e->align = (uint8_t)align_of(v, strlen(v));
    if (kind == K_CENTER)
        e->align = A_CENTER;
    if (y.align >= 0 && kind != K_INLINE)
        e->align = (uint8_t)y.align;

    elem_node(st, e, kind, atts, &y, off);
}

/* The end of the element E (popped). */
static void elem_end(struct hstate *st, elem *e, size_t end)
{
    if (e->flags & E_EXCLUDE)
        st->exclude--;
    if (e->flags & E_CAPTURE) {
        capt *c = st->capts[--st->ncapt];
        if (e->field && st->xcur != NULL) {
            const char *t = dup(st, c->len ? c->p : "", c->len);
            if (e->field == 1)
                st->xcur->start = t;
            else if (e->field == 2)
                st->xcur->end = t;
            else
                st->xcur->instant = t;
        } else if (st->ftail != NULL && c == &((factx *)st->ftail)->c) {
            st->ftail->end_off = end;
        } else {
            /* a fact that is not the last one opened: find it (facts
             * nest rarely, and never deeply: MAX_CAPT) */
            f8k_html_fact *f;
            for (f = st->fhead; f != NULL; f = f->next)
                if (&((factx *)f)->c == c)
                    f->end_off = end;
        }
    }
    if (e->flags & E_CONTEXT)
        st->xcur = NULL;
    if (e->flags & E_BLOCK)
        capt_space(st);
    if ((e->flags & E_SPACE_AFTER) && st->depth > 0) {
        hnode *p = content_parent(st, st->stk[st->depth - 1].node, end), *h;
        if (p != NULL && (h = node_new(st, H_TEXT, end)) != NULL) {
            h->text = " ";
            h->len = 1;
            node_add(p, h);
        }
    }
    if ((e->flags & E_PAGE_AFTER) && !(e->flags & E_HIDDEN) && st->depth > 0) {
        hnode *p = st->stk[st->depth - 1].node, *h;
        if (p->kind != H_TABLE && p->kind != H_ROW && (h = node_new(st, H_PAGE, end)) != NULL)
            node_add(p, h);
    }
}

static void on_end(void *ud, const xmlChar *xname)
{
    struct hstate *st = ud;
    const char *name = (const char *)xname;
    size_t pos = past_tag(st, here(st)), k;

    st->last = pos;
    if (st->nomem)
        return;
    /* libxml2 closes what it opened; look a little way down in case an
     * end tag does not match the top */
    for (k = st->depth; k > 1 && st->depth - k < 64; k--)
        if (strcmp(st->stk[k - 1].name, name) == 0)
            break;
    if (k <= 1 || strcmp(st->stk[k - 1].name, name) != 0)
        return;
    while (st->depth >= k) {
        elem e = st->stk[--st->depth];
        elem_end(st, &e, pos);
    }
}

/* ---- facts ---- */

static contx *cont_find(contx **tab, size_t mask, const char *id)
{
    size_t h = 5381, i;
    const unsigned char *u = (const unsigned char *)id;
    for (i = 0; u[i]; i++)
        h = h * 33 + u[i];
    for (i = h & mask; tab[i] != NULL; i = (i + 1) & mask)
        if (strcmp(tab[i]->id, id) == 0)
            return tab[i];
    return NULL;
}

/* Join each fact's continuations (continuedAt chains) to its text. */
static int facts_finish(struct hstate *st)
{
    contx **tab = NULL, *c;
    size_t mask = 0, size = 16;
    f8k_html_fact *f;

    if (st->ncont > 0) {
        while (size < st->ncont * 2)
            size *= 2;
        if ((tab = alloc0(st, st->tmp, size * sizeof *tab)) == NULL)
            return -1;
        mask = size - 1;
        for (c = st->chead; c != NULL; c = c->next) {
            size_t h = 5381, i;
            const unsigned char *u = (const unsigned char *)c->id;
            for (i = 0; u[i]; i++)
                h = h * 33 + u[i];
            for (i = h & mask; tab[i] != NULL; i = (i + 1) & mask)
                ;
            tab[i] = c;
        }
    }
    for (f = st->fhead; f != NULL; f = f->next) {
        factx *fx = (factx *)f;
        const char *id = fx->cont;
        size_t steps = 0, len = fx->c.len;
        char *t;
        if (fx->c.len > 0)
            f->text_off = fx->c.first;
        /* first the length, then the copy; a chain never runs longer
         * than the continuations there are (a cycle stops there) */
        while (id != NULL && tab != NULL && steps++ < st->ncont &&
               (c = cont_find(tab, mask, id)) != NULL) {
            len += c->c.len + 1;
            id = c->cont;
        }
        if ((t = alloc0(st, st->out, len + 1)) == NULL)
            return -1;
        memcpy(t, fx->c.p ? fx->c.p : "", fx->c.len);
        len = fx->c.len;
        id = fx->cont;
        steps = 0;
        while (id != NULL && tab != NULL && steps++ < st->ncont &&
               (c = cont_find(tab, mask, id)) != NULL) {
            if (c->c.len > 0) {
                if (len > 0)
                    t[len++] = ' ';
                memcpy(t + len, c->c.p, c->c.len);
                len += c->c.len;
            }
            id = c->cont;
        }
        t[len] = '\0';
        f->text = t;
    }
    return 0;
}

/* ---- the render ---- */

/* Where the HTML of an EDGAR <DOCUMENT> lies: after its <TEXT> line and
 * before </TEXT>; the whole input when there is no wrapper. */
static void body_range(const char *s, size_t n, size_t *b, size_t *e)
{
    size_t i = 0, k;
    *b = 0;
    *e = n;
    while (i < n && is_ws((unsigned char)s[i]))
        i++;
    if (!f8k_istarts(s + i, n - i, "<document>"))
        return;
    for (;;) {
        const char *nl = memchr(s + i, '\n', n - i);
        if (f8k_istarts(s + i, n - i, "<text>")) {
            *b = nl ? (size_t)(nl - s) + 1 : n;
            break;
        }
        if (nl == NULL)
            return;
        i = (size_t)(nl - s) + 1;
        while (i < n && is_ws((unsigned char)s[i]))
            i++;
        if (i < n && s[i] != '<')
            return;          /* not a wrapper after all */
    }
    for (k = n; k >= *b + 7; k--)
        if (s[k - 7] == '<' && f8k_istarts(s + k - 7, 7, "</text>")) {
            *e = k - 7;
            break;
        }
}

/* The SAX pass over SRC[B, E): the tree at st->root, the facts. */
static int parse(struct hstate *st, size_t b, size_t e)
{
    htmlSAXHandler sax;
    elem *top;

    if ((st->root = node_new(st, H_BLOCK, b)) == NULL || (top = push(st)) == NULL)
        return -1;
    memset(top, 0, sizeof *top);
    top->name = "";
    top->node = st->root;
    memset(&sax, 0, sizeof sax);
    sax.startElement = on_start;
    sax.endElement = on_end;
    sax.characters = on_text;
    sax.ignorableWhitespace = on_text;
    sax.cdataBlock = on_cdata;
    sax.comment = on_comment;
    sax.processingInstruction = on_pi;
    /* UTF-8 said up front and internal encoding hints ignored: the text
     * is UTF-8 already (f8k_text_clean), and a <meta charset=windows-1252>
     * must not make libxml2 decode it a second time. */
    st->ctxt = htmlCreatePushParserCtxt(&sax, st, NULL, 0, NULL,
                                        XML_CHAR_ENCODING_UTF8);
    if (st->ctxt == NULL)
        return -1;
    htmlCtxtUseOptions(st->ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                       HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                       HTML_PARSE_IGNORE_ENC);
    /* one chunk: positions are offsets into it */
    htmlParseChunk(st->ctxt, st->src + b, (int)(e - b), 1);
    htmlFreeParserCtxt(st->ctxt);
    st->ctxt = NULL;
    if (st->nomem)
        return -1;
    /* whatever libxml2 left open */
    while (st->depth > 1) {
        elem el = st->stk[--st->depth];
        elem_end(st, &el, e);
    }
    if (st->nomem || facts_finish(st) != 0)
        return -1;
    return 0;
}

int f8k_html_render(f8k_arena *a, const char *src, size_t n, f8k_html *out)
{
    struct hstate st;
    f8k_arena tmp;
    size_t b, e;
    int rc = -1;

    memset(out, 0, sizeof *out);
    memset(&st, 0, sizeof st);
    if (n >= (size_t)INT32_MAX)
        return -1;
    /* the work space may take what the caller's arena still may */
    f8k_arena_init(&tmp);
    if (a->limit != 0)
        tmp.limit = a->limit > a->total ? a->limit - a->total : 1;
    st.out = a;
    st.tmp = &tmp;
    st.src = src;
    st.n = n;
    body_range(src, n, &b, &e);
    st.base = b;
    st.last = b;
    if (parse(&st, b, e) == 0 &&
        f8k_html_layout(a, &tmp, src, n, st.root, out) == 0) {
        out->facts = st.fhead;
        out->contexts = st.xhead;
        rc = 0;
    }
    if (tmp.over)
        a->over = 1;     /* over the caller's budget, as if in its arena */
    f8k_arena_free(&tmp);
    return rc;
}

/* ---- the maps ---------------------------------------------------------- */

int f8k_html_source(const f8k_html *h, uint32_t line, uint32_t col,
                    size_t *off)
{
    const f8k_html_seg *s;
    uint32_t a, b, lo, hi, c;
    int rc = 0;
    const unsigned char *p;
    size_t o, k;

    *off = 0;
    if (h->nlines == 0 || h->line_seg_ == NULL)
        return -1;
    if (line < 1 || line > h->nlines) {
        line = line < 1 ? 1 : (uint32_t)h->nlines;
        col = 1;
        rc = -1;
    }
    if (col < 1)
        col = 1, rc = -1;
    {
        /* the line's width in characters */
        const unsigned char *t = (const unsigned char *)h->text;
        uint32_t w = 0, i;
        for (i = h->line_start_[line - 1]; t[i] != '\n'; i++)
            w += (t[i] & 0xC0) != 0x80;
        if (w == 0)
            w = 1;
        if (col > w)
            col = w, rc = -1;
    }
    a = h->line_seg_[line - 1];
    b = h->line_seg_[line];
    s = h->seg_;
    /* the last segment starting at or before COL */
    lo = a;
    hi = b;
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if ((s[mid].col & H_SEG_COL) <= col)
            lo = mid;
        else
            hi = mid;
    }
    *off = s[lo].off;
    c = s[lo].col & H_SEG_COL;
    if (col <= c || !(s[lo].col & H_SEG_EXACT))
        return rc;
    /* exact: one source character per rendered one */
    p = (const unsigned char *)h->src_;
    o = s[lo].off;
    for (k = col - c; k > 0 && o < h->srclen_; k--) {
        o++;
        while (o < h->srclen_ && (p[o] & 0xC0) == 0x80)
            o++;
    }
    *off = o;
    return rc;
}

/* Line and column after the bytes SRC[I..END), from (*LINE, *COL): each
 * line's columns by f8k_tab_walk (tabs.h; eight bytes at a time where
 * they hold no newline and no tab), one line more at each newline.  The
 * one walk of both f8k_html_pos_init and f8k_html_pos_of. */
static void pos_walk(const char *src, size_t i, size_t end, uint32_t *line,
                     uint32_t *col)
{
    const char *p = src + i, *e = src + end;
    uint32_t l = *line;
    size_t c = *col - 1;      /* 0-based, as f8k_tab_walk counts */

    for (;;) {
        p += f8k_tab_walk(p, (size_t)(e - p), c, SIZE_MAX, NULL, &c);
        if (p >= e)
            break;
        /* *p is a newline */
        l++;
        c = 0;
        p++;
    }
    *line = l;
    *col = (uint32_t)c + 1;
}

int f8k_html_pos_init(f8k_arena *a, const char *src, size_t n,
                      f8k_html_pos *p)
{
    size_t ncp = n / F8K_HTML_POS_STEP + 1, k, i = 0;
    uint32_t line = 1, col = 1;

    memset(p, 0, sizeof *p);
    p->src = src;
    p->n = n;
    p->ncp = ncp;
    if (n >= (size_t)UINT32_MAX)
        return -1;
    p->cp_off = f8k_arena_alloc(a, ncp * sizeof *p->cp_off);
    p->cp_line = f8k_arena_alloc(a, ncp * sizeof *p->cp_line);
    p->cp_col = f8k_arena_alloc(a, ncp * sizeof *p->cp_col);
    if (p->cp_off == NULL || p->cp_line == NULL || p->cp_col == NULL)
        return -1;
    for (k = 0; k < ncp; k++) {
        /* the first character start at or after k*STEP */
        size_t want = k * F8K_HTML_POS_STEP, j;
        if (want > n)
            want = n;
        j = want > i ? want : i;
        while (j < n && ((unsigned char)src[j] & 0xC0) == 0x80)
            j++;
        pos_walk(src, i, j, &line, &col);
        i = j;
        p->cp_off[k] = (uint32_t)i;
        p->cp_line[k] = line;
        p->cp_col[k] = col;
    }
    return 0;
}

void f8k_html_pos_of(const f8k_html_pos *p, size_t off, uint32_t *line,
                     uint32_t *col)
{
    size_t k;

    if (off > p->n)
        off = p->n;
    k = off / F8K_HTML_POS_STEP;
    if (k >= p->ncp)
        k = p->ncp - 1;
    while (k > 0 && p->cp_off[k] > off)
        k--;
    *line = p->cp_line[k];
    *col = p->cp_col[k];
    if (off > p->cp_off[k])
        pos_walk(p->src, p->cp_off[k], off, line, col);
}
