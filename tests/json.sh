#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# json.sh - form8k parse --format=json (MIT licence, see LICENSE).
#
#   - xsd/form8k.schema.json and src/cli/json_map.h are what
#     scripts/xsd2json.py makes of xsd/form8k.xsd (no drift);
#   - every golden case: the JSON (standard output and -o FILE alike) is
#     valid against the JSON Schema and is its expected.xml mapped as
#     README says (tests/json_check.py: a validator of the JSON Schema
#     subset the schema uses, and the mapping computed from the XML);
#   - batch mode --format=json: NAME.json files, the index names them,
#     each the same bytes as the one-input run, --resume skips them;
#   - an input that fails writes no JSON and exits as without --format;
#     --format values that do not fit the command are usage errors (2);
#   - with ../shared: the JSON of every corpus input, checked the same way
#     against its XML (skipped cleanly without it).
# Prints "PASS: what" / "FAIL: what" and "N passed, N failed".

. "$(dirname "$0")/common.sh"
require_form8k
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 not found"; exit 77; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/json.XXXXXX") || setup_fail "mktemp failed"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

schema=$top_srcdir/xsd/form8k.schema.json
checker=$top_srcdir/tests/json_check.py

# ---- the generated files are up to date
out=$(python3 "$top_srcdir/scripts/xsd2json.py" --check 2>&1)
check "schema.json and json_map.h made from the XSD" [ $? -eq 0 ]
[ -z "$out" ] || echo "$out"

# ---- every golden case
: > "$tmp/pairs"
same=0
for d in "$top_srcdir"/tests/golden/*/; do
    case=$(basename "$d")
    in=$d/input.txt
    [ -f "$in" ] || in=$d/input.htm
    (cd "$d" && "$FORM8K" parse -q --format=json "$(basename "$in")") \
        > "$tmp/$case.json" 2>/dev/null
    (cd "$d" && "$FORM8K" parse -q --format=json -o "$tmp/$case.o.json" \
        "$(basename "$in")") 2>/dev/null
    cmp -s "$tmp/$case.json" "$tmp/$case.o.json" || { same=1; echo "  differs with -o: $case"; }
    printf '%s\t%s\n' "$d/expected.xml" "$tmp/$case.json" >> "$tmp/pairs"
done
check "standard output and -o write the same JSON" [ $same -eq 0 ]
python3 "$checker" "$schema" --pairs "$tmp/pairs" > "$tmp/golden.out" 2>&1
st=$?
sed -n '$s/^/  json_check: /p' "$tmp/golden.out"
grep '^FAIL' "$tmp/golden.out" | head -5
check "golden cases: JSON valid against the schema, the XML mapped" [ $st -eq 0 ]

# ---- the checker itself refuses a wrong JSON
sed 's/"line": 7,/"line": "7",/' "$tmp/classic-three-column.json" > "$tmp/bad.json"
python3 "$checker" "$schema" "$top_srcdir/tests/golden/classic-three-column/expected.xml" \
    "$tmp/bad.json" > /dev/null 2>&1
check "a string where the schema says integer is refused" [ $? -eq 1 ]

# ---- failures and usage
"$FORM8K" parse --format=json "$top_srcdir/tests/errors/empty/input.txt" \
    > "$tmp/e.json" 2>/dev/null
rc=$?
"$FORM8K" parse "$top_srcdir/tests/errors/empty/input.txt" > /dev/null 2>&1
rx=$?
check "a failing input exits as without --format, writes nothing" \
    test $rc -eq $rx -a $rc -ne 0 -a ! -s "$tmp/e.json"
"$FORM8K" parse --format=csv "$top_srcdir/examples/classic-8k.txt" > /dev/null 2>&1
check "parse --format=csv is a usage error" exit_is 2 $?
"$FORM8K" parse --format=yaml "$top_srcdir/examples/classic-8k.txt" > /dev/null 2>&1
check "--format=yaml is a usage error" exit_is 2 $?
"$FORM8K" table --format=json "$top_srcdir/examples/classic-8k.txt" > /dev/null 2>&1
check "table --format=json is a usage error" exit_is 2 $?

# ---- batch mode
mkdir -p "$tmp/in/a"
for d in "$top_srcdir"/tests/golden/classic-three-column "$top_srcdir"/tests/golden/html-ixbrl-cover \
         "$top_srcdir"/tests/golden/sub-sec-joint-binary; do
    f=$d/input.txt
    [ -f "$f" ] || f=$d/input.htm
    cp "$f" "$tmp/in/a/$(basename "$d").${f##*.}"
done
"$FORM8K" parse -q -j 2 --format=json --out "$tmp/out" "$tmp/in" 2>/dev/null
check "batch --format=json" exit_is 0 $?
ok=0
for f in "$tmp"/in/a/*; do
    b=$(basename "$f")
    j=$tmp/out/a/${b%.txt}.json
    "$FORM8K" parse -q --format=json "$f" > "$tmp/one.json" 2>/dev/null
    cmp -s "$tmp/one.json" "$j" || { ok=1; echo "  not the one-input JSON: $j"; }
done
check "batch writes NAME.json, the bytes of the one-input run" [ $ok -eq 0 ]
check "no .xml written with --format=json" [ -z "$(find "$tmp/out" -name '*.xml')" ]
python3 - "$tmp/out/index.jsonl" <<'EOF'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert len(lines) == 3, lines
for l in lines:
    assert l["status"] == "ok" and l["output"].endswith(".json"), l
EOF
check "the index names the .json outputs" [ $? -eq 0 ]
"$FORM8K" parse -q --format=json --resume --out "$tmp/out" "$tmp/in" 2>/dev/null
check "batch --format=json --resume" exit_is 0 $?
n=$(grep -c '"status":"skipped"' "$tmp/out/index.jsonl")
check "--resume skips complete JSON outputs" [ "$n" -eq 3 ]

# ---- the corpus
SHARED=${SHARED:-$top_srcdir/../shared}
filings=$SHARED/corpus/filings
if [ -d "$filings" ]; then
    "$FORM8K" parse -q -j 2 --out "$tmp/cx" "$filings" 2>/dev/null
    "$FORM8K" parse -q -j 2 --format=json --out "$tmp/cj" "$filings" 2>/dev/null
    nx=$(find "$tmp/cx" -name '*.xml' | wc -l)
    nj=$(find "$tmp/cj" -name '*.json' | wc -l)
    check "corpus: a JSON for every XML ($nj of $nx)" test "$nx" -eq "$nj" -a "$nx" -gt 0
    (cd "$tmp/cx" && find . -name '*.xml' | sort) | while read -r x; do
        printf '%s\t%s\n' "$tmp/cx/$x" "$tmp/cj/${x%.xml}.json"
    done > "$tmp/cpairs"
    python3 "$checker" "$schema" --pairs "$tmp/cpairs" > "$tmp/corpus.out" 2>&1
    st=$?
    sed -n '$s/^/  json_check: /p' "$tmp/corpus.out"
    grep '^FAIL' "$tmp/corpus.out" | head -5
    check "corpus: every JSON valid against the schema, its XML mapped" [ $st -eq 0 ]
else
    echo "SKIP: corpus (no $filings)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
