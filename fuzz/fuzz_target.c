/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* fuzz_target.c - parse + XML + free, with the library's contract checked.
 * See fuzz_target.h.  Shared by the libFuzzer and AFL++ builds and by the
 * replay driver (fuzz/replay.c) that make check runs over the seeds and
 * the regression inputs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fuzz_target.h"

static void broken(const char *what, f8k_status st)
{
    fprintf(stderr, "fuzz: contract broken: %s (status %d: %s)\n", what,
            (int)st, f8k_status_string(st));
    abort();
}

/* The schema is compiled once per process and kept: compiling it costs
 * far more than a parse.  Still reachable at exit, hence no leak report. */
static const f8k_schema *schema_once(void)
{
    static f8k_schema *schema;
    if (schema == NULL && f8k_schema_new(&schema) != F8K_OK)
        broken("f8k_schema_new failed", F8K_ERR_INTERNAL);
    return schema;
}

static void check_diags(const f8k_doc *doc)
{
    size_t i, n = f8k_doc_diag_count(doc);
    for (i = 0; i < n; i++) {
        const f8k_diag *d = f8k_doc_diag(doc, i);
        if (d == NULL || d->file == NULL || d->message == NULL ||
            d->code == NULL || d->line == 0 || d->column == 0)
            broken("diagnostic without file, line, column or message", F8K_OK);
    }
}

f8k_status f8k_fuzz_one(const uint8_t *data, size_t size, f8k_input_mode mode)
{
    f8k_options opt;
    f8k_doc *doc = NULL;
    f8k_status st;
    char *xml = NULL;
    size_t len = 0;

    memset(&opt, 0, sizeof opt);
    opt.mode = mode;
    opt.keep_binary = size > 0 && (data[0] & 1);
    st = f8k_parse_ex("fuzz.txt", (const char *)data, size, &opt, &doc);
    switch (st) {
    case F8K_OK:
    case F8K_ERR_INPUT:
    case F8K_ERR_NOT_8K:
        if (doc == NULL)
            broken("no document for a parsed input", st);
        break;
    case F8K_ERR_NOMEM:
        /* The fuzzer's allocator may refuse a huge request (-rss_limit). */
        if (doc != NULL)
            broken("a document with F8K_ERR_NOMEM", st);
        return st;
    default:
        broken("unexpected status of f8k_parse_ex", st);
    }
    check_diags(doc);
    if (st == F8K_OK) {
        /* Every parsed document must serialise to XML valid against the
         * schema: F8K_ERR_SCHEMA here is a bug of ours. */
        st = f8k_doc_to_xml(doc, schema_once(), &xml, &len);
        if (st != F8K_OK && st != F8K_ERR_NOMEM)
            broken("f8k_doc_to_xml failed", st);
        if (st == F8K_OK && (xml == NULL || len == 0 || strlen(xml) != len))
            broken("f8k_doc_to_xml returned no or truncated XML", st);
        if (st != F8K_OK && xml != NULL)
            broken("XML handed out on failure", st);
        f8k_free(xml);
        check_diags(doc);
    }
    f8k_doc_free(doc);
    return st;
}
