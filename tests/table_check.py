#!/usr/bin/env python3
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# table_check.py - form8k table's rows against the XML they come from
# (tests/table.sh runs it; MIT licence, see LICENSE).
#
#   table_check.py CSV MAP [csv|tsv]
#
# MAP has "INPUT<TAB>XMLFILE" lines: the table's input column and the XML
# of that input.  Checks: the header row; each field parsed back (RFC 4180
# for csv: Python's csv module, records ending CRLF); for every input as
# many rows as its cover has Registrants (one when none), in order, each
# cell the value the XML holds (the element's content, the attribute's
# value; Items, Signers and Exhibits ";"-joined; Errors and Warnings the
# counts of Diagnostic severity="error"/"warning"); EntityCentralIndexKey
# empty or a CIK the XML holds.  Prints "FAIL: ..." lines and "N passed,
# N failed" (N = inputs); exits 1 on any failure.

import csv
import io
import sys
import xml.etree.ElementTree as ET

NS = "{urn:x-form8k:form8k:1.0}"
COLUMNS = [
    "input", "AccessionNumber", "DocumentType", "DocumentPeriodEndDate",
    "EntityRegistrantName", "EntityCentralIndexKey",
    "EntityIncorporationStateCountryCode", "EntityFileNumber",
    "EntityTaxIdentificationNumber", "EntityAddressAddressLine1",
    "EntityAddressAddressLine2", "EntityAddressCityOrTown",
    "EntityAddressStateOrProvince", "EntityAddressPostalZipCode",
    "CityAreaCode", "LocalPhoneNumber", "Items", "Signers", "Exhibits",
    "Errors", "Warnings"]


def q(name):
    return NS + name


def txt(el):
    return "" if el is None else (el.text or "")


def expected_rows(input_name, xml_path, tsv):
    root = ET.parse(xml_path).getroot()
    cover = root.find(".//" + q("CoverPage"))
    filing = None
    if cover is not None:
        for p in root.iter():
            if cover in list(p):
                filing = p
    sub = root.find(q("Submission"))
    acc = sub.find(".//" + q("AccessionNumber")) if sub is not None else None
    diags = root.find(q("Diagnostics"))
    sev = [d.get("severity") for d in diags.findall(q("Diagnostic"))]
    regs = cover.findall(q("Registrant")) if cover is not None else []

    def child(el, name):
        return el.find(q(name)) if el is not None else None

    def joined(parent, name, attr=None, sub=None):
        out = []
        for e in (parent.findall(q(name)) if parent is not None else []):
            if attr:
                out.append(e.get(attr, ""))
            elif e.find(q(sub)) is not None:
                out.append(txt(e.find(q(sub))))
        return ";".join(out)

    ciks = {txt(e) for e in root.iter(q("CentralIndexKey"))}
    ciks |= {txt(f) for f in root.iter(q("Fact"))
             if f.get("name") == "dei:EntityCentralIndexKey"}
    rows = []
    for reg in regs or [None]:
        row = [input_name, txt(acc), txt(child(cover, "DocumentType")),
               txt(child(cover, "DocumentPeriodEndDate")),
               txt(child(reg, "EntityRegistrantName")), ciks]
        for c in COLUMNS[6:16]:
            row.append(txt(child(reg, c)))
        row.append(joined(child(filing, "Items"), "Item", attr="number"))
        row.append(joined(child(filing, "Signatures"), "Signature", sub="Name"))
        row.append(joined(child(filing, "Exhibits"), "Exhibit", attr="number"))
        row.append(str(sev.count("error")))
        row.append(str(sev.count("warning")))
        if tsv:
            row = [c if isinstance(c, set) else
                   c.replace("\t", " ").replace("\r", " ").replace("\n", " ")
                   for c in row]
        rows.append(row)
    return rows


def main(argv):
    tsv = len(argv) > 3 and argv[3] == "tsv"
    with open(argv[1], "rb") as f:
        raw = f.read().decode("utf-8")
    if tsv:
        records = [line.split("\t") for line in raw.split("\n")[:-1]]
    else:
        # RFC 4180: every record ends with CRLF (the last one too).
        if not raw.endswith("\r\n"):
            print("FAIL: the last record does not end with CRLF")
            print("0 passed, 1 failed")
            return 1
        records = list(csv.reader(io.StringIO(raw, newline=""), strict=True))
    passed = failed = 0
    if not records or records[0] != COLUMNS:
        print("FAIL: header row %r" % (records[0] if records else None))
        failed += 1
    by_input = {}
    for r in records[1:]:
        if len(r) != len(COLUMNS):
            print("FAIL: a row of %d fields: %r" % (len(r), r[:2]))
            failed += 1
            continue
        by_input.setdefault(r[0], []).append(r)
    with open(argv[2], encoding="utf-8") as f:
        pairs = [l.rstrip("\n").split("\t") for l in f if l.strip()]
    for name, xml_path in pairs:
        want = expected_rows(name, xml_path, tsv)
        got = by_input.pop(name, [])
        why = None
        if len(got) != len(want):
            why = "%d rows, want %d" % (len(got), len(want))
        else:
            for w, g in zip(want, got):
                for col, a, b in zip(COLUMNS, w, g):
                    ok = (b == "" or b in a) if isinstance(a, set) else a == b
                    if not ok:
                        why = "%s is %r, the XML has %r" % (col, b, a)
                        break
                if why:
                    break
        if why:
            failed += 1
            print("FAIL: %s: %s" % (name, why))
        else:
            passed += 1
    for name in by_input:
        failed += 1
        print("FAIL: %s: rows for an input not expected" % name)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
