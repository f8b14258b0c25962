#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# modules.sh - the library's modules call one another in one direction
# only (README, Layout): from the object files' symbols, each module's
# undefined f8k_ symbols resolve to the modules that define them, and the
# graph of those calls has no cycle.  The generated scanners' and parsers'
# calls back into their own glue (the wrappers *_wrap.c) are the one
# exception the README names.
. "$(dirname "$0")/common.sh"
[ -n "${top_builddir:-}" ] || setup_fail "top_builddir is not set"
command -v nm >/dev/null 2>&1 || { echo "SKIP: nm not found"; exit 77; }
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 not found"; exit 77; }
objs=$(find "$top_builddir/src" -name 'libform8k_la-*.o' 2>/dev/null)
[ -n "$objs" ] || { echo "SKIP: no library objects (built as .lo only?)"; exit 77; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/modules.XXXXXX") || setup_fail "mktemp failed"
trap 'rm -rf "$tmp"' EXIT
for o in $objs; do
    m=$(basename "$o" .o | sed 's/^libform8k_la-//')
    nm --defined-only "$o" | awk -v m="$m" '$2 ~ /^[TDBR]$/ && $3 ~ /^f8k_/ { print "D", m, $3 }'
    nm -u "$o" | awk -v m="$m" '$2 ~ /^f8k_/ { print "U", m, $2 }'
done > "$tmp/syms"
python3 - "$tmp/syms" > "$tmp/report" <<'PY'
import sys, collections
defs, uses = {}, []
for line in open(sys.argv[1]):
    k, m, s = line.split()
    if k == "D":
        defs[s] = m
    else:
        uses.append((m, s))
edges = collections.defaultdict(set)
for m, s in uses:
    d = defs.get(s)
    if d is None or d == m or m.endswith("_wrap"):
        continue          # libc, libxml2; generated code into its glue
    edges[m].add(d)
state, stack, cycles = {}, [], []
def visit(u):
    state[u] = 1
    stack.append(u)
    for v in sorted(edges[u]):
        if state.get(v) == 1:
            cycles.append(stack[stack.index(v):] + [v])
        elif v not in state:
            visit(v)
    stack.pop()
    state[u] = 2
for u in sorted(edges):
    if u not in state:
        visit(u)
print(len(edges), "modules")
for c in cycles:
    print("cycle:", " -> ".join(c))
PY
cat "$tmp/report"
check "no cycle among the library's modules" sh -c "! grep -q '^cycle:' '$tmp/report'"
check "modules found" sh -c "[ \$(head -1 '$tmp/report' | cut -d' ' -f1) -gt 10 ]"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
