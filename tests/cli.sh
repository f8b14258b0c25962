#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# cli.sh - the command line by the GNU conventions (src/cli/opts.c):
# abbreviated long options, --opt=V and --opt V, "--" ending the options,
# operands between options, combined short options; GNU messages and
# status 2 for an unknown, ambiguous or misused option; --version with
# the copyright and the licence; "form8k FILE" suggests "form8k parse".
. "$(dirname "$0")/common.sh"
require_form8k
ex=$top_srcdir/examples/classic-8k.txt
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cli.XXXXXX") || setup_fail "mktemp"
trap 'rm -rf "$tmp"' EXIT
"$FORM8K" parse "$ex" > "$tmp/ref.xml" 2>/dev/null || setup_fail "form8k parse $ex failed"

# same_as_ref ARG...: "form8k ARG..." writes the reference XML, status 0.
same_as_ref() {
    "$FORM8K" "$@" > "$tmp/out.xml" 2>/dev/null || { echo "  status $?"; return 1; }
    cmp -s "$tmp/ref.xml" "$tmp/out.xml"
}
# usage ARG... -- PATTERN: status 2, nothing on stdout, PATTERN (grep -E)
# on stderr, then the "Try" line.
usage() {
    args=
    while [ "$1" != -- ]; do
        args="$args '$1'"
        shift
    done
    eval "\"\$FORM8K\" $args" > "$tmp/o" 2> "$tmp/e"
    rc=$?
    [ $rc -eq 2 ] || { echo "  status $rc, want 2"; return 1; }
    [ ! -s "$tmp/o" ] || { echo "  standard output not empty"; return 1; }
    grep -Eq -- "$2" "$tmp/e" || { echo "  stderr:"; sed 's/^/    /' "$tmp/e"; return 1; }
    tail -n 1 "$tmp/e" | grep -q "^Try 'form8k --help' for more information.$"
}

# ---- version and help
"$FORM8K" --version > "$tmp/v" 2>&1
check "--version: status 0" exit_is 0 $?
check "--version: name and version on the first line" grep -Eq '^form8k [0-9]+\.[0-9]+' "$tmp/v"
check "--version: copyright and MIT licence lines" \
    sh -c "grep -q '^Copyright (c) [0-9]* The form8k authors' '$tmp/v' && grep -q '^License MIT' '$tmp/v' && grep -q 'NO WARRANTY' '$tmp/v'"
check "--vers (an abbreviation) is --version" sh -c "'$FORM8K' --vers | cmp -s - '$tmp/v'"
check "-V is --version" sh -c "'$FORM8K' -V | cmp -s - '$tmp/v'"
check "parse --version too" sh -c "'$FORM8K' parse --ver | cmp -s - '$tmp/v'"
check "--help: status 0, the commands listed" \
    sh -c "'$FORM8K' --help > '$tmp/h' && grep -q '^Commands:' '$tmp/h' && grep -q '^  validate ' '$tmp/h'"
check "parse --he (abbreviated): parse's usage" \
    sh -c "'$FORM8K' parse --he | head -1 | grep -q '^Usage: form8k parse '"
check "help validate: validate's usage and options" \
    sh -c "'$FORM8K' help validate > '$tmp/hv' && grep -q '^Usage: form8k validate ' '$tmp/hv' && grep -q -- '--fail-on=' '$tmp/hv'"

# ---- the ways to write options
"$FORM8K" parse -o "$tmp/a.xml" "$ex" 2>/dev/null
check "-o OUT" cmp -s "$tmp/ref.xml" "$tmp/a.xml"
check "-q FILE -q (an option twice, after the operand)" same_as_ref parse -q "$ex" -q
"$FORM8K" parse -qo"$tmp/b.xml" "$ex" 2>/dev/null
check "-qoOUT (combined, value attached)" cmp -s "$tmp/ref.xml" "$tmp/b.xml"
"$FORM8K" parse "$ex" --outp="$tmp/c.xml" -q 2>/dev/null
check "FILE before options, --outp=OUT abbreviated" cmp -s "$tmp/ref.xml" "$tmp/c.xml"
"$FORM8K" parse --output "$tmp/d.xml" "$ex" 2>/dev/null
check "--output OUT (value as the next argument)" cmp -s "$tmp/ref.xml" "$tmp/d.xml"
check "--mode text and --mode=document are one mode" \
    sh -c "'$FORM8K' parse --mode text '$ex' | cmp -s - '$tmp/ref.xml' && '$FORM8K' parse --mo=document '$ex' | cmp -s - '$tmp/ref.xml'"
cp "$ex" "$tmp/-q.txt"
(cd "$tmp" && "$FORM8K" parse -- -q.txt > "$tmp/dash.xml" 2>/dev/null)
check "-- ends the options: '-q.txt' is a FILE" \
    sh -c "[ -s '$tmp/dash.xml' ] && grep -q 'source=\"-q.txt\"' '$tmp/dash.xml'"
check "'-' is an operand (standard input)" sh -c "'$FORM8K' parse -q - < '$ex' | grep -q '<Form8K'"
check "-j2 and --jobs 2 in batch mode" \
    sh -c "'$FORM8K' parse -q -j2 --out '$tmp/o1' '$ex' && '$FORM8K' parse -q --jobs 2 --out='$tmp/o2' '$ex'"

# ---- usage errors: GNU messages, status 2
check "unknown long option" usage parse --foo "$ex" -- "^form8k: unrecognized option '--foo'"
check "unknown short option" usage parse -Z "$ex" -- "^form8k: invalid option -- 'Z'"
check "ambiguous abbreviation" usage parse --f=json "$ex" -- "^form8k: option '--f=json' is ambiguous"
check "missing value" usage parse "$ex" -o -- "^form8k: option requires an argument -- 'o'"
check "missing value of a long option" usage parse "$ex" --index -- "^form8k: option '--index' requires an argument"
check "empty value" usage parse --output= "$ex" -- "^form8k: option '--output' requires a non-empty argument"
check "a value that takes none" usage parse --quiet=yes "$ex" -- "^form8k: option '--quiet' doesn't allow an argument"
check "a value not among the option's" usage parse --format=csv "$ex" -- "^form8k: invalid argument 'csv' for '--format'"
check "... listing the valid ones" grep -q "^  - 'json'" "$tmp/e"
check "another command's option" usage validate --output=x.xml "$ex" -- "^form8k: unrecognized option '--output=x.xml'"
check "-j out of range" usage parse -j 0 --out "$tmp/o3" "$ex" -- "jobs must be 1 to 1024"
check "unknown option before the command" usage --foo -- "^form8k: unrecognized option '--foo'"
check "no command" usage -- "^form8k: missing command"
check "unknown command" usage frobnicate -- "^form8k: unknown command 'frobnicate'"
check "form8k FILE suggests form8k parse FILE" usage "$ex" -- "form8k parse $ex"
check "diff: unknown option" usage diff --foo a b -- "^form8k: unrecognized option '--foo'"
check "generate: --count out of range" usage generate --count=0 --out "$tmp/g" -- "count must be 1 to 100000"
check "regress: --jobs abbreviated to --jo, bad value" usage regress --jo=x --baseline "$tmp" "$ex" -- "jobs must be 1 to 1024"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
