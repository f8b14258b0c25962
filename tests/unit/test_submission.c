/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* test_submission.c - the EDGAR container: header typing, documents,
 * uudecoding, SHA-256, name comparison, refusal of other forms. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests.h"
#include "normalize.h"
#include "pipeline.h"
#include "submission.h"
#include "sha256.h"

static const char sub[] =
    "<SEC-DOCUMENT>0000000001-24-000001.txt : 20240201\n"
    "<SEC-HEADER>0000000001-24-000001.hdr.sgml : 20240201\n"
    "<ACCEPTANCE-DATETIME>20240201163030\n"
    "ACCESSION NUMBER:\t\t0000000001-24-000001\n"
    "CONFORMED SUBMISSION TYPE:\t8-K/A\n"
    "PUBLIC DOCUMENT COUNT:\t\t2\n"
    "CONFORMED PERIOD OF REPORT:\t20240131\n"
    "ITEM INFORMATION:\t\tResults of Operations and Financial Condition\n"
    "ITEM INFORMATION:\t\t\n"
    "FILED AS OF DATE:\t\t20240230\n"
    "\n"
    "FILER:\n"
    "\n"
    "\tCOMPANY DATA:\t\n"
    "\t\tCOMPANY CONFORMED NAME:\t\t\tEXAMPLE WIDGETS CORP /DE/\n"
    "\t\tCENTRAL INDEX KEY:\t\t\t123\n"
    "\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tELECTRONIC COMPUTERS [3571]\n"
    "\t\tIRS NUMBER:\t\t\t\t942404110\n"
    "\t\tSTATE OF INCORPORATION:\t\t\tDE\n"
    "\t\tFISCAL YEAR END:\t\t\t0928\n"
    "\n"
    "\tFORMER COMPANY:\t\n"
    "\t\tFORMER CONFORMED NAME:\tWIDGETS INC\n"
    "\t\tDATE OF NAME CHANGE:\t19970808\n"
    "</SEC-HEADER>\n"
    "<DOCUMENT>\n<TYPE>8-K/A\n<SEQUENCE>1\n<TEXT>\n"
    "FORM 8-K/A\nItem 2.02 Results of Operations\n"
    "</TEXT>\n</DOCUMENT>\n"
    "<DOCUMENT>\n<TYPE>GRAPHIC\n<SEQUENCE>2\n<FILENAME>a.gif\n<TEXT>\n"
    "begin 644 a.gif\n#86)C\n`\nend\n"
    "</TEXT>\n</DOCUMENT>\n"
    "</SEC-DOCUMENT>\n";

static const f8k_hnode *field(const f8k_doc *d, const char *elem)
{
    return f8k_hnode_find(d->sub->header.head, elem);
}

static int has_code(const f8k_doc *d, f8k_code code)
{
    size_t i;
    for (i = 0; i < f8k_doc_diag_count(d); i++)
        if (strcmp(f8k_doc_diag(d, i)->code, f8k_code_info(code)->code) == 0)
            return 1;
    return 0;
}

static void test_header(void)
{
    f8k_doc *d = NULL;
    const f8k_hnode *h;

    CU_ASSERT_EQUAL_FATAL(f8k_parse("s.txt", sub, sizeof sub - 1, &d), F8K_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d->sub);
    CU_ASSERT_EQUAL(d->sub->dialect, F8K_DIALECT_SEC);
    CU_ASSERT_STRING_EQUAL(field(d, "AcceptanceDateTime")->value.norm, "2024-02-01T16:30:30");
    CU_ASSERT_STRING_EQUAL(field(d, "PeriodOfReport")->value.norm, "2024-01-31");
    CU_ASSERT_STRING_EQUAL(field(d, "CentralIndexKey")->value.norm, "0000000123");
    h = field(d, "StandardIndustrialClassification");
    CU_ASSERT_PTR_NOT_NULL_FATAL(h);
    CU_ASSERT_STRING_EQUAL(h->code, "3571");
    CU_ASSERT_STRING_EQUAL(h->value.norm, "ELECTRONIC COMPUTERS");
    CU_ASSERT_STRING_EQUAL(field(d, "IrsNumber")->value.norm, "94-2404110");
    CU_ASSERT_STRING_EQUAL(field(d, "FiscalYearEnd")->value.norm, "--09-28");
    CU_ASSERT_STRING_EQUAL(field(d, "DateOfNameChange")->value.norm, "1997-08-08");
    /* a caption of the header names its item; 2024 reads the 2004 table */
    h = field(d, "ItemInformation");
    CU_ASSERT_PTR_NOT_NULL_FATAL(h);
    CU_ASSERT_STRING_EQUAL(h->code, "2.02");
    /* 30 February is no date: kept as printed, with a diagnostic */
    CU_ASSERT_PTR_NULL(field(d, "FiledAsOfDate"));
    CU_ASSERT(has_code(d, F8K_W_HDR_VALUE));
    /* two documents, the binary decoded ("#86)C" is "abc") */
    CU_ASSERT_EQUAL(d->sub->ndocs, 2);
    CU_ASSERT_PTR_NOT_NULL(d->sub->docs->filing);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d->sub->docs->next->binaries);
    CU_ASSERT_EQUAL(d->sub->docs->next->binaries->decoded, 3);
    CU_ASSERT_NSTRING_EQUAL(d->sub->docs->next->binaries->bytes, "abc", 3);
    CU_ASSERT_STRING_EQUAL(d->sub->docs->next->binaries->sha256,
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    f8k_doc_free(d);
}

/* A uuencoded line may say more bytes than it holds (trailing blanks
 * stripped in transit read as zero): 3000 lines "M" say 45 bytes each from
 * 2 bytes of input - more than 3 a 4 (the decoder's buffer was sized so,
 * and overflowed: found by libFuzzer). */
static void test_uu_short_lines(void)
{
    static const char head[] =
        "<SEC-DOCUMENT>x.txt : 20240201\n<SEC-HEADER>x.hdr.sgml : 20240201\n"
        "CONFORMED SUBMISSION TYPE:\t8-K\n</SEC-HEADER>\n"
        "<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<TEXT>\nFORM 8-K\n</TEXT>\n</DOCUMENT>\n"
        "<DOCUMENT>\n<TYPE>GRAPHIC\n<SEQUENCE>2\n<TEXT>\nbegin 644 z.gif\n";
    static const char tail[] = "`\nend\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";
    static char buf[sizeof head + 6000 + sizeof tail];
    size_t n = sizeof head - 1, i;
    const f8k_binary *b;
    f8k_doc *d = NULL;

    memcpy(buf, head, n);
    for (i = 0; i < 3000; i++, n += 2)
        memcpy(buf + n, "M\n", 2);
    memcpy(buf + n, tail, sizeof tail - 1);
    n += sizeof tail - 1;
    CU_ASSERT_EQUAL_FATAL(f8k_parse("u.txt", buf, n, &d), F8K_OK);
    CU_ASSERT_EQUAL_FATAL(d->sub->ndocs, 2);
    b = d->sub->docs->next->binaries;
    CU_ASSERT_PTR_NOT_NULL_FATAL(b);
    CU_ASSERT_EQUAL(b->decoded, 3000 * 45);
    CU_ASSERT_EQUAL(b->bad_lines, 0);
    for (i = 0; i < b->decoded && b->bytes[i] == 0; i++)
        ;
    CU_ASSERT_EQUAL(i, 3000 * 45);
    f8k_doc_free(d);
}

static void test_sha256(void)
{
    char hex[65];
    static const char m[] = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    f8k_sha256_hex((const unsigned char *)"", 0, hex);
    CU_ASSERT_STRING_EQUAL(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    f8k_sha256_hex((const unsigned char *)m, sizeof m - 1, hex);
    CU_ASSERT_STRING_EQUAL(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void test_names(void)
{
    CU_ASSERT(f8k_names_agree("SEARS ROEBUCK & CO", "Sears, Roebuck and Co."));
    CU_ASSERT(f8k_names_agree("XYZ CORP /DE/", "XYZ Corporation"));
    CU_ASSERT(f8k_names_agree("HOME HEALTH CORP OF AMERICA INC \\PA\\",
                              "Home Health Corporation of America, Inc."));
    CU_ASSERT(f8k_names_agree("WALT DISNEY CO/", "The Walt Disney Company") == 0 ||
              f8k_names_agree("WALT DISNEY CO", "The Walt Disney Company"));
    CU_ASSERT_FALSE(f8k_names_agree("APPLE INC", "Apple Computer, Inc."));
}

static void test_other_forms(void)
{
    f8k_doc *d = NULL;
    static const char q[] =
        "<SUBMISSION>\n<TYPE>10-K\n<DOCUMENT>\n<TYPE>10-K\n<TEXT>\nFORM 10-K\n"
        "</TEXT>\n</DOCUMENT>\n</SUBMISSION>\n";
    f8k_options opt = { F8K_MODE_DOCUMENT, 0 };

    CU_ASSERT_EQUAL(f8k_parse("k.txt", q, sizeof q - 1, &d), F8K_ERR_NOT_8K);
    CU_ASSERT(has_code(d, F8K_E_NOT_8K));
    f8k_doc_free(d);
    /* --mode=document reads the same bytes as an 8-K document: no header */
    d = NULL;
    f8k_parse_ex("k.txt", q, sizeof q - 1, &opt, &d);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    CU_ASSERT_PTR_NULL(d->sub);
    f8k_doc_free(d);
}

/* A document body over a MiB comes out as several Text elements, cut at
 * line ends, whose line= and lines= add up to the body. */
static void test_long_text(void)
{
    static const char head[] =
        "<DOCUMENT>\n<TYPE>8-K\n<TEXT>\nFORM 8-K\nItem 5. Other Events\n"
        "</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-99\n<TEXT>\n";
    static const char tail[] = "</TEXT>\n</DOCUMENT>\n";
    static const char row[] = "Revenue & costs < 1,000 > 10.\n";   /* 30 bytes */
    const size_t rows = 100000;                  /* 3 MB: three pieces */
    size_t n = sizeof head - 1 + rows * (sizeof row - 1) + sizeof tail - 1, i;
    char *in = malloc(n), *xml = NULL, *p;
    f8k_doc *d = NULL;
    f8k_schema *schema = NULL;
    size_t len = 0;
    unsigned long texts = 0, first = 0, next = 0, total = 0;
    int contiguous = 1;

    CU_ASSERT_PTR_NOT_NULL_FATAL(in);
    p = in;
    memcpy(p, head, sizeof head - 1);
    p += sizeof head - 1;
    for (i = 0; i < rows; i++, p += sizeof row - 1)
        memcpy(p, row, sizeof row - 1);
    memcpy(p, tail, sizeof tail - 1);
    CU_ASSERT_EQUAL_FATAL(f8k_parse("long.txt", in, n, &d), F8K_OK);
    CU_ASSERT_EQUAL_FATAL(f8k_schema_new(&schema), F8K_OK);
    CU_ASSERT_EQUAL_FATAL(f8k_doc_to_xml(d, schema, &xml, &len), F8K_OK);
    /* the Text elements of the exhibit: the one starting at its first line
     * (11) and those after it */
    for (p = xml; (p = strstr(p, "<Text lines=\"")) != NULL; p++) {
        unsigned long lines = 0, line = 0;
        CU_ASSERT_EQUAL_FATAL(sscanf(p, "<Text lines=\"%lu\" line=\"%lu\"",
                                     &lines, &line), 2);
        if (line < 10)
            continue;
        if (texts == 0)
            first = line;
        else if (line != next)
            contiguous = 0;
        CU_ASSERT(strchr(p, '<') == p);
        /* a MiB of input, a little more once escaped */
        CU_ASSERT(strstr(p, "</Text>") - p < 2 * (1 << 20));
        next = line + lines;
        total += lines;
        texts++;
    }
    CU_ASSERT_EQUAL(texts, 3);
    CU_ASSERT_EQUAL(first, 11);
    CU_ASSERT(contiguous);
    CU_ASSERT_EQUAL(total, rows);
    /* the text is all there, escaped */
    CU_ASSERT(strstr(xml, "Revenue &amp; costs &lt; 1,000 &gt; 10.\n</Text>") != NULL);
    f8k_free(xml);
    f8k_schema_free(schema);
    f8k_doc_free(d);
    free(in);
}

int add_submission_tests(void)
{
    CU_pSuite s = CU_add_suite("submission", NULL, NULL);
    return !s || !CU_add_test(s, "header fields", test_header) ||
           !CU_add_test(s, "sha256", test_sha256) ||
           !CU_add_test(s, "uuencoded lines that say more than they hold", test_uu_short_lines) ||
           !CU_add_test(s, "conformed names", test_names) ||
           !CU_add_test(s, "other forms", test_other_forms) ||
           !CU_add_test(s, "long document text", test_long_text);
}
