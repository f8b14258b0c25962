/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* grammar_run.c - the one driver of both grammars (grammar_run.h). */
#include "grammar_run.h"

int f8k_grammar_run(const f8k_grammar *g, void *extra, jmp_buf *fatal,
                    char *buf, size_t n, int (*run)(void *scanner, void *ctx),
                    void *ctx)
{
    void *sc = NULL;
    void *volatile b = NULL;
    volatile int rc = 3;

    if (g->init(extra, &sc) != 0)
        return 2;
    if (setjmp(*fatal) == 0) {
        b = g->scan(buf, n + 2, sc);
        if (b == NULL) {
            rc = 2;
        } else {
            rc = run(sc, ctx);
            g->drop(b, sc);
        }
    }
    /* After a longjmp the buffer state is the document's memory (flex
     * allocates from the arena), freed with it. */
    g->destroy(sc);
    return rc;
}
