/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* body.c - the body pass: item numbers and captions, paragraphs, the
 * items listed as not applicable, signers, and the exhibits listed in
 * item sub-paragraphs and exhibit indexes.  The grammar has already cut
 * the body into regions; this pass reads inside them. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "ast.h"
#include "normalize.h"
#include "strset.h"
#include "text.h"

static int word_at(const char *t, const char *w)
{
    size_t n = strlen(w), i;
    for (i = 0; i < n; i++)
        if (tolower((unsigned char)t[i]) != w[i])
            return 0;
    return !isalpha((unsigned char)t[n]);
}

static int blankish(const f8k_line *l)
{
    return l->kind == F8K_LINE_BLANK || l->kind == F8K_LINE_RULE ||
           l->kind == F8K_LINE_PAGE || l->len == l->indent;
}

/* ------------------------------------------------------------- items */

/* The numbers the grammar read in a heading, normalised ("05" -> "5",
 * "2. 02" -> "2.02"), ranges spelt out ("1 through 4" -> 1 2 3 4; of the
 * numbering 1-12 only): up to MAX into NUMS; returns how many. */
static size_t heading_numbers(const f8k_item *it, char nums[][8], size_t max)
{
    size_t n = 0;
    const f8k_item_num *x;

    for (x = it->numbers; x != NULL; x = x->next) {
        char one[8];
        if (f8k_item_number_norm(x->span.text, x->span.len, one) != 0)
            break;
        if (x->range && n > 0 && strchr(one, '.') == NULL && strchr(nums[n - 1], '.') == NULL) {
            int from = atoi(nums[n - 1]) + 1, to = atoi(one), k;
            for (k = from; k < to && n < max; k++, n++) {
                /* k < to <= 99: one or two digits */
                nums[n][0] = (char)(k >= 10 ? '0' + k / 10 : '0' + k);
                nums[n][1] = (char)(k >= 10 ? '0' + k % 10 : '\0');
                nums[n][2] = '\0';
            }
        }
        if (n < max)
            memcpy(nums[n++], one, sizeof one);
    }
    return n;
}

static char *join_lines(f8k_doc *doc, const f8k_line *from, const f8k_line *to)
{
    size_t cap = 1, k = 0;
    const f8k_line *l;
    char *out;
    for (l = from; l != NULL; l = l->next) {
        cap += l->len + 1;
        if (l == to)
            break;
    }
    out = f8k_doc_alloc(doc, cap);
    if (out == NULL)
        return NULL;
    for (l = from; l != NULL; l = l->next) {
        const char *p = l->text + l->indent;
        for (; *p; p++) {
            if (*p == ' ' && (k == 0 || out[k - 1] == ' '))
                continue;
            out[k++] = *p;
        }
        if (k > 0 && out[k - 1] != ' ')
            out[k++] = ' ';
        if (l == to)
            break;
    }
    while (k > 0 && out[k - 1] == ' ')
        k--;
    out[k] = '\0';
    return out;
}

static int make_paras(f8k_doc *doc, f8k_item *it, const f8k_line *start)
{
    const f8k_line *l = start, *first = NULL, *last = NULL;
    f8k_para *tail = NULL;
    for (;; l = l->next) {
        if (l == NULL || blankish(l)) {
            if (first != NULL) {
                f8k_para *p = f8k_doc_alloc(doc, sizeof *p);
                if (p == NULL)
                    return -1;
                p->text = join_lines(doc, first, last);
                p->loc = first->loc;
                if (p->text == NULL)
                    return -1;
                if (tail) tail->next = p; else it->paras = p;
                tail = p;
                first = NULL;
            }
            if (l == NULL)
                break;
            continue;
        }
        if (first == NULL)
            first = l;
        last = l;
    }
    return 0;
}

/* The caption printed on IT's heading line (REST, CLEN bytes), joined with
 * the next line BODY when it wraps there ("... Information and" /
 * "Exhibits.") and the two together are the official caption; returns
 * where the item's text begins. */
static const f8k_line *caption_on_heading(f8k_doc *doc, f8k_item *it, const char *rest,
                                          size_t clen, const f8k_line *body)
{
    char both[512];
    size_t bl;

    f8k_value_set(doc, &it->caption, rest, clen, f8k_line_loc(it->heading, it->caption_span.col));
    if (body == NULL || blankish(body) || it->def == NULL)
        return body;
    bl = body->len - body->indent;
    if (clen + 1 + bl >= sizeof both)
        return body;
    memcpy(both, rest, clen);
    both[clen] = ' ';
    memcpy(both + clen + 1, body->text + body->indent, bl);
    both[clen + 1 + bl] = '\0';
    if (f8k_item_by_caption(both, clen + 1 + bl, 0) != it->def ||
        f8k_item_by_caption(rest, clen, 0) == it->def)
        return body;
    f8k_value_set(doc, &it->caption, both, clen + 1 + bl, it->caption.loc);
    return body->next;
}

/* A heading with no caption: the caption on the next line that is not
 * blank, when it is short and stands alone (or names an item); returns
 * where the item's text begins. */
static const f8k_line *caption_below(f8k_doc *doc, f8k_item *it, const f8k_line *body)
{
    const f8k_line *l = body;
    while (l != NULL && l->kind == F8K_LINE_BLANK)
        l = l->next;
    if (l != NULL && l->kind == F8K_LINE_TEXT && l->len - l->indent < 100 &&
        (l->next == NULL || blankish(l->next) ||
         f8k_item_by_caption(l->text, l->len, 0) != NULL)) {
        f8k_value_set(doc, &it->caption, l->text + l->indent, l->len - l->indent, l->loc);
        return l->next;
    }
    return body;
}

/* "Items 2.02 and 9.01": one item node per number NUMS[1..N), after IT,
 * sharing its text. */
static int item_copies(f8k_doc *doc, f8k_item *it, char nums[][8], size_t n,
                       f8k_item **extra_tail)
{
    size_t i;
    for (i = 1; i < n; i++) {
        f8k_item *x = f8k_doc_alloc(doc, sizeof *x);
        if (x == NULL)
            return -1;
        *x = *it;
        x->paras = NULL;
        x->number.norm = f8k_doc_strdup(doc, nums[i]);
        x->def = f8k_item_by_number(nums[i]);
        x->next = it->next;
        it->next = x;
        it = x;
        *extra_tail = x;
    }
    return 0;
}

static int read_item(f8k_doc *doc, f8k_item *it, f8k_item **extra_tail)
{
    char nums[16][8];
    size_t n = heading_numbers(it, nums, 16), clen = it->caption_span.len;
    const f8k_line *body = it->body.head;

    if (n == 0) {
        /* "Item 00.", "Item 12.345": a heading line with no item number
         * (item_numbers: %empty in parse.y); its text belongs to no item,
         * which is said rather than left out unsaid (found by form8k
         * generate) */
        const f8k_line *h = it->heading;
        f8k_diag_add(doc, h->loc, F8K_W_ITEM_NUMBER,
                     "an item heading with no item number (\"%.*s\"): its "
                     "text is no item's", (int)(h->len - h->indent > 60 ? 60
                     : h->len - h->indent), h->text + h->indent);
        return 0;
    }
    it->number.printed = f8k_doc_strndup(doc, it->numbers->span.text, it->numbers->span.len);
    it->number.loc = it->heading->loc;
    it->number.norm = f8k_doc_strdup(doc, nums[0]);
    it->def = f8k_item_by_number(nums[0]);
    if (clen > 0)
        body = caption_on_heading(doc, it, it->caption_span.text, clen, body);
    else
        body = caption_below(doc, it, body);
    if (it->def == NULL)
        f8k_diag_add(doc, it->heading->loc, F8K_W_ITEM_NUMBER,
                     "item %s is not an item of Form 8-K in either numbering", nums[0]);
    if (body != NULL && make_paras(doc, it, body) != 0)
        return -1;
    return item_copies(doc, it, nums, n, extra_tail);
}

static int read_items(f8k_doc *doc, f8k_filing *f)
{
    f8k_item *it = f->items, *prev = NULL, *na_tail = NULL;
    while (it != NULL) {
        f8k_item *next = it->next;
        if (it->not_applicable) {
            char nums[16][8];
            size_t n = heading_numbers(it, nums, 16), i;
            /* unlink; list each number as not applicable */
            if (prev) prev->next = next; else f->items = next;
            if (f->items_tail == it) f->items_tail = prev;
            for (i = 0; i < n; i++) {
                f8k_item *x = f8k_doc_alloc(doc, sizeof *x);
                if (x == NULL)
                    return -1;
                x->heading = it->heading;
                x->not_applicable = 1;
                x->number.printed = f8k_doc_strdup(doc, nums[i]);
                x->number.norm = x->number.printed;
                x->number.loc = it->heading->loc;
                x->doc = doc;
                x->def = f8k_item_by_number(nums[i]);
                if (na_tail) na_tail->next = x; else f->items_na = x;
                na_tail = x;
            }
            it = next;
            continue;
        }
        {
            f8k_item *last = it;
            if (read_item(doc, it, &last) != 0)
                return -1;
            if (f->items_tail == it)
                f->items_tail = last;
            prev = last;
            it = last->next;
        }
    }
    return 0;
}

/* --------------------------------------------------------- exhibits */

struct exlist {
    f8k_doc     *doc;
    f8k_filing  *filing;
    f8k_exhibit *tail;
    f8k_strset   numbers;   /* the numbers listed so far (norm)         */
    f8k_strbuf   desc;      /* the description being joined ...         */
    f8k_exhibit *desc_of;   /* ... and its exhibit                       */
};

/* Returns the new exhibit, or NULL when the number is already listed. */
static f8k_exhibit *add_exhibit(struct exlist *x, const f8k_line *l, const char *num, size_t nlen,
                                const char *desc, size_t dlen)
{
    f8k_doc *doc = x->doc;
    f8k_exhibit *e;
    char key[32];
    size_t k = 0, i;
    /* "(1)" is numbered 1; keep what the filing printed in printed */
    for (i = 0; i < nlen && k + 1 < sizeof key; i++)
        if (num[i] != '(' || i != 0)
            key[k++] = num[i];
    if (num[0] == '(' && k > 0 && key[k - 1] == ')')
        k--;
    key[k] = '\0';
    if (f8k_strset_has(&x->numbers, key))
        return NULL;
    e = f8k_doc_alloc(doc, sizeof *e);
    if (e == NULL)
        return NULL;
    e->doc = doc;
    f8k_value_set(doc, &e->number, num, nlen, f8k_line_loc(l, (size_t)(num - l->text)));
    e->number.norm = f8k_doc_strdup(doc, key);
    if (e->number.norm == NULL || f8k_strset_add(doc, &x->numbers, e->number.norm) < 0)
        return NULL;
    if (dlen > 0)
        f8k_value_set(doc, &e->description, desc, dlen, f8k_line_loc(l, (size_t)(desc - l->text)));
    if (x->tail) x->tail->next = e; else x->filing->exhibits = e;
    x->tail = e;
    return e;
}

/* Take exhibit E, the last listed, off the list. */
static void drop_exhibit(struct exlist *x, f8k_exhibit *e)
{
    f8k_exhibit **p = &x->filing->exhibits, *prev = NULL;

    while (*p != NULL && *p != e)
        prev = *p, p = &(*p)->next;
    if (*p == NULL || e != x->tail)
        return;
    *p = NULL;
    x->tail = prev;
}

/* The length of the description D[0..N) less a trailing page column
 * ("   3", "   Page 3", "  E-1": three digits at most, set off by two
 * blanks at least; "18,  2000" keeps its year). */
static size_t page_column(const char *d, size_t n)
{
    size_t e = n;

    while (e > 0 && isdigit((unsigned char)d[e - 1]))
        e--;
    if (n - e > 3)
        return n;                               /* a year, not a page */
    if (e < n && e >= 2 && d[e - 1] == '-' && isupper((unsigned char)d[e - 2]))
        e -= 2;                                 /* "E-1" */
    else if (e < n && e >= 5 && d[e - 1] == ' ' &&
             (strncmp(d + e - 5, "Page ", 5) == 0 ||
              strncmp(d + e - 5, "page ", 5) == 0 ||
              strncmp(d + e - 5, "PAGE ", 5) == 0))
        e -= 5;                                 /* "Page 3" */
    if (e < n && e >= 2 && d[e - 1] == ' ' && d[e - 2] == ' ')
        n = e;
    while (n > 0 && d[n - 1] == ' ')
        n--;
    return n;
}

/* Rows "99.1   Press release ..." from L on; descriptions wrapped onto
 * the next lines (indented to the description) are joined. */
static void read_exhibit_rows(struct exlist *x, const f8k_line *l, int strict)
{
    int seen = 0, gap = 0;
    unsigned dcol = 0;     /* column of the descriptions */
    f8k_exhibit *cur = NULL;   /* the row being continued (NULL: a repeat) */
    for (; l != NULL; l = l->next) {
        const char *t = l->text + l->indent;
        const f8k_row *row = l->row;
        if (blankish(l)) {
            gap = 1;
            continue;
        }
        /* (the rows after another "(c) Exhibits" are read from it: read
         * from here as well, n such lines made n passes over the rest) */
        if (l->kind == F8K_LINE_ITEM || l->kind == F8K_LINE_SIGNATURE ||
            l->kind == F8K_LINE_EXHIBITS_SUB)
            break;
        /* a line indented to the descriptions continues one, even when it
         * begins with a number ("1999 by and among ...") */
        if (seen && dcol > 0 && l->indent + 1 >= dcol)
            row = NULL;
        if (row != NULL && l->indent < 30) {
            const char *d = row->desc.text, *num = row->number.text;
            size_t dl = row->desc.len, nb = row->number.len;
            int spaced = row->sep.len >= 2 && row->sep.text[0] == ' ' && row->sep.text[1] == ' ';
            /* a trailing page number column */
            {
                size_t e = dl;
                while (e > 0 && isdigit((unsigned char)d[e - 1]))
                    e--;
                if (e < dl && e >= 2 && d[e - 1] == ' ' && d[e - 2] == ' ')
                    dl = e;
                while (dl > 0 && d[dl - 1] == ' ')
                    dl--;
            }
            /* "601 and Regulation S-B." is a sentence, not a row */
            if (dl > 0 && islower((unsigned char)d[0]))
                dl = 0;
            if (dl > 0 && (spaced || !strict || memchr(num, '.', nb) != NULL ||
                           row->exhibit_word)) {
                cur = add_exhibit(x, l, num, nb, d, dl);
                dcol = (unsigned)(d - l->text);
                seen = 1;
                gap = 0;
                continue;
            }
        }
        /* "(1) Underwriting agreement" over "Not Applicable.": a row of
         * the Item 601 exhibit table that files nothing (1990s indexes
         * list every category of the table, each marked so) */
        if (seen && cur != NULL && f8k_says_none(t, l->len - l->indent)) {
            drop_exhibit(x, cur);
            cur = NULL;
            gap = 0;
            continue;
        }
        if (seen && gap)
            break;
        /* a wrapped description: extend the last exhibit's text (in a
         * buffer that grows, so that a description of n lines is not
         * copied n times) */
        if (seen && cur != NULL && cur->description.printed && !gap && l->indent >= 4) {
            f8k_strbuf *sb = &x->desc;
            int ok = 1;
            if (x->desc_of != cur) {
                memset(sb, 0, sizeof *sb);
                x->desc_of = cur;
                ok = f8k_strbuf_add(x->doc, sb, cur->description.printed,
                                    strlen(cur->description.printed)) == 0;
            }
            if (ok && f8k_strbuf_add(x->doc, sb, " ", 1) == 0 &&
                f8k_strbuf_add(x->doc, sb, t, page_column(t, l->len - l->indent)) == 0)
                cur->description.printed = sb->p;
        }
    }
}

static void read_exhibits(f8k_doc *doc, f8k_filing *f)
{
    struct exlist x;
    f8k_item *it;
    f8k_region *r;
    memset(&x, 0, sizeof x);
    x.doc = doc;
    x.filing = f;
    for (it = f->items; it != NULL; it = it->next) {
        const f8k_line *l;
        int listing = it->def && it->def->exhibits;
        for (l = it->body.head; l != NULL; l = l->next) {
            if (l->kind == F8K_LINE_EXHIBITS_SUB) {
                read_exhibit_rows(&x, l->next, 0);
            } else if (listing) {
                read_exhibit_rows(&x, l, 1);
                listing = 0;
            }
        }
    }
    for (r = f->regions; r != NULL; r = r->next) {
        const f8k_line *l;
        if (r->kind != F8K_REGION_EXHIBIT_INDEX)
            continue;
        read_exhibit_rows(&x, r->lines.head, 1);
        for (l = r->lines.head; l != NULL; l = l->next)
            if (l->kind == F8K_LINE_EXHIBITS_SUB)
                read_exhibit_rows(&x, l->next, 1);
    }
}

/* ------------------------------------------------------- signatures */

static const char *const title_words[] = {
    "president", "officer", "chairman", "director", "secretary", "treasurer",
    "counsel", "controller", "comptroller", "vice", "chief", "manager", "partner",
    "executive", "general", "attorney", "trustee", "assistant", NULL
};

static int has_title_word(const char *t, size_t n)
{
    char buf[256];
    size_t i;
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, t, n);
    buf[n] = '\0';
    for (i = 0; title_words[i]; i++)
        if (f8k_text_has(buf, title_words[i]))
            return 1;
    return 0;
}

/* Length of the first column chunk of T (up to a run of 3 blanks). */
static size_t chunk_len(const char *t)
{
    size_t i = 0;
    while (t[i] && !(t[i] == ' ' && t[i + 1] == ' ' && t[i + 2] == ' '))
        i++;
    while (i > 0 && t[i - 1] == ' ')
        i--;
    return i;
}

static const char *col_text(const f8k_line *l, unsigned col)
{
    /* the text of L at or after column COL, for two-column layouts */
    if (l->len <= col)
        return NULL;
    if (col > 0 && l->text[col - 1] != ' ')
        return l->text + l->indent;
    while (l->text[col] == ' ')
        col++;
    return l->text + col;
}

/* Append N bytes of title text to BUF (of 512) holding LEN; returns the
 * new length. */
static size_t title_add(char *buf, size_t len, const char *t, size_t n)
{
    if (len > 0 && len < 511)
        buf[len++] = ' ';
    if (n > 511 - len)
        n = 511 - len;
    memcpy(buf + len, t, n);
    return len + n;
}

/* What the signature blocks say once for all their signers. */
struct sigblock {
    f8k_doc       *doc;
    f8k_filing    *filing;
    f8k_signature *tail;
    f8k_value      date;        /* "Date: May 4, 2003"                 */
    f8k_value      registrant;  /* "NORTHWIND WIDGETS, INC."           */
};

/* "Date: March 4, 2003": the date of the block, maybe with the
 * registrant beside it (two-column layout).  0 when the line has no
 * date. */
static int read_date_line(struct sigblock *sb, const f8k_line *l)
{
    const char *t = l->text + l->indent, *rest;
    char iso[11];
    size_t b, e;

    if (!f8k_date_find(t, strlen(t), iso, &b, &e))
        return 0;
    f8k_value_set(sb->doc, &sb->date, t + b, e - b, f8k_line_loc(l, (size_t)(t - l->text) + b));
    rest = t + e;
    while (*rest == ' ')
        rest++;
    if (*rest && sb->registrant.printed == NULL && !word_at(rest, "by"))
        f8k_value_set(sb->doc, &sb->registrant, rest, chunk_len(rest),
                      f8k_line_loc(l, (size_t)(rest - l->text)));
    return 1;
}

/* Is line L the registrant's name, printed over the signatures (a
 * capitalised line naming a company)? */
static int registrant_line(const f8k_line *l)
{
    const char *t = l->text + l->indent;

    return !blankish(l) && l->kind == F8K_LINE_TEXT &&
           f8k_names_company(t) &&
           !f8k_text_has(t, "pursuant") && !f8k_text_has(t, "undersigned") && strlen(t) < 70 &&
           isupper((unsigned char)t[0]) &&
           (t[strlen(t) - 1] != '.' || f8k_text_has(t, "inc.") || f8k_text_has(t, "corp.") ||
            f8k_text_has(t, "co.") || f8k_text_has(t, "ltd.") || f8k_text_has(t, "l.p.")) &&
           !word_at(t, "by") && !word_at(t, "date");
}

/* A line of the block that does not sign: a date at its start, or the
 * registrant's name. */
static void read_plain_line(struct sigblock *sb, const f8k_line *l)
{
    const char *t = l->text + l->indent;
    char iso[11];
    size_t b, e;

    if (f8k_date_find(t, strlen(t), iso, &b, &e) && b == 0 && sb->date.printed == NULL)
        f8k_value_set(sb->doc, &sb->date, t, e, f8k_line_loc(l, l->indent));
    if (sb->registrant.printed == NULL && registrant_line(l))
        f8k_value_set(sb->doc, &sb->registrant, t, chunk_len(t), l->loc);
}

/* "By:" alone (or over a rule) with the "/s/" line below it: the two
 * lines are one signature, read at the second. */
static int signed_below(const f8k_line *l)
{
    const f8k_signer *sgn = l->signer;
    const f8k_line *nx = l->next;

    if (sgn->name.len > 0 && sgn->name.text[0] != '_')
        return 0;
    while (nx != NULL && blankish(nx))
        nx = nx->next;
    return nx != NULL && nx->signer != NULL;
}

/* The name on the signature line ("/s/ Jane Q. Doe"); "Bruce J. Feldman,
 * President, Chief ...": the title runs on after a comma. */
static void signer_on_line(f8k_doc *doc, f8k_signature *sg, const f8k_line *l)
{
    const f8k_signer *sgn = l->signer;
    const char *nm = sgn->name.len > 0 ? sgn->name.text : l->text + l->len;
    size_t nl = chunk_len(nm);
    const char *comma = memchr(nm, ',', nl);

    if (comma != NULL && has_title_word(comma, nl - (size_t)(comma - nm)) &&
        !has_title_word(nm, (size_t)(comma - nm))) {
        const char *tt = comma + 1;
        while (*tt == ' ')
            tt++;
        f8k_value_set(doc, &sg->title, tt, nl - (size_t)(tt - nm),
                      f8k_line_loc(l, (size_t)(tt - l->text)));
        nl = (size_t)(comma - nm);
    }
    if (nl > 0)
        f8k_value_set(doc, &sg->name, nm, nl, f8k_line_loc(l, (size_t)(nm - l->text)));
}

/* The title of a signer as it is joined from its lines. */
struct title_acc {
    char    buf[512];
    size_t  len;
    f8k_loc loc;
};

/* A line labelled "Name:", "Title:" / "Its", "Date:" at MT (the text of
 * M in the signature's column): 1 read (go on), 2 read (the signature
 * ends), 0 not such a line. */
static int labelled_line(f8k_doc *doc, f8k_signature *sg, const f8k_line *m,
                         const char *mt, struct title_acc *ta)
{
    char iso[11];
    size_t b, e;

    if (word_at(mt, "name")) {
        const char *v = mt + 4;
        while (*v == ':' || *v == ' ')
            v++;
        if (*v)
            f8k_value_set(doc, &sg->name, v, chunk_len(v), f8k_line_loc(m, (size_t)(v - m->text)));
        return 1;
    }
    if (word_at(mt, "title") || word_at(mt, "its")) {
        const char *v = mt + (word_at(mt, "its") ? 3 : 5);
        while (*v == ':' || *v == ' ')
            v++;
        if (*v)
            f8k_value_set(doc, &sg->title, v, chunk_len(v), f8k_line_loc(m, (size_t)(v - m->text)));
        ta->len = 0;
        return 1;
    }
    if (word_at(mt, "date") || word_at(mt, "dated")) {
        if (f8k_date_find(mt, strlen(mt), iso, &b, &e))
            f8k_value_set(doc, &sg->date, mt + b, e - b, f8k_line_loc(m, (size_t)(mt - m->text) + b));
        return 2;
    }
    return 0;
}

/* An unlabelled line under the signature at MT (ML bytes): the typed
 * name (the first line, maybe with the title after a comma: "Herbert
 * Glaubman, President"), else a line of the title (several, wrapped). */
static void typed_line(f8k_doc *doc, f8k_signature *sg, const f8k_line *m,
                       const char *mt, size_t ml, int first, struct title_acc *ta)
{
    if (ta->len == 0 && first && !has_title_word(mt, ml) &&
        (sg->title.printed == NULL || sg->name.printed == NULL)) {
        f8k_value_set(doc, &sg->name, mt, ml, f8k_line_loc(m, (size_t)(mt - m->text)));
        return;
    }
    if (ta->len == 0 && first) {
        const char *comma = memchr(mt, ',', ml);
        if (comma != NULL && !has_title_word(mt, (size_t)(comma - mt)) &&
            has_title_word(comma, ml - (size_t)(comma - mt))) {
            const char *tt = comma + 1;
            while (*tt == ' ')
                tt++;
            f8k_value_set(doc, &sg->name, mt, (size_t)(comma - mt), f8k_line_loc(m, (size_t)(mt - m->text)));
            ta->loc = f8k_line_loc(m, (size_t)(tt - m->text));
            ta->len = title_add(ta->buf, ta->len, tt, ml - (size_t)(tt - mt));
            return;
        }
    }
    if (ta->len == 0) {
        if (sg->title.printed != NULL)
            ta->len = title_add(ta->buf, ta->len, sg->title.printed, strlen(sg->title.printed)),
            ta->loc = sg->title.loc;
        else
            ta->loc = f8k_line_loc(m, (size_t)(mt - m->text));
    }
    ta->len = title_add(ta->buf, ta->len, mt, ml);
}

/* The lines under the signature line L, in its column (from COL): the
 * typed name, "Name:", the title, "Title:", "Date:" - up to a blank line
 * (one blank may stand between signature and name) or the next
 * signature. */
static void signer_below(f8k_doc *doc, f8k_signature *sg, const f8k_line *l,
                         unsigned col)
{
    struct title_acc ta;
    const f8k_line *m, *after = NULL;

    ta.len = 0;
    ta.loc = l->loc;
    for (m = l->next; m != NULL; m = m->next) {
        const char *mt;
        int r;
        if (m->kind == F8K_LINE_RULE)
            continue;
        if (after == NULL)
            after = m;
        if (blankish(m)) {
            if (sg->name.printed == NULL && after == m) {
                after = NULL;
                continue;
            }
            break;
        }
        if (m->signer != NULL)
            break;
        mt = col_text(m, col > 4 ? col - 4 : 0);
        if (mt == NULL)
            break;
        r = labelled_line(doc, sg, m, mt, &ta);
        if (r == 2)
            break;
        if (r == 0)
            typed_line(doc, sg, m, mt, chunk_len(mt), m == after, &ta);
    }
    if (ta.len > 0)
        f8k_value_set(doc, &sg->title, ta.buf, ta.len, ta.loc);
}

/* A signature line L ("By: /s/ Jane Q. Doe"): a signer, with the date
 * beside it in a two-column table ("Date: May 6, 2020    By: /s/ ...",
 * as most HTML 8-Ks since 2010 print it). */
static int read_signer(struct sigblock *sb, const f8k_line *l)
{
    const f8k_signer *sgn = l->signer;
    const char *t = l->text + l->indent, *s = sgn->mark.text;
    f8k_signature *sg;
    char iso[11];
    size_t b, e;

    /* "Date: May 6, 2020   By: /s/ ..." (a two-column signature table),
     * or 1990s blocks' date alone before the signature ("March 22, 1994
     * /s/ ...") */
    if (sb->date.printed == NULL &&
        f8k_date_find(t, (size_t)(s - t), iso, &b, &e) && (sgn->dated || b == 0))
        f8k_value_set(sb->doc, &sb->date, t + b, e - b, f8k_line_loc(l, (size_t)(t - l->text) + b));
    if (signed_below(l))
        return 0;
    sg = f8k_doc_alloc(sb->doc, sizeof *sg);
    if (sg == NULL)
        return -1;
    sg->doc = sb->doc;
    signer_on_line(sb->doc, sg, l);
    signer_below(sb->doc, sg, l, (unsigned)(s - l->text));
    sg->name.loc = sg->name.printed ? sg->name.loc : l->loc;
    if (sb->tail) sb->tail->next = sg; else sb->filing->signatures = sg;
    sb->tail = sg;
    return 0;
}

/* The signers of every signature block; the date and registrant printed
 * once go to every signer. */
static int read_signatures(f8k_doc *doc, f8k_filing *f)
{
    struct sigblock sb;
    const f8k_region *r;
    f8k_signature *sg;

    memset(&sb, 0, sizeof sb);
    sb.doc = doc;
    sb.filing = f;
    for (r = f->regions; r != NULL; r = r->next) {
        const f8k_line *l;
        if (r->kind != F8K_REGION_SIGNATURES)
            continue;
        for (l = r->lines.head; l != NULL; l = l->next) {
            if (l->kind == F8K_LINE_SIG_DATE && read_date_line(&sb, l))
                continue;
            if (l->signer == NULL)
                read_plain_line(&sb, l);
            else if (read_signer(&sb, l) != 0)
                return -1;
        }
    }
    for (sg = f->signatures; sg != NULL; sg = sg->next) {
        if (sg->date.printed == NULL)
            sg->date = sb.date;
        if (sg->registrant.printed == NULL)
            sg->registrant = sb.registrant;
    }
    return 0;
}

int f8k_pass_body(f8k_doc *doc, f8k_filing *f)
{
    if (read_items(doc, f) != 0)
        return -1;
    read_exhibits(doc, f);
    if (read_signatures(doc, f) != 0)
        return -1;
    return doc->nomem ? -1 : 0;
}
