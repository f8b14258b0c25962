#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# api.sh - the shared library exports exactly the functions src/form8k.h
# declares: the export list (src/libform8k.sym) is the header's list, and
# the built libform8k.so defines those and no other global function
# (passes, arena, flex and bison internals stay hidden).
. "$(dirname "$0")/common.sh"
[ -n "${top_builddir:-}" ] || setup_fail "top_builddir is not set"
command -v nm >/dev/null 2>&1 || { echo "SKIP: nm not found"; exit 77; }
so=$(ls "$top_builddir"/.libs/libform8k.so.* 2>/dev/null | head -1)
[ -n "$so" ] || { echo "SKIP: no shared library built (--disable-shared?)"; exit 77; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/api.XXXXXX") || setup_fail "mktemp failed"
trap 'rm -rf "$tmp"' EXIT

grep -o 'f8k_[a-z_0-9]*(' "$top_srcdir/src/form8k.h" | tr -d '(' | sort -u > "$tmp/header"
sort -u "$top_srcdir/src/libform8k.sym" > "$tmp/sym"
nm -D --defined-only "$so" | awk '$2 == "T" || $2 == "D" || $2 == "B" || $2 == "R" { print $3 }' |
    sed 's/@.*//' | sort -u > "$tmp/exported"
check "src/libform8k.sym lists exactly the functions of form8k.h" cmp -s "$tmp/header" "$tmp/sym"
check "libform8k.so exports exactly them ($(wc -l < "$tmp/header") functions)" cmp -s "$tmp/header" "$tmp/exported"
# The licence is named in every source file of the library, the command
# and the grammars (generated files excepted: they say where they come
# from).
find "$top_srcdir/src" "$top_srcdir/grammar" -type f \
    \( -name '*.c' -o -name '*.h' -o -name '*.l' -o -name '*.y' -o -name '*.def' \) |
    grep -v -e '/grammar/[a-z_]*\.[ch]$' -e '/xsd_data\.c$' -e '/json_map\.h$' \
        -e '/cov_names\.[ch]$' |
    while read -r f; do
        head -3 "$f" | grep -q 'SPDX-License-Identifier: MIT' || echo "$f"
    done > "$tmp/nolicence"
check "every source file names the licence (SPDX-License-Identifier: MIT)" \
    sh -c "[ ! -s '$tmp/nolicence' ] || { cat '$tmp/nolicence'; false; }"
if [ "$failed" -gt 0 ]; then
    echo "header vs exported:"
    diff "$tmp/header" "$tmp/exported" | head -20
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
