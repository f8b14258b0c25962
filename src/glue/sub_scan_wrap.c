/* sub_scan_wrap.c - compile the container scanner flex generates from
 * grammar/sub.l (see Makefile.am), with the warnings of generated_code.h
 * switched off. */
#include "generated_code.h"
#include "grammar/sub_scan.c"
