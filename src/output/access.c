/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* access.c - the parsed filing as C values: the read-only API of
 * form8k.h (f8k_doc_filing, f8k_filing_get, f8k_registrant_get ...).
 *
 * It is the other output beside xml.c and reads the same tree the same
 * way, so that a program gets what the XML says: a free-text value (a
 * name, an address line) is its normal form if it has one, else the text
 * as printed; a typed value (a date, a code) is only ever its normal
 * form, and a typed value that did not normalise has its printed text and
 * no value (the XML's Unnormalised record).  Which node holds which field
 * is one table, indexed by enum f8k_field; the fields no node stores
 * (an item's regime, the amendment flag ...) are derived by the getter of
 * their kind of node.
 *
 * Nothing is allocated: handles are the tree's own nodes, valid while the
 * f8k_doc lives, and values are returned by value.  A value's position is
 * resolved through the source maps of the document its handle knows
 * (each node handed out has DOC, ast.h): the handle is all a call names.
 */
#include <stddef.h>
#include <string.h>
#include "access.h"
#include "submission.h"

/* The kind of node a field belongs to. */
enum kind { K_COVER, K_REGISTRANT, K_ITEM, K_SIGNATURE, K_EXHIBIT, K_DOCUMENT };

/* How the value is read. */
enum how {
    H_TEXT,     /* an f8k_value at OFFSET: normal form, else as printed   */
    H_TYPED,    /* an f8k_value at OFFSET: normal form only               */
    H_DERIVED   /* not stored as a value: the getter of its kind makes it */
};

/* fields.def lists a registrant's fields in the order of enum f8k_field
 * (form8k.xsd's order, which xml.c writes by the enum and normalize.c
 * reads by the table): checked when compiling. */
enum {
    REG_ORDER_START = F8K_F_REGISTRANT_NAME - 1,
#define F8K_REG_FIELD(id, element, member, typed, norm, caption, ix, what) \
    REG_ORDER_##id,
#include "fields.def"
#undef F8K_REG_FIELD
    REG_ORDER_END
};
#define F8K_REG_FIELD(id, element, member, typed, norm, caption, ix, what) \
    typedef char reg_order_##id[REG_ORDER_##id == (int)F8K_F_##id ? 1 : -1];
#include "fields.def"
#undef F8K_REG_FIELD

static const struct field_def {
    const char   *name;     /* path from the element of its node (XML)   */
    unsigned char kind;
    unsigned char how;
    size_t        offset;   /* of the f8k_value in its node              */
} fields[F8K_F_COUNT] = {
#define COVER(f, name, how, member) \
    [f] = { "CoverPage/" name, K_COVER, how, offsetof(f8k_filing, cover.member) }
#define REG(f, name, how, member) \
    [f] = { "Registrant/" name, K_REGISTRANT, how, offsetof(f8k_registrant, member) }
#define NODE(f, path, kind, how, type, member) \
    [f] = { path, kind, how, offsetof(type, member) }
    COVER(F8K_F_DOCUMENT_TYPE, "DocumentType", H_TYPED, doc_type),
    COVER(F8K_F_AMENDMENT_FLAG, "AmendmentFlag", H_DERIVED, amendment),
    COVER(F8K_F_PERIOD_END_DATE, "DocumentPeriodEndDate", H_TYPED, event_date),
    COVER(F8K_F_DATE_OF_REPORT, "DateOfReport", H_DERIVED, report_date),
    COVER(F8K_F_WRITTEN_COMMUNICATIONS, "WrittenCommunications", H_TYPED,
          checks[F8K_CHECK_WRITTEN]),
    COVER(F8K_F_SOLICITING_MATERIAL, "SolicitingMaterial", H_TYPED,
          checks[F8K_CHECK_SOLICITING]),
    COVER(F8K_F_PRE_COMMENCEMENT_TENDER_OFFER, "PreCommencementTenderOffer",
          H_TYPED, checks[F8K_CHECK_TENDER]),
    COVER(F8K_F_PRE_COMMENCEMENT_ISSUER_TENDER_OFFER,
          "PreCommencementIssuerTenderOffer", H_TYPED,
          checks[F8K_CHECK_ISSUER_TENDER]),
    /* in the order of form8k.xsd's registrantType, as xml.c writes them */
    /* a registrant's fields: src/tree/fields.def */
#define F8K_REG_FIELD(id, element, member, typed, norm, caption, ix, what) \
    REG(F8K_F_##id, element, (typed) ? H_TYPED : H_TEXT, member),
#include "fields.def"
#undef F8K_REG_FIELD
    NODE(F8K_F_ITEM_NUMBER, "Item/@number", K_ITEM, H_DERIVED, f8k_item, number),
    NODE(F8K_F_ITEM_REGIME, "Item/@regime", K_ITEM, H_DERIVED, f8k_item, def),
    NODE(F8K_F_ITEM_NOT_APPLICABLE, "Item/@notApplicable", K_ITEM, H_DERIVED,
         f8k_item, not_applicable),
    NODE(F8K_F_OFFICIAL_CAPTION, "Item/OfficialCaption", K_ITEM, H_DERIVED,
         f8k_item, def),
    /* as printed: a caption has no normal form */
    NODE(F8K_F_PRINTED_CAPTION, "Item/PrintedCaption", K_ITEM, H_TEXT,
         f8k_item, caption),
    NODE(F8K_F_SUCCESSOR_ITEM, "Item/SuccessorItem", K_ITEM, H_DERIVED,
         f8k_item, def),
    NODE(F8K_F_SIGNATURE_REGISTRANT, "Signature/Registrant", K_SIGNATURE,
         H_TEXT, f8k_signature, registrant),
    NODE(F8K_F_SIGNER_NAME, "Signature/Name", K_SIGNATURE, H_TEXT,
         f8k_signature, name),
    NODE(F8K_F_SIGNER_TITLE, "Signature/Title", K_SIGNATURE, H_TEXT,
         f8k_signature, title),
    NODE(F8K_F_SIGNATURE_DATE, "Signature/Date", K_SIGNATURE, H_TYPED,
         f8k_signature, date),
    NODE(F8K_F_EXHIBIT_NUMBER, "Exhibit/@number", K_EXHIBIT, H_TYPED,
         f8k_exhibit, number),
    NODE(F8K_F_EXHIBIT_DESCRIPTION, "Exhibit/Description", K_EXHIBIT, H_TEXT,
         f8k_exhibit, description),
    NODE(F8K_F_DOC_TYPE, "Document/Type", K_DOCUMENT, H_TEXT, f8k_document, type),
    NODE(F8K_F_DOC_SEQUENCE, "Document/Sequence", K_DOCUMENT, H_TEXT,
         f8k_document, sequence),
    NODE(F8K_F_DOC_FILENAME, "Document/FileName", K_DOCUMENT, H_TEXT,
         f8k_document, filename),
    NODE(F8K_F_DOC_DESCRIPTION, "Document/Description", K_DOCUMENT, H_TEXT,
         f8k_document, description),
    NODE(F8K_F_DOC_HTML, "Document/@html", K_DOCUMENT, H_DERIVED,
         f8k_document, html),
#undef COVER
#undef REG
#undef NODE
};

const char *f8k_field_name(f8k_field field)
{
    return (unsigned)field < F8K_F_COUNT ? fields[field].name : NULL;
}

f8k_field f8k_field_find(const char *name)
{
    unsigned i;

    for (i = 0; name != NULL && i < F8K_F_COUNT; i++)
        if (strcmp(fields[i].name, name) == 0)
            return (f8k_field)i;
    return F8K_F_COUNT;
}

const char *f8k_field_element(f8k_field field)
{
    const char *name = f8k_field_name(field), *slash;

    if (name == NULL)
        return NULL;
    slash = strrchr(name, '/');
    return slash[1] == '@' ? slash + 2 : slash + 1;
}

const f8k_value *f8k_field_value(const void *node, f8k_field field)
{
    if (node == NULL || (unsigned)field >= F8K_F_COUNT
        || fields[field].how == H_DERIVED)
        return NULL;
    return (const f8k_value *)(const void *)((const char *)node
                                             + fields[field].offset);
}

int f8k_field_typed(f8k_field field)
{
    return (unsigned)field < F8K_F_COUNT && fields[field].how == H_TYPED;
}

/* ---- values ------------------------------------------------------------ */

static const f8k_datum none = { NULL, NULL, 0, 0 };

/* D's line and column: LOC of DOC (the document of the handle that
 * holds it), resolved here, where it is handed out. */
static void resolve(const f8k_doc *doc, f8k_loc loc, f8k_datum *d)
{
    uint32_t line, col;

    f8k_doc_resolve(doc, loc, &line, &col);
    d->line = line;
    d->column = col;
}

/* A value the filing prints (see the file's comment for TYPED), of a
 * node of DOC. */
static f8k_datum printed(const f8k_doc *doc, const f8k_value *v, int typed)
{
    f8k_datum d = none;

    if (v->printed == NULL)
        return d;
    d.printed = v->printed;
    d.value = typed || v->norm != NULL ? v->norm : v->printed;
    resolve(doc, v->loc, &d);
    return d;
}

/* A value form8k derives, printed nowhere. */
static f8k_datum derived(const char *value)
{
    f8k_datum d = none;

    d.value = value;
    return d;
}

static const char *boolean(int v)
{
    return v ? "true" : "false";
}

/* Is FIELD one of NODE's kind? */
static int of_kind(const void *node, f8k_field field, enum kind kind)
{
    return node != NULL && (unsigned)field < F8K_F_COUNT
           && fields[field].kind == kind;
}

/* FIELD of NODE (a node of DOC), read by the table. */
static f8k_datum stored(const f8k_doc *doc, const void *node, f8k_field field)
{
    return printed(doc, f8k_field_value(node, field), f8k_field_typed(field));
}

/* ---- filings ------------------------------------------------------------ */

size_t f8k_doc_filing_count(const f8k_doc *doc)
{
    const f8k_document *d;
    size_t n = 0;

    if (doc == NULL)
        return 0;
    if (doc->sub == NULL)
        return doc->binary ? 0 : 1;
    for (d = doc->sub->docs; d != NULL; d = d->next)
        n += d->filing != NULL;
    return n;
}

const f8k_filing *f8k_doc_filing(const f8k_doc *doc, size_t i)
{
    const f8k_document *d;

    if (doc == NULL)
        return NULL;
    if (doc->sub == NULL)
        return i == 0 && !doc->binary ? &doc->filing : NULL;
    for (d = doc->sub->docs; d != NULL; d = d->next)
        if (d->filing != NULL && i-- == 0)
            return d->filing;
    return NULL;
}

/* The cover page: its fields and its registrants. */
f8k_datum f8k_filing_get(const f8k_filing *f, f8k_field field)
{
    if (!of_kind(f, field, K_COVER))
        return none;
    switch (field) {
    case F8K_F_AMENDMENT_FLAG:
        return derived(boolean(f->cover.amendment));
    case F8K_F_DATE_OF_REPORT:
        /* One date printed is the event's (DocumentPeriodEndDate). */
        return f->cover.two_dates ? printed(f->doc, &f->cover.report_date, 1)
                                  : none;
    default:
        return stored(f->doc, f, field);
    }
}

/* The lists of the tree differ only in their node type and where its
 * NEXT pointer is: one walk for all of them.  The pointer is copied out
 * as bytes (every pointer to a struct has the representation of a void
 * pointer on the platforms form8k builds on), not read through a void
 * pointer lvalue, which the aliasing rules forbid. */
#define NEXT(type) offsetof(type, next)

static const void *next_of(const void *node, size_t next)
{
    const void *p;

    memcpy(&p, (const char *)node + next, sizeof p);
    return p;
}

static size_t count(const void *head, size_t next)
{
    size_t n = 0;

    for (; head != NULL; head = next_of(head, next))
        n++;
    return n;
}

static const void *nth(const void *head, size_t next, size_t i)
{
    while (head != NULL && i-- > 0)
        head = next_of(head, next);
    return head;
}

size_t f8k_filing_registrant_count(const f8k_filing *f)
{
    return f != NULL ? count(f->cover.registrants, NEXT(f8k_registrant)) : 0;
}

const f8k_registrant *f8k_filing_registrant(const f8k_filing *f, size_t i)
{
    return f != NULL ? nth(f->cover.registrants, NEXT(f8k_registrant), i) : NULL;
}

f8k_datum f8k_registrant_get(const f8k_registrant *r, f8k_field field)
{
    return of_kind(r, field, K_REGISTRANT) ? stored(r->doc, r, field) : none;
}

/* ---- items -------------------------------------------------------------- */

/* The items reported, then those listed as not applicable (as in the
 * XML's Items). */
size_t f8k_filing_item_count(const f8k_filing *f)
{
    if (f == NULL)
        return 0;
    return count(f->items, NEXT(f8k_item)) + count(f->items_na, NEXT(f8k_item));
}

const f8k_item *f8k_filing_item(const f8k_filing *f, size_t i)
{
    size_t n;

    if (f == NULL)
        return NULL;
    n = count(f->items, NEXT(f8k_item));
    return i < n ? nth(f->items, NEXT(f8k_item), i)
                 : nth(f->items_na, NEXT(f8k_item), i - n);
}

f8k_datum f8k_item_get(const f8k_item *it, f8k_field field)
{
    const f8k_item_def *def;
    f8k_datum d;

    if (!of_kind(it, field, K_ITEM))
        return none;
    def = it->def;
    switch (field) {
    case F8K_F_ITEM_NUMBER:
        d = printed(it->doc, &it->number, 1);
        /* where the XML puts the item: its heading, if the number has no
         * place of its own */
        if (d.printed != NULL && d.line == 0 && it->heading != NULL)
            resolve(it->doc, it->heading->loc, &d);
        return d;
    case F8K_F_ITEM_REGIME:
        return derived(def != NULL ? f8k_regime_name(def->regime) : NULL);
    case F8K_F_ITEM_NOT_APPLICABLE:
        return derived(boolean(it->not_applicable));
    case F8K_F_OFFICIAL_CAPTION:
        return derived(def != NULL ? def->caption : NULL);
    case F8K_F_SUCCESSOR_ITEM:
        return derived(def != NULL && def->successor != NULL
                       && def->successor[0] != '\0' ? def->successor : NULL);
    default:
        return stored(it->doc, it, field);
    }
}

size_t f8k_item_paragraph_count(const f8k_item *it)
{
    return it != NULL ? count(it->paras, NEXT(f8k_para)) : 0;
}

f8k_datum f8k_item_paragraph(const f8k_item *it, size_t i)
{
    const f8k_para *p = it != NULL ? nth(it->paras, NEXT(f8k_para), i) : NULL;
    f8k_datum d = none;

    if (p == NULL || p->text == NULL)
        return d;
    d.printed = d.value = p->text;
    resolve(it->doc, p->loc, &d);
    return d;
}

/* ---- signatures and exhibits -------------------------------------------- */

size_t f8k_filing_signature_count(const f8k_filing *f)
{
    return f != NULL ? count(f->signatures, NEXT(f8k_signature)) : 0;
}

const f8k_signature *f8k_filing_signature(const f8k_filing *f, size_t i)
{
    return f != NULL ? nth(f->signatures, NEXT(f8k_signature), i) : NULL;
}

f8k_datum f8k_signature_get(const f8k_signature *s, f8k_field field)
{
    return of_kind(s, field, K_SIGNATURE) ? stored(s->doc, s, field) : none;
}

size_t f8k_filing_exhibit_count(const f8k_filing *f)
{
    return f != NULL ? count(f->exhibits, NEXT(f8k_exhibit)) : 0;
}

const f8k_exhibit *f8k_filing_exhibit(const f8k_filing *f, size_t i)
{
    return f != NULL ? nth(f->exhibits, NEXT(f8k_exhibit), i) : NULL;
}

f8k_datum f8k_exhibit_get(const f8k_exhibit *x, f8k_field field)
{
    return of_kind(x, field, K_EXHIBIT) ? stored(x->doc, x, field) : none;
}

/* ---- the submission ----------------------------------------------------- */

size_t f8k_doc_document_count(const f8k_doc *doc)
{
    return doc != NULL && doc->sub != NULL ? doc->sub->ndocs : 0;
}

const f8k_document *f8k_doc_document(const f8k_doc *doc, size_t i)
{
    if (doc == NULL || doc->sub == NULL)
        return NULL;
    return nth(doc->sub->docs, NEXT(f8k_document), i);
}

f8k_datum f8k_document_get(const f8k_document *d, f8k_field field)
{
    if (!of_kind(d, field, K_DOCUMENT))
        return none;
    if (field == F8K_F_DOC_HTML)
        return derived(boolean(d->html));
    return stored(d->doc, d, field);
}

const f8k_filing *f8k_document_filing(const f8k_document *d)
{
    return d != NULL ? d->filing : NULL;
}

/* The children of PARENT, or DOC's header when PARENT is NULL. */
static const f8k_hnode *header_list(const f8k_doc *doc, const f8k_hnode *parent)
{
    if (parent != NULL)
        return parent->children;
    return doc != NULL && doc->sub != NULL ? doc->sub->header.head : NULL;
}

size_t f8k_header_count(const f8k_doc *doc, const f8k_hnode *parent)
{
    return count(header_list(doc, parent), NEXT(f8k_hnode));
}

const f8k_hnode *f8k_header_at(const f8k_doc *doc, const f8k_hnode *parent,
                               size_t i)
{
    return nth(header_list(doc, parent), NEXT(f8k_hnode), i);
}

const f8k_hnode *f8k_header_find(const f8k_doc *doc, const char *elem)
{
    if (elem == NULL)
        return NULL;
    return f8k_hnode_find(header_list(doc, NULL), elem);
}

/* The element xml.c writes for a node of a key form8k does not know. */
const char *f8k_header_name(const f8k_hnode *h)
{
    if (h == NULL)
        return NULL;
    if (h->def != NULL)
        return h->def->elem;
    return h->children != NULL || h->value.printed == NULL ? "Section" : "Field";
}

const char *f8k_header_key(const f8k_hnode *h)
{
    return h != NULL ? h->name : NULL;
}

/* A known key's value in its type's normal form (none if it did not
 * normalise); an unknown key's as printed, as its Field in the XML. */
f8k_datum f8k_header_value(const f8k_hnode *h)
{
    f8k_datum d = none;

    if (h == NULL)
        return d;
    resolve(h->doc, h->value.loc, &d);
    if (h->value.printed == NULL)
        return d;
    d.printed = h->value.printed;
    if (h->def == NULL)
        d.value = h->value.printed;
    else if (!h->bad)
        d.value = h->value.norm;
    return d;
}

const char *f8k_header_code(const f8k_hnode *h)
{
    return h != NULL ? h->code : NULL;
}
