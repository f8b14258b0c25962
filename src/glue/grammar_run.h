/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* grammar_run.h - the one driver of both grammars (the 8-K's, parse.y,
 * and the container's, sub.y): make a scanner on the document's memory,
 * point it at a cleaned buffer, run the parser (or a scan loop), take it
 * down again - with flex's fatal errors (out of memory inside flex)
 * caught by a longjmp back here instead of an exit(). */
#ifndef F8K_GRAMMAR_RUN_H
#define F8K_GRAMMAR_RUN_H

#include <setjmp.h>
#include <stddef.h>

/* The generated functions of one scanner, behind the types they share. */
typedef struct f8k_grammar {
    int   (*init)(void *extra, void **scanner);     /* yylex_init_extra */
    void *(*scan)(char *buf, size_t n, void *scanner); /* yy_scan_buffer */
    void  (*drop)(void *buffer, void *scanner);     /* yy_delete_buffer */
    int   (*destroy)(void *scanner);                /* yylex_destroy    */
} f8k_grammar;

/* Defines NAME, the f8k_grammar of the flex scanner whose functions begin
 * with PREFIX (f8k_yy, f8k_sub_yy): four adapters from the scanner's own
 * types (its extra, yyscan_t, YY_BUFFER_STATE) to the shared ones. */
#define F8K_GRAMMAR_OF(name, prefix)                                       \
    static int name##_init(void *extra, void **sc)                          \
    {                                                                       \
        return prefix##lex_init_extra(extra, sc);                           \
    }                                                                       \
    static void *name##_scan(char *buf, size_t n, void *sc)                 \
    {                                                                       \
        return prefix##_scan_buffer(buf, n, sc);                            \
    }                                                                       \
    static void name##_drop(void *b, void *sc)                              \
    {                                                                       \
        prefix##_delete_buffer(b, sc);                                      \
    }                                                                       \
    static int name##_destroy(void *sc)                                     \
    {                                                                       \
        return prefix##lex_destroy(sc);                                     \
    }                                                                       \
    static const f8k_grammar name = { name##_init, name##_scan,             \
                                       name##_drop, name##_destroy }

/* Scan BUF (N bytes followed by the two NULs flex needs) with G, whose
 * scanner gets EXTRA (which holds FATAL, where YY_FATAL_ERROR jumps), and
 * call RUN(scanner, CTX) - the parser, or a loop over the tokens.  Returns
 * what RUN returns, 2 when the scanner could not be made (memory), 3 when
 * flex failed fatally. */
int f8k_grammar_run(const f8k_grammar *g, void *extra, jmp_buf *fatal,
                    char *buf, size_t n, int (*run)(void *scanner, void *ctx),
                    void *ctx);

#endif
