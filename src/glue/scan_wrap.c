/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* scan_wrap.c - compile the scanner flex generates from grammar/scan.l
 * (see Makefile.am), with the warnings of generated_code.h switched off. */
#include "generated_code.h"
#include "grammar/scan.c"
