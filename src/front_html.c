/* front_html.c - an HTML 8-K through the text grammar.
 *
 *   html.c renders the HTML into plain-text lines (tables as columns) and
 *   keeps a map from each rendered character back to its source byte;
 *   f8k_parse_body runs the unchanged grammar and passes on those lines;
 *   remap.c then moves every position of the tree and of the diagnostics
 *   from the rendered lines to the HTML file's own lines and columns.
 *
 * The inline XBRL facts read in the same pass stay with the filing
 * (f8k_filing.html) for the XML and for the cross-check of the printed
 * cover against its own tags (ixcheck.c).
 */
#include <stdint.h>
#include <string.h>
#include "ast.h"
#include "html.h"
#include "pipeline.h"
#include "remap.h"

/* The map of one rendered document: rendered position -> source offset
 * (html.c) -> line and column of the file (LINE0: the file's line of the
 * source's first byte, for an HTML document inside a submission). */
typedef struct f8k_html_map {
    const f8k_html *h;
    f8k_html_pos    pos;
    uint32_t        line0;
} html_map;

static f8k_loc html_loc(const void *ctx, f8k_loc loc)
{
    const html_map *m = ctx;
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
    const html_map *m = f->html_map;

    if (m != NULL) {
        f8k_html_pos_of(&m->pos, off, &loc.line, &loc.col);
        loc.line += m->line0 - 1;
    }
    return loc;
}

f8k_status f8k_parse_html_body(f8k_doc *doc, char *src, size_t n,
                               uint32_t first_line)
{
    f8k_html *h = f8k_doc_alloc(doc, sizeof *h);
    html_map *m = f8k_doc_alloc(doc, sizeof *m);
    size_t diag_from = doc->diags.n;
    f8k_status st;

    if (h == NULL || m == NULL)
        return F8K_ERR_NOMEM;
    memset(h, 0, sizeof *h);
    if (f8k_html_render(&doc->arena, src, n, h) != 0) {
        doc->nomem = 1;
        return F8K_ERR_NOMEM;
    }
    m->h = h;
    m->line0 = first_line;
    if (f8k_html_pos_init(&doc->arena, src, n, &m->pos) != 0) {
        doc->nomem = 1;
        return F8K_ERR_NOMEM;
    }
    st = f8k_parse_body(doc, h->text, h->len, 1);
    if (st == F8K_ERR_NOMEM || doc->nomem)
        return F8K_ERR_NOMEM;
    if (f8k_remap_filing(doc, &doc->filing, diag_from, html_loc, m) != 0)
        return F8K_ERR_NOMEM;
    doc->filing.first_line = first_line;
    doc->filing.html = h;
    doc->filing.html_map = m;
    if (st == F8K_OK && f8k_pass_ixcheck(doc, &doc->filing) != 0)
        return F8K_ERR_NOMEM;
    return st;
}
