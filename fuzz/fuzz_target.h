/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* fuzz_target.h - the one body of every form8k fuzz target.
 *
 * Each fuzz_<entry>.c defines LLVMFuzzerTestOneInput as a call of
 * f8k_fuzz_one with its input mode.  f8k_fuzz_one parses the input, turns
 * a parsed document into XML against a schema compiled once, frees
 * everything, and abort()s where the library breaks its own contract, so
 * that a wrong answer is a finding just as a crash, a leak or undefined
 * behaviour is (the sanitizers report those).
 */
#ifndef F8K_FUZZ_TARGET_H
#define F8K_FUZZ_TARGET_H

#include <stddef.h>
#include <stdint.h>
#include "form8k.h"

/* Returns the status of the parse, or of the XML when the parse was ok. */
f8k_status f8k_fuzz_one(const uint8_t *data, size_t size, f8k_input_mode mode);

/* The libFuzzer entry point, defined once per target. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
