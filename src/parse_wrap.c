/* parse_wrap.c - compile the parser bison generates from grammar/parse.y.
 *
 * grammar/parse.c is generated (see Makefile.am) and is not ours to tidy:
 * bison's skeleton trips some of the warnings the project builds with.
 * They are switched off here, for the generated code only, so that the
 * rest of the library stays warning-free under -Werror.  Warnings about
 * the code of the grammar's own actions still show where they are not
 * listed below.  "#pragma GCC diagnostic" is understood by gcc and clang;
 * other compilers ignore unknown pragmas.
 */
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wmissing-prototypes"
#pragma GCC diagnostic ignored "-Wstrict-prototypes"
#endif

#include "grammar/parse.c"

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
