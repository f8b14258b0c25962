# bench/local.mk - batch mode of the command, its test, and "make bench".
#
#   src/batch.c     form8k parse --out DIR: many inputs, -j N threads
#   tests/batch.sh  batch mode tested (make check)
#   bench/          make bench: throughput of every stage -> BENCHMARKS.md
#                   (never part of make check)

src_form8k_SOURCES += src/batch.c src/cli.h
src_form8k_CFLAGS = $(AM_CFLAGS) $(PTHREAD_CFLAGS)
src_form8k_LDADD += $(PTHREAD_LIBS)

TESTS += tests/batch.sh
EXTRA_DIST += tests/batch.sh
