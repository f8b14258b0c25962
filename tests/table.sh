#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# table.sh - form8k table (MIT licence, see LICENSE).
#
#   - the golden cases, as filings and as form8k's own XML: a header row
#     and one row per filing (per registrant), each cell the value the
#     expected XML holds (tests/table_check.py), in CSV and TSV;
#   - the XML input is read as it is, not parsed again: the same rows;
#   - RFC 4180: a value with a comma, double quotes and a line break is
#     quoted, its quotes doubled, records end with CRLF; TSV puts spaces
#     for tabs and line breaks;
#   - a failing input gives no row and exit status 8; -o OUT;
#   - with ../shared: every corpus input, one parseable row per 8-K
#     filing (per registrant) with the values of its XML.
# Prints "PASS: what" / "FAIL: what" and "N passed, N failed".

. "$(dirname "$0")/common.sh"
require_form8k
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 not found"; exit 77; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/table.XXXXXX") || setup_fail "mktemp failed"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM
checker=$top_srcdir/tests/table_check.py

# run_check WHAT CSV MAP [tsv]: table_check.py, its summary indented.
run_check() {
    what=$1
    shift
    python3 "$checker" "$@" > "$tmp/check.out" 2>&1
    st=$?
    grep '^FAIL' "$tmp/check.out" | head -5 | sed 's/^/  /'
    sed -n '$s/^/  table_check: /p' "$tmp/check.out"
    check "$what" [ $st -eq 0 ]
}

# ---- the golden cases: filings in one folder, their XML in another
mkdir -p "$tmp/in" "$tmp/xml"
: > "$tmp/map.in"
: > "$tmp/map.xml"
for d in "$top_srcdir"/tests/golden/*/; do
    case=$(basename "$d")
    f=$d/input.txt
    [ -f "$f" ] || f=$d/input.htm
    cp "$f" "$tmp/in/$case.${f##*.}"
    cp "$d/expected.xml" "$tmp/xml/$case.xml"
    printf '%s\t%s\n' "$tmp/in/$case.${f##*.}" "$d/expected.xml" >> "$tmp/map.in"
    printf '%s\t%s\n' "$tmp/xml/$case.xml" "$d/expected.xml" >> "$tmp/map.xml"
done
"$FORM8K" table -q "$tmp/in" > "$tmp/in.csv" 2>"$tmp/err"
check "table FOLDER of filings" exit_is 0 $?
run_check "golden filings: one row per registrant, the XML's values" \
    "$tmp/in.csv" "$tmp/map.in"
"$FORM8K" table -q --format=tsv "$tmp/in" > "$tmp/in.tsv" 2>"$tmp/err"
run_check "golden filings as TSV" "$tmp/in.tsv" "$tmp/map.in" tsv
"$FORM8K" table -q -o "$tmp/xml.csv" "$tmp/xml"
check "table -o OUT, FOLDER of form8k XML" exit_is 0 $?
run_check "golden XML read as XML: the same values" "$tmp/xml.csv" "$tmp/map.xml"
cut -d, -f2- "$tmp/in.csv" > "$tmp/a"
cut -d, -f2- "$tmp/xml.csv" > "$tmp/b"
check "filing and its XML give the same rows" cmp -s "$tmp/a" "$tmp/b"

# ---- XML is read, not parsed again: an XML whose values no parse of a
# filing gives (a comma, quotes, a line break, a tab in the name)
python3 - "$top_srcdir/tests/golden/classic-three-column/expected.xml" \
    "$tmp/odd.xml" <<'EOF'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
old = ">HARTWELL PRECISION TOOL CORP.</EntityRegistrantName>"
assert old in s
s = s.replace(old, '>Hartwell, "Precision"\nTool\tCorp.</EntityRegistrantName>')
open(sys.argv[2], "w", encoding="utf-8").write(s)
EOF
"$FORM8K" table -q "$tmp/odd.xml" > "$tmp/odd.csv"
check "table of an edited XML" exit_is 0 $?
printf '%s\t%s\n' "$tmp/odd.xml" "$tmp/odd.xml" > "$tmp/map.odd"
run_check "RFC 4180: commas, quotes, line breaks round-trip" "$tmp/odd.csv" "$tmp/map.odd"
check "the value quoted, its quotes doubled, CRLF records" \
    grep -q '"Hartwell, ""Precision""' "$tmp/odd.csv"
check "every record ends with CRLF" \
    test "$(grep -c "$(printf '\r')\$" "$tmp/odd.csv")" -eq 2
"$FORM8K" table -q --format=tsv "$tmp/odd.xml" > "$tmp/odd.tsv"
check "TSV: tab and line break become spaces" \
    grep -q "$(printf 'Hartwell, "Precision" Tool Corp.\t')" "$tmp/odd.tsv"

# ---- failures
"$FORM8K" table -q "$top_srcdir/tests/errors/empty/input.txt" \
    "$tmp/in/classic-three-column.txt" > "$tmp/f.csv" 2>/dev/null
check "a failing input: exit status 8" exit_is 8 $?
check "  and no row for it, the others written" test "$(wc -l < "$tmp/f.csv")" -eq 2
"$FORM8K" table > /dev/null 2>&1
check "table without FILE is a usage error" exit_is 2 $?

# ---- the corpus
SHARED=${SHARED:-$top_srcdir/../shared}
filings=$SHARED/corpus/filings
if [ -d "$filings" ]; then
    "$FORM8K" parse -q -j 2 --out "$tmp/cx" "$filings" 2>/dev/null
    (cd "$tmp/cx" && find . -name '*.xml' | sort) | while read -r x; do
        x=${x#./}
        f=$filings/${x%.xml}.txt
        [ -f "$f" ] || f=$filings/${x%.xml}
        printf '%s\t%s\n' "$f" "$tmp/cx/$x"
    done > "$tmp/map.corpus"
    "$FORM8K" table -q "$filings" > "$tmp/corpus.csv" 2>/dev/null
    rc=$?
    check "corpus: table runs to its end (8: other forms refused)" \
        test $rc -eq 0 -o $rc -eq 8
    rows=$(($(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline=""))))' "$tmp/corpus.csv") - 1))
    echo "  corpus: $rows rows for $(wc -l < "$tmp/map.corpus") 8-K filings"
    run_check "corpus: one row per filing (per registrant), the XML's values" \
        "$tmp/corpus.csv" "$tmp/map.corpus"
else
    echo "SKIP: corpus (no $filings)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
