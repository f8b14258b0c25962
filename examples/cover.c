/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* cover.c - what a Form 8-K says, through libform8k's C API alone (no
 * XML): each registrant's cover fields, the items, the signers and the
 * exhibits of every 8-K the file holds (a bare document has one, a
 * submission one per 8-K document), each value with where it is printed;
 * for a submission also its accession number and documents.
 *
 *   cc -o cover cover.c $(pkg-config --cflags --libs form8k)
 *   ./cover examples/classic-8k.txt
 *
 * Exit status: 0 done, 1 the file is no readable 8-K, 2 usage.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <form8k.h>

/* "Name: value (printed "...", line:column)" - or nothing when absent. */
static void show(const char *indent, f8k_field field, f8k_datum d)
{
    const char *name = f8k_field_name(field);

    if (d.value == NULL && d.printed == NULL)
        return;
    name = strchr(name, '/') + 1;          /* "Registrant/EntityFileNumber" */
    printf("%s%s: %s", indent, name, d.value != NULL ? d.value : "?");
    if (d.printed != NULL && (d.value == NULL || strcmp(d.printed, d.value) != 0))
        printf(" (printed \"%s\")", d.printed);
    if (d.line != 0)
        printf(" [%u:%u]", d.line, d.column);
    putchar('\n');
}

static void show_filing(const f8k_filing *f)
{
    size_t i, j;
    int field;

    for (field = F8K_F_DOCUMENT_TYPE; field <= F8K_F_PRE_COMMENCEMENT_ISSUER_TENDER_OFFER;
         field++)
        show("", (f8k_field)field, f8k_filing_get(f, (f8k_field)field));
    for (i = 0; i < f8k_filing_registrant_count(f); i++) {
        const f8k_registrant *r = f8k_filing_registrant(f, i);
        printf("Registrant %lu\n", (unsigned long)i + 1);
        for (field = F8K_F_REGISTRANT_NAME; field <= F8K_F_FORMER_NAME; field++)
            show("  ", (f8k_field)field, f8k_registrant_get(r, (f8k_field)field));
    }
    for (i = 0; i < f8k_filing_item_count(f); i++) {
        const f8k_item *it = f8k_filing_item(f, i);
        f8k_datum num = f8k_item_get(it, F8K_F_ITEM_NUMBER);
        f8k_datum cap = f8k_item_get(it, F8K_F_OFFICIAL_CAPTION);
        f8k_datum regime = f8k_item_get(it, F8K_F_ITEM_REGIME);
        f8k_datum na = f8k_item_get(it, F8K_F_ITEM_NOT_APPLICABLE);
        printf("Item %s (%s numbering)%s: %s\n",
               num.value != NULL ? num.value : "?",
               regime.value != NULL ? regime.value : "unknown",
               strcmp(na.value, "true") == 0 ? " not applicable" : "",
               cap.value != NULL ? cap.value : "(no official caption)");
        show("  ", F8K_F_SUCCESSOR_ITEM, f8k_item_get(it, F8K_F_SUCCESSOR_ITEM));
        for (j = 0; j < f8k_item_paragraph_count(it); j++) {
            f8k_datum p = f8k_item_paragraph(it, j);
            printf("  [%u:%u] %.60s%s\n", p.line, p.column, p.value,
                   strlen(p.value) > 60 ? "..." : "");
        }
    }
    for (i = 0; i < f8k_filing_signature_count(f); i++) {
        const f8k_signature *s = f8k_filing_signature(f, i);
        printf("Signature %lu\n", (unsigned long)i + 1);
        for (field = F8K_F_SIGNATURE_REGISTRANT; field <= F8K_F_SIGNATURE_DATE; field++)
            show("  ", (f8k_field)field, f8k_signature_get(s, (f8k_field)field));
    }
    for (i = 0; i < f8k_filing_exhibit_count(f); i++) {
        const f8k_exhibit *x = f8k_filing_exhibit(f, i);
        f8k_datum num = f8k_exhibit_get(x, F8K_F_EXHIBIT_NUMBER);
        f8k_datum desc = f8k_exhibit_get(x, F8K_F_EXHIBIT_DESCRIPTION);
        printf("Exhibit %s: %s\n",
               num.value != NULL ? num.value : num.printed != NULL ? num.printed : "?",
               desc.value != NULL ? desc.value : "");
    }
}

int main(int argc, char **argv)
{
    f8k_doc *doc = NULL;
    f8k_status st;
    size_t i;

    if (argc != 2) {
        fprintf(stderr, "usage: %s FILING\n", argv[0]);
        return 2;
    }
    st = f8k_parse_file(argv[1], NULL, &doc);
    if (st == F8K_ERR_IO)
        fprintf(stderr, "%s: %s\n", argv[1], strerror(errno));
    else if (st != F8K_OK)
        fprintf(stderr, "%s: %s\n", argv[1], f8k_status_string(st));
    /* The diagnostics explain a failure, and warn on success. */
    for (i = 0; doc != NULL && i < f8k_doc_diag_count(doc); i++) {
        const f8k_diag *d = f8k_doc_diag(doc, i);
        fprintf(stderr, "%s:%u:%u: %s [%s]\n", d->file, d->line, d->column,
                d->message, d->code);
    }
    if (st != F8K_OK) {
        f8k_doc_free(doc);
        return 1;
    }
    /* A submission: its accession number and its documents. */
    if (f8k_doc_header(doc, "AccessionNumber") != NULL)
        printf("AccessionNumber: %s\n", f8k_doc_header(doc, "AccessionNumber"));
    for (i = 0; i < f8k_doc_document_count(doc); i++) {
        const f8k_document *d = f8k_doc_document(doc, i);
        f8k_datum type = f8k_document_get(d, F8K_F_DOC_TYPE);
        f8k_datum file = f8k_document_get(d, F8K_F_DOC_FILENAME);
        printf("Document %lu: %s %s%s\n", (unsigned long)i + 1,
               type.value != NULL ? type.value : "?",
               file.value != NULL ? file.value : "(no file name)",
               f8k_document_filing(d) != NULL ? " (the 8-K)" : "");
    }
    for (i = 0; i < f8k_doc_filing_count(doc); i++)
        show_filing(f8k_doc_filing(doc, i));
    f8k_doc_free(doc);
    return 0;
}
