# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# tests/common.sh - setup shared by the test drivers (sourced, not run).
# Sets LC_ALL=C, resolves top_srcdir to an absolute path, and defines
# abs_path, setup_fail ("FAIL: setup: ..." then "0 passed, 1 failed")
# and make_tmp (a temporary folder removed on exit).

LC_ALL=C
export LC_ALL

abs_path() {
    case $1 in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s/%s\n' "$(pwd)" "$1" ;;
    esac
}

setup_fail() {
    echo "FAIL: setup: $*"
    echo "0 passed, 1 failed"
    exit 1
}

if [ -z "${top_srcdir:-}" ]; then
    top_srcdir=$(dirname "$0")/..
fi
top_srcdir=$(cd "$top_srcdir" 2>/dev/null && pwd) ||
    setup_fail "top_srcdir is not a folder"

# require_form8k: FORM8K (from make check) made an absolute path to an
# executable, or setup_fail.
require_form8k() {
    [ -n "${FORM8K:-}" ] || setup_fail "FORM8K is not set (the path of the built form8k)"
    case $FORM8K in
    */*) FORM8K=$(abs_path "$FORM8K") ;;
    *) FORM8K=$(command -v "$FORM8K") || setup_fail "FORM8K: command not found" ;;
    esac
    [ -f "$FORM8K" ] && [ -x "$FORM8K" ] || setup_fail "FORM8K=$FORM8K is not an executable file"
}

# check WHAT COMMAND...: run COMMAND; "PASS: WHAT" when it succeeds, else
# "FAIL: WHAT", counted in $passed and $failed.  exit_is WANT GOT: the
# exit status GOT is WANT (says so when not).
passed=0
failed=0
check() {
    what=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
        echo "PASS: $what"
    else
        failed=$((failed + 1))
        echo "FAIL: $what"
    fi
}
exit_is() {
    [ "$2" -eq "$1" ] || { echo "  exit status $2, want $1"; return 1; }
}

# make_tmp NAME KEEP: a new temporary folder in $tmp, removed on exit
# unless KEEP is 1 (then its name is printed); a signal ends the script.
make_tmp() {
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX") || setup_fail "mktemp failed"
    if [ "$2" = 1 ]; then
        echo "keeping $tmp"
    else
        trap 'rm -rf "$tmp"' EXIT
    fi
    trap 'exit 1' HUP INT TERM
}
