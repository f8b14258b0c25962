/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* generated_code.h - included first by the wrappers that compile flex's
 * and bison's output (scan_wrap.c, parse_wrap.c).
 *
 * Generated code is not ours to tidy: the skeletons define functions the
 * scanner never calls, compare signed with unsigned sizes and leave
 * parameters unused.  Those warnings are switched off for the rest of the
 * wrapper's translation unit - which is only the generated file - so the
 * library stays warning-free under -Werror.  Warnings in the grammar's own
 * actions that are not listed here still show.  "#pragma GCC diagnostic"
 * is understood by gcc and clang; other compilers ignore it.
 */
#ifndef F8K_GENERATED_CODE_H
#define F8K_GENERATED_CODE_H
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wmissing-prototypes"
#pragma GCC diagnostic ignored "-Wstrict-prototypes"
#endif
#endif
