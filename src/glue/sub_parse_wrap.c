/* sub_parse_wrap.c - compile the container parser bison generates from
 * grammar/sub.y (see Makefile.am), with the warnings of generated_code.h
 * switched off. */
#include "generated_code.h"
#include "grammar/sub_parse.c"
