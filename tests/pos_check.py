#!/usr/bin/env python3
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# pos_check.py - every position form8k writes into the XML of a plain-text
# input points at the text it names (tests/positions.sh runs it).
#
#   pos_check.py INDEX.jsonl
#
# INDEX is the index of a batch run (form8k parse --out DIR).  For each
# input converted (status ok) that holds no HTML document, every element
# with a line= and column= and a printed text (the printed= attribute, or
# the text of a Name, Title, Registrant, Description, PrintedCaption) is
# checked: the input's line LINE, tabs expanded every 8 columns, has at
# column COLUMN the first characters of the printed text (blanks
# collapsed, case ignored).  Prints one "FAIL: file:line:col: element:
# printed 'X', the line has 'Y'" per miss and "N positions checked, M
# wrong in F files"; exits 1 when any is wrong or none was checked.

import json
import re
import sys
import xml.etree.ElementTree as ET

TEXT_ELEMENTS = {"Name", "Title", "Registrant", "Description", "PrintedCaption"}


def key(s, n=4):
    return re.sub(r"\s+", " ", s).strip()[:n].lower()


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
        if re.search(rb"<html|<body", raw, re.I):
            continue            # HTML positions: the golden cases pin them
        lines = raw.decode("latin-1").split("\n")
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
            if key(at, len(want)) != want:
                wrong += 1
                files.add(rec["input"])
                print("FAIL: %s:%s:%s: %s: printed %r, the line has %r"
                      % (rec["input"], line, col, tag, printed[:30], at[:30]))
    print("%d positions checked, %d wrong in %d files" % (checked, wrong, len(files)))
    return 1 if wrong or not checked else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
