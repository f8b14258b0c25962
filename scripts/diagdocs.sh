#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# diagdocs.sh - the code lists of README and doc/form8k.1.in, made from the
# table of diagnostics (src/tree/diags.def) through `form8k explain --list`.
#
#   sh scripts/diagdocs.sh FORM8K [SRCDIR]          rewrite both lists
#   sh scripts/diagdocs.sh --check FORM8K [SRCDIR]  say whether they differ
#                                                   (exit 1 when they do)
#
# README's list is the run of lines beginning "    F8K-" (and their
# continuation lines) up to the next blank line; form8k(1)'s lies between
# the lines '.\" diags: begin' and '.\" diags: end'.  tests/diagdocs.sh
# runs the check in make check, so a row added to the table without
# running this script fails the tests.
set -u
check=0
if [ "${1:-}" = --check ]; then
    check=1
    shift
fi
form8k=${1:?usage: diagdocs.sh [--check] FORM8K [SRCDIR]}
srcdir=${2:-$(dirname "$0")/..}
LC_ALL=C
export LC_ALL

tmp=$(mktemp -d "${TMPDIR:-/tmp}/diagdocs.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
"$form8k" explain --list > "$tmp/list" || { echo "diagdocs.sh: $form8k explain --list failed" >&2; exit 2; }

# README: "    CODE  SEVERITY  summary", wrapped at 76 columns under the summary.
awk '{
    code = $1; sev = $2; $1 = ""; $2 = ""; sub(/^  /, ""); text = $0
    line = sprintf("    %s  %-7s  ", code, sev); ind = length(line); col = ind; first = 1
    n = split(text, w, " ")
    for (i = 1; i <= n; i++) {
        if (!first && col + 1 + length(w[i]) > 76) {
            print line; line = sprintf("%" ind "s", ""); col = ind; first = 1
        }
        line = line (first ? "" : " ") w[i]; col += (first ? 0 : 1) + length(w[i]); first = 0
    }
    print line
}' "$tmp/list" > "$tmp/readme.block"

# form8k(1): a tagged paragraph per code.
awk '{
    code = $1; sev = $2; $1 = ""; $2 = ""; sub(/^  /, "")
    print ".TP 10"; print ".B " code; print "(" sev ") " $0
}' "$tmp/list" > "$tmp/man.block"

awk -v block="$tmp/readme.block" '
    !done && !inside && /^    F8K-[A-Z][0-9][0-9][0-9]  / {
        inside = 1
        while ((getline l < block) > 0) print l
    }
    inside && /^$/ { inside = 0; done = 1 }
    !inside { print }
' "$srcdir/README" > "$tmp/README"
awk -v block="$tmp/man.block" '
    /^\.\\" diags: end$/ { inside = 0 }
    !inside { print }
    /^\.\\" diags: begin$/ { inside = 1; while ((getline l < block) > 0) print l }
' "$srcdir/doc/form8k.1.in" > "$tmp/form8k.1.in"

rc=0
for f in README doc/form8k.1.in; do
    new=$tmp/$(basename "$f")
    if ! cmp -s "$new" "$srcdir/$f"; then
        if [ "$check" = 1 ]; then
            echo "diagdocs.sh: $f: its code list differs from the table (src/tree/diags.def);"
            echo "  run: sh scripts/diagdocs.sh src/form8k"
            diff "$srcdir/$f" "$new" | head -20
            rc=1
        else
            cp "$new" "$srcdir/$f" && echo "diagdocs.sh: $f updated"
        fi
    fi
done
exit $rc
