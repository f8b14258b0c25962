/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* fuzz_document.c - fuzz target: the text of a Form 8-K document itself
 * (f8k_parse_ex with F8K_MODE_DOCUMENT). */
#include "fuzz_target.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    f8k_fuzz_one(data, size, F8K_MODE_DOCUMENT);
    return 0;
}
