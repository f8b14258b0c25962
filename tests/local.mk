# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# tests/local.mk - make check: CUnit unit tests, golden files, the corpus.
#
#   tests/unit      one test_<module>.c per module, one runner (CUnit)
#   tests/golden.sh synthetic filings, one per layout variant (input.txt,
#                   or input.htm for the HTML layouts, tests/golden/html-*):
#                   expected XML compared exactly and validated with
#                   xmllint --schema;
#                   tests/errors: bad inputs with expected exit code and
#                   diagnostics
#   tests/corpus.sh score8k over ../shared/corpus (skipped without it)
#   tests/submissions.sh  every whole corpus file: 8-K submissions valid
#                   and with their whole SEC header, other forms refused
#
# "make valgrind-check" runs the golden tests under valgrind memcheck.

check_PROGRAMS += tests/unit/f8k_unit
tests_unit_f8k_unit_SOURCES = \
	tests/unit/tests.h tests/unit/test_main.c tests/unit/test_text.c \
	tests/unit/test_items.c tests/unit/test_scan.c tests/unit/test_parse.c \
	tests/unit/test_normalize.c tests/unit/test_xml.c \
	tests/unit/test_submission.c tests/unit/test_html.c \
	tests/unit/test_front.c tests/unit/test_diags.c tests/unit/test_cover.c \
	tests/unit/test_body.c tests/unit/test_xcheck.c tests/unit/test_access.c \
	tests/unit/util.c
tests_unit_f8k_unit_CFLAGS = $(AM_CFLAGS) $(CUNIT_CFLAGS) $(XML2_CFLAGS)
# Linked statically: the unit tests call the library's internal functions.
tests_unit_f8k_unit_LDFLAGS = -static
tests_unit_f8k_unit_LDADD = libform8k.la $(CUNIT_LIBS) $(XML2_LIBS)

TESTS += tests/unit/f8k_unit tests/golden.sh tests/corpus.sh tests/submissions.sh \
	tests/validate.sh tests/diagdocs.sh

# Positions: every line/column of a plain-text input's XML points at its
# printed text (golden inputs, and ../shared/corpus when present).
TESTS += tests/positions.sh
EXTRA_DIST += tests/positions.sh tests/pos_check.py

# --format=json and form8k table (src/cli/json.c, src/cli/table.c).
TESTS += tests/json.sh tests/table.sh
EXTRA_DIST += tests/sarif-2.1.0.json tests/sarif-2.1.0.README
EXTRA_DIST += tests/json.sh tests/json_check.py tests/table.sh tests/table_check.py

# The C API as a user gets it: tests/example.sh installs into a temporary
# DESTDIR and builds examples/cover.c against that installation through
# pkg-config, with configure's compiler and flags (the sanitizers' too);
# tests/man3.sh: the man3 pages name every exported function.
TESTS += tests/example.sh tests/man3.sh
EXTRA_DIST += tests/example.sh tests/man3.sh
AM_TESTS_ENVIRONMENT += \
	MAKE='$(MAKE)'; export MAKE; \
	F8K_CC='$(CC)'; F8K_CFLAGS='$(WARN_CFLAGS) $(CFLAGS)'; \
	F8K_LDFLAGS='$(LDFLAGS)'; F8K_INCLUDEDIR='$(includedir)'; \
	F8K_LIBDIR='$(libdir)'; F8K_PKGCONFIGDIR='$(pkgconfigdir)'; \
	F8K_MAN3DIR='$(man3dir)'; \
	export F8K_CC F8K_CFLAGS F8K_LDFLAGS F8K_INCLUDEDIR F8K_LIBDIR \
	  F8K_PKGCONFIGDIR F8K_MAN3DIR;

# FORM8K, XSD, top_srcdir come from AM_TESTS_ENVIRONMENT in Makefile.am.

EXTRA_DIST += tests/common.sh tests/golden.sh tests/corpus.sh tests/golden tests/errors \
	tests/submissions.sh tests/header_check.py \
	tests/validate.sh tests/validate tests/diagdocs.sh scripts/diagdocs.sh

valgrind-check: all
	@: "valgrind-check is not a file; see tests/local.mk"
	FORM8K=$(abs_top_builddir)/src/form8k XSD=$(abs_top_srcdir)/xsd/form8k.xsd \
	top_srcdir=$(abs_top_srcdir) VALGRIND=1 $(SHELL) $(srcdir)/tests/golden.sh
	VALGRIND=1 $(MAKE) $(AM_MAKEFLAGS) check TESTS=tests/example.sh



# html_dump: the HTML front end's rendering of a file, to look at by eye
# (-m: with the source line:col of each line; -f: the inline XBRL facts).
check_PROGRAMS += tests/html_dump
tests_html_dump_SOURCES = tests/html_dump.c
tests_html_dump_LDFLAGS = -static
tests_html_dump_LDADD = libform8k.la $(XML2_LIBS)
