/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* coverage.c - counting the productions a parse reduces (coverage.h). */
#include "coverage.h"

void f8k_cov_reduce(f8k_cov *cov, int table, int rule, const void *rhs,
                    const void *err_rhs, int first, int last, int n)
{
    f8k_cov_table *t = &cov->t[table];
    uint32_t from;

    if (rhs == err_rhs || rule < 0 || (size_t)rule >= t->n)
        return;
    t->hits[rule]++;
    if (n == 0 || last < first || first < 1)
        return;
    /* The lines of its reductions, each once: the parser reads the lines
     * in order, so a reduction ends at or after the previous one of the
     * rule, and only what lies past the last line counted is new. */
    from = (uint32_t)first > t->last[rule] ? (uint32_t)first
                                            : t->last[rule] + 1;
    if ((uint32_t)last >= from) {
        t->lines[rule] += (uint32_t)last - from + 1;
        t->last[rule] = (uint32_t)last;
    }
}
