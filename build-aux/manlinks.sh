#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# manlinks.sh - the link pages of the library's manual: each man3 page
# documents a group of functions and names them all in its NAME section;
# every name there other than the page's own gets a page of one line,
# ".so man3/PAGE.3", so that "man f8k_filing_get" finds f8k_cover(3).
# The NAME sections are the one list: the test that every exported
# function is documented (tests/man3.sh) reads them through "list".
#
#   manlinks.sh list PAGE...              "NAME PAGE" per name of each
#                                         PAGE's NAME section (PAGE: no .3)
#   manlinks.sh install DIR PAGE...       write the link pages into DIR
#   manlinks.sh uninstall DIR PAGE...     remove them from DIR
set -e
cmd=$1
shift
case $cmd in
list) ;;
install|uninstall) dir=$1; shift ;;
*) echo "usage: $0 list|install DIR|uninstall DIR PAGE..." >&2; exit 2 ;;
esac

# The names of a page: the lines from .SH NAME to the next .SH, up to
# the "\-" that begins the description, split at commas.
names() {
    sed -n '/^\.SH NAME/,/^\.SH/p' "$1" | sed '1d;$d' | tr '\n' ' ' |
        sed 's/\\-.*//' | tr ',' '\n' | tr -d ' '  | sed '/^$/d'
}

for page in "$@"; do
    base=$(basename "$page" .3)
    for name in $(names "$page"); do
        case $cmd in
        list) echo "$name $base" ;;
        *) [ "$name" != "$base" ] || continue ;;
        esac
        case $cmd in
        install) echo ".so man3/$base.3" > "$dir/$name.3" ;;
        uninstall) rm -f "$dir/$name.3" ;;
        esac
    done
done
