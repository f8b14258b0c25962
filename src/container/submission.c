/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* submission.c - an EDGAR submission file: the container grammar's
 * actions, the typing of header values, uudecoding, and the 8-K
 * documents parsed by the 8-K grammar. */
#include <ctype.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "submission.h"
#include "grammar_run.h"
#include "html.h"
#include "pipeline.h"
#include "normalize.h"
#include "sha256.h"
#include "text.h"
#include "sub_support.h"
#include "sub_scan.h"

/* ---- the header keys (header.def) ----------------------------------------- */

static const f8k_hkey hkeys[] = {
#define F8K_HKEY(elem, key, tag, type) { #elem, key, tag, F8K_HT_##type },
#include "header.def"
#undef F8K_HKEY
};

/* Case-insensitive equality of S[0..N) with the C string K. */
static int same_key(const char *s, size_t n, const char *k)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (k[i] == '\0' || toupper((unsigned char)s[i]) != (unsigned char)k[i])
            return 0;
    return k[n] == '\0';
}

const f8k_hkey *f8k_hkey_find(const char *name, size_t n, int tag)
{
    size_t i;
    for (i = 0; i < sizeof hkeys / sizeof hkeys[0]; i++)
        if (same_key(name, n, tag ? hkeys[i].tag : hkeys[i].key))
            return &hkeys[i];
    return NULL;
}

/* ---- the scanner's side ------------------------------------------------------ */

static void count_lines(struct f8k_sub_extra *x, const char *text, size_t len)
{
    size_t i;
    for (i = 0; i < len; i++)
        if (text[i] == '\n')
            x->line++;
}

void f8k_sub_skip(struct f8k_sub_extra *x, const char *text, size_t len)
{
    count_lines(x, text, len);
}

/* The position of byte OFF of line L. */
static f8k_loc loc_at(f8k_sline l, size_t off)
{
    f8k_loc loc = l.start;
    loc.off += (uint32_t)(off < l.len ? off : l.len);
    return loc;
}

int f8k_sub_token(struct f8k_sub_extra *x, F8K_SUB_YYSTYPE *lval,
                  F8K_SUB_YYLTYPE *lloc, int token, const char *text,
                  size_t len)
{
    size_t n = len, i;

    if (n > 0 && text[n - 1] == '\n')
        n--;
    for (i = 0; i < n && (text[i] == ' ' || text[i] == '\t'); i++)
        ;
    lval->line.text = text;
    lval->line.len = (uint32_t)n;
    lval->line.start.off = (uint32_t)(text - x->base);
    lval->line.start.map = x->map;
    lval->line.start.pad = 0;
    lval->line.loc = loc_at(lval->line, i);
    x->tok = lval->line.loc;
    lloc->first_line = lloc->last_line = (int)x->line;
    lloc->first_column = (int)i + 1;
    lloc->last_column = (int)(n + 1);
    count_lines(x, text, len);
    return token;
}

f8k_loc f8k_sub_scan_loc(void *scanner)
{
    const struct f8k_sub_extra *x = f8k_sub_yyget_extra(scanner);
    return x->tok;
}

/* ---- the grammar's actions ---------------------------------------------------- */

static f8k_hnode *hnode_new(f8k_doc *doc, const f8k_hkey *def,
                            const char *name, size_t n, f8k_loc loc)
{
    f8k_hnode *h = f8k_doc_alloc(doc, sizeof *h);
    if (h == NULL)
        return NULL;
    h->def = def;
    h->name = f8k_doc_strndup(doc, name, n);
    if (h->name == NULL)          /* out of memory: no node without name */
        return NULL;
    h->value.loc = loc;
    h->doc = doc;
    return h;
}

/* Where the value of a "KEY: value" line L starts, its separator at COLON:
 * past the blanks after it; L.len when there is no value, and when the
 * line has no colon at all (COLON == L.len). */
static size_t value_at(f8k_sline l, size_t colon)
{
    size_t v = colon < l.len ? colon + 1 : l.len;
    while (v < l.len && (l.text[v] == ' ' || l.text[v] == '\t'))
        v++;
    return v;
}

static void set_printed(f8k_doc *doc, f8k_hnode *h, const char *v, size_t n,
                        f8k_loc loc)
{
    while (n > 0 && (*v == ' ' || *v == '\t'))
        v++, n--;
    while (n > 0 && (v[n - 1] == ' ' || v[n - 1] == '\t'))
        n--;
    h->value.printed = f8k_doc_strndup(doc, v, n);
    h->value.loc = loc;
}

f8k_hnode *f8k_sub_field(f8k_doc *doc, f8k_sline l)
{
    size_t b = 0, colon, v;
    f8k_hnode *h;

    while (b < l.len && (l.text[b] == ' ' || l.text[b] == '\t'))
        b++;
    for (colon = b; colon < l.len && l.text[colon] != ':'; colon++)
        ;
    h = hnode_new(doc, f8k_hkey_find(l.text + b, colon - b, 0),
                  l.text + b, colon - b, l.loc);
    if (h == NULL)
        return NULL;
    v = value_at(l, colon);
    set_printed(doc, h, l.text + v, l.len - v, loc_at(l, v < l.len ? v : colon + 1));
    return h;
}

f8k_hnode *f8k_sub_split_field(f8k_doc *doc, f8k_hnode *prev, f8k_sline l)
{
    if (prev != NULL && prev->value.printed != NULL) {
        size_t n = strlen(prev->value.printed);
        char *v = f8k_arena_alloc(&doc->arena, n + 2);
        if (v == NULL) {
            doc->nomem = 1;
            return NULL;
        }
        memcpy(v, prev->value.printed, n);
        v[n] = ']';
        v[n + 1] = '\0';
        prev->value.printed = v;
    }
    l.text++;
    l.len--;
    l.start.off++;
    return f8k_sub_field(doc, l);
}

f8k_hnode *f8k_sub_leaf(f8k_doc *doc, f8k_sline l)
{
    size_t close;
    f8k_hnode *h;

    for (close = 1; close < l.len && l.text[close] != '>'; close++)
        ;
    h = hnode_new(doc, f8k_hkey_find(l.text + 1, close - 1, 1),
                  l.text + 1, close - 1, l.loc);
    if (h == NULL)
        return NULL;
    set_printed(doc, h, l.text + close + 1, l.len - close - 1,
                loc_at(l, close + 1));
    return h;
}

f8k_hnode *f8k_sub_section(f8k_doc *doc, f8k_sline l, int tag)
{
    size_t b = 0, e;

    while (b < l.len && (l.text[b] == ' ' || l.text[b] == '\t'))
        b++;
    if (tag) {
        b++;                                   /* past '<' */
        for (e = b; e < l.len && l.text[e] != '>'; e++)
            ;
    } else {
        for (e = b; e < l.len && l.text[e] != ':'; e++)
            ;
    }
    return hnode_new(doc, f8k_hkey_find(l.text + b, e - b, tag),
                     l.text + b, e - b, l.loc);
}

void f8k_sub_close_tag(f8k_doc *doc, f8k_hnode *open, f8k_sline close)
{
    size_t e;
    if (open == NULL || open->name == NULL)
        return;
    for (e = 2; e < close.len && close.text[e] != '>'; e++)
        ;
    if (strlen(open->name) != e - 2
        || strncasecmp(open->name, close.text + 2, e - 2) != 0)
        f8k_diag_add2(doc, close.loc, open->value.loc,
                      F8K_W_SUB_SYNTAX, "</%.*s> closes <%s>", (int)(e - 2),
                      close.text + 2, open->name);
}

void f8k_hnodes_add(f8k_hnodes *list, f8k_hnode *n)
{
    if (n == NULL)
        return;
    if (list->tail != NULL)
        list->tail->next = n;
    else
        list->head = n;
    list->tail = n;
}

void f8k_sub_pem_line(f8k_doc *doc, f8k_sline l, int continuation)
{
    f8k_submission *s = doc->sub;
    f8k_hnode *last = s->pem_fields.tail;

    if (continuation && last != NULL && last->value.printed != NULL) {
        /* Joined with a single space, as RFC 1421 unfolds them, in a
         * buffer that grows (see f8k_strbuf): not copied at each line. */
        f8k_strbuf *v = &s->pem_value;
        size_t b = 0;
        while (b < l.len && (l.text[b] == ' ' || l.text[b] == '\t'))
            b++;
        if (s->pem_value_of != last) {
            memset(v, 0, sizeof *v);
            s->pem_value_of = last;
            if (f8k_strbuf_add(doc, v, last->value.printed,
                               strlen(last->value.printed)) != 0)
                return;
        }
        if ((v->len == 0 || f8k_strbuf_add(doc, v, " ", 1) == 0)
            && f8k_strbuf_add(doc, v, l.text + b, l.len - b) == 0)
            last->value.printed = v->p;
        return;
    }
    {
        size_t colon, v;
        f8k_hnode *h;
        for (colon = 0; colon < l.len && l.text[colon] != ':'; colon++)
            ;
        h = hnode_new(doc, NULL, l.text, colon, l.loc);
        if (h == NULL)
            return;
        v = value_at(l, colon);
        set_printed(doc, h, l.text + v, l.len - v, l.loc);
        f8k_hnodes_add(&s->pem_fields, h);
    }
}

f8k_document *f8k_sub_document(f8k_doc *doc, f8k_sline open)
{
    f8k_document *d = f8k_doc_alloc(doc, sizeof *d);
    if (d != NULL) {
        d->loc = open.loc;
        d->doc = doc;
    }
    return d;
}

void f8k_sub_add_document(f8k_doc *doc, f8k_document *d)
{
    f8k_submission *s = doc->sub;
    if (d == NULL)
        return;
    if (s->docs_tail != NULL)
        s->docs_tail->next = d;
    else
        s->docs = d;
    s->docs_tail = d;
    s->ndocs++;
}

void f8k_sub_doc_meta(f8k_doc *doc, f8k_document *d, f8k_hnode *leaf)
{
    f8k_value *v = NULL;
    f8k_hnodes l;

    if (d == NULL || leaf == NULL)
        return;
    l = d->meta;
    f8k_hnodes_add(&l, leaf);
    d->meta = l;
    if (same_key(leaf->name, strlen(leaf->name), "TYPE"))
        v = &d->type;
    else if (same_key(leaf->name, strlen(leaf->name), "SEQUENCE"))
        v = &d->sequence;
    else if (same_key(leaf->name, strlen(leaf->name), "FILENAME"))
        v = &d->filename;
    else if (same_key(leaf->name, strlen(leaf->name), "DESCRIPTION"))
        v = &d->description;
    if (v != NULL && v->printed == NULL)
        *v = leaf->value;
    (void)doc;
}

void f8k_sub_doc_meta_cont(f8k_doc *doc, f8k_document *d, f8k_sline l)
{
    f8k_hnode *last = d != NULL ? d->meta.tail : NULL;
    const char *old;
    size_t b = 0, e = l.len, n;
    char *v;

    if (last == NULL || last->value.printed == NULL) {
        f8k_diag_add(doc, l.loc, F8K_W_SUB_SYNTAX,
                     "a line of text before the document's tags");
        return;
    }
    while (b < e && (l.text[b] == ' ' || l.text[b] == '\t'))
        b++;
    while (e > b && (l.text[e - 1] == ' ' || l.text[e - 1] == '\t'))
        e--;
    old = last->value.printed;
    n = strlen(old);
    v = f8k_arena_alloc(&doc->arena, n + 1 + (e - b) + 1);
    if (v == NULL) {
        doc->nomem = 1;
        return;
    }
    memcpy(v, old, n);
    if (n > 0)
        v[n++] = ' ';
    memcpy(v + n, l.text + b, e - b);
    v[n + (e - b)] = '\0';
    last->value.printed = v;
    /* the named fields of the document hold the leaf's value too */
    if (d->type.printed == old)
        d->type.printed = v;
    else if (d->sequence.printed == old)
        d->sequence.printed = v;
    else if (d->filename.printed == old)
        d->filename.printed = v;
    else if (d->description.printed == old)
        d->description.printed = v;
}

void f8k_sub_doc_text(f8k_doc *doc, f8k_document *d, f8k_sline l)
{
    f8k_span *s;
    size_t n = (size_t)l.len + 1;            /* with its '\n' */
    const char *start;

    if (d == NULL)
        return;
    /* The line as it is in the buffer, leading blanks included: the
     * token's text begins at the line's first byte. */
    start = l.text;
    s = d->text_tail;
    if (s != NULL && s->p + s->n == start) {
        s->n += n;
        s->lines++;
        return;
    }
    s = f8k_doc_alloc(doc, sizeof *s);
    if (s == NULL)
        return;
    s->p = start;
    s->n = n;
    s->loc = l.start;
    s->lines = 1;
    if (d->text_tail != NULL)
        d->text_tail->next = s;
    else
        d->text = s;
    d->text_tail = s;
}

void f8k_sub_doc_wrapper(f8k_doc *doc, f8k_document *d, f8k_sline l)
{
    size_t e;
    if (d == NULL)
        return;
    for (e = 1; e < l.len && l.text[e] != '>'; e++)
        ;
    if (d->wrapper == NULL)
        d->wrapper = f8k_doc_strndup(doc, l.text + 1, e - 1);
    f8k_sub_doc_text(doc, d, l);
}

f8k_binary *f8k_sub_binary(f8k_doc *doc, f8k_document *d, f8k_sline begin)
{
    f8k_binary *b;
    size_t i = 5, m;

    if (d == NULL)
        return NULL;
    b = f8k_doc_alloc(doc, sizeof *b);
    if (b == NULL)
        return NULL;
    while (i < begin.len && (begin.text[i] == ' ' || begin.text[i] == '\t'))
        i++;
    for (m = i; m < begin.len && begin.text[m] >= '0' && begin.text[m] <= '7'; m++)
        ;
    b->mode = f8k_doc_strndup(doc, begin.text + i, m - i);
    while (m < begin.len && (begin.text[m] == ' ' || begin.text[m] == '\t'))
        m++;
    f8k_value_set(doc, &b->name, begin.text + m, begin.len - m, loc_at(begin, m));
    if (d->binaries_tail != NULL)
        d->binaries_tail->next = b;
    else
        d->binaries = b;
    d->binaries_tail = b;
    return b;
}

void f8k_sub_binary_line(f8k_binary *b, f8k_sline l)
{
    if (b == NULL)
        return;
    if (b->data == NULL)
        b->data = l.text;
    b->encoded = (size_t)(l.text + l.len + 1 - b->data);
    b->lines++;
}

/* ---- typing the header ---------------------------------------------------------- */

static int all_digits(const char *s, size_t n)
{
    size_t i;
    if (n == 0)
        return 0;
    for (i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

/* "20240201" -> "2024-02-01" into OUT; 0, or -1 if no valid date. */
static int norm_date(const char *s, char *out, int with_year)
{
    int y = 0, m, d;
    if (with_year)
        y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    s += with_year ? 4 : 0;
    m = (s[0] - '0') * 10 + (s[1] - '0');
    d = (s[2] - '0') * 10 + (s[3] - '0');
    if (!f8k_date_valid((unsigned)(with_year ? y : 2000), (unsigned)m, (unsigned)d)
        || (with_year && y < 1900))
        return -1;
    if (with_year)
        sprintf(out, "%04d-%02d-%02d", y, m, d);
    else
        sprintf(out, "--%02d-%02d", m, d);
    return 0;
}

/* The regime the header's items are numbered in, from the filing date. */
static f8k_regime header_regime(const f8k_submission *s)
{
    const f8k_hnode *h = f8k_hnode_find(s->header.head, "FiledAsOfDate");
    if (h == NULL)
        h = f8k_hnode_find(s->header.head, "PeriodOfReport");
    if (h == NULL || h->value.norm == NULL)
        return (f8k_regime)0;
    return strcmp(h->value.norm, "2004-08-23") >= 0 ? F8K_REGIME_2004
                                                     : F8K_REGIME_1993;
}

/* An SIC code: "ELECTRONIC COMPUTERS [3571]" or "4991". */
static int type_sic(f8k_doc *doc, f8k_hnode *h, const char *v, size_t n)
{
    const char *o = strrchr(v, '[');
    size_t digits = o != NULL ? (size_t)(v + n - 1 - (o + 1)) : 0;

    if (all_digits(v, n) && n <= 4) {
        h->code = v;
        h->value.norm = "";
        return 0;
    }
    if (o != NULL && v[n - 1] == ']' && all_digits(o + 1, digits) && digits <= 4) {
        size_t e = (size_t)(o - v);
        h->code = f8k_doc_strndup(doc, o + 1, digits);
        while (e > 0 && v[e - 1] == ' ')
            e--;
        h->value.norm = f8k_doc_strndup(doc, v, e);
        return 0;
    }
    return -1;
}

/* An item: "5", "2.02", or a caption ("Results of Operations ..."),
 * looked up in REGIME's numbering first. */
static void type_item(f8k_hnode *h, f8k_regime regime, const char *v, size_t n)
{
    char num[8];
    const f8k_item_def *it = NULL;
    if (f8k_item_number_norm(v, n, num) == 0)
        it = f8k_item_by_number(num);
    if (it == NULL)
        it = f8k_item_by_caption(v, n, regime);
    if (it == NULL)
        it = f8k_item_by_caption(v, n, (f8k_regime)0);
    h->code = it != NULL ? it->number : NULL;
}

/* Normalise one field; 0 if its value fits its type (or is empty).
 * REGIME: the numbering of the header's items (header_regime). */
static int type_field(f8k_doc *doc, f8k_regime regime, f8k_hnode *h)
{
    const char *v = h->value.printed;
    size_t n = v != NULL ? strlen(v) : 0;
    char buf[64];

    if (v == NULL)
        return 0;
    h->value.norm = v;
    if (h->def == NULL || n == 0)
        return 0;
    switch (h->def->type) {
    case F8K_HT_TEXT:
    case F8K_HT_PARTY:
    case F8K_HT_SECTION:
        return 0;
    case F8K_HT_DATE:
        if (n != 8 || !all_digits(v, n) || norm_date(v, buf, 1) < 0)
            return -1;
        break;
    case F8K_HT_MMDD:
        if (n != 4 || !all_digits(v, n) || norm_date(v, buf, 0) < 0)
            return -1;
        break;
    case F8K_HT_DATETIME:
        if (n != 14 || !all_digits(v, n) || norm_date(v, buf, 1) < 0
            || (v[8] - '0') * 10 + (v[9] - '0') > 23
            || (v[10] - '0') * 10 + (v[11] - '0') > 59
            || (v[12] - '0') * 10 + (v[13] - '0') > 59)
            return -1;
        sprintf(buf + 10, "T%.2s:%.2s:%.2s", v + 8, v + 10, v + 12);
        break;
    case F8K_HT_ACCESSION:
        if (n != 20 || !all_digits(v, 10) || v[10] != '-'
            || !all_digits(v + 11, 2) || v[13] != '-' || !all_digits(v + 14, 6))
            return -1;
        return 0;
    case F8K_HT_COUNT:
        if (!all_digits(v, n) || n > 9)
            return -1;
        sprintf(buf, "%lu", strtoul(v, NULL, 10));
        break;
    case F8K_HT_CIK:
        if (!all_digits(v, n) || n > 10)
            return -1;
        sprintf(buf, "%010lu", strtoul(v, NULL, 10));
        break;
    case F8K_HT_EIN:
        if (f8k_ein_norm(v, n, buf) != 0)
            return -1;
        break;
    case F8K_HT_STATE:
        if (n != 2 || !isalnum((unsigned char)v[0]) || !isalnum((unsigned char)v[1]))
            return -1;
        buf[0] = (char)toupper((unsigned char)v[0]);
        buf[1] = (char)toupper((unsigned char)v[1]);
        buf[2] = '\0';
        break;
    case F8K_HT_FILENO:
        if (f8k_fileno_norm(v, n, buf, sizeof buf) < 0)
            return -1;
        break;
    case F8K_HT_SIC:
        return type_sic(doc, h, v, n);
    case F8K_HT_ITEM:
        type_item(h, regime, v, n);
        return 0;
    }
    h->value.norm = f8k_doc_strdup(doc, buf);
    return 0;
}

/* Items are typed last (ITEMS pass 1): their numbering (REGIME) follows
 * the filing date, which must be typed first (pass 0). */
static void type_nodes(f8k_doc *doc, f8k_regime regime, f8k_hnode *h,
                       int items)
{
    for (; h != NULL; h = h->next) {
        if ((h->def != NULL && h->def->type == F8K_HT_ITEM) != items) {
            type_nodes(doc, regime, h->children, items);
            continue;
        }
        if (h->def == NULL && h->children == NULL && h->value.printed != NULL)
            f8k_diag_add(doc, h->value.loc, F8K_N_HDR_UNKNOWN,
                         "header key \"%s\" is not one form8k knows; kept as printed",
                         h->name);
        if (type_field(doc, regime, h) < 0) {
            h->bad = 1;
            h->value.norm = h->value.printed;
            f8k_diag_add(doc, h->value.loc, F8K_W_HDR_VALUE,
                         "header value \"%s\" of %s is not a valid %s; kept as printed",
                         h->value.printed, h->name,
                         h->def->type == F8K_HT_DATE ? "date (YYYYMMDD)" : "value");
        }
        type_nodes(doc, regime, h->children, items);
    }
}

const f8k_hnode *f8k_hnode_find(const f8k_hnode *h, const char *elem)
{
    for (; h != NULL; h = h->next) {
        const f8k_hnode *c;
        if (h->def != NULL && strcmp(h->def->elem, elem) == 0 && !h->bad)
            return h;
        if ((c = f8k_hnode_find(h->children, elem)) != NULL)
            return c;
    }
    return NULL;
}

/* ---- binaries -------------------------------------------------------------------- */

#define UU(c) (((c) - ' ') & 077)

/* How many bytes the line P (LEN bytes, no line end) decodes to, or -1
 * when it is not uuencode.  Trailing blanks are often stripped in transit
 * (a blank encodes zero bits), so missing characters read as zero; a line
 * is not uuencode only when it says more than 45 bytes or holds a
 * character outside ' '..'`'. */
static long uu_line_bytes(const char *p, size_t len)
{
    size_t i;
    for (i = 0; i < len && (unsigned char)p[i] >= ' ' && (unsigned char)p[i] <= '`'; i++)
        ;
    if (len == 0)
        return 0;
    if (i < len || UU((unsigned char)p[0]) > 45)
        return -1;
    return (long)UU((unsigned char)p[0]);
}

/* The next line of [P, END): its length; *NEXT where the one after it
 * begins. */
static size_t uu_next_line(const char *p, const char *end, const char **next)
{
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *next = nl != NULL ? nl + 1 : end;
    return nl != NULL ? (size_t)(nl - p) : (size_t)(end - p);
}

/* Room for N more bytes at *OUT (of *CAP, O used), in DOC's arena: a
 * buffer twice as large, the bytes so far copied, when they do not fit. */
static int uu_room(f8k_doc *doc, unsigned char **out, size_t *cap, size_t o, size_t n)
{
    unsigned char *bigger;
    size_t want = *cap * 2 > o + n ? *cap * 2 : o + n;
    if (o + n <= *cap)
        return 0;
    bigger = f8k_arena_alloc(&doc->arena, want);
    if (bigger == NULL)
        return -1;
    memcpy(bigger, *out, o);
    *out = bigger;
    *cap = want;
    return 0;
}

/* Decode the uuencoded lines of B into the arena; count the lines that
 * are not uuencode.  Lines give 3 bytes for 4 characters, the size the
 * buffer starts with; a line that says more bytes than it holds (missing
 * characters read as zero) makes it grow. */
static void decode_binary(f8k_doc *doc, f8k_binary *b)
{
    const char *p, *next, *end = b->data + b->encoded;
    size_t o = 0, cap = b->encoded / 4 * 3 + 3;
    unsigned char *out = f8k_arena_alloc(&doc->arena, cap);

    for (p = b->data; out != NULL && p < end; p = next) {
        size_t len = uu_next_line(p, end, &next), i, k;
        long want = uu_line_bytes(p, len);
        if (want < 0) {
            b->bad_lines++;
            continue;
        }
        if (uu_room(doc, &out, &cap, o, (size_t)want) != 0)
            out = NULL;
        /* Each group of 4 characters gives 3 bytes. */
        for (i = 1, k = 0; out != NULL && k < (size_t)want; i += 4) {
            unsigned c[4], j;
            unsigned char three[3];
            for (j = 0; j < 4; j++)
                c[j] = i + j < len ? UU((unsigned char)p[i + j]) : 0;
            three[0] = (unsigned char)(c[0] << 2 | c[1] >> 4);
            three[1] = (unsigned char)(c[1] << 4 | c[2] >> 2);
            three[2] = (unsigned char)(c[2] << 6 | c[3]);
            for (j = 0; j < 3 && k < (size_t)want; j++, k++)
                out[o++] = three[j];
        }
    }
    if (out == NULL) {
        doc->nomem = 1;
        return;
    }
    b->bytes = out;
    b->decoded = o;
    f8k_sha256_hex(out, o, b->sha256);
}

/* ---- the whole file ------------------------------------------------------------- */

int f8k_is_submission(const char *buf, size_t n)
{
    static const char *const starts[] = {
        "-----BEGIN PRIVACY-ENHANCED MESSAGE-----", "<SEC-DOCUMENT>",
        "<IMS-DOCUMENT>", "<SUBMISSION>", "<DOCUMENT>", NULL
    };
    size_t i = 0, k;

    while (i < n && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\n'))
        i++;
    for (k = 0; starts[k] != NULL; k++)
        if (n - i >= strlen(starts[k])
            && memcmp(buf + i, starts[k], strlen(starts[k])) == 0)
            return 1;
    return 0;
}

/* The container scanner's generated functions, for f8k_grammar_run. */
F8K_GRAMMAR_OF(grammar_sub, f8k_sub_yy);

static int run_parser(void *sc, void *doc)
{
    return f8k_sub_yyparse(sc, doc);
}

static int run_container(f8k_doc *doc, char *buf, size_t n)
{
    struct f8k_sub_extra *x = f8k_doc_alloc(doc, sizeof *x);

    if (x == NULL)
        return 2;
    x->doc = doc;
    x->line = 1;
    x->base = buf;
    x->map = doc->sub->map;
    return f8k_grammar_run(&grammar_sub, x, &x->fatal, buf, n, run_parser, doc);
}

/* Is the body of D HTML?  (The HTML front end's own test: a plain-text
 * 8-K with EDGAR's <TABLE>, <S> and <C> tags is not.) */
static int body_is_html(const f8k_document *d)
{
    const f8k_span *first = d->text, *last = d->text_tail;

    /* The spans of a body are one run of the buffer. */
    return first != NULL &&
           f8k_html_detect(first->p, (size_t)(last->p + last->n - first->p));
}

static int is_8k_type(const char *t)
{
    return t != NULL && (t[0] == '8' && t[1] == '-' && (t[2] == 'K' || t[2] == 'k'));
}

/* Parse document D, a Form 8-K, with the 8-K grammar: plain text as it
 * is, HTML through the HTML front end (front_html.c). */
static f8k_status parse_8k_document(f8k_doc *doc, f8k_document *d,
                                    f8k_body_parser parse_body)
{
    const f8k_span *first = d->text, *last = d->text_tail;
    size_t n;
    char *copy;
    f8k_status st;

    if (first == NULL)
        return F8K_OK;
    n = (size_t)(last->p + last->n - first->p);
    copy = f8k_arena_alloc(&doc->arena, n + 2);
    if (copy == NULL)
        return F8K_ERR_NOMEM;
    memcpy(copy, first->p, n);
    copy[n] = copy[n + 1] = '\0';
    /* Each document into a tree of its own. */
    d->filing = f8k_doc_alloc(doc, sizeof *d->filing);
    if (d->filing == NULL)
        return F8K_ERR_NOMEM;
    d->filing->doc = doc;
    st = parse_body(doc, d->filing, copy, n, first->loc, d->html);
    if (st == F8K_ERR_NOMEM)
        return st;
    if (st != F8K_OK) {
        f8k_diag_add(doc, d->text_loc, F8K_W_8K_BODY,
                     "document %s (%s) did not parse as a Form 8-K; kept as text",
                     d->sequence.printed ? d->sequence.printed : "?",
                     d->type.printed ? d->type.printed : "no type");
    }
    return F8K_OK;
}

/* What the submission says it is: the header's submission type, else the
 * first document's type. */
static const f8k_value *submission_type(const f8k_submission *s)
{
    const f8k_hnode *h;
    for (h = s->header.head; h != NULL; h = h->next)
        if (h->def != NULL && strcmp(h->def->elem, "SubmissionType") == 0
            && h->value.printed != NULL && h->value.printed[0] != '\0')
            return &h->value;
    if (s->docs != NULL && s->docs->type.printed != NULL)
        return &s->docs->type;
    return NULL;
}

f8k_status f8k_submission_parse(f8k_doc *doc, char *buf, size_t n,
                                f8k_body_parser parse_body)
{
    f8k_submission *s;
    f8k_document *d;
    const f8k_value *type;
    int rc, found = 0;
    static const f8k_loc input = { 0, 0, 0 };
    f8k_loc top = { 0, 0, 0 };

    s = doc->sub = f8k_doc_alloc(doc, sizeof *s);
    if (s == NULL)
        return F8K_ERR_NOMEM;
    s->map = top.map = f8k_doc_map_add(doc, buf, n, input, NULL, NULL);
    if (s->map == 0)
        return F8K_ERR_NOMEM;
    rc = run_container(doc, buf, n);
    if (rc == 2 && doc->too_deep && !doc->nomem)
        return F8K_ERR_INPUT;           /* F8K-E007 says where */
    if (rc == 2 || rc == 3 || doc->nomem)
        return F8K_ERR_NOMEM;
    if (rc == 1)
        f8k_diag_add(doc, top, F8K_W_SUB_SYNTAX,
                     "the container grammar could not recover; what was read is kept");
    type_nodes(doc, (f8k_regime)0, s->header.head, 0);
    /* (the filing date looked up once, not again for each item line: a
     * header of many ITEM INFORMATION lines before FILED AS OF DATE made
     * that quadratic) */
    type_nodes(doc, header_regime(s), s->header.head, 1);

    type = submission_type(s);
    if (type != NULL && !is_8k_type(type->printed)) {
        f8k_diag_add(doc, type->loc, F8K_E_NOT_8K,
                     "not a Form 8-K: the submission is a \"%s\"", type->printed);
        return F8K_ERR_NOT_8K;
    }
    if (s->docs == NULL && !s->has_header) {
        f8k_diag_add(doc, top, F8K_E_EMPTY,
                     "not a Form 8-K: an EDGAR container with no header and no document");
        return F8K_ERR_INPUT;
    }

    for (d = s->docs; d != NULL; d = d->next) {
        f8k_binary *b;
        for (b = d->binaries; b != NULL; b = b->next) {
            if (b->data == NULL)
                b->data = "";
            decode_binary(doc, b);
            if (b->bad_lines > 0)
                f8k_diag_add(doc, b->name.loc, F8K_W_BINARY,
                             "uuencoded file \"%s\": %u line(s) are not uuencode",
                             b->name.printed ? b->name.printed : "",
                             (unsigned)b->bad_lines);
        }
        if (!is_8k_type(d->type.printed) || !d->has_text)
            continue;
        found = 1;
        d->html = body_is_html(d);
        if (parse_8k_document(doc, d, parse_body) != F8K_OK || doc->nomem)
            return F8K_ERR_NOMEM;
        if (doc->too_deep)
            return F8K_ERR_INPUT;
    }
    if (!found && type == NULL) {
        f8k_diag_add(doc, top, F8K_E_EMPTY,
                     "not a Form 8-K: an EDGAR container with no submission type and no Form 8-K document");
        return F8K_ERR_INPUT;
    }
    if (!found)
        f8k_diag_add(doc, s->header_loc.map ? s->header_loc : top,
                     F8K_W_NO_8K_DOC,
                     "no Form 8-K document with text in this submission");
    return doc->nomem ? F8K_ERR_NOMEM : F8K_OK;
}
