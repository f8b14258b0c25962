/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* pipeline.h - the stages of f8k_parse, one call each, for the benchmark
 * and the tests (internal; not installed).
 *
 *   f8k_doc_new -> f8k_text_clean (text.h) -> f8k_run_grammar
 *     -> f8k_pass_cover, f8k_pass_body, f8k_pass_normalize, f8k_pass_check
 *   f8k_scan_only runs the scanner alone over a cleaned buffer.
 */
#ifndef F8K_PIPELINE_H
#define F8K_PIPELINE_H

#include "ast.h"

/* A new empty document named NAME (NULL: "-"); NULL when out of memory. */
f8k_doc *f8k_doc_new(const char *name);

/* Scan and parse the cleaned buffer BUF of N bytes (followed by the two
 * NUL bytes f8k_text_clean leaves).  Returns bison's result (0 accepted,
 * 1 abandoned, 2 memory) or 3 when the scanner failed. */
int f8k_run_grammar(f8k_doc *doc, char *buf, size_t n);
/* The same into FILING for BUF, the buffer of source map MAP (positions
 * are offsets into it; f8k_doc_map_add). */
int f8k_run_grammar_at(f8k_doc *doc, f8k_filing *filing, char *buf, size_t n,
                       uint32_t map);

/* The position of the token the 8-K scanner SCANNER returned last (for
 * the grammar's syntax errors). */
f8k_loc f8k_scan_loc(void *scanner);

/* The 8-K text BUF through grammar and passes into F: F8K_OK,
 * F8K_ERR_INPUT (no 8-K), F8K_ERR_NOT_8K (another form) or
 * F8K_ERR_NOMEM.  AT: where BUF begins in the buffer of a submission (an
 * unknown position for a file of its own). */
f8k_status f8k_parse_body(f8k_doc *doc, f8k_filing *f, char *buf, size_t n,
                          f8k_loc at);
/* The same for BUF, the buffer of source map MAP (made by the caller: the
 * lines an HTML document rendered, with the map back to its source). */
f8k_status f8k_parse_lines(f8k_doc *doc, f8k_filing *f, char *buf, size_t n,
                           uint32_t map);

/* The HTML 8-K document SRC (N bytes of cleaned text, at AT in the
 * buffer of a submission, or an unknown position for a file of its own)
 * rendered into lines (html.c), through f8k_parse_body, its positions
 * resolved through the map of its rendering into SRC, its cover checked
 * against its inline XBRL (front_html.c).  Statuses as f8k_parse_body. */
f8k_status f8k_parse_html_body(f8k_doc *doc, f8k_filing *f, char *src,
                               size_t n, f8k_loc at);

/* The lines the grammar read, each after the position it came from
 * (unless FLAGS has F8K_RENDER_PLAIN): F's rendered HTML, or when F is
 * NULL the cleaned plain text TEXT of LEN bytes (f8k_render). */
f8k_status f8k_render_lines(const f8k_doc *doc, const f8k_filing *f,
                            const char *text,
                            size_t len, int flags, char **out, size_t *out_len);

/* ixcheck.c: F's printed cover against its inline XBRL dei facts ->
 * diagnostics F8K-X601..N608.  0, or -1 out of memory. */
int f8k_pass_ixcheck(f8k_doc *doc, const f8k_filing *f);

/* Scan the cleaned buffer without parsing; *TOKENS gets the number of
 * tokens.  Returns 0, or -1 when out of memory. */
int f8k_scan_only(f8k_doc *doc, char *buf, size_t n, size_t *tokens);

/* f8k_doc_to_xml in two steps.  f8k_xml_write writes the document into
 * a new buffer (*XML, NUL-terminated, *LEN bytes; free() it), unchecked:
 * 0, or -1 when out of memory.  f8k_xml_validate checks XML against the
 * schema as a stream: F8K_OK, or F8K_ERR_SCHEMA / F8K_ERR_INTERNAL /
 * F8K_ERR_NOMEM with a diagnostic added to DOC (but not for NOMEM). */
int f8k_xml_write(const f8k_doc *doc, char **xml, size_t *len);
f8k_status f8k_xml_validate(f8k_doc *doc, const f8k_schema *schema,
                            const char *xml, size_t len);

#endif /* F8K_PIPELINE_H */
