#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# positions.sh - every line= and column= form8k writes points at the text
# it names (tests/pos_check.py: the printed text itself in a plain-text
# input, the first character shown there in an HTML one): over the golden
# cases' inputs, and over every filing of ../shared/corpus when it is
# there.
#
# Environment: FORM8K, top_srcdir (make check sets them); SHARED (default
# $top_srcdir/../shared).  Skipped (77) without python3.

. "$(dirname "$0")/common.sh"

command -v python3 >/dev/null 2>&1 || { echo "SKIP: no python3"; exit 77; }
[ -n "${FORM8K:-}" ] || setup_fail "FORM8K is not set (the path of the built form8k)"
SHARED=${SHARED:-$top_srcdir/../shared}
make_tmp positions "${KEEP:-0}"

# the golden cases' inputs (text and HTML documents, submissions)
find "$top_srcdir/tests/golden" -name 'input.*' | sort > "$tmp/golden.list"
"$FORM8K" parse -q -j 2 --no-progress --files-from "$tmp/golden.list" \
    --out "$tmp/golden" >/dev/null 2>&1
check "golden cases: every position points at its printed text" \
    python3 "$top_srcdir/tests/pos_check.py" "$tmp/golden/index.jsonl"

if [ -d "$SHARED/corpus/filings" ]; then
    "$FORM8K" parse -q -j 2 --no-progress --out "$tmp/corpus" \
        "$SHARED/corpus/filings" >/dev/null 2>&1
    check "../shared/corpus: every position points at its printed text" \
        python3 "$top_srcdir/tests/pos_check.py" "$tmp/corpus/index.jsonl"
else
    echo "SKIP: ../shared/corpus not present (the golden cases were checked)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
