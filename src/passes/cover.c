/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* cover.c - the cover pass: which value belongs to which caption.
 *
 * The grammar hands over field blocks: value lines and the caption lines
 * printed under them.  This pass reads the captions (several per line in
 * the three-column layouts, wrapped over several lines), and finds each
 * caption's value: on the caption line itself ("Commission File Number:
 * 1-1234"), above it in the same columns (the classic layout), or below
 * it (1994 filings print captions above values).  It fills the cover's
 * registrants with printed values; normalize.c gives them meaning.
 */
#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>
#include "ast.h"
#include "captions.h"
#include "normalize.h"
#include "text.h"

/* What a caption names: src/tree/captions.def. */
typedef f8k_caption_kind field_kind;

enum { MAX_SEGS = 16, SEG_TEXT = 320, SLACK = 2 };

/* A caption as printed: its text (merged over wrapped lines), its columns
 * and the line it starts on. */
struct seg {
    char            text[SEG_TEXT];
    size_t          tlen;
    unsigned        start, end;     /* columns [start, end) */
    const f8k_line *line;           /* first line            */
    const f8k_line *last;           /* last line             */
    unsigned        last_start, last_end;  /* span on LAST   */
    field_kind      kind;
};

/* A piece of a value line between runs of blanks. */
struct chunk {
    unsigned b, e;
};

/* Split a line into chunks at runs of MINGAP or more blanks, or of two
 * blanks before "(" (parenthesised captions side by side). */
static size_t chunks_of(const f8k_line *l, struct chunk *c, size_t max, unsigned mingap)
{
    size_t n = 0;
    unsigned i = 0, len = l->len;
    const char *t = l->text;
    while (i < len && n < max) {
        unsigned b, e, gap;
        while (i < len && t[i] == ' ')
            i++;
        if (i >= len)
            break;
        b = i;
        for (;;) {
            while (i < len && t[i] != ' ') {
                /* "(State or other jurisdiction of (Commission File": a
                 * parenthesis opened inside an open caption begins the
                 * next caption */
                if (mingap >= 3 && t[i] == '(' && i > b && t[i - 1] == ' ' &&
                    memchr(t + b, '(', i - b) != NULL && memchr(t + b, ')', i - b) == NULL)
                    break;
                i++;
            }
            if (i < len && t[i] == '(' && t[i - 1] == ' ') {
                e = i;
                while (e > b && t[e - 1] == ' ')
                    e--;
                break;
            }
            e = i;
            gap = 0;
            while (i < len && t[i] == ' ')
                i++, gap++;
            if (i >= len || gap >= mingap || (gap >= 2 && t[i] == '('))
                break;
            /* captions side by side: "(Commission File Number) (IRS ...)" */
            if (mingap >= 3 && gap >= 1 && t[i] == '(' && t[e - 1] == ')')
                break;
        }
        c[n].b = b;
        c[n].e = e;
        n++;
    }
    return n;
}

static unsigned overlap(unsigned a, unsigned b, unsigned c, unsigned d)
{
    unsigned lo = a > c ? a : c, hi = b < d ? b : d;
    return hi > lo ? hi - lo : 0;
}

static void seg_append(struct seg *s, const char *t, size_t n)
{
    if (s->tlen > 0 && s->tlen + 1 < SEG_TEXT)
        s->text[s->tlen++] = ' ';
    if (n > SEG_TEXT - 1 - s->tlen)
        n = SEG_TEXT - 1 - s->tlen;
    memcpy(s->text + s->tlen, t, n);
    s->tlen += n;
    s->text[s->tlen] = '\0';
}

/* A parenthesised caption whose parentheses balance is complete: the
 * line below it starts another caption. */
static int closed(const struct seg *s)
{
    size_t i;
    int depth = 0;
    if (s->tlen == 0 || s->text[0] != '(')
        return 0;
    for (i = 0; i < s->tlen; i++)
        depth += s->text[i] == '(' ? 1 : s->text[i] == ')' ? -1 : 0;
    return depth <= 0;
}

/* Does T[0..N) close a parenthesis it never opened ("of Incorporation)")? */
static int tail_only(const char *t, size_t n)
{
    return n > 1 && t[n - 1] == ')' && memchr(t, '(', n) == NULL;
}

/* Read the captions of a block into merged segments. */
static size_t read_captions(const f8k_block *bl, struct seg *seg)
{
    size_t nseg = 0;
    const f8k_line *l;
    for (l = bl->captions.head; l != NULL; l = l->next) {
        struct chunk c[MAX_SEGS];
        size_t n = chunks_of(l, c, MAX_SEGS, 3), i;
        for (i = 0; i < n; i++) {
            const char *t = l->text + c[i].b;
            size_t tl = c[i].e - c[i].b, j, best = nseg;
            unsigned bestov = 0;
            /* A wrapped caption continues a caption of the line above in
             * the same columns, unless that one was closed and this one
             * opens anew. */
            for (j = 0; j < nseg; j++) {
                unsigned lo = seg[j].last_start > SLACK ? seg[j].last_start - SLACK : 0;
                unsigned ov = overlap(c[i].b, c[i].e, lo, seg[j].last_end + SLACK);
                if (seg[j].last == l || seg[j].last->next != l)
                    continue;
                if (ov > bestov && !closed(&seg[j]))
                    bestov = ov, best = j;
            }
            /* "(State or Other Jurisdiction)" ... "of Incorporation)": a
             * tail that closes a parenthesis it never opened, under
             * another column's closed caption (the filer closed the first
             * line too early and put the tail in the next cell, an HTML
             * cover of 2001) continues the caption of the line above that
             * names the same field; only its words are added */
            if (best == nseg && tail_only(t, tl)) {
                char tmp[SEG_TEXT];
                size_t m = tl < sizeof tmp - 1 ? tl : sizeof tmp - 1;
                field_kind k;
                memcpy(tmp, t, m);
                tmp[m] = '\0';
                k = f8k_caption_classify(tmp);
                for (j = 0; j < nseg; j++)
                    if (seg[j].last->next == l && seg[j].last != l && k != F8K_CAP_NONE &&
                        k == f8k_caption_classify(seg[j].text))
                        break;
                if (j < nseg) {
                    seg_append(&seg[j], t, tl);
                    continue;
                }
            }
            if (best < nseg) {
                struct seg *s = &seg[best];
                seg_append(s, t, tl);
                s->last = l;
                s->last_start = c[i].b;
                s->last_end = c[i].e;
                if (c[i].b < s->start) s->start = c[i].b;
                if (c[i].e > s->end) s->end = c[i].e;
            } else if (nseg < MAX_SEGS) {
                struct seg *s = &seg[nseg++];
                memset(s, 0, sizeof *s);
                seg_append(s, t, tl);
                s->line = s->last = l;
                s->start = s->last_start = c[i].b;
                s->end = s->last_end = c[i].e;
            }
        }
    }
    return nseg;
}

/* ----------------------------------------------------------- values */

struct found {
    const char     *text;
    size_t          len;
    const f8k_line *line;
    unsigned        col;
};

static int plausible(field_kind k, const char *t, size_t n)
{
    char iso[11], a[4], loc[9], buf[64];
    size_t b, e;
    switch (k) {
    case F8K_CAP_DATE_BOTH: case F8K_CAP_DATE_REPORT: case F8K_CAP_DATE_EVENT:
        return f8k_date_find(t, n, iso, &b, &e);
    case F8K_CAP_STATE:
        return f8k_state_code(t, n) != NULL;
    case F8K_CAP_FILENO:
        return f8k_fileno_norm(t, n, buf, sizeof buf) == 0;
    case F8K_CAP_EIN:
        return f8k_ein_norm(t, n, buf) >= 0 || (n >= 2 && (f8k_text_has(t, "n/a") || f8k_text_has(t, "none")));
    case F8K_CAP_PHONE:
        return f8k_phone_find(t, n, a, loc, &b, &e) || f8k_phone_intl(t, n);
    case F8K_CAP_ZIP:
        return f8k_zip_suffix(t, n, buf, &b);
    case F8K_CAP_NAME:
        return n > 1 && t[0] != '(' && !f8k_date_find(t, n, iso, &b, &e);
    case F8K_CAP_ADDRESS: case F8K_CAP_ADDR_PHONE: {
        /* the wrapped tail of a caption is no address */
        char tmp[96];
        size_t m = n < sizeof tmp - 1 ? n : sizeof tmp - 1;
        memcpy(tmp, t, m);
        tmp[m] = '\0';
        return n > 0 && !f8k_text_has(tmp, "registrant") && !f8k_text_has(tmp, "executive offices") &&
               !(t[n - 1] == ')' && memchr(t, '(', n) == NULL);
    }
    default:
        return n > 0;
    }
}

static int skippable(const f8k_line *l)
{
    return l->kind == F8K_LINE_BLANK || l->kind == F8K_LINE_RULE ||
           l->kind == F8K_LINE_PAGE || l->len == 0;
}

/* F: the value at columns [B, E) of line L; returns 1. */
static int found_span(struct found *f, const f8k_line *l, unsigned b, unsigned e)
{
    f->text = l->text + b;
    f->len = e - b;
    f->line = l;
    f->col = b;
    return 1;
}

/* The chunk of line L under the caption span [s, e); the whole line when
 * WHOLE.  Returns 1 and fills F. */
static int value_in_line(const f8k_line *l, unsigned s, unsigned e, int whole,
                         field_kind k, struct found *f)
{
    struct chunk c[MAX_SEGS];
    size_t n, i, best = MAX_SEGS;
    unsigned bestov = 0;
    if (l->used == 1 || (whole && l->used) || skippable(l))
        return 0;
    if (whole) {
        if (!plausible(k, l->text + l->indent, l->len - l->indent))
            return 0;
        return found_span(f, l, l->indent, l->len);
    }
    n = chunks_of(l, c, MAX_SEGS, 2);
    if (k == F8K_CAP_ADDRESS || k == F8K_CAP_NAME || k == F8K_CAP_FORMER) {
        /* free text: every chunk under the caption, first to last (a
         * justified line puts two blanks between words) */
        size_t first = MAX_SEGS, last = 0;
        for (i = 0; i < n; i++)
            if (overlap(c[i].b, c[i].e, s > SLACK ? s - SLACK : 0, e + SLACK) > 0) {
                if (first == MAX_SEGS)
                    first = i;
                last = i;
            }
        if (first == MAX_SEGS || !plausible(k, l->text + c[first].b, c[last].e - c[first].b))
            return 0;
        return found_span(f, l, c[first].b, c[last].e);
    }
    for (i = 0; i < n; i++) {
        unsigned ov = overlap(c[i].b, c[i].e, s > SLACK ? s - SLACK : 0, e + SLACK);
        if (ov > bestov && plausible(k, l->text + c[i].b, c[i].e - c[i].b))
            bestov = ov, best = i;
    }
    if (best == MAX_SEGS)
        return 0;
    return found_span(f, l, c[best].b, c[best].e);
}

/* Value lines of a block as an array, for looking upwards. */
static size_t lines_array(const f8k_lines *ls, const f8k_line **v, size_t max)
{
    size_t n = 0;
    const f8k_line *l;
    for (l = ls->head; l != NULL && n < max; l = l->next)
        v[n++] = l;
    return n;
}

/* ------------------------------------------------------------ fields */

struct cover_state {
    f8k_doc        *doc;
    f8k_filing     *filing;   /* the one being read                 */
    f8k_registrant *cur;
    f8k_registrant *tail;
};

/* Which member of a registrant a caption of kind K fills: the caption
 * column of src/tree/fields.def; a telephone caption fills the printed
 * telephone (the normaliser splits it), an address-and-telephone
 * caption the address. */
static const struct { field_kind caption; size_t offset; } reg_slots[] = {
#define F8K_REG_FIELD(id, element, member, typed, norm, caption, ix, what) \
    { F8K_CAP_##caption, offsetof(f8k_registrant, member) },
#include "fields.def"
#undef F8K_REG_FIELD
};

static f8k_value *member_of(f8k_registrant *r, field_kind k)
{
    size_t i;
    if (k == F8K_CAP_PHONE)
        return &r->phone;
    if (k == F8K_CAP_ADDR_PHONE)
        k = F8K_CAP_ADDRESS;
    for (i = 0; k != F8K_CAP_NONE && i < sizeof reg_slots / sizeof reg_slots[0]; i++)
        if (reg_slots[i].caption == k)
            return (f8k_value *)((char *)r + reg_slots[i].offset);
    return NULL;
}

static f8k_value *slot(struct cover_state *st, field_kind k)
{
    f8k_registrant *r = st->cur;
    f8k_value *v = NULL;
    if (r != NULL && (v = member_of(r, k)) == NULL)
        return NULL;
    /* A field this registrant already has starts the next registrant:
     * joint filings print one block per registrant, in order. */
    if (r == NULL || (v->printed != NULL && k != F8K_CAP_FORMER)) {
        f8k_registrant *nr = f8k_doc_alloc(st->doc, sizeof *nr);
        if (nr == NULL)
            return NULL;
        nr->doc = st->doc;
        if (st->tail) st->tail->next = nr; else st->filing->cover.registrants = nr;
        st->tail = st->cur = nr;
        return slot(st, k);
    }
    return v;
}

static void set(struct cover_state *st, field_kind k, const struct found *f)
{
    f8k_value *v = slot(st, k);
    if (v != NULL)
        f8k_value_set(st->doc, v, f->text, f->len, f8k_line_loc(f->line, f->col));
}

/* Address lines W (N): a "(Zip Code)" caption printed beside the city is
 * cut off; a zip printed in a column of its own, on any line but the
 * last, is R's zip (unless ZIPF, the zip under a caption of its own). */
static void zip_columns(struct cover_state *st, f8k_registrant *r,
                        struct found *w, size_t n, const struct found *zipf)
{
    char zip[11];
    size_t q, b;

    for (q = 0; q < n; q++) {
        const char *zc = NULL;
        size_t k2;
        for (k2 = 0; k2 + 10 <= w[q].len; k2++)
            if (w[q].text[k2] == '(' && f8k_text_has(w[q].text + k2, "(zip"))
                zc = w[q].text + k2;
        if (zc != NULL) {
            w[q].len = (size_t)(zc - w[q].text);
            while (w[q].len > 0 && w[q].text[w[q].len - 1] == ' ')
                w[q].len--;
        }
        if (zipf == NULL && r->zip.printed == NULL && q + 1 < n &&
            f8k_zip_suffix(w[q].text, w[q].len, zip, &b) && b >= 2 &&
            w[q].text[b - 1] == ' ' && w[q].text[b - 2] == ' ') {
            f8k_value_set(st->doc, &r->zip, w[q].text + b, w[q].len - b,
                          f8k_loc_at(st->doc, f8k_line_loc(w[q].line, w[q].col), w[q].text, b));
            w[q].len = b;
            while (w[q].len > 0 && w[q].text[w[q].len - 1] == ' ')
                w[q].len--;
        }
    }
}

static size_t trim_comma(const char *buf, size_t len)
{
    while (len > 0 && (buf[len - 1] == ' ' || buf[len - 1] == ','))
        len--;
    return len;
}

/* The last address line BUF (LEN bytes, at LOC) ends with the zip (or
 * ZIPF's zip repeated) and the state: R's zip and state.  Returns the
 * length of what is left; *CODE is the state's code or NULL. */
static size_t zip_and_state(struct cover_state *st, f8k_registrant *r, char *buf,
                            size_t len, f8k_loc loc, const struct found *zipf,
                            const char **code)
{
    char zip[11];
    size_t b;

    if (zipf != NULL) {
        f8k_value_set(st->doc, &r->zip, zipf->text, zipf->len, f8k_line_loc(zipf->line, zipf->col));
        if (f8k_zip_suffix(buf, len, zip, &b) && strncmp(buf + b, zipf->text, strlen(zip)) == 0)
            len = b;
    } else if (r->zip.printed == NULL && f8k_zip_suffix(buf, len, zip, &b)) {
        f8k_value_set(st->doc, &r->zip, buf + b, len - b, f8k_loc_at(st->doc, loc, buf, b));
        len = b;
    }
    len = trim_comma(buf, len);
    *code = f8k_state_suffix(buf, len, &b);
    if (*code != NULL) {
        f8k_value_set(st->doc, &r->addr_state, buf + b, len - b, f8k_loc_at(st->doc, loc, buf, b));
        len = trim_comma(buf, b);
    }
    return len;
}

/* The city: after the last comma of BUF (LEN bytes, the last line less
 * zip and state), when a state was found and the street is on another
 * line or before a comma.  "Suite 326  Dana Point": a suite printed
 * before the city, with no comma between, is the second street line.
 * Returns the length of what is left (the street). */
static size_t city(struct cover_state *st, f8k_registrant *r, const char *buf,
                   size_t len, f8k_loc loc, size_t n)
{
    size_t cut = len, cs;

    while (cut > 0 && buf[cut - 1] != ',')
        cut--;
    if (cut == 0 && n <= 1)
        return len;
    cs = cut;
    while (cs < len && buf[cs] == ' ')
        cs++;
    if (f8k_text_has(buf + cs, "suite ") || f8k_text_has(buf + cs, "ste ")) {
        size_t w = cs;
        while (w < len && buf[w] != ' ') w++;
        while (w < len && buf[w] == ' ') w++;
        while (w < len && buf[w] != ' ') w++;
        if (w < len && r->addr2.printed == NULL)
            f8k_value_set(st->doc, &r->addr2, buf + cs, w - cs, f8k_loc_at(st->doc, loc, buf, cs));
        if (w < len)
            cut = w;
    }
    f8k_value_set(st->doc, &r->city, buf + cut, len - cut, f8k_loc_at(st->doc, loc, buf, cut));
    return cut > 0 && buf[cut - 1] == ',' ? cut - 1 : cut;
}

/* The street: the first line (and the second of three, or what is left
 * of the last); a trailing comma dropped; a suite, floor or box after a
 * comma is the second street line. */
static void street(struct cover_state *st, f8k_registrant *r, const struct found *lines,
                   size_t n, const char *rest, size_t len, f8k_loc loc)
{
    static const char *const second[] = { ", suite", ", ste", ", floor", ", room",
                                          ", unit", ", p.o.", ", po box", ", box",
                                          ", building", ", bldg", NULL };
    char *p;
    size_t k, q;

    if (n == 1) {
        f8k_value_set(st->doc, &r->addr1, rest, len, loc);
    } else {
        f8k_value_set(st->doc, &r->addr1, lines[0].text, lines[0].len,
                      f8k_line_loc(lines[0].line, lines[0].col));
        if (n > 2)
            f8k_value_set(st->doc, &r->addr2, lines[1].text, lines[1].len,
                          f8k_line_loc(lines[1].line, lines[1].col));
        else if (len > 0)
            f8k_value_set(st->doc, &r->addr2, rest, len, loc);
    }
    if (r->addr1.printed == NULL)
        return;
    p = (char *)r->addr1.printed;
    k = strlen(p);
    while (k > 0 && (p[k - 1] == ',' || p[k - 1] == ' '))
        p[--k] = '\0';
    for (q = 0; second[q]; q++) {
        char *cut2 = NULL;
        size_t i2;
        for (i2 = 0; p[i2]; i2++)
            if (p[i2] == ',' && f8k_text_has(p + i2, second[q]) && i2 > 0) {
                cut2 = p + i2;
                break;
            }
        if (cut2 != NULL) {
            if (r->addr2.printed == NULL) {
                const char *after = cut2 + 1;
                f8k_value_set(st->doc, &r->addr2, after, strlen(after),
                              f8k_loc_at(st->doc, r->addr1.loc, p, (size_t)(after - p)));
            }
            *cut2 = '\0';
            break;
        }
    }
}

/* Split an address (up to three lines, maybe with the zip in a column of
 * its own) into street, city, state and zip. */
static void set_address(struct cover_state *st, struct found *lines,
                        size_t n, const struct found *zipf)
{
    f8k_registrant *r;
    char buf[512];
    size_t len;
    const struct found *last;
    const char *code;
    f8k_loc lastloc;

    if (slot(st, F8K_CAP_ADDRESS) == NULL || n == 0)
        return;
    r = st->cur;
    zip_columns(st, r, lines, n, zipf);
    last = &lines[n - 1];
    lastloc = f8k_line_loc(last->line, last->col);
    len = last->len < sizeof buf - 1 ? last->len : sizeof buf - 1;
    memcpy(buf, last->text, len);
    buf[len] = '\0';
    len = zip_and_state(st, r, buf, len, lastloc, zipf, &code);
    if (code != NULL)
        len = city(st, r, buf, len, lastloc, n);
    street(st, r, lines, n, buf, len, lastloc);
}

static void set_date(struct cover_state *st, field_kind k, const struct found *f)
{
    f8k_cover *c = &st->filing->cover;
    char iso[11];
    size_t b = 0, e = f->len;
    f8k_loc loc = f8k_line_loc(f->line, f->col);
    const char *t = f->text;
    if (f8k_date_find(f->text, f->len, iso, &b, &e)) {
        t = f->text + b;
        loc = f8k_loc_at(st->doc, loc, f->text, b);
    } else {
        b = 0;
    }
    /* "Date of Report: X (Date of earliest event reported: Y)", or the
     * caption's "X (Y)": two dates on one line, the report's first (the
     * earliest event was lost) */
    if (k == F8K_CAP_DATE_BOTH && f->text >= f->line->text &&
        (size_t)(f->text - f->line->text) + e < f->line->len) {
        char rest[256], iso2[11];
        size_t left = f->line->len - (size_t)(f->text - f->line->text) - e, b2, e2;
        size_t rn = left < sizeof rest - 1 ? left : sizeof rest - 1;
        memcpy(rest, f->text + e, rn);
        rest[rn] = '\0';
        size_t sp = 0;
        while (rest[sp] == ' ')
            sp++;
        /* ... or "Date of Report (Date of earliest event reported): X (Y)" */
        if ((f8k_text_has(rest, "earliest") || rest[sp] == '(') &&
            f8k_date_find(rest, rn, iso2, &b2, &e2)) {
            f8k_loc loc2 = f8k_line_loc(f->line, f->col);
            loc2 = f8k_loc_at(st->doc, loc2, f->text, e + b2);
            if (c->event_date.printed == NULL)
                f8k_value_set(st->doc, &c->event_date, f->text + e + b2, e2 - b2, loc2);
            k = F8K_CAP_DATE_REPORT;
        }
    }
    if ((k == F8K_CAP_DATE_BOTH || k == F8K_CAP_DATE_REPORT) && c->report_date.printed == NULL)
        f8k_value_set(st->doc, &c->report_date, t, e - b, loc);
    if ((k == F8K_CAP_DATE_BOTH || k == F8K_CAP_DATE_EVENT) && c->event_date.printed == NULL)
        f8k_value_set(st->doc, &c->event_date, t, e - b, loc);
}

/* Address lines: the value line found and the lines contiguous with it
 * (above when looking up, below when looking down), in the same columns. */
static size_t address_lines(const f8k_line *const *v, size_t nv, size_t at, int dir,
                            unsigned s, unsigned e, int whole, struct found *out,
                            size_t max, struct found *phone)
{
    size_t n = 0;
    long i = (long)at;
    struct found tmp[3];
    while (i >= 0 && (size_t)i < nv && n < max) {
        struct found f;
        const f8k_line *l = v[i];
        char a[4], lc[9];
        size_t pb, pe;
        if (skippable(l) || !value_in_line(l, s, e, whole, F8K_CAP_ADDRESS, &f))
            break;
        if (f8k_phone_find(f.text, f.len, a, lc, &pb, &pe) && pb == 0) {
            if (phone != NULL && phone->text == NULL)
                *phone = f;
            ((f8k_line *)l)->used = 1;
            /* looking up from "(Address, including zip code, and
             * telephone number ...)": the telephone is the line just
             * above the caption, the address above it */
            if (dir < 0 && n == 0) {
                i += dir;
                continue;
            }
            break;
        }
        tmp[n++] = f;
        ((f8k_line *)l)->used = 1;
        i += dir;
    }
    /* keep them in reading order */
    if (dir < 0) {
        size_t k;
        for (k = 0; k < n; k++)
            out[k] = tmp[n - 1 - k];
    } else {
        memcpy(out, tmp, n * sizeof *out);
    }
    return n;
}

static int is_date(field_kind k)
{
    return k == F8K_CAP_DATE_BOTH || k == F8K_CAP_DATE_REPORT || k == F8K_CAP_DATE_EVENT;
}

/* Give value F to field K of the cover or of the current registrant. */
static void set_found(struct cover_state *st, field_kind k, struct found *f)
{
    if (is_date(k))
        set_date(st, k, f);
    else if (k == F8K_CAP_ADDRESS || k == F8K_CAP_ADDR_PHONE)
        set_address(st, f, 1, NULL);
    else
        set(st, k, f);
}

/* The value printed after caption SG's words on its line: a date or
 * telephone the line carries, or what follows a colon.  Sets *L and the
 * span [*B, *E); *K becomes F8K_CAP_PHONE for a telephone under a caption of
 * address and telephone.  Returns 1 if found. */
static int value_after_caption(const struct seg *sg, field_kind *k,
                               const f8k_line **l, size_t *b, size_t *e)
{
    const char *t = sg->last->text;
    size_t n = sg->last->len;
    char iso[11], a[4], lc[9];
    const char *colon = memchr(t + sg->last_start, ':', sg->last_end - sg->last_start);

    *l = sg->last;
    if (is_date(*k) && f8k_date_find(t + sg->last_start, n - sg->last_start, iso, b, e)) {
        *b += sg->last_start, *e += sg->last_start;
        return 1;
    }
    if (is_date(*k) && sg->line != sg->last && sg->start < sg->line->len &&
        f8k_date_find(sg->line->text + sg->start, sg->line->len - sg->start, iso, b, e)) {
        /* "Date of Report: October 3, 2017" over "(Date of earliest
         * event reported)": the date on the caption's first line (HTML
         * covers print it so, the caption's second half under it). */
        *l = sg->line;
        *b += sg->start, *e += sg->start;
        return 1;
    }
    if ((*k == F8K_CAP_PHONE || *k == F8K_CAP_ADDR_PHONE) &&
        f8k_phone_find(t + sg->last_start, n - sg->last_start, a, lc, b, e)) {
        *b += sg->last_start, *e += sg->last_start;
        *k = F8K_CAP_PHONE;
        return 1;
    }
    if (colon != NULL) {
        *b = (size_t)(colon - t) + 1;
        *e = sg->last_end;
        while (*b < *e && t[*b] == ' ')
            (*b)++;
        return *b < *e && plausible(*k, t + *b, *e - *b);
    }
    return 0;
}

/* 1. The value on the caption's own line: after its words, or "Commission
 * File Number 1-15829" (the number after the words, no colon: HTML covers
 * of 2023), or the caption-less chunk that follows on the line (segment
 * ME + 1 of SEGS).  Returns 1 if found (and set). */
static int value_on_caption_line(struct cover_state *st, const struct seg *sg,
                                 const struct seg *segs, size_t nseg, size_t me)
{
    field_kind k = sg->kind;
    const f8k_line *l;
    const char *t = sg->last->text;
    size_t b = 0, e = 0;
    struct found f;
    int got = value_after_caption(sg, &k, &l, &b, &e);

    if (!got && (k == F8K_CAP_FILENO || k == F8K_CAP_EIN)) {
        size_t d = sg->last_start;
        while (d < sg->last_end && !isdigit((unsigned char)t[d]))
            d++;
        if (d < sg->last_end && d > sg->last_start && t[d - 1] == ' ' &&
            plausible(k, t + d, sg->last_end - d)) {
            b = d;
            e = sg->last_end;
            got = 1;
        }
    }
    if (!got && me + 1 < nseg && segs[me + 1].kind == F8K_CAP_NONE &&
        segs[me + 1].line == l && plausible(k, segs[me + 1].text, segs[me + 1].tlen)) {
        b = segs[me + 1].start;
        e = segs[me + 1].end;
        got = 1;
    }
    if (!got)
        return 0;
    found_span(&f, l, (unsigned)b, (unsigned)e);
    set_found(st, k, &f);
    return 1;
}

/* Where the address under caption SG ends: at the next caption's column
 * on its line. */
static unsigned address_end(const struct seg *sg, const struct seg *segs,
                            size_t nseg, size_t me)
{
    unsigned xend = 100000;
    size_t z;

    for (z = 0; z < nseg; z++)
        if (z != me && segs[z].line == sg->line && segs[z].start >= sg->end &&
            segs[z].start < xend)
            xend = segs[z].start > SLACK + 1 ? segs[z].start - SLACK - 1 : segs[z].start;
    return xend;
}

/* A zip caption beside the address caption SG: its value on one of the
 * address LINES (N), into ZIPF.  A centred "City, State Zip" line may
 * reach under the "(Zip Code)" caption as a whole: then the zip is the
 * end of it, not the line (found by form8k generate). */
static void zip_beside(const struct seg *sg, const struct seg *segs, size_t nseg,
                       const struct found *lines, size_t n, struct found *zipf)
{
    size_t z;

    for (z = 0; z < nseg && n > 0; z++) {
        size_t q;
        if (segs[z].kind != F8K_CAP_ZIP || segs[z].line != sg->line)
            continue;
        for (q = n; q-- > 0 && zipf->text == NULL; ) {
            f8k_line *zl = (f8k_line *)lines[q].line;
            unsigned used = zl->used;
            zl->used = 0;
            value_in_line(zl, segs[z].start, segs[z].end, 0, F8K_CAP_ZIP, zipf);
            zl->used = used;
        }
        if (zipf->text != NULL) {
            char zip[11];
            size_t b;
            if (f8k_zip_suffix(zipf->text, zipf->len, zip, &b) && b > 0) {
                zipf->text += b;
                zipf->len -= b;
                zipf->col += (unsigned)b;
            }
        }
    }
}

/* Two addresses stacked over one caption, each with its zip code, a
 * blank line between (an HTML cover of 2025: the principal executive
 * offices, then a second address its inline XBRL tags as the former
 * one): the first printed is the registrant's.  Line I of V is the line
 * above the address LINES (N) read nearest the caption; when another
 * address with a zip stands above it, LINES and ZIPF become that one.
 * Returns the number of LINES. */
static size_t first_of_two(const struct seg *sg, int whole, const f8k_line *const *v,
                           long i, const struct seg *segs, size_t nseg, unsigned xend,
                           struct found *lines, size_t n, struct found *zipf)
{
    struct found up[3], upzip, f;
    size_t m;

    if (i < 0 || !skippable(v[i]))
        return n;
    while (i >= 0 && skippable(v[i]))
        i--;
    if (i < 0 || !value_in_line(v[i], sg->start, xend, whole, F8K_CAP_ADDRESS, &f))
        return n;
    memset(&upzip, 0, sizeof upzip);
    m = address_lines(v, (size_t)i + 1, (size_t)i, -1, sg->start, xend, whole, up, 3, NULL);
    zip_beside(sg, segs, nseg, up, m, &upzip);
    if (m == 0 || upzip.text == NULL)
        return n;
    memcpy(lines, up, m * sizeof *up);
    *zipf = upzip;
    return m;
}

/* The address (and telephone) under caption SG, starting at line I of
 * the value lines V (NV) and going in direction DIR.  Returns 0 when line
 * I holds no address. */
static int address_at(struct cover_state *st, const struct seg *sg, int whole,
                      const f8k_line *const *v, size_t nv, long i, int dir,
                      const struct seg *segs, size_t nseg, size_t me)
{
    struct found lines[3], zipf, phone, f;
    unsigned xend = address_end(sg, segs, nseg, me);
    size_t n;

    memset(&zipf, 0, sizeof zipf);
    memset(&phone, 0, sizeof phone);
    if (!value_in_line(v[i], sg->start, xend, whole, F8K_CAP_ADDRESS, &f))
        return 0;
    n = address_lines(v, nv, (size_t)i, dir, sg->start, xend, whole, lines, 3, &phone);
    zip_beside(sg, segs, nseg, lines, n, &zipf);
    if (dir < 0 && n > 0 && zipf.text != NULL)
        n = first_of_two(sg, whole, v, i - (long)n, segs, nseg, xend, lines, n, &zipf);
    if (n > 0)
        set_address(st, lines, n, zipf.text ? &zipf : NULL);
    if (phone.text != NULL)
        set(st, F8K_CAP_PHONE, &phone);
    if (sg->kind == F8K_CAP_ADDR_PHONE && phone.text == NULL && dir > 0) {
        long j = i + dir * (long)n;
        if (j >= 0 && (size_t)j < nv &&
            value_in_line(v[j], sg->start, sg->end, whole, F8K_CAP_PHONE, &f)) {
            ((f8k_line *)v[j])->used = 1;
            set(st, F8K_CAP_PHONE, &f);
        }
    }
    return 1;
}

/* "(Formerly known as X)", "(f/k/a X)": a note under the registrant's
 * name (scan.l reads it as a value line). */
static int former_note(const f8k_line *l)
{
    const char *t = l->text + l->indent;
    size_t n = l->len - l->indent;

    return (n > 10 && strncasecmp(t, "(formerly ", 10) == 0) ||
           (n > 7 && strncasecmp(t, "(f/k/a ", 7) == 0);
}

/* 2./3. The value of caption SG in the value lines V (NV) above it (DIR
 * -1, nearest first) or below it (DIR 1): within three lines, in the
 * caption's columns.  Returns 1 when the search is over (found, or an
 * address line that is none). */
static int value_in_lines(struct cover_state *st, const struct seg *sg, int whole,
                          const f8k_line *const *v, size_t nv, int dir,
                          const struct seg *segs, size_t nseg, size_t me)
{
    field_kind k = sg->kind;
    struct found f;
    long i, limit = 0;

    for (i = dir < 0 ? (long)nv - 1 : 0; i >= 0 && (size_t)i < nv; i += dir) {
        const f8k_line *l = v[i];
        if (skippable(l))
            continue;
        if (++limit > 3)
            break;
        if (k == F8K_CAP_ADDRESS || k == F8K_CAP_ADDR_PHONE) {
            if (!address_at(st, sg, whole, v, nv, i, dir, segs, nseg, me))
                break;
            return 1;
        }
        if (value_in_line(l, sg->start, sg->end, whole, k, &f)) {
            /* a line shared by several columns stays available to the
             * other captions of its block */
            ((f8k_line *)l)->used = whole ? 1 : 2;
            set_found(st, k, &f);
            return 1;
        }
        /* "(Formerly known as ...)" between the name and its caption */
        if (k == F8K_CAP_NAME && dir < 0 && former_note(l)) {
            limit--;
            continue;
        }
        if (k == F8K_CAP_NAME || k == F8K_CAP_FORMER || whole)
            break;   /* the nearest line is the value or there is none */
    }
    return 0;
}

/* Find the value of caption SEG: inline, above (VALS of its block), or
 * below (NEXT block's values).  WHOLE: the caption stands alone on its
 * line(s), so its value is a whole line. */
static void find_value(struct cover_state *st, struct seg *sg, int whole,
                       const f8k_block *bl, const f8k_block *next,
                       struct seg *segs, size_t nseg, size_t me)
{
    const f8k_line *above[256], *below[256];
    size_t na = lines_array(&bl->values, above, 256);
    size_t nb = next ? lines_array(&next->values, below, 256) : 0;

    if (sg->kind == F8K_CAP_NONE || value_on_caption_line(st, sg, segs, nseg, me))
        return;
    /* a caption under another caption has no values above */
    if (sg->line == bl->captions.head &&
        value_in_lines(st, sg, whole, above, na, -1, segs, nseg, me))
        return;
    if (value_in_lines(st, sg, whole, below, nb, 1, segs, nseg, me))
        return;
    if (sg->kind == F8K_CAP_FORMER || sg->kind == F8K_CAP_ZIP)
        return;        /* often left blank on purpose */
    f8k_diag_add(st->doc, sg->line->loc, F8K_W_NO_VALUE,
                 "no value found for caption \"%.60s\"", sg->text);
}

/* A check box: the grammar read the rules its text names and its mark.
 * A line naming two rules is the later box of the form; no mark is an
 * unchecked box. */
static void read_check(f8k_doc *doc, f8k_cover *c, const f8k_block *bl)
{
    f8k_value *v;
    int i = F8K_CHECK_COUNT - 1;

    while (i >= 0 && !(bl->check_rules & (1u << i)))
        i--;
    if (i < 0)
        return;
    v = &c->checks[i];
    if (bl->check_mark.len > 0)
        f8k_value_set(doc, v, bl->check_mark.text, bl->check_mark.len, bl->check->loc);
    else
        f8k_value_set(doc, v, "[ ]", 3, bl->check->loc);
}

/* Is this line nothing but a date (the date of report printed alone)? */
static int date_line(const f8k_line *l, struct found *f)
{
    char iso[11];
    size_t b, e;
    const char *t = l->text + l->indent;
    size_t n = l->len - l->indent;
    if (l->used || !f8k_date_find(t, n, iso, &b, &e))
        return 0;
    if (n - (e - b) > 12)
        return 0;
    return found_span(f, l, l->indent + (unsigned)b, l->indent + (unsigned)e);
}

static int name_like(const f8k_line *l)
{
    const char *t = l->text + l->indent;
    size_t n = l->len - l->indent, i, upper = 0, alpha = 0;
    char iso[11];
    size_t b, e;
    if (l->used || skippable(l) || n < 3 || n > 80 || t[0] == '(' ||
        f8k_date_find(t, n, iso, &b, &e))
        return 0;
    for (i = 0; i < n; i++)
        if (isalpha((unsigned char)t[i])) {
            alpha++;
            upper += isupper((unsigned char)t[i]) != 0;
        }
    return alpha >= 3 && (upper * 10 >= alpha * 7 || f8k_names_company(t));
}

/* "(A Delaware Corporation)": the state of a registrant in a table. */
static int state_corp(const char *t, size_t n, size_t *b, size_t *e)
{
    size_t i = 0, k;
    while (i < n && (t[i] == ' ' || t[i] == '('))
        i++;
    if (i + 2 < n && (t[i] == 'A' || t[i] == 'a') && t[i + 1] == ' ')
        i += 2;
    else if (i + 3 < n && (t[i] == 'A' || t[i] == 'a') && t[i + 1] == 'n' && t[i + 2] == ' ')
        i += 3;
    else
        return 0;
    for (k = i; k < n && t[k] != ')'; k++)
        ;
    while (k > i && t[k - 1] != ' ')
        k--;                       /* drop "Corporation", "Company" ... */
    while (k > i && t[k - 1] == ' ')
        k--;
    if (k == i || f8k_state_code(t + i, k - i) == NULL)
        return 0;
    *b = i;
    *e = k;
    return 1;
}

/* Joint filings of the 2000s print their registrants as a table: a header
 * "Commission File Number | Exact Name of Registrant ...; State of
 * Incorporation, Address and Telephone | I.R.S. Employer Identification
 * No." and one row per registrant below it: file number, name and EIN on
 * one line, then "(A Delaware Corporation)" and maybe the registrant's
 * address and telephone in the name column.  Returns 1 if BL is such a
 * header (and reads the rows), 0 otherwise. */
/* A registrant row told by its shape rather than its columns: three
 * chunks, a file number, a name, an IRS number.  HTML covers print the
 * caption row and each registrant's row as tables of their own, so the
 * columns of the two need not line up. */
static int row_by_shape(const f8k_line *l, struct found *f, struct found *nf,
                        struct found *ef)
{
    struct chunk c[4];
    size_t n = chunks_of(l, c, 4, 3);

    if (n != 3 || !plausible(F8K_CAP_FILENO, l->text + c[0].b, c[0].e - c[0].b) ||
        !plausible(F8K_CAP_EIN, l->text + c[2].b, c[2].e - c[2].b) ||
        !plausible(F8K_CAP_NAME, l->text + c[1].b, c[1].e - c[1].b))
        return 0;
    found_span(f, l, c[0].b, c[0].e);
    found_span(nf, l, c[1].b, c[1].e);
    found_span(ef, l, c[2].b, c[2].e);
    return 1;
}

/* A registrant table being read: its caption columns (file number,
 * name, EIN), the rows read, and whether rows were found by shape (2)
 * rather than by columns. */
struct regtable {
    const struct seg *fs, *es, *ns;
    int rows;
    int shaped;
};

/* The caption columns of a registrant table among SEGS (NSEG): file
 * number and EIN on one line, and a name.  0 if BL is no such table. */
static int table_columns(struct regtable *t, const struct seg *segs, size_t nseg)
{
    size_t i;

    memset(t, 0, sizeof *t);
    for (i = 0; i < nseg; i++) {
        if (segs[i].kind == F8K_CAP_FILENO && t->fs == NULL)
            t->fs = &segs[i];
        else if (segs[i].kind == F8K_CAP_EIN && t->es == NULL)
            t->es = &segs[i];
        else if ((f8k_text_has(segs[i].text, "name") || f8k_text_has(segs[i].text, "registrant")) &&
                 t->ns == NULL)
            t->ns = &segs[i];
    }
    return t->fs != NULL && t->es != NULL && t->ns != NULL && t->fs->line == t->es->line;
}

/* Line L as a registrant row (file number, name, EIN), by the columns
 * of the captions or by its shape: a new registrant.  1 if it is one. */
static int registrant_row(struct cover_state *st, struct regtable *t, const f8k_line *l)
{
    const struct seg *fs = t->fs, *es = t->es, *ns = t->ns;
    struct found f, nf, ef;
    int by_cols = value_in_line(l, fs->start, fs->end, 0, F8K_CAP_FILENO, &f) &&
        value_in_line(l, ns->start, es->start > 2 ? es->start - 2 : es->start, 0, F8K_CAP_NAME, &nf) &&
        value_in_line(l, es->start, es->end + 8, 0, F8K_CAP_EIN, &ef);

    if (!by_cols && (t->rows == 0 || t->shaped) && row_by_shape(l, &f, &nf, &ef))
        t->shaped = 1;
    if (!by_cols && t->shaped != 1)
        return 0;
    if (t->shaped)
        t->shaped = 2;
    set(st, F8K_CAP_NAME, &nf);            /* a new registrant */
    set(st, F8K_CAP_FILENO, &f);
    set(st, F8K_CAP_EIN, &ef);
    ((f8k_line *)l)->used = 1;
    t->rows++;
    return 1;
}

/* "(A Delaware Corporation)" under a row: the registrant's state.  1 if
 * L is such a line. */
static int registrant_state(struct cover_state *st, const f8k_line *l)
{
    struct found f;
    size_t sb, se;

    if (!state_corp(l->text + l->indent, l->len - l->indent, &sb, &se))
        return 0;
    found_span(&f, l, l->indent + (unsigned)sb, l->indent + (unsigned)se);
    if (st->cur && st->cur->state.printed == NULL)
        set(st, F8K_CAP_STATE, &f);
    ((f8k_line *)l)->used = 1;
    return 1;
}

/* The registrant's address lines from L (up to three, up to its
 * telephone) and its telephone.  Returns the line after them. */
static const f8k_line *registrant_address(struct cover_state *st, const f8k_line *l)
{
    struct found lines[3], f;
    size_t nl = 0, sb, se;
    const f8k_line *m = l;
    char a[4], lc[9];

    while (m != NULL && !skippable(m) && nl < 3 && m->kind != F8K_LINE_CAPTION &&
           !f8k_phone_find(m->text, m->len, a, lc, &sb, &se)) {
        found_span(&lines[nl], m, m->indent, m->len);
        ((f8k_line *)m)->used = 1;
        nl++;
        m = m->next;
    }
    if (nl > 0 && st->cur->addr1.printed == NULL)
        set_address(st, lines, nl, NULL);
    if (m != NULL && !skippable(m) && f8k_phone_find(m->text, m->len, a, lc, &sb, &se)) {
        found_span(&f, m, (unsigned)sb, (unsigned)se);
        if (st->cur->phone.printed == NULL)
            set(st, F8K_CAP_PHONE, &f);
        ((f8k_line *)m)->used = 1;
        m = m->next;
    }
    return m;
}

/* Joint filings of the 2000s print their registrants as a table (see
 * above): the rows in the blocks after BL, each maybe followed by the
 * registrant's state, address and telephone.  1 if BL's captions (SEGS,
 * NSEG) head such a table and rows were read, else 0. */
static int registrant_table(struct cover_state *st, const f8k_block *bl,
                            const struct seg *segs, size_t nseg)
{
    struct regtable t;
    const f8k_block *b;
    size_t sb, se;

    if (!table_columns(&t, segs, nseg))
        return 0;
    for (b = bl->next; b != NULL && b->check == NULL; b = b->next) {
        const f8k_lines *parts[2];
        int pi;
        parts[0] = &b->values;
        parts[1] = &b->captions;
        for (pi = 0; pi < 2; pi++) {
            const f8k_line *l;
            for (l = parts[pi]->head; l != NULL; l = l->next) {
                if (skippable(l) || registrant_row(st, &t, l))
                    continue;
                if (t.rows == 0)
                    return 0;
                if (registrant_state(st, l))
                    continue;
                if (l->kind == F8K_LINE_CAPTION)
                    return 1;            /* the caption under the table */
                if (!(t.shaped || l->indent + 2 >= t.ns->start) || st->cur == NULL)
                    return 1;
                l = registrant_address(st, l);
                if (l == NULL)
                    break;
                /* (the line after the address is passed over, unless it
                 * is the caption under the table) */
                if (!skippable(l) && l->kind == F8K_LINE_CAPTION &&
                    !state_corp(l->text + l->indent, l->len - l->indent, &sb, &se))
                    return 1;
            }
        }
    }
    return t.rows > 0;
}

/* The form type, from the title block: FORM 8-K, FORM 8-K/A (or another
 * form: then no 8-K).  A short line "Amendment No. 1" among the values
 * makes an 8-K an amendment too. */
static void read_form_type(f8k_doc *doc, f8k_cover *c)
{
    const f8k_line *l;
    const f8k_block *bl;

    for (l = c->title.head; l != NULL; l = l->next) {
        const char *t = l->text + l->indent;
        if ((l->kind == F8K_LINE_FORM || l->kind == F8K_LINE_FORM_AMENDED) &&
            c->doc_type.printed == NULL) {
            f8k_value_set(doc, &c->doc_type, t, l->len - l->indent, l->loc);
            c->amendment = l->kind == F8K_LINE_FORM_AMENDED;
            c->doc_type.norm = c->amendment ? "8-K/A" : "8-K";
        } else if (l->kind == F8K_LINE_FORM_OTHER && c->other_form.printed == NULL) {
            f8k_value_set(doc, &c->other_form, t, l->len - l->indent, l->loc);
        }
    }
    for (bl = c->blocks; bl != NULL; bl = bl->next)
        for (l = bl->values.head; l != NULL; l = l->next)
            if (c->doc_type.printed && !c->amendment && l->len - l->indent < 40 &&
                f8k_text_has(l->text, "amendment no"))
                c->amendment = 1, c->doc_type.norm = "8-K/A";
}

/* The captions of block BL and their values.  -1 when out of memory. */
static int read_block(struct cover_state *st, const f8k_block *bl)
{
    struct seg segs[MAX_SEGS];
    size_t nseg, i;

    nseg = read_captions(bl, segs);
    for (i = 0; i < nseg; i++)
        segs[i].kind = f8k_caption_classify(segs[i].text);
    if (registrant_table(st, bl, segs, nseg))
        return 0;
    if (st->doc->nomem)
        return -1;
    for (i = 0; i < nseg; i++) {
        size_t j, same = 0;
        /* WHOLE: no other caption shares its lines, so its value is a
         * whole line; otherwise values are read by column */
        for (j = 0; j < nseg; j++)
            same += segs[j].kind != F8K_CAP_NONE &&
                    segs[j].line->no <= segs[i].last->no &&
                    segs[i].line->no <= segs[j].last->no;
        if (segs[i].kind == F8K_CAP_ZIP)
            continue;      /* read with its address */
        find_value(st, &segs[i], same <= 1, bl, bl->next, segs, nseg, i);
        if (st->doc->nomem)
            return -1;
    }
    return 0;
}

/* A date printed alone, with no caption (some 1990s covers). */
static void date_alone(struct cover_state *st)
{
    f8k_cover *c = &st->filing->cover;
    const f8k_block *bl;
    const f8k_line *l;

    if (c->report_date.printed != NULL || c->event_date.printed != NULL)
        return;
    for (bl = c->blocks; bl != NULL && c->report_date.printed == NULL; bl = bl->next)
        for (l = bl->values.head; l != NULL; l = l->next) {
            struct found f;
            if (date_line(l, &f)) {
                ((f8k_line *)l)->used = 1;
                set_date(st, F8K_CAP_DATE_BOTH, &f);
                break;
            }
        }
}

/* A registrant name printed with no caption: the first name-like line
 * of the values. */
static void name_alone(struct cover_state *st)
{
    f8k_cover *c = &st->filing->cover;
    const f8k_block *bl;
    const f8k_line *l = NULL;
    struct found f;

    if (c->registrants != NULL && c->registrants->name.printed != NULL)
        return;
    for (bl = c->blocks; bl != NULL && l == NULL; bl = bl->next)
        for (l = bl->values.head; l != NULL; l = l->next)
            if (name_like(l))
                break;
    if (l == NULL)
        return;
    found_span(&f, l, l->indent, l->len);
    if (c->registrants == NULL)
        set(st, F8K_CAP_NAME, &f);
    else
        f8k_value_set(st->doc, &c->registrants->name, f.text, f.len, l->loc);
    ((f8k_line *)l)->used = 1;
}

int f8k_pass_cover(f8k_doc *doc, f8k_filing *filing)
{
    f8k_cover *c = &filing->cover;
    struct cover_state st;
    const f8k_block *bl;

    memset(&st, 0, sizeof st);
    st.doc = doc;
    st.filing = filing;
    read_form_type(doc, c);
    for (bl = c->blocks; bl != NULL; bl = bl->next) {
        if (bl->check != NULL)
            read_check(doc, c, bl);
        else if (bl->captions.head != NULL && read_block(&st, bl) != 0)
            return -1;
    }
    date_alone(&st);
    name_alone(&st);
    /* Only one date printed: it is both the date of report and the date
     * of the earliest event. */
    if (c->event_date.printed == NULL)
        c->event_date = c->report_date;
    else if (c->report_date.printed == NULL)
        c->report_date = c->event_date;
    else
        c->two_dates = strcmp(c->report_date.printed, c->event_date.printed) != 0;
    return doc->nomem ? -1 : 0;
}
