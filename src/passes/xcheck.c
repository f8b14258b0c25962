/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* xcheck.c - the SEC header of a submission against what its Form 8-K
 * document prints, reported as diagnostics with both locations: the
 * document's value is the diagnostic's position, the header line its
 * other side (f8k_diag.rel_line).  Where either side is missing there is
 * nothing to compare and nothing is said. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "normalize.h"
#include "pipeline.h"
#include "strset.h"
#include "submission.h"


/* ---- file numbers, exhibits -------------------------------------------------- */


/* The exhibit number of a document type: "EX-99.1" -> "99.1"; NULL for a
 * type that is no exhibit or an XBRL file (EX-101.*), which exhibit
 * indexes list as one line or not at all. */
static const char *exhibit_of_type(const char *t)
{
    if (t == NULL || strncasecmp(t, "EX-", 3) != 0)
        return NULL;
    if (strncmp(t + 3, "101", 3) == 0)
        return NULL;
    return t + 3;
}

/* The form in which exhibit numbers compare, into the arena: digits
 * without leading zeros, letters in upper case, no trailing ".0" - so
 * "99" = "99.0", "10.01" = "10.1", "99.a" = "99.A" = "99(a)" =
 * "99.(A)".  Equal keys are
 * agreeing numbers: a set of keys finds an exhibit's document in one
 * lookup (comparing each exhibit with each document was quadratic). */
static const char *exhibit_key(f8k_doc *doc, const char *s)
{
    char *out = f8k_arena_alloc(&doc->arena, strlen(s) + 1);
    size_t o = 0;

    if (out == NULL) {
        doc->nomem = 1;
        return NULL;
    }
    while (*s != '\0') {
        /* "12(c)" = "12.(C)" = "12.c": the letter of a lettered exhibit */
        if (*s == '(' || *s == ')' ||
            (*s == '.' && (s[1] == '(' || isalpha((unsigned char)s[1])))) {
            s++;
            continue;
        }
        if (isdigit((unsigned char)*s)) {
            while (*s == '0' && isdigit((unsigned char)s[1]))
                s++;
            while (isdigit((unsigned char)*s))
                out[o++] = *s++;
            continue;
        }
        out[o++] = (char)toupper((unsigned char)*s++);
    }
    if (o >= 2 && out[o - 2] == '.' && out[o - 1] == '0')
        o -= 2;
    out[o] = '\0';
    return out;
}

/* ---- the checks ---------------------------------------------------------------- */

static int is_party(const f8k_hnode *h)
{
    return h->def != NULL && h->def->type == F8K_HT_PARTY;
}

/* What the cross-checks need of one header party, looked up once for
 * all the registrants that stand for it. */
typedef struct party_info {
    const f8k_hnode *node;
    int              ready;
    const f8k_hnode *name, *state, *fileno, *ein;
    f8k_strset       formers;   /* name_key of each former name          */
} party_info;

/* The parties of the header in order, and the first party of each
 * conformed name (by name_key): finding a registrant's party is one
 * lookup (walking the parties for each registrant was quadratic in a
 * filing of many registrants and parties). */
typedef struct parties {
    party_info *v;
    size_t      n;
    f8k_strset  by_name;
} parties;

static const char *name_key_dup(f8k_doc *doc, const char *name)
{
    char k[256];
    f8k_name_key(name, k, sizeof k);
    return f8k_doc_strdup(doc, k);
}

static int parties_read(f8k_doc *doc, const f8k_submission *s, parties *ps)
{
    const f8k_hnode *p, *n;
    size_t k = 0;

    memset(ps, 0, sizeof *ps);
    for (p = s->header.head; p != NULL; p = p->next)
        ps->n += is_party(p);
    if (ps->n == 0)
        return 0;
    ps->v = f8k_doc_alloc(doc, ps->n * sizeof *ps->v);
    if (ps->v == NULL)
        return -1;
    for (p = s->header.head; p != NULL; p = p->next) {
        if (!is_party(p))
            continue;
        ps->v[k].node = p;
        for (n = p->children; n != NULL; n = n->next) {
            const f8k_hnode *c = f8k_hnode_find(n->children, "ConformedName");
            const char *key;
            if (c == NULL || c->value.printed == NULL)
                continue;
            key = name_key_dup(doc, c->value.printed);
            if (key == NULL || f8k_strset_put(doc, &ps->by_name, key, &ps->v[k]) < 0)
                return -1;
        }
        k++;
    }
    return 0;
}

static void party_ready(f8k_doc *doc, party_info *pi)
{
    const f8k_hnode *c = pi->node->children, *former;

    if (pi->ready)
        return;
    pi->ready = 1;
    pi->name = f8k_hnode_find(c, "ConformedName");
    pi->state = f8k_hnode_find(c, "StateOfIncorporation");
    pi->fileno = f8k_hnode_find(c, "SecFileNumber");
    pi->ein = f8k_hnode_find(c, "IrsNumber");
    for (former = c; former != NULL; former = former->next) {
        const f8k_hnode *fn;
        const char *key;
        if (former->def == NULL || strcmp(former->def->elem, "FormerCompany") != 0)
            continue;
        fn = f8k_hnode_find(former->children, "FormerConformedName");
        if (fn == NULL || fn->value.printed == NULL)
            continue;
        key = name_key_dup(doc, fn->value.printed);
        if (key == NULL || f8k_strset_add(doc, &pi->formers, key) < 0)
            return;
    }
}

/* The header party that stands for registrant R: the first whose
 * conformed name agrees with R's, else the I-th; NULL if none.  *KEY
 * gets the name_key of R's name (NULL without a name). */
static party_info *party_for(f8k_doc *doc, parties *ps,
                             const f8k_registrant *r, size_t i,
                             const char **key)
{
    party_info *pi = NULL;

    *key = NULL;
    if (r->name.printed != NULL) {
        *key = name_key_dup(doc, r->name.printed);
        if (*key == NULL)
            return NULL;
        pi = f8k_strset_get(&ps->by_name, *key);
    }
    if (pi == NULL && i < ps->n)
        pi = &ps->v[i];
    if (pi != NULL)
        party_ready(doc, pi);
    return pi;
}

/* One cover value against one header field: warn when both are there
 * and differ.  SAME says whether two normalised values agree. */
static void compare(f8k_doc *doc, f8k_code code, const char *what,
                    const f8k_value *cover, const f8k_hnode *hdr,
                    int (*same)(const char *, const char *))
{
    if (cover->norm == NULL || hdr == NULL || hdr->value.norm == NULL
        || hdr->value.norm[0] == '\0')
        return;
    if (!same(cover->norm, hdr->value.norm))
        f8k_diag_add2(doc, cover->loc, hdr->value.loc, code,
                      "%s: the document prints \"%s\", the SEC header says \"%s\"",
                      what, cover->printed, hdr->value.printed);
}

static int streq(const char *a, const char *b)
{
    return strcmp(a, b) == 0;
}

/* A registrant field's name in messages: src/tree/fields.def. */
enum reg_id {
#define F8K_REG_FIELD(id, element, member, typed, norm, caption, ix, what) R_##id,
#include "fields.def"
#undef F8K_REG_FIELD
    R_COUNT
};
static const char *const reg_what[R_COUNT] = {
#define F8K_REG_FIELD(id, element, member, typed, norm, caption, ix, what) what,
#include "fields.def"
#undef F8K_REG_FIELD
};

static void check_registrants(f8k_doc *doc, const f8k_submission *s,
                              const f8k_filing *f)
{
    const f8k_registrant *r;
    parties ps;
    size_t i = 0;

    if (parties_read(doc, s, &ps) != 0)
        return;
    for (r = f->cover.registrants; r != NULL; r = r->next, i++) {
        const char *key;
        party_info *p = party_for(doc, &ps, r, i, &key);
        f8k_value printed_name;
        if (p == NULL)
            return;
        /* Names compare as printed: the conformed name is no norm. */
        printed_name = r->name;
        printed_name.norm = r->name.printed;
        if (p->name != NULL && key != NULL
            && !f8k_names_agree(printed_name.norm, p->name->value.printed)
            && !f8k_strset_has(&p->formers, key))
            compare(doc, F8K_X_NAME, reg_what[R_REGISTRANT_NAME], &printed_name,
                    p->name, f8k_names_agree);
        compare(doc, F8K_X_STATE, reg_what[R_INCORPORATION_STATE], &r->state,
                p->state, streq);
        compare(doc, F8K_X_FILENO, reg_what[R_FILE_NUMBER], &r->file_number,
                p->fileno, f8k_filenos_agree);
        /* EDGAR writes 000000000 where it has no number. */
        if (p->ein != NULL && p->ein->value.norm != NULL
            && strcmp(p->ein->value.norm, "00-0000000") != 0)
            compare(doc, F8K_X_EIN, reg_what[R_TAX_ID], &r->ein, p->ein, streq);
    }
}

/* The item numbers the header lists against those of the body, both in
 * the body's numbering (a 1993 item stands for its successor). */
static const char *in_regime(const f8k_item_def *d, f8k_regime want)
{
    if (d == NULL)
        return NULL;
    if (want == F8K_REGIME_2004 && d->regime == F8K_REGIME_1993 && d->successor[0])
        return d->successor;
    return d->number;
}

/* An ITEM INFORMATION line of the header that names an item. */
static int is_item_line(const f8k_hnode *h)
{
    return h->def != NULL && strcmp(h->def->elem, "ItemInformation") == 0
           && h->code != NULL;
}

/* Each item of the header against the set of the body's items and each
 * item of the body against the set of the header's: one lookup each. */
static void check_items(f8k_doc *doc, const f8k_submission *s,
                        const f8k_filing *f)
{
    const f8k_hnode *h, *first = NULL;
    const f8k_item *it;
    f8k_regime body = (f8k_regime)0;
    f8k_strset in_body, in_header;
    size_t blank = 0;

    memset(&in_body, 0, sizeof in_body);
    memset(&in_header, 0, sizeof in_header);
    for (it = f->items; it != NULL; it = it->next)
        if (it->def != NULL)
            body = it->def->regime;
    if (body == 0)
        return;
    for (it = f->items; it != NULL; it = it->next)
        if (it->def != NULL
            && f8k_strset_add(doc, &in_body, in_regime(it->def, body)) < 0)
            return;
    for (h = s->header.head; h != NULL; h = h->next) {
        const char *want;
        if (h->def != NULL && strcmp(h->def->elem, "ItemInformation") == 0
            && (h->value.printed == NULL || h->value.printed[0] == '\0')) {
            /* EDGAR's headers of 2003-2004 print an item their list of
             * names lacked (Item 12, Results of Operations) as an empty
             * ITEM INFORMATION line: it stands for one item of the body */
            blank++;
            continue;
        }
        if (!is_item_line(h))
            continue;
        if (first == NULL || first->value.printed == NULL ||
            first->value.printed[0] == '\0')
            first = h;
        want = in_regime(f8k_item_by_number(h->code), body);
        if (want == NULL)
            continue;
        if (f8k_strset_add(doc, &in_header, want) < 0)
            return;
        if (!f8k_strset_has(&in_body, want))
            f8k_diag_add2(doc, h->value.loc, h->value.loc,
                          F8K_X_ITEMS,
                          "the SEC header lists Item %s (\"%s\"); the document has no such item",
                          want, h->value.printed);
    }
    if (first == NULL)
        return;
    for (it = f->items; it != NULL; it = it->next) {
        const char *num = in_regime(it->def, body);
        if (num != NULL && !f8k_strset_has(&in_header, num) && blank > 0) {
            blank--;
            continue;
        }
        if (num != NULL && !f8k_strset_has(&in_header, num))
            f8k_diag_add2(doc, it->number.loc, first->value.loc,
                          F8K_X_ITEMS,
                          "the document reports Item %s; the SEC header's ITEM INFORMATION does not list it",
                          num);
    }
}

/* The major number of the exhibit key K ("99" of "99.1"), in the arena;
 * K itself when it has no '.'. */
static const char *exhibit_major(f8k_doc *doc, const char *k)
{
    const char *dot = strchr(k, '.');
    return dot != NULL ? f8k_doc_strndup(doc, k, (size_t)(dot - k)) : k;
}

/* EDGAR types many exhibits by their major number alone: "EX-99" for
 * Exhibits 99.1 and 99.2.  So an exhibit listed as 99.1 is attached when
 * an EX-99.1 or a bare EX-99 is, and a bare EX-99 is listed when some
 * 99.x is. */
static void check_exhibits(f8k_doc *doc, const f8k_submission *s,
                           const f8k_document *primary)
{
    const f8k_exhibit *x;
    const f8k_document *d;
    f8k_strset attached, bare, listed, majors;

    memset(&attached, 0, sizeof attached);
    memset(&bare, 0, sizeof bare);
    memset(&listed, 0, sizeof listed);
    memset(&majors, 0, sizeof majors);
    for (d = s->docs; d != NULL; d = d->next) {
        const char *n = exhibit_of_type(d->type.printed), *k;
        if (n == NULL)
            continue;
        if ((k = exhibit_key(doc, n)) == NULL
            || f8k_strset_add(doc, &attached, k) < 0
            || (strchr(k, '.') == NULL && f8k_strset_add(doc, &bare, k) < 0))
            return;
    }
    for (x = primary->filing->exhibits; x != NULL; x = x->next) {
        const char *k, *m;
        if (x->number.norm == NULL)
            continue;
        if ((k = exhibit_key(doc, x->number.norm)) == NULL
            || f8k_strset_add(doc, &listed, k) < 0
            || (m = exhibit_major(doc, k)) == NULL
            || f8k_strset_add(doc, &majors, m) < 0)
            return;
        /* Exhibit 104, the cover page's inline XBRL, is the 8-K itself */
        if (!f8k_strset_has(&attached, k) && !f8k_strset_has(&bare, m) &&
            strcmp(k, "104") != 0)
            f8k_diag_add2(doc, x->number.loc, primary->loc,
                          F8K_X_EXHIBITS,
                          "Exhibit %s is listed but no document of type EX-%s is attached",
                          x->number.norm, x->number.norm);
    }
    for (d = s->docs; d != NULL; d = d->next) {
        const char *n = exhibit_of_type(d->type.printed), *k;
        if (n == NULL)
            continue;
        if ((k = exhibit_key(doc, n)) == NULL)
            return;
        if (!f8k_strset_has(&listed, k) &&
            !(strchr(k, '.') == NULL && f8k_strset_has(&majors, k)))
            f8k_diag_add2(doc, d->type.loc, primary->text_loc,
                          F8K_X_EXHIBITS,
                          "document %s (%s) is attached but the 8-K does not list Exhibit %s",
                          d->sequence.printed ? d->sequence.printed : "?",
                          d->type.printed, n);
    }
}

/* Does the file hold documents EDGAR made from an inline XBRL filing
 * (types ZIP, JSON, EXCEL: the financial report)?  Its PUBLIC DOCUMENT
 * COUNT then counts the filer's documents, not those of the file (the
 * corpus's submissions of 2017-2025 differ from it by one or two). */
static int edgar_rendered(const f8k_submission *s)
{
    const f8k_document *d;

    for (d = s->docs; d != NULL; d = d->next)
        if (d->type.printed != NULL &&
            (strcmp(d->type.printed, "ZIP") == 0 ||
             strcmp(d->type.printed, "JSON") == 0 ||
             strcmp(d->type.printed, "EXCEL") == 0))
            return 1;
    return 0;
}

int f8k_pass_xcheck(f8k_doc *doc)
{
    const f8k_submission *s = doc->sub;
    const f8k_document *primary;
    const f8k_hnode *h;

    if (s == NULL)
        return 0;
    h = f8k_hnode_find(s->header.head, "PublicDocumentCount");
    if (h != NULL && strtoul(h->value.norm, NULL, 10) != s->ndocs &&
        !edgar_rendered(s))
        f8k_diag_add2(doc, s->docs != NULL ? s->docs->loc : h->value.loc,
                      h->value.loc, F8K_X_DOCCOUNT,
                      "the file holds %lu document(s); PUBLIC DOCUMENT COUNT says %s",
                      (unsigned long)s->ndocs, h->value.printed);

    for (primary = s->docs; primary != NULL; primary = primary->next)
        if (primary->filing != NULL)
            break;
    if (primary == NULL)
        return doc->nomem ? -1 : 0;

    check_registrants(doc, s, primary->filing);
    h = f8k_hnode_find(s->header.head, "PeriodOfReport");
    {
        const f8k_cover *c = &primary->filing->cover;
        const f8k_value *date = c->event_date.norm != NULL ? &c->event_date
                                                            : &c->report_date;
        /* With both dates printed ("May 23, 2000 (May 22, 2000)"), EDGAR's
         * period of report is either: the corpus has both */
        if (!(h != NULL && h->value.norm != NULL && c->report_date.norm != NULL &&
              strcmp(c->report_date.norm, h->value.norm) == 0))
            compare(doc, F8K_X_PERIOD, "date of report (period of report)", date, h, streq);
    }
    check_items(doc, s, primary->filing);
    /* A lone <DOCUMENT> block (no header) is the 8-K taken out of its
     * submission: its exhibits were left behind, not left out. */
    if (!(s->dialect == F8K_DIALECT_DOCUMENTS && s->ndocs == 1))
        check_exhibits(doc, s, primary);
    return doc->nomem ? -1 : 0;
}
