#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# quickstart.sh - the quick start of README installs only what building
# and running need; the developer's tools (fuzzing, sanitizers, valgrind)
# come with scripts/setup.sh --dev, which CI (.ci/run) uses; README says
# to run make clean after changing --prefix.  Reads the package lists from
# scripts/setup.sh --list-packages: installs nothing.
. "$(dirname "$0")/common.sh"
setup=$top_srcdir/scripts/setup.sh
tmp=$(mktemp -d "${TMPDIR:-/tmp}/quickstart.XXXXXX") || setup_fail "mktemp"
trap 'rm -rf "$tmp"' EXIT
sh "$setup" --list-packages > "$tmp/user" 2>/dev/null || setup_fail "setup.sh --list-packages failed"
sh "$setup" --dev --list-packages > "$tmp/dev" 2>/dev/null || setup_fail "setup.sh --dev --list-packages failed"

has_all() { # has_all LIST PACKAGE...: every PACKAGE is in LIST
    l=$1
    shift
    for p in "$@"; do
        grep -qx -- "$p" "$l" || { echo "  $p missing"; return 1; }
    done
}
has_none() { # has_none LIST PACKAGE...: no PACKAGE is in LIST
    l=$1
    shift
    for p in "$@"; do
        ! grep -qx -- "$p" "$l" || { echo "  $p listed"; return 1; }
    done
}
dev_tools="valgrind clang llvm afl++"
check "quick start: a compiler, autotools, flex, bison, libxml2, CUnit" \
    has_all "$tmp/user" build-essential autoconf automake libtool pkg-config \
    flex bison libxml2-dev libcunit1-dev
# shellcheck disable=SC2086
check "quick start: no fuzzing, sanitizer or valgrind tools" has_none "$tmp/user" $dev_tools
# shellcheck disable=SC2086
check "--dev: the developer's tools too" has_all "$tmp/dev" $dev_tools
check "--dev: everything the quick start installs" \
    sh -c "[ -z \"\$(grep -vxF -f '$tmp/dev' '$tmp/user')\" ]"
check "README's quick start runs setup.sh without --dev" \
    grep -qx '    sh scripts/setup.sh && src/form8k parse examples/classic-8k.txt' "$top_srcdir/README"
check "README: make clean after changing --prefix" \
    sh -c "tr '\\n' ' ' < '$top_srcdir/README' | grep -q 'after changing .--prefix., run .make clean.'"
if [ -f "$top_srcdir/.ci/run" ]; then
    check "CI sets up with --dev" grep -q 'scripts/setup.sh --dev' "$top_srcdir/.ci/run"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
