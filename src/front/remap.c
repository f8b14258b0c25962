/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* remap.c - positions of a rendered document, turned into positions of
 * its source.
 *
 * A front end other than plain text (HTML) hands the grammar lines it
 * rendered; the grammar and the passes place everything on those lines,
 * and the cover pass needs them to (which value sits under which caption
 * is geometry of the rendered lines).  Once the passes are done, this walk
 * turns every position of the filing's tree, and of the diagnostics the
 * parse added, into the position in the source the front end's map gives,
 * so that everything after (cross-checks, XML, diagnostics) speaks of the
 * file the user has.  Each node is mapped exactly once: lines and
 * paragraphs shared between items (a combined heading) are remembered in
 * a pointer set.
 */
#include <stdint.h>
#include <string.h>
#include "ast.h"
#include "html.h"
#include "remap.h"

typedef struct remap {
    f8k_doc        *doc;
    f8k_loc_map_fn  fn;
    const void     *ctx;
    const void    **seen;       /* open addressing, at most half full   */
    size_t          nseen, cap;
} remap;

/* Add P to the set; 1 when it was new, 0 when seen, -1 out of memory. */
static int first_time(remap *m, const void *p)
{
    size_t i, k;
    uintptr_t h;

    if (2 * (m->nseen + 1) > m->cap) {
        size_t cap = m->cap ? 2 * m->cap : 256;
        const void **v = f8k_doc_alloc(m->doc, cap * sizeof *v);
        if (v == NULL)
            return -1;
        memset(v, 0, cap * sizeof *v);
        for (k = 0; k < m->cap; k++) {
            if (m->seen[k] == NULL)
                continue;
            h = (uintptr_t)m->seen[k];
            for (i = (size_t)((h >> 4) * 2654435761u) & (cap - 1); v[i] != NULL;
                 i = (i + 1) & (cap - 1))
                ;
            v[i] = m->seen[k];
        }
        m->seen = v;
        m->cap = cap;
    }
    h = (uintptr_t)p;
    for (i = (size_t)((h >> 4) * 2654435761u) & (m->cap - 1); m->seen[i] != NULL;
         i = (i + 1) & (m->cap - 1))
        if (m->seen[i] == p)
            return 0;
    m->seen[i] = p;
    m->nseen++;
    return 1;
}

static void map_loc(remap *m, f8k_loc *loc)
{
    if (loc->line != 0)
        *loc = m->fn(m->ctx, *loc);
}

static void map_value(remap *m, f8k_value *v)
{
    if (v->printed != NULL || v->loc.line != 0)
        map_loc(m, &v->loc);
}

static int map_line(remap *m, f8k_line *l)
{
    int r;

    if (l == NULL)
        return 0;
    r = first_time(m, l);
    if (r > 0)
        map_loc(m, &l->loc);
    return r < 0 ? -1 : 0;
}

static int map_lines(remap *m, f8k_line *l)
{
    for (; l != NULL; l = l->next)
        if (map_line(m, l) != 0)
            return -1;
    return 0;
}

static void map_registrant(remap *m, f8k_registrant *r)
{
    f8k_value *v[] = { &r->name, &r->state, &r->file_number, &r->ein,
                       &r->addr1, &r->addr2, &r->city, &r->addr_state,
                       &r->zip, &r->phone, &r->area_code, &r->local_phone,
                       &r->former_name };
    size_t i;

    for (i = 0; i < sizeof v / sizeof v[0]; i++)
        map_value(m, v[i]);
}

static int map_items(remap *m, f8k_item *it)
{
    for (; it != NULL; it = it->next) {
        f8k_para *p;

        map_value(m, &it->number);
        map_value(m, &it->caption);
        if (map_line(m, it->heading) != 0 || map_lines(m, it->body.head) != 0)
            return -1;
        for (p = it->paras; p != NULL; p = p->next) {
            int r = first_time(m, p);
            if (r < 0)
                return -1;
            if (r > 0)
                map_loc(m, &p->loc);
        }
    }
    return 0;
}

int f8k_remap_filing(f8k_doc *doc, f8k_filing *f, size_t diag_from,
                     f8k_loc_map_fn fn, const void *ctx)
{
    remap m;
    f8k_block *b;
    f8k_registrant *r;
    f8k_region *g;
    f8k_signature *s;
    f8k_exhibit *e;
    size_t i;

    memset(&m, 0, sizeof m);
    m.doc = doc;
    m.fn = fn;
    m.ctx = ctx;

    if (map_lines(&m, f->cover.title.head) != 0)
        return -1;
    for (b = f->cover.blocks; b != NULL; b = b->next)
        if (map_lines(&m, b->values.head) != 0 ||
            map_lines(&m, b->captions.head) != 0 || map_line(&m, b->check) != 0)
            return -1;
    map_value(&m, &f->cover.doc_type);
    map_value(&m, &f->cover.other_form);
    map_value(&m, &f->cover.report_date);
    map_value(&m, &f->cover.event_date);
    for (i = 0; i < F8K_CHECK_COUNT; i++)
        map_value(&m, &f->cover.checks[i]);
    for (r = f->cover.registrants; r != NULL; r = r->next)
        map_registrant(&m, r);
    if (map_items(&m, f->items) != 0 || map_items(&m, f->items_na) != 0)
        return -1;
    for (g = f->regions; g != NULL; g = g->next)
        if (map_line(&m, g->heading) != 0 || map_lines(&m, g->lines.head) != 0)
            return -1;
    for (s = f->signatures; s != NULL; s = s->next) {
        map_value(&m, &s->registrant);
        map_value(&m, &s->name);
        map_value(&m, &s->title);
        map_value(&m, &s->date);
    }
    for (e = f->exhibits; e != NULL; e = e->next) {
        map_value(&m, &e->number);
        map_value(&m, &e->description);
    }
    /* The diagnostics this parse added (the earlier ones are the
     * container's, in the file's positions already). */
    for (i = diag_from; i < doc->diags.n; i++) {
        f8k_diag *d = &doc->diags.v[i];
        f8k_loc loc;

        loc.line = d->line;
        loc.col = d->column;
        loc = fn(ctx, loc);
        d->line = loc.line;
        d->column = loc.col;
        if (d->rel_line != 0) {
            loc.line = d->rel_line;
            loc.col = d->rel_column;
            loc = fn(ctx, loc);
            d->rel_line = loc.line;
            d->rel_column = loc.col;
        }
    }
    return 0;
}

/* ---- the map of an HTML document --------------------------------------- */

int f8k_html_map_init(f8k_arena *a, f8k_html_map *m, const f8k_html *h,
                      const char *src, size_t n, uint32_t first_line)
{
    m->h = h;
    m->line0 = first_line;
    return f8k_html_pos_init(a, src, n, &m->pos);
}

f8k_loc f8k_html_map_loc(const void *ctx, f8k_loc loc)
{
    const f8k_html_map *m = ctx;
    size_t off = 0;
    uint32_t line, col;

    f8k_html_source(m->h, loc.line, loc.col, &off);
    f8k_html_pos_of(&m->pos, off, &line, &col);
    loc.line = line + m->line0 - 1;
    loc.col = col;
    return loc;
}

f8k_loc f8k_html_file_loc(const f8k_filing *f, size_t off)
{
    f8k_loc loc = { 0, 0 };
    const f8k_html_map *m = f->html_map;

    if (m != NULL) {
        f8k_html_pos_of(&m->pos, off, &loc.line, &loc.col);
        loc.line += m->line0 - 1;
    }
    return loc;
}
