/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* test_allocfail.c - every allocation of a parse fails in turn.
 *
 *   tests/alloc/test_allocfail [-v] [FILE...]
 *
 * Without FILE (make check) it takes two golden inputs and a submission
 * file under $top_srcdir.
 * This program defines malloc, calloc, realloc and free itself (they
 * forward to glibc's __libc_* functions), so that it sees every
 * allocation of the process: the library's (f8k_malloc, the arena, flex
 * through f8k_yyalloc) and libxml2's.  For each FILE and each phase it
 * runs the phase with allocation number N failing, for N = 1, 2, ...
 * until a run makes fewer than N allocations, and checks of every run:
 *
 *   - the library returns (never exit(): an atexit handler fails the test
 *     if the library exits; flex's yy_fatal_error longjmps instead),
 *   - a run whose allocation failed returns an error, F8K_ERR_NOMEM for
 *     the parse, and hands out nothing (*out NULL, *xml NULL),
 *   - a run whose allocations all succeeded returns what an unhindered
 *     run returns,
 *   - nothing leaks: the live allocations after freeing what the library
 *     handed out are as many as before the run.
 *
 * Phases:
 *   grammar  f8k_run_grammar alone (scanner + parser), each of its
 *            arena allocations failing in turn (see grammar_once): the
 *            runs where flex's own allocations fail end in
 *            yy_fatal_error, which must longjmp back (f8k_run_grammar
 *            returns 3); at least one run must take that path, or the
 *            test fails
 *   container f8k_submission_parse (the EDGAR container scanner and
 *            grammar, then the document grammar on the 8-K inside), each
 *            arena allocation failing in turn, the same way
 *   parse    f8k_parse, all passes
 *   xml      f8k_doc_to_xml: the document written into its buffer, the
 *            push parser made, validation.  The allocations inside
 *            xmlSchemaNewValidCtxt, xmlSchemaSAXPlug and xmlParseChunk
 *            (where the validator does its work) are left alone (and
 *            counted): libxml2 2.9.14 itself crashes when one of them
 *            fails (a validation context without its item list,
 *            "allocating an item list structure", is handed out and
 *            dereferenced later), which no caller can prevent.  This
 *            program wraps those functions to know when the library is
 *            inside them.
 *
 * Skipped (exit 77) under AddressSanitizer, which owns malloc itself.
 */
#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <execinfo.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include "form8k.h"
#include "ast.h"
#include "pipeline.h"
#include "submission.h"
#include "text.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define F8K_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define F8K_ASAN 1
#endif

/* ---------------------------------------------------------- allocator */

void *__libc_malloc(size_t n);
void *__libc_calloc(size_t n, size_t size);
void *__libc_realloc(void *p, size_t n);
void  __libc_free(void *p);

#ifndef F8K_ASAN
static int  tracking;      /* count live allocations                    */
static long live;          /* allocations minus frees while tracking     */
static long calls;         /* allocation calls while failing is armed    */
static long fail_at;       /* the call that fails (1-based); 0: none     */
static int  failed;        /* the armed failure happened                 */
static int  in_library;    /* a library call is running                  */
static int  in_validation; /* inside libxml2's validator (see above)    */
static long validation_calls; /* allocations made there                 */

static int should_fail(void)
{
    if (in_validation) {
        validation_calls++;
        return 0;
    }
    if (fail_at == 0)
        return 0;
    if (++calls == fail_at) {
        failed = 1;
        if (getenv("F8K_ALLOC_TRACE") != NULL) {
            void *frames[12];
            backtrace_symbols_fd(frames, backtrace(frames, 12), 2);
            ssize_t w = write(2, "--\n", 3);
            (void)w;
        }
        return 1;
    }
    return 0;
}

void *malloc(size_t n)
{
    void *p;
    if (should_fail())
        return NULL;
    p = __libc_malloc(n);
    if (p != NULL && tracking)
        live++;
    return p;
}

void *calloc(size_t n, size_t size)
{
    void *p;
    if (should_fail())
        return NULL;
    p = __libc_calloc(n, size);
    if (p != NULL && tracking)
        live++;
    return p;
}

void *realloc(void *p, size_t n)
{
    void *q;
    if (p == NULL)
        return malloc(n);
    if (should_fail())
        return NULL;
    q = __libc_realloc(p, n);
    if (q == NULL && n == 0 && tracking)
        live--;            /* glibc freed P */
    return q;
}

void free(void *p)
{
    if (p != NULL && tracking)
        live--;
    __libc_free(p);
}

/* The library's calls of these two land here (the library is linked
 * into this program); libxml2's own functions do the work. */
static void *real_fn(const char *name)
{
    void *f = dlsym(RTLD_NEXT, name);
    if (f == NULL) {
        fprintf(stderr, "FAIL: dlsym %s: %s\n", name, dlerror());
        abort();
    }
    return f;
}

xmlSchemaValidCtxtPtr xmlSchemaNewValidCtxt(xmlSchemaPtr schema)
{
    typedef xmlSchemaValidCtxtPtr fn(xmlSchemaPtr);
    static fn *real;
    xmlSchemaValidCtxtPtr ctxt;

    if (real == NULL)
        *(void **)&real = real_fn("xmlSchemaNewValidCtxt");
    in_validation = 1;
    ctxt = real(schema);
    in_validation = 0;
    return ctxt;
}

/* Plugging the validator into a parser prepares the validation (its
 * item lists): left alone like the context. */
xmlSchemaSAXPlugPtr xmlSchemaSAXPlug(xmlSchemaValidCtxtPtr ctxt,
                                     xmlSAXHandlerPtr *sax, void **user_data)
{
    typedef xmlSchemaSAXPlugPtr fn(xmlSchemaValidCtxtPtr, xmlSAXHandlerPtr *,
                                   void **);
    static fn *real;
    xmlSchemaSAXPlugPtr plug;

    if (real == NULL)
        *(void **)&real = real_fn("xmlSchemaSAXPlug");
    in_validation = 1;
    plug = real(ctxt, sax, user_data);
    in_validation = 0;
    return plug;
}

/* Parsing with the validator plugged in: every allocation of the
 * validator happens in here. */
int xmlParseChunk(xmlParserCtxtPtr ctxt, const char *chunk, int size,
                  int terminate)
{
    typedef int fn(xmlParserCtxtPtr, const char *, int, int);
    static fn *real;
    int rc;

    if (real == NULL)
        *(void **)&real = real_fn("xmlParseChunk");
    in_validation = 1;
    rc = real(ctxt, chunk, size, terminate);
    in_validation = 0;
    return rc;
}

static void library_exited(void)
{
    if (in_library) {
        static const char msg[] = "FAIL: the library called exit()\n";
        ssize_t w = write(2, msg, sizeof msg - 1);
        (void)w;
        _exit(1);
    }
}

/* ---------------------------------------------------------- the test */

static int verbose;
static int failures;

static void fail(const char *file, const char *phase, long n,
                 const char *fmt, ...)
{
    va_list ap;
    fprintf(stdout, "FAIL: %s: %s: allocation %ld failing: ", file, phase, n);
    va_start(ap, fmt);
    vfprintf(stdout, fmt, ap);
    va_end(ap);
    fputc('\n', stdout);
    failures++;
}

/* Arm: allocation number N fails (0: none), count live allocations. */
static void arm(long n)
{
    calls = 0;
    fail_at = n;
    failed = 0;
    live = 0;
    validation_calls = 0;
    tracking = 1;
    in_library = 1;
}

static void disarm(void)
{
    fail_at = 0;
    in_library = 0;
}

static void untrack(void)
{
    tracking = 0;
}

/* The end of every run: stop counting, report a leak, return HIT. */
static int run_done(const char *file, const char *phase, long n,
                    const char *result, int hit)
{
    /* libxml2 keeps a copy of its last error (per thread), replaced by
     * the next one: not a leak of ours, so dropped before counting. */
    xmlResetLastError();
    untrack();
    if (live != 0)
        fail(file, phase, n, "%ld allocation(s) leaked", live);
    if (verbose)
        printf("  %s %ld: %s%s\n", phase, n, result, hit ? " (failed)" : "");
    return hit;
}

struct figures {
    long points;     /* allocation points: runs with a failure injected */
    long fatal;      /* runs that took flex's yy_fatal_error path       */
};

/* A stage run on the cleaned text: 0 done, 2 out of memory, 3 flex's
 * yy_fatal_error (the document grammar tells; the container's
 * f8k_submission_parse says out of memory for both). */
typedef int stage_fn(f8k_doc *doc, char *buf, size_t n);

static int stage_grammar(f8k_doc *doc, char *buf, size_t n)
{
    int rc = f8k_run_grammar(doc, buf, n);
    return rc == 1 ? 0 : rc;      /* 1: a syntax error, still a result */
}

/* The container hands its 8-K documents to the front end of their kind,
 * as f8k_parse_ex does. */
static f8k_status parse_document(f8k_doc *doc, f8k_filing *f, char *buf,
                                 size_t n, f8k_loc at, int html)
{
    return html ? f8k_parse_html_body(doc, f, buf, n, at)
                : f8k_parse_body(doc, f, buf, n, at);
}

static int stage_container(f8k_doc *doc, char *buf, size_t n)
{
    return f8k_submission_parse(doc, buf, n, parse_document) == F8K_ERR_NOMEM
           ? 2 : 0;
}

/* grammar: a STAGE with its arena running dry after ROOM bytes.
 * The scanner, flex's own structures (f8k_yyalloc) and the grammar
 * actions allocate from the document's arena, which calls malloc only
 * for a new chunk; so the test fills the current chunk but ROOM bytes
 * and makes the next malloc fail.  ROOM = 0, 16, 32 ... makes each arena
 * allocation of the grammar fail in turn: first flex's (yylex_init, then
 * the buffer stack and buffer state of yy_scan_buffer, whose failure goes
 * through yy_fatal_error), then the line nodes of the tokens.  Returns 1
 * when an allocation failed (go on with ROOM + 16), 0 when the run was
 * complete or ROOM is more than a chunk holds.  The same for the
 * container scanner and grammar (grammar/sub.l, sub.y). */
static int grammar_once(const char *file, const char *data, size_t len,
                        size_t room, stage_fn *stage, const char *phase,
                        struct figures *fig)
{
    f8k_doc *doc;
    char *buf;
    size_t cleaned, total, chunk;
    int rc, hit, nomem;

    arm(0);
    doc = f8k_doc_new(file);
    buf = doc != NULL ? f8k_text_clean(&doc->arena, data, len, &cleaned) : NULL;
    /* Fill the current chunk: the allocation that takes a new one says
     * how large the new chunk is. */
    for (;;) {
        total = doc != NULL ? doc->arena.total : 0;
        if (buf == NULL || f8k_arena_alloc(&doc->arena, 16) == NULL) {
            disarm();
            untrack();
            fail(file, phase, (long)room, "setup ran out of memory");
            f8k_doc_free(doc);
            return 0;
        }
        if (doc->arena.total != total)
            break;
    }
    chunk = doc->arena.total - total - 16;
    if (room >= chunk) {
        disarm();
        f8k_doc_free(doc);
        untrack();
        return 0;
    }
    if (chunk - room > 0 && f8k_arena_alloc(&doc->arena, chunk - room) == NULL) {
        disarm();
        f8k_doc_free(doc);
        untrack();
        fail(file, phase, (long)room, "setup ran out of memory");
        return 0;
    }
    calls = 0;
    fail_at = 1;
    rc = stage(doc, buf, cleaned);
    hit = failed;
    disarm();
    /* An allocation of a grammar action fails softly: bison goes on and
     * the document says so (f8k_parse then gives up on it). */
    nomem = doc->nomem;
    f8k_doc_free(doc);
    if (hit) {
        if (rc == 0 && !nomem)
            fail(file, phase, (long)room, "the run succeeded and the document "
                 "is not marked out of memory");
        if (rc == 3)
            fig->fatal++;
    } else if (rc != 0) {
        fail(file, phase, (long)room, "no failure, but the run returned %d", rc);
    }
    return run_done(file, phase, (long)room, rc == 3 ? "yy_fatal_error"
                    : rc == 2 || nomem ? "out of memory" : "parsed", hit);
}

static int parse_once(const char *file, const char *data, size_t len,
                      long n, f8k_status want)
{
    f8k_doc *doc = (f8k_doc *)&doc;   /* not NULL: the call must set it */
    f8k_status st;
    int hit;

    arm(n);
    st = f8k_parse(file, data, len, &doc);
    hit = failed;
    disarm();
    if (hit && (st != F8K_ERR_NOMEM || doc != NULL))
        fail(file, "parse", n, "f8k_parse returned \"%s\" and %s, not out of "
             "memory and no document", f8k_status_string(st),
             doc != NULL ? "a document" : "no document");
    if (!hit && st != want)
        fail(file, "parse", n, "no failure, but f8k_parse returned \"%s\"",
             f8k_status_string(st));
    if (st == F8K_OK || st == F8K_ERR_INPUT || st == F8K_ERR_NOT_8K)
        f8k_doc_free(doc);
    return run_done(file, "parse", n, f8k_status_string(st), hit);
}

static int xml_once(const char *file, const char *data, size_t len,
                    long n, const f8k_schema *schema)
{
    f8k_doc *doc = NULL;
    char *xml = (char *)&xml;         /* not NULL: the call must set it */
    size_t xlen = 1;
    f8k_status st;
    int hit;

    arm(0);
    if (f8k_parse(file, data, len, &doc) != F8K_OK) {
        disarm();
        f8k_doc_free(doc);
        untrack();
        fail(file, "xml", n, "the input does not parse");
        return 0;
    }
    calls = 0;
    fail_at = n;
    st = f8k_doc_to_xml(doc, schema, &xml, &xlen);
    hit = failed;
    disarm();
    if (hit && st == F8K_OK) {
        /* libxml2 may survive a failed allocation (it retries, or the
         * allocation was optional): then the XML must still be whole. */
        if (xml == NULL || strlen(xml) != xlen)
            fail(file, "xml", n, "XML handed out is not whole");
    } else if (hit && (xml != NULL || xlen != 0)) {
        fail(file, "xml", n, "f8k_doc_to_xml returned \"%s\" but handed out XML",
             f8k_status_string(st));
    } else if (!hit && st != F8K_OK) {
        fail(file, "xml", n, "no failure, but f8k_doc_to_xml returned \"%s\"",
             f8k_status_string(st));
    }
    if (st == F8K_OK)
        f8k_free(xml);
    f8k_doc_free(doc);
    return run_done(file, "xml", n, f8k_status_string(st), hit);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;

    if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
        fseek(f, 0, SEEK_SET) != 0) {
        perror(path);
        if (f != NULL)
            fclose(f);
        return NULL;
    }
    buf = malloc((size_t)n + 1);
    if (buf == NULL || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        perror(path);
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return buf;
}

/* The whole input REPEAT times over: a larger document needs more arena
 * chunks, hence more allocation points. */
static char *repeat(const char *data, size_t len, int times, size_t *outlen)
{
    char *buf = malloc(len * (size_t)times + 1);
    int i;
    if (buf == NULL)
        return NULL;
    for (i = 0; i < times; i++)
        memcpy(buf + len * (size_t)i, data, len);
    *outlen = len * (size_t)times;
    return buf;
}

static void run_input(const char *name, const char *data, size_t len,
                      const f8k_schema *schema, int with_xml)
{
    struct figures g = { 0, 0 }, c = { 0, 0 }, p = { 0, 0 }, x = { 0, 0 };
    long in_xsd = 0;
    f8k_doc *doc = NULL;
    f8k_status want;
    long n;

    /* The unhindered result. */
    want = f8k_parse(name, data, len, &doc);
    f8k_doc_free(doc);
    if (want != F8K_OK) {
        fail(name, "setup", 0, "the input does not parse (%s)",
             f8k_status_string(want));
        return;
    }

    if (with_xml) { /* the inputs as they are, not the repeated ones */
        for (n = 0; grammar_once(name, data, len, (size_t)n * 16,
                                 stage_grammar, "grammar", &g); n++)
            g.points++;
        for (n = 0; grammar_once(name, data, len, (size_t)n * 16,
                                 stage_container, "container", &c); n++)
            c.points++;
    }
    for (n = 1; parse_once(name, data, len, n, want); n++)
        p.points++;
    /* libxml2 makes an allocation per node: the XML phase too. */
    if (with_xml)
        for (n = 1; xml_once(name, data, len, n, schema); n++)
            x.points++;
    in_xsd = validation_calls;
    printf("%s: %zu bytes: grammar %ld arena allocation points (%ld through "
           "yy_fatal_error), container %ld, parse %ld malloc points, xml %ld "
           "(+%ld inside schema validation, not failed)\n", name, len,
           g.points, g.fatal, c.points, p.points, x.points, in_xsd);
    if (with_xml && g.fatal == 0)
        fail(name, "grammar", 0, "no run took flex's yy_fatal_error path");
}

/* libxml2 2.9 reports each failed allocation of its tree functions on
 * standard error through its generic handler, which only the program can
 * redirect (src/output/xml.c); this one keeps the test's log readable. */
static void quiet(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

int main(int argc, char **argv)
{
    static const char *const golden[] = {
        "tests/golden/classic-three-column/input.txt",
        "tests/golden/latin1-and-controls/input.txt",
        "fuzz/seeds/submission-8k.txt"
    };
    enum { NGOLDEN = sizeof golden / sizeof golden[0] };
    char paths[NGOLDEN][4096];
    char *defaults[NGOLDEN + 1];
    f8k_schema *schema = NULL;
    int i;

    if (argc > 1 && strcmp(argv[1], "-v") == 0) {
        verbose = 1;
        argc--, argv++;
    }
    if (argc < 2) {
        const char *top = getenv("top_srcdir");
        if (top == NULL) {
            fprintf(stderr, "usage: test_allocfail [-v] [FILE...]\n"
                    "(without FILE, top_srcdir must be set)\n");
            return 2;
        }
        defaults[0] = argv[0];
        for (i = 0; i < NGOLDEN; i++) {
            snprintf(paths[i], sizeof paths[i], "%s/%s", top, golden[i]);
            defaults[i + 1] = paths[i];
        }
        argc = NGOLDEN + 1;
        argv = defaults;
    }
    atexit(library_exited);
    xmlSetGenericErrorFunc(NULL, quiet);
    if (f8k_schema_new(&schema) != F8K_OK) {
        printf("FAIL: setup: f8k_schema_new\n");
        return 1;
    }
    for (i = 1; i < argc; i++) {
        size_t len, big_len;
        char *data = read_file(argv[i], &len), *big;
        if (data == NULL) {
            failures++;
            continue;
        }
        run_input(argv[i], data, len, schema, 1);
        big = repeat(data, len, 40, &big_len);
        if (big != NULL) {
            char name[1024];
            snprintf(name, sizeof name, "%s x40", argv[i]);
            run_input(name, big, big_len, schema, 0);
            free(big);
        }
        free(data);
    }
    f8k_schema_free(schema);
    printf("%s\n", failures ? "FAIL" : "PASS");
    return failures ? 1 : 0;
}
#else
int main(void)
{
    puts("SKIP: built with AddressSanitizer, which owns malloc");
    return 77;
}
#endif
