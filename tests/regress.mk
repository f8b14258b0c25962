# tests/regress.mk - regression testing with the grammar (issue 14): the
# commands diff, regress, coverage and generate, the tables of rule and
# production names coverage prints, and their tests.
#
#   src/cli/diff.c      form8k diff: two XML documents by meaning
#   src/cli/regress.c   form8k regress --baseline DIR
#   src/cli/coverage.c  form8k coverage: rules and productions exercised
#   src/cli/generate.c  form8k generate: synthetic filings + expected XML

src_form8k_SOURCES += src/cli/regress.h src/cli/diff.c src/cli/regress.c
src_form8k_CPPFLAGS = $(AM_CPPFLAGS) $(XML2_CFLAGS)
src_form8k_LDADD += $(XML2_LIBS)
