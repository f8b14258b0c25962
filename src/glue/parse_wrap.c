/* parse_wrap.c - compile the parser bison generates from grammar/parse.y
 * (see Makefile.am), with the warnings of generated_code.h switched off. */
#include "generated_code.h"
#include "grammar/parse.c"
