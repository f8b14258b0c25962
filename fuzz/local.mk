# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# fuzz/local.mk - fuzz targets (libFuzzer and AFL++) and their replay.
#
#   fuzz/fuzz_<entry>.c  one target per entry point of the library:
#                        document    f8k_parse_ex, F8K_MODE_DOCUMENT
#                        submission  f8k_parse_ex, F8K_MODE_SUBMISSION
#                        html        f8k_parse_ex, F8K_MODE_HTML
#   fuzz/fuzz_target.c   the shared body: parse, XML, free, contract checks
#   fuzz/replay.c        main() for replay (make check) and for AFL++
#   fuzz/form8k.dict     the grammars' keywords and tags
#   fuzz/html.dict       HTML tags, attributes, entities, inline XBRL names,
#                        CSS the renderer reads (the html target gets both)
#   fuzz/seeds/          synthetic submission files; the golden and error
#                        inputs of tests/ (input.txt, input.htm) are seeds
#                        too (copied at run time), and filings made by
#                        form8k generate (seed FUZZ_GEN_SEED, FUZZ_GEN_COUNT
#                        of them, HTML for the html target), each a
#                        derivation of the grammar with its layouts, marks
#                        and error productions
#   fuzz/regressions/    minimal inputs of past findings, replayed by make
#                        check through every target (fuzz/replay.sh)
#
#   make fuzz FUZZ_SECONDS=N      build with clang -fsanitize=fuzzer,address,
#                                 undefined and run each target N seconds;
#                                 fails on any crash, leak, UB or timeout
#   make fuzz-afl FUZZ_SECONDS=N  the same with afl-clang-fast and afl-fuzz
#   make fuzz-build / fuzz-afl-build   build only
#
# The fuzz binaries compile the library's sources themselves, with the
# instrumentation, rather than linking libform8k.la.  Work folders (corpus,
# crash artifacts) are fuzz/work/<engine>-<target> in the build tree.

FUZZ_TARGETS = document submission html
FUZZ_SECONDS = 60
FUZZ_CC = clang
AFL_CC = afl-clang-fast
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS = -g -O1 -fno-omit-frame-pointer $(STD_CFLAGS) $(WARN_CFLAGS)
# AFL++'s persistent-mode macros are GNU C (statement expressions).
AFL_CFLAGS = $(FUZZ_CFLAGS) -Wno-pedantic -Wno-gnu-statement-expression
# libFuzzer: -timeout catches hangs (10 s for one input of at most
# max_len bytes means a quadratic path), -rss_limit_mb runaway memory.
FUZZ_MAX_LEN = 32768
FUZZ_FLAGS = -max_len=$(FUZZ_MAX_LEN) -timeout=10 -rss_limit_mb=2048 \
	-print_final_stats=1
FUZZ_COMMON = fuzz/fuzz_target.c fuzz/fuzz_target.h

EXTRA_DIST += fuzz/local.mk fuzz/form8k.dict fuzz/html.dict \
	fuzz/fuzz_document.c fuzz/fuzz_submission.c fuzz/fuzz_html.c \
	fuzz/seeds fuzz/regressions fuzz/replay.sh
CLEANFILES += fuzz/libfuzzer-document fuzz/libfuzzer-submission \
	fuzz/libfuzzer-html fuzz/afl-document fuzz/afl-submission fuzz/afl-html

# ---------------------------------------------------------------- replay
check_PROGRAMS += fuzz/replay_document fuzz/replay_submission fuzz/replay_html
fuzz_replay_document_SOURCES = fuzz/replay.c fuzz/fuzz_document.c $(FUZZ_COMMON)
fuzz_replay_document_LDADD = libform8k.la $(XML2_LIBS)
fuzz_replay_submission_SOURCES = fuzz/replay.c fuzz/fuzz_submission.c $(FUZZ_COMMON)
fuzz_replay_submission_LDADD = libform8k.la $(XML2_LIBS)
fuzz_replay_html_SOURCES = fuzz/replay.c fuzz/fuzz_html.c $(FUZZ_COMMON)
fuzz_replay_html_LDADD = libform8k.la $(XML2_LIBS)
TESTS += fuzz/replay.sh

# ---------------------------------------------------------------- build
# Every .c of libform8k plus fuzz/ is compiled into fuzz/<engine>-<target>,
# one binary per target.
FUZZ_LIB_C = `for f in $(libform8k_la_SOURCES); do \
	  case $$f in *.c) echo $(srcdir)/$$f ;; esac; done`

# The sources of one binary, for target $$t.
FUZZ_LINK = $(DEFS) $(libform8k_la_CPPFLAGS) -I$(srcdir)/fuzz $(FUZZ_LIB_C) \
	$(srcdir)/fuzz/fuzz_target.c $(srcdir)/fuzz/fuzz_$$t.c $(XML2_LIBS)

fuzz-build: $(BUILT_SOURCES)
	@: "fuzz-build is not a file; see fuzz/local.mk"
	@command -v $(FUZZ_CC) >/dev/null 2>&1 || \
	  { echo "fuzz-build: $(FUZZ_CC) not found (Debian: apt-get install clang)" >&2; exit 1; }
	$(MKDIR_P) fuzz
	@for t in $(FUZZ_TARGETS); do \
	  echo "  CCLD     fuzz/libfuzzer-$$t"; \
	  $(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $(FUZZ_SAN) \
	    -o fuzz/libfuzzer-$$t $(FUZZ_LINK) || exit 1; \
	done

fuzz-afl-build: $(BUILT_SOURCES)
	@: "fuzz-afl-build is not a file; see fuzz/local.mk"
	@command -v $(AFL_CC) >/dev/null 2>&1 || \
	  { echo "fuzz-afl-build: $(AFL_CC) not found (Debian: apt-get install afl++)" >&2; exit 1; }
	$(MKDIR_P) fuzz
	@for t in $(FUZZ_TARGETS); do \
	  echo "  CCLD     fuzz/afl-$$t"; \
	  AFL_QUIET=1 $(AFL_CC) $(AFL_CFLAGS) $(FUZZ_SAN) \
	    -o fuzz/afl-$$t $(srcdir)/fuzz/replay.c $(FUZZ_LINK) || exit 1; \
	done

# ---------------------------------------------------------------- run
# fuzz/work/<engine>-<target>/seeds gets the seeds afresh on every run
# (a case's input.txt or input.htm, under the case's name); corpus/ keeps
# what the fuzzer found across runs.  fuzz/work/<engine>-<target>/dict is
# form8k.dict, and for the html target html.dict after it (libFuzzer and
# afl-fuzz take one dictionary file).
FUZZ_GEN_SEED = 42
FUZZ_GEN_COUNT = 60
FUZZ_SEED = \
	rm -rf "$$w/seeds" "$$w/gen" && $(MKDIR_P) "$$w/seeds" "$$w/corpus" && \
	if test "$$t" = html; then fmt=html; else fmt=text; fi && \
	./src/form8k generate --seed $(FUZZ_GEN_SEED) --count $(FUZZ_GEN_COUNT) \
	  --format=$$fmt --out "$$w/gen" && \
	for f in "$$w"/gen/*; do \
	  case $$f in *.expected.xml) ;; *) cp "$$f" "$$w/seeds/" || exit 1 ;; esac; \
	done && rm -rf "$$w/gen" && \
	for f in $(srcdir)/tests/golden/*/input.* $(srcdir)/tests/errors/*/input.*; do \
	  d=$${f%/*}; \
	  cp "$$f" "$$w/seeds/$${d\#\#*/}.$${f\#\#*.}" || exit 1; \
	done && \
	cat $(srcdir)/fuzz/form8k.dict >"$$w/dict" && \
	if test "$$t" = html; then cat $(srcdir)/fuzz/html.dict >>"$$w/dict"; fi && \
	for f in $(srcdir)/examples/classic-8k.txt $(srcdir)/fuzz/seeds/* \
	         $(srcdir)/fuzz/regressions/*; do \
	  if test -f "$$f"; then cp "$$f" "$$w/seeds/" || exit 1; fi; \
	done

fuzz: fuzz-build src/form8k
	@: "fuzz is not a file; see fuzz/local.mk"
	@for t in $(FUZZ_TARGETS); do \
	  w=fuzz/work/libfuzzer-$$t; $(FUZZ_SEED) || exit 1; \
	  rm -rf "$$w/artifacts"; $(MKDIR_P) "$$w/artifacts"; \
	  echo "== libFuzzer: $$t for $(FUZZ_SECONDS) s"; \
	  ./fuzz/libfuzzer-$$t $(FUZZ_FLAGS) -dict="$$w/dict" \
	    -max_total_time=$(FUZZ_SECONDS) -artifact_prefix="$$w/artifacts/" \
	    "$$w/corpus" "$$w/seeds" >"$$w/log" 2>&1; rc=$$?; \
	  grep -E '^(stat::|#[0-9]+ +DONE)' "$$w/log"; \
	  if test $$rc -ne 0 || test -n "`ls $$w/artifacts`"; then \
	    tail -n 60 "$$w/log"; \
	    echo "fuzz: $$t: FINDING (exit $$rc): $$w/artifacts/" >&2; exit 1; \
	  fi; \
	done

fuzz-afl: fuzz-afl-build src/form8k
	@: "fuzz-afl is not a file; see fuzz/local.mk"
	@for t in $(FUZZ_TARGETS); do \
	  w=fuzz/work/afl-$$t; $(FUZZ_SEED) || exit 1; \
	  rm -rf "$$w/out"; \
	  echo "== AFL++: $$t for $(FUZZ_SECONDS) s"; \
	  AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
	  AFL_SKIP_CRASHES=1 \
	  afl-fuzz -V $(FUZZ_SECONDS) -t 10000 -m none -i "$$w/seeds" -o "$$w/out" \
	    -x "$$w/dict" -- ./fuzz/afl-$$t >"$$w/log" 2>&1; \
	  rc=$$?; \
	  grep -E '^(execs_done|execs_per_sec|saved_crashes|saved_hangs|run_time)' \
	    "$$w/out/default/fuzzer_stats"; \
	  if test $$rc -ne 0 || test -n "`ls $$w/out/default/crashes $$w/out/default/hangs | grep id:`"; then \
	    tail -n 30 "$$w/log"; \
	    echo "fuzz-afl: $$t: FINDING (exit $$rc): $$w/out/default/" >&2; exit 1; \
	  fi; \
	done

clean-local: clean-fuzz
clean-fuzz:
	@: "clean-fuzz is not a file; see fuzz/local.mk"
	rm -rf fuzz/work


# valgrind memcheck over the seeds and regression inputs through both
# targets' replay drivers (.ci/run runs it after make valgrind-check).
valgrind-replay: fuzz/replay_document fuzz/replay_submission fuzz/replay_html
	@: "valgrind-replay is not a file; see fuzz/local.mk"
	@for t in $(FUZZ_TARGETS); do \
	  echo "  VALGRIND fuzz/replay_$$t"; \
	  $(LIBTOOL) --mode=execute valgrind -q --error-exitcode=99 \
	    --leak-check=full --errors-for-leak-kinds=definite,indirect \
	    fuzz/replay_$$t `ls $(srcdir)/fuzz/seeds/* $(srcdir)/fuzz/regressions/* \
	      $(srcdir)/tests/golden/*/input.* $(srcdir)/tests/errors/*/input.* \
	      2>/dev/null` || exit 1; \
	done
