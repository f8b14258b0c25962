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

/* ---- the parsed filing, read-only ------------------------------------ *
 *
 * Everything the XML holds about a filing can be read without XML: the
 * handles below point into DOC and stay valid as long as DOC lives (until
 * f8k_doc_free); they are never freed on their own.  A list is read by
 * index - a count and an accessor that returns NULL past the end; the
 * accessors walk the filing's own lists, so reading element I costs I
 * steps (lists are short: the documents of a submission are the longest).
 * Every function takes NULL for a handle and answers 0, NULL or an empty
 * f8k_datum.  Their man pages, in section 3: f8k_filing, f8k_cover,
 * f8k_items, f8k_signatures, f8k_exhibits, f8k_submission. */

typedef struct f8k_filing     f8k_filing;     /* one Form 8-K document     */
typedef struct f8k_registrant f8k_registrant; /* a registrant of its cover */
typedef struct f8k_item       f8k_item;       /* an item of its body       */
typedef struct f8k_signature  f8k_signature;  /* a signature block         */
typedef struct f8k_exhibit    f8k_exhibit;    /* a row of its exhibit list */
typedef struct f8k_document   f8k_document;   /* a <DOCUMENT> of a submission */
typedef struct f8k_hnode      f8k_hnode;      /* a field or section of a
                                               * submission's SEC header  */

/* One value of the filing, as the XML writes it: PRINTED is the text as
 * the filing prints it (the XML's printed= attribute), VALUE its normal
 * form (the element's content: ISO date, EDGAR state code, "true" ...),
 * LINE and COLUMN where it is printed (1-based, tabs every 8; 0 when not
 * known).  PRINTED NULL: the filing does not print it (a value form8k
 * derives, such as an official caption, or one the filing lacks); VALUE
 * NULL with PRINTED set: printed but not normalised (the XML's
 * Unnormalised record).  Both NULL: absent. */
typedef struct f8k_datum {
    const char *printed;
    const char *value;
    unsigned    line;
    unsigned    column;
} f8k_datum;

/* The values of the filing, one enum for every handle: each field
 * belongs to one kind of handle, and asking another kind for it gives an
 * empty f8k_datum.  f8k_field_name gives each its XML name. */
typedef enum f8k_field {
    /* the cover page (f8k_filing_get): CoverPage/... */
    F8K_F_DOCUMENT_TYPE = 0,    /* DocumentType: "8-K", "8-K/A"          */
    F8K_F_AMENDMENT_FLAG,       /* AmendmentFlag: "true", "false"         */
    F8K_F_PERIOD_END_DATE,      /* DocumentPeriodEndDate: date of the
                                 * earliest event reported                */
    F8K_F_DATE_OF_REPORT,       /* DateOfReport: only when the cover
                                 * prints it apart from the event's      */
    F8K_F_WRITTEN_COMMUNICATIONS,         /* the check boxes (Rule 425,   */
    F8K_F_SOLICITING_MATERIAL,            /* 14a-12, 14d-2(b), 13e-4(c)): */
    F8K_F_PRE_COMMENCEMENT_TENDER_OFFER,  /* the mark as printed, value   */
    F8K_F_PRE_COMMENCEMENT_ISSUER_TENDER_OFFER, /* "true" or "false"      */
    /* a registrant (f8k_registrant_get): Registrant/... */
    F8K_F_REGISTRANT_NAME,      /* EntityRegistrantName                   */
    F8K_F_INCORPORATION_STATE,  /* EntityIncorporationStateCountryCode    */
    F8K_F_FILE_NUMBER,          /* EntityFileNumber                       */
    F8K_F_TAX_ID,               /* EntityTaxIdentificationNumber (EIN)    */
    F8K_F_ADDRESS_LINE1,        /* EntityAddressAddressLine1              */
    F8K_F_ADDRESS_LINE2,        /* EntityAddressAddressLine2              */
    F8K_F_CITY,                 /* EntityAddressCityOrTown                */
    F8K_F_ADDRESS_STATE,        /* EntityAddressStateOrProvince           */
    F8K_F_ZIP,                  /* EntityAddressPostalZipCode             */
    F8K_F_AREA_CODE,            /* CityAreaCode                           */
    F8K_F_LOCAL_PHONE,          /* LocalPhoneNumber                       */
    F8K_F_FORMER_NAME,          /* EntityInformationFormerLegalOrRegisteredName */
    /* an item (f8k_item_get): Item/... */
    F8K_F_ITEM_NUMBER,          /* @number: "5", "2.02"; printed heading  */
    F8K_F_ITEM_REGIME,          /* @regime: "1993" or "2004" numbering    */
    F8K_F_ITEM_NOT_APPLICABLE,  /* @notApplicable: "true", "false"        */
    F8K_F_OFFICIAL_CAPTION,     /* OfficialCaption, from the item table   */
    F8K_F_PRINTED_CAPTION,      /* PrintedCaption                         */
    F8K_F_SUCCESSOR_ITEM,       /* SuccessorItem: a 1993 item's 2004 one  */
    /* a signature block (f8k_signature_get): Signature/... */
    F8K_F_SIGNATURE_REGISTRANT, /* Registrant: the company signing        */
    F8K_F_SIGNER_NAME,          /* Name (without "/s/")                   */
    F8K_F_SIGNER_TITLE,         /* Title                                  */
    F8K_F_SIGNATURE_DATE,       /* Date                                   */
    /* an exhibit (f8k_exhibit_get): Exhibit/... */
    F8K_F_EXHIBIT_NUMBER,       /* @number: "99.1"                        */
    F8K_F_EXHIBIT_DESCRIPTION,  /* Description                            */
    /* a document of a submission (f8k_document_get): Document/... */
    F8K_F_DOC_TYPE,             /* Type: "8-K", "EX-99.1", "GRAPHIC"      */
    F8K_F_DOC_SEQUENCE,         /* Sequence                               */
    F8K_F_DOC_FILENAME,         /* FileName                               */
    F8K_F_DOC_DESCRIPTION,      /* Description                            */
    F8K_F_DOC_HTML,             /* @html: "true" when its text is HTML    */
    F8K_F_COUNT                 /* not a field: the number of fields      */
} f8k_field;

/* The XML name of FIELD as a path from the element of its handle:
 * "CoverPage/DocumentType", "Registrant/EntityRegistrantName",
 * "Item/@number", "Exhibit/Description" ...; NULL for no field.
 * f8k_field_find is its inverse: F8K_F_COUNT for a name of no field. */
const char *f8k_field_name(f8k_field field);
f8k_field   f8k_field_find(const char *name);

/* The Form 8-K documents the grammar read from DOC: one for a document
 * parsed alone (none when it was refused as binary), one for each 8-K
 * document of a submission, in the submission's order. */
size_t            f8k_doc_filing_count(const f8k_doc *doc);
const f8k_filing *f8k_doc_filing(const f8k_doc *doc, size_t i);

/* The cover page: its own fields, and its registrants (a joint filing
 * has several), in the order the cover prints them. */
f8k_datum             f8k_filing_get(const f8k_filing *f, f8k_field field);
size_t                f8k_filing_registrant_count(const f8k_filing *f);
const f8k_registrant *f8k_filing_registrant(const f8k_filing *f, size_t i);
f8k_datum             f8k_registrant_get(const f8k_registrant *r,
                                         f8k_field field);

/* The items: those the filing reports, in its order, then those it lists
 * as not applicable ("Items 1 through 4 ... Not Applicable.", one per
 * number; F8K_F_ITEM_NOT_APPLICABLE "true").  An item's text comes in
 * paragraphs (lines joined with single spaces; printed and value alike). */
size_t          f8k_filing_item_count(const f8k_filing *f);
const f8k_item *f8k_filing_item(const f8k_filing *f, size_t i);
f8k_datum       f8k_item_get(const f8k_item *it, f8k_field field);
size_t          f8k_item_paragraph_count(const f8k_item *it);
f8k_datum       f8k_item_paragraph(const f8k_item *it, size_t i);

/* The signature blocks and the exhibits, in the filing's order. */
size_t               f8k_filing_signature_count(const f8k_filing *f);
const f8k_signature *f8k_filing_signature(const f8k_filing *f, size_t i);
f8k_datum            f8k_signature_get(const f8k_signature *s,
                                       f8k_field field);
size_t               f8k_filing_exhibit_count(const f8k_filing *f);
const f8k_exhibit   *f8k_filing_exhibit(const f8k_filing *f, size_t i);
f8k_datum            f8k_exhibit_get(const f8k_exhibit *x, f8k_field field);

/* A submission's documents (none when DOC is no submission), and the
 * Form 8-K the grammar read from one: NULL unless it is an 8-K document
 * (the same handle f8k_doc_filing gives). */
size_t              f8k_doc_document_count(const f8k_doc *doc);
const f8k_document *f8k_doc_document(const f8k_doc *doc, size_t i);
f8k_datum           f8k_document_get(const f8k_document *d, f8k_field field);
const f8k_filing   *f8k_document_filing(const f8k_document *d);

/* A submission's SEC header, as a tree: fields, and parties (FILER ...)
 * and sections (COMPANY DATA ...) holding fields.  PARENT NULL means the
 * top level of DOC's header (none when DOC is no submission).
 * f8k_header_find gives the first node named ELEM, depth first (the
 * node of f8k_doc_header's string). */
size_t           f8k_header_count(const f8k_doc *doc, const f8k_hnode *parent);
const f8k_hnode *f8k_header_at(const f8k_doc *doc, const f8k_hnode *parent,
                               size_t i);
const f8k_hnode *f8k_header_find(const f8k_doc *doc, const char *elem);
/* Its XML element ("AccessionNumber", "Filer", "CompanyData"; "Field"
 * or "Section" for a key form8k does not know), its key as printed
 * ("ACCESSION NUMBER", "CIK"), its value (a party or section has none,
 * only a position; a known key's value in its type's normal form, VALUE
 * NULL when the printed text is not of that type; an unknown key's value
 * as printed), and the code of an industry classification ("4911") or
 * the number of an item ("5"), else NULL. */
const char *f8k_header_name(const f8k_hnode *h);
const char *f8k_header_key(const f8k_hnode *h);
f8k_datum   f8k_header_value(const f8k_hnode *h);
const char *f8k_header_code(const f8k_hnode *h);

void        f8k_free(void *p);
const char *f8k_status_string(f8k_status st);

#ifdef __cplusplus
}
#endif
#endif /* FORM8K_H */
