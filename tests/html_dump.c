/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* html_dump.c - render an HTML file as form8k's HTML front end does.
 *
 *   html_dump [-m] [-f] [-s] FILE|-
 *
 * prints the rendered lines; with -m each line is prefixed by the
 * source line:col of its first character, with -f the inline XBRL facts
 * and contexts follow, -s prints the arena's size and the time taken to
 * standard error.  A tool for looking at the renderer by eye. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "html.h"
#include "text.h"

static char *slurp(const char *name, size_t *len)
{
    FILE *f = strcmp(name, "-") == 0 ? stdin : fopen(name, "rb");
    char *buf = NULL;
    size_t n = 0, cap = 0, r;
    if (f == NULL)
        return NULL;
    for (;;) {
        if (n == cap) {
            char *b = realloc(buf, cap = cap ? cap * 2 : 65536);
            if (b == NULL) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = b;
        }
        r = fread(buf + n, 1, cap - n, f);
        if (r == 0)
            break;
        n += r;
    }
    if (f != stdin)
        fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    int map = 0, facts = 0, stats = 0, i, rc = 0;
    struct timespec t0, t1;
    const char *name = NULL;
    char *raw, *clean;
    size_t n, cn;
    f8k_arena a;
    f8k_html h;
    f8k_html_pos pos;

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-m") == 0)
            map = 1;
        else if (strcmp(argv[i], "-f") == 0)
            facts = 1;
        else if (strcmp(argv[i], "-s") == 0)
            stats = 1;
        else
            name = argv[i];
    }
    if (name == NULL) {
        fprintf(stderr, "usage: html_dump [-m] [-f] FILE|-\n");
        return 2;
    }
    if ((raw = slurp(name, &n)) == NULL) {
        perror(name);
        return 2;
    }
    f8k_arena_init(&a);
    clean = f8k_text_clean(&a, raw, n, &cn);
    free(raw);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (clean == NULL || f8k_html_render(&a, clean, cn, &h) != 0) {
        fprintf(stderr, "html_dump: out of memory\n");
        f8k_arena_free(&a);
        return 1;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (stats) {
        double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        fprintf(stderr, "input %lu bytes, rendered %lu bytes in %lu lines, "
                "arena %lu bytes (%.1f x input), render %.3f s (%.1f MB/s)\n",
                (unsigned long)cn, (unsigned long)h.len, (unsigned long)h.nlines,
                (unsigned long)a.total, (double)a.total / (double)(cn ? cn : 1),
                s, (double)cn / 1e6 / (s > 0 ? s : 1e-9));
    }
    if (f8k_html_pos_init(&a, clean, cn, &pos) != 0) {
        fprintf(stderr, "html_dump: out of memory\n");
        f8k_arena_free(&a);
        return 1;
    }
    if (!map) {
        fwrite(h.text, 1, h.len, stdout);
    } else {
        const char *p = h.text;
        uint32_t line;
        for (line = 1; line <= h.nlines; line++) {
            const char *nl = strchr(p, '\n');
            size_t off, ind = 0;
            uint32_t sl, sc;
            while (p + ind < nl && p[ind] == ' ')
                ind++;
            f8k_html_source(&h, line, (uint32_t)ind + 1, &off);
            f8k_html_pos_of(&pos, off, &sl, &sc);
            printf("%6lu:%-4lu| %.*s\n", (unsigned long)sl, (unsigned long)sc,
                   (int)(nl - p), p);
            p = nl + 1;
        }
    }
    if (facts) {
        const f8k_html_fact *f;
        const f8k_html_context *c;
        for (f = h.facts; f != NULL; f = f->next) {
            uint32_t sl, sc;
            f8k_html_pos_of(&pos, f->off, &sl, &sc);
            printf("fact %s ctx=%s fmt=%s hidden=%d at %lu:%lu [%lu,%lu) \"%s\"\n",
                   f->name, f->context, f->format ? f->format : "-", f->hidden,
                   (unsigned long)sl, (unsigned long)sc,
                   (unsigned long)f->off, (unsigned long)f->end_off, f->text);
        }
        for (c = h.contexts; c != NULL; c = c->next)
            printf("context %s start=%s end=%s instant=%s\n", c->id,
                   c->start ? c->start : "-", c->end ? c->end : "-",
                   c->instant ? c->instant : "-");
    }
    f8k_arena_free(&a);
    return rc;
}
