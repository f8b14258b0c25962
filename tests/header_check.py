#!/usr/bin/env python3
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
"""header_check.py FILE XML - is every line of FILE's SEC header in XML?

Reads the header of an EDGAR submission file (the lines between
<SEC-HEADER>/<IMS-HEADER> and its closing tag, or the tags of a
<SUBMISSION> before its first <DOCUMENT>) and checks, line by line, that
form8k's XML has an element of the Header with that line number, holding
the line's value (as content or as printed=).  Prints each line missing
and exits 1 if any is; exits 0 when every header line is there.
"""
import re
import sys
import xml.etree.ElementTree as ET


def header_lines(path):
    text = open(path, "rb").read().decode("latin-1").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    out, inside = [], False
    for n, line in enumerate(lines, 1):
        if re.match(r"<(SEC|IMS)-HEADER>", line) or line.startswith("<SUBMISSION>"):
            inside = True
            continue
        if inside and (re.match(r"</(SEC|IMS)-HEADER>", line) or line.startswith("<DOCUMENT>")):
            break
        if inside and line.strip() and not line.startswith("</"):
            m = re.match(r"\]?\s*([A-Z][A-Z0-9 ./&()-]*):(.*)$", line)
            t = re.match(r"<([A-Za-z][A-Za-z0-9-]*)>(.*)$", line)
            if m:
                out.append((n, m.group(1), m.group(2).strip()))
            elif t:
                out.append((n, t.group(1), t.group(2).strip()))
            else:
                out.append((n, None, line.strip()))
    return out


def main():
    path, xml = sys.argv[1], sys.argv[2]
    root = ET.parse(xml).getroot()
    header = [e for e in root.iter() if e.tag.endswith("}Header")]
    by_line = {}
    for h in header:
        for e in h.iter():
            if e.get("line"):
                by_line.setdefault(int(e.get("line")), []).append(e)
    missing = 0
    lines = header_lines(path)
    for n, key, value in lines:
        found = False
        for e in by_line.get(n, []):
            content = (e.text or "").strip()
            printed = e.get("printed", content).strip()
            # a value broken over two lines ("[3281" + "]") is printed whole
            if not value or value == content or printed.startswith(value):
                found = True
        if not found:
            missing += 1
            print("%s:%d: header line not in the XML: %s: %s" % (path, n, key, value))
    print("%s: %d header lines, %d missing" % (path, len(lines), missing))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
