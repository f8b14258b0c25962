/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* truncate.c - every truncation point of a filing through the library.
 *
 *   tests/hostile/truncate [-s STEP] MODE FILE...
 *
 * For each FILE, the prefixes of 0, STEP, 2*STEP ... bytes and the whole
 * file (a truncated download stops anywhere) go through fuzz/fuzz_target.c
 * in MODE (document, submission, html or auto): parse, XML validated against
 * the schema, free; a broken contract (a document that does not turn into
 * valid XML, a diagnostic without line and column ...) aborts.  Each
 * prefix is copied into a buffer of its own size, so that a sanitizer
 * build catches a read past its end.  Prints the number of prefixes, the
 * slowest prefix and how many prefixes ended with each status (the
 * parse's, or the XML's where the parse succeeded).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "fuzz_target.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int run(const char *path, size_t step, f8k_input_mode mode)
{
    FILE *f = fopen(path, "rb");
    char *data;
    long n;
    size_t len, cut, runs = 0, slowest_at = 0, by_status[F8K_ERR_NOT_8K + 1];
    size_t st;
    double t0, slowest = 0;

    if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
        fseek(f, 0, SEEK_SET) != 0) {
        perror(path);
        if (f != NULL)
            fclose(f);
        return 1;
    }
    len = (size_t)n;
    data = malloc(len + 1);
    if (data == NULL || fread(data, 1, len, f) != len) {
        perror(path);
        free(data);
        fclose(f);
        return 1;
    }
    fclose(f);
    memset(by_status, 0, sizeof by_status);
    t0 = now();
    for (cut = 0;; cut = cut + step < len ? cut + step : len) {
        unsigned char *prefix = malloc(cut ? cut : 1);
        double t;
        if (prefix == NULL) {
            fprintf(stderr, "%s: out of memory\n", path);
            free(data);
            return 1;
        }
        memcpy(prefix, data, cut);
        t = now();
        st = (size_t)f8k_fuzz_one(prefix, cut, mode);
        if (st <= F8K_ERR_NOT_8K)
            by_status[st]++;
        t = now() - t;
        if (t > slowest) {
            slowest = t;
            slowest_at = cut;
        }
        free(prefix);
        runs++;
        if (cut == len)
            break;
    }
    printf("%s: %zu bytes, %zu truncation points (every %zu bytes) in %.2f s; "
           "slowest %.4f s at %zu bytes\n", path, len, runs, step,
           now() - t0, slowest, slowest_at);
    for (st = 0; st <= F8K_ERR_NOT_8K; st++)
        if (by_status[st] > 0)
            printf("  %zu: %s\n", by_status[st], f8k_status_string((f8k_status)st));
    free(data);
    return 0;
}

int main(int argc, char **argv)
{
    size_t step = 1;
    f8k_input_mode mode;
    int i, rc = 0;

    if (argc > 2 && strcmp(argv[1], "-s") == 0) {
        step = (size_t)strtoul(argv[2], NULL, 10);
        argc -= 2, argv += 2;
    }
    if (argc < 3 || step == 0) {
        fprintf(stderr, "usage: truncate [-s STEP] document|submission|html|auto FILE...\n");
        return 2;
    }
    if (strcmp(argv[1], "document") == 0)
        mode = F8K_MODE_DOCUMENT;
    else if (strcmp(argv[1], "submission") == 0)
        mode = F8K_MODE_SUBMISSION;
    else if (strcmp(argv[1], "html") == 0)
        mode = F8K_MODE_HTML;
    else if (strcmp(argv[1], "auto") == 0)
        mode = F8K_MODE_AUTO;
    else {
        fprintf(stderr, "truncate: mode must be document, submission, html or auto\n");
        return 2;
    }
    for (i = 2; i < argc; i++)
        rc |= run(argv[i], step, mode);
    return rc;
}
