/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* validate.c - form8k validate: a verdict per filing, and form8k explain.
 *
 *   form8k validate [OPTIONS] FILE|FOLDER...
 *   form8k explain CODE... | --list
 *
 * validate parses each input as `form8k parse` does (no XML is made),
 * then runs the reviewer's checks (f8k_review), and gives each input a
 * verdict: conforms, departs (a diagnostic at or above --fail-on that
 * --ignore does not drop), not-8k (another form, or no 8-K at all) or
 * unreadable (I/O, binary, too large).  The inputs are found and shared
 * among threads by batch.c (cli_foreach_input); each worker formats its
 * input's report in memory and prints it whole under one lock, so the
 * reports of two inputs never interleave (they come in the order the
 * inputs finish; with -j 1 in the order given).
 *
 * Formats: text (GNU-style departures, a verdict line per input, a
 * summary), json (JSON Lines: one object per input), sarif (SARIF 2.1.0:
 * one run, a rule per code of the catalogue, a result per departure; the
 * verdicts as properties of the artifacts).  The catalogue is the
 * library's table of diagnostics (f8k_diag_info_at).
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum { FMT_TEXT = 0, FMT_JSON = 1, FMT_SARIF = 2 };

enum verdict { V_CONFORMS = 0, V_DEPARTS, V_NOT_8K, V_UNREADABLE, V_COUNT };

static const char *const verdict_names[V_COUNT] = {
    "conforms", "departs", "not-8k", "unreadable"
};

struct vctx {
    const struct cli_options *o;
    f8k_severity  fail_on;
    size_t        ncodes;        /* entries of the catalogue             */
    unsigned char *ignored;      /* by catalogue index                   */

    pthread_mutex_t lock;        /* guards all below, and stdout         */
    size_t        inputs, verdicts[V_COUNT];
    size_t       *by_code;       /* departures by catalogue index        */
    int           rc;            /* the largest exit status of an input  */
    /* SARIF: the artifacts and results, written at the end. */
    FILE         *artifacts, *results;
    char         *artifacts_buf, *results_buf;
    size_t        artifacts_len, results_len;
    size_t        nartifacts, nresults;
};

static const char *sev_name(f8k_severity s)
{
    return s == F8K_SEV_ERROR ? "error" : s == F8K_SEV_WARNING ? "warning"
                                                              : "note";
}

static size_t code_index(const f8k_diag_info *e)
{
    return (size_t)(e - f8k_diag_info_at(0));
}

/* ------------------------------------------------------------- explain */

/* TEXT on F, words wrapped at WIDTH columns, every line after the first
 * indented by INDENT blanks (the first starts at column AT). */
static void wrap(FILE *f, const char *text, size_t at, size_t indent,
                 size_t width)
{
    const char *p = text;
    size_t col = at;
    int first = 1;

    while (*p != '\0') {
        const char *e;
        size_t n;

        while (*p == ' ')
            p++;
        e = strchr(p, ' ');
        n = e != NULL ? (size_t)(e - p) : strlen(p);
        if (n == 0)
            break;
        if (!first && col + 1 + n > width) {
            fprintf(f, "\n%*s", (int)indent, "");
            col = indent;
        } else if (!first) {
            putc(' ', f);
            col++;
        }
        fwrite(p, 1, n, f);
        col += n;
        first = 0;
        p += n;
    }
    putc('\n', f);
}

static void explain_one(FILE *f, const f8k_diag_info *e)
{
    fprintf(f, "%s  %s  ", e->code, sev_name(e->severity));
    wrap(f, e->summary, strlen(e->code) + 4 + strlen(sev_name(e->severity)),
         10, 76);
    fprintf(f, "  Check:    %s\n", e->rule);
    fputs("  Means:    ", f);
    wrap(f, e->means, 12, 12, 76);
    fputs("  Example:  ", f);
    wrap(f, e->example, 12, 12, 76);
    fputs("  Do:       ", f);
    wrap(f, e->fix, 12, 12, 76);
}

int cli_explain(const struct cli_options *o, int list)
{
    size_t i;
    int rc = EXIT_XML;

    if (list) {
        const f8k_diag_info *e;
        if (o->n_operands > 0) {
            fprintf(stderr, "%s: explain --list takes no CODE\n", cli_progname);
            return EXIT_USAGE;
        }
        /* One line a code: CODE, severity, summary (README and form8k(1)
         * hold this list; tests/diagdocs.sh compares them). */
        for (i = 0; (e = f8k_diag_info_at(i)) != NULL; i++)
            printf("%s  %-7s  %s\n", e->code, sev_name(e->severity), e->summary);
        return EXIT_XML;
    }
    if (o->n_operands == 0) {
        fprintf(stderr, "%s: explain: missing CODE (or --list)\n"
                "Try '%s --help' for more information.\n", cli_progname,
                cli_progname);
        return EXIT_USAGE;
    }
    for (i = 0; i < o->n_operands; i++) {
        const f8k_diag_info *e = f8k_diag_info_find(o->operands[i]);
        if (e == NULL) {
            fprintf(stderr, "%s: explain: no diagnostic code '%s' ('%s "
                    "explain --list' lists them)\n", cli_progname,
                    o->operands[i], cli_progname);
            rc = EXIT_USAGE;
            continue;
        }
        if (i > 0)
            putchar('\n');
        explain_one(stdout, e);
    }
    return rc;
}

/* ------------------------------------------------------------ verdicts */

/* What validate makes of one diagnostic: 2 a departure, 1 shown but not
 * a departure (a warning under --fail-on=error, a note with --notes), 0
 * dropped. */
static int weigh(const struct vctx *v, const f8k_diag *d)
{
    const f8k_diag_info *e = f8k_diag_info_find(d->code);

    if (e != NULL && v->ignored[code_index(e)])
        return 0;
    if (d->severity >= v->fail_on)
        return 2;
    if (d->severity != F8K_SEV_NOTE || v->o->notes)
        return 1;
    return 0;
}

static int has_code(const f8k_doc *doc, const char *code)
{
    size_t i, n = f8k_doc_diag_count(doc);

    for (i = 0; i < n; i++)
        if (strcmp(f8k_doc_diag(doc, i)->code, code) == 0)
            return 1;
    return 0;
}

/* The verdict and exit status of an input that was read: ST from the
 * parse, DEPARTURES counted. */
static enum verdict judge(const f8k_doc *doc, f8k_status st,
                          size_t departures, int *exit_status)
{
    *exit_status = 1;
    switch (st) {
    case F8K_OK:
        /* A submission with no 8-K document in it is no 8-K. */
        if (has_code(doc, "F8K-W407"))
            return V_NOT_8K;
        if (departures == 0)
            *exit_status = 0;
        return departures == 0 ? V_CONFORMS : V_DEPARTS;
    case F8K_ERR_NOT_8K:
        return V_NOT_8K;
    case F8K_ERR_INPUT:
        if (doc == NULL)
            return V_UNREADABLE;
        if (has_code(doc, "F8K-E003"))
            return V_NOT_8K;
        if (has_code(doc, "F8K-E004") || has_code(doc, "F8K-E005") ||
            has_code(doc, "F8K-E006") || has_code(doc, "F8K-E007"))
            return V_UNREADABLE;
        return V_DEPARTS;       /* an 8-K the grammar could not read */
    case F8K_ERR_TOO_LARGE:
        *exit_status = EXIT_TOO_LARGE;
        return V_UNREADABLE;
    case F8K_ERR_NOMEM:
        *exit_status = EXIT_NOMEM;
        return V_UNREADABLE;
    case F8K_ERR_IO:
        *exit_status = EXIT_IO;
        return V_UNREADABLE;
    case F8K_ERR_SCHEMA:
    case F8K_ERR_INTERNAL:
        break;
    }
    *exit_status = EXIT_INTERNAL;
    return V_UNREADABLE;
}

/* ------------------------------------------------------------- formats */

static void json_opt(FILE *f, const char *s)
{
    if (s == NULL)
        fputs("null", f);
    else
        cli_json_str(f, s);
}

/* A path as a SARIF URI reference: unreserved bytes and '/' as they are,
 * the others %-encoded; an absolute path gets file://. */
static void json_uri(FILE *f, const char *path)
{
    const unsigned char *p = (const unsigned char *)path;

    putc('"', f);
    if (*p == '/')
        fputs("file://", f);
    for (; *p != '\0'; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
            (*p >= '0' && *p <= '9') || strchr("-._~/", *p) != NULL)
            putc(*p, f);
        else
            fprintf(f, "%%%02X", *p);
    }
    putc('"', f);
}

static void text_diag(FILE *f, const f8k_diag *d, const char *name)
{
    const char *file = d->file != NULL ? d->file : name;

    fprintf(f, "%s:%u:%u: %s: %s [%s]", file, d->line, d->column,
            sev_name(d->severity), d->message, d->code);
    if (d->rel_line > 0)
        fprintf(f, " (other side: %s:%u:%u)", file, d->rel_line, d->rel_column);
    putc('\n', f);
}

static void json_diag(FILE *f, const f8k_diag *d)
{
    const f8k_diag_info *e = f8k_diag_info_find(d->code);

    fputs("{\"code\":", f);
    cli_json_str(f, d->code);
    fprintf(f, ",\"severity\":\"%s\",\"line\":%u,\"column\":%u,\"message\":",
            sev_name(d->severity), d->line, d->column);
    cli_json_str(f, d->message);
    fputs(",\"rule\":", f);
    json_opt(f, e != NULL ? e->rule : NULL);
    if (d->rel_line > 0)
        fprintf(f, ",\"other_line\":%u,\"other_column\":%u", d->rel_line,
                d->rel_column);
    putc('}', f);
}

/* One diagnostic as a SARIF result of the artifact ARTIFACT. */
static void sarif_result(FILE *f, const f8k_diag *d, const char *name,
                         size_t artifact, int departure)
{
    const f8k_diag_info *e = f8k_diag_info_find(d->code);

    fputs("{\"ruleId\":", f);
    cli_json_str(f, d->code);
    if (e != NULL)
        fprintf(f, ",\"ruleIndex\":%lu", (unsigned long)code_index(e));
    fprintf(f, ",\"level\":\"%s\",\"message\":{\"text\":", sev_name(d->severity));
    cli_json_str(f, d->message);
    fputs("},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":", f);
    json_uri(f, name);
    fprintf(f, ",\"index\":%lu},\"region\":{\"startLine\":%u,\"startColumn\":%u}}}]",
            (unsigned long)artifact, d->line, d->column);
    if (d->rel_line > 0) {
        fputs(",\"relatedLocations\":[{\"id\":1,\"message\":{\"text\":\"the other side\"},"
              "\"physicalLocation\":{\"artifactLocation\":{\"uri\":", f);
        json_uri(f, name);
        fprintf(f, ",\"index\":%lu},\"region\":{\"startLine\":%u,\"startColumn\":%u}}}]",
                (unsigned long)artifact, d->rel_line, d->rel_column);
    }
    fprintf(f, ",\"properties\":{\"departure\":%s}}", departure ? "true" : "false");
}

/* --------------------------------------------------------------- input */

static void validate_one(void *ctx, const char *path)
{
    struct vctx *v = ctx;
    const struct cli_options *o = v->o;
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    char *data = NULL, *msg = NULL, *out = NULL;
    size_t len = 0, msg_len = 0, out_len = 0, i, n, departures = 0;
    FILE *err = open_memstream(&msg, &msg_len);
    FILE *f;
    f8k_doc *doc = NULL;
    f8k_status st = F8K_OK;
    enum verdict verdict;
    int rc, first;
    unsigned char *weight = NULL;

    rc = cli_read_input(path, name, &data, &len, err != NULL ? err : stderr);
    if (err != NULL)
        fclose(err);
    /* The one-line reason of a refusal: the message, less its newline. */
    if (msg != NULL && msg_len > 0 && msg[msg_len - 1] == '\n')
        msg[--msg_len] = '\0';
    if (rc == 0) {
        st = f8k_parse_ex(name, data, len, &o->parse, &doc);
        if (st == F8K_OK && doc != NULL)
            st = f8k_review(doc);
    }
    free(data);
    n = doc != NULL ? f8k_doc_diag_count(doc) : 0;
    weight = calloc(n + 1, 1);
    for (i = 0; weight != NULL && i < n; i++) {
        weight[i] = (unsigned char)weigh(v, f8k_doc_diag(doc, i));
        if (weight[i] == 2)
            departures++;
    }
    if (rc != 0) {
        verdict = V_UNREADABLE;
    } else {
        verdict = judge(doc, st, departures, &rc);
        if (weight == NULL) {
            verdict = V_UNREADABLE;
            rc = EXIT_NOMEM;
        }
    }

    pthread_mutex_lock(&v->lock);
    v->inputs++;
    v->verdicts[verdict]++;
    if (rc > v->rc)
        v->rc = rc;
    for (i = 0; i < n; i++) {
        const f8k_diag_info *e;
        if (weight[i] == 2 &&
            (e = f8k_diag_info_find(f8k_doc_diag(doc, i)->code)) != NULL)
            v->by_code[code_index(e)]++;
    }
    f = o->format == FMT_SARIF ? NULL : open_memstream(&out, &out_len);
    if (o->format == FMT_TEXT && f != NULL) {
        for (i = 0; i < n; i++)
            if (weight[i] != 0)
                text_diag(f, f8k_doc_diag(doc, i), name);
        fprintf(f, "%s: %s", name, verdict_names[verdict]);
        if (verdict == V_DEPARTS) {
            fprintf(f, " (%lu departure%s", (unsigned long)departures,
                    departures == 1 ? "" : "s");
            for (i = 0, first = 1; i < n; i++)
                if (weight[i] == 2) {
                    fprintf(f, "%s%s", first ? ": " : ", ", f8k_doc_diag(doc, i)->code);
                    first = 0;
                }
            putc(')', f);
        } else if (verdict == V_UNREADABLE && msg != NULL && msg_len > 0) {
            fprintf(f, " (%s)", msg);
        }
        putc('\n', f);
    } else if (o->format == FMT_JSON && f != NULL) {
        fputs("{\"input\":", f);
        cli_json_str(f, name);
        fprintf(f, ",\"verdict\":\"%s\",\"exit\":%d,\"form\":",
                verdict_names[verdict], rc);
        json_opt(f, f8k_doc_form(doc));
        fputs(",\"filed\":", f);
        json_opt(f, f8k_doc_filed(doc));
        fputs(",\"departures\":[", f);
        for (i = 0, first = 1; i < n; i++)
            if (weight[i] == 2) {
                if (!first)
                    putc(',', f);
                json_diag(f, f8k_doc_diag(doc, i));
                first = 0;
            }
        fputs("],\"other\":[", f);
        for (i = 0, first = 1; i < n; i++)
            if (weight[i] == 1) {
                if (!first)
                    putc(',', f);
                json_diag(f, f8k_doc_diag(doc, i));
                first = 0;
            }
        putc(']', f);
        if (verdict == V_UNREADABLE && msg != NULL && msg_len > 0) {
            fputs(",\"error\":", f);
            cli_json_str(f, msg);
        }
        fputs("}\n", f);
    } else if (o->format == FMT_SARIF && v->artifacts != NULL &&
               v->results != NULL) {
        size_t a = v->nartifacts++;
        fputs(a > 0 ? ",\n" : "\n", v->artifacts);
        fputs("{\"location\":{\"uri\":", v->artifacts);
        json_uri(v->artifacts, name);
        fprintf(v->artifacts, "},\"properties\":{\"verdict\":\"%s\",\"exit\":%d",
                verdict_names[verdict], rc);
        fputs(",\"form\":", v->artifacts);
        json_opt(v->artifacts, f8k_doc_form(doc));
        fputs(",\"filed\":", v->artifacts);
        json_opt(v->artifacts, f8k_doc_filed(doc));
        if (verdict == V_UNREADABLE && msg != NULL && msg_len > 0) {
            fputs(",\"error\":", v->artifacts);
            cli_json_str(v->artifacts, msg);
        }
        fputs("}}", v->artifacts);
        for (i = 0; i < n; i++)
            if (weight[i] != 0) {
                fputs(v->nresults++ > 0 ? ",\n" : "\n", v->results);
                sarif_result(v->results, f8k_doc_diag(doc, i), name, a,
                             weight[i] == 2);
            }
    }
    if (f != NULL && fclose(f) == 0 && out != NULL) {
        fwrite(out, 1, out_len, stdout);
        fflush(stdout);
    }
    /* Text: why an input could not be read goes to stderr as in parse. */
    if (o->format == FMT_TEXT && verdict == V_UNREADABLE && doc == NULL &&
        msg != NULL && msg_len > 0)
        fprintf(stderr, "%s\n", msg);
    pthread_mutex_unlock(&v->lock);

    free(out);
    free(msg);
    free(weight);
    f8k_doc_free(doc);
}

/* ----------------------------------------------------------------- run */

/* --ignore=CODE,...: each code must be in the catalogue. */
static int take_ignore(struct vctx *v, const char *list)
{
    const char *p = list;

    while (p != NULL && *p != '\0') {
        const char *e = strchr(p, ',');
        size_t n = e != NULL ? (size_t)(e - p) : strlen(p);
        char code[16];
        const f8k_diag_info *d = NULL;

        if (n > 0 && n < sizeof code) {
            memcpy(code, p, n);
            code[n] = '\0';
            d = f8k_diag_info_find(code);
        }
        if (n > 0 && d == NULL) {
            fprintf(stderr, "%s: --ignore: no diagnostic code '%.*s' ('%s "
                    "explain --list' lists them)\n", cli_progname, (int)n, p,
                    cli_progname);
            return EXIT_USAGE;
        }
        if (d != NULL)
            v->ignored[code_index(d)] = 1;
        p = e != NULL ? e + 1 : NULL;
    }
    return 0;
}

static void summary(const struct vctx *v)
{
    size_t i;
    int first = 1;

    printf("%s validate: %lu input%s: %lu conform, %lu depart, %lu not-8k, "
           "%lu unreadable", cli_progname, (unsigned long)v->inputs,
           v->inputs == 1 ? "" : "s", (unsigned long)v->verdicts[V_CONFORMS],
           (unsigned long)v->verdicts[V_DEPARTS],
           (unsigned long)v->verdicts[V_NOT_8K],
           (unsigned long)v->verdicts[V_UNREADABLE]);
    for (i = 0; i < v->ncodes; i++)
        if (v->by_code[i] > 0) {
            printf("%s%s %lu", first ? "; departures by code: " : ", ",
                   f8k_diag_info_at(i)->code, (unsigned long)v->by_code[i]);
            first = 0;
        }
    putchar('\n');
}

static void sarif_rules(FILE *f, const struct vctx *v)
{
    size_t i;

    for (i = 0; i < v->ncodes; i++) {
        const f8k_diag_info *e = f8k_diag_info_at(i);
        fputs(i > 0 ? ",\n" : "\n", f);
        fputs("{\"id\":", f);
        cli_json_str(f, e->code);
        fputs(",\"shortDescription\":{\"text\":", f);
        cli_json_str(f, e->summary);
        fputs("},\"fullDescription\":{\"text\":", f);
        cli_json_str(f, e->means);
        fputs("},\"help\":{\"text\":", f);
        {
            char *h = NULL;
            size_t hn = 0;
            FILE *hf = open_memstream(&h, &hn);
            if (hf != NULL) {
                fprintf(hf, "Example: %s\nWhat to do: %s", e->example, e->fix);
                if (fclose(hf) == 0 && h != NULL)
                    cli_json_str(f, h);
                else
                    cli_json_str(f, e->fix);
            } else {
                cli_json_str(f, e->fix);
            }
            free(h);
        }
        fprintf(f, "},\"defaultConfiguration\":{\"level\":\"%s\"},"
                "\"properties\":{\"check\":", sev_name(e->severity));
        cli_json_str(f, e->rule);
        fputs("}}", f);
    }
}

static void sarif_print(struct vctx *v, int ok)
{
    FILE *f = stdout;

    fputs("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\","
          "\"version\":\"2.1.0\",\"runs\":[{\n\"tool\":{\"driver\":{"
          "\"name\":\"form8k\",\"version\":", f);
    cli_json_str(f, f8k_version());
    fputs(",\"informationUri\":\"https://www.sec.gov/files/form8-k.pdf\","
          "\"rules\":[", f);
    sarif_rules(f, v);
    fputs("]}},\n\"artifacts\":[", f);
    if (v->artifacts_buf != NULL)
        fwrite(v->artifacts_buf, 1, v->artifacts_len, f);
    fputs("],\n\"results\":[", f);
    if (v->results_buf != NULL)
        fwrite(v->results_buf, 1, v->results_len, f);
    fprintf(f, "],\n\"invocations\":[{\"executionSuccessful\":%s}],"
            "\"properties\":{\"inputs\":%lu,\"conforms\":%lu,\"departs\":%lu,"
            "\"not-8k\":%lu,\"unreadable\":%lu}}]}\n", ok ? "true" : "false",
            (unsigned long)v->inputs, (unsigned long)v->verdicts[V_CONFORMS],
            (unsigned long)v->verdicts[V_DEPARTS],
            (unsigned long)v->verdicts[V_NOT_8K],
            (unsigned long)v->verdicts[V_UNREADABLE]);
}

int cli_validate(const struct cli_options *o)
{
    struct vctx v;
    int rc;

    if (o->n_operands == 0 && o->files_from == NULL) {
        fprintf(stderr, "%s: validate: no input given (FILE, FOLDER or "
                "--files-from)\nTry '%s --help' for more information.\n",
                cli_progname, cli_progname);
        return EXIT_USAGE;
    }
    memset(&v, 0, sizeof v);
    v.o = o;
    v.fail_on = o->fail_on > 0 ? (f8k_severity)(o->fail_on - 1) : F8K_SEV_WARNING;
    while (f8k_diag_info_at(v.ncodes) != NULL)
        v.ncodes++;
    v.ignored = calloc(v.ncodes + 1, 1);
    v.by_code = calloc(v.ncodes + 1, sizeof *v.by_code);
    if (v.ignored == NULL || v.by_code == NULL) {
        free(v.ignored);
        free(v.by_code);
        fprintf(stderr, "%s: out of memory\n", cli_progname);
        return EXIT_NOMEM;
    }
    rc = take_ignore(&v, o->ignore);
    if (rc == 0 && o->format == FMT_SARIF) {
        v.artifacts = open_memstream(&v.artifacts_buf, &v.artifacts_len);
        v.results = open_memstream(&v.results_buf, &v.results_len);
        if (v.artifacts == NULL || v.results == NULL)
            rc = EXIT_NOMEM;
    }
    if (rc == 0) {
        pthread_mutex_init(&v.lock, NULL);
        rc = cli_foreach_input(o, validate_one, &v);
        pthread_mutex_destroy(&v.lock);
    }
    if (v.artifacts != NULL && fclose(v.artifacts) != 0)
        rc = rc != 0 ? rc : EXIT_NOMEM;
    if (v.results != NULL && fclose(v.results) != 0)
        rc = rc != 0 ? rc : EXIT_NOMEM;
    if (rc == 0 || rc == EXIT_NOMEM) {
        if (o->format == FMT_SARIF)
            sarif_print(&v, rc == 0);
        else if (o->format == FMT_TEXT)
            summary(&v);
    }
    if (rc == 0)
        rc = v.rc;
    free(v.artifacts_buf);
    free(v.results_buf);
    free(v.ignored);
    free(v.by_code);
    return rc;
}
