/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* ast.h - the syntax tree of a Form 8-K, documented in one place.
 *
 * Pipeline:  clean (text.c) -> scan (grammar/scan.l: one token per line)
 *   -> parse (grammar/parse.y: regions -> raw nodes below)
 *   -> passes (cover.c, body.c: interpret regions; normalize.c: values)
 *   -> xml.c (serialise, validate)
 *
 * Every node lives in the document's arena (arena.h) and is freed with it
 * in one call; nothing here is freed on its own.  Strings are UTF-8 with
 * XML-safe characters only (text.c cleans the input before scanning) and
 * tabs expanded to columns of 8.
 *
 * The nodes the public API hands out as opaque handles (f8k_filing,
 * f8k_registrant, f8k_item, f8k_signature, f8k_exhibit; f8k_document and
 * f8k_hnode in submission.h) take their typedef names from form8k.h and
 * are defined here as plain structs: C99 allows a typedef once.  Each
 * knows its document (DOC, set where the node is made): a call of the C
 * API names the handle alone, and access.c resolves the positions of the
 * node's values through that document's source maps.  A value itself
 * holds only its position (f8k_loc), which means something only with
 * the document of the node that holds it.
 */
#ifndef F8K_AST_H
#define F8K_AST_H

#include <stddef.h>
#include <stdint.h>
#include "form8k.h"
#include "arena.h"
#include "items.h"
#include "diags.h"
#include "tabs.h"     /* f8k_tab_walk: the one walk of a line's tabs */

/* A source position: byte OFF of the buffer a grammar read, the buffer
 * of source map MAP of the document (f8k_doc.maps, 1-based; 0: the
 * position is unknown), PAD columns further (a position inside a tab's
 * expansion or past the trimmed end of a line; 0 nearly always).  Scanner,
 * grammar and passes keep positions so; the map turns one into the line
 * and column of the input (f8k_doc_resolve) only where it is written:
 * a diagnostic, the XML, the C API's f8k_datum. */
typedef struct f8k_loc {
    uint32_t off;
    uint32_t map;
    uint32_t pad;
} f8k_loc;

/* A front end's part of a source map (an HTML document: the rendered
 * lines -> the HTML file): the position (*LINE, *COL, 1-based, tabs every
 * 8, in characters) of byte OFF of the map's buffer (or, for a map
 * without a buffer, OFF alone) -> the position in the front end's input,
 * in place.  CTX is the front end's. */
typedef void (*f8k_map_fn)(const void *ctx, uint32_t off, uint32_t *line,
                           uint32_t *col);

/* A source map: one per buffer a grammar read (the text of a plain
 * filing, the container of a submission, the cleaned text of each of its
 * documents, the rendered lines of an HTML document), or per input a
 * front end keeps positions of (an HTML document's source).  A position
 * of BUF (LEN bytes) resolves through the table of its line starts (built
 * once, linear, on first use; a binary search each) to line and column
 * (characters, tabs every 8); then through FN when set; then, when the
 * buffer lies inside another (a document of a submission: PARENT is where
 * its first byte is), its lines are moved to the file's. */
typedef struct f8k_srcmap {
    const char *buf;
    uint32_t    len;
    uint32_t   *starts;     /* line starts, NULL until built            */
    uint32_t    nlines;
    f8k_loc     parent;
    f8k_map_fn  fn;
    const void *ctx;
} f8k_srcmap;

/* What the scanner made of a line (the token it returned for it). */
typedef enum f8k_line_kind {
    F8K_LINE_TEXT = 0,   /* anything else                               */
    F8K_LINE_BLANK,      /* empty or white space                        */
    F8K_LINE_RULE,       /* ----, ====, ____ (alone)                    */
    F8K_LINE_PAGE,       /* <PAGE>, form feed, page number, running head*/
    F8K_LINE_TITLE,      /* title block: SECURITIES AND EXCHANGE ...    */
    F8K_LINE_FORM,       /* FORM 8-K                                    */
    F8K_LINE_FORM_AMENDED, /* FORM 8-K/A, FORM 8-K (Amendment No. 1)    */
    F8K_LINE_FORM_OTHER, /* FORM 10-Q, FORM 6-K ...: not an 8-K         */
    F8K_LINE_CAPTION,    /* a cover caption line: (Commission File No.) */
    F8K_LINE_CHECK,      /* a Rule 425/14a-12/14d-2(b)/13e-4(c) box     */
    F8K_LINE_CHECK_INTRO,/* Check the appropriate box below ...         */
    F8K_LINE_ITEM,       /* Item 5. Other Events                        */
    F8K_LINE_ITEMS_NA,   /* Items 1 through 4 ... Not Applicable.       */
    F8K_LINE_SIGNATURE,  /* SIGNATURE(S) heading                        */
    F8K_LINE_SIG_INTRO,  /* Pursuant to the requirements of ...         */
    F8K_LINE_EXHIBIT_INDEX, /* EXHIBIT INDEX heading                    */
    F8K_LINE_EXHIBITS_SUB,  /* (c) Exhibits sub-paragraph heading       */
    F8K_LINE_GARBLED,    /* line noise: no text of a filing             */
    F8K_LINE_SIGNER,     /* a signature block's /s/, // or By: line     */
    F8K_LINE_SIG_DATE    /* a signature block's Date: or Dated line     */
} f8k_line_kind;

/* One source line as the scanner returned it.  TEXT is the cleaned line
 * without its end; INDENT is the column of its first non-blank character
 * (0-based), LEN its length in bytes after tab expansion.  RAW (RAW_LEN
 * bytes, at START in the buffer the grammar read) is the line as it is
 * there, tabs and all: f8k_line_loc turns a byte of TEXT into a position
 * of the buffer through it.  LOC is the position of its first non-blank
 * character; NO its line number as the scanner counted (for the order of
 * lines: which lines overlap which). */
typedef struct f8k_line {
    f8k_line_kind    kind;
    const char      *text;
    uint32_t         len;
    uint32_t         indent;
    f8k_loc          loc;
    f8k_loc          start;
    const char      *raw;
    uint32_t         raw_len;
    uint32_t         no;
    unsigned         used;   /* taken as a value by the cover pass   */
    const struct f8k_signer *signer; /* its pieces, for a SIGNER line */
    const struct f8k_row *row; /* its pieces, for a row of exhibits     */
    struct f8k_line *next;
} f8k_line;

/* A piece of a line that the scanner returned as a token of its own (an
 * item heading's number, its caption): TEXT points into LINE's text (not
 * NUL-terminated), COL is its byte offset there (tabs expanded, as in
 * LINE's text).  LEN 0: absent. */
typedef struct f8k_piece {
    const f8k_line *line;
    const char     *text;
    uint32_t        len;
    uint32_t        col;
} f8k_piece;

/* The pieces of a signature line (F8K_LINE_SIGNER): the mark ("/s/",
 * "//", "By:"), the name after it (len 0: none), and whether the line
 * begins with "Date" or "Dated" (a date in the left column). */
typedef struct f8k_signer {
    f8k_piece mark;
    f8k_piece name;
    int       dated;
} f8k_signer;

/* The pieces of a line of an item's text or an exhibit index that
 * begins with an exhibit number ("99.1   Press release ..."): the number
 * proper ("99.1", "(1)"), the blanks and dashes after it (SEP, len 0:
 * none), the description to the end of the line; EXHIBIT_WORD when the
 * line begins with the word "Exhibit".  Which such lines are rows of an
 * exhibit list is the body pass's to say. */
typedef struct f8k_row {
    f8k_piece number;
    f8k_piece sep;
    f8k_piece desc;
    int       exhibit_word;
} f8k_row;

/* A list of lines with O(1) append, used by the grammar actions. */
typedef struct f8k_lines {
    f8k_line *head;
    f8k_line *tail;
} f8k_lines;

/* A value of the filing: what was printed, what it means, where it was.
 * PRINTED == NULL means the filing does not give the value.  NORM is the
 * normalised value (ISO date, EDGAR state code, ...) or NULL where the
 * printed text could not be normalised (a diagnostic says so).  LOC is
 * where the printed text begins. */
typedef struct f8k_value {
    const char *printed;
    const char *norm;
    f8k_loc     loc;
} f8k_value;

/* ---- raw regions, as the grammar groups the lines ---------------------- */

/* A cover-page field block: the value lines printed above a group of
 * caption lines (either list may be empty), or a check box line. */
typedef struct f8k_block {
    f8k_lines         values;
    f8k_lines         captions;
    f8k_line         *check;      /* non-NULL for a check-box line       */
    unsigned          check_rules; /* the rules it names: 1 << enum f8k_check */
    f8k_piece         check_mark; /* the mark before its text ("[X]")    */
    struct f8k_block *next;
} f8k_block;

/* ---- interpreted nodes (filled by the passes) -------------------------- */

/* One registrant of the filing (a joint filing has several). */
struct f8k_registrant {
    f8k_value name;          /* EntityRegistrantName                     */
    f8k_value state;         /* EntityIncorporationStateCountryCode      */
    f8k_value file_number;   /* EntityFileNumber                         */
    f8k_value ein;           /* EntityTaxIdentificationNumber            */
    f8k_value addr1;         /* EntityAddressAddressLine1                */
    f8k_value addr2;         /* EntityAddressAddressLine2                */
    f8k_value city;          /* EntityAddressCityOrTown                  */
    f8k_value addr_state;    /* EntityAddressStateOrProvince             */
    f8k_value zip;           /* EntityAddressPostalZipCode               */
    f8k_value phone;         /* the telephone as printed: norm "area|local" */
    f8k_value area_code;     /* CityAreaCode                             */
    f8k_value local_phone;   /* LocalPhoneNumber                         */
    f8k_value former_name;   /* EntityInformationFormerLegalOrRegisteredName */
    const struct f8k_doc *doc; /* its document (see the top of the file)  */
    struct f8k_registrant *next;
};

/* The four check boxes of the cover page, in the form's order. */
enum f8k_check {
    F8K_CHECK_WRITTEN = 0,       /* Rule 425: WrittenCommunications      */
    F8K_CHECK_SOLICITING,        /* Rule 14a-12: SolicitingMaterial      */
    F8K_CHECK_TENDER,            /* Rule 14d-2(b): PreCommencementTenderOffer */
    F8K_CHECK_ISSUER_TENDER,     /* Rule 13e-4(c): PreCommencementIssuerTenderOffer */
    F8K_CHECK_COUNT
};

typedef struct f8k_cover {
    f8k_lines       title;        /* title block lines (raw)             */
    f8k_block      *blocks;       /* field blocks (raw), in order        */
    f8k_block      *blocks_tail;
    f8k_value       doc_type;     /* "8-K" or "8-K/A"                    */
    f8k_value       other_form;   /* "10-Q" ...: the filing is no 8-K    */
    int             amendment;    /* 1 for 8-K/A                         */
    f8k_value       report_date;  /* date of report                      */
    f8k_value       event_date;   /* date of earliest event reported     */
    int             two_dates;    /* both printed separately             */
    f8k_value       checks[F8K_CHECK_COUNT]; /* printed mark; norm "true"/"false" */
    f8k_registrant *registrants;
} f8k_cover;

/* A paragraph of item text (lines joined with single spaces). */
typedef struct f8k_para {
    const char      *text;
    f8k_loc          loc;
    struct f8k_para *next;
} f8k_para;

/* An item number of a heading as the grammar read it: "2.02", "1.01(a)"
 * (the paragraph letter is part of the span), RANGE set for the number
 * after "through" ("Items 1 through 4"). */
typedef struct f8k_item_num {
    f8k_piece             span;
    int                  range;
    struct f8k_item_num *next;
} f8k_item_num;

/* An item of the body.  A combined heading ("Items 2.02 and 9.01") gives
 * one node per number, sharing the heading's text. */
struct f8k_item {
    f8k_value            number;   /* printed heading; norm "5", "2.02"   */
    const f8k_item_def  *def;      /* table entry, NULL if unknown number */
    f8k_value            caption;  /* caption as printed (may be absent)  */
    int                  not_applicable; /* listed as "Not Applicable"    */
    f8k_line            *heading;  /* raw heading line                    */
    f8k_item_num        *numbers;  /* its numbers, as the grammar read them */
    f8k_piece             caption_span; /* the caption on the heading line */
    f8k_lines            body;     /* raw lines until the next region     */
    f8k_para            *paras;    /* text as paragraphs (body.c)         */
    const struct f8k_doc *doc;     /* its document (see the top of the file) */
    struct f8k_item     *next;
};

struct f8k_signature {
    f8k_value registrant;
    f8k_value name;          /* without /s/                              */
    f8k_value title;         /* several lines joined                     */
    f8k_value date;          /* norm: ISO date                           */
    const struct f8k_doc *doc; /* its document (see the top of the file)  */
    struct f8k_signature *next;
};

struct f8k_exhibit {
    f8k_value number;        /* printed "99.1"; norm "99.1"              */
    f8k_value description;   /* wrapped lines joined                     */
    const struct f8k_doc *doc; /* its document (see the top of the file)  */
    struct f8k_exhibit *next;
};

/* A region of the body the grammar recognised, kept raw for the passes. */
typedef enum f8k_region_kind {
    F8K_REGION_SIGNATURES,
    F8K_REGION_EXHIBIT_INDEX,
    F8K_REGION_OTHER
} f8k_region_kind;

typedef struct f8k_region {
    f8k_region_kind    kind;
    f8k_line          *heading;   /* may be NULL                          */
    f8k_lines          lines;
    struct f8k_region *next;
} f8k_region;

/* The whole filing. */
struct f8k_filing {
    f8k_cover      cover;
    f8k_item      *items;
    f8k_item      *items_tail;
    f8k_item      *items_na;     /* listed as "Not Applicable" (body.c)  */
    f8k_region    *regions;      /* signature blocks, exhibit indexes    */
    f8k_region    *regions_tail;
    f8k_signature *signatures;
    f8k_exhibit   *exhibits;
    f8k_loc        top;          /* the first byte of the text the grammar
                                    read (where the checks of a missing
                                    part point)                          */
    /* An HTML document (front_html.c): what it rendered, its inline XBRL
     * facts and contexts (html.h), the map of its positions, and the
     * source map (f8k_doc.maps) of its HTML source; NULL and 0 for plain
     * text. */
    const struct f8k_html     *html;
    const struct f8k_html_map *html_map;
    uint32_t                   html_src;
    const struct f8k_doc      *doc;  /* its document (see the top of the
                                        file)                             */
};

/* Diagnostics collected while parsing and in the passes. */
typedef struct f8k_diags {
    f8k_diag *v;
    size_t    n, cap;
} f8k_diags;

/* The opaque document of form8k.h. */
struct f8k_doc {
    f8k_arena   arena;
    const char *file;
    f8k_filing  filing;
    f8k_diags   diags;
    int         nomem;     /* an allocation failed somewhere             */
    int         too_deep;  /* a grammar's stack was full (F8K-E007)      */
    struct f8k_submission *sub; /* the container, for a submission file  */
    int         keep_binary;    /* f8k_options.keep_binary               */
    int         binary;         /* refused as binary data (F8K-E006)     */
    struct f8k_cov *cov;        /* form8k coverage's counts, or NULL     */
    f8k_srcmap *maps;           /* the source maps: f8k_loc.map - 1      */
    uint32_t    nmaps, mapcap;
};

/* Add a source map of BUF (LEN bytes; NULL: positions by FN alone) to
 * DOC; PARENT is where BUF begins in the buffer of another map (unknown:
 * BUF is the input), FN and CTX the front end's part (NULL: none).
 * Returns its number (f8k_loc.map), or 0 when out of memory (doc->nomem
 * is then set). */
uint32_t f8k_doc_map_add(f8k_doc *doc, const char *buf, size_t len,
                         f8k_loc parent, f8k_map_fn fn, const void *ctx);

/* The line and column (1-based) in the input of LOC; 0 and 0 for an
 * unknown position. */
void f8k_doc_resolve(const f8k_doc *doc, f8k_loc loc, uint32_t *line,
                     uint32_t *col);
/* The line and column (1-based) of LOC in its map's own buffer (the
 * rendered lines of an HTML document); 0 and 0 when unknown. */
void f8k_doc_buffer_pos(const f8k_doc *doc, f8k_loc loc, uint32_t *line,
                        uint32_t *col);
/* The position of the start of line LINE (1-based) of map MAP's buffer
 * (the last line's when past the end). */
f8k_loc f8k_doc_line_start(const f8k_doc *doc, uint32_t map, uint32_t line);
/* -1, 0 or 1 as A lies before, at or after B in the input (resolved; an
 * unknown position before all others). */
int f8k_doc_loc_cmp(const f8k_doc *doc, f8k_loc a, f8k_loc b);
/* A and B the same position. */
int f8k_loc_same(f8k_loc a, f8k_loc b);

/* Add a diagnostic of CODE (message printf-style); its severity is the
 * code's, from the table (diags.def).  Returns 0, or -1 when out of
 * memory (doc->nomem is then set). */
int f8k_diag_add(f8k_doc *doc, f8k_loc loc, f8k_code code,
                 const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* The same with the location REL of the other side of a cross-check. */
int f8k_diag_add2(f8k_doc *doc, f8k_loc loc, f8k_loc rel, f8k_code code,
                  const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* A grammar's stack of DEPTH entries is full at LOC: the input nests
 * deeper than any filing (F8K-E007).  Sets doc->too_deep. */
void f8k_too_deep(f8k_doc *doc, f8k_loc loc, int depth);

/* Allocation inside a document: NULL on failure (and doc->nomem set). */
void *f8k_doc_alloc(f8k_doc *doc, size_t n);

/* The allocator of both flex scanners: memory of DOC, freed with it (so
 * that a longjmp out of yy_fatal_error cannot leak); see doc.c. */
void *f8k_scan_alloc(f8k_doc *doc, size_t n);
void *f8k_scan_realloc(f8k_doc *doc, void *p, size_t n);
char *f8k_doc_strndup(f8k_doc *doc, const char *s, size_t n);
char *f8k_doc_strdup(f8k_doc *doc, const char *s);

/* A string joined from pieces (a value wrapped over many lines) in the
 * document's arena.  Each append copies only the piece; the block
 * doubles when full and the old one stays behind in the arena (at most
 * the final size again), so joining n lines is linear in their length -
 * copying the whole string at each line was quadratic, and a value of
 * 800 lines went past the memory budget of a parse (F8K-E005).  P is
 * NUL-terminated after every append; all zeros is the empty string. */
typedef struct f8k_strbuf {
    char   *p;
    size_t  len, cap;
} f8k_strbuf;

/* Append N bytes at S to B: 0, or -1 when out of memory (doc->nomem is
 * then set and B is as it was). */
int f8k_strbuf_add(f8k_doc *doc, f8k_strbuf *b, const char *s, size_t n);

/* The position of byte COL of L's text (tabs expanded, as l->text holds
 * it): a byte of the buffer, found by walking L's raw bytes and
 * expanding their tabs (a line without tabs is the same), with the
 * columns past a tab's start or past the end of the text in PAD. */
f8k_loc f8k_line_loc(const f8k_line *l, size_t col);
/* LOC moved over S[0..OFF), text (tabs expanded) that starts at LOC on
 * one line (an unknown position stays unknown). */
f8k_loc f8k_loc_at(const f8k_doc *doc, f8k_loc loc, const char *s, size_t off);

/* Value helpers. */
void f8k_value_set(f8k_doc *doc, f8k_value *v, const char *printed,
                   size_t n, f8k_loc loc);

/* The passes, in the order f8k_parse runs them. */
int f8k_pass_cover(f8k_doc *doc, f8k_filing *f);      /* cover.c: captions -> fields   */
int f8k_pass_body(f8k_doc *doc, f8k_filing *f);       /* body.c: items, signatures, exhibits */
int f8k_pass_normalize(f8k_doc *doc, f8k_filing *f);  /* normalize.c: values -> norms  */
int f8k_pass_check(f8k_doc *doc, const f8k_filing *f);      /* check.c: cross-checks -> diags */

#endif /* F8K_AST_H */
