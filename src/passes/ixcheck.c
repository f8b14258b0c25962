/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* ixcheck.c - the printed cover against its own inline XBRL tags.
 *
 * Since 2019 an 8-K's cover carries dei tags around the values it prints:
 * <ix:nonNumeric name="dei:EntityFileNumber">001-12345</ix:nonNumeric>.
 * The grammar reads the cover as printed; the tags say what the filer
 * meant.  Each dei fact of the table below is compared with the value the
 * cover pass read for it: they agree when the value read lies inside the
 * tagged span, or else when both normalise to the same value (the tags
 * may sit on a hidden ix:header copy).  A disagreement is a warning at
 * the value read, the fact its other side; a tagged value the cover pass
 * did not read at all is a note at the fact.  With the SEC header's
 * cross-checks (xcheck.c, F8K-X501..) this makes three views of one
 * cover: the header, the printed page, the tags.
 */
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "ast.h"
#include "html.h"
#include "normalize.h"
#include "pipeline.h"
#include "remap.h"

/* How a fact's text and a value read compare. */
typedef enum ix_kind {
    IX_NONE,      /* not compared                                       */
    IX_NAME,      /* company names: EDGAR's short forms allowed for    */
    IX_STATE,     /* state or country: EDGAR codes                      */
    IX_FILENO,    /* Commission file number: the numbers of its parts   */
    IX_EIN,       /* IRS number: nine digits                            */
    IX_DATE,      /* a date: ISO                                        */
    IX_ADDRESS,   /* an address part: letters and digits, case ignored  */
    IX_TYPE       /* the form type: the same                            */
} ix_kind;

/* The code of a disagreement, by kind. */
static const f8k_code ix_code[] = {
    [IX_NONE] = F8K_X_IX_TYPE,  /* (never compared) */
    [IX_NAME] = F8K_X_IX_NAME, [IX_STATE] = F8K_X_IX_STATE,
    [IX_FILENO] = F8K_X_IX_FILENO, [IX_EIN] = F8K_X_IX_EIN,
    [IX_DATE] = F8K_X_IX_DATE, [IX_ADDRESS] = F8K_X_IX_ADDRESS,
    [IX_TYPE] = F8K_X_IX_TYPE
};

/* Where a fact's value lives in the tree (registrant fields by offset). */
typedef enum ix_where { IX_REGISTRANT, IX_REPORT_DATE, IX_DOC_TYPE } ix_where;

/* The dei cover facts this check knows: a registrant's fields as
 * src/tree/fields.def's ix column says, and two of the filing's. */
static const struct ix_field {
    const char *name;       /* local name of the dei element            */
    const char *what;       /* for the message                          */
    ix_kind     kind;
    ix_where    where;
    size_t      member;     /* offsetof in f8k_registrant               */
} fields[] = {
#define F8K_REG_FIELD(id, element, member, typed, norm, caption, ix, what) \
    { element, what, IX_##ix, IX_REGISTRANT, offsetof(f8k_registrant, member) },
#include "fields.def"
#undef F8K_REG_FIELD
    { "DocumentPeriodEndDate", "date of report", IX_DATE, IX_REPORT_DATE, 0 },
    { "DocumentType", "form type", IX_TYPE, IX_DOC_TYPE, 0 },
};

/* The local name of a fact's qualified name when its prefix is dei. */
static const char *dei_local(const char *qname)
{
    const char *colon = qname != NULL ? strchr(qname, ':') : NULL;

    if (colon == NULL || (size_t)(colon - qname) != 3 ||
        strncasecmp(qname, "dei", 3) != 0)
        return NULL;
    return colon + 1;
}

/* Letters and digits of S, upper case, into OUT. */
static void alnum_key(const char *s, char *out, size_t cap)
{
    size_t o = 0;

    for (; s != NULL && *s != '\0' && o + 1 < cap; s++)
        if (isalnum((unsigned char)*s))
            out[o++] = (char)toupper((unsigned char)*s);
    out[o] = '\0';
}

/* Do the fact's TEXT and the value V agree, compared as KIND? */
static int agree(ix_kind kind, const char *text, const f8k_value *v)
{
    const char *val = v->norm != NULL ? v->norm : v->printed;
    char a[256], b[256];
    size_t n = strlen(text), s, e;

    switch (kind) {
    case IX_NAME:
        return f8k_names_agree(text, v->printed);
    case IX_STATE: {
        const char *c = f8k_state_code(text, n);
        return c != NULL && val != NULL && strcmp(c, val) == 0;
    }
    case IX_FILENO:
        if (f8k_fileno_norm(text, n, a, sizeof a) != 0)
            return 0;
        return val != NULL && f8k_filenos_agree(a, val);
    case IX_EIN:
        alnum_key(text, a, sizeof a);
        alnum_key(val, b, sizeof b);
        return strcmp(a, b) == 0;
    case IX_DATE: {
        char iso[11];
        return f8k_date_find(text, n, iso, &s, &e) && val != NULL &&
               strcmp(iso, val) == 0;
    }
    case IX_NONE:
        return 1;
    case IX_ADDRESS: case IX_TYPE:
        alnum_key(text, a, sizeof a);
        alnum_key(v->printed, b, sizeof b);
        if (strcmp(a, b) == 0)
            return 1;
        alnum_key(val, b, sizeof b);
        return strcmp(a, b) == 0;
    }
    return 0;
}

/* Does the value read at LOC lie inside the fact's tagged span?  LOC is
 * a position of the rendered lines: its source byte (the map of the
 * rendering) against the fact's bytes. */
static int inside(const f8k_doc *doc, const f8k_filing *f,
                  const f8k_html_fact *x, f8k_loc loc)
{
    uint32_t line, col;
    size_t off = 0;

    if (loc.map == 0 || x->hidden)
        return 0;
    f8k_doc_buffer_pos(doc, loc, &line, &col);
    if (line == 0)
        return 0;
    f8k_html_source(f->html, line, col, &off);
    return off >= x->off && off < x->end_off;
}

/* Is X about an address of another type than the registrant's own (its
 * context a member of dei:EntityAddressesAddressTypeAxis: a former or
 * mailing address printed beside the principal executive offices)? */
static int other_address(const f8k_filing *f, const f8k_html_fact *x)
{
    const f8k_html_context *c;

    for (c = f->html->contexts; c != NULL; c = c->next)
        if (strcmp(c->id, x->context) == 0)
            return c->address_type;
    return 0;
}

/* The values of the tree that fact X may be about: for a registrant
 * field, that field of every registrant; else the one value. */
static size_t candidates(const f8k_filing *f, const struct ix_field *fd,
                         const f8k_value **out, size_t cap)
{
    const f8k_registrant *r;
    size_t n = 0;

    switch (fd->where) {
    case IX_REPORT_DATE:
        out[n++] = &f->cover.report_date;
        break;
    case IX_DOC_TYPE:
        out[n++] = &f->cover.doc_type;
        break;
    case IX_REGISTRANT:
        for (r = f->cover.registrants; r != NULL && n < cap; r = r->next)
            out[n++] = (const f8k_value *)((const char *)r + fd->member);
        break;
    }
    return n;
}

int f8k_pass_ixcheck(f8k_doc *doc, const f8k_filing *f)
{
    const f8k_html_fact *x;
    enum { MAX_REG = 64 };
    const f8k_value *vals[MAX_REG];

    if (f->html == NULL)
        return 0;
    for (x = f->html->facts; x != NULL; x = x->next) {
        const char *local = dei_local(x->name);
        const struct ix_field *fd = NULL;
        const f8k_value *read = NULL;
        size_t i, n;
        int ok = 0;
        f8k_loc at;

        if (local == NULL || x->text == NULL || x->text[0] == '\0')
            continue;
        for (i = 0; i < sizeof fields / sizeof fields[0]; i++)
            if (strcmp(local, fields[i].name) == 0)
                fd = &fields[i];
        if (fd == NULL || fd->kind == IX_NONE ||
            (fd->kind == IX_ADDRESS && other_address(f, x)))
            continue;
        n = candidates(f, fd, vals, MAX_REG);
        for (i = 0; i < n && !ok; i++) {
            const f8k_value *v = vals[i];
            if (v->printed == NULL)
                continue;
            if (read == NULL)
                read = v;
            if (inside(doc, f, x, v->loc) || agree(fd->kind, x->text, v))
                ok = 1;
        }
        if (ok)
            continue;
        at.off = (uint32_t)x->text_off;
        at.map = f->html_src;
        at.pad = 0;
        if (read == NULL) {
            if (f8k_diag_add(doc, at, F8K_N_IX_UNREAD,
                             "the cover's %s is tagged %s \"%s\" but was not "
                             "read from the printed cover", fd->what, x->name,
                             x->text) != 0)
                return -1;
        } else if (f8k_diag_add2(doc, read->loc, at, ix_code[fd->kind],
                                 "%s: the cover prints \"%s\", its inline "
                                 "XBRL tag %s says \"%s\"", fd->what,
                                 read->printed, x->name, x->text) != 0) {
            return -1;
        }
    }
    return 0;
}
