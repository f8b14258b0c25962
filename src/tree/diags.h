/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* diags.h - the codes of form8k's diagnostics, made from the one table
 * (diags.def): an enum constant per code, its severity (by the code's
 * letter; an X code's from its column) and its catalogue text. */
#ifndef F8K_DIAGS_H
#define F8K_DIAGS_H

#include "form8k.h"

typedef enum f8k_code {
#define F8K_DIAG(id, code, sev, rule, summary, means, example, fix) id,
#include "diags.def"
#undef F8K_DIAG
    F8K_CODE_COUNT
} f8k_code;

/* The catalogue entry of CODE (never NULL for a constant of the enum). */
const f8k_diag_info *f8k_code_info(f8k_code code);

/* The severity column of each row as written (tests/unit/test_diags.c
 * checks it against the code's letter). */
extern const char *const f8k_code_sev_column[F8K_CODE_COUNT];

#endif /* F8K_DIAGS_H */
