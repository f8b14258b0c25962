#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# run.sh - "make bench": throughput of form8k, stage by stage, and of the
# command in batch mode; writes BENCHMARKS.md.
#
# Input sets, each about BENCH_MB MB of separate filings, cycling through
# different real filings (one repeated file would flatter the scanner):
#   bodies       the plain-text 8-K documents of the corpus's full
#                submissions (the TEXT of the first DOCUMENT of TYPE 8-K)
#   submissions  the corpus's whole submission .txt files
#   small        10,000 (and 1,000) of the smallest bodies, for files/s
#                and for peak RSS against the number of files
#   html         the corpus's HTML 8-K documents (filings/*_primary.htm,
#                read in place through symbolic links): the HTML front
#                end's stages (SAX parse + render, grammar, passes, XML,
#                validation) and the command in batch mode at -j1 and
#                -j2; skipped without ../shared/corpus
# Without ../shared/corpus the sets are synthetic: the golden inputs of
# tests/ in many variants (paragraphs repeated, names and numbers
# changed), and the same wrapped in a submission envelope.
#
# Environment (make bench sets all but the last three):
#   BENCH         bench/f8k_bench (stages in process; runs a command and
#                 reports its wall time and peak RSS)
#   FORM8K_BENCH  the command, built like BENCH (-O2 -DNDEBUG)
#   top_srcdir    the source tree
#   BENCH_MB      size of each set in MB (default 200)
#   BENCH_OUT     the report (default $top_srcdir/BENCHMARKS.md)
#   SHARED        the shared folder (default $top_srcdir/../shared)
#   BENCH_REPS    repetitions of each in-process stage; the fastest counts
#                 (default 1)
#   TMPDIR        where the sets are made (removed at the end)
#   BENCH_OUTDIR  where the batch runs write their XML (default: a folder
#                 in /dev/shm when there is one, so that the rows measure
#                 form8k rather than the disk: creating a file costs
#                 0.3-0.7 ms of kernel time on some virtual disks, more
#                 than converting a small filing).  One extra row writes
#                 to TMPDIR, for the disk's share.

LC_ALL=C
export LC_ALL
set -u

fail() { echo "bench: $*" >&2; exit 1; }

: "${BENCH:?BENCH is not set (run make bench)}"
: "${FORM8K_BENCH:?FORM8K_BENCH is not set (run make bench)}"
: "${top_srcdir:?top_srcdir is not set}"
BENCH_MB=${BENCH_MB:-200}
BENCH_OUT=${BENCH_OUT:-$top_srcdir/BENCHMARKS.md}
SHARED=${SHARED:-$top_srcdir/../shared}
BENCH_REPS=${BENCH_REPS:-1}
corpus=$SHARED/corpus
target=$((BENCH_MB * 1000000))

work=$(mktemp -d "${TMPDIR:-/tmp}/f8kbench.XXXXXX") || fail "mktemp failed"
if [ -n "${BENCH_OUTDIR:-}" ]; then
    outdir=$BENCH_OUTDIR/f8kbench-out.$$
elif [ -d /dev/shm ] && [ -w /dev/shm ]; then
    outdir=/dev/shm/f8kbench-out.$$
else
    outdir=$work/out
fi
trap 'rm -rf "$work" "$outdir"' EXIT
trap 'exit 1' HUP INT TERM
results=$work/results.tsv
: > "$results"

# ---------------------------------------------------------------- sources
# extract_body SUBMISSION: the TEXT of its first DOCUMENT of TYPE 8-K.
extract_body() {
    awk '
    /^<DOCUMENT>/ { indoc = 1; type = ""; next }
    indoc && /^<TYPE>/ { t = $0; sub(/^<TYPE>[ \t]*/, "", t)
                         sub(/[ \t\r]*$/, "", t); type = toupper(t) }
    indoc && /^<TEXT>/ { if (type == "8-K" || type == "8-K/A") intext = 1; next }
    intext && /^<\/TEXT>/ { exit }
    intext { print }
    /^<\/DOCUMENT>/ { indoc = 0 }' "$1"
}

# synth_variants N OUTDIR: N varied filings made from the golden inputs.
synth_variants() {
    n=0
    while [ "$n" -lt "$1" ]; do
        for g in "$top_srcdir"/tests/golden/*/input.txt; do
            [ "$n" -lt "$1" ] || break
            awk -v v="$n" '
            { line = $0
              # Vary names and numbers so that no two filings are alike.
              gsub(/INC\./, "INC. " v % 97, line)
              print line
              # Repeat body paragraphs a varying number of times.
              if (length(line) > 60 && line !~ /[A-Z][A-Z][A-Z][A-Z]/)
                  for (k = 0; k < (v * 7 + NR) % 4; k++) print line
            }' "$g" > "$2/synth-$n.txt"
            n=$((n + 1))
        done
    done
}

src_bodies=$work/src/bodies
src_subs=$work/src/submissions
mkdir -p "$src_bodies" "$src_subs"
if [ -f "$corpus/MANIFEST.tsv" ] && [ -d "$corpus/filings" ]; then
    origin="real EDGAR filings of ../shared/corpus"
    # Bodies: the full submissions whose 8-K document is plain text.
    awk -F'\t' 'NR > 1 && $5 == "full-submission-text" && $10 == "text" { print $1 }' \
        "$corpus/MANIFEST.tsv" |
    while read -r f; do
        extract_body "$corpus/filings/$f" > "$src_bodies/$f"
        [ -s "$src_bodies/$f" ] || rm -f "$src_bodies/$f"
    done
    # Submissions: every whole submission (text and HTML 8-K bodies).
    awk -F'\t' 'NR > 1 && $5 ~ /^full-submission/ { print $1 }' \
        "$corpus/MANIFEST.tsv" |
    while read -r f; do
        ln -s "$corpus/filings/$f" "$src_subs/$f"
    done
else
    origin="synthetic filings (../shared/corpus not found): variants of tests/golden"
    synth_variants 400 "$src_bodies"
    for f in "$src_bodies"/*; do
        b=$(basename "$f")
        { printf '<SEC-DOCUMENT>%s\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t8-K\n</SEC-HEADER>\n' "$b"
          printf '<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<TEXT>\n'
          cat "$f"
          printf '</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n'; } > "$src_subs/$b"
    done
fi
# HTML: symbolic links to the corpus's HTML 8-K documents (none: skipped)
src_html=$work/src/html
mkdir -p "$src_html"
for f in "$corpus"/filings/*_primary.htm; do
    [ -f "$f" ] && ln -s "$f" "$src_html/${f##*/}"
done
n_html=$(ls "$src_html" | wc -l)
n_bodies=$(ls "$src_bodies" | wc -l)
n_subs=$(ls "$src_subs" | wc -l)
[ "$n_bodies" -gt 0 ] && [ "$n_subs" -gt 0 ] || fail "no input filings"

# assemble SRC SET BYTES: SET/rNNNNN/ copies of all of SRC (hard links,
# one command per round) until SET holds BYTES.
assemble() {
    per=$(cat "$1"/* | wc -c)
    rounds=$(( ($3 + per - 1) / per ))
    r=0
    while [ "$r" -lt "$rounds" ]; do
        d=$2/$(printf 'r%05d' "$r")
        mkdir -p "$d"
        ln -L "$1"/* "$d"/ 2>/dev/null || cp -L "$1"/* "$d"/ ||
            fail "cannot fill $d"
        r=$((r + 1))
    done
    find "$2" -type f | sort > "$2.list"
}

# assemble_links SRC SET BYTES: as assemble, with symbolic links to the
# files SRC's links point to (so that they are read where they are).
assemble_links() {
    per=$(cat "$1"/* | wc -c)
    rounds=$(( ($3 + per - 1) / per ))
    r=0
    while [ "$r" -lt "$rounds" ]; do
        d=$2/$(printf 'r%05d' "$r")
        mkdir -p "$d"
        for f in "$1"/*; do
            ln -s "$(readlink "$f")" "$d/${f##*/}" || fail "cannot fill $d"
        done
        r=$((r + 1))
    done
    find -L "$2" -type f | sort > "$2.list"
}

# ------------------------------------------------------------------ runs
# bench_set NAME SRC: stages in process, floors, batch -j1 and -j2.
bench_set() {
    set_dir=$work/set/$1
    assemble "$2" "$set_dir" "$target"
    echo "bench: $1: $(wc -l < "$set_dir.list") filings, stages" >&2
    "$BENCH" stages "$1" "$set_dir.list" "$BENCH_REPS" >> "$results" ||
        fail "f8k_bench stages $1 failed"
    # Warm the page cache so that no run pays for the disk.
    find "$set_dir" -type f -print0 | xargs -0 cat > /dev/null
    "$BENCH" run "$1 cat" sh -c 'find "$1" -type f -print0 | xargs -0 cat > /dev/null' \
        sh "$set_dir" >> "$results"
    "$BENCH" run "$1 wc-l" sh -c 'find "$1" -type f -print0 | xargs -0 wc -l > /dev/null' \
        sh "$set_dir" >> "$results"
    for j in j1 j2 disk; do
        echo "bench: $1: form8k parse -j $j --out" >&2
        out=$outdir jobs=${j#j}
        if [ "$j" = disk ]; then out=$work/out jobs=2; fi
        rm -rf "$out"
        "$BENCH" run "$1 batch-$j" "$FORM8K_BENCH" parse -q -j "$jobs" \
            --out "$out" "$set_dir" >> "$results" 2> "$work/batch.err"
        ok=$(grep -c '"status":"ok"' "$out/index.jsonl")
        printf 'batchok\t%s\tbatch-%s\t%s\n' "$1" "$j" "$ok" >> "$results"
        rm -rf "$out"
    done
    rm -rf "$set_dir"
}

bench_set bodies "$src_bodies"
bench_set submissions "$src_subs"

# html: the HTML front end's stages, floors, batch -j1 and -j2.
if [ "$n_html" -gt 0 ]; then
    set_dir=$work/set/html
    assemble_links "$src_html" "$set_dir" "$target"
    echo "bench: html: $(wc -l < "$set_dir.list") HTML filings, stages" >&2
    "$BENCH" stages html "$set_dir.list" "$BENCH_REPS" html >> "$results" ||
        fail "f8k_bench stages html failed"
    find -L "$set_dir" -type f -print0 | xargs -0 cat > /dev/null
    "$BENCH" run "html cat" sh -c 'find -L "$1" -type f -print0 | xargs -0 cat > /dev/null' \
        sh "$set_dir" >> "$results"
    for j in j1 j2; do
        echo "bench: html: form8k parse -j ${j#j} --out" >&2
        rm -rf "$outdir"
        "$BENCH" run "html batch-$j" "$FORM8K_BENCH" parse -q -j "${j#j}" \
            --out "$outdir" "$set_dir" >> "$results" 2> "$work/batch.err"
        ok=$(grep -c '"status":"ok"' "$outdir/index.jsonl")
        printf 'batchok\thtml\tbatch-%s\t%s\n' "$j" "$ok" >> "$results"
        rm -rf "$outdir"
    done
    rm -rf "$set_dir"
fi

# small: the smallest bodies, N files each, batch on two cores.
small_src=$work/src/small
mkdir -p "$small_src"
ls -S "$src_bodies" | tail -n 20 | while read -r f; do
    ln -L "$src_bodies/$f" "$small_src/$f" 2>/dev/null || cp "$src_bodies/$f" "$small_src/$f"
done
per_small=$(ls "$small_src" | wc -l)
for n in 1000 10000; do
    d=$work/small$n
    r=0
    while [ $((r * per_small)) -lt "$n" ]; do
        mkdir -p "$d/$(printf 'r%05d' "$r")"
        ln "$small_src"/* "$d/$(printf 'r%05d' "$r")"/ 2>/dev/null ||
            cp "$small_src"/* "$d/$(printf 'r%05d' "$r")"/
        r=$((r + 1))
    done
    count=$(find "$d" -type f | wc -l)
    bytes=$(find "$d" -type f -print0 | xargs -0 cat | wc -c)
    printf 'small\t%s\t%s\t%s\n' "$n" "$count" "$bytes" >> "$results"
    echo "bench: $count small filings, form8k parse -j 2 --out" >&2
    rm -rf "$outdir"
    "$BENCH" run "small$n batch-j2" "$FORM8K_BENCH" parse -q -j 2 \
        --out "$outdir" "$d" >> "$results" 2> "$work/batch.err"
    rm -rf "$outdir" "$d"
done

# memory: one large input per kind through the command, peak RSS against
# its size (the documented bound of a parse, README "Limits").
#   mem-bodies  8-K bodies one after another in one file (BENCH_MB / 4)
#   mem-subs    the largest submission file, whole
mem_in=$work/mem
mkdir -p "$mem_in"
ls "$src_bodies" | while read -r f; do cat "$src_bodies/$f"; done > "$mem_in/one"
: > "$mem_in/bodies"
while [ "$(wc -c < "$mem_in/bodies")" -lt $((target / 4)) ]; do
    cat "$mem_in/one" >> "$mem_in/bodies"
done
cp "$src_subs/$(ls -S "$src_subs" | head -n 1)" "$mem_in/subs"
for k in bodies subs; do
    echo "bench: one large input ($k), peak RSS" >&2
    printf 'membytes\t%s\t%s\n' "$k" "$(wc -c < "$mem_in/$k")" >> "$results"
    "$BENCH" run "mem-$k one" "$FORM8K_BENCH" parse -q -o "$mem_in/out.xml" \
        "$mem_in/$k" >> "$results" 2> /dev/null
    printf 'memxml\t%s\t%s\n' "$k" "$(wc -c < "$mem_in/out.xml" 2>/dev/null || echo 0)" >> "$results"
done
rm -rf "$mem_in"

# ---------------------------------------------------------------- report
commit=$(cd "$top_srcdir" && git rev-parse --short HEAD 2>/dev/null) || commit=unknown
if [ "$commit" != unknown ] &&
   [ -n "$(cd "$top_srcdir" && git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
    commit="$commit (with uncommitted changes)"
fi
cpu=$(sed -n 's/^model name[ \t]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
ncpu=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')
mem=$(awk '/^MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
xml2=$(pkg-config --modversion libxml-2.0 2>/dev/null || echo '?')
ccv=$(${CC:-cc} --version 2>/dev/null | head -n 1)

awk -F'\t' -v date="$(date -u '+%Y-%m-%d %H:%M UTC')" -v commit="$commit" \
    -v cpu="${cpu:-unknown}" -v ncpu="$ncpu" -v mem="$mem" -v load="$load" \
    -v kernel="$(uname -sr)" -v xml2="$xml2" -v ccv="$ccv" -v origin="$origin" \
    -v mb="$BENCH_MB" -v reps="$BENCH_REPS" -v outwhere="$(df -P "$(dirname "$outdir")" 2>/dev/null | awk 'NR == 2 { print $1 }') at $(dirname "$outdir")" -v profile="$top_srcdir/bench/profile.md" '
function mbs(bytes, secs) { return secs > 0 ? bytes / 1e6 / secs : 0 }
function fmt(x) { return x >= 100 ? sprintf("%.0f", x) : sprintf("%.1f", x) }
# The cells of one set in a row of T seconds: MB/s, filings/s, x cat, ok.
function cells(set, t, ok) {
    return " " fmt(mbs(sb[set], t)) " | " fmt(t > 0 ? sf[set] / t : 0) " | " \
           fmt(rt[set, "cat"] > 0 ? t / rt[set, "cat"] : 0) " | " ok " |"
}
$1 == "stage" { sb[$2] = $5; sf[$2] = $4; st[$2, $3] = $6; sok[$2, $3] = $7; sn[$2, $3] = $4 }
$1 == "rss" { rss[$2] = $3 }
$1 == "run" { split($2, p, " "); rt[p[1], p[2]] = $3; rr[p[1], p[2]] = $4; rx[p[1], p[2]] = $5 }
$1 == "batchok" { bok[$2, $3] = $4 }
$1 == "small" { smn[$2] = $3; smb[$2] = $4 }
$1 == "membytes" { mb_in[$2] = $3 }
$1 == "memxml" { mb_xml[$2] = $3 }
END {
    print "# form8k benchmarks"
    print ""
    print "Written by `make bench` (bench/run.sh); do not edit by hand."
    print ""
    print "- date: " date
    print "- commit: " commit
    print "- machine: " cpu ", " ncpu " online CPUs, " mem "; " kernel "; load average at the end " load
    print "- build: " ccv ", -O2 -DNDEBUG; libxml2 " xml2
    print "- input: " origin "; each set about " mb " MB of separate filings held in memory (stages) or files (command, floors), cycling through different filings; in-process stages best of " reps
    print ""
    print "Each stage includes the ones above it.  MB/s and filings/s are over the"
    print "input bytes; \"x cat\" is how many times the time of `cat` over the same"
    print "files (`find | xargs cat > /dev/null`, page cache warm) the row takes."
    print "\"ok\" counts the filings that stage accepted."
    print ""
    split("bodies submissions", sets, " ")
    print "| measure | 8-K bodies MB/s | filings/s | x cat | ok | submissions MB/s | filings/s | x cat | ok |"
    print "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    n = split("clean scan parse passes xml xml+valid validate", stg, " ")
    label["clean"] = "text cleaning alone"
    label["scan"] = "scanner (clean + flex)"
    label["parse"] = "scanner + parser"
    label["passes"] = "+ AST passes (f8k_parse_ex)"
    label["xml"] = "+ XML written (f8k_xml_write), not validated"
    label["validate"] = "schema validation alone (streaming; derived: the row above less \"+ XML written\")"
    label["xml+valid"] = "+ XML + in-process schema validation (end to end, 1 core)"
    for (i = 1; i <= n; i++) {
        s = stg[i]; line = "| " label[s] " |"
        for (k = 1; k <= 2; k++) {
            set = sets[k]
            if (s == "validate") { t = st[set, "xml+valid"] - st[set, "xml"]; ok = "" }
            else { t = st[set, s]; ok = sok[set, s] }
            line = line cells(set, t, ok)
        }
        print line
    }
    m = split("batch-j1 batch-j2 batch-disk cat wc-l", cmd, " ")
    label["batch-j1"] = "`form8k parse -j 1 --out DIR` (whole command, files; DIR " outwhere ")"
    label["batch-j2"] = "`form8k parse -j 2 --out DIR`"
    label["batch-disk"] = "`form8k parse -j 2 --out DIR`, DIR on the disk of TMPDIR"
    label["cat"] = "floor: `cat`"
    label["wc-l"] = "floor: `wc -l`"
    for (i = 1; i <= m; i++) {
        c = cmd[i]; line = "| " label[c] " |"
        for (k = 1; k <= 2; k++) {
            set = sets[k]; t = rt[set, c]
            line = line cells(set, t, c ~ /^batch/ ? bok[set, c] : "")
        }
        print line
    }
    print ""
    print "Filings per set: 8-K bodies " sf["bodies"] " (" fmt(sb["bodies"] / 1e6) " MB), submissions " sf["submissions"] " (" fmt(sb["submissions"] / 1e6) " MB)."
    print ""
    print "Peak RSS (KB):"
    print ""
    print "| run | bodies | submissions |"
    print "|---|---:|---:|"
    print "| f8k_bench stages (all inputs held in memory, one XML at a time) | " rss["bodies"] " | " rss["submissions"] " |"
    print "| `form8k parse -j 1 --out DIR` | " rr["bodies", "batch-j1"] " | " rr["submissions", "batch-j1"] " |"
    print "| `form8k parse -j 2 --out DIR` | " rr["bodies", "batch-j2"] " | " rr["submissions", "batch-j2"] " |"
    print ""
    print "Small filings, `form8k parse -j 2 --out DIR` over a folder of N files"
    print "(the smallest plain-text bodies, cycled):"
    print ""
    print "| files | MB | seconds | filings/s | peak RSS (KB) |"
    print "|---:|---:|---:|---:|---:|"
    for (nn = 1000; nn <= 10000; nn *= 10) {
        t = rt["small" nn, "batch-j2"]
        print "| " smn[nn] " | " fmt(smb[nn] / 1e6) " | " sprintf("%.2f", t) " | " fmt(t > 0 ? smn[nn] / t : 0) " | " rr["small" nn, "batch-j2"] " |"
    }
    print ""
    print "One large input through `form8k parse -o FILE` (peak RSS against the"
    print "size of the input; the bound a parse promises is in README, Limits):"
    print ""
    print "| input | MB | XML MB | seconds | peak RSS (MB) | RSS / input |"
    print "|---|---:|---:|---:|---:|---:|"
    mlabel["bodies"] = "8-K bodies one after another, one file"
    mlabel["subs"] = "the largest submission file"
    for (k = 1; k <= 2; k++) {
        kk = k == 1 ? "bodies" : "subs"
        b = mb_in[kk]; r = rr["mem-" kk, "one"]
        print "| " mlabel[kk] " | " fmt(b / 1e6) " | " fmt(mb_xml[kk] / 1e6) " | " sprintf("%.2f", rt["mem-" kk, "one"]) " | " fmt(r / 1024) " | " (b > 0 ? sprintf("%.1fx", r * 1024 / b) : "") " |"
    }
    print ""
    print "## HTML 8-K documents"
    print ""
    if (sf["html"] == 0) {
        print "Skipped: no HTML 8-K documents (../shared/corpus/filings/*_primary.htm not found)."
    } else {
        print "The HTML 8-K documents of the corpus (`filings/*_primary.htm`, read in place), " sf["html"] " filings (" fmt(sb["html"] / 1e6) " MB),"
        print "through the HTML front end (`F8K_MODE_HTML`).  Each stage includes the ones above it."
        print ""
        print "| measure | MB/s | filings/s | x cat | ok |"
        print "|---|---:|---:|---:|---:|"
        n = split("clean render grammar passes xml xml+valid validate", hst, " ")
        hl["clean"] = "text cleaning alone"
        hl["render"] = "+ SAX parse and render (libxml2 HTML parser, layout into lines, source map, inline XBRL facts)"
        hl["grammar"] = "+ grammar (scanner + parser over the rendered lines)"
        hl["passes"] = "+ AST passes, positions mapped back into the HTML, inline XBRL check (f8k_parse_ex)"
        hl["xml"] = "+ XML written (f8k_xml_write), not validated"
        hl["xml+valid"] = "+ XML + in-process schema validation (end to end, 1 core)"
        hl["validate"] = "schema validation alone (derived: the row above less \"+ XML written\")"
        for (i = 1; i <= n; i++) {
            s = hst[i]
            if (s == "validate") { t = st["html", "xml+valid"] - st["html", "xml"]; ok = "" }
            else { t = st["html", s]; ok = sok["html", s] }
            print "| " hl[s] " |" cells("html", t, ok)
        }
        print "| `form8k parse -j 1 --out DIR` (whole command, files) |" cells("html", rt["html", "batch-j1"], bok["html", "batch-j1"])
        print "| `form8k parse -j 2 --out DIR` |" cells("html", rt["html", "batch-j2"], bok["html", "batch-j2"])
        print "| floor: `cat` |" cells("html", rt["html", "cat"], "")
        hsp = rt["html", "batch-j2"] > 0 ? rt["html", "batch-j1"] / rt["html", "batch-j2"] : 0
        print ""
        print "Batch speed-up, two cores over one: " sprintf("%.2fx", hsp) "; peak RSS -j 1 " rr["html", "batch-j1"] " KB, -j 2 " rr["html", "batch-j2"] " KB, stages (all inputs in memory) " rss["html"] " KB."
    }
    print ""
    print "## Targets"
    print ""
    print "| target | measured | met |"
    print "|---|---:|---|"
    e2e = mbs(sb["bodies"], st["bodies", "xml+valid"])
    print "| 8-K bodies end to end (parse, passes, XML, validation), one core: >= 100 MB/s | " fmt(e2e) " MB/s | " (e2e >= 100 ? "yes" : "**no**") " |"
    sp = rt["bodies", "batch-j2"] > 0 ? rt["bodies", "batch-j1"] / rt["bodies", "batch-j2"] : 0
    print "| batch mode, two cores: >= 1.8x one core (8-K bodies) | " sprintf("%.2fx", sp) " | " (sp >= 1.8 ? "yes" : "**no**") " |"
    t = rt["small10000", "batch-j2"]; fs = t > 0 ? smn[10000] / t : 0
    print "| 10,000 small filings, two cores: >= 5,000 filings/s | " fmt(fs) " filings/s | " (fs >= 5000 ? "yes" : "**no**") " |"
    r1 = rr["small1000", "batch-j2"]; r2 = rr["small10000", "batch-j2"]
    print "| peak RSS does not grow with the number of files (1,000 -> 10,000) | " r1 " -> " r2 " KB | " (r2 <= r1 * 1.1 + 1024 ? "yes" : "**no**") " |"
    print ""
    while ((getline l < profile) > 0) print l
}' "$results" > "$work/report.md" || fail "report failed"
cp "$work/report.md" "$BENCH_OUT" || fail "cannot write $BENCH_OUT"
echo "bench: wrote $BENCH_OUT" >&2
cat "$BENCH_OUT"
