/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* regress.c - form8k regress --baseline DIR [--update] [--junit FILE]
 * FILE|FOLDER...: a corpus against its baseline XML.
 *
 * The inputs are converted by batch mode itself (cli_batch, batch.c) into
 * a temporary folder, so that regress walks folders, names outputs and
 * uses the cores exactly as "form8k parse --out DIR" does - the command
 * that made the baseline.  Then the two trees of XML are compared file by
 * file with the diff engine (diff.c):
 *
 *   unchanged  both have it, the same by meaning
 *   changed    both have it, with differences (each listed)
 *   new        only the new run has it (an input not in the baseline)
 *   missing    only the baseline has it (the input now fails, or was
 *              not given)
 *
 * The report: the changed files with their changes, a table of changes
 * by field across the corpus, a summary line; --junit FILE writes one
 * testcase per file, a failure per change.  Exit 0 when nothing
 * changed, 1 otherwise, 2 usage, 3 I/O.  --update then makes the
 * baseline what form8k now writes (changed and new files written,
 * missing ones removed) and exits 0.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700           /* nftw */
#endif

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <libxml/xmlwriter.h>

#include "cli.h"
#include "opts.h"
#include "regress.h"

/* ----------------------------------------------------------- file sets */

static int names_add(struct names *s, const char *name)
{
    if (s->n == s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 64;
        char **v = realloc(s->v, cap * sizeof *v);
        if (v == NULL)
            return -1;
        s->v = v;
        s->cap = cap;
    }
    if ((s->v[s->n] = strdup(name)) == NULL)
        return -1;
    s->n++;
    return 0;
}

void cli_names_free(struct names *s)
{
    size_t i;
    for (i = 0; i < s->n; i++)
        free(s->v[i]);
    free(s->v);
}

/* A + "/" + B (B alone when A is empty), malloc'd. */
static char *pjoin(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 2;
    char *p = malloc(n);
    if (p != NULL)
        snprintf(p, n, "%s%s%s", a, a[0] ? "/" : "", b);
    return p;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int skip_dot(const struct dirent *e)
{
    return e->d_name[0] != '.';
}

int cli_list_files(const char *root, const char *rel, const char *suffix,
                   struct names *s)
{
    struct dirent **ents;
    char *path = pjoin(root, rel);
    int n, i, rc = 0;

    if (path == NULL)
        return -1;
    n = scandir(path, &ents, skip_dot, alphasort);
    free(path);
    if (n < 0)
        return -1;
    for (i = 0; i < n; i++) {
        char *sub = pjoin(rel, ents[i]->d_name);
        char *full = sub != NULL ? pjoin(root, sub) : NULL;
        struct stat sb;
        size_t len = strlen(ents[i]->d_name);

        if (full == NULL)
            rc = -1;
        if (rc == 0 && lstat(full, &sb) == 0) {
            if (S_ISDIR(sb.st_mode))
                rc = cli_list_files(root, sub, suffix, s);
            else if (S_ISREG(sb.st_mode) &&
                     (suffix == NULL || (len > strlen(suffix) &&
                      strcmp(ents[i]->d_name + len - strlen(suffix), suffix) == 0)))
                rc = names_add(s, sub);
        }
        free(sub);
        free(full);
        free(ents[i]);
    }
    free(ents);
    return rc;
}

static int rm_entry(const char *path, const struct stat *sb, int flag,
                    struct FTW *ftw)
{
    (void)sb;
    (void)ftw;
    return flag == FTW_DP ? rmdir(path) : unlink(path);
}

/* ------------------------------------------------------- the changes */

/* One field's count across the corpus. */
struct field {
    char         *name;
    unsigned long changes, files;
    const char   *last_file;
};

struct report {
    struct field *fields;
    size_t        nfields, cap;
    const char   *file;          /* the file being compared             */
    long          shown;         /* its changes printed so far          */
    int           quiet;
    xmlTextWriterPtr junit;      /* the testcases, into jbuf             */
    xmlBufferPtr  jbuf;
    int           failed;        /* the current testcase has a failure  */
    unsigned long jfailures, jerrors;
};

static struct field *field_get(struct report *r, const char *name)
{
    size_t i;

    for (i = 0; i < r->nfields; i++)
        if (strcmp(r->fields[i].name, name) == 0)
            return &r->fields[i];
    if (r->nfields == r->cap) {
        size_t cap = r->cap ? 2 * r->cap : 32;
        struct field *v = realloc(r->fields, cap * sizeof *v);
        if (v == NULL)
            return NULL;
        r->fields = v;
        r->cap = cap;
    }
    memset(&r->fields[r->nfields], 0, sizeof r->fields[0]);
    if ((r->fields[r->nfields].name = strdup(name)) == NULL)
        return NULL;
    return &r->fields[r->nfields++];
}

/* A value for the report: one line, at most 80 bytes. */
static void short_value(char *buf, size_t size, const char *v)
{
    size_t i, o = 0;

    if (v == NULL) {
        snprintf(buf, size, "(absent)");
        return;
    }
    for (i = 0; v[i] != '\0' && o + 4 < size && o < 80; i++)
        buf[o++] = v[i] == '\n' ? ' ' : v[i];
    /* cut between characters: back over the bytes copied of the one the
     * cut falls in (V[I], the first not copied, continues it) */
    while (v[i] != '\0' && o > 0 && ((unsigned char)v[i] & 0xc0) == 0x80)
        o--, i--;
    buf[o] = '\0';
    if (v[i] != '\0')
        strcat(buf, "...");
}

enum { SHOW_PER_FILE = 20 };

static void on_change(const struct cli_change *c, void *ctx)
{
    struct report *r = ctx;
    char fname[512], ov[128], nv[128], msg[600];
    struct field *f;

    cli_change_field(c->path, fname, sizeof fname);
    f = field_get(r, fname);
    if (f != NULL) {
        f->changes++;
        if (f->last_file != r->file) {
            f->files++;
            f->last_file = r->file;
        }
    }
    short_value(ov, sizeof ov, c->old_value);
    short_value(nv, sizeof nv, c->new_value);
    snprintf(msg, sizeof msg, "%s: %s -> %s", c->path, ov, nv);
    if (!r->quiet && r->shown < SHOW_PER_FILE)
        printf("    %s\n", msg);
    r->shown++;
    if (r->junit != NULL) {
        if (!r->failed)
            r->jfailures++;
        r->failed = 1;
        xmlTextWriterStartElement(r->junit, BAD_CAST "failure");
        xmlTextWriterWriteAttribute(r->junit, BAD_CAST "type", BAD_CAST "changed");
        xmlTextWriterWriteAttribute(r->junit, BAD_CAST "message", BAD_CAST msg);
        xmlTextWriterWriteString(r->junit, BAD_CAST c->path);
        xmlTextWriterEndElement(r->junit);
    }
}

static void junit_case(struct report *r, const char *name)
{
    if (r->junit == NULL)
        return;
    r->failed = 0;
    xmlTextWriterStartElement(r->junit, BAD_CAST "testcase");
    xmlTextWriterWriteAttribute(r->junit, BAD_CAST "classname",
                                BAD_CAST "form8k.regress");
    xmlTextWriterWriteAttribute(r->junit, BAD_CAST "name", BAD_CAST name);
}

static void junit_failure(struct report *r, const char *type,
                          const char *msg)
{
    int error = strcmp(type, "unreadable") == 0;

    if (r->junit == NULL)
        return;
    /* a file that cannot be compared is an error of the test, not a
     * failure: JUnit counts them apart */
    if (!r->failed) {
        if (error)
            r->jerrors++;
        else
            r->jfailures++;
    }
    r->failed = 1;
    xmlTextWriterStartElement(r->junit, BAD_CAST (error ? "error" : "failure"));
    xmlTextWriterWriteAttribute(r->junit, BAD_CAST "type", BAD_CAST type);
    xmlTextWriterWriteAttribute(r->junit, BAD_CAST "message", BAD_CAST msg);
    xmlTextWriterEndElement(r->junit);
}

/* The JUnit report: <testsuites> and its <testsuite>, each with the
 * counts CI tools read (tests, failures, errors, skipped, time), around
 * the testcases written into R's buffer meanwhile. */
static int junit_write(struct report *r, const char *path, const char *baseline,
                       unsigned long tests, double seconds)
{
    xmlTextWriterPtr w = xmlNewTextWriterFilename(path, 0);
    int lvl, ok = 1;

    if (w == NULL)
        return -1;
    xmlTextWriterSetIndent(w, 1);
    ok &= xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL) >= 0;
    for (lvl = 0; lvl < 2; lvl++) {
        ok &= xmlTextWriterStartElement(w, BAD_CAST (lvl ? "testsuite" : "testsuites")) >= 0;
        ok &= xmlTextWriterWriteAttribute(w, BAD_CAST "name", BAD_CAST "form8k regress") >= 0;
        ok &= xmlTextWriterWriteFormatAttribute(w, BAD_CAST "tests", "%lu", tests) >= 0;
        ok &= xmlTextWriterWriteFormatAttribute(w, BAD_CAST "failures", "%lu", r->jfailures) >= 0;
        ok &= xmlTextWriterWriteFormatAttribute(w, BAD_CAST "errors", "%lu", r->jerrors) >= 0;
        ok &= xmlTextWriterWriteAttribute(w, BAD_CAST "skipped", BAD_CAST "0") >= 0;
        ok &= xmlTextWriterWriteFormatAttribute(w, BAD_CAST "time", "%.3f", seconds) >= 0;
    }
    ok &= xmlTextWriterWriteFormatAttribute(w, BAD_CAST "baseline", "%s", baseline) >= 0;
    xmlTextWriterFlush(r->junit);
    ok &= xmlTextWriterWriteRaw(w, BAD_CAST "\n") >= 0;
    ok &= xmlTextWriterWriteRaw(w, xmlBufferContent(r->jbuf)) >= 0;
    ok &= xmlTextWriterEndDocument(w) >= 0;
    xmlFreeTextWriter(w);
    return ok ? 0 : -1;
}

static int by_changes(const void *a, const void *b)
{
    const struct field *x = a, *y = b;
    if (x->changes != y->changes)
        return x->changes < y->changes ? 1 : -1;
    return strcmp(x->name, y->name);
}

/* Copy the file FROM over BASE/REL (made atomically, never through a
 * link under BASE: outfile.c). */
static int update_one(int basefd, const char *rel, const char *from)
{
    char *data = NULL;
    size_t len = 0, leaf = 0;
    int fd, err = 0, rc;

    if (cli_read_input(from, from, &data, &len, stderr) != 0)
        return -1;
    fd = cli_outdir_parent(basefd, rel, 1, &leaf, &err);
    rc = fd < 0 ? -1 : cli_outdir_write(fd, rel + leaf, data, len, &err);
    if (fd >= 0)
        close(fd);
    if (rc != 0)
        fprintf(stderr, "%s: regress --update: %s: %s\n", cli_progname, rel,
                strerror(err));
    free(data);
    return rc;
}

/* ------------------------------------------------------------ command */

static int regress_usage(const char *what, const char *arg)
{
    fprintf(stderr, "%s: regress: %s%s%s\n", cli_progname, what,
            arg ? " " : "", arg ? arg : "");
    fprintf(stderr, "Usage: %s regress --baseline DIR [--update] "
            "[--junit FILE] [-j N] [-q] FILE|FOLDER...\n", cli_progname);
    return EXIT_USAGE;
}

static int regress_main(int argc, char **argv);

static const struct cli_opt regress_opts[] = {
    { "baseline", K_BASELINE, "DIR", NULL, "the XML to compare with (as "
      "parse --out DIR wrote it); required" },
    { "update", K_UPDATE, NULL, NULL, "then make DIR hold the new XML" },
    { "junit", K_JUNIT, "FILE", NULL, "also write a JUnit XML report to "
      "FILE, a test case per input" },
    { "jobs", 'j', "N", NULL, "N worker threads (default: one per online "
      "processor)" },
    { "quiet", 'q', NULL, NULL, "print the summary line alone" },
    { NULL, 0, NULL, NULL, NULL }
};

const struct cli_cmd cli_cmd_regress = {
    "regress", "parse a corpus and compare it with a baseline of XML",
    "--baseline=DIR [OPTION]... FILE|FOLDER...",
    "Parse the inputs as 'parse --out DIR' does and compare each XML by\n"
    "meaning with the one of the same name under DIR.  Exit 0 when nothing\n"
    "changed, 1 otherwise.\n",
    regress_opts, regress_main
};

struct regress_args {
    const char *baseline, *junit;
    int update, quiet;
    unsigned jobs;
};

static int regress_take(void *ctx, int key, const char *v)
{
    struct regress_args *r = ctx;

    switch (key) {
    case K_BASELINE:
        r->baseline = v;
        break;
    case K_JUNIT:
        r->junit = v;
        break;
    case K_UPDATE:
        r->update = 1;
        break;
    case 'q':
        r->quiet = 1;
        break;
    case 'j':
        return cli_jobs_arg(v, &r->jobs);
    }
    return -1;
}

/* One run of regress: its options, the two lists of XML, the counts. */
struct regress_run {
    struct cli_options  o;       /* for cli_batch                       */
    struct regress_args ra;
    char                tmpl[4096];  /* the temporary folder of new XML */
    struct names        olds, news;  /* baseline's and new run's XML    */
    struct report       rep;
    struct timespec     t0;
    unsigned long       unchanged, changed, added, missing;
    int                 basefd;  /* the baseline, open with --update    */
    int                 batch_rc;
};

/* The options and operands into G.  -1: go on; else the exit status. */
static int regress_read_args(struct regress_run *g, int argc, char **argv)
{
    int first, rc;

    rc = cli_getopt(&cli_cmd_regress, argc, argv, regress_take, &g->ra, &first);
    if (rc >= 0)
        return rc;
    g->o.operands = (const char **)(argv + first);
    g->o.n_operands = (size_t)(argc - first);
    g->o.jobs = g->ra.jobs;
    g->rep.quiet = g->ra.quiet;
    if (g->ra.baseline == NULL || g->o.n_operands == 0)
        return regress_usage(g->ra.baseline == NULL
                             ? "--baseline DIR is required"
                             : "no input given", NULL);
    return -1;
}

/* The XML of the baseline (a missing one made first with --update, so
 * that a first run can create it).  -1: go on; else the exit status. */
static int list_baseline(struct regress_run *g)
{
    const char *baseline = g->ra.baseline;

    if (g->ra.update && mkdir(baseline, 0777) != 0 && errno != EEXIST)
        return cli_io_error(stderr, baseline, errno);
    if (cli_list_files(baseline, "", ".xml", &g->olds) != 0) {
        cli_names_free(&g->olds);
        return cli_io_error(stderr, baseline, errno ? errno : ENOMEM);
    }
    return -1;
}

/* The temporary folder the new XML goes to, under $TMPDIR.  -1: go on;
 * else the exit status. */
static int make_tmpdir(struct regress_run *g)
{
    const char *tmpdir = getenv("TMPDIR");

    snprintf(g->tmpl, sizeof g->tmpl, "%s/form8k-regress.XXXXXX",
             tmpdir != NULL && tmpdir[0] != '\0' ? tmpdir : "/tmp");
    if (mkdtemp(g->tmpl) == NULL) {
        cli_names_free(&g->olds);
        return cli_io_error(stderr, g->tmpl, errno);
    }
    return -1;
}

/* The new XML: batch mode into the temporary folder, quietly, then its
 * list.  Inputs that fail are no failure of regress (they show as
 * missing); 0, or the exit status of a batch that failed as a whole. */
static int convert_inputs(struct regress_run *g)
{
    int rc;

    g->o.out_dir = g->tmpl;
    g->o.quiet = 1;
    g->o.progress = -1;
    g->batch_rc = cli_batch(&g->o);
    rc = g->batch_rc == 0 || g->batch_rc == EXIT_BATCH ? 0 : g->batch_rc;
    if (rc == 0 && cli_list_files(g->tmpl, "", ".xml", &g->news) != 0)
        rc = cli_io_error(stderr, g->tmpl, errno ? errno : ENOMEM);
    return rc;
}

/* S in strcmp order, as compare_all merges the two lists. */
static void sort_names(struct names *s)
{
    if (s->n > 0)           /* v is NULL while empty */
        qsort(s->v, s->n, sizeof *s->v, cmp_str);
}

/* The testcases are written into memory as the files are compared:
 * junit_write puts them in their suites once the counts are known. */
static int junit_open(struct report *r)
{
    r->jbuf = xmlBufferCreate();
    r->junit = r->jbuf != NULL ? xmlNewTextWriterMemory(r->jbuf, 0) : NULL;
    if (r->junit == NULL) {
        fprintf(stderr, "%s: out of memory\n", cli_progname);
        return EXIT_NOMEM;
    }
    xmlTextWriterSetIndent(r->junit, 1);
    return 0;
}

/* NAME is in the baseline only: the input failed or was not given.
 * --update removes it from the baseline. */
static void compare_missing(struct regress_run *g, const char *name)
{
    char msg[4200], *oldp;

    g->missing++;
    if (!g->rep.quiet)
        printf("missing    %s (in the baseline, not written now)\n", name);
    snprintf(msg, sizeof msg, "%s: in the baseline, not written now "
             "(the input failed or was not given)", name);
    junit_failure(&g->rep, "missing", msg);
    if (g->basefd >= 0 && (oldp = pjoin(g->ra.baseline, name)) != NULL) {
        unlink(oldp);
        free(oldp);
    }
}

/* NAME is in the new run only; --update adds it to the baseline.  0, or
 * EXIT_IO when it could not be. */
static int compare_new(struct regress_run *g, const char *name)
{
    char msg[4200], *newp;
    int rc = 0;

    g->added++;
    if (!g->rep.quiet)
        printf("new        %s\n", name);
    snprintf(msg, sizeof msg, "%s: not in the baseline", name);
    junit_failure(&g->rep, "new", msg);
    newp = pjoin(g->tmpl, name);
    if (g->basefd >= 0 && (newp == NULL || update_one(g->basefd, name, newp) != 0))
        rc = EXIT_IO;
    free(newp);
    return rc;
}

/* NAME changed in N places between OLDP and NEWP: its line, then its
 * changes (a second pass, now that their number is known); --update
 * takes the new file.  0, or EXIT_IO when it could not. */
static int report_changed(struct regress_run *g, const char *name,
                          const char *oldp, const char *newp, long n)
{
    g->changed++;
    if (!g->rep.quiet)
        printf("changed    %s (%ld change%s)\n", name, n, n == 1 ? "" : "s");
    g->rep.file = name;
    g->rep.shown = 0;
    cli_diff_files(oldp, newp, 0, stderr, on_change, &g->rep);
    if (!g->rep.quiet && n > SHOW_PER_FILE)
        printf("    ... and %ld more\n", n - SHOW_PER_FILE);
    if (g->basefd >= 0 && update_one(g->basefd, name, newp) != 0)
        return EXIT_IO;
    return 0;
}

/* NAME is in both: unchanged, changed, or unreadable (counted as
 * changed).  0, or EXIT_IO when --update could not write it. */
static int compare_both(struct regress_run *g, const char *name)
{
    char msg[4200];
    char *oldp = pjoin(g->ra.baseline, name), *newp = pjoin(g->tmpl, name);
    long n = -1;
    int rc = 0;

    /* the file's changes are printed under its line: find out first
     * whether there are any */
    if (oldp != NULL && newp != NULL)
        n = cli_diff_files(oldp, newp, 0, stderr, NULL, NULL);
    if (n > 0) {
        rc = report_changed(g, name, oldp, newp, n);
    } else if (n == 0) {
        g->unchanged++;
    } else {
        g->changed++;
        snprintf(msg, sizeof msg, "%s: cannot be read as form8k XML", name);
        junit_failure(&g->rep, "unreadable", msg);
    }
    free(oldp);
    free(newp);
    return rc;
}

/* Both lists are sorted: walk them together, a testcase per name.  0,
 * or the exit status that stopped the walk. */
static int compare_all(struct regress_run *g)
{
    const struct names *olds = &g->olds, *news = &g->news;
    size_t i = 0, j = 0;
    int rc = 0;

    while (rc == 0 && (i < olds->n || j < news->n)) {
        int c = i == olds->n ? 1 : j == news->n ? -1
                                 : strcmp(olds->v[i], news->v[j]);
        const char *name = c <= 0 ? olds->v[i] : news->v[j];

        junit_case(&g->rep, name);
        if (c < 0) {
            compare_missing(g, name);
            i++;
        } else if (c > 0) {
            rc = compare_new(g, name);
            j++;
        } else {
            rc = compare_both(g, name);
            i++;
            j++;
        }
        if (g->rep.junit != NULL)
            xmlTextWriterEndElement(g->rep.junit);     /* testcase */
    }
    return rc;
}

/* The end of the report: the changes by field (most changed first), then
 * the summary line, which -q prints alone. */
static void print_summary(struct regress_run *g)
{
    struct report *rep = &g->rep;
    size_t i;

    if (rep->nfields > 0 && !rep->quiet) {
        qsort(rep->fields, rep->nfields, sizeof *rep->fields, by_changes);
        printf("\nChanges by field:\n%8s %6s  %s\n", "changes", "files", "field");
        for (i = 0; i < rep->nfields; i++)
            printf("%8lu %6lu  %s\n", rep->fields[i].changes,
                   rep->fields[i].files, rep->fields[i].name);
    }
    printf("%sregress: %lu unchanged, %lu changed, %lu new, %lu missing%s\n",
           rep->quiet ? "" : "\n", g->unchanged, g->changed, g->added,
           g->missing,
           g->batch_rc == EXIT_BATCH ? " (some inputs failed to parse)" : "");
}

/* --junit: the report written (when all went well so far, RC 0), its
 * writer freed.  RC, or the exit status of a failed write. */
static int junit_finish(struct regress_run *g, int rc)
{
    struct report *rep = &g->rep;

    if (rep->junit != NULL) {
        struct timespec t1;
        clock_gettime(CLOCK_MONOTONIC, &t1);
        if (rc == 0 && junit_write(rep, g->ra.junit, g->ra.baseline,
                                   g->unchanged + g->changed + g->added +
                                   g->missing,
                                   (double)(t1.tv_sec - g->t0.tv_sec) +
                                   (double)(t1.tv_nsec - g->t0.tv_nsec) / 1e9) != 0)
            rc = cli_io_error(stderr, g->ra.junit, errno ? errno : EIO);
        xmlFreeTextWriter(rep->junit);
    }
    if (rep->jbuf != NULL)
        xmlBufferFree(rep->jbuf);
    return rc;
}

/* The baseline closed (with --update, a baseline that could not be
 * opened is the run's failure), the temporary folder removed, the rest
 * freed.  RC, or the exit status of that failure. */
static int regress_cleanup(struct regress_run *g, int rc)
{
    size_t i;

    if (g->basefd >= 0)
        close(g->basefd);
    else if (g->ra.update && rc == 0)
        rc = cli_io_error(stderr, g->ra.baseline, errno);
    nftw(g->tmpl, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
    for (i = 0; i < g->rep.nfields; i++)
        free(g->rep.fields[i].name);
    free(g->rep.fields);
    cli_names_free(&g->olds);
    cli_names_free(&g->news);
    return rc;
}

static int regress_main(int argc, char **argv)
{
    struct regress_run g;
    int rc;

    memset(&g, 0, sizeof g);
    g.basefd = -1;
    clock_gettime(CLOCK_MONOTONIC, &g.t0);
    if ((rc = regress_read_args(&g, argc, argv)) >= 0 ||
        (rc = list_baseline(&g)) >= 0 || (rc = make_tmpdir(&g)) >= 0)
        return rc;
    rc = convert_inputs(&g);
    sort_names(&g.olds);
    sort_names(&g.news);
    if (rc == 0 && g.ra.junit != NULL)
        rc = junit_open(&g.rep);
    if (g.ra.update)
        g.basefd = cli_outdir_open(g.ra.baseline);
    if (rc == 0)
        rc = compare_all(&g);
    print_summary(&g);
    rc = junit_finish(&g, rc);
    rc = regress_cleanup(&g, rc);
    if (rc != 0)
        return rc;
    if (g.ra.update) {
        printf("regress: baseline %s updated\n", g.ra.baseline);
        return 0;
    }
    return g.changed + g.added + g.missing > 0 ? 1 : 0;
}
