/* scan_wrap.c - compile the scanner flex generates from grammar/scan.l.
 *
 * grammar/scan.c is generated (see Makefile.am) and is not ours to tidy:
 * flex's skeleton defines functions the scanner never calls (yyunput,
 * input, the yyget_ and yyset_ accessors without prototypes in some
 * versions), compares signed with unsigned sizes and leaves parameters
 * unused.  Those warnings are switched off here, for the generated code
 * only, so that the rest of the library stays warning-free under -Werror.
 * "#pragma GCC diagnostic" is understood by gcc and clang; other
 * compilers ignore unknown pragmas.
 */
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wmissing-prototypes"
#pragma GCC diagnostic ignored "-Wstrict-prototypes"
#endif

#include "grammar/scan.c"

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
