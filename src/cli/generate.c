/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* generate.c - form8k generate [--seed N] [--count K] [--format=text|html]
 * --out DIR: synthetic Form 8-K filings, each with the XML form8k should
 * read from it (NAME.txt or NAME.htm, and NAME.expected.xml).
 *
 * The generator is a producer of the layouts grammar/parse.y accepts, not
 * a literal walk of its derivations: each filing is the grammar's
 * "filing: cover body" made of regions in the order filings print them,
 * and each region is drawn from the variants of its layout that the
 * scanner's rules (grammar/scan.l) tell apart - title lines in any order
 * and spelling (TITLE, FORM, FORM 8-K/A), the classic three-column cover
 * with its wrapped captions, captions beside their values, captions
 * above their values (1994), check boxes in their marks ([X], |_|, o),
 * item headings of both numberings and their styles ("Item 5.", "ITEM
 * 2.02", "Item 5 -", a number alone with the caption below), "Items ...
 * Not Applicable", "(c) Exhibits" sub-headings, signature blocks with and
 * without "SIGNATURE", exhibit indexes, page marks (<PAGE>, form feed,
 * "- 2 -", "Page 2 of 3") and rules; a table of contents after the
 * cover; "(Formerly known as ...)" under the registrant's name; item text whose wrapped lines begin
 * with words that are lines of other kinds ("Securities and Exchange
 * Commission ...", "telephone ...", "Form 10-Q ...") as the body of real
 * filings does.
 *
 * Values come from pools of realistic ones: company names, states, file
 * numbers, EINs, addresses, telephones, officers, dates, and items of the
 * numbering in force on the date of the report (1993's 1-12 before August
 * 23, 2004, 1.01-9.01 after), with their exhibits.  The items, their
 * captions (official and variants), successors and dates are the
 * library's table (src/tree/items.def, f8k_items[]), not a list of the
 * generator's own.
 *
 * The expected XML is written from the values generated - never from
 * form8k's own parse - in the schema's order, positions left out (diff
 * compares meaning), and checked against the schema.  A difference
 * between "form8k parse" and it is a bug of the generator or of form8k.
 * The same seed gives the same files (a generator of its own, xorshift).
 *
 * Every fifth filing (--kind=mix) is a whole EDGAR submission file made
 * from grammar/sub.l and sub.y around the 8-K (the section "submissions"
 * below), so that the set exercises both grammars.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libxml/xmlwriter.h>

#include "cli.h"
#include "items.h"
#include "opts.h"
#include "pipeline.h"
#include "regress.h"
#include "sha256.h"

/* ------------------------------------------------------------ random */

typedef struct rng {
    uint64_t s;
} rng;

static uint64_t next(rng *r)
{
    /* xorshift64* */
    r->s ^= r->s >> 12;
    r->s ^= r->s << 25;
    r->s ^= r->s >> 27;
    return r->s * 2685821657736338717ULL;
}

/* 0 .. n-1 */
static unsigned pick(rng *r, unsigned n)
{
    return n == 0 ? 0 : (unsigned)(next(r) >> 33) % n;
}

/* true one time in N */
static int one_in(rng *r, unsigned n)
{
    return pick(r, n) == 0;
}

#define PICK(r, arr) (arr[pick(r, sizeof arr / sizeof arr[0])])

/* ------------------------------------------------------------- pools */

static const char *const name_a[] = {
    "NORTHWIND", "BLUE HERON", "CASCADE", "GRANITE RIDGE", "SILVERBROOK",
    "TALLGRASS", "PINECREST", "HARTWELL", "SANDPIPER", "KESTREL",
    "MERIDIAN", "LAKEVIEW", "BRAZOS VALLEY", "WASATCH", "RIVERBEND",
    "COPPER CANYON", "ATLANTIC COAST", "HIGHLAND", "EVERGREEN", "BAYSHORE"
};
static const char *const name_b[] = {
    "INSTRUMENTS", "SOFTWARE", "ENERGY", "BANCORP", "MEDICAL GROUP",
    "COMMUNICATIONS", "DENTAL SUPPLY", "PRECISION TOOL", "ANALYTICS",
    "FOODS", "BIOSYSTEMS", "GAS TRANSMISSION", "OUTFITTERS", "RESOURCES",
    "FINANCIAL", "PHARMACEUTICALS", "INDUSTRIES", "TECHNOLOGIES"
};
static const char *const name_c[] = {
    "INC.", "CORP.", "CORPORATION", "COMPANY", "HOLDINGS, INC.", "CO."
};

struct state {
    const char *name, *code;
};
static const struct state states[] = {
    { "Delaware", "DE" }, { "Nevada", "NV" }, { "New York", "NY" },
    { "California", "CA" }, { "Ohio", "OH" }, { "Texas", "TX" },
    { "Maryland", "MD" }, { "Pennsylvania", "PA" }, { "Massachusetts", "MA" },
    { "Minnesota", "MN" }, { "New Jersey", "NJ" }, { "Virginia", "VA" },
    { "Colorado", "CO" }, { "Georgia", "GA" }, { "Oregon", "OR" },
    { "Kansas", "KS" }, { "Utah", "UT" }, { "Illinois", "IL" }
};

struct city {
    const char *city, *state, *code, *zip, *area;
};
static const struct city cities[] = {
    { "Portland", "Maine", "ME", "04101", "207" },
    { "Redwood City", "California", "CA", "94065", "650" },
    { "Akron", "Ohio", "OH", "44311", "330" },
    { "Overland Park", "Kansas", "KS", "66210", "913" },
    { "Reston", "Virginia", "VA", "20191", "703" },
    { "Houston", "Texas", "TX", "77002", "713" },
    { "Minneapolis", "Minnesota", "MN", "55402", "612" },
    { "Denver", "Colorado", "CO", "80202", "303" },
    { "Salt Lake City", "Utah", "UT", "84111", "801" },
    { "Boston", "Massachusetts", "MA", "02110", "617" },
    { "Atlanta", "Georgia", "GA", "30303", "404" },
    { "Chicago", "Illinois", "IL", "60606", "312" }
};
static const char *const streets[] = {
    "Harbor Drive", "Marsh Landing Drive", "Canal Street",
    "Prairie Commons Boulevard", "Sunrise Valley Court", "Louisiana Street",
    "Nicollet Mall",
    "Seventeenth Street", "South Temple", "Federal Street", "Peachtree Street",
    "Wacker Drive", "Commerce Parkway", "Industrial Road"
};
static const char *const first_names[] = {
    "Thomas R.", "Margaret L.", "Gregory T.", "Deborah K.", "Howard F.",
    "Anders K.", "Rebecca A.", "Calvin R.", "Jerome P.", "Kenneth W.",
    "Eleanor J.", "Naomi R.", "Douglas W.", "Patricia M."
};
static const char *const last_names[] = {
    "Albury", "Okafor", "Halvorsen", "Lindahl", "Brzezinski", "Solberg",
    "Thorsgaard", "Ostergaard", "Whitcomb", "Oduya", "Whitcombe",
    "Castellanos", "Faulkner", "Delgado"
};
static const char *const titles[] = {
    "Chief Financial Officer", "Vice President and Treasurer",
    "Vice President, Finance", "Senior Vice President and General Counsel",
    "President and Chief Executive Officer", "Controller",
    "Executive Vice President and Secretary"
};
static const char *const months[] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"
};

/* Items: the library's own table (src/tree/items.def, f8k_items[]) -
 * numbers, numbering, official captions and their variants, successors,
 * the dates each was in force and the item that lists the exhibits.  A
 * filing reports items of the numbering in force on its date of report. */

/* The numbering in force on ISO: 1.01-9.01 from the day Item 1.01 came
 * in (August 23, 2004), 1-12 before. */
static f8k_regime regime_on(const char *iso)
{
    return strcmp(iso, f8k_items[F8K_ITEM_I1_01].from) >= 0 ? F8K_REGIME_2004
                                                            : F8K_REGIME_1993;
}

/* The item of REGIME whose text lists the exhibits (Item 7, Item 9.01). */
static const f8k_item_def *exhibits_item(f8k_regime regime)
{
    size_t i;
    for (i = 0; i < F8K_ITEM_COUNT; i++)
        if (f8k_items[i].regime == regime && f8k_items[i].exhibits)
            return &f8k_items[i];
    return NULL;
}

/* Variant K (0-based) of DEF's captions into BUF; 0 if it has none. */
static int caption_variant(const f8k_item_def *def, unsigned k, char *buf, size_t size)
{
    const char *v = def->variants;

    while (*v != '\0') {
        const char *bar = strchr(v, '|');
        size_t len = bar ? (size_t)(bar - v) : strlen(v);
        if (k-- == 0) {
            snprintf(buf, size, "%.*s", (int)len, v);
            return 1;
        }
        v = bar ? bar + 1 : v + len;
    }
    return 0;
}

/* How many caption variants DEF has. */
static unsigned variant_count(const f8k_item_def *def)
{
    const char *v = def->variants;
    unsigned n = *v != '\0';
    for (; *v != '\0'; v++)
        n += *v == '|';
    return n;
}

/* Whether S, printed as generated, is DEF's official caption or one of
 * its variants (then form8k gives no note for it). */
static int own_caption(const f8k_item_def *def, const char *s)
{
    char buf[300];
    unsigned k;

    if (strcmp(s, def->caption) == 0)
        return 1;
    for (k = 0; caption_variant(def, k, buf, sizeof buf); k++)
        if (strcmp(s, buf) == 0)
            return 1;
    return 0;
}

/* ----------------------------------------------------------- filing */

enum { MAX_ITEMS = 4, MAX_PARAS = 3, MAX_EX = 3, MAX_DIAGS = 24 };

struct sub;

struct gitem {
    const f8k_item_def *def;
    char  printed[320];        /* the caption as printed, or "" */
    char *paras[MAX_PARAS + MAX_EX + 1];
    int   nparas;
    int   joined;              /* printed in the heading of the item before */
};

/* A diagnostic the filing is made to give, in document order. */
struct gdiag {
    const char *code, *severity;
    char        msg[200];
};

struct filing {
    rng   r;
    rng   r2;                       /* the layouts added later: a stream
                                     * of their own, so the draws of the
                                     * others (and their coverage) stay */
    int   year, month, day;         /* the date of report               */
    char  date_printed[40], date_iso[24], sign_printed[40], sign_iso[24];
    int   amendment, form_line;     /* 8-K/A; how FORM 8-K is printed    */
    char  form_printed[40];
    char  name[128];                /* registrant                        */
    const struct state *inc;
    char  fileno[24], ein[16];
    char  addr1[96], addr2[32];
    const struct city *city;
    char  phone[24], local[12];
    const char *former;
    char  former_note[160];         /* "(Formerly known as X)", or ""    */
    int   checks;                   /* check boxes printed               */
    char  marks[4][8];
    int   checked[4];
    struct gitem items[MAX_ITEMS + 1];
    int   nitems;
    int   na[16], nna;              /* 1993 items listed not applicable  */
    char  na_line[128];
    char  exno[MAX_EX][8], exdesc[MAX_EX][256];
    int   nex;
    char  signer[64];
    const char *title;
    int   regime04;
    int   html;                     /* written as HTML: ASCII only        */
    int   exstyle;                  /* how exhibit rows are printed       */
    int   garbled;                  /* where a line of noise stands: bits */
    struct gdiag diags[MAX_DIAGS];
    int   ndiags;
    struct sub *sub;                /* written as a submission file       */
    /* the text */
    char *buf;
    size_t len;
    FILE *f;
};

static void out(struct filing *g, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void out(struct filing *g, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(g->f, fmt, ap);
    va_end(ap);
}

static void diag(struct filing *g, const char *code, const char *sev,
                 const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* The filing gives diagnostic CODE (severity SEV) with this message. */
static void diag(struct filing *g, const char *code, const char *sev,
                 const char *fmt, ...)
{
    va_list ap;
    struct gdiag *d;

    if (g->ndiags == MAX_DIAGS)
        return;
    d = &g->diags[g->ndiags++];
    d->code = code;
    d->severity = sev;
    va_start(ap, fmt);
    vsnprintf(d->msg, sizeof d->msg, fmt, ap);
    va_end(ap);
}

/* A line of noise (a damaged transmission: Latin-1 bytes read as UTF-8
 * pairs), which no rule of parse.y takes: the grammar's error recovery
 * skips it with one warning, wherever it stands (cover, item, signature
 * block, exhibit index: the four error productions). */
static void garbled_line(struct filing *g)
{
    out(g, "   \xC3\xA9\xC3\xA8\xC3\xA2\xC3\xAE\xC3\xB4\xC3\xBB\xC3\xA7\xC3\xAB~\xC3\xA5\n");
    diag(g, "F8K-W001", "warning", "syntax error, unexpected unreadable "
         "line (line noise); this region was skipped");
}

/* TEXT centred in 80 columns. */
static void center(struct filing *g, const char *text)
{
    int pad = (80 - (int)strlen(text)) / 2;
    out(g, "%*s%s\n", pad > 0 ? pad : 0, "", text);
}

static void upcase(char *s)
{
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z')
            *s = (char)(*s - 'a' + 'A');
}

/* A line of item text must not open a region or be read as a page mark:
 * words that do are kept off the start of a wrapped line. */
static int risky_start(const char *w)
{
    static const char *const bad[] = {
        "Item", "ITEM", "Items", "Signature", "SIGNATURE", "Pursuant",
        "Exhibit", "Exhibits", "Page", "(a)", "(b)", "(c)", "(d)", "Form",
        "Check", "Written", "Soliciting", "Pre-commencement", "-", "<PAGE>"
    };
    size_t i;
    if (w[0] >= '0' && w[0] <= '9')
        return 1;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (strncmp(w, bad[i], strlen(bad[i])) == 0)
            return 1;
    return 0;
}

/* Print the paragraph P wrapped at about WIDTH, the first line indented
 * by FIRST spaces; where a line would begin with a risky word, the line
 * before takes it.  A '\n' in P forces a break there (the special lines
 * of coverage); it counts as a space in the paragraph's text. */
static void wrap(struct filing *g, const char *p, int first, int width)
{
    char line[512];
    int len = 0, indent = first;

    while (*p) {
        const char *e = p;
        int wl;
        while (*e && *e != ' ' && *e != '\n')
            e++;
        wl = (int)(e - p);
        if (len > 0 && indent + len + 1 + wl > width && !risky_start(p)) {
            out(g, "%*s%.*s\n", indent, "", len, line);
            len = 0;
            indent = 0;
        }
        if (len > 0 && len + 1 + wl < (int)sizeof line - 1)
            line[len++] = ' ';
        if (len + wl < (int)sizeof line - 1) {
            memcpy(line + len, p, (size_t)wl);
            len += wl;
        }
        p = e;
        if (*p == '\n' && len > 0) {
            out(g, "%*s%.*s\n", indent, "", len, line);
            len = 0;
            indent = 0;
        }
        if (*p)
            p++;
    }
    if (len > 0)
        out(g, "%*s%.*s\n", indent, "", len, line);
}

/* The text of a paragraph as form8k joins it: forced breaks are spaces. */
static char *para_text(const char *p)
{
    char *s = strdup(p), *q;
    if (s != NULL)
        for (q = s; *q; q++)
            if (*q == '\n')
                *q = ' ';
    return s;
}

/* ------------------------------------------------------------ values */

static void make_date(struct filing *g)
{
    static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int y = 1994 + (int)pick(&g->r, 19), m = (int)pick(&g->r, 12) + 1;
    int d = (int)pick(&g->r, (unsigned)mdays[m - 1]) + 1, sd;

    g->year = y;
    g->month = m;
    g->day = d;
    snprintf(g->date_printed, sizeof g->date_printed, "%s %d, %d",
             months[m - 1], d, y);
    if (one_in(&g->r, 5))
        upcase(g->date_printed);
    snprintf(g->date_iso, sizeof g->date_iso, "%04d-%02d-%02d", y, m, d);
    /* signed a day or two later, in the same month */
    sd = d + (int)pick(&g->r, 3);
    if (sd > mdays[m - 1])
        sd = d;
    snprintf(g->sign_printed, sizeof g->sign_printed, "%s %d, %d",
             months[m - 1], sd, y);
    snprintf(g->sign_iso, sizeof g->sign_iso, "%04d-%02d-%02d", y, m, sd);
    g->regime04 = regime_on(g->date_iso) == F8K_REGIME_2004;
}

static void make_registrant(struct filing *g)
{
    unsigned n;

    snprintf(g->name, sizeof g->name, "%s %s %s", PICK(&g->r, name_a),
             PICK(&g->r, name_b), PICK(&g->r, name_c));
    g->inc = &PICK(&g->r, states);
    n = 10000 + pick(&g->r, 89999);
    switch (pick(&g->r, 4)) {
    case 0: snprintf(g->fileno, sizeof g->fileno, "0-%u", n); break;
    case 1: snprintf(g->fileno, sizeof g->fileno, "000-%u", n); break;
    case 2: snprintf(g->fileno, sizeof g->fileno, "1-%u", n % 10000 + 1000); break;
    default: snprintf(g->fileno, sizeof g->fileno, "001-%u", n); break;
    }
    snprintf(g->ein, sizeof g->ein, "%02u-%07u", 10 + pick(&g->r, 89),
             1000000 + pick(&g->r, 8999999));
    g->city = &PICK(&g->r, cities);
    snprintf(g->addr1, sizeof g->addr1, "%u %s", 100 + pick(&g->r, 9800),
             PICK(&g->r, streets));
    g->addr2[0] = '\0';
    if (one_in(&g->r, 3))
        snprintf(g->addr2, sizeof g->addr2, "Suite %u", 100 + 100 * pick(&g->r, 9));
    snprintf(g->local, sizeof g->local, "555-%04u", 100 + pick(&g->r, 9800));
    snprintf(g->phone, sizeof g->phone, "(%s) %s", g->city->area, g->local);
    g->former = one_in(&g->r, 2) ? "Not Applicable" : "N/A";
    snprintf(g->signer, sizeof g->signer, "%s %s", PICK(&g->r, first_names),
             PICK(&g->r, last_names));
    g->title = PICK(&g->r, titles);
}

/* Whether IT was in force on ISO (a date it came in that is not known,
 * "", is no bound, as form8k's check reads it). */
static int in_force(const f8k_item_def *it, const char *iso)
{
    return (it->from[0] == '\0' || strcmp(iso, it->from) >= 0) &&
           (it->to[0] == '\0' || strcmp(iso, it->to) <= 0);
}

/* The name of the registrant as prose: "Northwind Instruments, Inc." */
static void prose_name(const char *name, char *buf, size_t size)
{
    size_t i;
    int start = 1;

    snprintf(buf, size, "%s", name);
    for (i = 0; buf[i]; i++) {
        if (buf[i] >= 'A' && buf[i] <= 'Z' && !start)
            buf[i] = (char)(buf[i] - 'A' + 'a');
        start = buf[i] == ' ' || buf[i] == '-';
    }
}

static const char *const sentences[] = {
    "On %s, %s (the \"Company\") announced that its Board of Directors "
    "approved a plan to expand its manufacturing operations.",
    "On %s, %s (the \"Company\") issued a press release announcing its "
    "results for the quarter then ended.",
    "On %s, %s (the \"Company\") entered into an amended and restated credit "
    "agreement with a group of lenders led by its principal bank.",
    "On %s, %s (the \"Company\") completed the sale of its specialty products "
    "division for approximately $12.5 million in cash.",
    "On %s, the Board of Directors of %s (the \"Company\") elected a new "
    "member to fill a vacancy on the Board."
};
static const char *const more[] = {
    "A copy of the press release is filed as an exhibit to this report and "
    "is incorporated herein by reference.",
    "The Company expects the transaction to be completed by the end of its "
    "current fiscal year, subject to customary closing conditions.",
    "The information in this report shall not be deemed filed for purposes "
    "of Section 18 of the Securities Exchange Act of 1934, as amended.",
    /* lines of other kinds inside the text (coverage of "line: ...") */
    "The Company will file its quarterly report on\nForm 10-Q for the "
    "quarter ending next month as scheduled.",
    "The Company delivered the required notice to the\nSecurities and "
    "Exchange Commission on the same day.",
    "Management will host a\ntelephone conference call to discuss the "
    "results with analysts.",
    "The Company has not previously filed any\nsoliciting material in "
    "connection with the annual meeting.",
    "The Company is filing this Current Report on\nForm 8-K (the \"Report\")\n"
    "to describe the events above.",
    "The Company will amend this report on\nForm 8-K/A within the period "
    "the rules allow.",
    "The cover of this report reads:\nCheck the appropriate box below, "
    "and no box is checked."
};

static void make_items(struct filing *g)
{
    f8k_regime regime = g->regime04 ? F8K_REGIME_2004 : F8K_REGIME_1993;
    const f8k_item_def *pool[F8K_ITEM_COUNT], *exh = exhibits_item(regime);
    unsigned npool = 0;
    int want = 1 + (int)pick(&g->r, 2), i, k, tries;
    char pname[128];
    int used[F8K_ITEM_COUNT] = { 0 };

    /* the items of the numbering, but the one of the exhibits (below) */
    for (i = 0; i < F8K_ITEM_COUNT; i++)
        if (f8k_items[i].regime == regime && &f8k_items[i] != exh)
            pool[npool++] = &f8k_items[i];
    prose_name(g->name, pname, sizeof pname);
    g->nitems = 0;
    for (tries = 0; tries < 40 && g->nitems < want; tries++) {
        unsigned j = pick(&g->r, npool);
        if (used[j] || !in_force(pool[j], g->date_iso))
            continue;
        used[j] = 1;
        g->items[g->nitems].def = pool[j];
        g->nitems++;
    }
    /* items in the form's order (the table's) */
    for (i = 0; i < g->nitems; i++)
        for (k = i + 1; k < g->nitems; k++)
            if (g->items[k].def->id < g->items[i].def->id) {
                struct gitem t = g->items[i];
                g->items[i] = g->items[k];
                g->items[k] = t;
            }
    for (i = 0; i < g->nitems; i++) {
        struct gitem *it = &g->items[i];
        char buf[600];
        int np = 1 + (int)pick(&g->r, MAX_PARAS - 1);
        snprintf(buf, sizeof buf, PICK(&g->r, sentences), g->date_printed, pname);
        it->paras[0] = strdup(buf);
        for (k = 1; k < np; k++)
            it->paras[k] = strdup(PICK(&g->r, more));
        it->nparas = np;
    }
    /* Item 7 / 9.01 with exhibits, most of the time */
    g->nex = 0;
    if (one_in(&g->r, 4) == 0) {
        struct gitem *it = &g->items[g->nitems++];
        it->def = exh;
        it->nparas = 0;
        g->nex = 1 + (int)pick(&g->r, MAX_EX);
        for (k = 0; k < g->nex; k++) {
            snprintf(g->exno[k], sizeof g->exno[k], "%s", k == 0 ? "99.1" :
                     k == 1 ? "99.2" : "10.1");
            snprintf(g->exdesc[k], sizeof g->exdesc[k], "%s of %s dated %s.",
                     k == 2 ? "Amendment No. 1 to Credit Agreement"
                            : "Press release", pname, g->date_printed);
        }
    }
    /* two items under one heading ("Items 5 and 6.  ..."): the text is
     * the first one's */
    if (g->nitems >= 2 && !g->items[1].def->exhibits &&
        one_in(&g->r, 4)) {
        for (k = 0; k < g->items[1].nparas; k++)
            free(g->items[1].paras[k]);
        g->items[1].nparas = 0;
        g->items[1].joined = 1;
    }
    /* a company name with accents in the text (a line read again as
     * Latin-1, then as text) */
    if (!g->html && g->items[0].nparas < MAX_PARAS && one_in(&g->r, 5))
        g->items[0].paras[g->items[0].nparas++] = strdup(
            "The agreement was signed with Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale "
            "in Paris.");
    /* 1993 filings often list the items they do not report on: those
     * in force on the date of report, but the one of the exhibits */
    g->nna = 0;
    if (!g->regime04 && one_in(&g->r, 3)) {
        int listed_inapplicable = one_in(&g->r, 2);
        for (i = 0; i < F8K_ITEM_COUNT; i++) {
            const f8k_item_def *d = &f8k_items[i];
            int rep = 0;
            if (d->regime != F8K_REGIME_1993 || d == exh || !in_force(d, g->date_iso))
                continue;
            for (k = 0; k < g->nitems; k++)
                rep |= g->items[k].def == d;
            if (!rep && g->nna < (int)(sizeof g->na / sizeof g->na[0]))
                g->na[g->nna++] = atoi(d->number);
        }
        if (g->nna > 0) {
            size_t o = (size_t)snprintf(g->na_line, sizeof g->na_line, "Items ");
            int ranges = one_in(&g->r, 2);
            for (k = 0; k < g->nna; k++) {
                int e = k;
                /* "1 through 4": a run of three or more */
                while (ranges && e + 1 < g->nna && g->na[e + 1] == g->na[e] + 1)
                    e++;
                o += (size_t)snprintf(g->na_line + o, sizeof g->na_line - o, "%s%d",
                                      k == 0 ? "" : e == g->nna - 1 ? " and " : ", ",
                                      g->na[k]);
                if (e - k >= 2) {
                    o += (size_t)snprintf(g->na_line + o, sizeof g->na_line - o,
                                          " %s %d", one_in(&g->r, 3) ? "thru" : "through",
                                          g->na[e]);
                    k = e;
                }
            }
            snprintf(g->na_line + o, sizeof g->na_line - o, "%s",
                     listed_inapplicable ? " are inapplicable." : " Not Applicable.");
        }
    }
}

/* ------------------------------------------------------------- text */

static void title_block(struct filing *g)
{
    int style = (int)pick(&g->r, 4);

    g->amendment = one_in(&g->r, 8);
    g->form_line = (int)pick(&g->r, 3);
    if (g->amendment && g->form_line == 0 && style != 3)
        snprintf(g->form_printed, sizeof g->form_printed,
                 "FORM 8-K (Amendment No. 1)");
    else if (g->amendment)
        snprintf(g->form_printed, sizeof g->form_printed, "FORM 8-K/A");
    else
        snprintf(g->form_printed, sizeof g->form_printed,
                 g->form_line == 1 ? "Form 8-K" : "FORM 8-K");
    out(g, "\n");
    if (style == 3) {
        /* 1994: the form first */
        center(g, g->form_printed);
        center(g, "CURRENT REPORT");
        out(g, "\n");
        center(g, "SECURITIES AND EXCHANGE COMMISSION");
        center(g, "WASHINGTON 20549");
    } else {
        if (style != 2)
            center(g, "UNITED STATES");
        center(g, "SECURITIES AND EXCHANGE COMMISSION");
        center(g, style == 1 ? "Washington, DC 20549" : "Washington, D.C. 20549");
        out(g, "\n");
        if (style == 0)
            center(g, "----------------------------");
        out(g, "\n");
        /* printed= of DocumentType is the whole FORM line */
        if (g->amendment && g->form_line == 2)
            snprintf(g->form_printed, sizeof g->form_printed,
                     "FORM 8-K/A  Amendment No. 1");
        else if (g->amendment && g->form_line == 1)
            snprintf(g->form_printed, sizeof g->form_printed,
                     "FORM 8-K/A (Amendment No. 1)");
        center(g, g->form_printed);
        if (0)
            center(g, g->form_printed);
        out(g, "\n");
        center(g, "CURRENT REPORT");
    }
    /* another form's title line in the title block (a report filed with
     * it): a title line, no form type of this filing */
    if (one_in(&g->r, 10))
        center(g, "Form 10-K Annual Report previously filed");
    if (one_in(&g->r, 2)) {
        center(g, "Pursuant to Section 13 or 15(d) of the");
        center(g, "Securities Exchange Act of 1934");
    } else {
        center(g, "Pursuant to Section 13 or 15(d) of");
        center(g, "the Securities Exchange Act of 1934");
    }
    out(g, "\n\n");
    if (g->garbled & 1) {
        garbled_line(g);
        out(g, "\n");
    }
}

/* The classic layout: values over their captions, three columns. */
static void cover_classic(struct filing *g)
{
    char addr[300];

    out(g, "       Date of Report (Date of earliest event reported): %s\n\n\n",
        g->date_printed);
    center(g, g->name);
    if (g->former_note[0])
        center(g, g->former_note);
    center(g, "(Exact name of registrant as specified in its charter)");
    out(g, "\n\n");
    out(g, "%*s%-*s%-*s%s\n", 9, "", 21, g->inc->name, 26, g->fileno, g->ein);
    out(g, "(State or other jurisdiction   (Commission File Number)     (IRS Employer\n");
    out(g, "      of incorporation)                                   Identification No.)\n\n\n");
    if (g->addr2[0])
        snprintf(addr, sizeof addr, "%s, %s", g->addr1, g->addr2);
    else
        snprintf(addr, sizeof addr, "%s", g->addr1);
    center(g, addr);
    snprintf(addr, sizeof addr, "%s, %s %s", g->city->city, g->city->state,
             g->city->zip);
    center(g, addr);
    center(g, "(Address of principal executive offices) (Zip Code)");
    out(g, "\n\n");
    out(g, "       Registrant's telephone number, including area code: %s\n\n\n",
        g->phone);
    center(g, g->former);
    center(g, "(Former name or former address, if changed since last report)");
    out(g, "\n");
}

/* One caption a line, the value beside it. */
static void cover_beside(struct filing *g)
{
    out(g, "Date of Report (Date of earliest event reported): %s\n\n", g->date_printed);
    out(g, "Exact name of registrant as specified in its charter: %s\n\n", g->name);
    out(g, "State of incorporation: %s\n\n", g->inc->name);
    out(g, "Commission File Number: %s\n\n", g->fileno);
    out(g, "IRS Employer Identification No.: %s\n\n", g->ein);
    out(g, "Address of principal executive offices: %s%s%s, %s, %s %s\n\n",
        g->addr1, g->addr2[0] ? ", " : "", g->addr2, g->city->city,
        g->city->state, g->city->zip);
    out(g, "Registrant's telephone number, including area code: %s\n\n", g->phone);
    out(g, "Former name or former address, if changed since last report: %s\n\n",
        g->former);
}

/* 1994: captions above their values. */
static void cover_above(struct filing *g)
{
    char addr[300];

    center(g, "Date of Report (Date of earliest event reported)");
    center(g, g->date_printed);
    out(g, "\n\n");
    center(g, "Exact name of registrant as specified in its charter");
    center(g, g->name);
    out(g, "\n\n");
    out(g, "%65s%s\n", "", "IRS Employer");
    out(g, "    State of                      Commission                    Identification\n");
    out(g, "  Incorporation                   File Number                       Number\n");
    out(g, "  %-32s%-30s%s\n", g->inc->name, g->fileno, g->ein);
    out(g, "\n\n");
    center(g, "Address of principal executive offices");
    snprintf(addr, sizeof addr, "%s%s%s, %s, %s %s", g->addr1,
             g->addr2[0] ? ", " : "", g->addr2, g->city->city, g->city->state,
             g->city->zip);
    center(g, addr);
    out(g, "\n\n");
    center(g, "Registrant's telephone number, including area code");
    center(g, g->phone);
    out(g, "\n\n");
}

static void check_boxes(struct filing *g)
{
    static const char *const what[4][2] = {
        { "Written communications pursuant to Rule 425 under the Securities Act",
          "(17 CFR 230.425)" },
        { "Soliciting material pursuant to Rule 14a-12 under the Exchange Act",
          "(17 CFR 240.14a-12)" },
        { "Pre-commencement communications pursuant to Rule 14d-2(b) under the",
          "Exchange Act (17 CFR 240.14d-2(b))" },
        { "Pre-commencement communications pursuant to Rule 13e-4(c) under the",
          "Exchange Act (17 CFR 240.13e-4(c))" }
    };
    static const char *const marks[][2] = {
        { "[ ]", "[X]" }, { "|_|", "|X|" }, { "o", "x" }, { "[_]", "[x]" },
        { "( )", "( x )" }
    };
    int style = (int)pick(&g->r, 5), k, indent = one_in(&g->r, 3) ? 2 : 0;

    g->checks = 1;
    out(g, "Check the appropriate box below if the Form 8-K filing is intended to\n");
    out(g, "simultaneously satisfy the filing obligation of the registrant under any of\n");
    out(g, "the following provisions:\n\n");
    for (k = 0; k < 4; k++) {
        g->checked[k] = one_in(&g->r, 6);
        snprintf(g->marks[k], sizeof g->marks[k], "%s", marks[style][g->checked[k]]);
        out(g, "%*s%-5s %s\n     %s\n\n", indent, "", g->marks[k], what[k][0],
            what[k][1]);
    }
}

static void page_mark(struct filing *g, int page)
{
    switch (pick(&g->r, 5)) {
    case 0: out(g, "\n<PAGE>\n\n"); break;
    case 1: out(g, "\n%38s- %d -\n\f\n", "", page); break;
    case 2: out(g, "\n%38s%d\n<PAGE>\n", "", page); break;
    case 3: out(g, "\n%34sPage %d of 3\n\n", "", page); break;
    default: out(g, "\n%s\n\n", "================================================================================"); break;
    }
}

/* A table of contents after the cover (1990s filings that index their
 * pages): each item's heading, a leader of dots and a page number.  A
 * line of it names an item without beginning one (scan.l reads it as
 * text), so it adds nothing to the expected XML. */
static void contents(struct filing *g)
{
    int i, style = (int)pick(&g->r2, 3), page = 2;

    out(g, "%*s%s FORM 8-K\n\n", 10, "", g->name);
    center(g, one_in(&g->r2, 2) ? "INDEX" : "TABLE OF CONTENTS");
    out(g, "\n%66sPage\n%66s----\n", "", "");
    for (i = 0; i < g->nitems; i++) {
        const struct gitem *it = &g->items[i];
        char head[300];
        int n;

        if (it->joined)
            continue;
        n = snprintf(head, sizeof head, style == 0 ? "Item %s - %s" :
                     style == 1 ? "Item %s.  %s" : "ITEM %s: %s",
                     it->def->number, it->def->caption);
        if (style == 2)
            upcase(head);
        out(g, "%s%s%.*s%13d\n", head, n < 52 ? "" : " ",
            n < 52 ? 55 - n : 3, ".......................................................",
            page);
        if (one_in(&g->r2, 2))
            page++;
    }
    out(g, "Signatures.............................................%13d\n",
        page);
    out(g, "\n<PAGE>\n\n");
}

/* The number of exhibit K as a row prints it, in the filing's style:
 * "99.1", "Exhibit 99.1", "Ex. 99.1", "99.1.", "Exhibit No. 99.1 -". */
static void row_key(const struct filing *g, int k, char *buf, size_t size)
{
    static const char *const fmt[] = {
        "%s", "Exhibit %s", "Ex. %s", "%s.", "Exhibit No. %s -", "EX-%s"
    };
    snprintf(buf, size, fmt[g->exstyle], g->exno[k]);
}

/* The caption of an item printed other than as the form's: a note. */
static void caption_note(struct filing *g, const f8k_item_def *def)
{
    diag(g, "F8K-N204", "note", "the caption of Item %s differs from the "
         "form's \"%s\"", def->number, def->caption);
}

/* The caption IT's heading gives it into CAP: the official one, or now
 * and then one of the variants the form has given it (items.def; form8k
 * knows them, no note). */
static void draw_caption(struct filing *g, const struct gitem *it, char *cap,
                         size_t size)
{
    unsigned n = variant_count(it->def);

    if (n == 0 || !one_in(&g->r2, 3) ||
        !caption_variant(it->def, pick(&g->r2, n), cap, size))
        snprintf(cap, size, "%s", it->def->caption);
}

/* The heading of IT and of the item after it (NEXT, when it is printed
 * in the same heading: "Items 5 and 6.  Other Events and ..."), its
 * caption CAPTION (draw_caption). */
static void item_heading(struct filing *g, struct gitem *it, const char *caption,
                         int style, struct gitem *next)
{
    char cap[256];
    int variant = (int)pick(&g->r, 12);

    snprintf(cap, sizeof cap, "%s", caption);
    if (next != NULL) {
        snprintf(it->printed, sizeof it->printed, "%s and %s", it->def->caption,
                 next->def->caption);
        snprintf(next->printed, sizeof next->printed, "%s", it->printed);
        out(g, "Items %s %s %s.  %s\n\n", it->def->number,
            one_in(&g->r, 2) ? "and" : "&", next->def->number, it->printed);
        /* "Other Events and Regulation FD Disclosure" is a caption of
         * Item 5's own (2002-2004): no note for it */
        if (!own_caption(it->def, it->printed))
            caption_note(g, it->def);
        if (!own_caption(next->def, next->printed))
            caption_note(g, next->def);
        return;
    }
    switch (variant) {
    case 0:     /* Item 5(a).  Other Events.: a paragraph letter */
        snprintf(it->printed, sizeof it->printed, "%s.", cap);
        out(g, "Item %s(%c).  %s\n\n", it->def->number, "abc"[pick(&g->r, 3)],
            it->printed);
        return;
    case 1:     /* Item 2. 02  Results ... (2004-2005: a blank after the dot) */
        if (strchr(it->def->number, '.') == NULL)
            break;
        snprintf(it->printed, sizeof it->printed, "%s", cap);
        out(g, "Item %.*s %s  %s\n\n", (int)(strchr(it->def->number, '.') -
            it->def->number + 1), it->def->number, strchr(it->def->number, '.') + 1,
            it->printed);
        return;
    case 2:     /* Item 5 and Other Events: a dangling "and" */
        snprintf(it->printed, sizeof it->printed, "%s", cap);
        out(g, "Item %s and %s\n\n", it->def->number, it->printed);
        return;
    case 3:     /* Item 5 - 2003 Results: what follows the dash is no item */
    case 4:     /* Item 5 through 2003 Results */
        snprintf(it->printed, sizeof it->printed, "%d Results", g->year);
        out(g, "Item %s %s %s\n\n", it->def->number, variant == 3 ? "-" : "through",
            it->printed);
        caption_note(g, it->def);
        return;
    default:
        break;
    }
    switch (style) {
    case 0:     /* Item 5.  Other Events. */
        snprintf(it->printed, sizeof it->printed, "%s.", cap);
        out(g, "Item %s.  %s\n\n", it->def->number, it->printed);
        break;
    case 1:     /* ITEM 5.  OTHER EVENTS. */
        upcase(cap);
        snprintf(it->printed, sizeof it->printed, "%s.", cap);
        out(g, "ITEM %s.  %s\n\n", it->def->number, it->printed);
        break;
    case 2:     /* Item 5 - Other Events */
        snprintf(it->printed, sizeof it->printed, "%s", cap);
        out(g, "Item %s - %s\n\n", it->def->number, it->printed);
        break;
    default:    /* ITEM 5 alone, the caption under it */
        upcase(cap);
        snprintf(it->printed, sizeof it->printed, "%s", cap);
        out(g, "ITEM %s\n\n%s\n\n", it->def->number, it->printed);
        break;
    }
}

static void body(struct filing *g)
{
    int i, k, style = (int)pick(&g->r, 4), page = 2;

    if (g->nna > 0) {
        out(g, "%s\n\n", g->na_line);
    }
    for (i = 0; i < g->nitems; i++) {
        struct gitem *it = &g->items[i];
        char cap[256];
        if (it->joined)
            continue;
        draw_caption(g, it, cap, sizeof cap);
        if (strlen(cap) > 60 && style == 3)
            style = 0;
        item_heading(g, it, cap, style, i + 1 < g->nitems && g->items[i + 1].joined
                                            ? &g->items[i + 1] : NULL);
        for (k = 0; k < it->nparas; k++) {
            wrap(g, it->paras[k], 5, 72);
            out(g, "\n");
        }
        if (i == 0 && (g->garbled & 2)) {
            garbled_line(g);
            out(g, "\n");
        }
        if (it->def->exhibits) {
            /* "(c) Exhibits" / "(d) Exhibits", then the list */
            out(g, "     %s  Exhibits.\n\n", g->regime04 ? "(d)" : "(c)");
            it->paras[it->nparas++] = strdup(g->regime04 ? "(d) Exhibits."
                                                         : "(c) Exhibits.");
            for (k = 0; k < g->nex; k++) {
                char para[300], key[40];
                row_key(g, k, key, sizeof key);
                out(g, "          %s%*s%s\n\n", key,
                    strlen(key) < 7 ? 9 - (int)strlen(key) : 2, "", g->exdesc[k]);
                snprintf(para, sizeof para, "%s %s", key, g->exdesc[k]);
                it->paras[it->nparas++] = strdup(para);
            }
        }
        out(g, "\n");
        if (one_in(&g->r, 3))
            page_mark(g, page++);
    }
    /* a heading with no item number: its text is no item's */
    if (one_in(&g->r, 12)) {
        out(g, "Item 00.  Additional Information\n\n");
        wrap(g, "The Company has no further information to report at this time.", 5, 72);
        out(g, "\n\n");
        diag(g, "F8K-W201", "warning", "an item heading with no item number "
             "(\"Item 00.  Additional Information\"): its text is no item's");
    }
}

static void signatures(struct filing *g)
{
    int style = (int)pick(&g->r, 3);

    if (style != 2)
        center(g, one_in(&g->r, 2) ? "SIGNATURE" : "SIGNATURES");
    out(g, "\n     Pursuant to the requirements of the Securities Exchange Act of 1934,\n");
    out(g, "the registrant has duly caused this report to be signed on its behalf by\n");
    out(g, "the undersigned hereunto duly authorized.\n\n\n");
    if (g->garbled & 4) {
        garbled_line(g);
        out(g, "\n");
    }
    out(g, "%40s%s\n\n", "", g->name);
    if (style == 0) {
        out(g, "Date: %-33s By: /s/ %s\n", g->sign_printed, g->signer);
        out(g, "%44s------------------------------\n", "");
        out(g, "%44s%s\n%44s%s\n\n", "", g->signer, "", g->title);
    } else {
        /* the signature line in the marks and layouts of scan.l's SIG */
        switch (pick(&g->r, 9)) {
        case 0: out(g, "%40s// %s\n", "", g->signer); break;
        case 1: out(g, "%31sSigned: /orig/ // %s\n", "", g->signer); break;
        case 2: out(g, "%40sBy: %s\n", "", g->signer); break;
        case 3: out(g, "On behalf of the Board:%17sBy: %s\n", "", g->signer); break;
        case 4: out(g, "%40s/s/%s\n", "", g->signer); break;
        case 5: out(g, "%40s/s/ /s/ %s\n", "", g->signer); break;
        case 6: out(g, "%40sBy:\n%40s/s/ %s\n", "", "", g->signer); break;
        default: out(g, "%40sBy: /s/ %s\n", "", g->signer); break;
        }
        out(g, "%44s------------------------------\n", "");
        out(g, "%40sName:  %s\n%40sTitle: %s\n\n", "", g->signer, "", g->title);
        out(g, "Date: %s\n", g->sign_printed);
    }
}

static void exhibit_index(struct filing *g)
{
    int k;

    if (g->nex == 0 || one_in(&g->r, 2))
        return;
    out(g, "\n<PAGE>\n\n");
    center(g, "EXHIBIT INDEX");
    out(g, "\n");
    if (g->garbled & 8)
        garbled_line(g);
    if (one_in(&g->r, 3))
        out(g, "%s Exhibits\n\n", g->regime04 ? "(d)" : "(c)");
    out(g, "Exhibit\nNumber              Description\n-------             -----------\n\n");
    for (k = 0; k < g->nex; k++) {
        char key[40];
        row_key(g, k, key, sizeof key);
        out(g, "%-20s%s\n", key, g->exdesc[k]);
    }
}

/* -------------------------------------------------------- expected XML */

#define W(x) BAD_CAST (x)

static void value(xmlTextWriterPtr w, const char *el, const char *printed,
                  const char *norm)
{
    xmlTextWriterStartElement(w, W(el));
    if (printed != NULL)
        xmlTextWriterWriteAttribute(w, W("printed"), W(printed));
    xmlTextWriterWriteString(w, W(norm));
    xmlTextWriterEndElement(w);
}

/* CoverPage, Items, Signatures and Exhibits of the 8-K G: the whole
 * filing, or a submission's Form8KDocument. */
static void filing_xml(xmlTextWriterPtr w, const struct filing *g)
{
    char area[8];
    int i, k;

    xmlTextWriterStartElement(w, W("CoverPage"));
    value(w, "DocumentType", g->form_printed, g->amendment ? "8-K/A" : "8-K");
    xmlTextWriterWriteElement(w, W("AmendmentFlag"), W(g->amendment ? "true" : "false"));
    value(w, "DocumentPeriodEndDate", g->date_printed, g->date_iso);
    xmlTextWriterStartElement(w, W("Registrant"));
    value(w, "EntityRegistrantName", g->name, g->name);
    value(w, "EntityIncorporationStateCountryCode", g->inc->name, g->inc->code);
    value(w, "EntityFileNumber", g->fileno, g->fileno);
    value(w, "EntityTaxIdentificationNumber", g->ein, g->ein);
    value(w, "EntityAddressAddressLine1", g->addr1, g->addr1);
    if (g->addr2[0])
        value(w, "EntityAddressAddressLine2", g->addr2, g->addr2);
    value(w, "EntityAddressCityOrTown", g->city->city, g->city->city);
    value(w, "EntityAddressStateOrProvince", g->city->state, g->city->code);
    value(w, "EntityAddressPostalZipCode", g->city->zip, g->city->zip);
    snprintf(area, sizeof area, "%s", g->city->area);
    value(w, "CityAreaCode", g->phone, area);
    value(w, "LocalPhoneNumber", g->phone, g->local);
    /* The former name printed is "Not Applicable" or "N/A": no former
     * name (form8k reads these as none), so nothing is expected. */
    xmlTextWriterEndElement(w);     /* Registrant */
    if (g->checks) {
        static const char *const el[4] = {
            "WrittenCommunications", "SolicitingMaterial",
            "PreCommencementTenderOffer", "PreCommencementIssuerTenderOffer"
        };
        for (k = 0; k < 4; k++)
            value(w, el[k], g->marks[k], g->checked[k] ? "true" : "false");
    }
    xmlTextWriterEndElement(w);     /* CoverPage */
    xmlTextWriterStartElement(w, W("Items"));
    for (i = 0; i < g->nitems; i++) {
        const struct gitem *it = &g->items[i];
        xmlTextWriterStartElement(w, W("Item"));
        xmlTextWriterWriteAttribute(w, W("number"), W(it->def->number));
        xmlTextWriterWriteAttribute(w, W("regime"), W(f8k_regime_name(it->def->regime)));
        xmlTextWriterWriteAttribute(w, W("notApplicable"), W("false"));
        xmlTextWriterWriteElement(w, W("OfficialCaption"), W(it->def->caption));
        if (it->printed[0])
            xmlTextWriterWriteElement(w, W("PrintedCaption"), W(it->printed));
        if (it->def->successor[0] != '\0')
            xmlTextWriterWriteElement(w, W("SuccessorItem"), W(it->def->successor));
        if (it->nparas > 0) {
            xmlTextWriterStartElement(w, W("Text"));
            for (k = 0; k < it->nparas; k++) {
                char *t = para_text(it->paras[k]);
                xmlTextWriterWriteElement(w, W("Paragraph"), W(t ? t : ""));
                free(t);
            }
            xmlTextWriterEndElement(w);
        }
        xmlTextWriterEndElement(w);
    }
    for (k = 0; k < g->nna; k++) {
        char num[4];
        snprintf(num, sizeof num, "%d", g->na[k]);
        xmlTextWriterStartElement(w, W("NotApplicableItem"));
        xmlTextWriterWriteAttribute(w, W("number"), W(num));
        xmlTextWriterWriteAttribute(w, W("regime"), W(f8k_regime_name(F8K_REGIME_1993)));
        xmlTextWriterEndElement(w);
    }
    xmlTextWriterEndElement(w);     /* Items */
    xmlTextWriterStartElement(w, W("Signatures"));
    xmlTextWriterStartElement(w, W("Signature"));
    value(w, "Registrant", g->name, g->name);
    value(w, "Name", g->signer, g->signer);
    value(w, "Title", g->title, g->title);
    value(w, "Date", g->sign_printed, g->sign_iso);
    xmlTextWriterEndElement(w);
    xmlTextWriterEndElement(w);     /* Signatures */
    xmlTextWriterStartElement(w, W("Exhibits"));
    for (k = 0; k < g->nex; k++) {
        xmlTextWriterStartElement(w, W("Exhibit"));
        xmlTextWriterWriteAttribute(w, W("number"), W(g->exno[k]));
        value(w, "Description", g->exdesc[k], g->exdesc[k]);
        xmlTextWriterEndElement(w);
    }
    xmlTextWriterEndElement(w);     /* Exhibits */
}

static void submission_xml(xmlTextWriterPtr w, const struct filing *g);

static int expected_xml(struct filing *g, xmlBufferPtr b)
{
    xmlTextWriterPtr w = xmlNewTextWriterMemory(b, 0);
    int k;

    if (w == NULL)
        return -1;
    xmlTextWriterSetIndent(w, 1);
    xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL);
    xmlTextWriterStartElement(w, W("Form8K"));
    xmlTextWriterWriteAttribute(w, W("xmlns"), W(f8k_xml_namespace()));
    xmlTextWriterWriteAttribute(w, W("schemaVersion"), W("1.0"));
    if (g->sub != NULL)
        submission_xml(w, g);
    else
        filing_xml(w, g);
    xmlTextWriterStartElement(w, W("Diagnostics"));
    for (k = 0; k < g->ndiags; k++) {
        xmlTextWriterStartElement(w, W("Diagnostic"));
        xmlTextWriterWriteAttribute(w, W("code"), W(g->diags[k].code));
        xmlTextWriterWriteAttribute(w, W("severity"), W(g->diags[k].severity));
        xmlTextWriterWriteString(w, W(g->diags[k].msg));
        xmlTextWriterEndElement(w);
    }
    xmlTextWriterEndElement(w);     /* Diagnostics */
    xmlTextWriterEndElement(w);     /* Form8K */
    xmlTextWriterEndDocument(w);
    xmlFreeTextWriter(w);
    return 0;
}

/* -------------------------------------------------------- submissions */

/* A whole EDGAR submission file around the 8-K (grammar/sub.l, sub.y):
 * a header in one of EDGAR's dialects, the 8-K as the first <DOCUMENT>,
 * its exhibits, a PDF copy and an XBRL instance in their wrappers, a
 * uuencoded graphic - and one of the faults the container grammar
 * recovers from, with the diagnostic it gives.  What form8k should read
 * is kept as the file is written: the header as a list of elements, each
 * document's body text, each binary's sizes and SHA-256. */

enum sub_dialect { SD_SEC, SD_SEC2000, SD_IMS, SD_TAGS, SD_BARE, SD_COUNT };

/* A fault of the container, one a submission (the count is prime to
 * SD_COUNT, so that every fault meets several dialects). */
enum sub_fault {
    SF_NONE, SF_TEXT_CUT, SF_DOC_IN_TEXT, SF_UU_TEXT_END, SF_UU_DOC_END,
    SF_UU_PDF_END, SF_UU_EOF, SF_TRUNCATED, SF_NO_HEADER_END, SF_NO_HEADER,
    SF_AFTER_END, SF_STRAY, SF_SYNTAX, SF_PEM_END_ONLY, SF_META_BEFORE,
    SF_DISAGREE, SF_CONTAINER_CUT, SF_STRAY_TEXT, SF_COUNT,
    /* not in the turn: it takes every other SF_NONE's place, so that
     * the pairs of fault and dialect stay as they were before it */
    SF_UU_NEXT_DOC = SF_COUNT
};

enum { SUB_DOCS = 9, SUB_HEV = 96 };  /* 8-K, MAX_EX exhibits, PDF, cover, XBRL, two graphics */

/* One element of the expected header: a section opened or closed, or a
 * value (NORM its content, PRINTED when it differs, ATTR=ATTRVAL). */
struct hev {
    int         kind;               /* 0 value, 1 open, 2 close          */
    const char *elem;
    char        printed[200], norm[200];
    const char *attr;
    char        attrval[16];
};

struct sbin {
    char   name[40];
    size_t encoded, decoded;
    char   sha[65];
    int    ended;
};

struct sdoc {
    int         kind;               /* DK_8K ...                         */
    char        type[16], seq[8], filename[40], desc[128];
    int         flawed, html, form8k;
    int         text_open, text_closed, closed;
    const char *wrapper;
    char       *text;               /* the body lines, form feeds out    */
    size_t      tlen;
    FILE       *tf;
    struct sbin bins[2];
    int         nbins;
};

struct sub {
    int   dialect, fault;
    int   uu_cut;                   /* SF_CONTAINER_CUT in the uu file   */
    int   pem, pem_closed, closed, has_header;
    char  opening[96];
    char  pem_values[4][200];       /* the wrapper's fields, joined      */
    struct hev hev[SUB_HEV];
    int   nhev;
    struct sdoc docs[SUB_DOCS];
    int   ndocs;
    FILE *f;                        /* the file                          */
};

/* Into the submission file (fprintf checks the format). */
#define sout(s, ...) fprintf((s)->f, __VA_ARGS__)

/* A line of document D's body: into the file and into its text. */
static void dtext(struct sub *s, struct sdoc *d, const char *p, size_t n)
{
    size_t i;
    fwrite(p, 1, n, s->f);
    for (i = 0; i < n; i++)
        if (p[i] != '\f')
            putc(p[i], d->tf);
}

static void dline(struct sub *s, struct sdoc *d, const char *line)
{
    dtext(s, d, line, strlen(line));
    dtext(s, d, "\n", 1);
}

static void hev_add(struct sub *s, int kind, const char *elem,
                    const char *printed, const char *norm,
                    const char *attr, const char *attrval)
{
    struct hev *h;
    if (s->nhev == SUB_HEV)
        return;
    h = &s->hev[s->nhev++];
    h->kind = kind;
    h->elem = elem;
    snprintf(h->printed, sizeof h->printed, "%s", printed ? printed : "");
    snprintf(h->norm, sizeof h->norm, "%s", norm ? norm : "");
    h->attr = attr;
    snprintf(h->attrval, sizeof h->attrval, "%s", attrval ? attrval : "");
}

/* A header field: "KEY:<tabs>value" (the tab dialects) or "<TAG>value"
 * (<SUBMISSION>), DEPTH sections deep; it reads as ELEM with NORM. */
static void hfield(struct sub *s, int depth, const char *key, const char *tag,
                   const char *elem, const char *printed, const char *norm,
                   const char *attr, const char *attrval)
{
    if (s->dialect == SD_TAGS)
        sout(s, "<%s>%s\n", tag, printed);
    else
        sout(s, "%.*s%s:\t%s\n", depth, "\t\t", key, printed);
    hev_add(s, 0, elem, printed, norm, attr, attrval);
}

/* A party (DEPTH 0: FILER:) or a section (1: COMPANY DATA:) begins. */
static void hopen(struct sub *s, int depth, const char *key, const char *tag,
                  const char *elem)
{
    if (s->dialect == SD_TAGS)
        sout(s, "<%s>\n", tag);
    else
        sout(s, "%s%s:%s\n", depth ? "\t" : "\n", key, depth ? "\t" : "\n");
    hev_add(s, 1, elem, NULL, NULL, NULL, NULL);
}

/* ... and ends: closed by its tag in <SUBMISSION> and in the headers of
 * 2000 (</COMPANY-DATA>, </FILER>), by the next one in the others. */
static void hclose(struct sub *s, const char *tag)
{
    if (s->dialect == SD_TAGS || s->dialect == SD_SEC2000)
        sout(s, "</%s>\n", tag);
    else
        sout(s, "\n");
    hev_add(s, 2, NULL, NULL, NULL, NULL, NULL);
}

/* "20020812" of an ISO date. */
static void compact(const char *iso, char *out)
{
    snprintf(out, 9, "%.4s%.2s%.2s", iso, iso + 5, iso + 8);
}

/* Upper case, no punctuation: EDGAR's conformed name. */
static void conformed(const char *name, char *out, size_t size)
{
    size_t o = 0;
    for (; *name && o + 1 < size; name++)
        if (*name != '.' && *name != ',')
            out[o++] = *name >= 'a' && *name <= 'z' ? (char)(*name - 32) : *name;
    out[o] = '\0';
}

struct sic {
    const char *name, *code;
};
static const struct sic sics[] = {
    { "ELECTRIC SERVICES", "4911" }, { "SERVICES-PREPACKAGED SOFTWARE", "7372" },
    { "STATE COMMERCIAL BANKS", "6022" }, { "PHARMACEUTICAL PREPARATIONS", "2834" },
    { "CRUDE PETROLEUM & NATURAL GAS", "1311" }, { "MEASURING & CONTROLLING DEVICES, NEC", "3829" }
};

static void sub_header(struct filing *g, struct sub *s, rng *r)
{
    char acc[32], buf[160], norm[160], period[12], filed[12], cik[16];
    const struct sic *sic = &PICK(r, sics);
    int i, caption_items, tabs = s->dialect != SD_TAGS;
    unsigned fye = one_in(r, 3) ? 630 : 1231;
    int two_regimes = regime_on(g->date_iso) != regime_on(g->sign_iso);

    snprintf(acc, sizeof acc, "%010u-%02d-%06u", 950100u + pick(r, 900),
             g->year % 100, 1 + pick(r, 99999));
    compact(g->date_iso, period);
    compact(g->sign_iso, filed);
    snprintf(cik, sizeof cik, "%010u", 700000u + pick(r, 900000));
    if (s->dialect == SD_SEC || s->dialect == SD_SEC2000 || s->dialect == SD_IMS) {
        const char *t = s->dialect == SD_IMS ? "IMS" : "SEC";
        snprintf(s->opening, sizeof s->opening, "<%s-DOCUMENT>%s.txt : %s", t, acc, filed);
        sout(s, "%s\n", s->opening);
        if (s->fault == SF_NO_HEADER)
            return;
        sout(s, "<%s-HEADER>%s.hdr.sgml : %s\n", t, acc, filed);
    } else if (s->dialect == SD_TAGS) {
        sout(s, "<SUBMISSION>\n");
    } else {
        return;
    }
    s->has_header = 1;
    if (s->dialect == SD_SEC) {
        char dt[24];
        snprintf(buf, sizeof buf, "%s%02u%02u%02u", filed, 8 + pick(r, 9),
                 pick(r, 60), pick(r, 60));
        snprintf(dt, sizeof dt, "%.4s-%.2s-%.2sT%.2s:%.2s:%.2s", buf, buf + 4,
                 buf + 6, buf + 8, buf + 10, buf + 12);
        sout(s, "<ACCEPTANCE-DATETIME>%s\n", buf);
        hev_add(s, 0, "AcceptanceDateTime", buf, dt, NULL, NULL);
    }
    hfield(s, 0, "ACCESSION NUMBER", "ACCESSION-NUMBER", "AccessionNumber", acc, acc, NULL, NULL);
    hfield(s, 0, "CONFORMED SUBMISSION TYPE", "TYPE", "SubmissionType",
           g->amendment ? "8-K/A" : "8-K", g->amendment ? "8-K/A" : "8-K", NULL, NULL);
    snprintf(buf, sizeof buf, "%d", s->ndocs + (s->fault == SF_DISAGREE));
    hfield(s, 0, "PUBLIC DOCUMENT COUNT", "PUBLIC-DOCUMENT-COUNT", "PublicDocumentCount",
           buf, buf, NULL, NULL);
    if (s->fault == SF_DISAGREE)
        diag(g, "F8K-X508", "warning", "the file holds %d document(s); PUBLIC "
             "DOCUMENT COUNT says %s", s->ndocs, buf);
    hfield(s, 0, "CONFORMED PERIOD OF REPORT", "PERIOD", "PeriodOfReport", period,
           g->date_iso, NULL, NULL);
    /* the items: by caption in the headers of 2001 on (by number when the
     * filing date falls in the other numbering), by number before */
    caption_items = s->dialect == SD_SEC && !two_regimes;
    for (i = 0; i < g->nitems; i++) {
        const f8k_item_def *d = g->items[i].def;
        hfield(s, 0, "ITEM INFORMATION", "ITEMS", "ItemInformation",
               caption_items ? d->caption : d->number,
               caption_items ? d->caption : d->number, "number", d->number);
    }
    hfield(s, 0, "FILED AS OF DATE", "FILING-DATE", "FiledAsOfDate", filed,
           g->sign_iso, NULL, NULL);
    if (s->dialect != SD_IMS)
        hfield(s, 0, "DATE AS OF CHANGE", "DATE-OF-FILING-DATE-CHANGE",
               "DateAsOfChange", filed, g->sign_iso, NULL, NULL);
    else
        hfield(s, 0, "SROS", "SROS", "Sros", "NASD", "NASD", NULL, NULL);

    hopen(s, 0, "FILER", "FILER", "Filer");
    hopen(s, 1, "COMPANY DATA", "COMPANY-DATA", "CompanyData");
    conformed(g->name, buf, sizeof buf);
    hfield(s, 2, "COMPANY CONFORMED NAME", "CONFORMED-NAME", "ConformedName", buf, buf, NULL, NULL);
    hfield(s, 2, "CENTRAL INDEX KEY", "CIK", "CentralIndexKey", cik, cik, NULL, NULL);
    if (s->dialect == SD_SEC || s->dialect == SD_SEC2000) {
        snprintf(norm, sizeof norm, "%s [%s", sic->name, sic->code);
        /* 2000: the value broken before its "]", which begins the next
         * field's line */
        sout(s, "\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\t%s%s\n", norm,
             s->dialect == SD_SEC2000 ? "" : "]");
        snprintf(buf, sizeof buf, "%s [%s]", sic->name, sic->code);
        hev_add(s, 0, "StandardIndustrialClassification", buf, sic->name, "code", sic->code);
    } else {
        hfield(s, 2, "STANDARD INDUSTRIAL CLASSIFICATION", "ASSIGNED-SIC",
               "StandardIndustrialClassification", sic->code, "", "code", sic->code);
    }
    /* the IRS number of the cover, without its dash; another one when the
     * header is to disagree (X504) */
    snprintf(buf, sizeof buf, "%.2s%s", g->ein, g->ein + 3);
    snprintf(norm, sizeof norm, "%s", g->ein);
    if (s->fault == SF_DISAGREE) {
        buf[8] = buf[8] == '9' ? '0' : (char)(buf[8] + 1);
        norm[9] = buf[8];
        diag(g, "F8K-X504", "warning", "IRS employer identification number: the "
             "document prints \"%s\", the SEC header says \"%s\"", g->ein, buf);
    }
    if (s->dialect == SD_SEC2000)
        sout(s, "]\t\tIRS NUMBER:\t\t\t\t%s\n", buf);   /* after the SIC's "]" */
    else
        hfield(s, 2, "IRS NUMBER", "IRS-NUMBER", "IrsNumber", buf, norm, NULL, NULL);
    if (s->dialect == SD_SEC2000)
        hev_add(s, 0, "IrsNumber", buf, norm, NULL, NULL);
    hfield(s, 2, "STATE OF INCORPORATION", "STATE-OF-INCORPORATION",
           "StateOfIncorporation", g->inc->code, g->inc->code, NULL, NULL);
    snprintf(buf, sizeof buf, "%04u", fye);
    snprintf(norm, sizeof norm, "--%02u-%02u", fye / 100, fye % 100);
    hfield(s, 2, "FISCAL YEAR END", "FISCAL-YEAR-END", "FiscalYearEnd", buf, norm, NULL, NULL);
    hclose(s, "COMPANY-DATA");
    hopen(s, 1, "FILING VALUES", "FILING-VALUES", "FilingValues");
    hfield(s, 2, "FORM TYPE", "FORM-TYPE", "FormType", g->amendment ? "8-K/A" : "8-K",
           g->amendment ? "8-K/A" : "8-K", NULL, NULL);
    snprintf(buf, sizeof buf, "%s", tabs && one_in(r, 2) ? "" : "1934 Act");
    hfield(s, 2, "SEC ACT", "ACT", "SecAct", buf, buf, NULL, NULL);
    /* the file number as EDGAR prints it: three digits before the dash */
    {
        const char *dash = strchr(g->fileno, '-');
        snprintf(buf, sizeof buf, "%03d-%s", atoi(g->fileno), dash ? dash + 1 : "");
    }
    hfield(s, 2, "SEC FILE NUMBER", "FILE-NUMBER", "SecFileNumber", buf, buf, NULL, NULL);
    snprintf(buf, sizeof buf, "%02d%06u", g->year % 100, pick(r, 999999));
    hfield(s, 2, "FILM NUMBER", "FILM-NUMBER", "FilmNumber", buf, buf, NULL, NULL);
    hclose(s, "FILING-VALUES");
    for (i = 0; i < 1 + (s->dialect == SD_SEC); i++) {
        char up[128];
        hopen(s, 1, i ? "MAIL ADDRESS" : "BUSINESS ADDRESS",
              i ? "MAIL-ADDRESS" : "BUSINESS-ADDRESS", i ? "MailAddress" : "BusinessAddress");
        snprintf(up, sizeof up, "%s", g->addr1);
        upcase(up);
        hfield(s, 2, "STREET 1", "STREET1", "Street1", up, up, NULL, NULL);
        if (g->addr2[0]) {
            snprintf(up, sizeof up, "%s", g->addr2);
            upcase(up);
            hfield(s, 2, "STREET 2", "STREET2", "Street2", up, up, NULL, NULL);
        }
        snprintf(up, sizeof up, "%s", g->city->city);
        upcase(up);
        hfield(s, 2, "CITY", "CITY", "City", up, up, NULL, NULL);
        hfield(s, 2, "STATE", "STATE", "State", g->city->code, g->city->code, NULL, NULL);
        hfield(s, 2, "ZIP", "ZIP", "Zip", g->city->zip, g->city->zip, NULL, NULL);
        if (i == 0) {
            snprintf(up, sizeof up, "%s%.3s%.4s", g->city->area, g->local, g->local + 4);
            hfield(s, 2, "BUSINESS PHONE", "PHONE", "Phone", up, up, NULL, NULL);
        }
        hclose(s, i ? "MAIL-ADDRESS" : "BUSINESS-ADDRESS");
    }
    if (g->former_note[0]) {
        /* "(Formerly known as X)": X is the former conformed name */
        const char *x;
        char when[12];
        x = strncmp(g->former_note, "(f/k/a ", 7) == 0 ? g->former_note + 7
                                                        : g->former_note + 19;
        snprintf(norm, sizeof norm, "%.*s", (int)strlen(x) - 1, x);
        conformed(norm, buf, sizeof buf);
        hopen(s, 1, "FORMER COMPANY", "FORMER-COMPANY", "FormerCompany");
        hfield(s, 2, "FORMER CONFORMED NAME", "FORMER-CONFORMED-NAME",
               "FormerConformedName", buf, buf, NULL, NULL);
        snprintf(when, sizeof when, "%04d%02u%02u", g->year - 1 - (int)pick(r, 5),
                 1 + pick(r, 12), 1 + pick(r, 28));
        snprintf(norm, sizeof norm, "%.4s-%.2s-%.2s", when, when + 4, when + 6);
        hfield(s, 2, "DATE OF NAME CHANGE", "DATE-CHANGED", "DateOfNameChange",
               when, norm, NULL, NULL);
        hclose(s, "FORMER-COMPANY");
    }
    hev_add(s, 2, NULL, NULL, NULL, NULL, NULL);         /* the party */
    if (s->dialect == SD_TAGS || s->dialect == SD_SEC2000)
        sout(s, "</FILER>\n");
    if (s->dialect != SD_TAGS) {
        if (s->fault == SF_NO_HEADER_END)
            diag(g, "F8K-W402", "warning", "<SEC-HEADER> is not closed: the "
                 "file ends or the next block begins here");
        else
            sout(s, "</%s-HEADER>\n", s->dialect == SD_IMS ? "IMS" : "SEC");
    }
}

/* The kinds of document a submission holds. */
enum { DK_8K, DK_EX, DK_PDF, DK_XBRL, DK_GRAPHIC, DK_NOTEXT };

#define UU_ENC(c) ((c) & 077 ? ((c) & 077) + ' ' : '`')

/* A uuencoded file of N random bytes in document D ("begin 644 NAME"
 * ... "`" ... "end"; no "end" unless END). */
static void uu_file(struct sub *s, struct sdoc *d, rng *r, const char *name,
                    size_t n, int end)
{
    unsigned char *bytes = malloc(n ? n : 1);
    struct sbin *b = &d->bins[d->nbins++];
    size_t off, j;

    snprintf(b->name, sizeof b->name, "%s", name);
    b->ended = end;
    b->decoded = n;
    b->encoded = 0;
    if (bytes == NULL) {
        b->decoded = 0;
        n = 0;
    }
    for (j = 0; j < n; j++)
        bytes[j] = (unsigned char)pick(r, 256);
    sout(s, "begin 644 %s\n", name);
    for (off = 0; off < n; off += 45) {
        size_t k = n - off < 45 ? n - off : 45, o = 0;
        char line[72];
        line[o++] = (char)UU_ENC(k);
        for (j = 0; j < k; j += 3) {
            unsigned c0 = bytes[off + j];
            unsigned c1 = j + 1 < k ? bytes[off + j + 1] : 0;
            unsigned c2 = j + 2 < k ? bytes[off + j + 2] : 0;
            line[o++] = (char)UU_ENC(c0 >> 2);
            line[o++] = (char)UU_ENC((c0 << 4 | c1 >> 4) & 077);
            line[o++] = (char)UU_ENC((c1 << 2 | c2 >> 6) & 077);
            line[o++] = (char)UU_ENC(c2 & 077);
        }
        line[o++] = '\n';
        fwrite(line, 1, o, s->f);
        b->encoded += o;
    }
    sout(s, "`\n");
    b->encoded += 2;
    if (end)
        sout(s, "end\n");
    f8k_sha256_hex(bytes, b->decoded, b->sha);
    free(bytes);
}

static void unclosed_diag(struct filing *g, const char *what)
{
    diag(g, "F8K-W402", "warning", "%s is not closed: the file ends or the "
         "next block begins here", what);
}

static struct sdoc *plan_doc(struct sub *s, int kind, const char *type,
                             const char *filename, const char *desc)
{
    struct sdoc *d = &s->docs[s->ndocs++];
    d->form8k = kind == DK_8K;
    d->wrapper = kind == DK_PDF ? "PDF" : kind == DK_XBRL ? "XBRL" : NULL;
    snprintf(d->type, sizeof d->type, "%s", type);
    snprintf(d->seq, sizeof d->seq, "%d", s->ndocs);
    snprintf(d->filename, sizeof d->filename, "%s", filename);
    snprintf(d->desc, sizeof d->desc, "%s", desc);
    d->kind = kind;
    return d;
}

/* Document D: its tags, its body (BODY, N bytes, for the 8-K), and the
 * fault of the submission where it falls on D. */
static void write_doc_in(struct filing *g, struct sub *s, struct sdoc *d,
                         rng *r, const char *body, size_t n)
{
    int kind = d->kind, idx = (int)(d - s->docs), uu_end = 1;
    int last = idx == s->ndocs - 1, before_last = idx == s->ndocs - 2;
    char pname[128], line[300];

    prose_name(g->name, pname, sizeof pname);
    sout(s, "<DOCUMENT>\n");
    if (s->fault == SF_META_BEFORE && idx == 1) {
        sout(s, "Copy of the document follows\n");
        diag(g, "F8K-W401", "warning", "a line of text before the document's tags");
    }
    sout(s, "<TYPE>%s\n<SEQUENCE>%s\n<FILENAME>%s\n", d->type, d->seq, d->filename);
    if (kind == DK_EX && s->dialect == SD_IMS) {
        /* a description broken over two lines (EDGAR, 1997) */
        char up[128];
        conformed(g->name, up, sizeof up);
        sout(s, "<DESCRIPTION>%s\n%s\n", d->desc, up);
        snprintf(line, sizeof line, "%.60s %.59s", d->desc, up);
        memcpy(d->desc, line, strlen(line) + 1);
    } else {
        sout(s, "<DESCRIPTION>%s\n", d->desc);
    }
    if (kind == DK_NOTEXT) {
        /* tags only: a document EDGAR lists without a body */
        sout(s, "</DOCUMENT>\n");
        d->closed = 1;
        return;
    }
    if (kind == DK_GRAPHIC && s->dialect == SD_SEC2000) {
        sout(s, "<FLAWED>\n");
        d->flawed = 1;
    }
    sout(s, "<TEXT>\n");
    d->text_open = 1;
    d->text_closed = d->closed = 1;
    switch (kind) {
    case DK_8K:
        dtext(s, d, body, n);
        break;
    case DK_EX: {
        int k = atoi(d->seq) - 2;
        snprintf(line, sizeof line, "%66sEXHIBIT %s", "", g->exno[k]);
        dline(s, d, line);
        dline(s, d, "");
        snprintf(line, sizeof line, "%s %s", g->name,
                 k == 2 ? "AMENDS ITS CREDIT AGREEMENT" : "ANNOUNCES RESULTS");
        dline(s, d, line);
        dline(s, d, "");
        snprintf(line, sizeof line, "%s, %s, %s -- %s today", g->city->city,
                 g->city->state, g->date_printed, pname);
        dline(s, d, line);
        dline(s, d, "announced the matters described in its Current Report on Form 8-K.");
        break;
    }
    case DK_PDF:
        dline(s, d, "<PDF>");
        uu_end = s->fault != SF_UU_PDF_END;
        uu_file(s, d, r, d->filename, 90 + pick(r, 200), uu_end);
        dline(s, d, "</PDF>");
        break;
    case DK_XBRL:
        dline(s, d, "<XBRL>");
        dline(s, d, "<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        dline(s, d, "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\">");
        snprintf(line, sizeof line, "  <dei:DocumentPeriodEndDate>%s</dei:DocumentPeriodEndDate>",
                 g->date_iso);
        dline(s, d, line);
        dline(s, d, "</xbrli:xbrl>");
        dline(s, d, "</XBRL>");
        break;
    default:    /* DK_GRAPHIC */
        uu_end = !(s->fault == SF_UU_TEXT_END || s->fault == SF_UU_DOC_END ||
                   s->fault == SF_UU_EOF || (s->fault == SF_UU_NEXT_DOC && !last) ||
                   (s->fault == SF_CONTAINER_CUT && s->uu_cut));
        uu_file(s, d, r, d->filename, 60 + pick(r, 400), uu_end);
        break;
    }
    if (!uu_end)
        unclosed_diag(g, "uuencoded file (\"begin\")");
    /* how the document ends: not at all when the file or, inside its
     * data, the next document begins */
    if ((last && (s->fault == SF_UU_EOF || s->fault == SF_TRUNCATED ||
                  s->fault == SF_CONTAINER_CUT)) ||
        (!last && kind == DK_GRAPHIC && s->fault == SF_UU_NEXT_DOC)) {
        d->text_closed = d->closed = 0;
        unclosed_diag(g, "<TEXT>");
        unclosed_diag(g, "<DOCUMENT>");
        return;
    }
    if ((before_last && (s->fault == SF_TEXT_CUT || s->fault == SF_DOC_IN_TEXT)) ||
        (last && s->fault == SF_UU_DOC_END)) {
        d->text_closed = 0;
        unclosed_diag(g, "<TEXT>");
    } else {
        sout(s, "</TEXT>\n");
    }
    if (before_last && s->fault == SF_DOC_IN_TEXT) {
        d->closed = 0;
        unclosed_diag(g, "<DOCUMENT>");
    } else {
        sout(s, "</DOCUMENT>\n");
    }
    if (idx == 0 && s->fault == SF_SYNTAX) {
        sout(s, "</TEXT>\n");
        diag(g, "F8K-W401", "warning", "syntax error, unexpected closing tag; "
             "skipped to the next document");
    }
    if (idx == 0 && s->fault == SF_STRAY) {
        sout(s, "(the exhibits follow)\n");
        diag(g, "F8K-W401", "warning", "a line of text outside any document");
    }
    if (idx == 0 && s->fault == SF_STRAY_TEXT) {
        /* <TEXT> outside a document opens no body: the line after it is
         * read as a line out of place, not swallowed */
        sout(s, "<TEXT>\n(the exhibits follow)\n");
        diag(g, "F8K-W401", "warning", "<TEXT> outside any document: it opens no body");
        diag(g, "F8K-W401", "warning", "a line of text outside any document");
    }
}

static void write_doc(struct filing *g, struct sub *s, struct sdoc *d,
                      rng *r, const char *body, size_t n)
{
    d->tf = open_memstream(&d->text, &d->tlen);
    if (d->tf == NULL)
        return;
    write_doc_in(g, s, d, r, body, n);
    fclose(d->tf);
    d->tf = NULL;
}

static const char *const pem_fields[][2] = {
    { "Proc-Type", "2001,MIC-CLEAR" },
    { "Originator-Name", "webmaster@www.sec.gov" },
    { "Originator-Key-Asymmetric", "" },
    { "MIC-Info", "RSA-MD5,RSA," }
};

static char *base64ish(rng *r, char *buf, size_t n)
{
    static const char b64[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t i;
    for (i = 0; i + 1 < n; i++)
        buf[i] = b64[pick(r, 64)];
    buf[i] = '\0';
    return buf;
}

/* The submission file of filing G (its 8-K text BODY, N bytes), number
 * SIDX of the submissions of the set: dialect and fault follow SIDX, so
 * that any 5 * SF_COUNT of them hold every pair. */
static int make_submission(struct filing *g, unsigned sidx, const char *body,
                           size_t n, char **out, size_t *out_len)
{
    struct sub *s = calloc(1, sizeof *s);
    rng r;
    int k;
    char fname[40], desc[64];

    if (s == NULL)
        return -1;
    g->sub = s;
    r.s = g->r2.s ^ 0x5DEECE66DULL;
    if (r.s == 0)
        r.s = 1;
    s->dialect = (int)(sidx % SD_COUNT);
    s->fault = (int)(sidx % SF_COUNT);
    if (s->fault == SF_NONE && (sidx / SF_COUNT) % 2 == 1)
        s->fault = SF_UU_NEXT_DOC;
    /* faults that need a header, or the PEM wrapper */
    if ((s->fault == SF_NO_HEADER_END || s->fault == SF_NO_HEADER ||
         s->fault == SF_DISAGREE) && (s->dialect == SD_TAGS || s->dialect == SD_BARE))
        s->dialect = SD_SEC;
    if (s->fault == SF_PEM_END_ONLY)
        s->dialect = SD_IMS;
    /* the last document cut by </SUBMISSION> or </SEC-DOCUMENT>: bare
     * documents have no closing tag; every other time inside the
     * uuencoded file */
    if (s->fault == SF_CONTAINER_CUT) {
        if (s->dialect == SD_BARE)
            s->dialect = SD_TAGS;
        s->uu_cut = (sidx / SF_COUNT) % 2 == 1;
    }
    s->pem = s->dialect == SD_IMS;
    /* the documents */
    plan_doc(s, DK_8K, g->amendment ? "8-K/A" : "8-K", g->html ? "d8k.htm" : "d8k.txt",
             one_in(&r, 2) ? "FORM 8-K" : "CURRENT REPORT");
    for (k = 0; k < g->nex; k++) {
        char type[16];
        if (strncmp(g->exno[k], "99.", 3) == 0 && one_in(&r, 3))
            snprintf(type, sizeof type, "EX-99");       /* typed by its major number */
        else
            snprintf(type, sizeof type, "EX-%s", g->exno[k]);
        snprintf(fname, sizeof fname, "dex%c%c%c.txt", g->exno[k][0], g->exno[k][1],
                 g->exno[k][3]);
        plan_doc(s, DK_EX, type, fname, k == 2 ? "AMENDMENT TO CREDIT AGREEMENT"
                                               : "PRESS RELEASE");
    }
    if (s->fault == SF_UU_PDF_END || s->dialect == SD_SEC2000) {
        snprintf(desc, sizeof desc, "%s", g->nex > 0 ? "EX-99.1" : "GRAPHIC");
        if (g->nex > 0 && strcmp(g->exno[0], "99.1") != 0)
            snprintf(desc, sizeof desc, "EX-%s", g->exno[0]);
        plan_doc(s, DK_PDF, desc, "dex991.pdf", "PDF COPY");
    }
    if (s->dialect == SD_TAGS && s->fault != SF_TEXT_CUT && s->fault != SF_DOC_IN_TEXT)
        plan_doc(s, DK_NOTEXT, "COVER", "filename1.txt", "COVER LETTER (PAPER)");
    if (s->dialect == SD_SEC && sidx % 2 == 0)
        plan_doc(s, DK_XBRL, "EX-101.INS", "inst-20xx.xml", "XBRL INSTANCE DOCUMENT");
    if (s->fault == SF_UU_NEXT_DOC)     /* cut short by the last one */
        plan_doc(s, DK_GRAPHIC, "GRAPHIC", "g00000.jpg", "GRAPHIC");
    plan_doc(s, DK_GRAPHIC, "GRAPHIC", one_in(&r, 2) ? "logo.gif" : "g00001.jpg", "GRAPHIC");

    s->f = open_memstream(out, out_len);
    if (s->f == NULL)
        return -1;
    if (s->pem) {
        char b[80];
        sout(s, "-----BEGIN PRIVACY-ENHANCED MESSAGE-----\n");
        for (k = 0; k < 4; k++) {
            char *v = s->pem_values[k];
            sout(s, "%s: %s\n", pem_fields[k][0], pem_fields[k][1]);
            snprintf(v, sizeof s->pem_values[k], "%s", pem_fields[k][1]);
            /* continuation lines: joined with one blank (RFC 1421) */
            if (k >= 2) {
                sout(s, " %s\n", base64ish(&r, b, 65));
                snprintf(v + strlen(v), sizeof s->pem_values[k] - strlen(v), "%s%s",
                         v[0] ? " " : "", b);
            }
            if (k == 2) {
                sout(s, " %s\n", base64ish(&r, b, 57));
                snprintf(v + strlen(v), sizeof s->pem_values[k] - strlen(v), " %s", b);
            }
        }
        /* the blank line that ends the wrapper's fields, or none */
        if ((sidx / SD_COUNT) % 2 == 0)
            sout(s, "\n");
    }
    sub_header(g, s, &r);
    for (k = 0; k < s->ndocs; k++)
        write_doc(g, s, &s->docs[k], &r, body, n);
    /* the end of the container */
    if (s->fault != SF_UU_EOF && s->fault != SF_TRUNCATED) {
        if (s->dialect == SD_TAGS)
            sout(s, "</SUBMISSION>\n");
        else if (s->dialect != SD_BARE && s->fault != SF_PEM_END_ONLY)
            sout(s, "</%s-DOCUMENT>\n", s->dialect == SD_IMS ? "IMS" : "SEC");
        s->closed = s->dialect != SD_BARE && s->fault != SF_PEM_END_ONLY;
        if (s->pem) {
            sout(s, "-----END PRIVACY-ENHANCED MESSAGE-----\n");
            s->pem_closed = 1;
        }
        if (s->fault == SF_AFTER_END && (sidx / SF_COUNT) % 2 == 1) {
            /* a stray <TEXT> there opens no body either */
            sout(s, "<TEXT>\n");
            diag(g, "F8K-W401", "warning", s->dialect == SD_BARE
                 ? "<TEXT> outside any document: it opens no body"
                 : "<TEXT> after the end of the submission: it opens no body");
        } else if (s->fault == SF_AFTER_END) {
            sout(s, "*** END OF TRANSMISSION ***\n");
            diag(g, "F8K-W401", "warning", s->dialect == SD_BARE
                 ? "a line of text outside any document"
                 : "a line of text after the end of the submission");
        }
    } else if (s->dialect != SD_BARE) {
        unclosed_diag(g, s->dialect == SD_TAGS ? "<SUBMISSION>" : "<SEC-DOCUMENT>");
    }
    return fclose(s->f) == 0 ? 0 : -1;
}

static void sub_free(struct sub *s)
{
    int k;
    if (s == NULL)
        return;
    for (k = 0; k < s->ndocs; k++)
        free(s->docs[k].text);
    free(s);
}

static void submission_xml(xmlTextWriterPtr w, const struct filing *g)
{
    static const char *const dialects[] = {
        "SEC-DOCUMENT", "SEC-DOCUMENT", "IMS-DOCUMENT", "SUBMISSION", "DOCUMENT"
    };
    const struct sub *s = g->sub;
    char num[24];
    int k, j;

    xmlTextWriterStartElement(w, W("Submission"));
    xmlTextWriterWriteAttribute(w, W("dialect"), W(dialects[s->dialect]));
    xmlTextWriterWriteAttribute(w, W("pem"), W(s->pem ? "true" : "false"));
    xmlTextWriterWriteAttribute(w, W("complete"),
        W((s->dialect == SD_BARE || s->closed) && (!s->pem || s->pem_closed)
          ? "true" : "false"));
    if (s->opening[0])
        xmlTextWriterWriteAttribute(w, W("openingLine"), W(s->opening));
    if (s->pem) {
        xmlTextWriterStartElement(w, W("Envelope"));
        xmlTextWriterWriteAttribute(w, W("closed"), W(s->pem_closed ? "true" : "false"));
        for (k = 0; k < 4; k++) {
            xmlTextWriterStartElement(w, W("Field"));
            xmlTextWriterWriteAttribute(w, W("key"), W(pem_fields[k][0]));
            xmlTextWriterWriteString(w, W(s->pem_values[k]));
            xmlTextWriterEndElement(w);
        }
        xmlTextWriterEndElement(w);
    }
    if (s->has_header) {
        xmlTextWriterStartElement(w, W("Header"));
        for (k = 0; k < s->nhev; k++) {
            const struct hev *h = &s->hev[k];
            if (h->kind == 1) {
                xmlTextWriterStartElement(w, W(h->elem));
                continue;
            }
            if (h->kind == 2) {
                xmlTextWriterEndElement(w);
                continue;
            }
            xmlTextWriterStartElement(w, W(h->elem));
            if (strcmp(h->printed, h->norm) != 0)
                xmlTextWriterWriteAttribute(w, W("printed"), W(h->printed));
            if (h->attr != NULL)
                xmlTextWriterWriteAttribute(w, W(h->attr), W(h->attrval));
            xmlTextWriterWriteString(w, W(h->norm));
            xmlTextWriterEndElement(w);
        }
        xmlTextWriterEndElement(w);
    }
    xmlTextWriterStartElement(w, W("Documents"));
    snprintf(num, sizeof num, "%d", s->ndocs);
    xmlTextWriterWriteAttribute(w, W("count"), W(num));
    for (k = 0; k < s->ndocs; k++) {
        const struct sdoc *d = &s->docs[k];
        xmlTextWriterStartElement(w, W("Document"));
        if (d->wrapper != NULL)
            xmlTextWriterWriteAttribute(w, W("wrapper"), W(d->wrapper));
        xmlTextWriterWriteAttribute(w, W("html"), W(d->form8k && g->html ? "true" : "false"));
        xmlTextWriterWriteAttribute(w, W("complete"),
            W(d->closed && (!d->text_open || d->text_closed) ? "true" : "false"));
        xmlTextWriterWriteElement(w, W("Type"), W(d->type));
        xmlTextWriterWriteElement(w, W("Sequence"), W(d->seq));
        xmlTextWriterWriteElement(w, W("FileName"), W(d->filename));
        xmlTextWriterWriteElement(w, W("Description"), W(d->desc));
        if (d->flawed) {
            xmlTextWriterStartElement(w, W("Field"));
            xmlTextWriterWriteAttribute(w, W("key"), W("FLAWED"));
            xmlTextWriterWriteString(w, W(""));
            xmlTextWriterEndElement(w);
        }
        if (d->tlen > 0) {
            xmlTextWriterStartElement(w, W("Text"));
            xmlTextWriterWriteAttribute(w, W("lines"), W("0"));
            xmlTextWriterWriteString(w, W(d->text));
            xmlTextWriterEndElement(w);
        }
        for (j = 0; j < d->nbins; j++) {
            const struct sbin *b = &d->bins[j];
            xmlTextWriterStartElement(w, W("Binary"));
            xmlTextWriterWriteAttribute(w, W("mode"), W("644"));
            xmlTextWriterWriteAttribute(w, W("complete"), W(b->ended ? "true" : "false"));
            xmlTextWriterWriteElement(w, W("FileName"), W(b->name));
            snprintf(num, sizeof num, "%lu", (unsigned long)b->encoded);
            xmlTextWriterWriteElement(w, W("EncodedSize"), W(num));
            snprintf(num, sizeof num, "%lu", (unsigned long)b->decoded);
            xmlTextWriterWriteElement(w, W("DecodedSize"), W(num));
            xmlTextWriterWriteElement(w, W("SHA256"), W(b->sha));
            xmlTextWriterEndElement(w);
        }
        if (d->form8k) {
            xmlTextWriterStartElement(w, W("Form8KDocument"));
            filing_xml(w, g);
            xmlTextWriterEndElement(w);
        }
        xmlTextWriterEndElement(w);
    }
    xmlTextWriterEndElement(w);     /* Documents */
    xmlTextWriterEndElement(w);     /* Submission */
}


/* ------------------------------------------------------------ filing */

static void filing_free(struct filing *g)
{
    int i, k;
    for (i = 0; i < g->nitems; i++)
        for (k = 0; k < g->items[i].nparas; k++)
            free(g->items[i].paras[k]);
    free(g->buf);
    sub_free(g->sub);
}

static int generate_one(struct filing *g, uint64_t seed, unsigned idx, int html)
{
    int layout, k;

    memset(g, 0, sizeof *g);
    g->html = html;
    g->r.s = seed * 0x9E3779B97F4A7C15ULL + idx * 0xBF58476D1CE4E5B9ULL + 1;
    if (g->r.s == 0)
        g->r.s = 1;
    next(&g->r);
    g->r2.s = seed * 0xD1B54A32D192ED03ULL + idx * 0x94D049BB133111EBULL + 7;
    if (g->r2.s == 0)
        g->r2.s = 1;
    next(&g->r2);
    g->f = open_memstream(&g->buf, &g->len);
    if (g->f == NULL)
        return -1;
    make_date(g);
    make_registrant(g);
    g->exstyle = (int)pick(&g->r, 6);
    for (k = 0; k < 4; k++)
        if (!html && one_in(&g->r, 10))
            g->garbled |= 1 << k;
    make_items(g);
    /* "(Formerly known as ...)" under the name (classic cover) */
    if (one_in(&g->r2, 5))
        snprintf(g->former_note, sizeof g->former_note, "(%s %s %s %s)",
                 one_in(&g->r2, 2) ? "Formerly known as" : "f/k/a",
                 PICK(&g->r2, name_a), PICK(&g->r2, name_b), PICK(&g->r2, name_c));
    title_block(g);
    layout = (int)pick(&g->r, 3);
    if (layout == 2 && g->year > 1998)
        layout = 0;
    if (layout == 0)
        cover_classic(g);
    else if (layout == 1)
        cover_beside(g);
    else {
        cover_above(g);
        g->former = NULL;
    }
    if (g->regime04 && one_in(&g->r, 4) != 0)
        check_boxes(g);
    page_mark(g, 1);
    if (one_in(&g->r2, 6))
        contents(g);
    body(g);
    signatures(g);
    exhibit_index(g);
    return fclose(g->f) == 0 ? 0 : -1;
}

/* ----------------------------------------------------------- command */

static int write_file(const char *dir, const char *name, const char *data,
                      size_t len)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    FILE *f;
    int rc = 0;

    if (p == NULL)
        return -1;
    snprintf(p, n, "%s/%s", dir, name);
    f = fopen(p, "w");
    if (f == NULL || fwrite(data, 1, len, f) != len)
        rc = -1;
    if (f != NULL && fclose(f) != 0)
        rc = -1;
    if (rc != 0)
        cli_io_error(stderr, p, errno);
    free(p);
    return rc;
}

/* The filing as HTML: its lines in a <pre>, as EDGAR's HTML filings of
 * the late 1990s are. */
static char *as_html(const char *text, size_t len, size_t *out_len)
{
    char *buf = NULL;
    size_t n = 0, i;
    FILE *f = open_memstream(&buf, &n);

    if (f == NULL)
        return NULL;
    fputs("<html>\n<head><title>Form 8-K</title></head>\n<body>\n<pre>\n", f);
    for (i = 0; i < len; i++) {
        if (text[i] == '<')
            fputs("&lt;", f);
        else if (text[i] == '>')
            fputs("&gt;", f);
        else if (text[i] == '&')
            fputs("&amp;", f);
        else if (text[i] == '\f')
            continue;
        else
            putc(text[i], f);
    }
    fputs("</pre>\n</body>\n</html>\n", f);
    if (fclose(f) != 0) {
        free(buf);
        return NULL;
    }
    *out_len = n;
    return buf;
}

/* Filing G as a submission file (number SIDX of the set's submissions):
 * its 8-K text, or that text as HTML, in the first document. */
static int submission_of(struct filing *g, unsigned long sidx, char **out,
                         size_t *out_len)
{
    size_t hl = 0;
    char *h = g->html ? as_html(g->buf, g->len, &hl) : NULL;
    int rc;

    if (g->html && h == NULL)
        return -1;
    rc = make_submission(g, (unsigned)sidx, h ? h : g->buf, h ? hl : g->len,
                         out, out_len);
    free(h);
    return rc;
}

static int gen_usage(const char *what, const char *arg)
{
    fprintf(stderr, "%s: generate: %s%s%s\n", cli_progname, what,
            arg ? " " : "", arg ? arg : "");
    fprintf(stderr, "Usage: %s generate [--seed N] [--count K] "
            "[--format=text|html] [--kind=mix|8k|submission] --out DIR\n", cli_progname);
    return EXIT_USAGE;
}

static int generate_main(int argc, char **argv);

static const struct cli_opt generate_opts[] = {
    { "seed", K_SEED, "N", NULL, "the seed (default 1): the same seed gives "
      "the same files" },
    { "count", K_COUNT, "K", NULL, "how many filings, 1 to 100000 (default "
      "10)" },
    { "format", K_FORMAT, "FMT", "text|html", "text (the default: .txt) or "
      "html (.htm)" },
    { "kind", K_KIND, "KIND", "mix|8k|submission", "mix (the default: every "
      "fifth filing a whole EDGAR submission file), 8k (8-K documents "
      "alone) or submission (submission files alone)" },
    { "out", K_OUT, "DIR", NULL, "the folder to write into; required" },
    { NULL, 0, NULL, NULL, NULL }
};

const struct cli_cmd cli_cmd_generate = {
    "generate", "synthetic filings with the XML form8k should read",
    "[OPTION]... --out=DIR",
    "Write K synthetic Form 8-K filings into DIR, each with the XML form8k\n"
    "should read from it (NAME.expected.xml); the same seed gives the same\n"
    "files.\n",
    generate_opts, generate_main
};

enum { KIND_MIX, KIND_8K, KIND_SUBMISSION };

struct gen_args {
    unsigned long seed, count;
    const char *dir;
    int html;
    int kind;       /* KIND_*: which filings --kind asks for */
};

static int gen_take(void *ctx, int key, const char *v)
{
    struct gen_args *g = ctx;
    char *end;

    switch (key) {
    case K_SEED:
        errno = 0;
        g->seed = strtoul(v, &end, 10);
        if (v[0] < '0' || v[0] > '9' || *end != '\0' || errno != 0)
            return cli_usage_error("--seed must be a number, not", v);
        break;
    case K_COUNT:
        return cli_count_arg("--count", v, 100000, &g->count);
    case K_FORMAT:
        g->html = v[0] == 'h';
        break;
    case K_OUT:
        g->dir = v;
        break;
    case K_KIND:
        g->kind = v[0] == '8' ? KIND_8K : v[0] == 's' ? KIND_SUBMISSION : KIND_MIX;
        break;
    }
    return -1;
}

static int generate_main(int argc, char **argv)
{
    struct gen_args ga = { 1, 10, NULL, 0, KIND_MIX };
    unsigned long seed, count, k;
    const char *dir;
    int html, rc, first;
    int kind;
    f8k_schema *schema = NULL;

    rc = cli_getopt(&cli_cmd_generate, argc, argv, gen_take, &ga, &first);
    if (rc >= 0)
        return rc;
    if (first < argc)
        return gen_usage("no operands (the files go to --out DIR):",
                         argv[first]);
    rc = 0;
    seed = ga.seed;
    count = ga.count;
    dir = ga.dir;
    html = ga.html;
    kind = ga.kind;
    if (dir == NULL || dir[0] == '\0')
        return gen_usage("--out DIR is required", NULL);
    if (mkdir(dir, 0777) != 0 && errno != EEXIST)
        return cli_io_error(stderr, dir, errno);
    if (f8k_schema_new(&schema) != F8K_OK) {
        fprintf(stderr, "%s: cannot compile the schema\n", cli_progname);
        return EXIT_INTERNAL;
    }
    for (k = 0; k < count && rc == 0; k++) {
        struct filing g;
        xmlBufferPtr b = xmlBufferCreate();
        char name[96];
        f8k_doc *doc = f8k_doc_new("expected");

        char *subf = NULL;
        size_t subn = 0;
        /* every fifth filing of the mix (and each one of --kind=submission)
         * is a whole submission file: the 8-K's text (as it would be
         * written alone) its first document */
        int as_sub = kind == KIND_SUBMISSION || (kind == KIND_MIX && k % 5 == 4);

        if (b == NULL || doc == NULL || generate_one(&g, seed, (unsigned)k, html) != 0 ||
            (as_sub && submission_of(&g, kind == KIND_MIX ? k / 5 : k, &subf, &subn) != 0) ||
            expected_xml(&g, b) != 0) {
            fprintf(stderr, "%s: out of memory\n", cli_progname);
            rc = EXIT_NOMEM;
        } else if (f8k_xml_validate(doc, schema, (const char *)xmlBufferContent(b),
                                    (size_t)xmlBufferLength(b)) != F8K_OK) {
            fprintf(stderr, "%s: generate: the expected XML of filing %lu is "
                    "not valid (a bug of the generator)\n", cli_progname, k);
            rc = EXIT_INTERNAL;
        } else if (as_sub) {
            snprintf(name, sizeof name, "f8k-%lu-%04lu.txt", seed, k);
            rc = write_file(dir, name, subf, subn) ? EXIT_IO : 0;
            snprintf(name, sizeof name, "f8k-%lu-%04lu.expected.xml", seed, k);
            if (rc == 0 && write_file(dir, name, (const char *)xmlBufferContent(b),
                                      (size_t)xmlBufferLength(b)) != 0)
                rc = EXIT_IO;
        } else {
            if (html) {
                size_t hl = 0;
                char *h = as_html(g.buf, g.len, &hl);
                snprintf(name, sizeof name, "f8k-%lu-%04lu.htm", seed, k);
                rc = h == NULL ? EXIT_NOMEM : write_file(dir, name, h, hl) ? EXIT_IO : 0;
                free(h);
            } else {
                snprintf(name, sizeof name, "f8k-%lu-%04lu.txt", seed, k);
                rc = write_file(dir, name, g.buf, g.len) ? EXIT_IO : 0;
            }
            snprintf(name, sizeof name, "f8k-%lu-%04lu.expected.xml", seed, k);
            if (rc == 0 && write_file(dir, name, (const char *)xmlBufferContent(b),
                                      (size_t)xmlBufferLength(b)) != 0)
                rc = EXIT_IO;
        }
        free(subf);
        f8k_doc_free(doc);
        if (b != NULL)
            xmlBufferFree(b);
        filing_free(&g);
    }
    f8k_schema_free(schema);
    return rc;
}
