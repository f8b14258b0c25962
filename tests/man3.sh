#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# man3.sh - the library's manual documents every exported function: the
# NAME sections of the man3 pages (doc/f8k_*.3, read by
# build-aux/manlinks.sh, which makes the link pages from them) name
# exactly the functions of src/libform8k.sym, each once, and each page
# shows it in its SYNOPSIS.
. "$(dirname "$0")/common.sh"
make_tmp man3 0
pages=$(ls "$top_srcdir"/doc/f8k_*.3 2>/dev/null)
[ -n "$pages" ] || setup_fail "no man3 pages in $top_srcdir/doc"
# shellcheck disable=SC2086
sh "$top_srcdir/build-aux/manlinks.sh" list $pages > "$tmp/list" ||
    setup_fail "manlinks.sh list failed"
cut -d' ' -f1 "$tmp/list" | sort > "$tmp/named"
sort -u "$top_srcdir/src/libform8k.sym" > "$tmp/sym"
check "the man3 pages name every function of libform8k.sym ($(wc -l < "$tmp/sym"))" \
    sh -c "comm -23 '$tmp/sym' '$tmp/named' > '$tmp/missing'; [ ! -s '$tmp/missing' ] || { sed 's/^/  undocumented: /' '$tmp/missing'; false; }"
check "... and no other name" \
    sh -c "comm -13 '$tmp/sym' '$tmp/named' > '$tmp/extra'; [ ! -s '$tmp/extra' ] || { sed 's/^/  not exported: /' '$tmp/extra'; false; }"
check "... each on one page only" \
    sh -c "[ -z \"\$(uniq -d '$tmp/named')\" ] || { uniq -d '$tmp/named'; false; }"
# Each function named on a page is declared in its SYNOPSIS.
while read -r name page; do
    sed -n '/^\.SH SYNOPSIS/,/^\.SH DESCRIPTION/p' "$top_srcdir/doc/$page.3" |
        grep -q "[ *\"]$name(" || echo "$name ($page.3)"
done < "$tmp/list" > "$tmp/nosyn"
check "every function is in its page's SYNOPSIS" \
    sh -c "[ ! -s '$tmp/nosyn' ] || { sed 's/^/  no synopsis: /' '$tmp/nosyn'; false; }"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
