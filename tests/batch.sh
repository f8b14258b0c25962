#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# batch.sh - form8k parse in batch mode (--out DIR, -j N, --resume,
# --files-from), on synthetic inputs only: the golden and error cases of
# tests/ copied into a tree of subfolders.
#
# Checks, against "form8k parse FILE" run on each input alone:
#   - the output tree mirrors the input tree, one XML per good input, the
#     same bytes as the one-input run, no XML and no temporary file for a
#     bad one;
#   - index.jsonl: one line per input with its status, exit status,
#     diagnostics count, output path and size; what it was (kind, whether
#     an 8-K body was read, accession number, CIK, diagnostic codes);
#   - the summary's MB and MB/s count only the inputs converted;
#   - exit status 8 when some inputs fail, 0 when none does, 2 on misuse;
#   - -j 1 and -j 2 give identical trees;
#   - --resume skips complete outputs (untouched: same mtime) and redoes
#     missing and truncated ones;
#   - --files-from=- (paths on standard input), --index FILE, a missing
#     input, an output folder inside the input folder.
# Prints "PASS: what" / "FAIL: what" and "N passed, N failed".

. "$(dirname "$0")/common.sh"
require_form8k
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 not found"; exit 77; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/batch.XXXXXX") || setup_fail "mktemp failed"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM


# ---- the input tree: good filings in two levels, bad ones in a third.
in=$tmp/in
mkdir -p "$in/good/deeper" "$in/bad" || setup_fail "mkdir"
i=0
# (a case's input is input.txt or input.htm: NAME.txt or NAME.htm here)
for f in "$top_srcdir"/tests/golden/*/input.*; do
    d=${f%/*}
    name=$(basename "$d")
    if [ $((i % 2)) -eq 0 ]; then sub=good; else sub=good/deeper; fi
    cp "$f" "$in/$sub/$name.${f##*.}" || setup_fail "cp $f"
    i=$((i + 1))
done
for f in "$top_srcdir"/tests/errors/*/input.*; do
    d=${f%/*}
    cp "$f" "$in/bad/$(basename "$d").${f##*.}" || setup_fail "cp $f"
done
[ "$i" -gt 2 ] || setup_fail "no golden inputs found"

# ---- expected results: each input alone.  expect.tsv: relative path,
# exit status, diagnostics count.
(cd "$in" && find . -type f | sed 's|^\./||' | sort) > "$tmp/inputs"
: > "$tmp/expect.tsv"
mkdir "$tmp/single"
while read -r rel; do
    out=$tmp/single/${rel%.txt}.xml
    mkdir -p "$(dirname "$out")"
    "$FORM8K" parse "$in/$rel" > "$out" 2> "$tmp/err"
    rc=$?
    [ "$rc" -eq 0 ] || rm -f "$out"
    nd=$(grep -c ': \(note\|warning\|error\): ' "$tmp/err")
    codes=$(sed -n 's/.*: \(note\|warning\|error\): .* \[\(F8K-[A-Z0-9]*\)\].*/\2/p' "$tmp/err" | sort -u | paste -sd, -)
    printf '%s\t%s\t%s\t%s\n' "$rel" "$rc" "$nd" "$codes" >> "$tmp/expect.tsv"
done < "$tmp/inputs"
n_good=$(awk -F'\t' '$2 == 0' "$tmp/expect.tsv" | wc -l)
n_bad=$(awk -F'\t' '$2 != 0' "$tmp/expect.tsv" | wc -l)
[ "$n_good" -gt 0 ] && [ "$n_bad" -gt 0 ] || setup_fail "need good and bad inputs ($n_good, $n_bad)"

# index_check INDEX OUTDIR PREFIX [STATUS_OF_GOOD]: every input has one
# line that agrees with expect.tsv (input = PREFIX/rel).
index_check() {
    python3 - "$1" "$2" "$3" "$tmp/expect.tsv" "${4:-ok}" <<'PY'
import json, os, sys
index, outdir, prefix, expect, good_status = sys.argv[1:6]
want = {}
for line in open(expect):
    rel, rc, nd, codes = line.rstrip("\n").split("\t")
    want[prefix + "/" + rel] = (rel, int(rc), int(nd), sorted(codes.split(",")) if codes else [])
seen = {}
ok = True
for n, line in enumerate(open(index), 1):
    r = json.loads(line)
    for k in ("input", "status", "exit", "diagnostics", "output", "bytes",
              "xml_bytes", "seconds"):
        if k not in r:
            print("index line %d: no %s" % (n, k)); ok = False
    if r["input"] in seen:
        print("index: %s twice" % r["input"]); ok = False
    seen[r["input"]] = r
for inp, (rel, rc, nd, codes) in want.items():
    r = seen.get(inp)
    if r is None:
        print("index: no line for %s" % inp); ok = False; continue
    # what happened: the kind, whether an 8-K body was read, the codes of
    # the diagnostics (once each) - of a converted input, a failed one and
    # one that --resume skipped (converted by an earlier run) alike
    if good_status != "skipped" or rc != 0:
        if r.get("kind") not in ("text", "html", "submission", "binary"):
            print("%s: kind %s" % (inp, r.get("kind"))); ok = False
        if not isinstance(r.get("body_read"), bool) or r["body_read"] != (rc == 0):
            print("%s: body_read %s, exit %d" % (inp, r.get("body_read"), rc)); ok = False
        if sorted(r.get("codes", [None])) != codes or len(set(r["codes"])) != len(r["codes"]):
            print("%s: codes %s, want %s" % (inp, r.get("codes"), codes)); ok = False
    xml = os.path.join(outdir, rel[:-4] + ".xml" if rel.endswith(".txt") else rel + ".xml")
    if r["exit"] != rc:
        print("%s: exit %s, want %d" % (inp, r["exit"], rc)); ok = False
    if rc == 0:
        if r["status"] != good_status or r["output"] != xml:
            print("%s: status %s output %s, want %s %s" % (inp, r["status"], r["output"], good_status, xml)); ok = False
        if good_status == "ok" and (r["diagnostics"] != nd or r["xml_bytes"] != os.path.getsize(xml)):
            print("%s: diagnostics %s xml_bytes %s, want %d %d" % (inp, r["diagnostics"], r["xml_bytes"], nd, os.path.getsize(xml))); ok = False
    else:
        if r["status"] != "failed" or r["output"] is not None or not r.get("error"):
            print("%s: status %s output %s error %s" % (inp, r["status"], r["output"], r.get("error"))); ok = False
        if r["diagnostics"] != nd:
            print("%s: diagnostics %s, want %d" % (inp, r["diagnostics"], nd)); ok = False
    if r["bytes"] != os.path.getsize(inp):
        print("%s: bytes %s, want %d" % (inp, r["bytes"], os.path.getsize(inp))); ok = False
extra = set(seen) - set(want)
if extra:
    print("index: unexpected inputs %s" % sorted(extra)); ok = False
sys.exit(0 if ok else 1)
PY
}

# same_tree A B: the same XML files with the same bytes, apart from the
# source= attribute, which names the input as given.
same_xml() { # same_xml A B: files A and B equal apart from source="..."
    sed 's/ source="[^"]*"//' "$1" > "$tmp/a.x" &&
    sed 's/ source="[^"]*"//' "$2" > "$tmp/b.x" &&
    cmp -s "$tmp/a.x" "$tmp/b.x"
}
mirrors_single() { # mirrors_single OUTDIR: OUTDIR holds exactly single/'s XML
    (cd "$1" && find . -type f ! -name index.jsonl | sort) > "$tmp/got.list"
    (cd "$tmp/single" && find . -type f | sort) > "$tmp/want.list"
    cmp -s "$tmp/got.list" "$tmp/want.list" || { diff "$tmp/want.list" "$tmp/got.list"; return 1; }
    while read -r f; do
        same_xml "$tmp/single/$f" "$1/$f" || { echo "differs: $f"; return 1; }
    done < "$tmp/want.list"
}

# ---- mixed good and bad inputs, two workers.
"$FORM8K" parse -q -j 2 --out "$tmp/out2" "$in" 2> "$tmp/err2"
check "mixed inputs, -j 2: exit status 8" exit_is 8 $?
check "output tree mirrors the input tree, XML as one-input runs" mirrors_single "$tmp/out2"
check "index.jsonl: one line per input, status/exit/diagnostics/output/bytes" \
    index_check "$tmp/out2/index.jsonl" "$tmp/out2" "$in"
check "-q: the failures' diagnostics on stderr, no summary" \
    sh -c "grep -q 'error: not a Form 8-K' '$tmp/err2' && ! grep -q 'files, .* MB in' '$tmp/err2'"
check "no temporary file left" \
    sh -c "! find '$tmp/out2' -name '*.xml.*' | grep -q ."

# ---- one worker: identical outputs and index contents.
"$FORM8K" parse -j1 --no-progress --out "$tmp/out1" "$in" 2> "$tmp/err1"
check "-j 1: exit status 8" exit_is 8 $?
check "-j 1 and -j 2 give identical trees" \
    diff -r -x index.jsonl "$tmp/out1" "$tmp/out2"
check "-j 1 index agrees" index_check "$tmp/out1/index.jsonl" "$tmp/out1" "$in"
check "summary line on stderr without -q" \
    grep -q "^form8k: $((n_good + n_bad)) files, .* $n_good written, 0 skipped, $n_bad failed" "$tmp/err1"

# ---- only good inputs: exit status 0.
"$FORM8K" parse -q --out "$tmp/outg" "$in/good" "$in/good/deeper"
check "good inputs only: exit status 0" exit_is 0 $?
# Again with --resume: every input skipped, none converted - 0.0 MB.
"$FORM8K" parse --no-progress --resume --out "$tmp/outg" "$in/good" "$in/good/deeper" 2> "$tmp/errg"
check "--resume, all skipped: the summary's MB and MB/s count no input" \
    grep -q "^form8k: [0-9]* files, 0.0 MB in .* (0.0 MB/s, 0 files/s): 0 written, [1-9][0-9]* skipped, 0 failed" "$tmp/errg"

# ---- the index says what each input was: kind, whether an 8-K body was
# read, accession number and CIK where known, diagnostic codes.
mkdir "$tmp/kinds"
cp "$top_srcdir/tests/golden/classic-three-column/input.txt" "$tmp/kinds/a-text.txt"
cp "$top_srcdir/tests/golden/html-ixbrl-cover/input.htm" "$tmp/kinds/b-html.htm"
cp "$top_srcdir/tests/golden/sub-sec-joint-binary/input.txt" "$tmp/kinds/c-sub.txt"
cp "$top_srcdir/tests/errors/not-an-8k/input.txt" "$tmp/kinds/d-10q.txt"
cp "$top_srcdir/tests/errors/sub-other-form/input.txt" "$tmp/kinds/e-sub-10q.txt"
cp "$top_srcdir/tests/errors/binary-garbage/input."* "$tmp/kinds/f-binary.bin"
"$FORM8K" parse -q -j 1 --out "$tmp/kindsout" "$tmp/kinds" 2>/dev/null
kind_line() { # kind_line NAME KIND BODY_READ ACCESSION CIK CODE...
    python3 - "$tmp/kindsout/index.jsonl" "$tmp/kinds/$@" <<'PY'
import json, sys
index, inp, kind, body, acc, cik = sys.argv[1:7]
codes = sys.argv[7:]
for line in open(index):
    r = json.loads(line)
    if r["input"] != inp:
        continue
    got = (r.get("kind"), r.get("body_read"), r.get("accession"), r.get("cik"), r.get("codes"))
    want = (kind, body == "true", acc or None, cik or None, codes)
    if got != want:
        print("  %s: got %s, want %s" % (inp, got, want))
        sys.exit(1)
    sys.exit(0)
print("  no line for", inp)
sys.exit(1)
PY
}
check "index: a plain-text 8-K" kind_line a-text.txt text true "" ""
check "index: an HTML 8-K" kind_line b-html.htm html true "" ""
check "index: a submission, accession, CIK, codes once each in order" \
    kind_line c-sub.txt submission true 0000999001-02-000042 0000999001 \
    F8K-W105 F8K-X508 F8K-X504 F8K-X506
check "index: a 10-Q document: no 8-K body read" kind_line d-10q.txt text false "" "" F8K-E002
check "index: a 10-Q submission: no 8-K body, its accession" \
    kind_line e-sub-10q.txt submission false 0000812345-97-000031 "" F8K-E002
check "index: binary data" kind_line f-binary.bin binary false "" "" F8K-E006

# ---- --resume: complete outputs are skipped and left alone.
python3 -c 'import os,sys
for r,_,fs in os.walk(sys.argv[1]):
    for f in sorted(fs):
        if f.endswith(".xml"): print(os.path.join(r,f), os.stat(os.path.join(r,f)).st_mtime_ns)' "$tmp/out2" | sort > "$tmp/mtimes.before"
sleep 1
n0=$(wc -l < "$tmp/out2/index.jsonl")
"$FORM8K" parse -q --resume --out "$tmp/out2" "$in" 2> "$tmp/err"
check "--resume with failures left: exit status 8" exit_is 8 $?
# --resume keeps the earlier runs' lines: this run's lines follow them.
tail -n +$((n0 + 1)) "$tmp/out2/index.jsonl" > "$tmp/run1.jsonl"
check "--resume: the earlier lines of the index are kept" \
    sh -c "[ \$(head -n $n0 '$tmp/out2/index.jsonl' | grep -c '\"status\"') -eq $n0 ] && [ -s '$tmp/run1.jsonl' ]"
python3 -c 'import os,sys
for r,_,fs in os.walk(sys.argv[1]):
    for f in sorted(fs):
        if f.endswith(".xml"): print(os.path.join(r,f), os.stat(os.path.join(r,f)).st_mtime_ns)' "$tmp/out2" | sort > "$tmp/mtimes.after"
check "--resume leaves complete outputs untouched" cmp -s "$tmp/mtimes.before" "$tmp/mtimes.after"
check "--resume: index says skipped, failures tried again" \
    index_check "$tmp/run1.jsonl" "$tmp/out2" "$in" skipped
# A missing and a truncated output are done again.
victim1=$(sed -n 1p "$tmp/want.list")
victim2=$(sed -n 2p "$tmp/want.list")
rm -f "$tmp/out2/$victim1"
head -c 100 "$tmp/single/$victim2" > "$tmp/out2/$victim2"
n0=$(wc -l < "$tmp/out2/index.jsonl")
"$FORM8K" parse -q --resume --out "$tmp/out2" "$in" 2> "$tmp/err"
tail -n +$((n0 + 1)) "$tmp/out2/index.jsonl" > "$tmp/run2.jsonl"
check "--resume redoes a missing output" same_xml "$tmp/single/$victim1" "$tmp/out2/$victim1"
check "--resume redoes a truncated output" same_xml "$tmp/single/$victim2" "$tmp/out2/$victim2"
check "--resume: exactly two written" \
    sh -c "[ \$(grep -c '\"status\":\"ok\"' '$tmp/run2.jsonl') -eq 2 ]"
check "--resume: outputs again as one-input runs" mirrors_single "$tmp/out2"

# ---- a list of paths on standard input; mirrored as given.
(cd "$tmp" && sed 's|^|in/|' inputs | "$FORM8K" parse -q -j 2 --out outl -T - 2> err)
check "--files-from=-: exit status 8" exit_is 8 $?
check "--files-from=-: outputs under the paths as given" mirrors_single "$tmp/outl/in"
check "--files-from=-: index agrees" sh -c "cd '$tmp' && exec \"\$0\" \"\$@\"" \
    python3 -c 'import json,sys; n=sum(1 for l in open("outl/index.jsonl") if json.loads(l)["input"].startswith("in/")); sys.exit(n != int(sys.argv[1]))' "$((n_good + n_bad))"

# ---- --index FILE, a missing input, output folder inside the input.
cp -R "$in/good" "$tmp/nest"
"$FORM8K" parse -q --out "$tmp/nest/xml" "$tmp/nest" "$tmp/no-such-file.txt" --index "$tmp/other.jsonl" 2> "$tmp/err"
check "missing input: the batch goes on, exit status 8" exit_is 8 $?
check "--index FILE: written there, not in DIR" \
    sh -c "[ -s '$tmp/other.jsonl' ] && [ ! -e '$tmp/nest/xml/index.jsonl' ]"
check "missing input: failed with exit 3 in the index" \
    grep -q '"input":"'"$tmp"'/no-such-file.txt","status":"failed","exit":3,' "$tmp/other.jsonl"
"$FORM8K" parse -q --out "$tmp/nest/xml" "$tmp/nest" --index "$tmp/other.jsonl"
check "output folder inside the input folder is not read back" exit_is 0 $?

# ---- form8k's own output in a folder walked (generate's NAME.expected.xml,
# the XML and index.jsonl of an earlier --out DIR, --format=json's JSON) is not an input: skipped
# and counted; XML of another namespace is an input; a FILE named always is.
mkdir -p "$tmp/own"
cp "$in/good/$(ls "$in/good" | head -n 1)" "$tmp/own/a.txt"
"$FORM8K" parse -q "$tmp/own/a.txt" > "$tmp/own/a.expected.xml"
"$FORM8K" parse -q --out "$tmp/own/old" "$tmp/own/a.txt"
"$FORM8K" parse -q --format=json "$tmp/own/a.txt" > "$tmp/own/a.json"
printf '<?xml version="1.0"?>\n<Form8K xmlns="urn:x-other:1.0"/>\n' > "$tmp/own/other.xml"
printf '{"schemaVersions": "1.0"}\n' > "$tmp/own/other.json"
"$FORM8K" parse --out "$tmp/outown" "$tmp/own" 2> "$tmp/errown"
check "own output in a folder: the others converted, exit status 8 (other.xml fails)" exit_is 8 $?
check "own output in a folder: not in the index, the other XML and JSON are" \
    sh -c "[ \$(wc -l < '$tmp/outown/index.jsonl') -eq 3 ] &&
           grep -q '\"input\":\"$tmp/own/a.txt\",\"status\":\"ok\"' '$tmp/outown/index.jsonl' &&
           grep -q '\"input\":\"$tmp/own/other.xml\",\"status\":\"failed\"' '$tmp/outown/index.jsonl' &&
           grep -q '\"input\":\"$tmp/own/other.json\",\"status\":\"failed\"' '$tmp/outown/index.jsonl' &&
           [ ! -e '$tmp/outown/a.expected.xml.xml' ] && [ ! -e '$tmp/outown/old' ]"
check "own output in a folder: the skipped files counted on stderr" \
    grep -q "^form8k: 4 files in the folders given are form8k's own output" "$tmp/errown"
"$FORM8K" parse -q --out "$tmp/outown2" "$tmp/own/a.expected.xml" 2> /dev/null
check "own XML named as a FILE: read as an input (it is no 8-K: exit status 8)" exit_is 8 $?

# ---- two inputs, one output name: "x" and "x.txt" both map to x.xml, and
# "./d/y.txt" and "d/y.txt" to d/y.xml.  The first in operand order keeps
# the output; the other fails (exit 3) and writes nothing.
mkdir -p "$tmp/dup/d"
cp "$in/good/$(ls "$in/good" | head -n 1)" "$tmp/dup/x"
cp "$tmp/dup/x" "$tmp/dup/x.txt"
cp "$tmp/dup/x" "$tmp/dup/d/y.txt"
(cd "$tmp/dup" && "$FORM8K" parse -q -j 2 --out ../outd x x.txt d/y.txt ./d/y.txt 2> ../errd)
check "same output for two inputs: exit status 8" exit_is 8 $?
check "same output: the first input's XML is kept" \
    sh -c "grep -q 'source=\"x\"' '$tmp/outd/x.xml' && grep -q 'source=\"d/y.txt\"' '$tmp/outd/d/y.xml'"
check "same output: the later inputs failed with exit 3, reason in the index" \
    sh -c "grep -q '\"input\":\"x.txt\",\"status\":\"failed\",\"exit\":3,.*same output' '$tmp/outd/index.jsonl' &&
           grep -q '\"input\":\"./d/y.txt\",\"status\":\"failed\",\"exit\":3,' '$tmp/outd/index.jsonl' &&
           [ \$(grep -c '\"status\":\"ok\"' '$tmp/outd/index.jsonl') -eq 2 ]"
check "same output: said on stderr" grep -q 'x.txt: .*same output' "$tmp/errd"
mkdir -p "$tmp/dup2/d"
cp "$tmp/dup/d/y.txt" "$tmp/dup2/d/y.txt"
"$FORM8K" parse -q -j 2 --out "$tmp/outd2" "$tmp/dup" "$tmp/dup2" 2> /dev/null
check "one name in two FOLDER operands: the second fails, exit status 8" exit_is 8 $?
check "one name in two FOLDER operands: the first FOLDER's XML is kept" \
    sh -c "grep -q 'source=\"$tmp/dup/d/y.txt\"' '$tmp/outd2/d/y.xml' &&
           grep -q '\"input\":\"$tmp/dup2/d/y.txt\",\"status\":\"failed\",\"exit\":3,' '$tmp/outd2/index.jsonl'"

# ---- progress bar: only on a terminal, or with --progress.
"$FORM8K" parse -q --progress --out "$tmp/outp" "$in/good" 2> "$tmp/errp"
check "--progress draws a bar and ends with the summary" \
    sh -c "grep -q '] $((i))/$((i)) files' '$tmp/errp' && tail -n 1 '$tmp/errp' | grep -q '$i written'"
"$FORM8K" parse --out "$tmp/outq" "$in/good" 2> "$tmp/errq"
check "stderr not a terminal: no bar" sh -c "! grep -q '\\[#' '$tmp/errq'"

# ---- misuse.
"$FORM8K" parse "$in/good" 2> /dev/null
check "a folder without --out: usage error" exit_is 2 $?
"$FORM8K" parse "$in/bad/empty.txt" "$in/bad/empty.txt" > /dev/null 2>&1
check "two inputs without --out: usage error" exit_is 2 $?
"$FORM8K" parse --out "$tmp/x" - < /dev/null 2> /dev/null
check "'-' in batch mode: usage error" exit_is 2 $?
"$FORM8K" parse -j 0 --out "$tmp/x" "$in" 2> /dev/null
check "-j 0: usage error" exit_is 2 $?

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
