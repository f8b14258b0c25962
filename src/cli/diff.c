/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* diff.c - form8k diff OLD.xml NEW.xml: two form8k XML documents
 * compared by meaning.
 *
 * Both files are read with libxml2 into a small tree of their own whose
 * nodes are named by what they mean rather than where they stand:
 *
 *   - wrappers that only group (Form8K, Submission, CoverPage, Items,
 *     Signatures, Exhibits, Diagnostics, Documents, Form8KDocument, an
 *     item's Text) are left out of the paths, so that the path of a
 *     registrant's name is "Registrant[1]/EntityRegistrantName" in both
 *     shapes of the XML (a submission's is under "Document[1]/");
 *   - an item, a not-applicable item and an exhibit are keyed by their
 *     number ("Item[2.02]", "Exhibit[99.1]"), a header Field by its key,
 *     a diagnostic by its code: an item removed is one change naming it,
 *     not a shift of every item after it;
 *   - elements that may repeat (registrants, signatures, paragraphs,
 *     documents ...) are numbered in document order ("Signature[2]");
 *     paragraphs are then matched by their text, not by that number
 *     (compare_paragraphs: an inserted paragraph is one change);
 *   - a document's Text pieces (cut at about a MiB) are joined into one.
 *
 * Attributes are compared one by one ("Item[5]@regime"), in any order;
 * the positions - line=, column=, relatedLine=, relatedColumn=, the
 * source= file name and a Text piece's lines= - only with --positions.
 * Whitespace between elements does not count; text content does.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "cli.h"
#include "opts.h"
#include "regress.h"

/* --------------------------------------------------------------- tree */

/* Strings are copies: the libxml2 document is freed once read. */
struct dattr {
    char *name;
    char *value;
};

struct dnode {
    char          *base;     /* name and key: "Item[5]", "Registrant"    */
    int            keyed;    /* base carries a key                       */
    char          *seg;      /* the path segment: base, numbered         */
    char          *name;     /* the element's name                       */
    char          *text;     /* its text (NULL: none)                    */
    struct dattr  *attrs;
    size_t         nattrs;
    struct dnode **kids;
    size_t         nkids, cap;
    int            matched;  /* found on the other side                  */
    int            repeat;   /* numbered even when alone                 */
};

static void dnode_free(struct dnode *n)
{
    size_t i;

    if (n == NULL)
        return;
    for (i = 0; i < n->nkids; i++)
        dnode_free(n->kids[i]);
    for (i = 0; i < n->nattrs; i++) {
        free(n->attrs[i].name);
        free(n->attrs[i].value);
    }
    free(n->kids);
    free(n->attrs);
    free(n->name);
    free(n->base);
    free(n->seg);
    free(n->text);
    free(n);
}

static int is_name(const xmlNode *e, const char *name)
{
    return e != NULL && strcmp((const char *)e->name, name) == 0;
}

static int has_element_child(const xmlNode *e)
{
    const xmlNode *c;
    for (c = e->children; c != NULL; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            return 1;
    return 0;
}

/* Elements that only group others: their children are their parent's. */
static int transparent(const xmlNode *e)
{
    static const char *const names[] = {
        "Form8K", "Submission", "CoverPage", "Items", "Signatures",
        "Exhibits", "Diagnostics", "Documents", "Form8KDocument"
    };
    size_t i;

    for (i = 0; i < sizeof names / sizeof names[0]; i++)
        if (is_name(e, names[i]))
            return 1;
    /* an item's Text holds Paragraphs; a document's Text holds lines */
    return is_name(e, "Text") && has_element_child(e);
}

/* Attributes that say where, not what. */
static int position_attr(const xmlNode *e, const char *a)
{
    return strcmp(a, "line") == 0 || strcmp(a, "column") == 0 ||
           strcmp(a, "relatedLine") == 0 || strcmp(a, "relatedColumn") == 0 ||
           strcmp(a, "source") == 0 ||
           (strcmp(a, "lines") == 0 && is_name(e, "Text"));
}

/* The attribute that keys an element among its siblings, or NULL. */
static const char *key_attr(const xmlNode *e)
{
    if (is_name(e, "Item") || is_name(e, "NotApplicableItem") ||
        is_name(e, "Exhibit"))
        return "number";
    if (is_name(e, "Field"))
        return "key";
    if (is_name(e, "Diagnostic"))
        return "code";
    return NULL;
}

/* Elements numbered even when there is one of them. */
static int repeatable(const xmlNode *e)
{
    static const char *const names[] = {
        "Signature", "Paragraph", "Document", "Binary", "Unnormalised",
        "ItemInformation", "Filer", "SubjectCompany", "FiledBy",
        "ReportingOwner", "Issuer", "FormerCompany", "FormerName", "Section"
    };
    size_t i;

    if (is_name(e, "Registrant"))
        return e->parent == NULL || !is_name(e->parent, "Signature");
    for (i = 0; i < sizeof names / sizeof names[0]; i++)
        if (is_name(e, names[i]))
            return 1;
    return 0;
}

static int add_kid(struct dnode *p, struct dnode *k)
{
    if (p->nkids == p->cap) {
        size_t cap = p->cap ? 2 * p->cap : 8;
        struct dnode **v = realloc(p->kids, cap * sizeof *v);
        if (v == NULL)
            return -1;
        p->kids = v;
        p->cap = cap;
    }
    p->kids[p->nkids++] = k;
    return 0;
}

/* Append S to *DST (a malloc'd string or NULL). */
static int str_append(char **dst, const char *s)
{
    size_t a = *dst ? strlen(*dst) : 0, b = strlen(s);
    char *p = realloc(*dst, a + b + 1);
    if (p == NULL)
        return -1;
    memcpy(p + a, s, b + 1);
    *dst = p;
    return 0;
}

static int build(const xmlNode *e, struct dnode *into, int positions);

/* A node for the element E, its text, attributes and children. */
static struct dnode *node_of(const xmlNode *e, int positions)
{
    struct dnode *n = calloc(1, sizeof *n);
    const char *key = key_attr(e);
    const xmlAttr *a;
    size_t na = 0;

    if (n == NULL)
        return NULL;
    if ((n->name = strdup((const char *)e->name)) == NULL)
        goto fail;
    for (a = e->properties; a != NULL; a = a->next)
        na++;
    n->attrs = calloc(na + 1, sizeof *n->attrs);
    if (n->attrs == NULL)
        goto fail;
    for (a = e->properties; a != NULL; a = a->next) {
        const char *an = (const char *)a->name;
        const xmlNode *t = a->children;
        const char *v = t != NULL && t->content != NULL
                            ? (const char *)t->content : "";
        if (key != NULL && strcmp(an, key) == 0) {
            size_t len = strlen(n->name) + strlen(v) + 3;
            n->base = malloc(len);
            if (n->base == NULL)
                goto fail;
            snprintf(n->base, len, "%s[%s]", n->name, v);
            n->keyed = 1;
            continue;
        }
        if (!positions && position_attr(e, an))
            continue;
        n->attrs[n->nattrs].name = strdup(an);
        n->attrs[n->nattrs].value = strdup(v);
        n->nattrs++;
        if (n->attrs[n->nattrs - 1].name == NULL ||
            n->attrs[n->nattrs - 1].value == NULL)
            goto fail;
    }
    if (n->base == NULL && (n->base = strdup(n->name)) == NULL)
        goto fail;
    if (!has_element_child(e)) {
        const xmlNode *c;
        n->text = strdup("");
        if (n->text == NULL)
            goto fail;
        for (c = e->children; c != NULL; c = c->next)
            if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
                && c->content != NULL && str_append(&n->text, (const char *)c->content) != 0)
                goto fail;
    } else if (build(e, n, positions) != 0) {
        goto fail;
    }
    return n;
fail:
    dnode_free(n);
    return NULL;
}

/* Number the children of P: "Signature[2]", "Item[5#2]" for a second
 * item 5.  The siblings of one base are found by sorting (base, then
 * place): n log n, whatever the number of paragraphs or exhibits. */
struct kid_rank {
    const char *base;
    size_t      at;
};

static int by_base(const void *a, const void *b)
{
    const struct kid_rank *x = a, *y = b;
    int c = strcmp(x->base, y->base);
    return c != 0 ? c : x->at < y->at ? -1 : x->at > y->at;
}

static int number_kids(struct dnode *p)
{
    struct kid_rank *r;
    size_t i, g, len;

    if (p->nkids == 0)
        return 0;
    r = malloc(p->nkids * sizeof *r);
    if (r == NULL)
        return -1;
    for (i = 0; i < p->nkids; i++) {
        r[i].base = p->kids[i]->base;
        r[i].at = i;
    }
    qsort(r, p->nkids, sizeof *r, by_base);
    for (g = 0; g < p->nkids; ) {
        size_t end = g, total;
        while (end < p->nkids && strcmp(r[end].base, r[g].base) == 0)
            end++;
        total = end - g;
        for (i = g; i < end; i++) {
            struct dnode *k = p->kids[r[i].at];
            size_t before = i - g;
            len = strlen(k->base) + 24;
            k->seg = malloc(len);
            if (k->seg == NULL) {
                free(r);
                return -1;
            }
            if (k->keyed && before > 0)
                snprintf(k->seg, len, "%.*s#%lu]", (int)strlen(k->base) - 1,
                         k->base, (unsigned long)before + 1);
            else if (!k->keyed && (total > 1 || k->repeat))
                snprintf(k->seg, len, "%s[%lu]", k->base, (unsigned long)before + 1);
            else
                snprintf(k->seg, len, "%s", k->base);
        }
        g = end;
    }
    free(r);
    return 0;
}

/* The children of E into INTO (through transparent wrappers); a
 * document's Text pieces are joined. */
static int build_kids(const xmlNode *e, struct dnode *into, int positions)
{
    const xmlNode *c;

    for (c = e->children; c != NULL; c = c->next) {
        struct dnode *k;
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (transparent(c)) {
            if (build_kids(c, into, positions) != 0)
                return -1;
            continue;
        }
        if (is_name(c, "Text") && into->nkids > 0 &&
            strcmp(into->kids[into->nkids - 1]->name, "Text") == 0 &&
            into->kids[into->nkids - 1]->text != NULL) {
            k = node_of(c, positions);
            if (k == NULL)
                return -1;
            if (str_append(&into->kids[into->nkids - 1]->text, k->text) != 0) {
                dnode_free(k);
                return -1;
            }
            dnode_free(k);
            continue;
        }
        k = node_of(c, positions);
        if (k == NULL || add_kid(into, k) != 0) {
            dnode_free(k);
            return -1;
        }
        k->repeat = repeatable(c);
    }
    return 0;
}

static int build(const xmlNode *e, struct dnode *into, int positions)
{
    if (build_kids(e, into, positions) != 0)
        return -1;
    return number_kids(into);
}

/* The form8k XML at PATH as a tree, or NULL (why printed on ERR). */
static struct dnode *load(const char *path, int positions, FILE *err)
{
    xmlDoc *doc;
    xmlNode *root;
    struct dnode *n = NULL;

    doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_HUGE |
                      XML_PARSE_NOBLANKS | XML_PARSE_NOERROR |
                      XML_PARSE_NOWARNING);
    if (doc == NULL) {
        fprintf(err, "%s: %s: cannot read as XML\n", cli_progname, path);
        return NULL;
    }
    root = xmlDocGetRootElement(doc);
    if (root == NULL || !(is_name(root, "Form8K"))) {
        fprintf(err, "%s: %s: not a form8k XML document (no Form8K root)\n",
                cli_progname, path);
    } else {
        n = calloc(1, sizeof *n);
        if (n == NULL || (n->seg = strdup("")) == NULL ||
            build(root, n, positions) != 0) {
            fprintf(err, "%s: %s: out of memory\n", cli_progname, path);
            dnode_free(n);
            n = NULL;
        }
    }
    xmlFreeDoc(doc);
    return n;
}

/* ------------------------------------------------------------ compare */

struct cmp {
    void (*fn)(const struct cli_change *c, void *ctx);
    void  *ctx;
    long   count;
    int    nomem;
};

static void emit(struct cmp *m, const char *path, const char *o, const char *n)
{
    struct cli_change c;

    c.path = path;
    c.old_value = o;
    c.new_value = n;
    m->count++;
    if (m->fn != NULL)
        m->fn(&c, m->ctx);
}

static char *join(const char *prefix, const char *seg, const char *sep)
{
    size_t len = strlen(prefix) + strlen(seg) + 2;
    char *p = malloc(len);
    if (p != NULL)
        snprintf(p, len, "%s%s%s", prefix, prefix[0] ? sep : "", seg);
    return p;
}

/* What stands for a whole element added or removed: its first text
 * (an item's official caption, a registrant's name), or "(present)". */
static const char *summary(const struct dnode *n)
{
    size_t i;
    const char *s;

    if (n->text != NULL && n->text[0] != '\0')
        return n->text;
    for (i = 0; i < n->nkids; i++)
        if ((s = summary(n->kids[i]))[0] != '(')
            return s;
    for (i = 0; i < n->nattrs; i++)
        if (n->attrs[i].value[0] != '\0')
            return n->attrs[i].value;
    return "(present)";
}

static int by_seg(const void *a, const void *b)
{
    return strcmp((*(struct dnode *const *)a)->seg,
                  (*(struct dnode *const *)b)->seg);
}

static void compare(struct cmp *m, struct dnode *o, struct dnode *n,
                    const char *path);

/* ------------------------------------------------ paragraphs by content
 *
 * An item's paragraphs are matched by their text, not by their place, so
 * that one paragraph inserted or removed is one change, not a change of
 * every paragraph after it: the longest common subsequence of the two
 * lists of texts gives the pairs that stay; between two of them, the
 * paragraphs left on both sides are paired in order (a paragraph edited:
 * one change, old -> new) and the rest are removed or added.
 *
 * Bounded: the common first and last paragraphs are paired in linear
 * time, and the LCS table (one 16-bit cell per pair of the paragraphs
 * left between them) is built only up to PARA_LCS_CELLS cells (8 MiB);
 * beyond that the paragraphs left are paired by place, as before.
 * Texts are compared by a hash first, so a cell costs no string walk. */

enum { PARA_LCS_CELLS = 1 << 22 };

struct para {
    struct dnode  *node;
    unsigned long  hash;
};

static unsigned long text_hash(const char *s)
{
    unsigned long h = 2166136261UL;    /* FNV-1a */
    for (; s != NULL && *s != '\0'; s++)
        h = (h ^ (unsigned char)*s) * 16777619UL;
    return h;
}

static int para_eq(const struct para *a, const struct para *b)
{
    const char *x = a->node->text, *y = b->node->text;
    return a->hash == b->hash &&
           strcmp(x != NULL ? x : "", y != NULL ? y : "") == 0;
}

/* The paragraphs of P (its children named Paragraph) into *OUT. */
static size_t paragraphs(const struct dnode *p, struct para **out)
{
    size_t i, k = 0;

    *out = malloc((p->nkids + 1) * sizeof **out);
    if (*out == NULL)
        return (size_t)-1;
    for (i = 0; i < p->nkids; i++)
        if (strcmp(p->kids[i]->name, "Paragraph") == 0) {
            (*out)[k].node = p->kids[i];
            (*out)[k].hash = text_hash(p->kids[i]->text);
            k++;
        }
    return k;
}

/* PATH/SEG of a paragraph; NULL (and M->nomem) when out of memory. */
static char *para_path(struct cmp *m, const char *path, const struct dnode *k)
{
    char *p = join(path, k->seg, "/");
    if (p == NULL)
        m->nomem = 1;
    return p;
}

/* The pair OP, NP: compared (the same text: only attributes may differ;
 * another text: one change), under the old paragraph's path. */
static void para_pair(struct cmp *m, const char *path, struct dnode *op,
                      struct dnode *np)
{
    char *p = para_path(m, path, op);
    np->matched = 1;
    if (p != NULL)
        compare(m, op, np, p);
    free(p);
}

static void para_one(struct cmp *m, const char *path, struct dnode *k,
                     int added)
{
    char *p = para_path(m, path, k);
    if (p == NULL)
        return;
    k->matched = 1;
    if (added)
        emit(m, p, NULL, summary(k));
    else
        emit(m, p, summary(k), NULL);
    free(p);
}

/* The paragraphs O[i0..i1) and N[j0..j1) that no anchor pairs: paired in
 * order, the rest removed or added. */
static void para_gap(struct cmp *m, const char *path, struct para *o,
                     size_t i0, size_t i1, struct para *n, size_t j0,
                     size_t j1)
{
    while (i0 < i1 && j0 < j1 && !m->nomem)
        para_pair(m, path, o[i0++].node, n[j0++].node);
    while (i0 < i1 && !m->nomem)
        para_one(m, path, o[i0++].node, 0);
    while (j0 < j1 && !m->nomem)
        para_one(m, path, n[j0++].node, 1);
}

static void compare_paragraphs(struct cmp *m, const struct dnode *po,
                               const struct dnode *pn, const char *path)
{
    struct para *o = NULL, *n = NULL;
    size_t no, nn, pre = 0, suf = 0, a, b, i, j, ci, cj;
    unsigned short *t = NULL;

    no = paragraphs(po, &o);
    nn = paragraphs(pn, &n);
    if (no == (size_t)-1 || nn == (size_t)-1) {
        m->nomem = 1;
        goto out;
    }
    while (pre < no && pre < nn && para_eq(&o[pre], &n[pre]))
        pre++;
    while (suf < no - pre && suf < nn - pre &&
           para_eq(&o[no - 1 - suf], &n[nn - 1 - suf]))
        suf++;
    for (i = 0; i < pre && !m->nomem; i++)
        para_pair(m, path, o[i].node, n[i].node);
    /* the middle: O[pre..no-suf), N[pre..nn-suf) */
    a = no - pre - suf;
    b = nn - pre - suf;
    if (a > 0 && b > 0 && a <= PARA_LCS_CELLS / b) {
        /* t[i][j]: the LCS of O[pre+i..] and N[pre+j..] (the middle) */
        size_t w = b + 1;
        t = calloc((a + 1) * w, sizeof *t);
        if (t == NULL) {
            m->nomem = 1;
            goto out;
        }
        for (i = a; i-- > 0; )
            for (j = b; j-- > 0; )
                t[i * w + j] = para_eq(&o[pre + i], &n[pre + j])
                    ? (unsigned short)(t[(i + 1) * w + j + 1] + 1)
                    : t[(i + 1) * w + j] >= t[i * w + j + 1]
                        ? t[(i + 1) * w + j] : t[i * w + j + 1];
        /* walk it: each pair of the LCS an anchor, the gaps between */
        ci = cj = 0;
        for (i = j = 0; i < a && j < b && !m->nomem; ) {
            if (para_eq(&o[pre + i], &n[pre + j]) &&
                t[i * w + j] == t[(i + 1) * w + j + 1] + 1) {
                para_gap(m, path, o, pre + ci, pre + i, n, pre + cj, pre + j);
                para_pair(m, path, o[pre + i].node, n[pre + j].node);
                ci = ++i;
                cj = ++j;
            } else if (t[(i + 1) * w + j] >= t[i * w + j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        para_gap(m, path, o, pre + ci, pre + a, n, pre + cj, pre + b);
    } else {
        /* one side empty, or too many to tabulate: by place */
        para_gap(m, path, o, pre, pre + a, n, pre, pre + b);
    }
    for (i = no - suf, j = nn - suf; i < no && !m->nomem; i++, j++)
        para_pair(m, path, o[i].node, n[j].node);
out:
    free(t);
    free(o);
    free(n);
}

static void compare(struct cmp *m, struct dnode *o, struct dnode *n,
                    const char *path)
{
    struct dnode **sorted;
    size_t i, j;
    int paras_done = 0;
    char *p;

    if ((o->text != NULL || n->text != NULL) &&
        (o->text == NULL || n->text == NULL || strcmp(o->text, n->text) != 0))
        emit(m, path, o->text != NULL ? o->text : summary(o),
             n->text != NULL ? n->text : summary(n));
    for (i = 0; i < o->nattrs; i++) {
        const char *nv = NULL;
        for (j = 0; j < n->nattrs; j++)
            if (strcmp(o->attrs[i].name, n->attrs[j].name) == 0)
                nv = n->attrs[j].value;
        if (nv == NULL || strcmp(nv, o->attrs[i].value) != 0) {
            if ((p = join(path, o->attrs[i].name, "@")) == NULL) {
                m->nomem = 1;
                return;
            }
            emit(m, p, o->attrs[i].value, nv);
            free(p);
        }
    }
    for (j = 0; j < n->nattrs; j++) {
        int found = 0;
        for (i = 0; i < o->nattrs; i++)
            found |= strcmp(o->attrs[i].name, n->attrs[j].name) == 0;
        if (!found) {
            if ((p = join(path, n->attrs[j].name, "@")) == NULL) {
                m->nomem = 1;
                return;
            }
            emit(m, p, NULL, n->attrs[j].value);
            free(p);
        }
    }
    /* Children: matched by segment (a lookup in a sorted copy), reported
     * in the old document's order, then the new ones in theirs; the
     * paragraphs by content (above), where the old ones begin. */
    sorted = malloc((n->nkids + 1) * sizeof *sorted);
    if (sorted == NULL) {
        m->nomem = 1;
        return;
    }
    if (n->nkids > 0) {     /* n->kids is NULL for a leaf */
        memcpy(sorted, n->kids, n->nkids * sizeof *sorted);
        qsort(sorted, n->nkids, sizeof *sorted, by_seg);
    }
    for (i = 0; i < o->nkids; i++) {
        struct dnode **hit;
        if (strcmp(o->kids[i]->name, "Paragraph") == 0) {
            if (!paras_done)
                compare_paragraphs(m, o, n, path);
            paras_done = 1;
            continue;
        }
        hit = n->nkids > 0
            ? bsearch(&o->kids[i], sorted, n->nkids, sizeof *sorted, by_seg)
            : NULL;
        if ((p = join(path, o->kids[i]->seg, "/")) == NULL) {
            m->nomem = 1;
            break;
        }
        if (hit != NULL) {
            (*hit)->matched = 1;
            compare(m, o->kids[i], *hit, p);
        } else {
            emit(m, p, summary(o->kids[i]), NULL);
        }
        free(p);
    }
    for (j = 0; !paras_done && j < n->nkids; j++)
        if (strcmp(n->kids[j]->name, "Paragraph") == 0) {
            if (!m->nomem)
                compare_paragraphs(m, o, n, path);   /* the new ones only */
            paras_done = 1;
        }
    for (j = 0; j < n->nkids; j++) {
        if (n->kids[j]->matched)
            continue;
        if ((p = join(path, n->kids[j]->seg, "/")) == NULL) {
            m->nomem = 1;
            break;
        }
        emit(m, p, NULL, summary(n->kids[j]));
        free(p);
    }
    free(sorted);
}

long cli_diff_files(const char *old_path, const char *new_path,
                    int positions, FILE *err,
                    void (*fn)(const struct cli_change *c, void *ctx),
                    void *ctx)
{
    struct dnode *o, *n;
    struct cmp m;

    o = load(old_path, positions, err);
    if (o == NULL)
        return -1;
    n = load(new_path, positions, err);
    if (n == NULL) {
        dnode_free(o);
        return -1;
    }
    memset(&m, 0, sizeof m);
    m.fn = fn;
    m.ctx = ctx;
    compare(&m, o, n, "");
    dnode_free(o);
    dnode_free(n);
    if (m.nomem) {
        fprintf(err, "%s: out of memory\n", cli_progname);
        return -1;
    }
    return m.count;
}

void cli_change_field(const char *path, char *buf, size_t size)
{
    size_t o = 0;
    int depth = 0;

    for (; *path != '\0' && o + 1 < size; path++) {
        if (*path == '[')
            depth++;
        else if (*path == ']')
            depth--;
        else if (depth == 0)
            buf[o++] = *path;
    }
    buf[o] = '\0';
}

/* ------------------------------------------------------------ command */

/* A value on one line: line ends shown as \n, at most about 100
 * characters from FROM on (with "..." where cut). */
static void put_value(FILE *f, const char *v, size_t from)
{
    size_t len, i, end;

    if (v == NULL) {
        fputs("(absent)", f);
        return;
    }
    len = strlen(v);
    if (from > len)
        from = len;
    end = from + 100 < len ? from + 100 : len;
    /* do not cut a UTF-8 sequence */
    while (from > 0 && ((unsigned char)v[from] & 0xc0) == 0x80)
        from--;
    while (end < len && ((unsigned char)v[end] & 0xc0) == 0x80)
        end++;
    if (len == 0)
        fputs("\"\"", f);
    if (from > 0)
        fputs("...", f);
    for (i = from; i < end; i++) {
        if (v[i] == '\n')
            fputs("\\n", f);
        else
            putc(v[i], f);
    }
    if (end < len)
        fputs("...", f);
}

struct printer {
    FILE *f;
    int   json;
    long  n;
};

static void print_change(const struct cli_change *c, void *ctx)
{
    struct printer *p = ctx;
    size_t from = 0;

    if (p->json) {
        fputs(p->n > 0 ? ",\n  {\"path\":" : "\n  {\"path\":", p->f);
        cli_json_str(p->f, c->path);
        fprintf(p->f, ",\"change\":\"%s\",\"old\":",
                c->old_value == NULL ? "added" :
                c->new_value == NULL ? "removed" : "changed");
        if (c->old_value != NULL)
            cli_json_str(p->f, c->old_value);
        else
            fputs("null", p->f);
        fputs(",\"new\":", p->f);
        if (c->new_value != NULL)
            cli_json_str(p->f, c->new_value);
        else
            fputs("null", p->f);
        putc('}', p->f);
    } else {
        /* Two long values: show them from a little before where they
         * begin to differ. */
        if (c->old_value != NULL && c->new_value != NULL) {
            while (c->old_value[from] != '\0' &&
                   c->old_value[from] == c->new_value[from])
                from++;
            from = from > 30 ? from - 30 : 0;
        }
        fprintf(p->f, "%s: ", c->path);
        put_value(p->f, c->old_value, from);
        fputs(" -> ", p->f);
        put_value(p->f, c->new_value, from);
        putc('\n', p->f);
    }
    p->n++;
}

static int diff_usage(const char *what, const char *arg)
{
    fprintf(stderr, "%s: diff: %s%s%s\n", cli_progname, what,
            arg ? " " : "", arg ? arg : "");
    fprintf(stderr, "Usage: %s diff [--positions] [--format=text|json] "
            "OLD.xml NEW.xml\n", cli_progname);
    return EXIT_USAGE;
}

static int diff_main(int argc, char **argv);

static const struct cli_opt diff_opts[] = {
    { "positions", K_POSITIONS, NULL, NULL, "compare the positions too "
      "(line=, column=, source=, a Text's lines=)" },
    { "format", K_FORMAT, "FMT", "text|json", "text (the default: PATH: OLD "
      "-> NEW, a line per change) or json (one object: old, new, changes, "
      "count)" },
    { NULL, 0, NULL, NULL, NULL }
};

const struct cli_cmd cli_cmd_diff = {
    "diff", "compare two form8k XML documents by meaning",
    "[OPTION]... OLD.xml NEW.xml",
    "Compare two form8k XML documents by meaning; one line per change:\n"
    "  PATH: OLD -> NEW\n"
    "Exit status: 0 the same, 1 different, 2 usage error or unreadable input.\n",
    diff_opts, diff_main
};

struct diff_args {
    int positions, json;
};

static int diff_take(void *ctx, int key, const char *v)
{
    struct diff_args *d = ctx;

    if (key == K_POSITIONS)
        d->positions = 1;
    else if (key == K_FORMAT)
        d->json = v[0] == 'j';
    return -1;
}

static int diff_main(int argc, char **argv)
{
    const char *files[2];
    struct diff_args d = { 0, 0 };
    int nfiles, positions, json, first, rc;
    struct printer pr;
    long n;

    rc = cli_getopt(&cli_cmd_diff, argc, argv, diff_take, &d, &first);
    if (rc >= 0)
        return rc;
    positions = d.positions;
    json = d.json;
    nfiles = argc - first;
    if (nfiles > 2)
        return diff_usage("too many operands:", argv[first + 2]);
    files[0] = nfiles > 0 ? argv[first] : NULL;
    files[1] = nfiles > 1 ? argv[first + 1] : NULL;
    if (nfiles != 2)
        return diff_usage("needs two files, OLD.xml and NEW.xml", NULL);
    pr.f = stdout;
    pr.json = json;
    pr.n = 0;
    if (json) {
        fputs("{\"old\":", stdout);
        cli_json_str(stdout, files[0]);
        fputs(",\"new\":", stdout);
        cli_json_str(stdout, files[1]);
        fputs(",\"changes\":[", stdout);
    }
    n = cli_diff_files(files[0], files[1], positions, stderr, print_change,
                       &pr);
    if (json && n >= 0)
        printf("%s],\"count\":%ld}\n", pr.n > 0 ? "\n" : "", n);
    return n < 0 ? EXIT_USAGE : n > 0 ? 1 : 0;
}
