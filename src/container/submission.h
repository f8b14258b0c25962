/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* submission.h - the syntax tree of an EDGAR submission file.
 *
 * Pipeline:  clean (text.c) -> scan (grammar/sub.l: one token per line)
 *   -> parse (grammar/sub.y: envelope, header, documents -> nodes below)
 *   -> submission.c: header values typed (header.def), binaries decoded,
 *      each Form 8-K document parsed by the 8-K grammar (parse.y) into an
 *      f8k_filing of its own
 *   -> xcheck.c: the header against the documents (diagnostics)
 *   -> xml.c
 *
 * Like ast.h, everything lives in the document's arena.  Lines are not
 * copied: a document's text is kept as spans of the cleaned buffer, which
 * the arena owns as well.
 */
#ifndef F8K_SUBMISSION_H
#define F8K_SUBMISSION_H

#include "ast.h"

/* A line as the container scanner returned it (not NUL-terminated). */
typedef struct f8k_sline {
    const char *text;
    uint32_t    len;
    f8k_loc     start;   /* its first byte                              */
    f8k_loc     loc;     /* its first non-blank character               */
} f8k_sline;

/* How a header value is typed (and normalised for the XML). */
typedef enum f8k_htype {
    F8K_HT_TEXT = 0,   /* kept as printed                                */
    F8K_HT_DATE,       /* 20240201 -> 2024-02-01                         */
    F8K_HT_DATETIME,   /* 20240201163030 -> 2024-02-01T16:30:30          */
    F8K_HT_ACCESSION,  /* 0000320193-24-000005                           */
    F8K_HT_COUNT,      /* a non-negative number                          */
    F8K_HT_CIK,        /* ten digits                                     */
    F8K_HT_SIC,        /* "ELECTRONIC COMPUTERS [3571]" or "4991"        */
    F8K_HT_EIN,        /* 942404110 -> 94-2404110                        */
    F8K_HT_STATE,      /* EDGAR state or country code: CA, X0            */
    F8K_HT_MMDD,       /* fiscal year end 0928 -> --09-28                */
    F8K_HT_FILENO,     /* 001-36743                                      */
    F8K_HT_ITEM,       /* an 8-K item: "5", "2.02" or its caption        */
    F8K_HT_PARTY,      /* a party: FILER, SUBJECT COMPANY, FILED BY      */
    F8K_HT_SECTION     /* a section: COMPANY DATA, BUSINESS ADDRESS ...  */
} f8k_htype;

/* One known header key, in both dialects (header.def). */
typedef struct f8k_hkey {
    const char *elem;    /* XML element                                 */
    const char *key;     /* "CENTRAL INDEX KEY" (KEY: value dialect)    */
    const char *tag;     /* "CIK" (<SUBMISSION> tag dialect)            */
    f8k_htype   type;
} f8k_hkey;

/* The position of the token the container scanner SCANNER returned
 * last (for the grammar's syntax errors). */
f8k_loc f8k_sub_scan_loc(void *scanner);

/* Look a key up by its printed name (either dialect); NULL if unknown. */
const f8k_hkey *f8k_hkey_find(const char *name, size_t n, int tag);

/* A header node: a field, or a party or section with fields inside. */
struct f8k_hnode {
    const f8k_hkey   *def;      /* NULL: a key form8k does not know      */
    const char       *name;     /* the key or tag as printed            */
    f8k_value         value;    /* fields: printed, normalised, where   */
    const char       *code;     /* SIC code; item number of an item      */
    int               bad;      /* the value did not normalise          */
    struct f8k_hnode *children; /* parties and sections                 */
    struct f8k_hnode *children_tail;
    const struct f8k_doc *doc;  /* its document (ast.h: handles)         */
    struct f8k_hnode *next;
};

typedef struct f8k_hnodes {
    f8k_hnode *head;
    f8k_hnode *tail;
} f8k_hnodes;

/* A run of consecutive body lines of a document. */
typedef struct f8k_span {
    const char      *p;
    size_t           n;       /* bytes, the last line's '\n' included    */
    f8k_loc          loc;     /* the first line                          */
    uint32_t         lines;
    struct f8k_span *next;
} f8k_span;

/* A uuencoded file inside a document body. */
typedef struct f8k_binary {
    f8k_value           name;     /* the file name of "begin 644 name"   */
    const char         *mode;     /* "644"                               */
    const char         *data;     /* the encoded lines (from the buffer)  */
    size_t              encoded;  /* their size in bytes                 */
    uint32_t            lines;
    int                 ended;    /* "end" was seen                      */
    unsigned char      *bytes;    /* decoded (submission.c)              */
    size_t              decoded;
    uint32_t            bad_lines;/* lines that are not uuencode         */
    char                sha256[65];
    struct f8k_binary  *next;
} f8k_binary;

/* One <DOCUMENT> of the submission. */
struct f8k_document {
    f8k_loc              loc;
    f8k_hnodes           meta;     /* <TYPE>, <SEQUENCE>, ... as leaves   */
    f8k_value            type;     /* "8-K", "EX-99.1"                    */
    f8k_value            sequence;
    f8k_value            filename;
    f8k_value            description;
    int                  has_text; /* a <TEXT> was seen                   */
    f8k_loc              text_loc;
    int                  text_closed, closed;
    const char          *wrapper;  /* "XBRL", "XML", "PDF" or NULL       */
    f8k_span            *text;     /* body lines outside binaries         */
    f8k_span            *text_tail;
    f8k_binary          *binaries;
    f8k_binary          *binaries_tail;
    int                  html;     /* the body is HTML                    */
    f8k_filing          *filing;   /* a Form 8-K parsed by parse.y        */
    const struct f8k_doc *doc;     /* its document (ast.h: handles)       */
    struct f8k_document *next;
};

typedef enum f8k_dialect {
    F8K_DIALECT_SEC = 0,     /* <SEC-DOCUMENT>/<SEC-HEADER>, KEY: value  */
    F8K_DIALECT_IMS,         /* <IMS-DOCUMENT>/<IMS-HEADER> (1993-1996)  */
    F8K_DIALECT_SUBMISSION,  /* <SUBMISSION> with tags                   */
    F8K_DIALECT_DOCUMENTS    /* <DOCUMENT> blocks without a header        */
} f8k_dialect;

typedef struct f8k_submission {
    f8k_dialect   dialect;
    int           pem;          /* PEM-wrapped                          */
    uint32_t      map;          /* the source map of the file's buffer  */
    f8k_loc       pem_loc;
    f8k_hnodes    pem_fields;   /* Proc-Type: ... (continuations joined)*/
    f8k_strbuf    pem_value;    /* the value being joined ...           */
    const f8k_hnode *pem_value_of; /* ... and its field                 */
    int           pem_closed;
    f8k_loc       open_loc;     /* <SEC-DOCUMENT> ... line              */
    const char   *open_text;    /* what follows the tag ("x.txt : 1994")*/
    int           closed;       /* </SEC-DOCUMENT> or </SUBMISSION>     */
    int           has_header;
    f8k_loc       header_loc;
    int           header_closed;
    f8k_hnodes    header;       /* fields, parties (with sections)      */
    f8k_document *docs;
    f8k_document *docs_tail;
    size_t        ndocs;
} f8k_submission;

/* ---- for the grammar actions (sub.y) --------------------------------- */

f8k_hnode *f8k_sub_field(f8k_doc *doc, f8k_sline l);   /* KEY: value    */
/* "]<tab>KEY: value": "]" ends the value of PREV, a field follows. */
f8k_hnode *f8k_sub_split_field(f8k_doc *doc, f8k_hnode *prev, f8k_sline l);
f8k_hnode *f8k_sub_leaf(f8k_doc *doc, f8k_sline l);    /* <TAG>value    */
f8k_hnode *f8k_sub_section(f8k_doc *doc, f8k_sline l, int tag); /* KEY: / <TAG> */
void f8k_sub_close_tag(f8k_doc *doc, f8k_hnode *open, f8k_sline close);
void f8k_hnodes_add(f8k_hnodes *list, f8k_hnode *n);
f8k_document *f8k_sub_document(f8k_doc *doc, f8k_sline open);
void f8k_sub_doc_meta(f8k_doc *doc, f8k_document *d, f8k_hnode *leaf);
/* A line of text after a document's tag: the rest of that tag's value
 * (a <DESCRIPTION> broken over two lines). */
void f8k_sub_doc_meta_cont(f8k_doc *doc, f8k_document *d, f8k_sline l);
void f8k_sub_doc_text(f8k_doc *doc, f8k_document *d, f8k_sline l);
void f8k_sub_doc_wrapper(f8k_doc *doc, f8k_document *d, f8k_sline l);
f8k_binary *f8k_sub_binary(f8k_doc *doc, f8k_document *d, f8k_sline begin);
void f8k_sub_binary_line(f8k_binary *b, f8k_sline l);
void f8k_sub_add_document(f8k_doc *doc, f8k_document *d);
void f8k_sub_pem_line(f8k_doc *doc, f8k_sline l, int continuation);

/* ---- the passes --------------------------------------------------------- */

/* Does the cleaned buffer look like a submission file? */
int f8k_is_submission(const char *buf, size_t n);

/* How the container has a Form 8-K document parsed - the driver's choice
 * (doc.c), so that the container calls nothing above it: BUF of N bytes
 * (followed by two NULs), a copy of the text at AT in the container's
 * buffer, HTML when HTML is set; into F. */
typedef f8k_status (*f8k_body_parser)(f8k_doc *doc, f8k_filing *f,
                                      char *buf, size_t n,
                                      f8k_loc at, int html);

/* Parse the cleaned buffer BUF (N bytes and two NULs) as a submission:
 * container grammar, header typing, binaries, each 8-K document through
 * the 8-K grammar and passes.  Returns an f8k_status. */
f8k_status f8k_submission_parse(f8k_doc *doc, char *buf, size_t n,
                                f8k_body_parser parse_body);

/* The header against the documents (xcheck.c); 0 or -1 out of memory. */
int f8k_pass_xcheck(f8k_doc *doc);

/* The first header field with element name ELEM under LIST (depth
 * first), or NULL. */
const f8k_hnode *f8k_hnode_find(const f8k_hnode *list, const char *elem);

#endif /* F8K_SUBMISSION_H */
