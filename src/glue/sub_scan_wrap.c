/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* sub_scan_wrap.c - compile the container scanner flex generates from
 * grammar/sub.l (see Makefile.am), with the warnings of generated_code.h
 * switched off. */
#include "generated_code.h"
#include "grammar/sub_scan.c"
