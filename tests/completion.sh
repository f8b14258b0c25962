#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# completion.sh - the bash completion (completion/form8k) against the
# command's own option tables, as every command's --help prints them:
#
#   - the commands it offers are those of 'form8k --help';
#   - for each command, the long options it offers after "--" are exactly
#     those of 'form8k COMMAND --help' (a value-taking one as "--opt=");
#   - for each option with enumerated values (--format=xml|json ...) it
#     offers exactly those values, after "--opt=" and after "--opt ";
#   - a few completions a user types: a command, an abbreviation, a value
#     prefix, a code of explain and of --ignore=A,B, files after -o.
# Runs under bash (skipped without it).
[ -n "${BASH_VERSION:-}" ] || {
    command -v bash > /dev/null 2>&1 || { echo "SKIP: no bash"; exit 77; }
    exec bash "$0" "$@"
}
. "$(dirname "$0")/common.sh"
require_form8k
comp=$top_srcdir/completion/form8k
[ -f "$comp" ] || setup_fail "no $comp"
# shellcheck disable=SC1090
. "$comp" || setup_fail "cannot source $comp"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/completion.XXXXXX") || setup_fail "mktemp"
trap 'rm -rf "$tmp"' EXIT
# The completion calls "form8k" by the name typed: the one under test.
PATH=$(dirname "$FORM8K"):$PATH
COMP_WORDBREAKS=$' \t\n"\'><=;|&(:'

# complete WORD...: COMPREPLY for the command line "form8k WORD..." with
# the cursor at the end of the last WORD, sorted, one per line.  As bash
# does, "--opt=val" is split into "--opt" "=" "val".
complete_line() {
    local w
    COMP_WORDS=(form8k)
    for w in "$@"; do
        case $w in
        --*=*) COMP_WORDS+=("${w%%=*}" "=")
               [ -n "${w#*=}" ] && COMP_WORDS+=("${w#*=}") ;;
        *) COMP_WORDS+=("$w") ;;
        esac
    done
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    # "--opt=" with nothing after it: the cursor is on an empty word
    case ${!#} in --*=) COMP_WORDS+=(""); COMP_CWORD=$((COMP_CWORD + 1)) ;; esac
    COMPREPLY=()
    _form8k
    printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | LC_ALL=C sort
}

# The commands of 'form8k --help' (its Commands: list), and help & co.
"$FORM8K" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z]*\) .*/\1/p' > "$tmp/commands"
[ -s "$tmp/commands" ] || setup_fail "no Commands: list in form8k --help"
{ cat "$tmp/commands"; printf '%s\n' help --help --version; } | LC_ALL=C sort > "$tmp/want"
complete_line "" > "$tmp/got"
check "the commands offered are those of form8k --help" diff "$tmp/want" "$tmp/got"

# Per command: the options of its --help, "--name" or "--name=", and the
# enumerated values ("--format=xml|json").
opts_of() {
    "$FORM8K" "$1" --help |
        sed -n 's/^  \(-[A-Za-z], \|    \)\(--[a-z][a-z-]*\)\(=[^ ]*\)\{0,1\}.*/\2\3/p'
}
ncmd=0
while read -r cmd; do
    ncmd=$((ncmd + 1))
    opts_of "$cmd" > "$tmp/$cmd.help"
    sed 's/=.*/=/' "$tmp/$cmd.help" | LC_ALL=C sort > "$tmp/want"
    complete_line "$cmd" -- > "$tmp/got"
    check "$cmd: the options offered are those of its --help" \
        diff "$tmp/want" "$tmp/got"
    grep '=.*|' "$tmp/$cmd.help" | while IFS= read -r o; do
        name=${o%%=*}
        printf '%s\n' "${o#*=}" | tr '|' '\n' | LC_ALL=C sort > "$tmp/vwant"
        complete_line "$cmd" "$name=" > "$tmp/vgot"
        complete_line "$cmd" "$name" "" > "$tmp/vgot2"
        if diff "$tmp/vwant" "$tmp/vgot" > /dev/null && cmp -s "$tmp/vgot" "$tmp/vgot2"; then
            echo "ok"
        else
            echo "$cmd $name=: want $(tr '\n' ' ' < "$tmp/vwant"), got $(tr '\n' ' ' < "$tmp/vgot")/$(tr '\n' ' ' < "$tmp/vgot2")" >&2
            echo "bad"
        fi
    done > "$tmp/$cmd.values"
    check "$cmd: the values offered for each option are those of its --help" \
        sh -c "! grep -q bad '$tmp/$cmd.values'"
done < "$tmp/commands"
nenum=$(cat "$tmp"/*.help | grep -c '=.*|')
check "every command was compared (9), and every enumerated option ($nenum)" \
    sh -c "[ $ncmd -eq 9 ] && [ $nenum -ge 10 ] && [ \$(cat '$tmp'/*.values | grep -c ok) -eq $nenum ]"

# What a user types.
check "'form8k pa' completes to parse" [ "$(complete_line pa)" = parse ]
check "'form8k parse --mo' completes to --mode=" [ "$(complete_line parse --mo)" = --mode= ]
check "'form8k validate --fail-on=w' completes to warning" \
    [ "$(complete_line validate --fail-on=w)" = warning ]
check "'form8k parse --format j' completes to json" \
    [ "$(complete_line parse --format j)" = json ]
check "'form8k table --format=' offers csv and tsv" \
    [ "$(complete_line table --format= | tr '\n' ' ')" = "csv tsv " ]
check "'form8k explain F8K-W30' offers codes of explain --list" \
    sh -c "[ -n '$(complete_line explain F8K-W30)' ] && ! printf '%s\n' '$(complete_line explain F8K-W30)' | grep -qv '^F8K-W30'"
check "'--ignore=F8K-W104,F8K-W70' completes the last code of the list" \
    sh -c "printf '%s\n' '$(complete_line validate --ignore=F8K-W104,F8K-W70)' | grep -q '^F8K-W104,F8K-W70[0-9]$'"
mkdir "$tmp/d" && : > "$tmp/d/report.xml"
check "'form8k parse -o DIR/rep' completes the file" \
    [ "$(complete_line parse -o "$tmp/d/rep")" = "$tmp/d/report.xml" ]
check "'form8k parse x --out DIR/' offers folders only" \
    [ -z "$(complete_line parse x --out "$tmp/d/")" ]
check "'form8k help ta' completes to table" [ "$(complete_line help ta)" = table ]

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
