/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* sub_parse_wrap.c - compile the container parser bison generates from
 * grammar/sub.y (see Makefile.am), with the warnings of generated_code.h
 * switched off. */
#include "generated_code.h"
/* form8k coverage: each reduction counted (coverage.h). */
#include "coverage.h"
#define YYLLOC_DEFAULT(Current, Rhs, N) \
    F8K_COV_YYLLOC(Current, Rhs, N, F8K_COV_SUB_PARSE)
#include "grammar/sub_parse.c"
