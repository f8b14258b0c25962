# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# bench/local.mk - batch mode of the command, its test, and "make bench".
#
#   src/cli/batch.c     form8k parse --out DIR: many inputs, -j N threads
#   tests/batch.sh  batch mode tested (make check)
#   bench/          make bench: throughput of every stage -> BENCHMARKS.md
#                   (never part of make check)

src_form8k_SOURCES += src/cli/batch.c src/cli/cli.h
src_form8k_CFLAGS = $(AM_CFLAGS) $(PTHREAD_CFLAGS)
src_form8k_LDADD += $(PTHREAD_LIBS)

TESTS += tests/batch.sh tests/output.sh
EXTRA_DIST += tests/batch.sh tests/output.sh

# ---------------------------------------------------------------- bench
# make bench: an optimised build of its own, whatever ./configure was
# given (-O0, sanitizers ...): the library's sources compiled with
# BENCH_CFLAGS into bench/f8k_bench (stage timings, in-process) and
# bench/form8k-bench (the command, for the batch runs); then bench/run.sh
# builds the input sets from ../shared/corpus (synthetic ones without it)
# and writes BENCHMARKS.md.  Not part of make check.
BENCH_CFLAGS = -O2 -DNDEBUG
BENCH_MB = 200
BENCH_OUT = $(srcdir)/BENCHMARKS.md
EXTRA_DIST += bench/f8k_bench.c bench/run.sh bench/profile.md BENCHMARKS.md
CLEANFILES += bench/f8k_bench bench/form8k-bench

# The library's C files, as listed once in Makefile.am.
bench_lib_c = `for f in $(libform8k_la_SOURCES); do \
	case $$f in *.c) echo $(srcdir)/$$f ;; esac; done`
# ... and the command's, from src_form8k_SOURCES.
bench_cli_c = `for f in $(src_form8k_SOURCES); do \
	case $$f in *.c) echo $(srcdir)/$$f ;; esac; done`
bench_cc = $(CC) $(DEFS) $(STD_CFLAGS) $(BENCH_CFLAGS) $(PTHREAD_CFLAGS) \
	$(AM_CPPFLAGS) $(XML2_CFLAGS)

bench/f8k_bench: $(srcdir)/bench/f8k_bench.c $(libform8k_la_SOURCES) $(BUILT_SOURCES)
	@$(MKDIR_P) bench
	$(AM_V_CCLD)$(bench_cc) -o $@ $(srcdir)/bench/f8k_bench.c $(bench_lib_c) \
	    $(XML2_LIBS) $(PTHREAD_LIBS)
bench/form8k-bench: $(src_form8k_SOURCES) $(libform8k_la_SOURCES) $(BUILT_SOURCES)
	@$(MKDIR_P) bench
	$(AM_V_CCLD)$(bench_cc) -o $@ $(bench_cli_c) \
	    $(bench_lib_c) $(XML2_LIBS) $(PTHREAD_LIBS)

# bench-force: "bench" is also the name of a folder; this makes it run.
bench: bench-force bench/f8k_bench bench/form8k-bench
	@: "bench is not a file; see bench/local.mk"
	BENCH='$(abs_top_builddir)/bench/f8k_bench' \
	FORM8K_BENCH='$(abs_top_builddir)/bench/form8k-bench' \
	top_srcdir='$(abs_top_srcdir)' BENCH_MB='$(BENCH_MB)' \
	BENCH_OUT='$(BENCH_OUT)' $(SHELL) $(srcdir)/bench/run.sh
bench-force:
