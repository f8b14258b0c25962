# SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE)
# tests/regress.mk - regression testing with the grammar (issue 14): the
# commands diff, regress, coverage and generate, the tables of rule and
# production names coverage prints, and their tests.
#
#   src/cli/diff.c      form8k diff: two XML documents by meaning
#   src/cli/regress.c   form8k regress --baseline DIR
#   src/cli/coverage.c  form8k coverage: rules and productions exercised
#   src/cli/generate.c  form8k generate: synthetic filings + expected XML

src_form8k_SOURCES += src/cli/regress.h src/cli/diff.c src/cli/regress.c \
	src/cli/generate.c
# (src_form8k_CPPFLAGS and the libxml2 link come from Makefile.am.)

# form8k coverage: the library counts rules and reductions into a caller's
# f8k_cov (src/glue/coverage.h, internal); the names of the rules come
# from the grammar at build time, like the parsers themselves (generated
# into the source tree, shipped in the tarball, kept out of git).
libform8k_la_SOURCES += src/glue/coverage.c src/glue/coverage.h
src_form8k_SOURCES += src/cli/coverage.c src/cli/cov_names.h \
	src/cli/cov_names.c
COV_NAMES = $(srcdir)/src/cli/cov_names.c
BUILT_SOURCES += $(COV_NAMES)
MAINTAINERCLEANFILES += $(COV_NAMES)
EXTRA_DIST += build-aux/covnames.sh
$(srcdir)/src/cli/cov_names.c: $(srcdir)/grammar/scan.c \
		$(srcdir)/grammar/sub_scan.c $(srcdir)/grammar/parse.y \
		$(srcdir)/grammar/sub.y $(srcdir)/build-aux/covnames.sh
	$(AM_V_GEN)$(SHELL) $(srcdir)/build-aux/covnames.sh '$(BISON)' \
	    $(srcdir) > $@-t && mv -f $@-t $@ || { rm -f $@-t; exit 1; }

TESTS += tests/regress.sh
EXTRA_DIST += tests/regress.sh
