/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* form8k.h - public interface of libform8k (MIT licence, see LICENSE).
 *
 * libform8k reads a Form 8-K as filed on EDGAR (the plain-text layout of
 * 1993-2005, the HTML and inline XBRL of later years, and the submission
 * file around either) with a flex/bison grammar, builds a syntax tree,
 * normalises it and writes XML valid against form8k.xsd.
 *
 * Only the functions declared here are exported by the shared library
 * (src/libform8k.sym); its soname follows libtool's -version-info rules
 * (Makefile.am): the interface number changes only when this header
 * breaks compatibility.
 *
 * The types are opaque.  The library never prints, never exits and keeps
 * no global state: everything lives in an f8k_doc or an f8k_schema, and
 * problems are reported as f8k_diag records with file, line and column.
 */
#ifndef FORM8K_H
#define FORM8K_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Result of a library call.  The command maps these to exit codes. */
typedef enum f8k_status {
    F8K_OK = 0,          /* done; diagnostics may still hold warnings     */
    F8K_ERR_NOMEM,       /* an allocation failed; nothing was produced   */
    F8K_ERR_INPUT,       /* the input is not a readable Form 8-K         */
    F8K_ERR_TOO_LARGE,   /* the input exceeds F8K_MAX_INPUT, or its text
                          * in UTF-8 exceeds 2 GiB (Latin-1 bytes grow)   */
    F8K_ERR_SCHEMA,      /* the XML did not validate (a bug of ours)     */
    F8K_ERR_INTERNAL,    /* libxml2 or another internal failure          */
    F8K_ERR_NOT_8K,      /* another form (10-K, 10-Q, 6-K ...): refused  */
    F8K_ERR_IO           /* f8k_parse_file could not read the file (errno
                          * says why)                                     */
} f8k_status;

/* Largest input accepted, in bytes.  Larger inputs are refused cleanly,
 * and so are inputs whose text, converted to UTF-8, exceeds 2 GiB. */
#define F8K_MAX_INPUT ((size_t)1 << 30)

typedef enum f8k_severity {
    F8K_SEV_NOTE = 0,    /* worth knowing; the filing follows the grammar */
    F8K_SEV_WARNING,     /* the filing departs from the grammar here      */
    F8K_SEV_ERROR        /* a region could not be parsed                  */
} f8k_severity;

/* One diagnostic.  Strings stay valid as long as the f8k_doc lives. */
typedef struct f8k_diag {
    const char  *file;     /* name given to f8k_parse                    */
    unsigned     line;     /* 1-based                                    */
    unsigned     column;   /* 1-based, in characters, tabs every 8       */
    f8k_severity severity;
    const char  *code;     /* stable code, e.g. "F8K-E001"               */
    const char  *message;  /* English text, no trailing newline          */
    /* The other side of a cross-check (the SEC header line a cover value
     * disagrees with, ...): 0 when the diagnostic has no other side. */
    unsigned     rel_line;
    unsigned     rel_column;
} f8k_diag;

typedef struct f8k_doc f8k_doc;        /* a parsed filing               */
typedef struct f8k_schema f8k_schema;  /* the compiled form8k.xsd       */

/* Version of the library ("0.2.0") and of the XML namespace it writes. */
const char *f8k_version(void);
const char *f8k_xml_namespace(void);

/* Parse LEN bytes at DATA (need not be NUL-terminated).  NAME is used in
 * diagnostics only.  *OUT receives a document (holding the diagnostics,
 * and the parsed filing on F8K_OK) that the caller frees with
 * f8k_doc_free - on F8K_OK, F8K_ERR_INPUT and F8K_ERR_NOT_8K; it is NULL
 * after F8K_ERR_NOMEM and F8K_ERR_TOO_LARGE, and after F8K_ERR_INPUT when
 * DATA is NULL with LEN > 0. */
f8k_status f8k_parse(const char *name, const char *data, size_t len,
                     f8k_doc **out);

/* What the input is.  AUTO tells from the content: an EDGAR submission
 * file (PEM-wrapped, <SEC-DOCUMENT>, <IMS-DOCUMENT>, <SUBMISSION>, or a
 * lone <DOCUMENT> block) or the text of a Form 8-K document itself. */
typedef enum f8k_input_mode {
    F8K_MODE_AUTO = 0,
    F8K_MODE_DOCUMENT,     /* the 8-K document itself                    */
    F8K_MODE_SUBMISSION,   /* an EDGAR submission container              */
    F8K_MODE_HTML          /* the 8-K document itself, in HTML           */
} f8k_input_mode;

typedef struct f8k_options {
    f8k_input_mode mode;
    int            keep_binary;  /* keep binary documents' bytes (base64) */
} f8k_options;

/* f8k_parse with options; OPT NULL means all defaults (f8k_parse). */
f8k_status f8k_parse_ex(const char *name, const char *data, size_t len,
                        const f8k_options *opt, f8k_doc **out);

/* f8k_parse_ex of the file PATH (its name in the diagnostics).  Files
 * larger than F8K_MAX_INPUT are refused (F8K_ERR_TOO_LARGE) before they
 * are read; a file that cannot be read gives F8K_ERR_IO with errno set and
 * *OUT NULL.  OPT may be NULL. */
f8k_status f8k_parse_file(const char *path, const f8k_options *opt,
                          f8k_doc **out);

/* What DOC was read as: "text" (a plain-text 8-K document), "html" (an
 * HTML one), "submission" (an EDGAR submission file) or "binary" (refused
 * as binary data).  Never NULL. */
const char *f8k_doc_kind(const f8k_doc *doc);
/* 1 when the grammar read a Form 8-K body from DOC (the document itself,
 * or at least one 8-K document of a submission), else 0 (binary data, a
 * document whose cover names another form, nothing read). */
int         f8k_doc_has_8k(const f8k_doc *doc);
/* The value of the SEC header field named ELEM as the XML names it
 * ("AccessionNumber", "CentralIndexKey" - the first filer's -,
 * "PeriodOfReport" ...), normalised where form8k types it; NULL when DOC
 * is no submission or has no such field.  Valid while DOC lives. */
const char *f8k_doc_header(const f8k_doc *doc, const char *elem);

size_t          f8k_doc_diag_count(const f8k_doc *doc);
const f8k_diag *f8k_doc_diag(const f8k_doc *doc, size_t i);
void            f8k_doc_free(f8k_doc *doc);

/* Compile the XSD built into the library (no file, no network).  Compile
 * once and share: validation through one f8k_schema is safe from several
 * threads at once. */
f8k_status f8k_schema_new(f8k_schema **out);
void       f8k_schema_free(f8k_schema *schema);

/* Serialise DOC to XML, validate it against SCHEMA in memory and, only if
 * valid, hand it out: *XML (malloc'd, caller frees with f8k_free) and
 * *LEN.  On failure *XML is NULL and a diagnostic is added to DOC. */
f8k_status f8k_doc_to_xml(f8k_doc *doc, const f8k_schema *schema,
                          char **xml, size_t *len);

/* The lines form8k's grammar reads from DATA (parsed as f8k_parse_ex
 * does): for an HTML 8-K (bare, or the 8-K document of a submission) the
 * lines the HTML front end rendered, for plain text the cleaned text.
 * Each line is prefixed with "LINE:COL| ", the position in DATA its first
 * character came from, unless FLAGS has F8K_RENDER_PLAIN.  *OUT (malloc'd,
 * free with f8k_free, NUL-terminated) and *OUT_LEN; F8K_OK, or
 * F8K_ERR_NOMEM / F8K_ERR_TOO_LARGE with *OUT NULL.  An input that is no
 * 8-K is rendered all the same. */
#define F8K_RENDER_PLAIN 1
f8k_status f8k_render(const char *name, const char *data, size_t len,
                      const f8k_options *opt, int flags, char **out,
                      size_t *out_len);

/* The catalogue of diagnostic codes (src/tree/diags.def): what each code
 * means, the rule of the form or of the grammar it checks, an example of
 * a filing that triggers it and what to do.  Strings are static. */
typedef struct f8k_diag_info {
    const char  *code;      /* "F8K-W301"                                */
    f8k_severity severity;  /* every diagnostic of this code has it      */
    const char  *rule;      /* the grammar rule or check that finds it   */
    const char  *summary;   /* one line                                  */
    const char  *means;     /* what it means, the rule it checks         */
    const char  *example;   /* a filing line that triggers it            */
    const char  *fix;       /* what to do                                */
} f8k_diag_info;

/* The I-th entry (in the table's order), NULL past the last. */
const f8k_diag_info *f8k_diag_info_at(size_t i);
/* The entry of CODE ("F8K-W301", "W301" or "w301"), NULL if none. */
const f8k_diag_info *f8k_diag_info_find(const char *code);

/* What a reviewer checks beyond the grammar (dates in order, the
 * signature dated, exhibits announced and listed, the signer's
 * registrant; codes F8K-W701..W707), added to DOC's diagnostics.  form8k
 * validate runs it after f8k_parse_ex; f8k_parse does not.  Only a
 * document that parsed (F8K_OK) is reviewed.  F8K_OK or F8K_ERR_NOMEM. */
f8k_status f8k_review(f8k_doc *doc);

/* The form type DOC's filing prints or its submission declares ("8-K",
 * "8-K/A", "10-Q" for a refused one), and the submission's filing date
 * (ISO, "FILED AS OF DATE"); NULL when not known. */
const char *f8k_doc_form(const f8k_doc *doc);
const char *f8k_doc_filed(const f8k_doc *doc);

void        f8k_free(void *p);
const char *f8k_status_string(f8k_status st);

#ifdef __cplusplus
}
#endif
#endif /* FORM8K_H */
