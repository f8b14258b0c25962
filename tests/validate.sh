#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# validate.sh - form8k validate and form8k explain.
#
#   tests/validate/<case>/input.txt   a hand-made mutation of
#                       expected.out  examples/classic-8k.txt (see
#                       expected.rc   tests/validate/README): what
#                                     "form8k validate -j 1 input.txt"
#                                     prints, run in the folder, and its exit
#   examples/classic-8k.txt           conforms (exit 0)
#   $SEED (default ../shared/seed/sonus-2004-01-20-8k.txt beside the tree)
#                                     conforms; skipped when absent
#   --format=json                     JSON Lines, checked with python3: one
#                                     object per input, the issue's keys
#   --format=sarif                    SARIF 2.1.0: its required properties, and
#                                     valid against the published schema
#                                     checked with python3 (the schema is
#                                     not vendored: no network)
#   --fail-on, --ignore, --notes, folders, --files-from, -j 2, usage errors
#   explain CODE, explain --list (one line per code of the table)
#
# Environment: FORM8K, top_srcdir (make check sets them); REGEN=1 writes
# expected.out/expected.rc from the current output (review with git diff).
# Prints PASS/FAIL per check and "N passed, N failed"; exits 1 on a
# failure and when no case ran.

. "$(dirname "$0")/common.sh"
require_form8k
make_tmp form8k-validate 0
example=$top_srcdir/examples/classic-8k.txt
cases=$top_srcdir/tests/validate

# ---- golden cases
ncases=0
for d in "$cases"/*/; do
    [ -f "$d/input.txt" ] || continue
    name=$(basename "$d")
    ncases=$((ncases + 1))
    (cd "$d" && "$FORM8K" validate -j 1 input.txt > "$tmp/$name.out" 2> "$tmp/$name.err"
     echo $? > "$tmp/$name.rc")
    if [ "${REGEN:-}" = 1 ]; then
        cp "$tmp/$name.out" "$d/expected.out"
        cp "$tmp/$name.rc" "$d/expected.rc"
    fi
    check "validate/$name" sh -c 'cmp -s "$1" "$2" && cmp -s "$3" "$4" && [ ! -s "$5" ] ||
        { diff "$2" "$1" | head -20; echo "  rc $(cat "$3"), want $(cat "$4")"; cat "$5"; exit 1; }' \
        sh "$tmp/$name.out" "$d/expected.out" "$tmp/$name.rc" "$d/expected.rc" "$tmp/$name.err"
done
[ "$ncases" -gt 0 ] || setup_fail "no case in $cases"

# ---- what must conform
"$FORM8K" validate "$example" > "$tmp/ex.out" 2>&1
check "example conforms" sh -c 'exit_code=$1; grep -q ": conforms$" "$2" && [ "$exit_code" -eq 0 ] || { cat "$2"; exit 1; }' \
    sh $? "$tmp/ex.out"
seed=${SEED:-$top_srcdir/../shared/seed/sonus-2004-01-20-8k.txt}
if [ -f "$seed" ]; then
    "$FORM8K" validate "$seed" > "$tmp/seed.out" 2>&1
    check "seed filing conforms" sh -c '[ "$1" -eq 0 ] && grep -q ": conforms$" "$2" || { cat "$2"; exit 1; }' \
        sh $? "$tmp/seed.out"
else
    echo "SKIP: seed filing ($seed not found)"
fi

# ---- options
"$FORM8K" validate --ignore=F8K-W702 "$cases/signed-before-event/input.txt" > "$tmp/ign.out"
check "--ignore drops a code" sh -c '[ "$1" -eq 0 ] && grep -q ": conforms$" "$2"' sh $? "$tmp/ign.out"
"$FORM8K" validate --fail-on=error "$cases/no-signature/input.txt" > "$tmp/fo.out"
check "--fail-on=error: a warning is shown, not a departure" sh -c \
    '[ "$1" -eq 0 ] && grep -q "F8K-W301" "$2" && grep -q ": conforms$" "$2"' sh $? "$tmp/fo.out"
"$FORM8K" validate --notes "$top_srcdir/tests/golden/combined-headings/input.txt" > "$tmp/notes.out"
"$FORM8K" validate "$top_srcdir/tests/golden/combined-headings/input.txt" > "$tmp/nonotes.out"
check "notes only with --notes" sh -c 'grep -q "note:" "$1" && ! grep -q "note:" "$2"' sh "$tmp/notes.out" "$tmp/nonotes.out"
"$FORM8K" validate --fail-on=note "$top_srcdir/tests/golden/combined-headings/input.txt" > "$tmp/fon.out"
check "--fail-on=note: a note departs" sh -c '[ "$1" -eq 1 ] && grep -q ": departs" "$2"' sh $? "$tmp/fon.out"
"$FORM8K" validate --ignore=F8K-W999 "$example" > /dev/null 2>&1
check "--ignore: an unknown code is a usage error" exit_is 2 $?
"$FORM8K" validate -o x.xml "$example" > /dev/null 2>&1
check "validate -o is a usage error" exit_is 2 $?
"$FORM8K" validate "$tmp/no-such-file.txt" > "$tmp/nf.out" 2> "$tmp/nf.err"
check "an input that cannot be read: unreadable, exit 3" sh -c \
    '[ "$1" -eq 3 ] && grep -q ": unreadable" "$2"' sh $? "$tmp/nf.out"
# A folder, recursively, on two threads; and --files-from.
mkdir -p "$tmp/tree/a"
cp "$example" "$tmp/tree/a/ok.txt"
cp "$cases/another-form/input.txt" "$tmp/tree/other.txt"
cp "$cases/no-signature/input.txt" "$tmp/tree/a/nosig.txt"
"$FORM8K" validate -j 2 "$tmp/tree" > "$tmp/tree.out"
check "a folder on 2 threads: verdicts and summary" sh -c '[ "$1" -eq 1 ] &&
    grep -q "a/ok.txt: conforms$" "$2" && grep -q "other.txt: not-8k$" "$2" &&
    grep -q "nosig.txt: departs" "$2" &&
    grep -q "^form8k validate: 3 inputs: 1 conform, 1 depart, 1 not-8k, 0 unreadable; departures by code: F8K-E002 1, F8K-W301 1$" "$2" ||
    { cat "$2"; exit 1; }' sh $? "$tmp/tree.out"
printf '%s\n' "$example" | "$FORM8K" validate --files-from=- > "$tmp/ff.out"
check "--files-from=-" sh -c '[ "$1" -eq 0 ] && grep -q "classic-8k.txt: conforms$" "$2"' sh $? "$tmp/ff.out"

# ---- JSON Lines
"$FORM8K" validate -j 2 --format=json "$tmp/tree" "$example" > "$tmp/v.jsonl"
check "--format=json exits as text does" exit_is 1 $?
if command -v python3 > /dev/null 2>&1; then
    check "--format=json: JSON Lines, one object per input" python3 - "$tmp/v.jsonl" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert len(lines) == 4, lines
seen = {}
for l in lines:
    o = json.loads(l)
    for k in ("input", "verdict", "exit", "form", "filed", "departures", "other"):
        assert k in o, (k, o)
    assert o["verdict"] in ("conforms", "departs", "not-8k", "unreadable"), o
    for d in o["departures"]:
        for k, t in (("code", str), ("severity", str), ("line", int),
                     ("column", int), ("message", str), ("rule", str)):
            assert isinstance(d[k], t), (k, d)
        assert d["severity"] in ("error", "warning", "note")
        assert d["severity"][0].upper() == d["code"][4] or d["code"][4] == "X", d
    seen[o["input"].rsplit("/", 1)[-1]] = o
assert seen["ok.txt"]["verdict"] == "conforms" and seen["ok.txt"]["exit"] == 0
assert seen["ok.txt"]["form"] == "8-K" and seen["ok.txt"]["departures"] == []
assert seen["other.txt"]["verdict"] == "not-8k" and seen["other.txt"]["form"] == "10-Q"
n = seen["nosig.txt"]
assert n["verdict"] == "departs" and [d["code"] for d in n["departures"]] == ["F8K-W301"]
assert n["departures"][0]["rule"] == "check.c: required parts"
PY
    "$FORM8K" validate --format=sarif "$tmp/tree" "$cases/signed-before-event/input.txt" > "$tmp/v.sarif"
    check "--format=sarif: SARIF 2.1.0 required properties" python3 - "$tmp/v.sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1], encoding="utf-8"))
# sarifLog: version and runs required; version "2.1.0"
assert log["version"] == "2.1.0" and isinstance(log["runs"], list) and len(log["runs"]) == 1
assert log["$schema"].endswith("sarif-2.1.0.json")
run = log["runs"][0]
# run: tool required; tool: driver required; toolComponent: name required
driver = run["tool"]["driver"]
assert isinstance(driver["name"], str) and driver["name"] == "form8k"
rules = driver["rules"]
ids = [r["id"] for r in rules]
assert len(ids) == len(set(ids)) and "F8K-W301" in ids and "F8K-W702" in ids
for r in rules:
    # reportingDescriptor: id required; descriptions are multiformatMessageStrings (text required)
    assert isinstance(r["id"], str)
    for k in ("shortDescription", "fullDescription", "help"):
        assert isinstance(r[k]["text"], str) and r[k]["text"]
    assert r["defaultConfiguration"]["level"] in ("none", "note", "warning", "error")
arts = run["artifacts"]
assert len(arts) == 4
for a in arts:
    assert isinstance(a["location"]["uri"], str)
    assert a["properties"]["verdict"] in ("conforms", "departs", "not-8k", "unreadable")
res = run["results"]
assert res, "no result"
for r in res:
    # result: message required (text or id)
    assert isinstance(r["message"]["text"], str) and r["message"]["text"]
    assert r["level"] in ("none", "note", "warning", "error")
    assert ids[r["ruleIndex"]] == r["ruleId"]
    loc = r["locations"][0]["physicalLocation"]
    assert 0 <= loc["artifactLocation"]["index"] < len(arts)
    assert arts[loc["artifactLocation"]["index"]]["location"]["uri"] == loc["artifactLocation"]["uri"]
    reg = loc["region"]
    assert reg["startLine"] >= 1 and reg["startColumn"] >= 1
codes = sorted(r["ruleId"] for r in res)
assert codes == ["F8K-E002", "F8K-W301", "F8K-W702"], codes
w702 = [r for r in res if r["ruleId"] == "F8K-W702"][0]
assert w702["locations"][0]["physicalLocation"]["region"]["startLine"] == 83
assert w702["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 17
assert isinstance(run["invocations"][0]["executionSuccessful"], bool)
PY
    # ... and against the published SARIF 2.1.0 schema (tests/sarif-2.1.0.json,
    # from microsoft/sarif-sdk, MIT: tests/sarif-2.1.0.README), by the
    # validator of tests/json_check.py; it must also refuse a log the
    # schema refuses (no "version", a member SARIF does not define, a
    # line 0, a date that is no date-time).
    schema=$top_srcdir/tests/sarif-2.1.0.json
    check "--format=sarif: valid against the SARIF 2.1.0 JSON schema" \
        python3 "$top_srcdir/tests/json_check.py" "$schema" --only "$tmp/v.sarif"
    python3 - "$tmp/v.sarif" "$tmp/bad" <<'PY'
import json, sys
log = json.load(open(sys.argv[1], encoding="utf-8"))
def bad(i, f):
    d = json.loads(json.dumps(log)); f(d)
    json.dump(d, open("%s%d.sarif" % (sys.argv[2], i), "w"))
bad(1, lambda d: d.pop("version"))
bad(2, lambda d: d["runs"][0].__setitem__("verdicts", []))
bad(3, lambda d: d["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"].__setitem__("startLine", 0))
bad(4, lambda d: d["runs"][0]["invocations"][0].__setitem__("endTimeUtc", "1 December 2026"))
PY
    for i in 1 2 3 4; do
        check "--format=sarif: the schema check refuses broken log $i" \
            sh -c '! python3 "$1" "$2" --only "$3" >/dev/null' sh \
            "$top_srcdir/tests/json_check.py" "$schema" "$tmp/bad$i.sarif"
    done
else
    echo "SKIP: JSON Lines and SARIF checks (no python3)"
fi

# ---- explain
"$FORM8K" explain F8K-W301 > "$tmp/ex301.out"
check "explain CODE" sh -c '[ "$1" -eq 0 ] && head -1 "$2" | grep -q "^F8K-W301  warning  no signature block" &&
    grep -q "^  Means:" "$2" && grep -q "^  Example:" "$2" && grep -q "^  Do:" "$2" &&
    grep -q "^  Check:" "$2"' sh $? "$tmp/ex301.out"
"$FORM8K" explain w702 > /dev/null
check "explain: code without prefix, any case" exit_is 0 $?
"$FORM8K" explain F8K-W999 > /dev/null 2>&1
check "explain: an unknown code is a usage error" exit_is 2 $?
"$FORM8K" explain --list > "$tmp/list.out"
check "explain --list: one line per code, letter = severity" awk '
    { n++ }
    !/^F8K-[EWNX][0-9][0-9][0-9]  (error  |warning|note   )  ./ { print "bad line: " $0; bad = 1 }
    substr($1, 5, 1) == "E" && $2 != "error" { print "E not error: " $0; bad = 1 }
    substr($1, 5, 1) == "W" && $2 != "warning" { print "W not warning: " $0; bad = 1 }
    substr($1, 5, 1) == "N" && $2 != "note" { print "N not note: " $0; bad = 1 }
    END { exit bad || n < 40 }' "$tmp/list.out"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
