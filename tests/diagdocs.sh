#!/bin/sh
# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# diagdocs.sh - the code lists of README and doc/form8k.1.in are the table of
# diagnostics (src/tree/diags.def), as `form8k explain --list` prints it:
# scripts/diagdocs.sh --check fails when a row was added, changed or
# removed without the lists following.
. "$(dirname "$0")/common.sh"
require_form8k
check "README and form8k(1) list the codes of src/tree/diags.def" \
    sh "$top_srcdir/scripts/diagdocs.sh" --check "$FORM8K" "$top_srcdir"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
