#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# output.sh - form8k never damages a file it does not own.
#
#   -o OUT      a regular file is replaced (no set-user-ID bit carried
#               over); a symbolic link is followed, its target replaced and
#               the link kept; a FIFO, a character device (a null device
#               of our own) and standard output are written in place,
#               never replaced
#   --out DIR   a symbolic link inside DIR (a sub-folder, an output's name,
#               index.jsonl) is never written through: the input fails with
#               status 3 and a message naming the link
#   index       every line whole and valid JSON on a full disk, the real
#               cause (No space left on device) in the message, the input
#               named; a file name that is not UTF-8 gives valid JSON
#   --resume    removes the batch's own stale NAME.xml.XXXXXX files (and
#               nothing else) and says how many; an input edited within the
#               same second as its XML is converted again
# Every case failed before the fix that it pins (issue 10).
# Prints "PASS: what" / "FAIL: what" and "N passed, N failed".

. "$(dirname "$0")/common.sh"
require_form8k
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 not found"; exit 77; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/output.XXXXXX") || setup_fail "mktemp failed"
mounted=
cleanup() {
    [ -n "$mounted" ] && umount "$mounted" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM

is_link() { [ -L "$1" ]; }
is_fifo() { [ -p "$1" ]; }
is_chardev() { [ -c "$1" ]; }
mode_of() { stat -c %a "$1"; }
valid_jsonl() { # every line of FILE is a whole JSON object
    python3 -c '
import json, sys
n = 0
for line in open(sys.argv[1], "rb"):
    json.loads(line.decode("utf-8"))
    n += 1
print(n)' "$1" > "$tmp/nlines" 2>"$tmp/jsonerr"
}

ex=$top_srcdir/examples/classic-8k.txt
[ -f "$ex" ] || setup_fail "no $ex"
"$FORM8K" parse "$ex" > "$tmp/expected.xml" 2>/dev/null || setup_fail "example"

# ---------------------------------------------------------------- -o
o=$tmp/o
mkdir -p "$o"

echo old > "$o/target"
ln -s target "$o/link"
"$FORM8K" parse -o "$o/link" "$ex" 2>/dev/null
check "-o LINK: exit status 0" exit_is 0 $?
check "-o LINK: the link stays a link" is_link "$o/link"
check "-o LINK: its target replaced" cmp -s "$o/target" "$tmp/expected.xml"

ln -s made-by-form8k "$o/dangling"
"$FORM8K" parse -o "$o/dangling" "$ex" 2>/dev/null
check "-o DANGLING-LINK: the target is made, the link kept" \
    sh -c "[ -L '$o/dangling' ] && cmp -s '$o/made-by-form8k' '$tmp/expected.xml'"

echo old > "$o/setuid"
chmod 4755 "$o/setuid"
"$FORM8K" parse -o "$o/setuid" "$ex" 2>/dev/null
check "-o FILE: a set-user-ID bit is not carried over (mode 755)" \
    sh -c "[ \"\$(stat -c %a '$o/setuid')\" = 755 ]"

mkfifo "$o/fifo"
# The reader gives up after 10 s: a form8k that replaced the FIFO would
# leave it waiting on an inode no one can reach any more.
timeout 10 cat "$o/fifo" > "$tmp/from-fifo" &
reader=$!
"$FORM8K" parse -o "$o/fifo" "$ex" 2>/dev/null
rc=$?
wait $reader
check "-o FIFO: exit status 0" exit_is 0 $rc
check "-o FIFO: still a FIFO" is_fifo "$o/fifo"
check "-o FIFO: the reader got the XML" cmp -s "$tmp/from-fifo" "$tmp/expected.xml"

# Never the real /dev/stdout or /dev/null: a broken form8k run as root
# would replace them for the whole machine.  A link of our own to
# /proc/self/fd/1 is the same case, and /dev/fd/1 cannot be replaced.
ln -s /proc/self/fd/1 "$o/stdout"
"$FORM8K" parse -o "$o/stdout" "$ex" > "$tmp/from-stdout" 2>/dev/null
check "-o LINK-TO-STDOUT: the XML on standard output" \
    cmp -s "$tmp/from-stdout" "$tmp/expected.xml"
check "-o LINK-TO-STDOUT: the link kept" is_link "$o/stdout"
"$FORM8K" parse -o /dev/fd/1 "$ex" > "$tmp/from-fd" 2>/dev/null
check "-o /dev/fd/1: the XML on standard output" \
    cmp -s "$tmp/from-fd" "$tmp/expected.xml"

if [ "$(id -u)" = 0 ] && mknod "$o/null" c 1 3 2>/dev/null; then
    "$FORM8K" parse -o "$o/null" "$ex" 2>/dev/null
    check "-o DEVICE: still a character device" is_chardev "$o/null"
else
    echo "SKIP: -o DEVICE (needs root for mknod)"
fi

"$FORM8K" parse -o "$o" "$ex" 2>"$tmp/err"
check "-o FOLDER: exit status 3" exit_is 3 $?

# --------------------------------------------------------- --out DIR
in=$tmp/in
mkdir -p "$in/sub" "$tmp/outside" "$tmp/out"
cp "$ex" "$in/a.txt"
cp "$ex" "$in/sub/b.txt"
echo precious > "$tmp/outside/secret"
ln -s ../outside "$tmp/out/sub"
"$FORM8K" parse -q --out "$tmp/out" "$in" 2>"$tmp/err"
check "--out: a linked sub-folder: exit status 8" exit_is 8 $?
check "--out: nothing written outside DIR through the link" \
    sh -c "[ \"\$(ls '$tmp/outside')\" = secret ]"
check "--out: the input failed with status 3, the link named" \
    grep -q '"input":"[^"]*sub/b.txt","status":"failed","exit":3.*out/sub is a symbolic link' \
    "$tmp/out/index.jsonl"
check "--out: the message names input and link" \
    grep -q 'sub/b.txt: .*out/sub is a symbolic link' "$tmp/err"
check "--out: the other input written" grep -q '</Form8K>' "$tmp/out/a.xml"

rm -f "$tmp/out/sub"
mkdir "$tmp/out/sub"
ln -s ../../outside/secret "$tmp/out/sub/b.xml"
"$FORM8K" parse -q --out "$tmp/out" "$in" 2>/dev/null
check "--out: an output name that is a link is not replaced (exit 8)" exit_is 8 $?
check "--out: the link's target untouched" \
    sh -c "[ \"\$(cat '$tmp/outside/secret')\" = precious ] && [ -L '$tmp/out/sub/b.xml' ]"

rm -f "$tmp/out/sub/b.xml" "$tmp/out/index.jsonl"
ln -s ../outside/secret "$tmp/out/index.jsonl"
"$FORM8K" parse -q --out "$tmp/out" "$in" 2>"$tmp/err"
check "--out: index.jsonl a link: exit status 3" exit_is 3 $?
check "--out: index.jsonl a link: its target untouched" \
    sh -c "[ \"\$(cat '$tmp/outside/secret')\" = precious ]"
check "--out: index.jsonl a link: said so" grep -q 'index.jsonl is a symbolic link' "$tmp/err"
rm -f "$tmp/out/index.jsonl"

# ----------------------------------------------------- index and names
# A file name that is not UTF-8 (Latin-1 e-acute).
nu=$tmp/nu
mkdir -p "$nu"
cp "$ex" "$nu/$(printf 'caf\351.txt')"
"$FORM8K" parse -q --out "$tmp/nuout" "$nu" 2>/dev/null
check "name not UTF-8: exit status 0" exit_is 0 $?
check "name not UTF-8: index.jsonl is valid JSON" valid_jsonl "$tmp/nuout/index.jsonl"
check "index: what the input was (kind, body read, its codes)" \
    grep -q '"kind":"text","body_read":true,"codes":\[' "$tmp/nuout/index.jsonl"
check "name not UTF-8: U+FFFD shown, raw bytes in input_bytes" \
    grep -q 'caf\\ufffd.txt","input_bytes":"[0-9a-f]*636166e92e747874"' \
    "$tmp/nuout/index.jsonl"

# A full disk: a small tmpfs holds the index (root only, and only where
# mounting is allowed); /dev/full everywhere.
many=$tmp/many
mkdir -p "$many"
i=0
while [ $i -lt 60 ]; do cp "$ex" "$many/f$i.txt"; i=$((i + 1)); done
"$FORM8K" parse -q --out "$tmp/manyout" --index /dev/full "$many" 2>"$tmp/err"
check "index on a full device: exit status 3" exit_is 3 $?
check "index on a full device: the real cause, not a stale errno" \
    grep -q '/dev/full: 60 of 60 lines could not be written.*No space left on device' "$tmp/err"
small=$tmp/small
mkdir -p "$small"
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=8k tmpfs "$small" 2>/dev/null; then
    mounted=$small
    "$FORM8K" parse -q --out "$tmp/manyout" --index "$small/index.jsonl" "$many" 2>"$tmp/err"
    check "index on a full disk: exit status 3" exit_is 3 $?
    check "index on a full disk: every line whole and valid JSON" \
        valid_jsonl "$small/index.jsonl"
    check "index on a full disk: some lines kept, the rest counted" \
        sh -c "n=\$(cat '$tmp/nlines'); [ \$n -gt 0 ] && [ \$n -lt 60 ] &&
               grep -q \"\$((60 - n)) of 60 lines could not be written.*No space left on device\" '$tmp/err'"
    # The XML of each input on a full disk: the input named, the cause.
    rm -f "$small/index.jsonl"
    "$FORM8K" parse -q --out "$small" --index "$tmp/full-index" "$many" 2>"$tmp/err"
    check "XML on a full disk: exit status 8" exit_is 8 $?
    check "XML on a full disk: input, output and No space left on device" \
        grep -q 'many/f[0-9]*.txt: cannot write .*small/f[0-9]*.xml: No space left on device' "$tmp/err"
    check "XML on a full disk: no temporary file left" \
        sh -c "! ls '$small' | grep -q '\\.xml\\.'"
    umount "$small" && mounted=
else
    echo "SKIP: full-disk cases on a tmpfs (need root and mount)"
fi

# ------------------------------------------------------------ --resume
r=$tmp/rout
"$FORM8K" parse -q --out "$r" "$in" 2>/dev/null
mkdir -p "$r/deep"
: > "$r/a.xml.Ab12Cd"
: > "$r/deep/x.htm.xml.ZZ99zz"
: > "$r/notes.xml.abc"
: > "$r/mine.txt"
"$FORM8K" parse --resume --out "$r" "$in" 2>"$tmp/err"
check "--resume: exit status 0" exit_is 0 $?
check "--resume: the stale temporaries removed" \
    sh -c "[ ! -e '$r/a.xml.Ab12Cd' ] && [ ! -e '$r/deep/x.htm.xml.ZZ99zz' ]"
check "--resume: other files kept" sh -c "[ -e '$r/notes.xml.abc' ] && [ -e '$r/mine.txt' ]"
check "--resume: says how many" grep -q 'removed 2 stale temporary files' "$tmp/err"

# An input edited in the same second as its XML, a little later.
sec=$(date +%s)
touch -d "@$sec.100000000" "$r/a.xml"
touch -d "@$sec.600000000" "$in/a.txt"
"$FORM8K" parse -q --resume --out "$r" "$in" 2>/dev/null
check "--resume: an input newer by a fraction of a second is redone" \
    grep -q '"input":"[^"]*/a.txt","status":"ok"' "$r/index.jsonl"
touch -d "@$sec.900000000" "$r/a.xml"
"$FORM8K" parse -q --resume --out "$r" "$in" 2>/dev/null
check "--resume: an older input is skipped" \
    grep -q '"input":"[^"]*/a.txt","status":"skipped"' "$r/index.jsonl"

# "form8k FILE" is no command: exit 2, and the message says what to type.
"$FORM8K" "$ex" > "$tmp/out.txt" 2> "$tmp/err"
check "form8k FILE: usage error (exit 2), no output" \
    sh -c "[ $? -eq 2 ] && [ ! -s '$tmp/out.txt' ]"
check "form8k FILE: suggests form8k parse FILE" grep -q "form8k parse $ex" "$tmp/err"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
