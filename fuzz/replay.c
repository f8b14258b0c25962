/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* replay.c - main() for a fuzz target outside libFuzzer.
 *
 *   replay_<target> FILE...   run each FILE through the target once
 *                             (make check: seeds and regression inputs;
 *                             a crash or a broken contract aborts)
 *   afl_<target>              under afl-fuzz (built with afl-clang-fast):
 *                             AFL++ persistent mode, input in shared memory
 *
 * Exits 0 when every file ran, 1 when one could not be read, 2 on usage.
 */
#include <stdio.h>
#include <stdlib.h>
#include "fuzz_target.h"

#ifdef __AFL_FUZZ_TESTCASE_LEN
#include <unistd.h>   /* read(), used by the AFL++ macros */
__AFL_FUZZ_INIT()

int main(void)
{
    unsigned char *buf;

    __AFL_INIT();
    buf = __AFL_FUZZ_TESTCASE_BUF;
    while (__AFL_LOOP(10000))
        LLVMFuzzerTestOneInput(buf, (size_t)__AFL_FUZZ_TESTCASE_LEN);
    return 0;
}
#else
static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    unsigned char *data = NULL;
    size_t n = 0, cap = 0, got;

    if (f == NULL) {
        perror(path);
        return 1;
    }
    do {
        if (n == cap) {
            unsigned char *p = realloc(data, cap = cap ? cap * 2 : 65536);
            if (p == NULL) {
                fprintf(stderr, "%s: out of memory\n", path);
                free(data);
                fclose(f);
                return 1;
            }
            data = p;
        }
        got = fread(data + n, 1, cap - n, f);
        n += got;
    } while (got > 0);
    if (ferror(f)) {
        perror(path);
        free(data);
        fclose(f);
        return 1;
    }
    fclose(f);
    LLVMFuzzerTestOneInput(data, n);
    free(data);
    return 0;
}

int main(int argc, char **argv)
{
    int i, rc = 0;

    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE...\n", argv[0]);
        return 2;
    }
    for (i = 1; i < argc; i++)
        rc |= run_file(argv[i]);
    return rc;
}
#endif
