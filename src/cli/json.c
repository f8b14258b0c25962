/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* json.c - form8k parse --format=json: the validated XML as JSON (MIT
 * licence, see LICENSE).
 *
 * The JSON is made from the XML that the library wrote and validated, so
 * it says nothing the schema-valid XML does not.  The mapping is defined
 * once, by scripts/xsd2json.py from xsd/form8k.xsd, which writes both
 * json_map.h (read here) and xsd/form8k.schema.json (the JSON Schema,
 * installed beside the XSD); tests/json.sh checks both are up to date:
 *
 *   element            -> object
 *   attribute a="v"    -> member "a" (attribute names are lower-case,
 *                         element names capitalised: they never clash)
 *   simple content     -> member "value"
 *   child element E    -> member "E"; an array (even of one) when the XSD
 *                         lets E repeat there, else an object
 *   xs:boolean         -> true / false; integer types -> numbers; every
 *                         other value a string exactly as in the XML
 *
 * Members come in this order: attributes as in the XML, "value", then the
 * child elements in the order of their first occurrence (the children of
 * one name gathered in one array).
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "cli.h"

enum { JV_NONE, JV_STRING, JV_INT, JV_BOOL };

struct json_child {
    const char *name;
    int         type;
    int         repeat;
};

struct json_type {
    const char *name;
    int         value;      /* JV_*: the kind of the simple content      */
    const char *ints;       /* " a b ": attributes that are integers     */
    const char *bools;      /* " a b ": attributes that are booleans     */
    int         first;      /* its children: json_children[first ...]    */
    int         n;
};

#include "json_map.h"

/* A value of kind KIND: an XSD integer or boolean in its JSON form (the
 * XML is valid, so the lexical form is one the XSD admits). */
static void put_value(FILE *f, const char *s, int kind)
{
    size_t len;

    if (kind == JV_STRING) {
        cli_json_str(f, s);
        return;
    }
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    len = strlen(s);
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' ||
                       s[len - 1] == '\n' || s[len - 1] == '\r'))
        len--;
    if (kind == JV_BOOL) {
        fputs((len == 4 && memcmp(s, "true", 4) == 0) ||
              (len == 1 && s[0] == '1') ? "true" : "false", f);
        return;
    }
    /* An integer: no sign (the XSD types are non-negative), no leading
     * zeros. */
    if (len > 0 && *s == '+') {
        s++;
        len--;
    }
    while (len > 1 && *s == '0') {
        s++;
        len--;
    }
    if (len == 0)
        fputs("0", f);
    else
        fwrite(s, 1, len, f);
}

/* Is NAME in the list " a b c "? */
static int in_list(const char *list, const char *name)
{
    size_t n = strlen(name);
    const char *p = list;

    while ((p = strstr(p, name)) != NULL) {
        if (p > list && p[-1] == ' ' && p[n] == ' ')
            return 1;
        p += n;
    }
    return 0;
}

static void indent(FILE *f, int depth)
{
    putc('\n', f);
    while (depth-- > 0)
        fputs("  ", f);
}

/* The child of type T named NAME, or -1. */
static int child_decl(int t, const char *name)
{
    int k;

    for (k = 0; k < json_types[t].n; k++)
        if (strcmp(json_children[json_types[t].first + k].name, name) == 0)
            return json_types[t].first + k;
    return -1;
}

/* The element NODE of type T as a JSON object.  Returns 0, or -1 when
 * the XML is not what the schema says (a child the type does not have,
 * one that does not repeat given twice). */
static int put_element(FILE *f, xmlNode *node, int t, int depth)
{
    const struct json_type *ty = &json_types[t];
    xmlAttr *a;
    xmlNode *c, *d;
    int members = 0;
    unsigned char written[JSON_MAX_CHILDREN];

    memset(written, 0, sizeof written);

    putc('{', f);
    for (a = node->properties; a != NULL; a = a->next) {
        xmlChar *v = xmlNodeListGetString(node->doc, a->children, 1);
        const char *name = (const char *)a->name;
        if (members++ > 0)
            putc(',', f);
        indent(f, depth + 1);
        cli_json_str(f, name);
        fputs(": ", f);
        put_value(f, v != NULL ? (const char *)v : "",
                  in_list(ty->ints, name) ? JV_INT :
                  in_list(ty->bools, name) ? JV_BOOL : JV_STRING);
        xmlFree(v);
    }
    if (ty->value != JV_NONE) {
        xmlChar *v = xmlNodeGetContent(node);
        if (members++ > 0)
            putc(',', f);
        indent(f, depth + 1);
        fputs("\"value\": ", f);
        put_value(f, v != NULL ? (const char *)v : "", ty->value);
        xmlFree(v);
    }
    for (c = node->children; c != NULL; c = c->next) {
        const char *name = (const char *)c->name;
        int k, first = 1;

        if (c->type != XML_ELEMENT_NODE)
            continue;
        k = child_decl(t, name);
        if (k < 0)
            return -1;
        /* Gathered at the first of its name; later ones were written. */
        if (written[k - ty->first]) {
            if (!json_children[k].repeat)
                return -1;
            continue;
        }
        written[k - ty->first] = 1;
        if (members++ > 0)
            putc(',', f);
        indent(f, depth + 1);
        cli_json_str(f, name);
        fputs(": ", f);
        if (!json_children[k].repeat) {
            if (put_element(f, c, json_children[k].type, depth + 1) != 0)
                return -1;
            continue;
        }
        putc('[', f);
        for (d = c; d != NULL; d = d->next) {
            if (d->type != XML_ELEMENT_NODE ||
                strcmp((const char *)d->name, name) != 0)
                continue;
            if (!first)
                putc(',', f);
            first = 0;
            indent(f, depth + 2);
            if (put_element(f, d, json_children[k].type, depth + 2) != 0)
                return -1;
        }
        indent(f, depth + 1);
        putc(']', f);
    }
    if (members > 0)
        indent(f, depth);
    putc('}', f);
    return 0;
}

int cli_xml_to_json(const char *xml, size_t len, char **json,
                    size_t *json_len)
{
    xmlDoc *doc;
    xmlNode *root;
    FILE *f;
    int rc = -1;

    *json = NULL;
    *json_len = 0;
    if (len > (size_t)0x7fffffff) {
        errno = EFBIG;
        return -1;
    }
    doc = xmlReadMemory(xml, (int)len, NULL, "UTF-8",
                        XML_PARSE_NONET | XML_PARSE_HUGE | XML_PARSE_NOERROR |
                        XML_PARSE_NOWARNING);
    if (doc == NULL) {
        errno = EINVAL;
        return -1;
    }
    root = xmlDocGetRootElement(doc);
    f = open_memstream(json, json_len);
    if (f == NULL) {
        xmlFreeDoc(doc);
        errno = ENOMEM;
        return -1;
    }
    if (root != NULL && strcmp((const char *)root->name, JSON_ROOT_ELEMENT) == 0)
        rc = put_element(f, root, JSON_ROOT_TYPE, 0);
    fputs("\n", f);
    if (fclose(f) != 0 && rc == 0) {
        rc = -1;
        errno = ENOMEM;
    } else if (rc != 0) {
        errno = EINVAL;
    }
    xmlFreeDoc(doc);
    if (rc != 0) {
        free(*json);
        *json = NULL;
        *json_len = 0;
    }
    return rc;
}

int cli_reformat(const struct cli_options *o, const char *name, char **out,
                 size_t *len, FILE *err)
{
    char *json;
    size_t json_len;

    if (o->format != CLI_FMT_JSON)
        return EXIT_XML;
    if (cli_xml_to_json(*out, *len, &json, &json_len) != 0) {
        int e = errno;
        fprintf(err, "%s: %s: %s\n", cli_progname, name, e == ENOMEM ?
                "out of memory" : "the XML could not be made JSON (a bug "
                "of form8k: json_map.h does not match the XSD)");
        return e == ENOMEM ? EXIT_NOMEM : EXIT_INTERNAL;
    }
    /* The XML's buffer came from f8k_doc_to_xml (malloc'd, f8k_free is
     * free): the JSON takes its place and is freed the same way. */
    f8k_free(*out);
    *out = json;
    *len = json_len;
    return EXIT_XML;
}
