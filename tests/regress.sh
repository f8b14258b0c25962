#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# tests/regress.sh - regression testing with the grammar (issue 14):
# form8k diff, regress, coverage and generate, and the generated filings
# read back: each one's parse must equal its expected XML.
#
# Any difference between a generated filing's parse and its expected XML
# fails: a bug of the generator or of form8k (README: keep the filing as a
# golden case once fixed).
#
# REGRESS_KEEP=1 keeps the temporary folder.  REGRESS_COUNT (200) and
# REGRESS_SEED (42) choose the generated set.
. "${top_srcdir:-$(dirname "$0")/..}/tests/common.sh"
require_form8k
make_tmp form8k-regress "${REGRESS_KEEP:-0}"
count=${REGRESS_COUNT:-200}
seed=${REGRESS_SEED:-42}
golden=$top_srcdir/tests/golden

# ------------------------------------------------------------------ diff
one=$golden/classic-three-column/expected.xml
sub=$golden/sub-sec-joint-binary/expected.xml

diff_same() {
    "$FORM8K" diff "$one" "$one" >"$tmp/out" 2>&1 && [ ! -s "$tmp/out" ] &&
    "$FORM8K" diff "$sub" "$sub" >"$tmp/out" 2>&1 && [ ! -s "$tmp/out" ]
}
check "diff: a file against itself exits 0, says nothing" diff_same

diff_renamed() {
    sed 's/\(<EntityRegistrantName[^>]*>\)[^<]*</\1RENAMED HOLDINGS INC.</' \
        "$one" >"$tmp/renamed.xml"
    "$FORM8K" diff "$one" "$tmp/renamed.xml" >"$tmp/out" 2>&1
    exit_is 1 $? &&
    grep -q '^Registrant\[1\]/EntityRegistrantName: .* -> RENAMED HOLDINGS INC\.$' "$tmp/out" &&
    [ "$(wc -l <"$tmp/out")" -eq 1 ] || { cat "$tmp/out"; return 1; }
}
check "diff: a renamed registrant is one change, named, exit 1" diff_renamed

diff_removed_item() {
    awk '/<Item number="7"/ { skip = 1 } !skip { print } /<\/Item>/ { skip = 0 }' \
        "$one" >"$tmp/noitem.xml"
    "$FORM8K" diff "$one" "$tmp/noitem.xml" >"$tmp/out" 2>&1
    exit_is 1 $? &&
    grep -q '^Item\[7\]: Financial Statements and Exhibits -> (absent)$' "$tmp/out" ||
        { cat "$tmp/out"; return 1; }
}
check "diff: a removed item is reported by its number, exit 1" diff_removed_item

diff_json() {
    "$FORM8K" diff --format=json "$one" "$tmp/renamed.xml" >"$tmp/out" 2>&1
    exit_is 1 $? &&
    grep -q '"path":"Registrant\[1\]/EntityRegistrantName","change":"changed"' "$tmp/out" &&
    grep -q '"count":1}' "$tmp/out" || { cat "$tmp/out"; return 1; }
}
check "diff --format=json" diff_json

diff_positions() {
    sed 's/line="\([0-9]*\)"/line="1\1"/' "$one" >"$tmp/moved.xml"
    "$FORM8K" diff "$one" "$tmp/moved.xml" >"$tmp/out" 2>&1 || return 1
    "$FORM8K" diff --positions "$one" "$tmp/moved.xml" >"$tmp/out" 2>&1
    exit_is 1 $? && grep -q '@line: ' "$tmp/out"
}
check "diff: positions only with --positions" diff_positions

diff_submission() {
    sed 's/\(<ConformedName[^>]*>\)NORTHERN PLAINS ENERGY CORP</\1ACME CORP</' \
        "$sub" >"$tmp/sub.xml"
    "$FORM8K" diff "$sub" "$tmp/sub.xml" >"$tmp/out" 2>&1
    exit_is 1 $? &&
    grep -q '^Header/Filer\[1\]/CompanyData/ConformedName: NORTHERN PLAINS ENERGY CORP -> ACME CORP$' "$tmp/out" ||
        { cat "$tmp/out"; return 1; }
}
check "diff: the submission shape (header fields by path)" diff_submission

# Paragraphs are matched by content (LCS): one inserted or removed is one
# change, the paragraphs after it unchanged; an edited one is one change.
diff_paragraphs() {
    awk 'index($0, "<Paragraph") && ++p == 2 {
             print "        <Paragraph line=\"48\" column=\"6\">An inserted paragraph.</Paragraph>" }
         { print }' "$one" >"$tmp/ins.xml"
    "$FORM8K" diff "$one" "$tmp/ins.xml" >"$tmp/out" 2>&1
    exit_is 1 $? && [ "$(wc -l <"$tmp/out")" -eq 1 ] &&
    grep -q '^Item\[5\]/Paragraph\[2\]: (absent) -> An inserted paragraph\.$' "$tmp/out" ||
        { cat "$tmp/out"; return 1; }
    "$FORM8K" diff "$tmp/ins.xml" "$one" >"$tmp/out" 2>&1
    exit_is 1 $? && [ "$(wc -l <"$tmp/out")" -eq 1 ] &&
    grep -q '^Item\[5\]/Paragraph\[2\]: An inserted paragraph\. -> (absent)$' "$tmp/out" ||
        { cat "$tmp/out"; return 1; }
    awk 'index($0, "<Paragraph") && ++p == 1 { next } { print }' "$one" >"$tmp/del.xml"
    "$FORM8K" diff "$one" "$tmp/del.xml" >"$tmp/out" 2>&1
    exit_is 1 $? && [ "$(wc -l <"$tmp/out")" -eq 1 ] &&
    grep -q '^Item\[5\]/Paragraph\[1\]: On March 14, 1997, .* -> (absent)$' "$tmp/out" ||
        { cat "$tmp/out"; return 1; }
    sed 's/will retire on June 30/shall retire on June 30/' "$one" >"$tmp/ed.xml"
    "$FORM8K" diff "$one" "$tmp/ed.xml" >"$tmp/out" 2>&1
    exit_is 1 $? && [ "$(wc -l <"$tmp/out")" -eq 1 ] &&
    grep -q '^Item\[5\]/Paragraph\[2\]: .*will retire.* -> .*shall retire' "$tmp/out" ||
        { cat "$tmp/out"; return 1; }
    "$FORM8K" diff --format=json "$one" "$tmp/ins.xml" >"$tmp/out" 2>&1
    exit_is 1 $? &&
    grep -q '"path":"Item\[5\]/Paragraph\[2\]","change":"added","old":null,"new":"An inserted paragraph."' "$tmp/out" ||
        { cat "$tmp/out"; return 1; }
}
check "diff: paragraphs matched by content, one inserted, removed or edited is one change" diff_paragraphs

# Bounded on hostile input: item 5 with N paragraphs on each side.  All
# different, 3000 x 3000 is past the LCS table's bound: paired by place
# (3000 changes); 60000 with one inserted first is one change (the common
# last paragraphs paired in linear time).  Each well within the timeout.
paras_xml() { # paras_xml OUT N SKIP_FIRST PREFIX
    awk -v n="$2" -v skip="$3" -v pre="$4" '
        index($0, "<Paragraph") && !done {
            for (i = 1; i <= n; i++)
                if (i > skip) printf "        <Paragraph>%s %d</Paragraph>\n", pre, i
            done = 1
        }
        index($0, "<Paragraph") && ++p <= 2 { next }
        { print }' "$one" >"$1"
}
diff_paragraphs_bounded() {
    paras_xml "$tmp/p1.xml" 3000 0 old && paras_xml "$tmp/p2.xml" 3000 0 new &&
    timeout 60 "$FORM8K" diff "$tmp/p1.xml" "$tmp/p2.xml" >"$tmp/out" 2>&1
    exit_is 1 $? && [ "$(wc -l <"$tmp/out")" -eq 3000 ] &&
    grep -q '^Item\[5\]/Paragraph\[3000\]: old 3000 -> new 3000$' "$tmp/out" ||
        { head -3 "$tmp/out"; return 1; }
    paras_xml "$tmp/p1.xml" 60000 0 same && paras_xml "$tmp/p2.xml" 60000 1 same &&
    timeout 60 "$FORM8K" diff "$tmp/p1.xml" "$tmp/p2.xml" >"$tmp/out" 2>&1
    exit_is 1 $? && [ "$(wc -l <"$tmp/out")" -eq 1 ] &&
    grep -q '^Item\[5\]/Paragraph\[1\]: same 1 -> (absent)$' "$tmp/out" ||
        { head -3 "$tmp/out"; return 1; }
}
check "diff: paragraph matching bounded (no table past the bound, common ends in linear time)" diff_paragraphs_bounded

diff_usage() {
    "$FORM8K" diff "$one" >/dev/null 2>&1; exit_is 2 $? || return 1
    "$FORM8K" diff "$one" "$tmp/none.xml" >/dev/null 2>&1; exit_is 2 $? || return 1
    "$FORM8K" diff "$one" "$golden/classic-three-column/input.txt" >/dev/null 2>&1
    exit_is 2 $?
}
check "diff: usage and unreadable input exit 2" diff_usage

# --------------------------------------------------------------- regress
mkdir "$tmp/in"
for d in "$golden"/*/; do
    n=$(basename "$d")
    for f in "$d"input.txt "$d"input.htm; do
        [ -f "$f" ] && cp "$f" "$tmp/in/$n.${f##*.}"
    done
done

regress_clean() {
    "$FORM8K" parse -q -j 2 --out "$tmp/base" "$tmp/in" 2>/dev/null
    "$FORM8K" regress -j 2 --baseline "$tmp/base" "$tmp/in" >"$tmp/out" 2>&1
    exit_is 0 $? && grep -q ' 0 changed, 0 new, 0 missing' "$tmp/out" ||
        { cat "$tmp/out"; return 1; }
}
check "regress: a corpus against its own baseline exits 0" regress_clean

regress_changed() {
    sed 's/\(<EntityFileNumber[^>]*>\)[^<]*</\1000-99999</' \
        "$tmp/base/check-boxes.xml" >"$tmp/x" && mv "$tmp/x" "$tmp/base/check-boxes.xml"
    "$FORM8K" regress -j 2 --baseline "$tmp/base" --junit "$tmp/junit.xml" \
        "$tmp/in" >"$tmp/out" 2>&1
    exit_is 1 $? &&
    grep -q '^changed    check-boxes.xml (1 change)' "$tmp/out" &&
    grep -q 'Registrant/EntityFileNumber$' "$tmp/out" &&
    grep -q '<failure type="changed" message="Registrant\[1\]/EntityFileNumber: 000-99999 -&gt; 0-31288">Registrant\[1\]/EntityFileNumber<' "$tmp/junit.xml" &&
    xmllint --noout "$tmp/junit.xml" || { cat "$tmp/out"; return 1; }
    # the counts CI reads, on <testsuites> and <testsuite>: one file of
    # the golden set failed, none errored or was skipped
    n=$(ls "$tmp/in" | wc -l)
    for el in testsuites testsuite; do
        grep -q "<$el name=\"form8k regress\" tests=\"$n\" failures=\"1\" errors=\"0\" skipped=\"0\" time=\"[0-9.]*\"" \
            "$tmp/junit.xml" || { grep "<$el " "$tmp/junit.xml"; return 1; }
    done
    [ "$(grep -c '<testcase ' "$tmp/junit.xml")" -eq "$n" ]
}
check "regress: one changed field exits 1, named in the table and the JUnit failure; JUnit counts" regress_changed

# A long value is shown cut at 80 bytes, between characters: an "é"
# across the cut is left out whole (it was cut in two, the byte after
# the copy read uninitialised).
regress_long_value() {
    long=$(printf 'A%.0s' $(seq 79))
    sed "s/\(<EntityRegistrantName[^>]*>\)[^<]*</\1${long}éBBB</" \
        "$tmp/base/heading-variants.xml" >"$tmp/x" && mv "$tmp/x" "$tmp/base/heading-variants.xml"
    "$FORM8K" regress -j 2 --baseline "$tmp/base" "$tmp/in" >"$tmp/out" 2>&1
    exit_is 1 $? &&
    grep -q "EntityRegistrantName: ${long}\.\.\. -> " "$tmp/out" || { cat "$tmp/out"; return 1; }
}
check "regress: a long value is cut at 80 bytes between characters" regress_long_value

regress_update() {
    "$FORM8K" regress -q -j 2 --update --baseline "$tmp/base" "$tmp/in" >/dev/null 2>&1 &&
    "$FORM8K" regress -q -j 2 --baseline "$tmp/base" "$tmp/in" >/dev/null 2>&1
}
check "regress --update: the baseline is then current" regress_update

regress_new_missing() {
    mv "$tmp/base/joint-filing.xml" "$tmp/base/gone.xml"
    "$FORM8K" regress -j 2 --baseline "$tmp/base" "$tmp/in" >"$tmp/out" 2>&1
    exit_is 1 $? && grep -q '^new        joint-filing.xml' "$tmp/out" &&
    grep -q '^missing    gone.xml' "$tmp/out" || { cat "$tmp/out"; return 1; }
}
check "regress: new and missing files" regress_new_missing

# The public corpus, when it is there: its own baseline, then regress.
corpus=$top_srcdir/../shared/corpus/filings
if [ -d "$corpus" ]; then
    regress_corpus() {
        "$FORM8K" parse -q -j 2 --out "$tmp/cbase" "$corpus" 2>/dev/null
        "$FORM8K" regress -q -j 2 --baseline "$tmp/cbase" "$corpus" >"$tmp/out" 2>/dev/null
        exit_is 0 $? || { cat "$tmp/out"; return 1; }
    }
    check "regress: ../shared/corpus against its baseline exits 0" regress_corpus
fi

# -------------------------------------------------------------- coverage
coverage_json() {
    "$FORM8K" coverage --format=json "$tmp/in" >"$tmp/cov.json" 2>/dev/null || return 1
    grep -q '"unexercised":\[' "$tmp/cov.json" &&
    grep -q '"name":"filing: cover body"' "$tmp/cov.json" &&
    grep -q '"name":"CAPTION","line":[0-9]*' "$tmp/cov.json" &&
    grep -q '"file":"sub.y"' "$tmp/cov.json"
}
check "coverage --format=json names the grammar's rules and productions" coverage_json

# -------------------------------------------------------------- generate
"$FORM8K" generate --seed "$seed" --count "$count" --out "$tmp/gen" ||
    setup_fail "form8k generate failed"

generate_same() {
    "$FORM8K" generate --seed "$seed" --count 20 --out "$tmp/gen2" &&
    for f in "$tmp/gen2"/*; do cmp -s "$f" "$tmp/gen/$(basename "$f")" || return 1; done
}
check "generate: the same seed gives the same files" generate_same

generate_valid() {
    n=$(ls "$tmp/gen"/*.expected.xml | wc -l)
    [ "$n" -eq "$count" ] || return 1
    xmllint --noout --schema "$XSD" "$tmp/gen"/*.expected.xml 2>"$tmp/out" ||
        { grep -v validates "$tmp/out" | head; return 1; }
}
check "generate: $count filings, every expected XML schema-valid" generate_valid

generate_submissions() {
    n=$(grep -l '<Submission ' "$tmp/gen"/*.expected.xml | wc -l)
    [ "$n" -eq $((count / 5)) ] || { echo "  $n submission files"; return 1; }
    for d in SEC-DOCUMENT IMS-DOCUMENT SUBMISSION DOCUMENT; do
        cat "$tmp/gen"/*.expected.xml | grep -q "<Submission dialect=\"$d\"" ||
            { echo "  no $d submission"; return 1; }
    done
    "$FORM8K" generate --seed "$seed" --count 3 --kind=submission --out "$tmp/gens" &&
    [ "$(grep -l '<Submission ' "$tmp/gens"/*.expected.xml | wc -l)" -eq 3 ] &&
    "$FORM8K" generate --seed "$seed" --count 5 --kind=8k --out "$tmp/gen8" &&
    ! grep -q '<Submission ' "$tmp/gen8"/*.expected.xml
}
check "generate: every fifth filing a submission file, each dialect; --kind" generate_submissions

generated_read_back() {
    bad=0
    for t in "$tmp/gen"/*.txt; do
        b=${t%.txt}
        if ! "$FORM8K" parse -q "$t" >"$b.xml" 2>"$tmp/err"; then
            echo "  $(basename "$t"): parse failed: $(head -1 "$tmp/err")"
            bad=$((bad + 1))
            continue
        fi
        "$FORM8K" diff "$b.expected.xml" "$b.xml" >"$tmp/d" 2>&1 && continue
        echo "  $(basename "$t"):"
        sed 's/^/    /' "$tmp/d" | head -5
        bad=$((bad + 1))
    done
    echo "  $count generated filings: $((count - bad)) equal to their expected XML, $bad failed"
    [ "$bad" -eq 0 ]
}
check "generate: each filing's parse equals its expected XML (form8k diff)" generated_read_back

# Coverage of the generated set: every scanner rule and every production
# of both grammars is exercised - scan.l and parse.y by the 8-K documents,
# error productions included (lines of noise in the cover, an item, a
# signature block, an exhibit index), sub.l and sub.y by the submission
# files (every fifth filing: each dialect, PEM wrappers, binaries, and the
# container's faults); the rules marked "unreachable:" (flex's nodefault
# proof) stay unreached.
generate_coverage() {
    "$FORM8K" coverage --format=json "$tmp/gen" >"$tmp/gcov.json" || return 1
    "$FORM8K" coverage "$tmp/gen" >"$tmp/gcov.txt" || return 1
    sed -n '/^unexercised:/,/^$/p' "$tmp/gcov.txt" |
        grep -E '^  (scan\.l|parse\.y|sub\.l|sub\.y): ' >"$tmp/unex"
    sed -n '/^reached_unreachable:/,$p' "$tmp/gcov.txt" >"$tmp/reached"
    grep -q '"unexercised":\[' "$tmp/gcov.json" &&
    grep -q '^reached_unreachable: none$' "$tmp/reached" &&
    [ ! -s "$tmp/unex" ] || { cat "$tmp/unex" "$tmp/reached"; return 1; }
}
check "coverage over the generated set: every rule of scan.l and sub.l, every production of parse.y and sub.y" generate_coverage

# A generated folder holds each filing's NAME.expected.xml (and here its
# parse, NAME.xml, from the read-back above): form8k's own XML, counted
# apart, not as inputs - a FILE named too.
coverage_own_xml() {
    own=$((2 * count))
    grep -q "^{\"inputs\":$count,\"parsed\":$count,\"form8k_xml\":$own," "$tmp/gcov.json" &&
    grep -q "^coverage of $count inputs ($count parsed as Form 8-K; $own files of form8k's own XML not counted)$" "$tmp/gcov.txt" &&
    "$FORM8K" coverage --format=json "$tmp/gen/f8k-$seed-0004.expected.xml" >"$tmp/out" &&
    grep -q '^{"inputs":0,"parsed":0,"form8k_xml":1,' "$tmp/out" &&
    "$FORM8K" coverage --format=json "$tmp/gen/f8k-$seed-0004.txt" >"$tmp/out" &&
    grep -q '^{"inputs":1,"parsed":1,"form8k_xml":0,' "$tmp/out" || { head -c 300 "$tmp/gcov.json"; return 1; }
}
check "coverage: form8k's own XML (NAME.expected.xml) is not counted as an input" coverage_own_xml

generate_html() {
    "$FORM8K" generate --seed 7 --count 20 --format=html --out "$tmp/genh" || return 1
    bad=0
    # the 8-K documents (.htm) and the submission files around them (.txt)
    [ "$(ls "$tmp/genh"/*.txt | wc -l)" -eq 4 ] || return 1
    for t in "$tmp/genh"/*.htm "$tmp/genh"/*.txt; do
        b=${t%.*}
        "$FORM8K" parse -q "$t" >"$b.xml" 2>/dev/null &&
            "$FORM8K" diff "$b.expected.xml" "$b.xml" >"$tmp/d" 2>&1 ||
            bad=$((bad + 1))
    done
    [ "$bad" -eq 0 ]
}
check "generate --format=html: read back through the HTML front end" generate_html

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
