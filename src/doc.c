/* doc.c - f8k_parse: clean, scan, parse, run the passes. */
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "ast.h"
#include "html.h"
#include "pipeline.h"
#include "submission.h"
#include "text.h"
#include "scan_support.h"
#include "scan.h"

const char *f8k_version(void)
{
    return "0.1.0";
}

int f8k_scan_token(struct f8k_scan_extra *x, F8K_YYSTYPE *lval,
                   F8K_YYLTYPE *lloc, int token, const char *text,
                   size_t len)
{
    f8k_doc *doc = x->doc;
    f8k_line *l = f8k_doc_alloc(doc, sizeof *l);
    size_t n = len, i, width = 0, cap;
    int ends_line = n > 0 && text[n - 1] == '\n';
    char *buf;

    if (l == NULL)
        return F8K_T_F8K_YYerror;
    while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == '\f'))
        n--;
    /* Tabs are expanded to columns of 8 so that the cover pass can line
     * values up with their captions; that needs the width first (most
     * lines have no tab: one memchr says so). */
    width = n;
    {
        const char *tab = memchr(text, '\t', n);
        if (tab != NULL)
            for (i = (size_t)(tab - text); i < n; i++)
                width += text[i] == '\t' ? 7 : 0;
    }
    cap = width + 1;
    buf = f8k_arena_alloc(&doc->arena, cap);
    if (buf == NULL) {
        doc->nomem = 1;
        return F8K_T_F8K_YYerror;
    }
    n = f8k_text_expand(text, n, buf, cap);
    while (n > 0 && buf[n - 1] == ' ')
        buf[--n] = '\0';
    for (i = 0; i < n && buf[i] == ' '; i++)
        ;
    l->text = buf;
    l->len = (uint32_t)n;
    l->indent = (uint32_t)f8k_text_width(buf, i);
    l->loc.line = x->line;
    l->loc.col = x->col + l->indent + 1;
    switch (token) {
    case F8K_T_BLANK: l->kind = F8K_LINE_BLANK; break;
    case F8K_T_RULE: l->kind = F8K_LINE_RULE; break;
    case F8K_T_PAGE: l->kind = F8K_LINE_PAGE; break;
    case F8K_T_TITLE: l->kind = F8K_LINE_TITLE; break;
    case F8K_T_FORM: l->kind = F8K_LINE_FORM; break;
    case F8K_T_FORM_OTHER: l->kind = F8K_LINE_FORM_OTHER; break;
    case F8K_T_CAPTION: l->kind = F8K_LINE_CAPTION; break;
    case F8K_T_CHECK: l->kind = F8K_LINE_CHECK; break;
    case F8K_T_CHECK_INTRO: l->kind = F8K_LINE_CHECK_INTRO; break;
    case F8K_T_ITEM: l->kind = F8K_LINE_ITEM; break;
    case F8K_T_ITEMS_NA: l->kind = F8K_LINE_ITEMS_NA; break;
    case F8K_T_SIGNATURE: l->kind = F8K_LINE_SIGNATURE; break;
    case F8K_T_SIG_INTRO: l->kind = F8K_LINE_SIG_INTRO; break;
    case F8K_T_EXHIBIT_INDEX: l->kind = F8K_LINE_EXHIBIT_INDEX; break;
    case F8K_T_EXHIBITS_SUB: l->kind = F8K_LINE_EXHIBITS_SUB; break;
    default: l->kind = F8K_LINE_TEXT; break;
    }
    lval->line = l;
    lloc->first_line = lloc->last_line = (int)l->loc.line;
    lloc->first_column = (int)l->loc.col;
    lloc->last_column = (int)(x->col + width + 1);
    if (ends_line) {
        x->line++;
        x->col = 0;
    } else {
        x->col += (uint32_t)f8k_text_width(text, len);
    }
    return token;
}

f8k_doc *f8k_doc_new(const char *name)
{
    f8k_doc *doc = f8k_malloc(sizeof *doc);
    if (doc == NULL)
        return NULL;
    memset(doc, 0, sizeof *doc);
    f8k_arena_init(&doc->arena);
    doc->file = f8k_doc_strdup(doc, name ? name : "-");
    if (doc->file == NULL) {
        f8k_doc_free(doc);
        return NULL;
    }
    return doc;
}

void f8k_doc_free(f8k_doc *doc)
{
    if (doc == NULL)
        return;
    f8k_arena_free(&doc->arena);
    free(doc);
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
    return f8k_run_grammar_at(doc, buf, n, 1);
}

int f8k_run_grammar_at(f8k_doc *doc, char *buf, size_t n, uint32_t first_line)
{
    struct f8k_scan_extra *x;
    yyscan_t sc = NULL;
    YY_BUFFER_STATE b;
    volatile int rc = 3;

    x = f8k_doc_alloc(doc, sizeof *x);
    if (x == NULL)
        return 2;
    x->doc = doc;
    x->line = first_line;
    x->col = 0;
    if (f8k_yylex_init_extra(x, &sc) != 0)
        return 2;
    if (setjmp(x->fatal) == 0) {
        b = f8k_yy_scan_buffer(buf, n + 2, sc);
        if (b == NULL) {
            rc = 2;
        } else {
            rc = f8k_yyparse(sc, doc);
            f8k_yy_delete_buffer(b, sc);
        }
    }
    f8k_yylex_destroy(sc);
    return rc;
}

int f8k_scan_only(f8k_doc *doc, char *buf, size_t n, size_t *tokens)
{
    struct f8k_scan_extra *x;
    yyscan_t sc = NULL;
    YY_BUFFER_STATE b;
    F8K_YYSTYPE lval;
    F8K_YYLTYPE lloc;
    volatile size_t count = 0;
    volatile int rc = -1;

    *tokens = 0;
    x = f8k_doc_alloc(doc, sizeof *x);
    if (x == NULL)
        return -1;
    x->doc = doc;
    x->line = 1;
    if (f8k_yylex_init_extra(x, &sc) != 0)
        return -1;
    if (setjmp(x->fatal) == 0) {
        b = f8k_yy_scan_buffer(buf, n + 2, sc);
        if (b != NULL) {
            int t;
            while ((t = f8k_yylex(&lval, &lloc, sc)) > 0
                   && t != F8K_T_F8K_YYerror)
                count++;
            rc = doc->nomem ? -1 : 0;
            f8k_yy_delete_buffer(b, sc);
        }
    }
    f8k_yylex_destroy(sc);
    *tokens = count;
    return rc;
}

/* Is there anything of a Form 8-K at all? */
static int looks_like_8k(const f8k_doc *doc)
{
    const f8k_filing *f = &doc->filing;
    const f8k_block *b;
    if (f->cover.title.head != NULL || f->items != NULL)
        return 1;
    for (b = f->cover.blocks; b != NULL; b = b->next)
        if (b->captions.head != NULL)
            return 1;
    return 0;
}

/* Memory of a parse: the document's arena (tree, cleaned text, flex) may
 * grow to F8K_MEM_FACTOR times the input plus F8K_MEM_SLACK; filings
 * take 4 to 18 times their size (the EDGAR corpus at most 7), and only
 * floods of tiny lines (some 64 bytes of line node each: 100 MB of empty
 * lines would take 6.7 GB) go past it.  Those are refused with a
 * diagnostic instead of taking the machine's memory. */
#define F8K_MEM_FACTOR 32
#define F8K_MEM_SLACK  ((size_t)4 << 20)

/* The end of a parse that ran out of memory, or past its budget. */
static f8k_status give_up(f8k_doc *doc, f8k_doc **out)
{
    static const f8k_loc top = { 1, 1 };

    if (doc->arena.over) {
        size_t limit = doc->arena.limit;
        doc->arena.limit = 0;       /* room for the diagnostic */
        doc->nomem = 0;
        if (f8k_diag_add(doc, top, F8K_SEV_ERROR, "F8K-E005",
                         "the input would need more than %d times its size "
                         "in memory (%lu MiB): refused; a flood of empty or "
                         "tiny lines?", F8K_MEM_FACTOR,
                         (unsigned long)(limit >> 20)) == 0) {
            *out = doc;
            return F8K_ERR_INPUT;
        }
    }
    f8k_doc_free(doc);
    return F8K_ERR_NOMEM;
}

f8k_status f8k_parse(const char *name, const char *data, size_t len,
                     f8k_doc **out)
{
    return f8k_parse_ex(name, data, len, NULL, out);
}

/* Scan, parse and run the passes over the cleaned 8-K text BUF; its first
 * line is line FIRST_LINE of the file.  Fills doc->filing. */
f8k_status f8k_parse_body(f8k_doc *doc, char *buf, size_t n,
                          uint32_t first_line)
{
    int rc;
    f8k_loc top;

    top.line = first_line;
    top.col = 1;
    doc->filing.first_line = first_line;
    rc = f8k_run_grammar_at(doc, buf, n, first_line);
    if (rc == 2 && doc->too_deep && !doc->nomem)
        return F8K_ERR_INPUT;           /* F8K-E007 says where */
    if (rc == 2 || rc == 3 || doc->nomem)
        return F8K_ERR_NOMEM;
    if (f8k_pass_cover(doc) != 0 || f8k_pass_body(doc) != 0 ||
        f8k_pass_normalize(doc) != 0 || doc->nomem)
        return F8K_ERR_NOMEM;
    if (rc == 1) {
        f8k_diag_add(doc, top, F8K_SEV_ERROR, F8K_E_SYNTAX,
                     "the grammar could not recover from a syntax error");
        return F8K_ERR_INPUT;
    }
    if (doc->filing.cover.doc_type.printed == NULL &&
        doc->filing.cover.other_form.printed != NULL) {
        const f8k_value *v = &doc->filing.cover.other_form;
        f8k_diag_add(doc, v->loc, F8K_SEV_ERROR, F8K_E_NOT_8K,
                     "not a Form 8-K: the cover says \"%s\"", v->printed);
        return F8K_ERR_NOT_8K;
    }
    if (!looks_like_8k(doc)) {
        f8k_diag_add(doc, top, F8K_SEV_ERROR, F8K_E_EMPTY,
                     "not a Form 8-K: no title block, cover caption or item heading found");
        return F8K_ERR_INPUT;
    }
    if (f8k_pass_check(doc) != 0 || doc->nomem)
        return F8K_ERR_NOMEM;
    return F8K_OK;
}

/* A PDF, an image or an archive handed over as a filing: more than a
 * third of its bytes are control codes or not UTF-8 (see
 * f8k_text_binary_bytes), where mis-encoded text has a few percent.
 * Refused with F8K-E006 at the first such byte, rather than read as a
 * filing of noise. */
enum { BINARY_PERCENT = 33 };

static int looks_binary(f8k_doc *doc, const char *data, size_t len)
{
    size_t first, bad, i;
    f8k_loc at = { 1, 1 };

    if (len == 0)
        return 0;
    bad = f8k_text_binary_bytes(data, len, &first);
    if (bad * 100 <= (len * BINARY_PERCENT))
        return 0;
    for (i = 0; i < first; i++) {
        if (data[i] == '\n') {
            at.line++;
            at.col = 1;
        } else {
            at.col++;
        }
    }
    f8k_diag_add(doc, at, F8K_SEV_ERROR, F8K_E_BINARY,
                 "binary data, not a text filing: %lu of %lu bytes are "
                 "control codes or not UTF-8 (a PDF, image or archive?)",
                 (unsigned long)bad, (unsigned long)len);
    return 1;
}

f8k_status f8k_parse_ex(const char *name, const char *data, size_t len,
                        const f8k_options *opt, f8k_doc **out)
{
    static const f8k_options defaults = { F8K_MODE_AUTO, 0 };
    f8k_doc *doc;
    char *buf;
    size_t n;
    f8k_status st;

    *out = NULL;
    if (opt == NULL)
        opt = &defaults;
    if (len > F8K_MAX_INPUT)
        return F8K_ERR_TOO_LARGE;
    if (data == NULL && len > 0)
        return F8K_ERR_INPUT;
    doc = f8k_doc_new(name);
    if (doc == NULL)
        return F8K_ERR_NOMEM;
    doc->keep_binary = opt->keep_binary;
    /* len <= F8K_MAX_INPUT: no overflow */
    doc->arena.limit = F8K_MEM_FACTOR * len + F8K_MEM_SLACK;
    if (looks_binary(doc, data, len)) {
        if (doc->nomem)
            return give_up(doc, out);
        *out = doc;
        return F8K_ERR_INPUT;
    }
    n = 0;
    buf = f8k_text_clean(&doc->arena, data ? data : "", len, &n);
    if (buf == NULL) {
        if (n > F8K_MAX_TEXT) {
            f8k_doc_free(doc);
            return F8K_ERR_TOO_LARGE;
        }
        return give_up(doc, out);
    }
    if (opt->mode == F8K_MODE_SUBMISSION
        || (opt->mode == F8K_MODE_AUTO && f8k_is_submission(buf, n)))
        st = f8k_submission_parse(doc, buf, n);
    else if (opt->mode == F8K_MODE_HTML
             || (opt->mode == F8K_MODE_AUTO && f8k_html_detect(buf, n)))
        st = f8k_parse_html_body(doc, buf, n, 1);
    else
        st = f8k_parse_body(doc, buf, n, 1);
    if (st == F8K_ERR_NOMEM || doc->nomem)
        return give_up(doc, out);
    *out = doc;
    return st;
}
