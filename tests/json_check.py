#!/usr/bin/env python3
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# json_check.py - checks of form8k's JSON (tests/json.sh runs it; MIT
# licence, see LICENSE).
#
#   json_check.py SCHEMA XMLFILE JSONFILE [XMLFILE JSONFILE ...]
#   json_check.py SCHEMA --pairs LIST   (LIST: "XMLFILE<TAB>JSONFILE" lines)
#   json_check.py SCHEMA --only JSONFILE...
#       each JSONFILE valid against SCHEMA, nothing else (tests/validate.sh:
#       the SARIF output against the published SARIF 2.1.0 schema,
#       tests/sarif-2.1.0.json, which also uses definitions, oneOf,
#       minItems, uniqueItems, maximum, and format - date-time, uri, uuid -
#       checked here in the form SARIF gives)
#
# For each pair: the JSON is valid against the JSON Schema SCHEMA (a small
# validator of the part of draft 2020-12 form8k.schema.json uses: $ref to
# $defs, type, properties, additionalProperties false, required, items,
# enum, const, pattern, minimum, anyOf, allOf), and it is the XML mapped
# the way README "JSON" says - each element an object, its attributes and
# "value" members, children by name, arrays where the schema has them,
# booleans and integers typed by the schema - computed here from the XML
# alone and compared member by member, order included.  Prints "FAIL:
# file: why" lines and "N passed, N failed"; exits 1 on any failure.

import json
import re
import sys
import xml.etree.ElementTree as ET

NS = "{urn:x-form8k:form8k:1.0}"


class Invalid(Exception):
    pass


class Validator:
    KNOWN = {"$schema", "$id", "title", "description", "$defs", "$ref",
             "type", "properties", "additionalProperties", "required",
             "items", "enum", "const", "pattern", "minimum", "anyOf",
             "allOf", "definitions", "default", "format", "uniqueItems",
             "minItems", "maximum", "oneOf"}
    FORMATS = {
        "date-time": re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?"
                                r"(Z|[+-]\d\d:\d\d)$"),
        "uri": re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$"),
        "uri-reference": re.compile(r"^[^\s]*$"),
        "uuid": re.compile(r"^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$"),
    }

    def __init__(self, schema):
        self.schema = schema
        self.patterns = {}
        self.check_known(schema)

    def check_known(self, s):
        """The validator refuses a schema using keywords it does not know
        (it would pass what it does not check)."""
        if isinstance(s, dict):
            for k, v in s.items():
                if k not in self.KNOWN:
                    raise SystemExit("json_check: schema keyword %s unknown" % k)
                if k in ("properties", "$defs", "definitions"):
                    for sub in v.values():
                        self.check_known(sub)
                elif k in ("items", "additionalProperties"):
                    self.check_known(v)
                elif k == "format" and v not in self.FORMATS:
                    raise SystemExit("json_check: format %s unknown" % v)
                elif k in ("anyOf", "allOf", "oneOf"):
                    for sub in v:
                        self.check_known(sub)

    def resolve(self, ref):
        for where in ("$defs", "definitions"):
            if ref.startswith("#/%s/" % where):
                return self.schema[where][ref[len(where) + 3:]]
        raise SystemExit("json_check: $ref %s not handled" % ref)

    def validate(self, v, s, path="$"):
        if "$ref" in s:
            self.validate(v, self.resolve(s["$ref"]), path)
        t = s.get("type")
        if t is not None:
            ok = {"object": isinstance(v, dict),
                  "array": isinstance(v, list),
                  "string": isinstance(v, str),
                  "boolean": isinstance(v, bool),
                  "integer": isinstance(v, int) and not isinstance(v, bool),
                  "number": isinstance(v, (int, float)) and not isinstance(v, bool),
                  }[t]
            if not ok:
                raise Invalid("%s: not of type %s" % (path, t))
        if "const" in s and v != s["const"]:
            raise Invalid("%s: not %r" % (path, s["const"]))
        if "enum" in s and v not in s["enum"]:
            raise Invalid("%s: %r not in the enumeration" % (path, v))
        if "pattern" in s and isinstance(v, str):
            p = self.patterns.get(s["pattern"])
            if p is None:
                p = self.patterns[s["pattern"]] = re.compile(s["pattern"])
            if not p.search(v):
                raise Invalid("%s: %r does not match %s" % (path, v, s["pattern"]))
        num = isinstance(v, (int, float)) and not isinstance(v, bool)
        if "minimum" in s and num and v < s["minimum"]:
            raise Invalid("%s: %r below %r" % (path, v, s["minimum"]))
        if "maximum" in s and num and v > s["maximum"]:
            raise Invalid("%s: %r above %r" % (path, v, s["maximum"]))
        if "format" in s and isinstance(v, str) and \
                not self.FORMATS[s["format"]].search(v):
            raise Invalid("%s: %r is no %s" % (path, v, s["format"]))
        if isinstance(v, list):
            if len(v) < s.get("minItems", 0):
                raise Invalid("%s: fewer than %d items" % (path, s["minItems"]))
            if s.get("uniqueItems"):
                seen = [json.dumps(x, sort_keys=True) for x in v]
                if len(set(seen)) != len(seen):
                    raise Invalid("%s: items not unique" % path)
        if isinstance(v, dict):
            props = s.get("properties", {})
            for k in s.get("required", []):
                if k not in v:
                    raise Invalid("%s: %s missing" % (path, k))
            extra = s.get("additionalProperties")
            for k, sub in v.items():
                if k in props:
                    self.validate(sub, props[k], path + "." + k)
                elif extra is False:
                    raise Invalid("%s: member %s not allowed" % (path, k))
                elif isinstance(extra, dict):
                    self.validate(sub, extra, path + "." + k)
        if isinstance(v, list) and "items" in s:
            for i, sub in enumerate(v):
                self.validate(sub, s["items"], "%s[%d]" % (path, i))
        for sub in s.get("allOf", []):
            self.validate(v, sub, path)
        if "anyOf" in s:
            errs = []
            for sub in s["anyOf"]:
                try:
                    self.validate(v, sub, path)
                    break
                except Invalid as e:
                    errs.append(str(e))
            else:
                raise Invalid("%s: none of anyOf: %s" % (path, "; ".join(errs)))
        if "oneOf" in s:
            good = 0
            for sub in s["oneOf"]:
                try:
                    self.validate(v, sub, path)
                    good += 1
                except Invalid:
                    pass
            if good != 1:
                raise Invalid("%s: %d of oneOf match, not one" % (path, good))


class Mapper:
    """The XML as README says the JSON is, the schema telling arrays and
    types (found through the $refs of each property)."""

    def __init__(self, schema):
        self.schema = schema

    def deref(self, s):
        while "$ref" in s:
            s = self.schema["$defs"][s["$ref"][len("#/$defs/"):]]
        return s

    def scalar(self, text, s):
        s = self.deref(s)
        while "type" not in s and "allOf" in s:
            s = self.deref(s["allOf"][0])
        t = s.get("type")
        if t == "boolean":
            return text.strip() in ("true", "1")
        if t == "integer":
            return int(text.strip())
        return text

    def element(self, el, s):
        s = self.deref(s)
        props = s["properties"]
        out = {}
        for k, v in el.attrib.items():
            out[k] = self.scalar(v, props[k])
        if "value" in props:
            out["value"] = self.scalar(el.text or "", props["value"])
        elif (el.text or "").strip():
            raise Invalid("%s: text in element-only content" % el.tag)
        for c in el:
            name = c.tag[len(NS):] if c.tag.startswith(NS) else c.tag
            p = props.get(name)
            if p is None:
                raise Invalid("no member for element %s" % name)
            if p.get("type") == "array":
                out.setdefault(name, []).append(self.element(c, p["items"]))
            elif name in out:
                raise Invalid("%s twice where it cannot repeat" % name)
            else:
                out[name] = self.element(c, p)
        return out

    def document(self, root):
        return self.element(root, self.schema)


def main(argv):
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    pairs = []
    if argv[2:3] == ["--only"]:
        val = Validator(schema)
        failed = 0
        for path in argv[3:]:
            try:
                with open(path, "rb") as f:
                    doc = json.loads(f.read().decode("utf-8"),
                                     object_pairs_hook=check_dups)
                val.validate(doc, schema)
            except (Invalid, ValueError, OSError, KeyError) as e:
                failed += 1
                print("FAIL: %s: %s" % (path, e))
        print("%d passed, %d failed" % (len(argv[3:]) - failed, failed))
        return 1 if failed or not argv[3:] else 0
    if argv[2:3] == ["--pairs"]:
        with open(argv[3], encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line:
                    pairs.append(tuple(line.split("\t")))
    else:
        pairs = list(zip(argv[2::2], argv[3::2]))
    val = Validator(schema)
    mapper = Mapper(schema)
    passed = failed = 0
    for xml_path, json_path in pairs:
        try:
            with open(json_path, "rb") as f:
                raw = f.read()
            doc = json.loads(raw.decode("utf-8"),
                             object_pairs_hook=lambda kv: check_dups(kv))
            val.validate(doc, schema)
            want = mapper.document(ET.parse(xml_path).getroot())
            if list_of(want) != list_of(doc):
                raise Invalid("not the XML mapped as README says: %s" %
                              first_difference(want, doc, "$"))
            passed += 1
        except (Invalid, ValueError, OSError, KeyError) as e:
            failed += 1
            print("FAIL: %s: %s" % (json_path, e))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or not pairs else 0


def check_dups(kv):
    d = {}
    for k, v in kv:
        if k in d:
            raise Invalid("member %s twice in one object" % k)
        d[k] = v
    return d


def list_of(v):
    """V with each object as a list of its members: order compared too."""
    if isinstance(v, dict):
        return [(k, list_of(x)) for k, x in v.items()]
    if isinstance(v, list):
        return [list_of(x) for x in v]
    return (type(v).__name__, v)


def first_difference(a, b, path):
    if isinstance(a, dict) and isinstance(b, dict):
        if list(a) != list(b):
            return "%s: members %s, JSON has %s" % (path, list(a), list(b))
        for k in a:
            d = first_difference(a[k], b[k], path + "." + k)
            if d:
                return d
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return "%s: %d entries, JSON has %d" % (path, len(a), len(b))
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, "%s[%d]" % (path, i))
            if d:
                return d
        return None
    if type(a) != type(b) or a != b:
        return "%s: %r, JSON has %r" % (path, a, b)
    return None


if __name__ == "__main__":
    sys.exit(main(sys.argv))
