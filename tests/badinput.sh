#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# badinput.sh - hostile inputs through the command, generated at test time.
#
# Every input is made in a temporary folder (nothing large is stored in
# the tree) and run as "$FORM8K parse [--mode=M] input" twice: once to
# standard output and once with -o over an existing file.  Each run must
#
#   - end with a documented exit status (0 1 3 4 5 6 7), never a signal,
#     within $BAD_TIMEOUT seconds, with the status the case expects;
#   - on failure, say why on standard error: "input:LINE:COL: error: ..."
#     (or "form8k: input: ..." for a refusal of the whole file: too large);
#   - write either nothing or complete XML valid against $XSD to standard
#     output (XML exactly when the status is 0);
#   - with -o, leave the existing file byte for byte as it was on failure
#     (and no temporary file beside it), or replace it with valid XML.
#
# Inputs whose line ends or encodings differ from a golden filing must
# give the XML of the golden filing (no data lost to CR, CRLF, NUL ...).
#
# Sizes: make check runs the large cases scaled down; F8K_BIG=1 runs them
# at full size (a 100 MB line, a 1 GiB input, 1,000,000 item headings,
# 100 MB of blank lines, a 50 MB HTML table) and checks that time grows
# linearly (10 MB against 40 MB: well under the 16-fold of a quadratic
# path).
#
# HTML (the front end of src/front/html.c, html_layout.c): malformed markup,
# 100,000 nested elements, a 10,000-column table, colspan="1000000", a
# table of 2 MB (50 MB with F8K_BIG), 1,000,000 character references and
# bad ones (&#xFFFF;), binary bytes, an empty document.  Each big kind is
# also run at n and 4n and its CPU time compared (user + system of the
# command, so that the load of the machine counts little): linear is
# 4-fold, quadratic 16-fold; more than 8-fold fails.  Never an absolute
# time limit.  Each case
# prints a row: name, bytes, exit status, seconds, peak RSS (KiB, from
# /usr/bin/time when installed).
#
# Environment: FORM8K, XSD, top_srcdir, top_builddir (make check sets
# them); F8K_BIG=1; BAD_TIMEOUT (default 60 s, 1800 with F8K_BIG);
# BAD_KEEP=1 keeps the temporary folder.

. "$(dirname "$0")/common.sh"

[ -n "${FORM8K:-}" ] && [ -x "$FORM8K" ] || setup_fail "FORM8K is not an executable: ${FORM8K:-unset}"
XSD=${XSD:-$top_srcdir/xsd/form8k.xsd}
[ -r "$XSD" ] || setup_fail "XSD=$XSD not found"
command -v xmllint >/dev/null 2>&1 || setup_fail "xmllint not found (install libxml2-utils)"
PYTHON3=${PYTHON3:-python3}
command -v "$PYTHON3" >/dev/null 2>&1 || setup_fail "python3 not found (it generates the inputs)"
truncate_bin=${top_builddir:-.}/tests/hostile/truncate
[ -x "$truncate_bin" ] || setup_fail "$truncate_bin not built"

big=0
[ "${F8K_BIG:-0}" = 1 ] && big=1
timeout_s=${BAD_TIMEOUT:-60}
[ "$big" = 1 ] && timeout_s=${BAD_TIMEOUT:-1800}

MiB=1048576
if [ "$big" = 1 ]; then
    line_bytes=$((100 * MiB)); huge_bytes=1073741824; headings=1000000
    blank_bytes=$((100 * MiB)); step=1
else
    line_bytes=$MiB; huge_bytes=$((8 * MiB)); headings=10000
    blank_bytes=$MiB; step=5
fi

make_tmp badinput "${BAD_KEEP:-0}"

golden=$top_srcdir/tests/golden/classic-three-column/input.txt
small=$top_srcdir/tests/golden/one-per-line/input.txt
submission=$top_srcdir/fuzz/seeds/submission-8k.txt
html=$top_srcdir/tests/golden/html-value-over-caption/input.htm

timer=
[ -x /usr/bin/time ] && timer=/usr/bin/time
tmo=
command -v timeout >/dev/null 2>&1 && tmo="timeout $timeout_s"

passed=0
failed=0
why=
diag_want=    # a diagnostic code the next case must print

note() { why=${why:+$why; }$1; }

# gen NAME PYTHON: write $tmp/NAME/input from a Python expression of
# G (golden bytes), S (small golden), U (submission seed), N (sizes), H
# (a golden HTML filing) and body(X) (H with X before its </body>).
gen() {
    mkdir -p "$tmp/$1"
    "$PYTHON3" - "$tmp/$1/input" "$golden" "$small" "$submission" \
        "$line_bytes" "$huge_bytes" "$headings" "$blank_bytes" "$html" <<EOF || note "cannot generate"
import random, sys
out, g, s, u = sys.argv[1:5]
LINE, HUGE, HEADINGS, BLANK = (int(a) for a in sys.argv[5:9])
G = open(g, 'rb').read(); S = open(s, 'rb').read(); U = open(u, 'rb').read()
H = open(sys.argv[9], 'rb').read()
def body(x):
    return H.replace(b'</body>', x + b'</body>')
rnd = random.Random(8)
def fill(unit, n):
    with open(out, 'wb') as f:
        chunk = unit * max(1, (1 << 20) // len(unit))
        left = n
        while left > 0:
            f.write(chunk[:left]); left -= len(chunk[:left])
def put(data):
    open(out, 'wb').write(data)
$2
EOF
}

# xml_ok FILE: complete and valid against the schema.
xml_ok() {
    xmllint --noout --nonet --huge --schema "$XSD" "$1" >"$tmp/xmllint" 2>&1
}

# run_case NAME WANT [OPTIONS]: WANT is the exit statuses allowed
# ("0", "1 7" ...).  Runs to stdout and with -o; prints the row.
run_case() {
    name=$1 want=$2
    shift 2
    d=$tmp/$name
    in=$d/input
    bytes=$(wc -c <"$in" | tr -d ' ')
    # (the folder of the case: diagnostics say "input:LINE:COL")
    if [ -n "$timer" ]; then
        (cd "$d" && exec $tmo $timer -o time.txt -f '%e %M' "$FORM8K" parse "$@" input) \
            </dev/null >"$d/out" 2>"$d/err"
    else
        (cd "$d" && exec $tmo "$FORM8K" parse "$@" input) </dev/null >"$d/out" 2>"$d/err"
    fi
    rc=$?
    secs=- rss=-
    # (time(1) puts "Command exited with non-zero status N" first)
    [ -s "$d/time.txt" ] && read -r secs rss <<EOF
$(tail -n 1 "$d/time.txt")
EOF
    case " $want " in
    *" $rc "*) ;;
    *)
        case $rc in
        124) note "timed out after ${timeout_s}s" ;;
        0|1|3|4|5|6|7) note "exit $rc, expected $want" ;;
        *) note "exit $rc (a signal or an undocumented status)" ;;
        esac
        ;;
    esac
    # /usr/bin/time adds "Command exited with non-zero status" to stderr.
    grep -v '^Command exited with non-zero status' "$d/err" >"$d/diag"
    if [ "$rc" -ne 0 ] &&
       ! grep -Eq '^input:[0-9]+:[0-9]+: error: |^form8k: input: ' "$d/diag"; then
        note "failed without an input:LINE:COL: error diagnostic"
    fi
    if [ -n "$diag_want" ] && ! grep -q "$diag_want" "$d/diag"; then
        note "no $diag_want diagnostic"
    fi
    if [ "$rc" -eq 0 ]; then
        [ -s "$d/out" ] && xml_ok "$d/out" || note "exit 0 without valid XML on stdout"
    elif [ -s "$d/out" ]; then
        note "failed but wrote to stdout"
    fi
    # -o over an existing file: untouched on failure.
    printf 'previous contents\n' >"$d/target.xml"
    (cd "$d" && exec $tmo "$FORM8K" parse -q -o target.xml "$@" input) \
        </dev/null >"$d/out2" 2>"$d/err2"
    rc2=$?
    if [ "$rc2" -ne "$rc" ]; then
        note "exit $rc2 with -o, $rc without"
    elif [ "$rc2" -eq 0 ]; then
        xml_ok "$d/target.xml" || note "-o wrote XML that is not valid"
        cmp -s "$d/out" "$d/target.xml" || note "-o wrote other XML than stdout"
    else
        [ "$(cat "$d/target.xml")" = "previous contents" ] ||
            note "-o changed the existing file on failure"
    fi
    [ -s "$d/out2" ] && note "-o wrote to stdout"
    ls "$d" | grep -q '^target\.xml\.' && note "-o left a temporary file"
    printf '%-22s %12s  exit %-2s %8s s %9s KiB  %s\n' "$name" "$bytes" "$rc" \
        "$secs" "$rss" "$(head -n 1 "$d/diag" | cut -c1-70)"
    if [ -z "$why" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: $name: $why"
        head -n 5 "$d/diag" | sed 's/^/    /'
    fi
    why=
    # Big outputs are not kept.
    rm -f "$d/out" "$d/target.xml"
}

# same_as_golden NAME: the XML of the case equals the golden filing's.
golden_xml() {
    if [ ! -f "$tmp/golden.xml" ]; then
        mkdir -p "$tmp/golden"
        cp "$golden" "$tmp/golden/input"
        (cd "$tmp/golden" && "$FORM8K" parse -q input) >"$tmp/golden.xml" 2>/dev/null
    fi
}
run_same() {
    name=$1
    shift
    golden_xml
    d=$tmp/$name
    (cd "$d" && "$FORM8K" parse -q "$@" input) >"$d/same.xml" 2>/dev/null
    if ! cmp -s "$tmp/golden.xml" "$d/same.xml"; then
        note "XML differs from the golden filing's (data lost or changed)"
        diff "$tmp/golden.xml" "$d/same.xml" | head -n 10 | sed 's/^/    /'
    fi
    run_case "$name" 0 "$@"
}

echo "case                          bytes  exit  seconds  peak RSS      first diagnostic"

# ---------------------------------------------------------- small inputs
gen empty "put(b'')";                           run_case empty 1
gen one-byte "put(b'x')";                       run_case one-byte 1
gen one-newline "put(b'\n')";                   run_case one-newline 1
gen random-binary "put(bytes(rnd.getrandbits(8) for _ in range(65536)))"
diag_want=F8K-E006
run_case random-binary 1
diag_want=
gen nul-bytes "put(b'\0' * 4096)";              run_case nul-bytes 1
gen nul-in-text "put(G.replace(b'\n\n', b'\n\0\n'))"
run_case nul-in-text 0
gen invalid-utf8 "put(G.replace(b'the ', b'the \xc3\x28\xa0\xa1\xf8\x88\x80\x80\x80\xed\xa0\x80 '))"
run_case invalid-utf8 0
gen latin1 "put(G.replace(b'Inc', b'Soci\xe9t\xe9 G\xe9n\xe9rale \xa9 Inc'))"
run_case latin1 0
gen control-chars "put(G.replace(b'.\n', b'.\x01\x02\x1b[0m\x7f\x08\n'))"
run_case control-chars 0
gen form-feeds "put(b'\f' * 100000)";           run_case form-feeds 1

# Line ends: the same filing, the same XML.
gen cr-only "put(G.replace(b'\n', b'\r'))";     run_same cr-only
gen crlf "put(G.replace(b'\n', b'\r\n'))";      run_same crlf
gen no-final-newline "put(G.rstrip(b'\n'))";    run_same no-final-newline
gen mixed-line-ends "put(G.replace(b'\n\n', b'\r\n\r').replace(b'\r\r', b'\r\n\n'))"
run_case mixed-line-ends 0

# ------------------------------------------------------------ containers
gen unterminated-document "put(b'<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<TEXT>\n' + G)"
run_case unterminated-document "0 1" --mode=submission
gen unterminated-document-auto "put(b'<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<TEXT>\n' + G)"
run_case unterminated-document-auto "0 1"
gen unterminated-text "put(U[:U.find(b'</TEXT>')])"
run_case unterminated-text "0 1" --mode=submission
gen interleaved-tags "put(b'<SEC-DOCUMENT>\n<DOCUMENT>\n<TEXT>\n<SEC-HEADER>\n</DOCUMENT>\n' + G + b'</SEC-HEADER>\n</TEXT>\n</SEC-DOCUMENT>\n')"
run_case interleaved-tags "0 1" --mode=submission
gen repeated-tags "put((b'<SEC-HEADER>\n<DOCUMENT>\n<TYPE>8-K\n<TEXT>\n<TEXT>\n') * 500 + G)"
run_case repeated-tags "0 1" --mode=submission
gen only-tags "put(b''.join(b'<%s>\n' % t for t in [b'SEC-DOCUMENT', b'SEC-HEADER', b'/SEC-HEADER', b'DOCUMENT', b'TYPE', b'TEXT', b'/TEXT', b'/DOCUMENT', b'/SEC-DOCUMENT']))"
run_case only-tags 1 --mode=submission
# Tags nested in tags: bison's stack (grammar/sub.y, YYMAXDEPTH) admits
# 96 levels, which the XML holds (14 were "out of memory" in the XML
# writer); 12,000 nested <FILER> tags (200 KB with their closing tags)
# are refused with F8K-E007 at the line where the stack is full (the
# 98th tag, line 101), not as "out of memory" (status 6).
nest="b'<SUBMISSION>\\n<ACCESSION-NUMBER>0000950123-97-002211\\n<TYPE>8-K\\n'"
gen nested-96 "put($nest + b'<FILER>\\n' * 95 + b'<CIK>0000812345\\n' + b'</FILER>\\n' * 95 + b'</SUBMISSION>\\n')"
run_case nested-96 0
gen nested-12000 "put($nest + b'<FILER>\\n' * 12000 + b'</FILER>\\n' * 12000 + b'</SUBMISSION>\\n')"
diag_want='^input:101:1: error: nesting too deep.*F8K-E007'
run_case nested-12000 1
diag_want=
gen pem-truncated "put(b'-----BEGIN PRIVACY-ENHANCED MESSAGE-----\nProc-Type: 2001,MIC-CLEAR\n' + U[:len(U)//2])"
run_case pem-truncated "0 1"

# ---------------------------------------------------------- large inputs
gen long-line "fill(b'a', LINE); open(out, 'ab').write(b'\n')"
run_case long-line 1
gen long-tab-line "fill(b'\t', LINE)"
run_case long-tab-line 1
# 64 bytes of line node per byte of input: past the memory budget of a
# parse (32 times the input, src/doc.c), refused with F8K-E005.
gen blank-lines "fill(b'\n', BLANK)"
diag_want=F8K-E005
run_case blank-lines 1
diag_want=
gen item-headings "put(G[:G.find(b'Item')] + b''.join(b'Item 5. Other Events.\n\nEvent number %d.\n\n' % i for i in range(HEADINGS)))"
run_case item-headings 0
# One exhibit of many short lines with "&" and "<" in each: libxml2's
# validator took each piece of text between them as a new string to
# append (quadratic: 16 MB took minutes).  At least 16 MB even in make
# check, so that the quadratic path would run past the timeout.
gen long-exhibit "i = U.index(b'<TEXT>', U.index(b'<TYPE>EX-')) + 7; put(U[:i] + b'Net sales & revenue < 10 & > 0.\\n' * (max(LINE, 16 << 20) // 32) + U[i:])"
run_case long-exhibit 0 --mode=submission
gen huge-filing "fill(G, HUGE)"
run_case huge-filing 0
# One byte over F8K_MAX_INPUT: a sparse file, refused before it is read.
mkdir -p "$tmp/over-limit"
if truncate -s 1073741825 "$tmp/over-limit/input" 2>/dev/null; then
    run_case over-limit 4
else
    echo "(over-limit skipped: truncate(1) cannot make a sparse file here)"
fi
if [ "$big" = 1 ]; then
    # 1 GiB of Windows-1252 bytes: 3 GiB of UTF-8, more than flex scans.
    # Text that grows past 2 GiB has over half its bytes outside ASCII,
    # so the binary check (a third) refuses it first; status 4 for the
    # growth stays behind it as a guard (src/doc.c, src/front/text.c).
    gen cp1252-expands "fill(b'\x80' * 79 + b'\n', HUGE)"
    diag_want=F8K-E006
    run_case cp1252-expands 1
    diag_want=
    # The same through a pipe: read up to the limit, then refused.
    mkdir -p "$tmp/over-limit-pipe"
    : >"$tmp/over-limit-pipe/input"
    (cd "$tmp/over-limit-pipe" &&
     head -c 1073741825 /dev/zero | $tmo "$FORM8K" parse - >out 2>err)
    rc=$?
    if [ "$rc" -ne 4 ] || ! grep -q 'larger than' "$tmp/over-limit-pipe/err"; then
        echo "FAIL: over-limit-pipe: exit $rc, expected 4"
        failed=$((failed + 1))
    else
        echo "over-limit-pipe        1073741825  exit 4"
        passed=$((passed + 1))
    fi
    rm -rf "$tmp/over-limit-pipe"
fi

# ------------------------------------------------------------------ HTML
# Malformed markup: whatever libxml2's recovery makes of it (it differs
# between versions, hence here and not in tests/golden), a diagnostic or
# valid XML.
gen html-unclosed "put(H.replace(b'</p>', b'').replace(b'</td>', b'').replace(b'</tr>', b'').replace(b'</table>', b'').replace(b'</b>', b''))"
run_case html-unclosed "0 1"
gen html-misnested "put(H.replace(b'<b>', b'<b><i><table><tr><td>').replace(b'</b>', b'</b></td></i></div></table>').replace(b'<p>', b'<p><span></div></td>'))"
run_case html-misnested "0 1"
gen html-stray-tags "put(b'</td></tr></table></p></html>' + H + b'</body></html><td><p>after the end')"
run_case html-stray-tags "0 1"
gen html-unterminated-tag "put(H[:H.find(b'<p align')] + b'<p align=\"center\" style=\"' + b'x' * 100000)"
run_case html-unterminated-tag "0 1"
gen html-unterminated-comment "put(H[:H.find(b'Item 2.02')] + b'<!-- ' + H[H.find(b'Item 2.02'):])"
run_case html-unterminated-comment "0 1"
gen html-empty "put(b'<html></html>')"
diag_want=F8K-E003
run_case html-empty 1
diag_want=
gen html-empty-forced "put(b'')"
run_case html-empty-forced 1 --mode=html
gen html-binary "put(H[:2000] + bytes(rnd.getrandbits(8) for _ in range(4096)) + H[2000:])"
run_case html-binary "0 1"
gen html-binary-forced "put(bytes(rnd.getrandbits(8) for _ in range(65536)))"
run_case html-binary-forced 1 --mode=html
gen html-nul-bytes "put(H.replace(b'<p>', b'<p>\\0\\0'))"
run_case html-nul-bytes "0 1"
# Depth: libxml2 and the layout tree's stack, 100,000 deep.
gen html-nested-divs "put(body(b'<div>' * 100000 + b'deep' + b'</div>' * 100000))"
run_case html-nested-divs "0 1"
gen html-nested-spans "put(body(b'<span><b>' * 100000 + b'deep'))"
run_case html-nested-spans "0 1"
gen html-nested-tables "put(body(b'<table><tr><td>' * 10000 + b'deep'))"
run_case html-nested-tables "0 1"
gen html-nested-facts "put(body(b'<ix:nonNumeric name=\"dei:EntityFileNumber\" contextRef=\"c\">' * 10000 + b'001-12345'))"
run_case html-nested-facts "0 1"
# Width: columns past H_MAX_COLS join the last; spans are capped.
gen html-wide-table "put(body(b'<table><tr>' + b'<td>x</td>' * 10000 + b'</tr></table>'))"
run_case html-wide-table "0 1"
gen html-colspan "put(body(b'<table><tr><td colspan=\"1000000\">a</td><td rowspan=\"1000000\">b</td></tr><tr><td colspan=\"99999999999999999999\">c</td><td colspan=\"-5\">d</td></tr></table>'))"
run_case html-colspan "0 1"
# Size: a table of numbers, 2 MB (50 MB with F8K_BIG).
html_row='b"<tr><td>Net sales</td><td align=right>1,234,567</td><td align=right>(89,012)</td></tr>\\n"'
if [ "$big" = 1 ]; then html_table=$((50 * MiB)); else html_table=$((2 * MiB)); fi
gen html-big-table "r = $html_row; put(body(b'<table>' + r * ($html_table // len(r)) + b'</table>'))"
run_case html-big-table "0 1"
# References: 1,000,000 of them, and ones that are no character.
gen html-entity-flood "put(body(b'<p>' + b'&amp;' * 1000000 + b'</p>'))"
run_case html-entity-flood "0 1"
gen html-bad-references "put(body(b'<p>' + b'&#xFFFF;&#xFFFE;&#0;&#xD800;&#x110000;&#99999999999;&#x;&#;&bogus;&amp&' * 1000 + b'</p>'))"
run_case html-bad-references "0 1"
gen html-facts-flood "put(body(b''.join(b'<ix:continuation id=\"k%d\" continuedAt=\"k%d\">t</ix:continuation>' % (i, i + 1) for i in range(20000)) + b'<ix:nonNumeric name=\"dei:EntityRegistrantName\" contextRef=\"c\" continuedAt=\"k0\">x</ix:nonNumeric>'))"
run_case html-facts-flood "0 1"

# CPU time of N against 4N of one kind of HTML (user + system of the
# command): more than 8-fold fails (linear is 4, quadratic 16).
html_linear() { # NAME N PYTHON-EXPRESSION-OF-n
    "$PYTHON3" - "$FORM8K" "$tmp/lin-html" "$html" "$2" <<EOF
import os, resource, subprocess, sys
cmd, d, h, n0 = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
os.makedirs(d, exist_ok=True)
H = open(h, 'rb').read()
def body(x):
    return H.replace(b'</body>', x + b'</body>')
def cpu(n):
    f = os.path.join(d, 'input')
    open(f, 'wb').write($3)
    best = None
    for _ in range(3):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([cmd, 'parse', '-q', '-o', os.path.join(d, 'out.xml'), f],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        best = t if best is None else min(best, t)
    os.remove(f)
    return best
t1, t4 = cpu(n0), cpu(4 * n0)
ratio = t4 / max(t1, 0.001)
print('linearity html %-14s n %.2f s, 4n %.2f s CPU: ratio %.2f (linear 4, quadratic 16)'
      % ('$1', t1, t4, ratio))
sys.exit(0 if ratio < 8 else 1)
EOF
    if [ $? -eq 0 ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: linearity html $1: more than 8 times the CPU time for 4 times the input"
    fi
    rm -rf "$tmp/lin-html"
}
if [ "$big" = 1 ]; then
    html_linear nested-divs 250000 "body(b'<div>' * n + b'deep' + b'</div>' * n)"
    html_linear wide-table 100000 "body(b'<table><tr>' + b'<td>x</td>' * n + b'</tr></table>')"
    html_linear entity-flood 1000000 "body(b'<p>' + b'&amp;' * n + b'</p>')"
    html_linear big-table 150000 "body(b'<table>' + b'<tr><td>Net sales</td><td>1,234,567</td></tr>\\n' * n + b'</table>')"
else
    html_linear nested-divs 100000 "body(b'<div>' * n + b'deep' + b'</div>' * n)"
    html_linear wide-table 40000 "body(b'<table><tr>' + b'<td>x</td>' * n + b'</tr></table>')"
    html_linear entity-flood 250000 "body(b'<p>' + b'&amp;' * n + b'</p>')"
    html_linear big-table 50000 "body(b'<table>' + b'<tr><td>Net sales</td><td>1,234,567</td></tr>\\n' * n + b'</table>')"
fi

# ---------------------------------------------------- truncation points
truncations() { # MODE FILE
    if "$truncate_bin" -s "$step" "$1" "$2" >"$tmp/trunc.out" 2>&1; then
        passed=$((passed + 1))
        sed "s|^$top_srcdir/|truncations ($1): |" "$tmp/trunc.out"
    else
        failed=$((failed + 1))
        echo "FAIL: truncation points ($1) of $2"
        tail -n 20 "$tmp/trunc.out" | sed 's/^/    /'
    fi
}
truncations document "$small"
truncations auto "$small"
truncations submission "$submission"
truncations html "$html"

# ------------------------------------------------------------ linearity
# Two sizes of the same kind of input: a quadratic path shows as a
# 16-fold time for 4 times the bytes; linear is 4-fold.  Only with
# F8K_BIG=1 (timing is no business of make check).
linear() { # NAME PYTHON-UNIT
    for mb in 10 40; do
        LINE=$((mb * MiB))
        mkdir -p "$tmp/lin"
        "$PYTHON3" -c "
import sys
unit = $2
n = $mb << 20
with open(sys.argv[1], 'wb') as f:
    f.write((unit * (n // len(unit) + 1))[:n])
" "$tmp/lin/input-$mb" || note "cannot generate"
        s=$(date +%s.%N)
        "$FORM8K" parse -q "$tmp/lin/input-$mb" >/dev/null 2>&1
        e=$(date +%s.%N)
        eval "t$mb=$(awk "BEGIN { print $e - $s }")"
        rm -f "$tmp/lin/input-$mb"
    done
    ratio=$(awk "BEGIN { printf \"%.2f\", ($t40) / ($t10 > 0.001 ? $t10 : 0.001) }")
    printf 'linearity %-14s 10 MB %.2f s, 40 MB %.2f s: ratio %s (linear 4, quadratic 16)\n' \
        "$1" "$t10" "$t40" "$ratio"
    if awk "BEGIN { exit !($ratio < 8) }"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: linearity $1: time ratio $ratio for 4 times the input"
    fi
}
if [ "$big" = 1 ]; then
    linear filing "open('$golden', 'rb').read()"
    linear items "b'Item 5. Other Events.\\n\\nAn event.\\n\\n'"
    linear long-line "b'a' * (40 << 20) + b'\\n'"
    linear blank-lines "b'\\n'"
    linear binary "bytes(range(256))"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
