/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* review.c - what a reviewer checks beyond the grammar, run by form8k
 * validate (f8k_review) after the parse and its passes:
 *
 *   the signature dated                          F8K-W701
 *   signed before the earliest event reported    F8K-W702
 *   a date of report after the filing date       F8K-W703
 *   a date before EDGAR, or signed after filing  F8K-W704
 *   Item 7 / 9.01 announcing exhibits, none listed  F8K-W705
 *   an exhibit listed that no item names         F8K-W706
 *   the signer's registrant not the cover's      F8K-W707
 *
 * The grammar's own checks (check.c: title block, date of report,
 * registrant, an item, a signer, item numbers against the date) and the
 * header cross-checks (xcheck.c) are already diagnostics; this pass adds
 * only what they do not see.  f8k_parse does not run it, so the XML of
 * `form8k parse` is what it was.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "ast.h"
#include "submission.h"
#include "normalize.h"

/* The first day of EDGAR's filings: a date before it is a misprint. */
#define EDGAR_FIRST_DAY "1993-01-01"

static int is_exhibit_item(const f8k_item *it)
{
    return it->def != NULL && !it->not_applicable && it->def->exhibits;
}

/* Does S hold WORD, ignoring case? */
static int has_word(const char *s, const char *word)
{
    size_t n = strlen(word), i, k;

    for (i = 0; s[i] != '\0'; i++) {
        for (k = 0; k < n; k++) {
            char c = s[i + k];
            if (c >= 'A' && c <= 'Z')
                c = (char)(c - 'A' + 'a');
            if (c != word[k])
                break;
        }
        if (k == n)
            return 1;
    }
    return 0;
}

/* Does S name an exhibit by number: "Exhibit 99.1", "Exhibits 10.1"? */
static int names_a_number(const char *s)
{
    const char *p;

    for (p = s; (p = strstr(p, "xhibit")) != NULL; p++) {
        const char *q = p + 6;
        if (*q == 's')
            q++;
        while (*q == ' ' || *q == '\t')
            q++;
        if (isdigit((unsigned char)*q))
            return 1;
    }
    return 0;
}

/* Item 7 / 9.01 says exhibits are filed: its text names "exhibit" and
 * does not say there are none, nor names one by its number (a list the
 * exhibit pass did not read as rows is a list all the same). */
static int announces_exhibits(const f8k_item *it)
{
    const f8k_para *p;
    int named = 0;

    for (p = it->paras; p != NULL; p = p->next) {
        if (has_word(p->text, "none") || has_word(p->text, "not applicable") ||
            has_word(p->text, "n/a") || has_word(p->text, "incorporated by reference"))
            return 0;
        if (has_word(p->text, "exhibit"))
            named = 1;
        if (names_a_number(p->text))
            return 0;   /* "(c) Exhibit 99.1 - Press release": one is listed */
    }
    return named;
}

/* The earliest of the cover's dates (the date of earliest event
 * reported), or NULL. */
static const f8k_value *event_date(const f8k_cover *c)
{
    const f8k_value *e = c->event_date.norm != NULL ? &c->event_date : NULL;
    const f8k_value *r = c->report_date.norm != NULL ? &c->report_date : NULL;

    if (e != NULL && r != NULL)
        return strcmp(r->norm, e->norm) < 0 ? r : e;
    return e != NULL ? e : r;
}

static void review_dates(f8k_doc *doc, const f8k_filing *f,
                         const f8k_value *filed)
{
    const f8k_value *ev = event_date(&f->cover);
    const f8k_signature *s, *o;

    if (ev != NULL && strcmp(ev->norm, EDGAR_FIRST_DAY) < 0)
        f8k_diag_add(doc, ev->loc, F8K_W_DATE_RANGE,
                     "the date of report %s is before EDGAR's first filings (1993)",
                     ev->norm);
    if (ev != NULL && filed != NULL && filed->norm != NULL &&
        strcmp(ev->norm, filed->norm) > 0)
        f8k_diag_add2(doc, ev->loc, filed->loc, F8K_W_REPORT_FUTURE,
                      "the date of report %s is after the filing date %s",
                      ev->norm, filed->norm);
    for (o = NULL, s = f->signatures; s != NULL; o = s, s = s->next) {
        if (s->date.norm == NULL)
            continue;
        /* the signers of one block, one after the other, share its date:
         * one diagnostic for it (a look at the one before: linear) */
        if (o != NULL && f8k_loc_same(o->date.loc, s->date.loc))
            continue;
        if (strcmp(s->date.norm, EDGAR_FIRST_DAY) < 0)
            f8k_diag_add(doc, s->date.loc, F8K_W_DATE_RANGE,
                         "the signature date %s is before EDGAR's first filings (1993)",
                         s->date.norm);
        else if (filed != NULL && filed->norm != NULL &&
                 strcmp(s->date.norm, filed->norm) > 0)
            f8k_diag_add2(doc, s->date.loc, filed->loc, F8K_W_DATE_RANGE,
                          "signed on %s, after the filing date %s",
                          s->date.norm, filed->norm);
        if (ev != NULL && strcmp(s->date.norm, ev->norm) < 0)
            f8k_diag_add2(doc, s->date.loc, ev->loc, F8K_W_SIGNED_EARLY,
                          "signed on %s, before the earliest event reported (%s)",
                          s->date.norm, ev->norm);
    }
}

/* Does NAME end with the words of PART ("PERICOM SEMICONDUCTOR
 * CORPORATION" and "CORPORATION": a name wrapped over two lines above the
 * signature, its last line read)?  Any case. */
static int ends_with(const char *name, const char *part)
{
    size_t n = strlen(name), k = strlen(part), i;

    if (k == 0 || k > n || (k < n && name[n - k - 1] != ' '))
        return 0;
    for (i = 0; i < k; i++)
        if (tolower((unsigned char)name[n - k + i]) != tolower((unsigned char)part[i]))
            return 0;
    return 1;
}

static void review_signatures(f8k_doc *doc, const f8k_filing *f)
{
    const f8k_signature *s;
    const f8k_registrant *r;
    int named = 0;

    if (f->signatures == NULL)
        return;                         /* F8K-W301 says so */
    for (s = f->signatures; s != NULL; s = s->next)
        if (s->date.printed != NULL)
            break;
    if (s == NULL)
        f8k_diag_add(doc, f->signatures->name.printed != NULL
                              ? f->signatures->name.loc
                              : f->signatures->registrant.loc,
                     F8K_W_SIG_NO_DATE, "the signature block is not dated");

    for (r = f->cover.registrants; r != NULL; r = r->next)
        if (r->name.printed != NULL)
            named = 1;
    if (!named)
        return;                         /* F8K-W102 says so */
    for (s = f->signatures; s != NULL; s = s->next) {
        char iso[11];
        size_t b, e;
        if (s->registrant.printed == NULL ||
            /* a date or an exhibit's title read for the registrant: the
             * signature pass's guess, not a name the filing signs for */
            f8k_date_find(s->registrant.printed, strlen(s->registrant.printed),
                          iso, &b, &e))
            continue;
        for (r = f->cover.registrants; r != NULL; r = r->next)
            if (r->name.printed != NULL &&
                (f8k_names_agree(r->name.printed, s->registrant.printed) ||
                 ends_with(r->name.printed, s->registrant.printed)))
                break;
        if (r == NULL)
            f8k_diag_add2(doc, s->registrant.loc,
                          f->cover.registrants->name.loc,
                          F8K_W_SIGNER_REGISTRANT,
                          "signed for \"%s\", which is not the cover's registrant \"%s\"",
                          s->registrant.printed,
                          f->cover.registrants->name.printed != NULL
                              ? f->cover.registrants->name.printed : "");
    }
}

/* An exhibit number at S as major and minor ("99.02" -> 99, 2; "20" ->
 * 20, -1); the characters read, 0 when S holds no number. */
static size_t exhibit_parts(const char *s, long *major, long *minor)
{
    const char *p = s;
    char *e;

    if (!isdigit((unsigned char)*p))
        return 0;
    *major = strtol(p, &e, 10);
    p = e;
    *minor = -1;
    if (*p == '.' && isdigit((unsigned char)p[1])) {
        *minor = strtol(p + 1, &e, 10);
        p = e;
    }
    return (size_t)(p - s);
}

/* Does TEXT name NUM within a range, "Exhibits 99.02 through 99.06"? */
static int in_range(const char *text, const char *num)
{
    static const char *const words[] = { " through ", " to ", " - " };
    long ma, mi, a1, a2, b1, b2;
    size_t w;

    if (exhibit_parts(num, &ma, &mi) != strlen(num))
        return 0;
    for (w = 0; w < sizeof words / sizeof words[0]; w++) {
        const char *h = text;
        while ((h = strstr(h, words[w])) != NULL) {
            const char *a = h;
            size_t wl = strlen(words[w]);
            while (a > text && (isdigit((unsigned char)a[-1]) || a[-1] == '.'))
                a--;
            if (exhibit_parts(a, &a1, &a2) == (size_t)(h - a) && h > a &&
                exhibit_parts(h + wl, &b1, &b2) > 0 &&
                a1 == ma && b1 == ma && a2 >= 0 && b2 >= 0 && mi >= 0 &&
                a2 <= mi && mi <= b2)
                return 1;
            h += wl;
        }
    }
    return 0;
}

/* Does the text of some item (its paragraphs) name the exhibit number
 * NUM ("99.1", not inside "199.1" or "99.10"), alone or in a range? */
static int named_by_items(const f8k_filing *f, const char *num)
{
    const f8k_item *it;
    const f8k_para *p;
    size_t n = strlen(num);

    for (it = f->items; it != NULL; it = it->next)
        for (p = it->paras; p != NULL; p = p->next) {
            const char *s = p->text, *h;
            while ((h = strstr(s, num)) != NULL) {
                int before = h > p->text && (isdigit((unsigned char)h[-1]) ||
                                             h[-1] == '.');
                int after = isdigit((unsigned char)h[n]) ||
                            (h[n] == '.' && isdigit((unsigned char)h[n + 1]));
                if (!before && !after)
                    return 1;
                s = h + 1;
            }
            if (in_range(p->text, num))
                return 1;
        }
    return 0;
}

static void review_exhibits(f8k_doc *doc, const f8k_filing *f)
{
    const f8k_item *it, *ex_item = NULL;
    const f8k_exhibit *x;

    for (it = f->items; it != NULL; it = it->next)
        if (is_exhibit_item(it)) {
            ex_item = it;
            break;
        }
    if (ex_item != NULL && f->exhibits == NULL && announces_exhibits(ex_item))
        f8k_diag_add(doc, ex_item->heading->loc, F8K_W_EXHIBITS_NONE,
                     "Item %s announces exhibits, but none is listed",
                     ex_item->def->number);
    /* Item 7 / 9.01 files the exhibits of the index ("the exhibits
     * listed in the Exhibit Index"): W706 is for a filing without one */
    for (x = ex_item != NULL ? NULL : f->exhibits; x != NULL; x = x->next)
        if (x->number.norm != NULL && !named_by_items(f, x->number.norm))
            f8k_diag_add(doc, x->number.loc, F8K_W_EXHIBITS_NO_ITEM,
                         "Exhibit %s is listed, but no item names it",
                         x->number.printed != NULL ? x->number.printed
                                                   : x->number.norm);
}

static void review_filing(f8k_doc *doc, const f8k_filing *f,
                          const f8k_value *filed)
{
    review_signatures(doc, f);
    review_dates(doc, f, filed);
    review_exhibits(doc, f);
}

f8k_status f8k_review(f8k_doc *doc)
{
    if (doc == NULL)
        return F8K_ERR_INTERNAL;
    if (doc->sub != NULL) {
        const f8k_hnode *h = f8k_hnode_find(doc->sub->header.head, "FiledAsOfDate");
        const f8k_document *d;
        for (d = doc->sub->docs; d != NULL; d = d->next)
            if (d->filing != NULL)
                review_filing(doc, d->filing, h != NULL ? &h->value : NULL);
    } else {
        review_filing(doc, &doc->filing, NULL);
    }
    return doc->nomem ? F8K_ERR_NOMEM : F8K_OK;
}
