/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* pipeline.c - the 8-K grammar and the passes over one text of lines.
 *
 *   the cleaned lines (plain text as it is, or what the HTML front end
 *   rendered) -> scanner (grammar/scan.l: one token per line, made into
 *   an f8k_line here) -> parser (grammar/parse.y: regions) -> the passes
 *   (cover, body, normalize, check) -> the filing's tree.
 *
 * The scanner's callbacks (f8k_scan_token, f8k_scan_alloc) live here, in
 * the grammar's own glue.
 */
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "ast.h"
#include "grammar_run.h"
#include "pipeline.h"
#include "text.h"
#include "scan_support.h"
#include "scan.h"

/* The kind of line a token says. */
static f8k_line_kind line_kind(int token)
{
    switch (token) {
    case F8K_T_BLANK: return F8K_LINE_BLANK;
    case F8K_T_RULE: return F8K_LINE_RULE;
    case F8K_T_PAGE: return F8K_LINE_PAGE;
    case F8K_T_TITLE: return F8K_LINE_TITLE;
    case F8K_T_FORM: return F8K_LINE_FORM;
    case F8K_T_FORM_OTHER: return F8K_LINE_FORM_OTHER;
    case F8K_T_CAPTION: return F8K_LINE_CAPTION;
    case F8K_T_CHECK: return F8K_LINE_CHECK;
    case F8K_T_FORM_AMENDED: return F8K_LINE_FORM_AMENDED;
    case F8K_T_CHECK_INTRO: return F8K_LINE_CHECK_INTRO;
    case F8K_T_ITEM: return F8K_LINE_ITEM;
    case F8K_T_ITEMS_NA: return F8K_LINE_ITEMS_NA;
    case F8K_T_SIGNATURE: return F8K_LINE_SIGNATURE;
    case F8K_T_SIG_INTRO: return F8K_LINE_SIG_INTRO;
    case F8K_T_EXHIBIT_INDEX: return F8K_LINE_EXHIBIT_INDEX;
    case F8K_T_EXHIBITS_SUB: return F8K_LINE_EXHIBITS_SUB;
    case F8K_T_GARBLED: return F8K_LINE_GARBLED;
    case F8K_T_SIGNER: return F8K_LINE_SIGNER;
    case F8K_T_DATE_LINE: return F8K_LINE_SIG_DATE;
    default: return F8K_LINE_TEXT;
    }
}

/* The length of the line TEXT (LEN bytes) without its end. */
static size_t raw_end(const char *text, size_t len)
{
    while (len > 0 && (text[len - 1] == '\n' || text[len - 1] == '\f'))
        len--;
    return len;
}

/* The node of the line TEXT (LEN bytes, maybe with its '\n') starting at
 * the scanner's position, for TOKEN; the position is not moved.  *WIDTH
 * receives its width (for the token's location).  NULL: out of memory. */
static f8k_line *make_line(struct f8k_scan_extra *x, int token,
                           const char *text, size_t len, size_t *width)
{
    f8k_doc *doc = x->doc;
    f8k_line *l = f8k_doc_alloc(doc, sizeof *l);
    size_t n = len, i, cap;
    char *buf;

    if (l == NULL)
        return NULL;
    while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == '\f'))
        n--;
    /* Tabs are expanded to columns of 8 so that the cover pass can line
     * values up with their captions; that needs the width first (most
     * lines have no tab: one memchr says so). */
    *width = n;
    {
        const char *tab = memchr(text, '\t', n);
        if (tab != NULL)
            for (i = (size_t)(tab - text); i < n; i++)
                *width += text[i] == '\t' ? 7 : 0;
    }
    cap = *width + 1;
    buf = f8k_arena_alloc(&doc->arena, cap);
    if (buf == NULL) {
        doc->nomem = 1;
        return NULL;
    }
    n = f8k_text_expand(text, n, buf, cap);
    while (n > 0 && buf[n - 1] == ' ')
        buf[--n] = '\0';
    for (i = 0; i < n && buf[i] == ' '; i++)
        ;
    l->text = buf;
    l->len = (uint32_t)n;
    l->indent = (uint32_t)f8k_text_width(buf, i);
    l->raw = text;
    l->raw_len = (uint32_t)raw_end(text, len);
    l->start.off = (uint32_t)(text - x->base);
    l->start.map = x->map;
    l->start.pad = 0;
    l->loc = f8k_line_loc(l, i);
    l->no = x->line;
    l->kind = line_kind(token);
    return l;
}

/* Move the scanner's position over TEXT (LEN bytes) and set LLOC to the
 * span it covered. */
static void advance(struct f8k_scan_extra *x, F8K_YYLTYPE *lloc,
                    const char *text, size_t len)
{
    size_t w = f8k_text_width(text, len);
    int ends_line = len > 0 && text[len - 1] == '\n';

    if (lloc != NULL) {
        lloc->first_line = lloc->last_line = (int)x->line;
        lloc->first_column = (int)x->col + 1;
        lloc->last_column = (int)(x->col + w);
    }
    if (ends_line) {
        x->line++;
        x->col = 0;
    } else {
        x->col += (uint32_t)w;
    }
}

int f8k_scan_token(struct f8k_scan_extra *x, F8K_YYSTYPE *lval,
                   F8K_YYLTYPE *lloc, int token, const char *text,
                   size_t len)
{
    size_t width = 0;
    f8k_line *l = make_line(x, token, text, len, &width);

    if (l == NULL)
        return F8K_T_F8K_YYerror;
    lval->line = l;
    x->tok = l->loc;
    lloc->first_line = lloc->last_line = (int)x->line;
    lloc->first_column = (int)(x->col + l->indent + 1);
    lloc->last_column = (int)(x->col + width + 1);
    advance(x, NULL, text, len);
    return token;
}

void f8k_scan_begin(struct f8k_scan_extra *x, int token, const char *text,
                    size_t len)
{
    size_t width = 0;

    x->pending = make_line(x, token, text, len, &width);
    x->pending_tok = token;
    x->raw = text;
}

int f8k_scan_keyword(struct f8k_scan_extra *x, F8K_YYSTYPE *lval,
                     F8K_YYLTYPE *lloc, const char *text, size_t len)
{
    if (x->pending == NULL)
        return F8K_T_F8K_YYerror;
    lval->line = x->pending;
    x->tok = x->pending->loc;
    advance(x, lloc, text, len);
    lloc->first_column = (int)(x->pending->indent + 1);
    return x->pending_tok;
}

int f8k_scan_part(struct f8k_scan_extra *x, F8K_YYSTYPE *lval,
                  F8K_YYLTYPE *lloc, int token, const char *text,
                  size_t len)
{
    const f8k_line *l = x->pending;
    f8k_piece *s = &lval->piece;
    size_t n = len, b, e;

    while (n > 0 && text[n - 1] == '\n')
        n--;
    memset(s, 0, sizeof *s);
    if (l != NULL && n > 0) {
        f8k_tab_walk(x->raw, (size_t)(text - x->raw), 0, SIZE_MAX, &b,
                     NULL);
        f8k_tab_walk(x->raw, (size_t)(text - x->raw) + n, 0, SIZE_MAX, &e,
                     NULL);
        if (e > l->len)
            e = l->len;
        if (b < e) {
            s->line = l;
            s->text = l->text + b;
            s->len = (uint32_t)(e - b);
            s->col = (uint32_t)b;
        }
    }
    x->tok.off = (uint32_t)(text - x->base);
    x->tok.map = x->map;
    x->tok.pad = 0;
    advance(x, lloc, text, len);
    return token;
}

void f8k_scan_skip(struct f8k_scan_extra *x, const char *text, size_t len)
{
    advance(x, NULL, text, len);
}

/* flex's own memory (the scanner, its buffer state and buffer stack), of
 * both scanners (grammar/scan.l and sub.l), comes from the document's arena, and flex's frees do nothing.  Why:
 * when an allocation fails, yy_fatal_error longjmps out of flex, and
 * flex may be holding memory no structure points to yet (yy_scan_buffer's
 * buffer state when the buffer stack cannot be allocated; the old stack
 * when growing it fails); yylex_destroy cannot free that, the document
 * does.  Each block starts with its size, for realloc. */
typedef union scan_block {
    size_t      size;
    long double align_ld;
    void       *align_p;
} scan_block;

void *f8k_scan_alloc(f8k_doc *doc, size_t n)
{
    scan_block *b;

    if (n > SIZE_MAX / 2)
        return NULL;
    b = f8k_doc_alloc(doc, sizeof *b + n);
    if (b == NULL)
        return NULL;
    b->size = n;
    return b + 1;
}

void *f8k_scan_realloc(f8k_doc *doc, void *p, size_t n)
{
    void *q = f8k_scan_alloc(doc, n);
    size_t old;

    if (q != NULL && p != NULL) {
        old = ((scan_block *)p - 1)->size;
        memcpy(q, p, old < n ? old : n);
    }
    return q;
}

/* Run scanner and parser over the cleaned buffer.  Returns bison's result
 * (0 accepted, 1 abandoned, 2 memory) or 3 when the scanner failed. */
int f8k_run_grammar(f8k_doc *doc, char *buf, size_t n)
{
    static const f8k_loc input = { 0, 0, 0 };
    uint32_t map = f8k_doc_map_add(doc, buf, n, input, NULL, NULL);

    if (map == 0)
        return 2;
    return f8k_run_grammar_at(doc, &doc->filing, buf, n, map);
}

f8k_loc f8k_scan_loc(void *scanner)
{
    const struct f8k_scan_extra *x = f8k_yyget_extra(scanner);
    return x->tok;
}

/* The 8-K scanner's generated functions, for f8k_grammar_run. */
F8K_GRAMMAR_OF(grammar_8k, f8k_yy);

/* A new scanner extra for DOC reading BUF, the buffer of source map MAP.
 * Its lines are counted from the line of the file where the buffer
 * begins (a document of a submission), for the coverage's count of
 * lines; positions are the map's. */
static struct f8k_scan_extra *new_extra(f8k_doc *doc, const char *buf,
                                        uint32_t map)
{
    struct f8k_scan_extra *x = f8k_doc_alloc(doc, sizeof *x);

    if (x != NULL) {
        uint32_t line = 0, col = 0;
        if (map != 0 && doc->maps[map - 1].fn == NULL)
            f8k_doc_resolve(doc, f8k_doc_line_start(doc, map, 1), &line, &col);
        x->doc = doc;
        x->line = line ? line : 1;
        x->col = 0;
        x->base = buf;
        x->map = map;
    }
    return x;
}

struct parse_ctx {
    f8k_doc    *doc;
    f8k_filing *filing;
};

static int run_parser(void *sc, void *ctx)
{
    struct parse_ctx *p = ctx;
    return f8k_yyparse(sc, p->doc, p->filing);
}

int f8k_run_grammar_at(f8k_doc *doc, f8k_filing *filing, char *buf, size_t n,
                       uint32_t map)
{
    struct f8k_scan_extra *x = new_extra(doc, buf, map);
    struct parse_ctx p;

    if (x == NULL)
        return 2;
    p.doc = doc;
    p.filing = filing;
    return f8k_grammar_run(&grammar_8k, x, &x->fatal, buf, n, run_parser, &p);
}

struct count_ctx {
    f8k_doc *doc;
    size_t   tokens;
};

static int run_scanner(void *sc, void *ctx)
{
    struct count_ctx *c = ctx;
    F8K_YYSTYPE lval;
    F8K_YYLTYPE lloc;
    int t;

    while ((t = f8k_yylex(&lval, &lloc, sc)) > 0 && t != F8K_T_F8K_YYerror)
        c->tokens++;
    return c->doc->nomem ? -1 : 0;
}

int f8k_scan_only(f8k_doc *doc, char *buf, size_t n, size_t *tokens)
{
    static const f8k_loc input = { 0, 0, 0 };
    struct f8k_scan_extra *x;
    struct count_ctx c;
    uint32_t map = f8k_doc_map_add(doc, buf, n, input, NULL, NULL);

    x = map != 0 ? new_extra(doc, buf, map) : NULL;
    int rc;

    *tokens = 0;
    if (x == NULL)
        return -1;
    c.doc = doc;
    c.tokens = 0;
    rc = f8k_grammar_run(&grammar_8k, x, &x->fatal, buf, n, run_scanner, &c);
    *tokens = c.tokens;
    return rc == 0 ? 0 : -1;
}

/* Is there anything of a Form 8-K at all? */
static int looks_like_8k(const f8k_filing *f)
{
    const f8k_block *b;
    if (f->cover.title.head != NULL || f->items != NULL)
        return 1;
    for (b = f->cover.blocks; b != NULL; b = b->next)
        if (b->captions.head != NULL)
            return 1;
    return 0;
}

f8k_status f8k_parse_body(f8k_doc *doc, f8k_filing *f, char *buf, size_t n,
                          f8k_loc at)
{
    uint32_t map = f8k_doc_map_add(doc, buf, n, at, NULL, NULL);

    if (map == 0)
        return F8K_ERR_NOMEM;
    return f8k_parse_lines(doc, f, buf, n, map);
}

/* Scan, parse and run the passes over the cleaned 8-K text BUF, the
 * buffer of source map MAP.  Fills F. */
f8k_status f8k_parse_lines(f8k_doc *doc, f8k_filing *f, char *buf, size_t n,
                           uint32_t map)
{
    int rc;
    f8k_loc top;

    top.off = 0;
    top.map = map;
    top.pad = 0;
    f->top = top;
    rc = f8k_run_grammar_at(doc, f, buf, n, map);
    if (rc == 2 && doc->too_deep && !doc->nomem)
        return F8K_ERR_INPUT;           /* F8K-E007 says where */
    if (rc == 2 || rc == 3 || doc->nomem)
        return F8K_ERR_NOMEM;
    if (f8k_pass_cover(doc, f) != 0 || f8k_pass_body(doc, f) != 0 ||
        f8k_pass_normalize(doc, f) != 0 || doc->nomem)
        return F8K_ERR_NOMEM;
    if (rc == 1) {
        f8k_diag_add(doc, top, F8K_E_UNRECOVERED,
                     "the grammar could not recover from a syntax error");
        return F8K_ERR_INPUT;
    }
    if (f->cover.doc_type.printed == NULL &&
        f->cover.other_form.printed != NULL) {
        const f8k_value *v = &f->cover.other_form;
        f8k_diag_add(doc, v->loc, F8K_E_NOT_8K,
                     "not a Form 8-K: the cover says \"%s\"", v->printed);
        return F8K_ERR_NOT_8K;
    }
    if (!looks_like_8k(f)) {
        f8k_diag_add(doc, top, F8K_E_EMPTY,
                     "not a Form 8-K: no title block, cover caption or item heading found");
        return F8K_ERR_INPUT;
    }
    if (f8k_pass_check(doc, f) != 0 || doc->nomem)
        return F8K_ERR_NOMEM;
    return F8K_OK;
}

