#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# golden.sh - run form8k on every golden and error case and compare.
#
#   tests/golden/<case>/input.txt     a filing (synthetic; see its LAYOUT)
#                       input.htm     or an HTML filing, when there is no
#                                     input.txt (form8k tells HTML from
#                                     the content, not from the name)
#                       expected.xml  stdout, byte for byte
#                       expected.err  stderr, byte for byte (may be empty)
#   tests/errors/<case>/input.txt     an input form8k must refuse or warn on
#                       (or input.htm)
#                       expected.rc   the exit code
#                       expected.err  stderr, byte for byte
#
# Each parse runs as "$FORM8K parse input.txt" (or input.htm) inside the
# case folder, so diagnostics read "input.txt:LINE:COL: ...".  A golden case must exit 0,
# print expected.xml and expected.err, and its XML must validate against
# $XSD.  An error case must exit with expected.rc, print expected.err, and
# print either nothing or XML that validates.
#
# Environment (make check sets the first three):
#   FORM8K      the built command (required)
#   XSD         the schema (default: $top_srcdir/xsd/form8k.xsd)
#   top_srcdir  the source tree (default: the folder above this script)
#   REGEN=1     write expected.xml / expected.err from the current output
#               instead of comparing (only where the exit code is right and
#               the XML validates); review the result with git diff
#   VALGRIND=1  run every parse under valgrind; errors or leaks fail
#   GOLDEN_TIMEOUT  seconds per parse (default 60, 600 under valgrind)
# Arguments: optional case names (e.g. "classic-three-column" or
# "errors/empty") to run only those.
#
# Cases are read from $top_srcdir/tests and nothing is written there unless
# REGEN=1, so the script runs from any build folder (VPATH, distcheck).
# Prints "PASS: name" or "FAIL: name: why" per case, then "N passed, N
# failed"; exits 1 on any failure and when no case ran.

. "$(dirname "$0")/common.sh"

[ -n "${FORM8K:-}" ] || setup_fail "FORM8K is not set (the path of the built form8k)"
case $FORM8K in
*/*) FORM8K=$(abs_path "$FORM8K") ;;
*) FORM8K=$(command -v "$FORM8K") || setup_fail "FORM8K: command not found" ;;
esac
[ -f "$FORM8K" ] && [ -x "$FORM8K" ] || setup_fail "FORM8K=$FORM8K is not an executable file"

XSD=${XSD:-$top_srcdir/xsd/form8k.xsd}
XSD=$(abs_path "$XSD")
[ -r "$XSD" ] || setup_fail "XSD=$XSD not found"
command -v xmllint >/dev/null 2>&1 || setup_fail "xmllint not found (install libxml2-utils)"

regen=0
[ "${REGEN:-0}" = 0 ] || [ -z "${REGEN:-}" ] || regen=1

# The command prefix: timeout, and valgrind where asked for.
timeout_s=${GOLDEN_TIMEOUT:-60}
prefix=
if [ "${VALGRIND:-0}" != 0 ] && [ -n "${VALGRIND:-}" ]; then
    command -v valgrind >/dev/null 2>&1 || setup_fail "VALGRIND=1 but valgrind not found"
    timeout_s=${GOLDEN_TIMEOUT:-600}
    vg="valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect -q"
    # A libtool wrapper script must be run through libtool, or valgrind
    # checks /bin/sh instead of form8k.
    if [ "$(head -c 2 "$FORM8K")" = "#!" ] &&
       grep -q 'temporary wrapper script' "$FORM8K" 2>/dev/null; then
        lt=${LIBTOOL:-$(dirname "$FORM8K")/../libtool}
        [ -x "$lt" ] || lt=libtool
        vg="$lt --mode=execute $vg"
    fi
    prefix=$vg
fi
if command -v timeout >/dev/null 2>&1; then
    prefix="timeout $timeout_s $prefix"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/golden.XXXXXX") || setup_fail "mktemp failed"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

passed=0
failed=0
ran=0

# ------------------------------------------------------------- helpers
# Reasons and details of the current case.
why=
note() { why=${why:+$why; }$1; }
detail() { sed 's/^/    /' >>"$tmp/detail"; }

# input_of DIR: sets input to the case's input file name (input.txt, else
# input.htm); returns 1 when it has neither.
input_of() {
    for input in input.txt input.htm; do
        [ -f "$1/$input" ] && return 0
    done
    note "no input.txt or input.htm"
    return 1
}

# run_parse DIR: run form8k on $input in DIR; sets rc, leaves $tmp/out,
# $tmp/err.
run_parse() {
    vglog=$tmp/valgrind.log
    rm -f "$vglog"
    case $prefix in
    *valgrind*)
        # $prefix is split on purpose: it is a command with arguments.
        (cd "$1" && exec $prefix --log-file="$vglog" "$FORM8K" parse "$input") \
            </dev/null >"$tmp/out" 2>"$tmp/err"
        ;;
    *)
        (cd "$1" && exec $prefix "$FORM8K" parse "$input") \
            </dev/null >"$tmp/out" 2>"$tmp/err"
        ;;
    esac
    rc=$?
}

# check_run: judge crashes, timeouts and valgrind reports.  Returns 1 when
# the run is unusable.
check_run() {
    if [ "$rc" -eq 124 ] && [ -n "$prefix" ] && [ "${prefix#timeout}" != "$prefix" ]; then
        note "timed out after ${timeout_s}s"
        return 1
    fi
    if [ "$rc" -ge 128 ]; then
        note "killed by signal $((rc - 128))"
        tail -n 20 "$tmp/err" | detail
        return 1
    fi
    if [ "$rc" -eq 99 ] && [ -s "$tmp/valgrind.log" ]; then
        note "valgrind reported errors or leaks"
        head -n 60 "$tmp/valgrind.log" | detail
        return 1
    fi
    return 0
}

# validate FILE: schema-validate; returns xmllint's verdict.
validate() {
    if xmllint --noout --nonet --schema "$XSD" "$1" >"$tmp/xmllint" 2>&1; then
        return 0
    fi
    head -n 20 "$tmp/xmllint" | detail
    return 1
}

# same EXPECTED ACTUAL LABEL: byte comparison with a diff on failure.
same() {
    if [ ! -f "$1" ]; then
        note "no $3 (run with REGEN=1 to create it)"
        return 1
    fi
    if cmp -s "$1" "$2"; then
        return 0
    fi
    note "output differs from $3"
    diff -u "$1" "$2" >"$tmp/diff" 2>&1
    n=$(wc -l <"$tmp/diff")
    head -n 80 "$tmp/diff" | detail
    [ "$n" -le 80 ] || echo "... ($n lines of diff)" | detail
    return 1
}

finish() { # NAME
    ran=$((ran + 1))
    if [ -z "$why" ]; then
        passed=$((passed + 1))
        if [ "$regen" = 1 ]; then
            echo "PASS: $1 (regenerated)"
        else
            echo "PASS: $1"
        fi
    else
        failed=$((failed + 1))
        echo "FAIL: $1: $why"
        [ -s "$tmp/detail" ] && cat "$tmp/detail"
    fi
    why=
    : >"$tmp/detail"
}

wanted() { # KIND NAME: is this case selected by the arguments?
    [ "$nargs" -eq 0 ] && return 0
    for a in $args; do
        [ "$a" = "$2" ] || [ "$a" = "$1/$2" ] && return 0
    done
    return 1
}

nargs=$#
args=$*
: >"$tmp/detail"

# --------------------------------------------------------- golden cases
for dir in "$top_srcdir"/tests/golden/*/; do
    [ -d "$dir" ] || continue
    dir=${dir%/}
    name=${dir##*/}
    wanted golden "$name" || continue
    if ! input_of "$dir"; then
        finish "golden/$name"
        continue
    fi
    run_parse "$dir"
    if check_run; then
        if [ "$rc" -ne 0 ]; then
            note "exit $rc, expected 0"
            head -n 20 "$tmp/err" | detail
        elif ! validate "$tmp/out"; then
            note "XML does not validate against $(basename "$XSD")"
        elif [ "$regen" = 1 ]; then
            cp "$tmp/out" "$dir/expected.xml" && cp "$tmp/err" "$dir/expected.err" ||
                note "cannot write expected files in $dir"
        fi
        if [ "$regen" = 0 ]; then
            same "$dir/expected.xml" "$tmp/out" expected.xml
            same "$dir/expected.err" "$tmp/err" expected.err
        fi
    fi
    finish "golden/$name"
done

# ---------------------------------------------------------- error cases
for dir in "$top_srcdir"/tests/errors/*/; do
    [ -d "$dir" ] || continue
    dir=${dir%/}
    name=${dir##*/}
    wanted errors "$name" || continue
    want=
    [ -f "$dir/expected.rc" ] && read -r want <"$dir/expected.rc"
    case $want in
    '' | *[!0-9]*)
        note "expected.rc missing or not a number"
        finish "errors/$name"
        continue
        ;;
    esac
    if ! input_of "$dir"; then
        finish "errors/$name"
        continue
    fi
    run_parse "$dir"
    if check_run; then
        if [ "$rc" -ne "$want" ]; then
            note "exit $rc, expected $want"
            head -n 20 "$tmp/err" | detail
        fi
        if [ -s "$tmp/out" ] && ! validate "$tmp/out"; then
            note "stdout is neither empty nor valid XML"
        fi
        if [ "$regen" = 1 ]; then
            [ -n "$why" ] || cp "$tmp/err" "$dir/expected.err" ||
                note "cannot write expected.err in $dir"
        else
            same "$dir/expected.err" "$tmp/err" expected.err
        fi
    fi
    finish "errors/$name"
done

# -------------------------------------------------------------- summary
if [ "$ran" -eq 0 ]; then
    if [ "$nargs" -gt 0 ]; then
        echo "FAIL: no case matched: $args"
    else
        echo "FAIL: no cases found under $top_srcdir/tests/golden and tests/errors"
    fi
    failed=$((failed + 1))
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
