# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# tests/hostile.mk - hostile input and resource safety (make check).
#
#   tests/alloc/test_allocfail  every allocation of a parse fails in turn:
#                               an error, no leak, never exit()
#   tests/badinput.sh           generated bad inputs through the command:
#                               documented exit status, FILE:LINE:COL
#                               diagnostic, valid XML or none, -o untouched
#   tests/hostile/truncate      every truncation point of a golden filing
#                               through the library
#   tests/linear.sh             inputs that grow along one list (exhibit
#                               rows, documents, item lines, the lines of
#                               one wrapped value): time and memory grow
#                               linearly (4 times the input, under 8 times
#                               the CPU time)
#
# F8K_BIG=1 runs the large inputs at full size (100 MB line, 1 GiB input,
# 1,000,000 item headings) and the linearity check; see tests/badinput.sh.

check_PROGRAMS += tests/alloc/test_allocfail
tests_alloc_test_allocfail_SOURCES = tests/alloc/test_allocfail.c
tests_alloc_test_allocfail_CFLAGS = $(AM_CFLAGS) $(XML2_CFLAGS)
# Linked statically: the test calls the library's internal stages.
tests_alloc_test_allocfail_LDFLAGS = -static
tests_alloc_test_allocfail_LDADD = libform8k.la $(XML2_LIBS)

TESTS += tests/alloc/test_allocfail

# Linked with the fuzz targets' body (the contract checks).
check_PROGRAMS += tests/hostile/truncate
tests_hostile_truncate_SOURCES = tests/hostile/truncate.c $(FUZZ_COMMON)
tests_hostile_truncate_CPPFLAGS = $(AM_CPPFLAGS) -I$(srcdir)/fuzz
tests_hostile_truncate_LDADD = libform8k.la $(XML2_LIBS)

TESTS += tests/badinput.sh tests/linear.sh
EXTRA_DIST += tests/hostile.mk tests/badinput.sh tests/linear.sh
