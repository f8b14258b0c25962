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

/* One input as validate_one sees it, once read and weighed. */
struct vinput {
    const char   *name;         /* as the reports name it                */
    f8k_doc      *doc;          /* NULL when it could not be read        */
    size_t        n;            /* its diagnostics                       */
    unsigned char *weight;      /* weigh() of each                       */
    size_t        departures;   /* weights of 2                          */
    enum verdict  verdict;
    int           rc;           /* its exit status                       */
    char         *msg;          /* why it could not be read, one line    */
    size_t        msg_len;
};

/* Why IN could not be read, or NULL. */
static const char *reason(const struct vinput *in)
{
    return in->msg != NULL && in->msg_len > 0 ? in->msg : NULL;
}

/* Read PATH and parse and review it into IN->doc (NULL when it could not
 * be read); what the reading printed is kept as IN->msg, one line.
 * Returns the parse's status; IN->rc the reading's. */
static f8k_status read_and_review(const struct vctx *v, const char *path,
                                  struct vinput *in)
{
    FILE *err = open_memstream(&in->msg, &in->msg_len);
    char *data = NULL;
    size_t len = 0;
    f8k_status st = F8K_OK;

    in->rc = cli_read_input(path, in->name, &data, &len,
                            err != NULL ? err : stderr);
    if (err != NULL)
        fclose(err);
    /* The one-line reason of a refusal: the message, less its newline. */
    if (in->msg != NULL && in->msg_len > 0 && in->msg[in->msg_len - 1] == '\n')
        in->msg[--in->msg_len] = '\0';
    if (in->rc == 0) {
        st = f8k_parse_ex(in->name, data, len, &v->o->parse, &in->doc);
        if (st == F8K_OK && in->doc != NULL)
            st = f8k_review(in->doc);
    }
    free(data);
    return st;
}

/* Each diagnostic of IN weighed, the departures counted, then IN's
 * verdict and exit status from the parse's status ST. */
static void weigh_and_judge(const struct vctx *v, struct vinput *in,
                            f8k_status st)
{
    size_t i;

    in->n = in->doc != NULL ? f8k_doc_diag_count(in->doc) : 0;
    in->weight = calloc(in->n + 1, 1);
    for (i = 0; in->weight != NULL && i < in->n; i++) {
        in->weight[i] = (unsigned char)weigh(v, f8k_doc_diag(in->doc, i));
        if (in->weight[i] == 2)
            in->departures++;
    }
    if (in->rc != 0) {
        in->verdict = V_UNREADABLE;
    } else {
        in->verdict = judge(in->doc, st, in->departures, &in->rc);
        if (in->weight == NULL) {
            in->verdict = V_UNREADABLE;
            in->rc = EXIT_NOMEM;
        }
    }
}

/* Under the lock: IN counted into the totals of the summary. */
static void count_input(struct vctx *v, const struct vinput *in)
{
    size_t i;

    v->inputs++;
    v->verdicts[in->verdict]++;
    if (in->rc > v->rc)
        v->rc = in->rc;
    for (i = 0; i < in->n; i++) {
        const f8k_diag_info *e;
        if (in->weight[i] == 2 &&
            (e = f8k_diag_info_find(f8k_doc_diag(in->doc, i)->code)) != NULL)
            v->by_code[code_index(e)]++;
    }
}

/* Text: the diagnostics shown, then the verdict line (with the codes of
 * the departures, or why the input could not be read). */
static void text_report(FILE *f, const struct vinput *in)
{
    size_t i;
    int first;

    for (i = 0; i < in->n; i++)
        if (in->weight[i] != 0)
            text_diag(f, f8k_doc_diag(in->doc, i), in->name);
    fprintf(f, "%s: %s", in->name, verdict_names[in->verdict]);
    if (in->verdict == V_DEPARTS) {
        fprintf(f, " (%lu departure%s", (unsigned long)in->departures,
                in->departures == 1 ? "" : "s");
        for (i = 0, first = 1; i < in->n; i++)
            if (in->weight[i] == 2) {
                fprintf(f, "%s%s", first ? ": " : ", ",
                        f8k_doc_diag(in->doc, i)->code);
                first = 0;
            }
        putc(')', f);
    } else if (in->verdict == V_UNREADABLE && reason(in) != NULL) {
        fprintf(f, " (%s)", in->msg);
    }
    putc('\n', f);
}

/* The diagnostics of IN of weight W as a JSON array. */
static void json_diags(FILE *f, const struct vinput *in, unsigned char w)
{
    size_t i;
    int first = 1;

    putc('[', f);
    for (i = 0; i < in->n; i++)
        if (in->weight[i] == w) {
            if (!first)
                putc(',', f);
            json_diag(f, f8k_doc_diag(in->doc, i));
            first = 0;
        }
    putc(']', f);
}

/* JSON Lines: IN's object, its departures apart from the other
 * diagnostics shown. */
static void json_report(FILE *f, const struct vinput *in)
{
    fputs("{\"input\":", f);
    cli_json_str(f, in->name);
    fprintf(f, ",\"verdict\":\"%s\",\"exit\":%d,\"form\":",
            verdict_names[in->verdict], in->rc);
    json_opt(f, f8k_doc_form(in->doc));
    fputs(",\"filed\":", f);
    json_opt(f, f8k_doc_filed(in->doc));
    fputs(",\"departures\":", f);
    json_diags(f, in, 2);
    fputs(",\"other\":", f);
    json_diags(f, in, 1);
    if (in->verdict == V_UNREADABLE && reason(in) != NULL) {
        fputs(",\"error\":", f);
        cli_json_str(f, in->msg);
    }
    fputs("}\n", f);
}

/* Under the lock: SARIF: IN as an artifact (its verdict a property) and
 * its diagnostics shown as results, kept for sarif_print. */
static void sarif_report(struct vctx *v, const struct vinput *in)
{
    FILE *af = v->artifacts;
    size_t a = v->nartifacts++, i;

    fputs(a > 0 ? ",\n" : "\n", af);
    fputs("{\"location\":{\"uri\":", af);
    json_uri(af, in->name);
    fprintf(af, "},\"properties\":{\"verdict\":\"%s\",\"exit\":%d",
            verdict_names[in->verdict], in->rc);
    fputs(",\"form\":", af);
    json_opt(af, f8k_doc_form(in->doc));
    fputs(",\"filed\":", af);
    json_opt(af, f8k_doc_filed(in->doc));
    if (in->verdict == V_UNREADABLE && reason(in) != NULL) {
        fputs(",\"error\":", af);
        cli_json_str(af, in->msg);
    }
    fputs("}}", af);
    for (i = 0; i < in->n; i++)
        if (in->weight[i] != 0) {
            fputs(v->nresults++ > 0 ? ",\n" : "\n", v->results);
            sarif_result(v->results, f8k_doc_diag(in->doc, i), in->name, a,
                         in->weight[i] == 2);
        }
}

/* Under the lock: IN's report, made whole in memory, then printed (text
 * and JSON) or kept for the end (SARIF). */
static void report_input(struct vctx *v, const struct vinput *in)
{
    const struct cli_options *o = v->o;
    char *out = NULL;
    size_t out_len = 0;
    FILE *f = o->format == FMT_SARIF ? NULL : open_memstream(&out, &out_len);

    if (o->format == FMT_TEXT && f != NULL)
        text_report(f, in);
    else if (o->format == FMT_JSON && f != NULL)
        json_report(f, in);
    else if (o->format == FMT_SARIF && v->artifacts != NULL &&
             v->results != NULL)
        sarif_report(v, in);
    if (f != NULL && fclose(f) == 0 && out != NULL) {
        fwrite(out, 1, out_len, stdout);
        fflush(stdout);
    }
    /* Text: why an input could not be read goes to stderr as in parse. */
    if (o->format == FMT_TEXT && in->verdict == V_UNREADABLE &&
        in->doc == NULL && reason(in) != NULL)
        fprintf(stderr, "%s\n", in->msg);
    free(out);
}

/* cli_foreach_input's function: PATH read, checked, judged, counted and
 * reported. */
static void validate_one(void *ctx, const char *path)
{
    struct vctx *v = ctx;
    struct vinput in;
    f8k_status st;

    memset(&in, 0, sizeof in);
    in.name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    st = read_and_review(v, path, &in);
    weigh_and_judge(v, &in, st);

    pthread_mutex_lock(&v->lock);
    count_input(v, &in);
    report_input(v, &in);
    pthread_mutex_unlock(&v->lock);

    free(in.msg);
    free(in.weight);
    f8k_doc_free(in.doc);
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
