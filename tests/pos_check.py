#!/usr/bin/env python3
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# pos_check.py - every position form8k writes into the XML of an input
# points at the text it names (tests/positions.sh runs it).
#
#   pos_check.py INDEX.jsonl
#
# INDEX is the index of a batch run (form8k parse --out DIR).  For each
# input converted (status ok), every element with a line= and column= and
# a printed text (the printed= attribute, or the text of a Name, Title,
# Registrant, Description, PrintedCaption) is checked:
#   - plain text (a document or a submission): the input's line LINE,
#     tabs expanded every 8 columns, has at column COLUMN the first
#     characters of the printed text (blanks collapsed, case ignored);
#   - an input holding HTML (an HTML document, or a submission with one):
#     the first character shown from there on (tags skipped, character
#     references decoded, blanks and no-break spaces skipped) is the
#     printed text's first, case ignored (a quote, a bracket or a
#     check-box mark, which form8k prints folded, passes).  Prints one "FAIL: file:line:col: element:
# printed 'X', the line has 'Y'" per miss and "N positions checked, M
# wrong in F files"; exits 1 when any is wrong or none was checked.

import html
import json
import re
import sys
import xml.etree.ElementTree as ET

TEXT_ELEMENTS = {"Name", "Title", "Registrant", "Description", "PrintedCaption"}


def key(s, n=4):
    return re.sub(r"\s+", " ", s).strip()[:n].lower()


def first_shown(text, i):
    """The first character a browser shows from index I of TEXT on."""
    n = len(text)
    while i < n:
        c = text[i]
        if c == "<":
            j = text.find(">", i)
            if j < 0:
                return None
            i = j + 1
            continue
        if c == "&":
            m = re.match(r"&(#\d+|#x[0-9a-fA-F]+|\w+);", text[i:i + 12])
            if m:
                ch = html.unescape(m.group(0))
                if ch.strip() == "":
                    i += len(m.group(0))
                    continue
                return ch
        if c.isspace():
            i += 1
            continue
        return c
    return None


def main(argv):
    checked = wrong = 0
    files = set()
    with open(argv[1], encoding="utf-8") as f:
        index = [json.loads(line) for line in f if line.strip()]
    for rec in index:
        if rec.get("status") != "ok" or not rec.get("output"):
            continue
        with open(rec["input"], "rb") as f:
            raw = f.read()
        is_html = re.search(rb"<html|<body", raw, re.I) is not None
        lines = raw.decode("utf-8" if is_html else "latin-1",
                           "replace").split("\n")
        for el in ET.parse(rec["output"]).getroot().iter():
            tag = el.tag.rsplit("}", 1)[-1]
            printed = el.get("printed")
            if printed is None and tag in TEXT_ELEMENTS:
                printed = el.text
            line, col = el.get("line"), el.get("column")
            if not printed or not printed.strip() or line is None or col is None:
                continue
            checked += 1
            text = lines[int(line) - 1].rstrip("\r").expandtabs(8)
            at = text[int(col) - 1:]
            want = key(printed)
            if is_html:
                shown = first_shown(text, int(col) - 1)
                ok = shown is not None and (shown.lower() == want[:1] or
                                            want[:1] in "\"'[(")
            else:
                ok = key(at, len(want)) == want
            if not ok:
                wrong += 1
                files.add(rec["input"])
                print("FAIL: %s:%s:%s: %s: printed %r, the line has %r"
                      % (rec["input"], line, col, tag, printed[:30], at[:30]))
    print("%d positions checked, %d wrong in %d files" % (checked, wrong, len(files)))
    return 1 if wrong or not checked else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
