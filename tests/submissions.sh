#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# submissions.sh - form8k over every whole file of ../shared/corpus/filings.
#
# The EDGAR submission files (<accession>.txt) go to form8k as they are,
# container and all.  Every one must end without a crash or a timeout;
# every Form 8-K submission must give XML that validates against $XSD and
# holds every line of its SEC header (tests/header_check.py checks that
# line by line); every other form (the NEG_* files) must be refused with
# exit status 7 and no output.  Then a table: how many filings each
# cross-check (F8K-X5nn) and container diagnostic (F8K-W4nn) fires on.
#
# Environment: FORM8K, XSD, top_srcdir as for corpus.sh; SHARED the shared
# folder (default $top_srcdir/../shared); SUB_TIMEOUT seconds (20).
# Skipped (77) without ../shared or python3.

. "$(dirname "$0")/common.sh"

SHARED=${SHARED:-$top_srcdir/../shared}
filings=$SHARED/corpus/filings
if [ ! -d "$filings" ] || ! command -v python3 >/dev/null 2>&1; then
    echo "SKIP: ../shared not present"
    exit 77
fi
[ -n "${FORM8K:-}" ] || setup_fail "FORM8K is not set (the path of the built form8k)"
XSD=${XSD:-$top_srcdir/xsd/form8k.xsd}
timeout=${SUB_TIMEOUT:-20}

work=$(mktemp -d "${TMPDIR:-/tmp}/f8ksub.XXXXXX") || setup_fail "mktemp"
trap 'rm -rf "$work"' EXIT INT TERM

pass=0 fail=0 n8k=0 nneg=0
for f in "$filings"/*.txt; do
    [ -f "$f" ] || continue
    b=$(basename "$f" .txt)
    rc=0
    timeout "$timeout" "$FORM8K" parse "$f" >"$work/$b.xml" 2>"$work/$b.err" || rc=$?
    case $b in
    NEG_*)
        nneg=$((nneg + 1))
        if [ "$rc" -eq 7 ] && [ ! -s "$work/$b.xml" ] &&
           grep -q 'F8K-E002' "$work/$b.err"; then
            pass=$((pass + 1))
        else
            echo "FAIL: $b: another form, not refused (exit $rc)"
            fail=$((fail + 1))
        fi
        continue ;;
    esac
    n8k=$((n8k + 1))
    if [ "$rc" -ne 0 ]; then
        echo "FAIL: $b: exit $rc"; sed 's/^/    /' "$work/$b.err" | tail -3
        fail=$((fail + 1)); continue
    fi
    if ! xmllint --noout --nonet --schema "$XSD" "$work/$b.xml" 2>"$work/lint"; then
        echo "FAIL: $b: XML not valid"; head -3 "$work/lint" | sed 's/^/    /'
        fail=$((fail + 1)); continue
    fi
    if ! python3 "$top_srcdir/tests/header_check.py" "$f" "$work/$b.xml" >"$work/hc"; then
        echo "FAIL: $b: header not complete in the XML"; head -3 "$work/hc" | sed 's/^/    /'
        fail=$((fail + 1)); continue
    fi
    pass=$((pass + 1))
done

echo "8-K submissions: $n8k, other forms: $nneg"
echo "filings with each diagnostic code (container W4nn, cross-checks X5nn):"
cat "$work"/*.err 2>/dev/null | grep -o '\[F8K-[WXN][45][0-9][0-9]\]' >/dev/null &&
for code in $(cat "$work"/*.err | grep -o 'F8K-[WXN][45][0-9][0-9]' | sort -u); do
    printf '  %s %4d\n' "$code" "$(grep -l "$code" "$work"/*.err | wc -l)"
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
