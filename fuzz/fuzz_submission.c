/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* fuzz_submission.c - fuzz target: an EDGAR submission container
 * (f8k_parse_ex with F8K_MODE_SUBMISSION: <SEC-DOCUMENT>, <SEC-HEADER>,
 * <DOCUMENT>/<TYPE>/<TEXT> blocks, PEM wrapping, uuencoded binaries). */
#include "fuzz_target.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    f8k_fuzz_one(data, size, F8K_MODE_SUBMISSION);
    return 0;
}
