#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# replay.sh - run every seed and regression input through every fuzz target
# (fuzz/replay_<target>, built by make check), so that a past finding can
# never come back unnoticed.  Inputs: fuzz/regressions/*, fuzz/seeds/*,
# tests/golden/*/input.*, tests/errors/*/input.* (input.txt or input.htm),
# and a few filings of form8k generate (seed 42, as make fuzz seeds the
# fuzzers with).  A crash or a broken
# contract (fuzz/fuzz_target.c aborts) fails the test; under
# --enable-sanitizers so does any ASan/UBSan report.

. "$top_srcdir/tests/common.sh"

bin=${top_builddir:-.}/fuzz
passed=0
failed=0
gen=${TMPDIR:-/tmp}/replay-gen.$$
rm -rf "$gen"
"$FORM8K" generate --seed 42 --count 12 --out "$gen" >/dev/null &&
"$FORM8K" generate --seed 42 --count 6 --format=html --out "$gen" >/dev/null ||
    setup_fail "form8k generate failed"
rm -f "$gen"/*.expected.xml
for t in document submission html; do
    r=$bin/replay_$t
    [ -x "$r" ] || setup_fail "$r not built"
    for f in "$top_srcdir"/fuzz/regressions/* "$top_srcdir"/fuzz/seeds/* \
             "$top_srcdir"/tests/golden/*/input.* \
             "$top_srcdir"/tests/errors/*/input.* "$gen"/*; do
        [ -f "$f" ] || continue
        name=$t:${f#"$top_srcdir"/}
        if "$r" "$f" >"${TMPDIR:-/tmp}/replay.$$" 2>&1; then
            passed=$((passed + 1))
        else
            failed=$((failed + 1))
            echo "FAIL: $name"
            sed 's/^/    /' "${TMPDIR:-/tmp}/replay.$$" | head -n 40
        fi
    done
done
rm -f "${TMPDIR:-/tmp}/replay.$$"
rm -rf "$gen"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
