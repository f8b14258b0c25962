#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# linear.sh - inputs that grow along one dimension the library walks
# lists over: time must grow linearly with them, memory too.
#
# Each case is generated twice, with N and 4N of the growing part, and
# run as "$FORM8K parse -q input".  Linear work takes about 4 times as
# long for 4N; a path that compares each element with every earlier one
# takes 16 times.  The test fails when the CPU time for 4N is 8 times
# the time for N or more (the time for N counts as at least MIN_SECONDS,
# so that a run too quick to measure cannot fail by noise).  No absolute
# limit of time: a slow or busy machine only scales both runs.  N is
# chosen so that the quadratic paths these cases were written for took
# seconds at 4N (see each case) and the linear ones take about 0.1 s.
#
#   exhibits      an 8-K whose exhibit list has N rows: each new exhibit
#                 number was compared with every earlier one (body.c);
#                 80,000 rows took 9.6 s
#   sub-exhibits  a submission listing N exhibits and attaching N EX-
#                 documents: each exhibit was looked for among all the
#                 documents and each document among all the exhibits
#                 (xcheck.c); 20,000 of each took 18 s
#   sub-items     a submission with N item headings and N ITEM INFORMATION
#                 lines that name other items (xcheck.c, and the filing
#                 date looked up again for each item line); 20,000 of
#                 each took 11.5 s
#   sub-parties   a joint filing: N registrants on the cover, N parties
#                 (FILER:) in the header: each registrant's party was
#                 looked for among all the parties, their names made
#                 comparable again each time (xcheck.c); 4,000 of each
#                 took 10 s
#   sub-headings  an item of N "(c) Exhibits" lines: the exhibit rows
#                 were looked for from each of them to the end of the
#                 item (body.c); 8,000 took 1.1 s, 32,000 18 s
#   wrapped-desc  one exhibit description wrapped over N lines: each line
#                 copied the whole description so far (quadratic memory:
#                 800 lines were refused with F8K-E005)
#   pem-cont      a PEM header field with N continuation lines: the same
#                 (500 lines were refused with F8K-E005)
#
# The two join cases also check the value: the joined description and
# PEM field are in the XML whole.
#
# Also usable by hand:  sh tests/linear.sh --gen CASE N FILE
# writes the input of CASE with N elements to FILE.
#
# Environment: FORM8K, XSD, top_srcdir (make check sets them);
# LINEAR_TIMEOUT (default 120 s per run); LINEAR_KEEP=1 keeps the
# temporary folder.

. "$(dirname "$0")/common.sh"

golden=$top_srcdir/tests/golden/one-per-line/input.txt
pem_seed=$top_srcdir/fuzz/seeds/submission-pem.txt

# ------------------------------------------------------------- inputs

# The cover page of the golden filing (everything before its items).
cover() {
    awk '/^ITEM 5/ { exit } { print }' "$golden"
}

signature() {
    printf '\n                                   SIGNATURES\n\n'
    printf '     Pursuant to the requirements of the Securities Exchange Act of 1934,\n'
    printf 'the Registrant has duly caused this report to be signed on its behalf.\n\n'
    printf '                                       BLUE HERON SOFTWARE, INC.\n\n'
    printf 'Date: April 10, 2002                   By: /s/ Victor A. Lindgren\n'
    printf '                                           Victor A. Lindgren\n'
    printf '                                           Chief Financial Officer\n'
}

# exhibit_rows N: "(c) Exhibits" and N rows 99.1 ... 99.N.
exhibit_rows() {
    printf 'ITEM 7.  FINANCIAL STATEMENTS AND EXHIBITS.\n\n     (c)  Exhibits.\n\n'
    awk -v n="$1" 'BEGIN { for (i = 1; i <= n; i++)
        printf "          99.%d   Press release number %d of the Company.\n", i, i }'
    printf '\n'
}

sec_header() { # ITEM-LINES: what goes between PERIOD OF REPORT and FILED AS OF DATE
    printf '<SEC-DOCUMENT>0000912345-02-000017.txt : 20020410\n'
    printf '<SEC-HEADER>0000912345-02-000017.hdr.sgml : 20020410\n'
    printf 'ACCESSION NUMBER:\t\t0000912345-02-000017\n'
    printf 'CONFORMED SUBMISSION TYPE:\t8-K\n'
    printf 'CONFORMED PERIOD OF REPORT:\t20020409\n'
    cat
    printf 'FILED AS OF DATE:\t\t20020410\n\n'
    printf 'FILER:\n\n\tCOMPANY DATA:\n'
    printf '\t\tCOMPANY CONFORMED NAME:\t\t\tBLUE HERON SOFTWARE INC\n'
    printf '\t\tCENTRAL INDEX KEY:\t\t\t0000912345\n'
    printf '</SEC-HEADER>\n<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<TEXT>\n'
}

gen() { # CASE N FILE
    gn=$2
    case $1 in
    exhibits)
        { cover; exhibit_rows "$gn"; signature; } >"$3" ;;
    sub-exhibits)
        {
            sec_header </dev/null
            cover; exhibit_rows "$gn"; signature
            printf '</TEXT>\n</DOCUMENT>\n'
            awk -v n="$gn" 'BEGIN { for (i = 1; i <= n; i++)
                printf "<DOCUMENT>\n<TYPE>EX-99.%d\n<SEQUENCE>%d\n<TEXT>\nPress release %d.\n</TEXT>\n</DOCUMENT>\n", i, i + 1, i }'
            printf '</SEC-DOCUMENT>\n'
        } >"$3" ;;
    sub-items)
        {
            awk -v n="$gn" 'BEGIN { for (i = 1; i <= n; i++)
                printf "ITEM INFORMATION:\t\tOther events\n" }' | sec_header
            cover
            awk -v n="$gn" 'BEGIN { for (i = 1; i <= n; i++)
                printf "ITEM 4.  CHANGES IN REGISTRANT'"'"'S CERTIFYING ACCOUNTANT.\n\n     Change number %d.\n\n", i }'
            signature
            printf '</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n'
        } >"$3" ;;
    sub-parties)
        {
            printf '<SEC-DOCUMENT>x.txt : 20020410\n<SEC-HEADER>x.hdr.sgml : 20020410\n'
            printf 'ACCESSION NUMBER:\t\t0000912345-02-000017\n'
            printf 'CONFORMED SUBMISSION TYPE:\t8-K\nFILED AS OF DATE:\t\t20020410\n\n'
            awk -v n="$gn" 'BEGIN { for (i = 1; i <= n; i++)
                printf "FILER:\n\n\tCOMPANY DATA:\n\t\tCOMPANY CONFORMED NAME:\t\t\tFILER NUMBER %d INC\n\t\tCENTRAL INDEX KEY:\t\t\t%010d\n\n\tFORMER COMPANY:\n\t\tFORMER CONFORMED NAME:\tOLD NAME %d\n\n", i, i, i }'
            printf '</SEC-HEADER>\n<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<TEXT>\n'
            awk '/Exact name/ { exit } { print }' "$golden"
            awk -v n="$gn" 'BEGIN { for (i = 1; i <= n; i++)
                printf "Exact name of registrant as specified in its charter: REGISTRANT %d CORP\n\nState of incorporation: Delaware\n\n", i }'
            printf 'ITEM 5.  OTHER EVENTS.\n\n     Text.\n\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n'
        } >"$3" ;;
    sub-headings)
        {
            cover
            printf 'ITEM 7.  FINANCIAL STATEMENTS AND EXHIBITS.\n\n'
            awk -v n="$gn" 'BEGIN { for (i = 1; i <= n; i++)
                printf "     (c)  Exhibits number %d\n", i }'
            printf '\n'
            signature
        } >"$3" ;;
    wrapped-desc)
        {
            cover
            printf 'ITEM 7.  FINANCIAL STATEMENTS AND EXHIBITS.\n\n     (c)  Exhibits.\n\n'
            printf '          99.1   Press release of the Company, line 0\n'
            awk -v n="$gn" 'BEGIN { for (i = 1; i <= n; i++)
                printf "                 and its line %d\n", i }'
            printf '\n'
            signature
        } >"$3" ;;
    pem-cont)
        awk -v n="$gn" '
            { print }
            /^Originator-Key-Asymmetric:/ {
                for (i = 1; i <= n; i++)
                    printf " MFgwCgYEVQgBAQICAf8DSgAwRwJAW2sNKK9AVtBzYZmr6aGjl%07d\n", i
            }' "$pem_seed" >"$3" ;;
    *)
        echo "linear.sh: unknown case $1" >&2
        return 2 ;;
    esac
}

if [ "${1:-}" = --gen ]; then
    [ $# -eq 4 ] || { echo "usage: sh tests/linear.sh --gen CASE N FILE" >&2; exit 2; }
    gen "$2" "$3" "$4"
    exit
fi

# ---------------------------------------------------------------- runs

require_form8k
XSD=${XSD:-$top_srcdir/xsd/form8k.xsd}
[ -r "$XSD" ] || setup_fail "XSD=$XSD not found"
command -v xmllint >/dev/null 2>&1 || setup_fail "xmllint not found (install libxml2-utils)"

MIN_SECONDS=0.05
timeout_s=${LINEAR_TIMEOUT:-120}
tmo=
command -v timeout >/dev/null 2>&1 && tmo="timeout $timeout_s"
timer=
[ -x /usr/bin/time ] && timer=/usr/bin/time

make_tmp linear "${LINEAR_KEEP:-0}"

passed=0
failed=0

fail() {
    failed=$((failed + 1))
    echo "FAIL: $*"
}

# run CASE N: sets rc and secs (CPU seconds, user + system; wall time
# without /usr/bin/time).  The input stays in $tmp/CASE-N.
run() {
    in=$tmp/$1-$2
    gen "$1" "$2" "$in.txt" || setup_fail "cannot generate $1"
    if [ -n "$timer" ]; then
        $tmo $timer -o "$in.time" -f '%U %S %M' "$FORM8K" parse -q "$in.txt" \
            >"$in.xml" 2>"$in.err" </dev/null
        rc=$?
        secs=$(tail -n 1 "$in.time" | awk '{ print $1 + $2 }')
        rss=$(tail -n 1 "$in.time" | awk '{ print $3 }')
    else
        s=$(date +%s.%N)
        $tmo "$FORM8K" parse -q "$in.txt" >"$in.xml" 2>"$in.err" </dev/null
        rc=$?
        e=$(date +%s.%N)
        secs=$(awk "BEGIN { print $e - $s }")
        rss=-
    fi
}

# linear CASE N: N and 4N; both must exit 0 with valid XML.
linear() {
    name=$1 n=$2 n4=$(($2 * 4))
    run "$name" "$n"
    rc1=$rc t1=$secs r1=$rss
    run "$name" "$n4"
    rc4=$rc t4=$secs r4=$rss
    ratio=$(awk "BEGIN { t = $t1 < $MIN_SECONDS ? $MIN_SECONDS : $t1; printf \"%.1f\", $t4 / t }")
    printf '%-13s N=%-6s %6.2f s %8s KiB   4N %6.2f s %8s KiB   ratio %s (linear 4, quadratic 16)\n' \
        "$name" "$n" "$t1" "$r1" "$t4" "$r4" "$ratio"
    why=
    [ "$rc1" -eq 0 ] || why="exit $rc1 for N"
    [ "$rc4" -eq 0 ] || why="${why:+$why; }exit $rc4 for 4N"
    if [ -z "$why" ] && ! xmllint --noout --nonet --huge --schema "$XSD" \
            "$tmp/$name-$n4.xml" >/dev/null 2>&1; then
        why="the XML for 4N is not valid"
    fi
    awk "BEGIN { exit !($ratio < 8) }" ||
        why="${why:+$why; }CPU time grows with the square of the input ($ratio times for 4 times as much)"
    if [ -n "$why" ]; then
        fail "$name: $why"
        head -n 3 "$tmp/$name-$n4.err" | sed 's/^/    /'
        return 1
    fi
    passed=$((passed + 1))
}

# joined CASE N NEEDLE: the value joined from N lines is in the XML
# whole (NEEDLE: its last piece, after the first).
joined() {
    if grep -q "$3" "$tmp/$1-$2.xml"; then
        passed=$((passed + 1))
    else
        fail "$1: the value joined from $2 lines is not whole in the XML"
    fi
}

linear exhibits 20000
linear sub-exhibits 4000
linear sub-items 5000
linear sub-parties 1000
linear sub-headings 4000
if linear wrapped-desc 2000; then
    joined wrapped-desc 8000 '>Press release of the Company, line 0 and its line 1 and its line 2 .*and its line 8000<'
fi
if linear pem-cont 2000; then
    joined pem-cont 8000 '>MFgwCgYEVQgBAQICAf8DSgAwRwJAW2sNKK9AVtBzYZmr6aGjl0000001 MFgwCgYEVQgBAQICAf8DSgAwRwJAW2sNKK9AVtBzYZmr6aGjl0000002 .*l0008000 MFgwCgYEVQgBAQICAf8DSgAwRwJAW2sNKK9AVtBzYZmr6aGjlWyK3XmZv3dTINen<'
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
