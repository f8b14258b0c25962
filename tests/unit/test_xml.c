/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* test_xml.c - the serializer: valid XML, re-parsed and re-validated; an
 * invalid value gives no output. */
#include <string.h>
#include <stdlib.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include "tests.h"
#include "pipeline.h"
#include "ast.h"

static const char small[] =
    "FORM 8-K\n"
    "Date of Report: June 1, 1999\n"
    "ACME & SONS <CO>\n"
    "(Exact name of registrant as specified in its charter)\n"
    "Item 5. Other Events\n"
    "Caf\xe9 \"quotes\" & <tags>\n";

extern const char f8k_xsd_text[];

static void test_roundtrip(void)
{
    f8k_doc *d = NULL;
    f8k_schema *s = NULL;
    char *xml = NULL;
    size_t len = 0;
    xmlDocPtr x;
    xmlSchemaParserCtxtPtr pc;
    xmlSchemaPtr schema;
    xmlSchemaValidCtxtPtr vc;
    CU_ASSERT_EQUAL_FATAL(f8k_parse("x.txt", small, sizeof small - 1, &d), F8K_OK);
    CU_ASSERT_EQUAL_FATAL(f8k_schema_new(&s), F8K_OK);
    CU_ASSERT_EQUAL_FATAL(f8k_doc_to_xml(d, s, &xml, &len), F8K_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(xml);
    CU_ASSERT_PTR_NOT_NULL(strstr(xml, "<EntityRegistrantName"));
    CU_ASSERT_PTR_NOT_NULL(strstr(xml, "ACME &amp; SONS &lt;CO&gt;"));
    CU_ASSERT_PTR_NOT_NULL(strstr(xml, "Caf\xc3\xa9"));
    CU_ASSERT_PTR_NOT_NULL(strstr(xml, "<Item number=\"5\""));
    /* re-parse with no network and validate independently */
    x = xmlReadMemory(xml, (int)len, "x.xml", NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    CU_ASSERT_PTR_NOT_NULL_FATAL(x);
    pc = xmlSchemaNewMemParserCtxt(f8k_xsd_text, (int)strlen(f8k_xsd_text));
    schema = xmlSchemaParse(pc);
    CU_ASSERT_PTR_NOT_NULL_FATAL(schema);
    vc = xmlSchemaNewValidCtxt(schema);
    CU_ASSERT_EQUAL(xmlSchemaValidateDoc(vc, x), 0);
    xmlSchemaFreeValidCtxt(vc);
    xmlSchemaFree(schema);
    xmlSchemaFreeParserCtxt(pc);
    xmlFreeDoc(x);
    f8k_free(xml);
    f8k_schema_free(s);
    f8k_doc_free(d);
}

/* A source map of no buffer whose every position is line 4242, column
 * 17 of the input, and a position of it. */
static void map_4242_17(const void *ctx, uint32_t off, uint32_t *line,
                        uint32_t *col)
{
    (void)ctx;
    (void)off;
    *line = 4242;
    *col = 17;
}

static f8k_loc at_4242_17(f8k_doc *d)
{
    static const f8k_loc input = { 0, 0, 0 };
    f8k_loc at = { 0, 0, 0 };
    at.map = f8k_doc_map_add(d, NULL, 0, input, map_4242_17, NULL);
    CU_ASSERT_NOT_EQUAL(at.map, 0);
    return at;
}

static void test_invalid_gives_nothing(void)
{
    f8k_doc *d = NULL;
    f8k_schema *s = NULL;
    char *xml = (char *)"sentinel";
    size_t len = 7;
    CU_ASSERT_EQUAL_FATAL(f8k_parse("x.txt", small, sizeof small - 1, &d), F8K_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d->filing.cover.registrants);
    /* a normaliser bug would look like this: a tax id that breaks the type */
    d->filing.cover.registrants->ein.printed = "12345";
    d->filing.cover.registrants->ein.norm = "12345";
    d->filing.cover.registrants->ein.loc = at_4242_17(d);
    CU_ASSERT_EQUAL_FATAL(f8k_schema_new(&s), F8K_OK);
    CU_ASSERT_EQUAL(f8k_doc_to_xml(d, s, &xml, &len), F8K_ERR_SCHEMA);
    CU_ASSERT_PTR_NULL(xml);
    CU_ASSERT_STRING_EQUAL(f8k_doc_diag(d, f8k_doc_diag_count(d) - 1)->code, "F8K-E900");
    /* found again from the XML line the validator names: the value's own
     * place in the filing */
    CU_ASSERT_EQUAL(f8k_doc_diag(d, f8k_doc_diag_count(d) - 1)->line, 4242);
    CU_ASSERT_EQUAL(f8k_doc_diag(d, f8k_doc_diag_count(d) - 1)->column, 17);
    f8k_schema_free(s);
    f8k_doc_free(d);
}

/* The streaming validation on its own: what the writer wrote passes; a
 * document cut short (not well-formed) or one the schema refuses fails
 * with F8K-E900, never F8K_OK. */
static void test_validate_stream(void)
{
    static const char cut[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Form8K xmlns=\"urn:x-form8k:form8k:1.0\" schemaVersion=\"1.0\">\n"
        "  <CoverPage>\n";
    static const char wrong[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Form8K xmlns=\"urn:x-form8k:form8k:1.0\" schemaVersion=\"1.0\">\n"
        "  <Nonsense/>\n</Form8K>\n";
    f8k_doc *d = NULL;
    f8k_schema *s = NULL;
    char *xml = NULL;
    size_t len = 0, before;

    CU_ASSERT_EQUAL_FATAL(f8k_parse("x.txt", small, sizeof small - 1, &d), F8K_OK);
    CU_ASSERT_EQUAL_FATAL(f8k_schema_new(&s), F8K_OK);
    CU_ASSERT_EQUAL_FATAL(f8k_xml_write(d, &xml, &len), 0);
    CU_ASSERT_EQUAL(strlen(xml), len);
    before = f8k_doc_diag_count(d);
    CU_ASSERT_EQUAL(f8k_xml_validate(d, s, xml, len), F8K_OK);
    CU_ASSERT_EQUAL(f8k_doc_diag_count(d), before);
    CU_ASSERT_EQUAL(f8k_xml_validate(d, s, cut, sizeof cut - 1), F8K_ERR_SCHEMA);
    CU_ASSERT_STRING_EQUAL(f8k_doc_diag(d, f8k_doc_diag_count(d) - 1)->code, "F8K-E900");
    CU_ASSERT_EQUAL(f8k_xml_validate(d, s, wrong, sizeof wrong - 1), F8K_ERR_SCHEMA);
    CU_ASSERT_STRING_EQUAL(f8k_doc_diag(d, f8k_doc_diag_count(d) - 1)->code, "F8K-E900");
    /* the whole document less its last byte is still refused */
    CU_ASSERT_EQUAL(f8k_xml_validate(d, s, xml, len - 2), F8K_ERR_SCHEMA);
    free(xml);
    f8k_schema_free(s);
    f8k_doc_free(d);
}

int add_xml_tests(void)
{
    CU_pSuite s = CU_add_suite("xml", NULL, NULL);
    return !s || !CU_add_test(s, "round trip", test_roundtrip) ||
           !CU_add_test(s, "invalid value, no output", test_invalid_gives_nothing) ||
           !CU_add_test(s, "streaming validation", test_validate_stream);
}
