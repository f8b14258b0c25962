/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* batch.c - form8k parse --out DIR: many inputs on several threads.
 *
 *   main thread   finds the inputs (operands, folders walked recursively,
 *                 --files-from) and hands them to the workers through a
 *                 bounded queue, so that memory does not grow with the
 *                 number of inputs
 *   N workers     read an input, parse it, write DIR/<its path>.xml
 *                 atomically, then, under one lock, copy its messages to
 *                 stderr, append its line to the index and count it
 *
 * What the workers share is only read: the options and the compiled schema
 * (compiled here, in the main thread, before any worker starts; the
 * library's own state lives in each f8k_doc).  A failed input is recorded
 * and the batch goes on; the exit status says whether any failed.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

/* One input: where to read it, where its XML goes (relative to DIR). */
struct job {
    char *path;
    char *out_rel;
    int   dup;        /* an earlier input has the same output */
};

enum { QUEUE_CAP = 256 };

struct batch {
    const struct cli_options *o;
    /* cli_foreach_input: each input is handed to FN instead (no DIR, no
     * index, no output names). */
    cli_input_fn  fn;
    void         *fn_ctx;
    f8k_schema   *schema;
    const char   *out_dir;
    int           dirfd;          /* DIR, every output reached from it    */
    /* The walk: DIR itself and form8k's own XML skipped. */
    struct cli_walk_opts walk;

    /* The queue, guarded by qlock. */
    pthread_mutex_t qlock;
    pthread_cond_t  not_empty, not_full;
    struct job     *ring[QUEUE_CAP];
    size_t          head, count;
    int             closed;       /* the main thread has found them all  */
    size_t          found;        /* inputs handed to the queue          */

    /* Output and counts, guarded by olock (taken before qlock). */
    pthread_mutex_t olock;
    int             index;        /* descriptor, -1: none                */
    off_t           index_off;    /* its length: where a line is undone  */
    const char     *index_name;
    int             index_errno;  /* why the first lost line was lost    */
    size_t          index_lost;   /* lines that could not be written     */
    int             progress;
    double          start, last_draw;
    size_t          done, written, skipped, failed;
    unsigned long long bytes, skipped_bytes;
    int             nomem;
    /* Hashes of the output names given out (main thread only): two
     * inputs whose names differ only in a final ".txt" or in "./" and
     * "../" parts would get one output; the later one in the order of
     * the operands fails rather than overwrite the first.  8 bytes an
     * input. */
    uint64_t       *outs;
    size_t          nouts, outs_cap;
};

/* ------------------------------------------------------------- helpers */

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *str_dup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d != NULL)
        memcpy(d, s, n);
    return d;
}

/* A + "/" + B, malloc'd. */
static char *path_join(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    char *p;

    while (na > 1 && a[na - 1] == '/')
        na--;
    p = malloc(na + nb + 2);
    if (p == NULL)
        return NULL;
    memcpy(p, a, na);
    p[na] = '/';
    memcpy(p + na + 1, b, nb + 1);
    return p;
}

/* The output name of the input REL (a relative path): a final ".txt"
 * becomes EXT (".xml", ".json"), any other name gets EXT added.
 * Malloc'd. */
static char *xml_name(const char *rel, const char *ext)
{
    size_t n = strlen(rel), ne = strlen(ext);
    char *p = malloc(n + ne + 1);

    if (p == NULL)
        return NULL;
    memcpy(p, rel, n + 1);
    if (n > 4 && strcmp(p + n - 4, ".txt") == 0)
        n -= 4;
    memcpy(p + n, ext, ne + 1);
    return p;
}

/* PATH as a relative path to mirror under DIR: empty, "." and ".."
 * components are dropped (so "/a/./b" and "../a/b" give "a/b").
 * Malloc'd; "input" when nothing is left. */
static char *mirror_path(const char *path)
{
    char *out = malloc(strlen(path) + sizeof "input");
    const char *p = path;
    size_t o = 0;

    if (out == NULL)
        return NULL;
    while (*p != '\0') {
        const char *e = strchr(p, '/');
        size_t n = e != NULL ? (size_t)(e - p) : strlen(p);

        if (!(n == 0 || (n == 1 && p[0] == '.') ||
              (n == 2 && p[0] == '.' && p[1] == '.'))) {
            if (o > 0)
                out[o++] = '/';
            memcpy(out + o, p, n);
            o += n;
        }
        p += n;
        if (*p == '/')
            p++;
    }
    if (o == 0) {
        memcpy(out, "input", sizeof "input");
        o = sizeof "input" - 1;
    }
    out[o] = '\0';
    return out;
}

/* mkdir -p of the folder that holds PATH (the part before its last '/'). */
static int make_parent(char *path)
{
    char *slash = strrchr(path, '/'), *p;
    int rc = 0;

    if (slash == NULL || slash == path)
        return 0;
    *slash = '\0';
    if (mkdir(path, 0777) != 0 && errno != EEXIST) {
        if (errno == ENOENT) {
            /* Make the missing folders from the top. */
            for (p = path + 1; *p != '\0'; p++) {
                if (*p != '/')
                    continue;
                *p = '\0';
                if (mkdir(path, 0777) != 0 && errno != EEXIST)
                    rc = -1;
                *p = '/';
                if (rc != 0)
                    break;
            }
            if (rc == 0 && mkdir(path, 0777) != 0 && errno != EEXIST)
                rc = -1;
        } else {
            rc = -1;
        }
    }
    *slash = '/';
    return rc;
}

/* FNV-1a of S: the identity of an output name in b->outs (never 0, the
 * mark of an empty slot). */
static uint64_t name_hash(const char *s)
{
    uint64_t h = 14695981039346656037u;

    for (; *s != '\0'; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211u;
    }
    return h != 0 ? h : 1;
}

/* Add H to the set (open addressing, at most half full).  Returns 1 when
 * it was not there, 0 when it was, -1 when out of memory. */
static int outs_add(struct batch *b, uint64_t h)
{
    size_t i;

    if (2 * (b->nouts + 1) > b->outs_cap) {
        size_t cap = b->outs_cap != 0 ? 2 * b->outs_cap : 1024, k;
        uint64_t *v = calloc(cap, sizeof *v);
        if (v == NULL)
            return -1;
        for (k = 0; k < b->outs_cap; k++) {
            if (b->outs[k] == 0)
                continue;
            for (i = b->outs[k] & (cap - 1); v[i] != 0; i = (i + 1) & (cap - 1))
                ;
            v[i] = b->outs[k];
        }
        free(b->outs);
        b->outs = v;
        b->outs_cap = cap;
    }
    for (i = h & (b->outs_cap - 1); b->outs[i] != 0; i = (i + 1) & (b->outs_cap - 1))
        if (b->outs[i] == h)
            return 0;
    b->outs[i] = h;
    b->nouts++;
    return 1;
}

/* ,"KEY_bytes":"<hex>": the exact bytes of a name cli_json_str could not
 * show whole. */
static void json_raw(FILE *f, const char *key, const char *s)
{
    fprintf(f, ",\"%s_bytes\":\"", key);
    for (; *s != '\0'; s++)
        fprintf(f, "%02x", (unsigned char)*s);
    putc('"', f);
}

/* --------------------------------------------------------------- queue */

/* Hand JOB to the workers (waits while the queue is full). */
static void queue_put(struct batch *b, struct job *job)
{
    pthread_mutex_lock(&b->qlock);
    while (b->count == QUEUE_CAP)
        pthread_cond_wait(&b->not_full, &b->qlock);
    b->ring[(b->head + b->count) % QUEUE_CAP] = job;
    b->count++;
    b->found++;
    pthread_cond_signal(&b->not_empty);
    pthread_mutex_unlock(&b->qlock);
}

/* The next job, or NULL when there are no more. */
static struct job *queue_get(struct batch *b)
{
    struct job *job = NULL;

    pthread_mutex_lock(&b->qlock);
    while (b->count == 0 && !b->closed)
        pthread_cond_wait(&b->not_empty, &b->qlock);
    if (b->count > 0) {
        job = b->ring[b->head];
        b->head = (b->head + 1) % QUEUE_CAP;
        b->count--;
        pthread_cond_signal(&b->not_full);
    }
    pthread_mutex_unlock(&b->qlock);
    return job;
}

static void queue_close(struct batch *b)
{
    pthread_mutex_lock(&b->qlock);
    b->closed = 1;
    pthread_cond_broadcast(&b->not_empty);
    pthread_mutex_unlock(&b->qlock);
}

static void job_free(struct job *job)
{
    if (job == NULL)
        return;
    free(job->path);
    free(job->out_rel);
    free(job);
}

/* Queue the input PATH, its XML going to DIR/xml_name(REL).  Takes
 * neither argument over.  Returns 0 or -1 (out of memory). */
static int add_input(struct batch *b, const char *path, const char *rel)
{
    struct job *job = malloc(sizeof *job);

    if (job == NULL)
        return -1;
    if (b->fn != NULL) {
        job->path = str_dup(path);
        job->out_rel = NULL;
        job->dup = 0;
        if (job->path == NULL) {
            job_free(job);
            return -1;
        }
        queue_put(b, job);
        return 0;
    }
    job->path = str_dup(path);
    job->out_rel = xml_name(rel, b->o->format == CLI_FMT_JSON ? ".json"
                                                              : ".xml");
    if (job->path == NULL || job->out_rel == NULL
        || (job->dup = outs_add(b, name_hash(job->out_rel))) < 0) {
        job_free(job);
        return -1;
    }
    job->dup = !job->dup;
    queue_put(b, job);
    return 0;
}

/* ------------------------------------------------------------- workers */

static void draw_progress(struct batch *b, double t)
{
    size_t found;
    int closed, width = 30, fill = 0, i;
    double secs = t - b->start;

    pthread_mutex_lock(&b->qlock);
    found = b->found;
    closed = b->closed;
    pthread_mutex_unlock(&b->qlock);
    if (found > 0)
        fill = (int)((double)b->done / (double)found * width);
    fputs("\r\033[K[", stderr);
    for (i = 0; i < width; i++)
        putc(i < fill ? '#' : '.', stderr);
    fprintf(stderr, "] %lu/%lu%s files  %.1f MB  %.1f MB/s  %lu failed",
            (unsigned long)b->done, (unsigned long)found, closed ? "" : "+",
            (double)b->bytes / 1e6,
            secs > 0 ? (double)b->bytes / 1e6 / secs : 0.0,
            (unsigned long)b->failed);
    fflush(stderr);
    b->last_draw = t;
}

/* What became of one input. */
struct result {
    const char *status;     /* "ok", "failed", "skipped"                 */
    int         exit;       /* its exit status, as form8k parse FILE     */
    size_t      diags;
    unsigned long long bytes, xml_bytes;
    double      secs;
    char       *messages;   /* what it printed (diagnostics, errors)     */
    size_t      messages_len;
    const char *error;      /* why it failed, one line                   */
    char        error_buf[256];
    /* What the input was (NULL / -1 when it was not parsed). */
    const char *kind;       /* f8k_doc_kind                              */
    int         body8k;     /* f8k_doc_has_8k                            */
    char        accession[32], cik[16];
    char        codes[512]; /* its diagnostic codes, once each, ","-separated */
};

/* What R's input was (kind, whether its 8-K body was read, accession
 * number, CIK, diagnostic codes), as members of its index line. */
static void index_describe(FILE *f, const struct result *r)
{
    const char *c = r->codes;

    fprintf(f, ",\"kind\":\"%s\",\"body_read\":%s", r->kind,
            r->body8k ? "true" : "false");
    if (r->accession[0] != '\0') {
        fputs(",\"accession\":", f);
        cli_json_str(f, r->accession);
    }
    if (r->cik[0] != '\0') {
        fputs(",\"cik\":", f);
        cli_json_str(f, r->cik);
    }
    fputs(",\"codes\":[", f);
    while (*c != '\0') {
        size_t n = strcspn(c, ",");
        fprintf(f, "%s\"%.*s\"", c == r->codes ? "" : ",", (int)n, c);
        c += n + (c[n] == ',');
    }
    putc(']', f);
}

/* R's index line on F: one JSON object, its newline. */
static void index_json(FILE *f, const struct job *job, const char *out_path,
                       const struct result *r)
{
    fputs("{\"input\":", f);
    if (cli_json_str(f, job->path))
        json_raw(f, "input", job->path);
    fprintf(f, ",\"status\":\"%s\",\"exit\":%d,\"diagnostics\":%lu,"
            "\"output\":", r->status, r->exit, (unsigned long)r->diags);
    if (r->exit == EXIT_XML) {
        if (cli_json_str(f, out_path))
            json_raw(f, "output", out_path);
    } else {
        fputs("null", f);
    }
    fprintf(f, ",\"bytes\":%llu,\"xml_bytes\":%llu,\"seconds\":%.6f",
            r->bytes, r->xml_bytes, r->secs);
    if (r->kind != NULL)
        index_describe(f, r);
    if (r->error != NULL) {
        fputs(",\"error\":", f);
        cli_json_str(f, r->error);
    }
    fputs("}\n", f);
}

/* Under olock: LINE appended to the index with one write(); a part
 * written is cut off again.  0, or the errno of the failure. */
static int index_append(struct batch *b, const char *line, size_t len)
{
    int err;

    if (cli_write_full(b->index, line, len) == 0) {
        b->index_off += (off_t)len;
        return 0;
    }
    err = errno;
    /* Undo a part written (not possible on a pipe: then the reader sees
     * the line cut, and the failure is reported). */
    if (ftruncate(b->index, b->index_off) == 0)
        lseek(b->index, b->index_off, SEEK_SET);
    return err;
}

/* Under olock: append R's line to the index, whole or not at all: the
 * line is made in memory and written with one write(); a short write
 * (a full disk) is undone by truncating the index back, and counted. */
static void index_line(struct batch *b, const struct job *job,
                       const char *out_path, const struct result *r)
{
    char *line = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&line, &len);
    int err = ENOMEM;

    if (f != NULL) {
        index_json(f, job, out_path, r);
        if (fclose(f) != 0) {
            free(line);
            line = NULL;
        }
    }
    if (line != NULL)
        err = index_append(b, line, len);
    free(line);
    if (err != 0) {
        if (b->index_lost++ == 0)
            b->index_errno = err;
    }
}

/* Under olock: print R's messages, write its index line, count it. */
static void record(struct batch *b, const struct job *job,
                   const char *out_path, struct result *r)
{
    double t;

    pthread_mutex_lock(&b->olock);
    if (r->messages_len > 0) {
        if (b->progress)
            fputs("\r\033[K", stderr);
        fwrite(r->messages, 1, r->messages_len, stderr);
        if (b->progress)
            b->last_draw = 0;   /* redraw the bar below the messages */
    }
    if (b->index >= 0)
        index_line(b, job, out_path, r);
    b->done++;
    if (strcmp(r->status, "skipped") != 0)
        b->bytes += r->bytes;    /* MB/s of what was converted */
    else
        b->skipped_bytes += r->bytes;
    if (r->exit != EXIT_XML)
        b->failed++;
    else if (strcmp(r->status, "skipped") == 0)
        b->skipped++;
    else
        b->written++;
    if (b->progress && ((t = now()) - b->last_draw >= 0.1))
        draw_progress(b, t);
    pthread_mutex_unlock(&b->olock);
}

/* The first error diagnostic of DOC, or else the last line of MSG, as
 * the index's one-line reason. */
static const char *failure_reason(struct result *r, const f8k_doc *doc)
{
    size_t i, n = doc != NULL ? f8k_doc_diag_count(doc) : 0;
    const char *s = NULL, *e = NULL;

    /* Copied into R: the document (and its messages) is freed before the
     * index line is written. */
    for (i = 0; i < n && s == NULL; i++) {
        const f8k_diag *d = f8k_doc_diag(doc, i);
        if (d != NULL && d->severity == F8K_SEV_ERROR && d->message != NULL) {
            s = d->message;
            e = s + strlen(s);
        }
    }
    if (s == NULL) {
        if (r->messages == NULL || r->messages_len == 0)
            return "failed";
        /* The last line, less "form8k: " and the file name. */
        e = r->messages + r->messages_len;
        while (e > r->messages && e[-1] == '\n')
            e--;
        for (s = e; s > r->messages && s[-1] != '\n'; s--)
            ;
    }
    n = (size_t)(e - s);
    if (n >= sizeof r->error_buf)
        n = sizeof r->error_buf - 1;
    memcpy(r->error_buf, s, n);
    r->error_buf[n] = '\0';
    return r->error_buf;
}

/* A worker's open output folder: a run of inputs from one folder costs
 * one descriptor, not a walk from DIR each. */
struct outfolder {
    char  *rel;         /* its path under DIR ("" for DIR itself)       */
    size_t n;
    int    fd;          /* -1: none open                                */
};

/* The descriptor of the folder of REL (the part before its last '/'),
 * made if missing, reached from DIR without following links.  -1 with
 * *ERR set; *FAILED then ends the component that failed. */
static int out_folder(struct batch *b, struct outfolder *of, const char *rel,
                      size_t *leaf, int *err, size_t *failed)
{
    const char *slash = strrchr(rel, '/');
    size_t n = slash != NULL ? (size_t)(slash - rel) : 0;
    int fd;

    *leaf = slash != NULL ? n + 1 : 0;
    if (of->fd >= 0 && of->n == n && memcmp(of->rel, rel, n) == 0)
        return of->fd;
    fd = cli_outdir_parent(b->dirfd, rel, 1, failed, err);
    if (fd < 0)
        return -1;
    if (of->fd >= 0)
        close(of->fd);
    free(of->rel);
    of->rel = malloc(n + 1);
    if (of->rel == NULL) {
        close(fd);
        of->fd = -1;
        *err = ENOMEM;
        return -1;
    }
    memcpy(of->rel, rel, n);
    of->rel[n] = '\0';
    of->n = n;
    of->fd = fd;
    return fd;
}

/* Write the XML of JOB under DIR; on failure print why (naming the input
 * and the output, and the link that stopped it) and return EXIT_IO. */
static int write_output(struct batch *b, struct outfolder *of,
                        const struct job *job, const char *out_path,
                        const char *xml, size_t len, FILE *err)
{
    size_t leaf = 0, failed = 0;
    int e = 0, fd = out_folder(b, of, job->out_rel, &leaf, &e, &failed);

    if (fd >= 0 && cli_outdir_write(fd, job->out_rel + leaf, xml, len, &e) == 0)
        return EXIT_XML;
    if (e == ELOOP) {
        /* DIR/<the part of the path that is a link> */
        int upto = fd >= 0 ? (int)strlen(job->out_rel) : (int)failed;
        fprintf(err, "%s: %s: %s/%.*s is a symbolic link: nothing is "
                "written through a link under --out DIR; not written\n",
                cli_progname, job->path, b->out_dir, upto, job->out_rel);
    } else {
        fprintf(err, "%s: %s: cannot write %s: %s\n", cli_progname,
                job->path, out_path, strerror(e));
    }
    errno = e;
    return EXIT_IO;
}

/* What DOC was (kind, whether an 8-K body was read, accession number and
 * CIK, its diagnostic codes once each) into R, for the index. */
static void describe(struct result *r, const f8k_doc *doc)
{
    const char *v;
    size_t i, n = f8k_doc_diag_count(doc), o = 0;

    r->kind = f8k_doc_kind(doc);
    r->body8k = f8k_doc_has_8k(doc);
    v = f8k_doc_header(doc, "AccessionNumber");
    snprintf(r->accession, sizeof r->accession, "%s", v != NULL ? v : "");
    v = f8k_doc_header(doc, "CentralIndexKey");
    snprintf(r->cik, sizeof r->cik, "%s", v != NULL ? v : "");
    for (i = 0; i < n; i++) {
        const char *code = f8k_doc_diag(doc, i)->code;
        size_t cl = strlen(code);
        const char *p = r->codes;
        int seen = 0;
        /* a code is "F8K-" and four letters or digits: no quoting needed */
        while (*p != '\0' && !seen) {
            size_t k = strcspn(p, ",");
            seen = k == cl && memcmp(p, code, cl) == 0;
            p += k + (p[k] == ',');
        }
        if (seen || o + cl + 2 > sizeof r->codes)
            continue;
        if (o > 0)
            r->codes[o++] = ',';
        memcpy(r->codes + o, code, cl);
        o += cl;
        r->codes[o] = '\0';
    }
}

/* Convert one input; fills R (R->messages malloc'd by open_memstream). */
static void convert_one(struct batch *b, const struct job *job,
                        const char *out_path, struct outfolder *of,
                        struct result *r)
{
    const struct cli_options *o = b->o;
    FILE *ef = open_memstream(&r->messages, &r->messages_len);
    FILE *err = ef != NULL ? ef : stderr;
    char *data = NULL, *xml = NULL;
    size_t len = 0, xml_len = 0;
    f8k_doc *doc = NULL;
    f8k_status st;

    r->exit = cli_read_input(job->path, job->path, &data, &len, err);
    r->bytes = len;
    if (r->exit == 0) {
        r->exit = cli_convert(job->path, data, len, &o->parse, &b->schema,
                              &doc, &xml, &xml_len, &st);
        cli_report(err, doc, job->path, r->exit, st, o->quiet);
        if (r->exit == EXIT_XML)
            r->exit = cli_reformat(o, job->path, &xml, &xml_len, err);
        r->diags = doc != NULL ? f8k_doc_diag_count(doc) : 0;
        if (doc != NULL)
            describe(r, doc);
    }
    free(data);
    if (r->exit == EXIT_XML) {
        /* No fsync per file: the rename makes the output whole, and
         * --resume checks the end tag after a crash. */
        r->exit = write_output(b, of, job, out_path, xml, xml_len, err);
        r->xml_bytes = r->exit == EXIT_XML ? xml_len : 0;
    }
    f8k_free(xml);
    if (ef != NULL)
        fclose(ef);
    if (r->exit != EXIT_XML)
        r->error = failure_reason(r, doc);
    f8k_doc_free(doc);
}

/* The failure of JOB, whose output an earlier input of the batch has:
 * the first input to claim an output keeps it. */
static void refuse_dup(struct result *r, const struct job *job,
                       const char *out_path)
{
    FILE *ef;

    r->exit = EXIT_IO;
    r->error = "another input of this batch has the same output "
               "(names that differ only in a final .txt or in "
               "./ and ../ parts, or one name in two FOLDERs): "
               "not written";
    ef = open_memstream(&r->messages, &r->messages_len);
    if (ef != NULL) {
        fprintf(ef, "%s: %s: %s: %s\n", cli_progname, job->path,
                out_path, r->error);
        fclose(ef);
    }
}

/* One input of parse --out DIR: converted, refused or skipped (--resume
 * finds its XML complete), then recorded. */
static void run_job(struct batch *b, const struct job *job,
                    struct outfolder *of)
{
    struct result r;
    char *out_path;
    double t0 = now();

    out_path = path_join(b->out_dir, job->out_rel);
    memset(&r, 0, sizeof r);
    r.status = "ok";
    if (out_path == NULL) {
        r.exit = EXIT_NOMEM;
        r.error = "out of memory";
        pthread_mutex_lock(&b->olock);
        b->nomem = 1;
        pthread_mutex_unlock(&b->olock);
    } else if (job->dup) {
        refuse_dup(&r, job, out_path);
    } else if (b->o->resume && cli_outdir_complete(b->dirfd, job->out_rel,
                                                  job->path)) {
        struct stat sb;
        r.status = "skipped";
        if (stat(job->path, &sb) == 0)
            r.bytes = (unsigned long long)sb.st_size;
    } else {
        convert_one(b, job, out_path, of, &r);
    }
    if (r.exit != EXIT_XML)
        r.status = "failed";
    r.secs = now() - t0;
    record(b, job, out_path, &r);
    free(r.messages);
    free(out_path);
}

/* A worker thread: the queue's jobs until there are no more, each handed
 * to cli_foreach_input's function or converted. */
static void *worker(void *arg)
{
    struct batch *b = arg;
    struct job *job;
    struct outfolder of = { NULL, 0, -1 };

    while ((job = queue_get(b)) != NULL) {
        if (b->fn != NULL)
            b->fn(b->fn_ctx, job->path);
        else
            run_job(b, job, &of);
        job_free(job);
    }
    if (of.fd >= 0)
        close(of.fd);
    free(of.rel);
    return NULL;
}

/* ------------------------------------------------------------- inputs */

static int skip_name(const struct dirent *e)
{
    return e->d_name[0] != '.';
}

struct walker {
    struct cli_walk_opts *o;
    int (*fn)(void *ctx, const char *path, const char *rel);
    void *ctx;
};

/* Every regular file under the folder PATH (REL: its path relative to
 * the operand, "" for the operand itself), in name order.  Symbolic
 * links to files are followed, links to folders are not (no loops), and
 * names starting with '.' are skipped; so is form8k's own output, when
 * asked - its XML (a folder of filings often holds their XML: generate's
 * NAME.expected.xml, an earlier --out DIR) and a batch's index.jsonl. */
static int walk(const struct walker *w, const char *path, const char *rel)
{
    struct dirent **names = NULL;
    int n, i, rc = 0;

    n = scandir(path, &names, skip_name, alphasort);
    if (n < 0) {
        /* An unreadable folder is an input that fails: hand it on so
         * that the index says so. */
        return w->fn(w->ctx, path, rel[0] != '\0' ? rel : "input");
    }
    for (i = 0; i < n; i++) {
        char *p = rc == 0 ? path_join(path, names[i]->d_name) : NULL;
        char *r = rc == 0 ? (rel[0] != '\0' ? path_join(rel, names[i]->d_name)
                                            : str_dup(names[i]->d_name))
                          : NULL;
        struct stat sb;

        if (rc == 0 && (p == NULL || r == NULL))
            rc = -1;
        if (rc == 0 && lstat(p, &sb) == 0) {
            if (S_ISDIR(sb.st_mode)) {
                if (!(w->o->skip_ino != 0 && sb.st_dev == w->o->skip_dev &&
                      sb.st_ino == w->o->skip_ino))
                    rc = walk(w, p, r);
            } else if (S_ISREG(sb.st_mode) ||
                       (S_ISLNK(sb.st_mode) && stat(p, &sb) == 0 &&
                        S_ISREG(sb.st_mode))) {
                if (w->o->skip_own &&
                    (strcmp(names[i]->d_name, "index.jsonl") == 0 ||
                     cli_file_is_own_output(p)))
                    w->o->own_skipped++;
                else
                    rc = w->fn(w->ctx, p, r);
            }
        }
        free(p);
        free(r);
        free(names[i]);
    }
    free(names);
    return rc;
}

int cli_walk(const char *path, struct cli_walk_opts *o,
             int (*fn)(void *ctx, const char *path, const char *rel),
             void *ctx)
{
    struct walker w;
    struct stat sb;
    char *rel;
    int rc;

    w.o = o;
    w.fn = fn;
    w.ctx = ctx;
    if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
        return walk(&w, path, "");
    rel = mirror_path(path);
    if (rel == NULL)
        return -1;
    rc = fn(ctx, path, rel);
    free(rel);
    return rc;
}

static int queue_input(void *b, const char *path, const char *rel)
{
    return add_input(b, path, rel);
}

/* An operand or a line of --files-from: a folder is walked, anything else
 * is one input (one that cannot be read fails in the worker). */
static int add_operand(struct batch *b, const char *path)
{
    return cli_walk(path, &b->walk, queue_input, b);
}

/* The paths of LIST, one a line ('-': standard input).  Returns 0, -1
 * out of memory, or EXIT_IO after saying why. */
static int add_list(struct batch *b, const char *list)
{
    FILE *f = strcmp(list, "-") == 0 ? stdin : fopen(list, "r");
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int rc = 0;

    if (f == NULL)
        return cli_io_error(stderr, list, errno);
    while (rc == 0 && (n = getline(&line, &cap, f)) >= 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        if (n > 0)
            rc = add_operand(b, line);
    }
    if (rc == 0 && ferror(f))
        rc = cli_io_error(stderr, strcmp(list, "-") == 0 ? "standard input"
                                                           : list, errno);
    free(line);
    if (f != stdin)
        fclose(f);
    return rc;
}

/* ---------------------------------------------------------------- run */

static unsigned default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 1024 ? 1024 : (unsigned)n;
}

/* Start JOBS workers, hand them every input of the operands and of
 * --files-from, wait for them.  0, or an exit status after saying why. */
static int run_workers(struct batch *b, unsigned jobs)
{
    const struct cli_options *o = b->o;
    pthread_t *threads = malloc(jobs * sizeof *threads);
    unsigned started = 0, i;
    size_t k;
    int rc = 0;

    for (i = 0; threads != NULL && i < jobs; i++) {
        if (pthread_create(&threads[i], NULL, worker, b) != 0)
            break;
        started++;
    }
    if (started == 0) {
        fprintf(stderr, "%s: cannot start a worker thread\n", cli_progname);
        rc = EXIT_NOMEM;
    } else {
        for (k = 0; rc == 0 && k < o->n_operands; k++)
            rc = add_operand(b, o->operands[k]);
        if (rc == 0 && o->files_from != NULL)
            rc = add_list(b, o->files_from);
        if (rc < 0) {
            fprintf(stderr, "%s: out of memory\n", cli_progname);
            rc = EXIT_NOMEM;
        }
    }
    queue_close(b);
    for (i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    free(threads);
    return rc;
}

/* The locks and conditions of B's queue and output, made ready. */
static void batch_sync_init(struct batch *b)
{
    pthread_mutex_init(&b->qlock, NULL);
    pthread_mutex_init(&b->olock, NULL);
    pthread_cond_init(&b->not_empty, NULL);
    pthread_cond_init(&b->not_full, NULL);
}

/* ... and destroyed once the workers are joined. */
static void batch_sync_destroy(struct batch *b)
{
    pthread_cond_destroy(&b->not_full);
    pthread_cond_destroy(&b->not_empty);
    pthread_mutex_destroy(&b->olock);
    pthread_mutex_destroy(&b->qlock);
}

int cli_foreach_input(const struct cli_options *o, cli_input_fn fn, void *ctx)
{
    struct batch b;
    unsigned jobs = o->jobs > 0 ? o->jobs : default_jobs();
    int rc;

    memset(&b, 0, sizeof b);
    b.o = o;
    b.fn = fn;
    b.fn_ctx = ctx;
    b.walk.skip_own = 1;
    b.index = -1;
    batch_sync_init(&b);
    rc = run_workers(&b, jobs);
    batch_sync_destroy(&b);
    return rc;
}

/* DIR, made if missing (with its parents). */
static int make_out_dir(const char *dir, struct stat *sb)
{
    char *probe = path_join(dir, "x");
    int rc;

    if (probe == NULL)
        return -1;
    rc = make_parent(probe);
    free(probe);
    if (rc != 0 || stat(dir, sb) != 0)
        return -1;
    if (!S_ISDIR(sb->st_mode)) {
        errno = ENOTDIR;
        return -1;
    }
    return 0;
}

/* The length of the index FD up to its last whole line (a line cut by a
 * crash is cut off), the file positioned there; 0 for a pipe. */
static off_t whole_lines(int fd)
{
    struct stat sb;
    off_t end;
    char c;

    if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_size == 0)
        return 0;
    for (end = sb.st_size; end > 0; end--)
        if (pread(fd, &c, 1, end - 1) == 1 && c == '\n')
            break;
    if (end < sb.st_size && ftruncate(fd, end) != 0)
        end = sb.st_size;
    lseek(fd, end, SEEK_SET);
    return end;
}

/* MB, MB/s and files/s count the inputs converted (written or failed),
 * not those --resume skipped. */
static void summary(const struct batch *b, double secs)
{
    double mb = (double)b->bytes / 1e6;
    double converted = (double)(b->done - b->skipped);

    fprintf(stderr, "%s: %lu files, %.1f MB in %.2f s (%.1f MB/s, %.0f "
            "files/s): %lu written, %lu skipped, %lu failed; index %s\n",
            cli_progname, (unsigned long)b->done, mb, secs,
            secs > 0 ? mb / secs : 0.0,
            secs > 0 ? converted / secs : 0.0,
            (unsigned long)b->written, (unsigned long)b->skipped,
            (unsigned long)b->failed, b->index_name);
    if (b->walk.own_skipped > 0)
        fprintf(stderr, "%s: %lu file%s in the folders given %s form8k's own "
                "output (XML, index.jsonl), not read as input%s\n", cli_progname,
                b->walk.own_skipped,
                b->walk.own_skipped == 1 ? "" : "s",
                b->walk.own_skipped == 1 ? "is" : "are",
                b->walk.own_skipped == 1 ? "" : "s");
}

/* What batch mode cannot take: '-' as an operand (a list on standard
 * input is --files-from=-), or no input at all.  -1: go on; else the
 * exit status. */
static int check_operands(const struct cli_options *o)
{
    size_t k;

    for (k = 0; k < o->n_operands; k++)
        if (strcmp(o->operands[k], "-") == 0) {
            fprintf(stderr, "%s: batch mode reads no input from '-'; a list "
                    "of paths on standard input is --files-from=-\n",
                    cli_progname);
            return EXIT_USAGE;
        }
    if (o->n_operands == 0 && o->files_from == NULL) {
        fprintf(stderr, "%s: --out DIR: no input given (FILE, FOLDER or "
                "--files-from)\n", cli_progname);
        return EXIT_USAGE;
    }
    return -1;
}

/* DIR made and opened, and the walk told to skip it (and form8k's own
 * output).  -1: go on; else the exit status. */
static int open_out_dir(struct batch *b)
{
    const char *dir = b->o->out_dir;
    struct stat sb;

    if (make_out_dir(dir, &sb) != 0 || (b->dirfd = cli_outdir_open(dir)) < 0)
        return cli_io_error(stderr, dir, errno);
    b->walk.skip_dev = sb.st_dev;
    b->walk.skip_ino = sb.st_ino;
    b->walk.skip_own = 1;
    return -1;
}

/* --resume: a batch killed while writing leaves NAME.xml.XXXXXX behind;
 * nothing else would ever remove them. */
static void remove_stale(const struct batch *b)
{
    const struct cli_options *o = b->o;
    unsigned long removed = 0;

    if (cli_outdir_clean(b->dirfd, &removed) != 0)
        fprintf(stderr, "%s: --resume: some folders under %s could not "
                "be read for stale temporary files\n", cli_progname,
                o->out_dir);
    if (removed > 0 && !o->quiet)
        fprintf(stderr, "%s: --resume: removed %lu stale temporary "
                "file%s (NAME.xml.XXXXXX) under %s\n", cli_progname,
                removed, removed == 1 ? "" : "s", o->out_dir);
}

/* The schema is compiled once, here, and only read by the workers (this
 * also sets libxml2 up, in this thread, before any other).  -1: go on;
 * else the exit status. */
static int compile_schema(struct batch *b)
{
    f8k_status st = f8k_schema_new(&b->schema);

    if (st != F8K_OK) {
        fprintf(stderr, "%s: %s\n", cli_progname, f8k_status_string(st));
        return st == F8K_ERR_NOMEM ? EXIT_NOMEM : EXIT_INTERNAL;
    }
    return -1;
}

/* What cli_batch holds when it gives up before the workers start. */
static void batch_abandon(struct batch *b, char *index_path)
{
    close(b->dirfd);
    f8k_schema_free(b->schema);
    free(index_path);
}

/* The index's name: --index FILE, else DIR/index.jsonl (malloc'd into
 * *INDEX_PATH).  -1: go on; else the exit status. */
static int name_index(struct batch *b, char **index_path)
{
    const struct cli_options *o = b->o;

    if (o->index != NULL) {
        b->index_name = o->index;
        return -1;
    }
    *index_path = path_join(o->out_dir, "index.jsonl");
    if (*index_path == NULL) {
        batch_abandon(b, NULL);
        fprintf(stderr, "%s: out of memory\n", cli_progname);
        return EXIT_NOMEM;
    }
    b->index_name = *index_path;
    return -1;
}

/* The index opened.  -1: go on; else the exit status (B's resources
 * and INDEX_PATH freed). */
static int open_index(struct batch *b, char *index_path)
{
    const struct cli_options *o = b->o;
    int rc;

    /* The index in DIR is the batch's own: never written through a link
     * (a link there fails with ELOOP).  One named by --index is the
     * user's choice and followed, as -o follows links. */
    /* --resume keeps the lines of the earlier runs: what was skipped is
     * said there.  A last line cut by a crash is dropped. */
    if (o->index != NULL)
        b->index = open(b->index_name, O_RDWR | O_CREAT | O_CLOEXEC |
                        O_NOCTTY | (o->resume ? 0 : O_TRUNC), 0666);
    else
        b->index = openat(b->dirfd, "index.jsonl", O_RDWR | O_CREAT |
                          O_NOFOLLOW | O_CLOEXEC | O_NOCTTY |
                          (o->resume ? 0 : O_TRUNC), 0666);
    if (b->index >= 0 && o->resume)
        b->index_off = whole_lines(b->index);
    if (b->index >= 0)
        return -1;
    if (errno == ELOOP && o->index == NULL) {
        fprintf(stderr, "%s: %s is a symbolic link: the index is never "
                "written through a link (remove it, or name another "
                "file with --index)\n", cli_progname, b->index_name);
        rc = EXIT_IO;
    } else {
        rc = cli_io_error(stderr, b->index_name, errno);
    }
    batch_abandon(b, index_path);
    return rc;
}

/* Every input converted by the workers, under a progress bar when asked
 * (or on a terminal), the bar as it ends left on its line above the
 * summary.  0, or an exit status after saying why. */
static int convert_all(struct batch *b)
{
    const struct cli_options *o = b->o;
    unsigned jobs = o->jobs > 0 ? o->jobs : default_jobs();
    int rc;

    b->progress = o->progress > 0 || (o->progress == 0 && !o->quiet &&
                                      isatty(STDERR_FILENO));
    batch_sync_init(b);
    b->start = now();
    rc = run_workers(b, jobs);
    if (b->progress) {
        draw_progress(b, now());
        fputc('\n', stderr);
    }
    return rc;
}

/* The index closed, and any of its lines lost reported.  RC, or EXIT_IO
 * when RC was 0 and the index is not whole. */
static int close_index(struct batch *b, int rc)
{
    if (close(b->index) != 0 && b->index_lost == 0) {
        b->index_lost = 0;
        b->index_errno = errno;
        fprintf(stderr, "%s: %s: %s\n", cli_progname, b->index_name,
                strerror(b->index_errno));
        if (rc == 0)
            rc = EXIT_IO;
    }
    if (b->index_lost > 0) {
        /* The cause saved when the first line was lost, not whatever
         * errno holds by now. */
        fprintf(stderr, "%s: %s: %lu of %lu lines could not be written "
                "(each line is whole or absent): %s\n", cli_progname,
                b->index_name, (unsigned long)b->index_lost,
                (unsigned long)b->done, strerror(b->index_errno));
        if (rc == 0)
            rc = EXIT_IO;
    }
    return rc;
}

int cli_batch(const struct cli_options *o)
{
    struct batch b;
    char *index_path = NULL;
    int rc;

    memset(&b, 0, sizeof b);
    b.o = o;
    b.out_dir = o->out_dir;
    if ((rc = check_operands(o)) >= 0 || (rc = open_out_dir(&b)) >= 0)
        return rc;
    if (o->resume)
        remove_stale(&b);
    if ((rc = compile_schema(&b)) >= 0 ||
        (rc = name_index(&b, &index_path)) >= 0 ||
        (rc = open_index(&b, index_path)) >= 0)
        return rc;

    rc = convert_all(&b);

    rc = close_index(&b, rc);
    close(b.dirfd);
    if (!o->quiet || b.progress)
        summary(&b, now() - b.start);
    if (rc == 0 && b.nomem)
        rc = EXIT_NOMEM;
    if (rc == 0 && b.failed > 0)
        rc = EXIT_BATCH;

    batch_sync_destroy(&b);
    f8k_schema_free(b.schema);
    free(b.outs);
    free(index_path);
    return rc;
}
