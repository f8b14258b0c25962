#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# corpus.sh - run form8k over the real EDGAR filings of ../shared/corpus.
#
# Runs shared/tools/score8k (which cuts the 8-K body out of every filing,
# runs "$FORM8K parse BODY" on it and validates the XML against $XSD),
# prints its table, then fails if any 8-K body (plain text or HTML) was
# rejected, crashed, timed out, gave XML that does not parse or does not
# validate.
# Any crash, whatever the body (HTML, another form), fails too.  Field
# agreement with the gold labels is reported, not enforced.
#
# Environment (make check sets the first three):
#   FORM8K       the built command (required)
#   XSD          the schema (default: $top_srcdir/xsd/form8k.xsd)
#   top_srcdir   the source tree (default: the folder above this script)
#   SHARED       the shared folder (default: $top_srcdir/../shared)
#   CORPUS_JSON  keep score8k's per-file records here (default: a
#                temporary file, removed at the end)
#   CORPUS_JOBS, CORPUS_TIMEOUT  score8k --jobs / --timeout (2, 20)
#
# The corpus is not part of the project: where ../shared (or python3) is
# missing the test is skipped with automake's code 77.  Prints "N passed,
# N failed" (N = 8-K bodies) and exits 1 on any failure.

. "$(dirname "$0")/common.sh"

SHARED=${SHARED:-$top_srcdir/../shared}
score8k=$SHARED/tools/score8k
filings=$SHARED/corpus/filings
if [ ! -f "$score8k" ] || [ ! -d "$filings" ] ||
   ! command -v python3 >/dev/null 2>&1; then
    echo "SKIP: ../shared not present"
    exit 77
fi

[ -n "${FORM8K:-}" ] || setup_fail "FORM8K is not set (the path of the built form8k)"
case $FORM8K in
*/*) FORM8K=$(abs_path "$FORM8K") ;;
*) FORM8K=$(command -v "$FORM8K") || setup_fail "FORM8K: command not found" ;;
esac
[ -f "$FORM8K" ] && [ -x "$FORM8K" ] || setup_fail "FORM8K=$FORM8K is not an executable file"
case $FORM8K in
*\'*) setup_fail "FORM8K path holds a quote: $FORM8K" ;;
esac

XSD=${XSD:-$top_srcdir/xsd/form8k.xsd}
XSD=$(abs_path "$XSD")
[ -r "$XSD" ] || setup_fail "XSD=$XSD not found"
command -v xmllint >/dev/null 2>&1 || setup_fail "xmllint not found (install libxml2-utils)"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/corpus.XXXXXX") || setup_fail "mktemp failed"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM
json=${CORPUS_JSON:-$tmp/corpus.json}

# score8k splits --cmd with shlex: quote the path for it.
python3 "$score8k" --cmd "'$FORM8K' parse" --xsd "$XSD" --json "$json" \
    --jobs "${CORPUS_JOBS:-2}" --timeout "${CORPUS_TIMEOUT:-20}" \
    "$filings" </dev/null
st=$?
if [ "$st" -ne 0 ] || [ ! -s "$json" ]; then
    echo "FAIL: score8k exited with status $st"
    echo "0 passed, 1 failed"
    exit 1
fi
echo

python3 - "$json" <<'EOF'
import json
import sys

BAD = ("crash", "timeout", "bad-xml", "rejected")
with open(sys.argv[1]) as f:
    recs = json.load(f)["records"]

passed = failed = 0
for r in recs:
    why = []
    # Every 8-K body, plain text and HTML alike, must be read.
    text8k = r.get("kind") in ("text", "html") and not r.get("negative")
    if text8k:
        if r.get("outcome") in BAD:
            why.append(r["outcome"])
        if r.get("schema_valid") is False:
            why.append("XML not valid against the schema")
    elif r.get("outcome") == "crash":
        why.append("crash (%s body%s)" % (r.get("kind"),
                   ", other form" if r.get("negative") else ""))
    if not text8k and not why:
        continue
    if why:
        failed += 1
        msg = "FAIL: %s: %s" % (r["file"], "; ".join(why))
        if "rc" in r:
            msg += " (exit %s)" % r["rc"]
        print(msg)
        tail = (r.get("stderr") or r.get("error") or "").strip().splitlines()
        for line in tail[-3:]:
            print("    " + line)
    else:
        passed += 1
if passed + failed == 0:
    print("FAIL: no 8-K body in the corpus")
    failed = 1
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
EOF
