#!/usr/bin/env python3
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# xsd2json.py - the JSON form of form8k's XML, derived from xsd/form8k.xsd
# (MIT licence, see LICENSE).
#
#   python3 scripts/xsd2json.py           write xsd/form8k.schema.json and
#                                         src/cli/json_map.h
#   python3 scripts/xsd2json.py --check   exit 1 if either is not what the
#                                         XSD gives (tests/json.sh runs it)
#
# Both outputs are committed, so building needs no python3; the check keeps
# them from drifting from the XSD.  The mapping (README "JSON"):
#   - an element is a JSON object; its attributes are members of that
#     object under their own names (attribute names start with a lower-case
#     letter, element names with a capital: they never clash, checked here);
#   - an element of simple content (a value) holds it in the member "value";
#   - a child element is a member under its element name; one that may
#     repeat where it stands (maxOccurs > 1 on it or on a group or choice
#     around it) is always an array, even of one;
#   - xs:boolean values are JSON true/false, the integer types JSON numbers,
#     every other value a string exactly as in the XML.
# json_map.h gives src/cli/json.c the same facts: for each complex type its
# value kind, its attributes that are numbers or booleans, and its child
# elements with their type and whether they repeat.

import json
import os
import re
import sys
import xml.etree.ElementTree as ET

XS = "{http://www.w3.org/2001/XMLSchema}"
HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
XSD = os.path.join(TOP, "xsd", "form8k.xsd")
SCHEMA_OUT = os.path.join(TOP, "xsd", "form8k.schema.json")
MAP_OUT = os.path.join(TOP, "src", "cli", "json_map.h")

INT_TYPES = {"positiveInteger": 1, "nonNegativeInteger": 0, "integer": None}
BOOL = "boolean"
UNBOUNDED = 1 << 30


def local(qname):
    return qname.split(":", 1)[1] if ":" in qname else qname


def occurs(node, attr, default=1):
    v = node.get(attr)
    if v is None:
        return default
    return UNBOUNDED if v == "unbounded" else int(v)


class Xsd:
    def __init__(self, path):
        self.root = ET.parse(path).getroot()
        self.simple = {}
        self.complex = {}
        self.groups = {}
        self.agroups = {}
        for n in self.root:
            name = n.get("name")
            if n.tag == XS + "simpleType":
                self.simple[name] = n
            elif n.tag == XS + "complexType":
                self.complex[name] = n
            elif n.tag == XS + "group":
                self.groups[name] = n
            elif n.tag == XS + "attributeGroup":
                self.agroups[name] = n
        self.types = {}     # complex type name -> description
        self.order = []

    # ------------------------------------------------------ simple types
    def builtin_kind(self, qname):
        """'int', 'bool' or 'string' for a simple type (named or xs:)."""
        if qname.startswith("xs:"):
            n = local(qname)
            if n in INT_TYPES:
                return "int"
            return "bool" if n == BOOL else "string"
        st = self.simple[local(qname)]
        r = st.find(XS + "restriction")
        if r is not None:
            return self.builtin_kind(r.get("base"))
        return "string"   # unions and lists: strings

    def simple_schema(self, qname):
        """The JSON Schema of a simple type's value."""
        if qname.startswith("xs:"):
            n = local(qname)
            if n in INT_TYPES:
                s = {"type": "integer"}
                if INT_TYPES[n] is not None:
                    s["minimum"] = INT_TYPES[n]
                return s
            if n == BOOL:
                return {"type": "boolean"}
            return {"type": "string"}
        return {"$ref": "#/$defs/%s" % local(qname)}

    def simple_def(self, name):
        st = self.simple[name]
        r = st.find(XS + "restriction")
        u = st.find(XS + "union")
        if u is not None:
            return {"anyOf": [self.simple_schema(m) for m in
                              u.get("memberTypes").split()]}
        s = dict(self.simple_schema(r.get("base")))
        if "$ref" in s:
            s = {"allOf": [s]}
        enums = [e.get("value") for e in r.findall(XS + "enumeration")]
        pats = [p.get("value") for p in r.findall(XS + "pattern")]
        if enums:
            s["enum"] = enums
        if pats:
            # XSD patterns match the whole value; ECMA-262 ones anywhere.
            s["pattern"] = "^(?:%s)$" % "|".join(pats)
        if s.get("type") == "boolean" or s.get("type") == "integer":
            s.pop("pattern", None)
        return s

    # ------------------------------------------------------ attributes
    def attributes(self, node):
        """[(name, type qname, required, fixed)] of a complex type or an
        extension, attribute groups expanded."""
        out = []
        for a in node:
            if a.tag == XS + "attribute":
                out.append((a.get("name"), a.get("type", "xs:string"),
                            a.get("use") == "required", a.get("fixed")))
            elif a.tag == XS + "attributeGroup":
                out.extend(self.attributes(self.agroups[local(a.get("ref"))]))
        return out

    # ------------------------------------------------------ particles
    def particles(self, node, repeat, optional, choice_depth, out):
        """Child element declarations under a sequence/choice/group:
        (name, element node, repeats, required)."""
        for p in node:
            mn, mx = occurs(p, "minOccurs"), occurs(p, "maxOccurs")
            rep = repeat or mx > 1
            opt = optional or mn == 0
            if p.tag == XS + "element":
                out.append((p.get("name"), p, rep, not opt and not choice_depth))
            elif p.tag == XS + "sequence":
                self.particles(p, rep, opt, choice_depth, out)
            elif p.tag == XS + "choice":
                self.particles(p, rep, opt, choice_depth + 1, out)
            elif p.tag == XS + "group":
                g = self.groups[local(p.get("ref"))]
                self.particles(g, rep, opt, choice_depth, out)
        return out

    def type_of_element(self, el, owner):
        """The complex type name an element declaration uses: its named
        type, a synthetic name for an anonymous one, or a synthetic
        value type for a simple one."""
        t = el.get("type")
        name = el.get("name")
        if t is None:
            ct = el.find(XS + "complexType")
            tname = name + "Element"
            self.describe(tname, ct)
            return tname
        if local(t) in self.complex:
            self.describe(local(t), self.complex[local(t)])
            return local(t)
        # A simple-typed element: an object with "value" and nothing else.
        tname = "value:" + t
        if tname not in self.types:
            self.types[tname] = {
                "value": self.builtin_kind(t), "value_schema": self.simple_schema(t),
                "attrs": [], "children": [], "anyof": None}
            self.order.append(tname)
        return tname

    def describe(self, tname, ct):
        if tname in self.types:
            return
        d = {"value": None, "value_schema": None, "attrs": [],
             "children": [], "anyof": None}
        self.types[tname] = d
        self.order.append(tname)
        sc = ct.find(XS + "simpleContent")
        if sc is not None:
            ext = sc.find(XS + "extension")
            d["value"] = self.builtin_kind(ext.get("base"))
            d["value_schema"] = self.simple_schema(ext.get("base"))
            d["attrs"] = self.attributes(ext)
            return
        if ct.find(XS + "complexContent") is not None:
            sys.exit("xsd2json: complexContent is not handled")
        if ct.get("mixed") == "true":
            sys.exit("xsd2json: mixed content is not handled")
        d["attrs"] = self.attributes(ct)
        parts = []
        for p in ct:
            if p.tag in (XS + "sequence", XS + "choice", XS + "group"):
                self.particles([p], False, False, 0, parts)
        seen = {}
        for name, el, rep, req in parts:
            ctype = self.type_of_element(el, tname)
            if name in seen:
                prev = seen[name]
                if prev[0] != ctype or prev[1] != rep:
                    sys.exit("xsd2json: %s: two declarations of %s differ" %
                             (tname, name))
                continue
            seen[name] = (ctype, rep)
            d["children"].append((name, ctype, rep, req))
        # A choice of one of several groups at the top (Form8K: a filing
        # or a Submission): each branch's required elements.
        for p in ct.iter(XS + "choice"):
            if occurs(p, "minOccurs") >= 1 and occurs(p, "maxOccurs") == 1:
                branches = []
                for b in p:
                    bp = self.particles([b], False, False, 0, [])
                    branches.append(sorted(n for n, _, _, r in bp if r))
                if all(branches):
                    d["anyof"] = branches
        for a in d["attrs"]:
            if not a[0][0].islower() or a[0] == "value":
                sys.exit("xsd2json: attribute %s would clash" % a[0])
        for c in d["children"]:
            if not c[0][0].isupper():
                sys.exit("xsd2json: element %s would clash" % c[0])

    # ------------------------------------------------------ outputs
    def build(self):
        root = [e for e in self.root if e.tag == XS + "element"]
        if len(root) != 1:
            sys.exit("xsd2json: one global element expected")
        self.root_el = root[0]
        self.root_type = self.type_of_element(self.root_el, None)

    def json_type_schema(self, tname):
        d = self.types[tname]
        props, req = {}, []
        for name, t, required, fixed in d["attrs"]:
            s = dict(self.simple_schema(t))
            if fixed is not None:
                s["const"] = fixed
            props[name] = s
            if required:
                req.append(name)
        if d["value"] is not None:
            props["value"] = d["value_schema"]
            req.append("value")
        for name, ctype, rep, required in d["children"]:
            ref = {"$ref": "#/$defs/%s" % self.def_name(ctype)}
            props[name] = {"type": "array", "items": ref} if rep else ref
            if required:
                req.append(name)
        s = {"type": "object", "properties": props,
             "additionalProperties": False}
        if req:
            s["required"] = req
        if d["anyof"]:
            s["anyOf"] = [{"required": b} for b in d["anyof"]]
        return s

    @staticmethod
    def def_name(tname):
        if tname.startswith("value:"):
            return "value_" + local(tname[6:])
        return tname

    def json_schema(self):
        defs = {}
        for n in sorted(self.simple):
            defs[n] = self.simple_def(n)
        for t in self.order:
            defs[self.def_name(t)] = self.json_type_schema(t)
        return {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "urn:x-form8k:form8k:1.0:json",
            "title": "form8k JSON (form8k parse --format=json)",
            "description": (
                "The XML of form8k.xsd as JSON, made from the validated XML: "
                "an element is an object, its attributes are members under "
                "their own names, a value (simple content) is the member "
                "'value', a child element is a member under its name and an "
                "array when the XSD lets it repeat there; xs:boolean values "
                "are true/false, integer types numbers, all else strings as "
                "in the XML.  Generated from form8k.xsd by "
                "scripts/xsd2json.py: do not edit."),
            "$ref": "#/$defs/%s" % self.def_name(self.root_type),
            "$defs": defs,
        }

    def c_map(self):
        kinds = {None: "JV_NONE", "string": "JV_STRING", "int": "JV_INT",
                 "bool": "JV_BOOL"}
        index = {t: i for i, t in enumerate(self.order)}
        lines = [
            "/* json_map.h - generated from xsd/form8k.xsd by "
            "scripts/xsd2json.py:",
            " * do not edit (tests/json.sh checks it is up to date).",
            " *",
            " * One entry per complex type of the XSD (and per simple type an",
            " * element has: an object with \"value\" only), in the order met",
            " * from the root element; json_children lists each type's child",
            " * elements with their type and whether they repeat there. */",
            "#define JSON_ROOT_ELEMENT \"%s\"" % self.root_el.get("name"),
            "#define JSON_ROOT_TYPE %d" % index[self.root_type],
            "#define JSON_MAX_CHILDREN %d" % max(
                len(self.types[t]["children"]) for t in self.order),
            "static const struct json_child json_children[] = {",
        ]
        first = []
        k = 0
        for t in self.order:
            first.append(k)
            for name, ctype, rep, _ in self.types[t]["children"]:
                lines.append("    { \"%s\", %d, %d }," % (name, index[ctype],
                                                          1 if rep else 0))
                k += 1
        lines.append("    { NULL, 0, 0 }")
        lines.append("};")
        lines.append("static const struct json_type json_types[] = {")
        for i, t in enumerate(self.order):
            d = self.types[t]
            ints = " ".join(a[0] for a in d["attrs"]
                            if self.builtin_kind(a[1]) == "int")
            bools = " ".join(a[0] for a in d["attrs"]
                             if self.builtin_kind(a[1]) == "bool")
            lines.append("    /* %2d */ { \"%s\", %s, \" %s \", \" %s \", %d, %d }," % (
                i, self.def_name(t), kinds[d["value"]], ints, bools, first[i],
                len(d["children"])))
        lines.append("};")
        return "\n".join(lines) + "\n"


def main():
    x = Xsd(XSD)
    x.build()
    outs = {
        SCHEMA_OUT: json.dumps(x.json_schema(), indent=2, ensure_ascii=False) + "\n",
        MAP_OUT: x.c_map(),
    }
    check = "--check" in sys.argv[1:]
    stale = 0
    for path, text in outs.items():
        try:
            with open(path, encoding="utf-8") as f:
                old = f.read()
        except OSError:
            old = None
        if old == text:
            continue
        if check:
            print("xsd2json: %s is not what %s gives: run python3 "
                  "scripts/xsd2json.py" % (os.path.relpath(path, TOP),
                                           os.path.relpath(XSD, TOP)))
            stale = 1
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    return stale


if __name__ == "__main__":
    sys.exit(main())
