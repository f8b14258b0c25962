/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* f8k_bench.c - time each stage of libform8k over a set of filings held
 * in memory, or time a command (wall clock, peak RSS).  Used by
 * bench/run.sh ("make bench"), which turns its lines into BENCHMARKS.md.
 *
 *   f8k_bench stages SET LIST [REPS [html]]
 *       LIST: a file of paths, one a line; each is read into a buffer of
 *       its own (so a file listed twice is two filings in memory).  Runs
 *       every stage over all filings, REPS times (default 1; the fastest
 *       run counts), and prints one line per stage:
 *         stage SET STAGE FILINGS BYTES SECONDS OK FAILED
 *       then "rss SET KB" (peak RSS of this process, inputs included).
 *       Stages, each one including the ones above it:
 *         clean     text cleaning (UTF-8, line ends)
 *         scan      + the flex scanner alone (tokens counted)
 *         parse     clean + scanner + bison parser (tree built)
 *         passes    f8k_parse_ex: + cover, body, normalize, check passes
 *         xml       + f8k_xml_write: the XML written, not validated
 *         xml+valid + f8k_xml_validate: streaming schema validation, as
 *                   f8k_doc_to_xml does it (validation alone is the
 *                   difference of the two rows)
 *       With "html" the filings are HTML 8-K documents and the stages
 *       are those of the HTML front end (F8K_MODE_HTML):
 *         clean     text cleaning, as above
 *         render    + libxml2's SAX parse and the layout into lines
 *                   (f8k_html_render: tree, text, source map, facts)
 *         grammar   + the flex scanner and bison parser over the lines
 *         passes    f8k_parse_ex: + cover, body, normalize, check passes,
 *                   positions mapped back into the HTML, inline XBRL check
 *         xml, xml+valid  as above
 *       No XML is kept: the peak RSS is the inputs' and one filing's.
 *
 *   f8k_bench run LABEL COMMAND [ARG...]
 *       runs COMMAND, prints "run LABEL SECONDS MAXRSS_KB EXIT".
 *
 * Links the library's internal stage functions (pipeline.h), so it is
 * built from the library's sources, never against the shared library.
 */
/* wait4 (BSD) as well as POSIX.1-2008. */
#define _DEFAULT_SOURCE 1

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "html.h"
#include "pipeline.h"
#include "text.h"

struct filing {
    char  *data;
    size_t len;
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void die(const char *what, const char *arg)
{
    fprintf(stderr, "f8k_bench: %s%s%s\n", what, arg ? ": " : "",
            arg ? arg : "");
    exit(2);
}

static int read_file(const char *path, struct filing *f)
{
    FILE *in = fopen(path, "rb");
    size_t cap = 65536, n = 0, got;
    char *buf = malloc(cap);

    if (in == NULL || buf == NULL) {
        if (in != NULL)
            fclose(in);
        free(buf);
        return -1;
    }
    while ((got = fread(buf + n, 1, cap - n, in)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (nb == NULL) {
                free(buf);
                fclose(in);
                return -1;
            }
            buf = nb;
        }
    }
    fclose(in);
    f->data = buf;
    f->len = n;
    return 0;
}

static struct filing *load(const char *list, size_t *count)
{
    FILE *l = fopen(list, "r");
    struct filing *v = NULL;
    size_t n = 0, cap = 0, lcap = 0;
    char *line = NULL;
    ssize_t len;

    if (l == NULL)
        die("cannot read the list", list);
    while ((len = getline(&line, &lcap, l)) >= 0) {
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (len == 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 1024;
            v = realloc(v, cap * sizeof *v);
            if (v == NULL)
                die("out of memory", NULL);
        }
        if (read_file(line, &v[n]) != 0)
            die("cannot read", line);
        n++;
    }
    free(line);
    fclose(l);
    *count = n;
    return v;
}

enum stage { CLEAN, SCAN, PARSE, PASSES, XML, XML_VALID, N_STAGES };
static const char *const stage_name[N_STAGES] = {
    "clean", "scan", "parse", "passes", "xml", "xml+valid"
};
/* The same stages for HTML: SCAN is the render, PARSE the grammar over
 * the rendered lines. */
static const char *const html_stage_name[N_STAGES] = {
    "clean", "render", "grammar", "passes", "xml", "xml+valid"
};

/* Run stage S over filing F (an HTML document when HTML); returns 1 when
 * it succeeded (for the stages with a result), 0 when not. */
static int run_stage(enum stage s, const struct filing *f, f8k_schema *schema,
                     int html)
{
    f8k_doc *doc;
    char *buf, *xml = NULL;
    size_t n, tokens, xl = 0;
    int ok = 0;

    if (s >= PASSES) {
        f8k_options opt;
        f8k_status st;
        memset(&opt, 0, sizeof opt);
        opt.mode = html ? F8K_MODE_HTML : F8K_MODE_AUTO;
        st = f8k_parse_ex("bench", f->data, f->len, html ? &opt : NULL, &doc);
        if (st == F8K_OK && s >= XML)
            st = f8k_xml_write(doc, &xml, &xl) == 0 ? F8K_OK : F8K_ERR_NOMEM;
        if (st == F8K_OK && s == XML_VALID)
            st = f8k_xml_validate(doc, schema, xml, xl);
        ok = st == F8K_OK;
        free(xml);
        f8k_doc_free(doc);
        return ok;
    }
    doc = f8k_doc_new("bench");
    if (doc == NULL)
        die("out of memory", NULL);
    buf = f8k_text_clean(&doc->arena, f->data, f->len, &n);
    if (buf == NULL)
        die("out of memory", NULL);
    if (s == CLEAN) {
        ok = n > 0;
    } else if (html) {
        f8k_html h;
        if (f8k_html_render(&doc->arena, buf, n, &h) != 0)
            die("out of memory", NULL);
        if (s == SCAN)
            ok = h.nlines > 0;
        else
            ok = f8k_run_grammar(doc, h.text, h.len) == 0;
    } else if (s == SCAN)
        ok = f8k_scan_only(doc, buf, n, &tokens) == 0 && tokens > 0;
    else
        ok = f8k_run_grammar(doc, buf, n) == 0;
    f8k_doc_free(doc);
    return ok;
}

static long peak_rss_kb(int who)
{
    struct rusage ru;
    if (getrusage(who, &ru) != 0)
        return -1;
    return ru.ru_maxrss;
}

static int stages(const char *set, const char *list, int reps, int html)
{
    size_t count, i, bytes = 0, okn;
    struct filing *v = load(list, &count);
    f8k_schema *schema = NULL;
    int s, r;

    if (f8k_schema_new(&schema) != F8K_OK)
        die("the schema does not compile", NULL);
    for (i = 0; i < count; i++)
        bytes += v[i].len;
    for (s = 0; s < N_STAGES; s++) {
        double best = -1;
        okn = 0;
        for (r = 0; r < reps; r++) {
            double t0 = now(), t;
            okn = 0;
            for (i = 0; i < count; i++)
                okn += (size_t)run_stage((enum stage)s, &v[i], schema, html);
            t = now() - t0;
            if (best < 0 || t < best)
                best = t;
        }
        printf("stage\t%s\t%s\t%lu\t%lu\t%.6f\t%lu\t%lu\n", set,
               (html ? html_stage_name : stage_name)[s], (unsigned long)count, (unsigned long)bytes,
               best, (unsigned long)okn, (unsigned long)(count - okn));
        fflush(stdout);
    }
    printf("rss\t%s\t%ld\n", set, peak_rss_kb(RUSAGE_SELF));

    for (i = 0; i < count; i++)
        free(v[i].data);
    free(v);
    f8k_schema_free(schema);
    return 0;
}

static int run(const char *label, char **argv)
{
    struct rusage ru;
    double t0 = now(), t;
    int status = 0;
    pid_t pid = fork();

    if (pid < 0)
        die("fork failed", NULL);
    if (pid == 0) {
        execvp(argv[0], argv);
        fprintf(stderr, "f8k_bench: %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    if (wait4(pid, &status, 0, &ru) < 0)
        die("wait4 failed", NULL);
    t = now() - t0;
    printf("run\t%s\t%.6f\t%ld\t%d\n", label, t, ru.ru_maxrss,
           WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 4 && strcmp(argv[1], "stages") == 0)
        return stages(argv[2], argv[3], argc >= 5 ? atoi(argv[4]) > 0 ?
                      atoi(argv[4]) : 1 : 1,
                      argc >= 6 && strcmp(argv[5], "html") == 0);
    if (argc >= 4 && strcmp(argv[1], "run") == 0)
        return run(argv[2], argv + 3);
    fprintf(stderr, "usage: f8k_bench stages SET LIST [REPS [html]]\n"
                    "       f8k_bench run LABEL COMMAND [ARG...]\n");
    return 2;
}
