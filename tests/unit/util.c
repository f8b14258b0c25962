/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* util.c - what the unit tests of the passes share: a document made by
 * the grammar alone, and looking up its diagnostics. */
#include <string.h>
#include "tests.h"
#include "pipeline.h"
#include "text.h"
#include "diags.h"

f8k_doc *grammar_of(const char *name, const char *text)
{
    f8k_doc *d = f8k_doc_new(name);
    size_t n;
    char *buf;

    if (d == NULL)
        return NULL;
    buf = f8k_text_clean(&d->arena, text, strlen(text), &n);
    if (buf == NULL || f8k_run_grammar(d, buf, n) != 0) {
        f8k_doc_free(d);
        return NULL;
    }
    return d;
}

int diags_of(const f8k_doc *d, f8k_code code, const char *words,
             const f8k_diag **first)
{
    size_t i;
    int n = 0;

    *first = NULL;
    for (i = 0; i < f8k_doc_diag_count(d); i++) {
        const f8k_diag *g = f8k_doc_diag(d, i);
        if (strcmp(g->code, f8k_code_info(code)->code) != 0 || (words && strstr(g->message, words) == NULL))
            continue;
        if (n++ == 0)
            *first = g;
    }
    return n;
}

uint32_t loc_line(const f8k_doc *d, f8k_loc loc)
{
    uint32_t line, col;
    f8k_doc_resolve(d, loc, &line, &col);
    return line;
}

uint32_t loc_col(const f8k_doc *d, f8k_loc loc)
{
    uint32_t line, col;
    f8k_doc_resolve(d, loc, &line, &col);
    return col;
}
