/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* normalize.c - from what was printed to what it means.
 * This is a pass over the tree: the grammar and the cover pass keep the
 * printed text; here each value gets its normalised form, and a value
 * that cannot be normalised gets a diagnostic (and keeps its text). */
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ast.h"
#include "normalize.h"
#include "text.h"

static const char *const months[12] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december"
};

/* Month at S (full name, or its first three letters with an optional
 * period; "Sept." too); returns 1-12 and sets *LEN, or 0. */
static int month_at(const char *s, size_t n, size_t *len)
{
    char p[3];
    size_t full, k, i;
    int m;

    /* Called at every word of every date-bearing line: the first three
     * letters, unique to each month, pick the one candidate. */
    if (n < 3)
        return 0;
    for (i = 0; i < 3; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + ('a' - 'A'));
        if (c < 'a' || c > 'z')
            return 0;
        p[i] = (char)c;
    }
    /* Most words start with a letter no month starts with. */
    switch (p[0]) {
    case 'j': case 'f': case 'm': case 'a': case 's': case 'o': case 'n':
    case 'd':
        break;
    default:
        return 0;
    }
    for (m = 0; m < 12; m++)
        if (memcmp(p, months[m], 3) == 0)
            break;
    if (m == 12)
        return 0;
    full = strlen(months[m]);
    if (n >= full && f8k_ieqn(s, months[m], full) &&
        (n == full || !isalpha((unsigned char)s[full]))) {
        *len = full;
        return m + 1;
    }
    for (k = m == 8 ? 4 : 3; k >= 3; k--) {
        if (n >= k && f8k_ieqn(s, months[m], k) &&
            (n == k || !isalpha((unsigned char)s[k]))) {
            *len = k + (n > k && s[k] == '.');
            return m + 1;
        }
    }
    return 0;
}

/* isalnum of the C locale, inline: called for every byte of a line. */
static int ascii_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static size_t digits_at(const char *s, size_t n, unsigned *v)
{
    size_t i = 0;
    *v = 0;
    while (i < n && i < 5 && isdigit((unsigned char)s[i]))
        *v = *v * 10 + (unsigned)(s[i++] - '0');
    return i;
}

int f8k_date_valid(unsigned y, unsigned m, unsigned d)
{
    static const unsigned mdays[12] = {31,29,31,30,31,30,31,31,30,31,30,31};
    return m >= 1 && m <= 12 && d >= 1 && d <= mdays[m - 1] &&
           !(m == 2 && d == 29 && (y % 4 != 0 || (y % 100 == 0 && y % 400 != 0)));
}

static int valid_ymd(unsigned y, unsigned m, unsigned d)
{
    return y >= 1900 && y <= 2099 && f8k_date_valid(y, m, d);
}

static size_t skip_sp(const char *s, size_t i, size_t n)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

/* The forms of a date, each tried where a word begins at S[I] (of N
 * bytes): the end of the date with its year, month and day in YMD, or 0
 * when it is none. */

/* "Month D, YYYY", also "Month D,YYYY", "Month D YYYY", "Month Dth, YYYY";
 * the month's name is MLEN bytes at I. */
static size_t date_month_first(const char *s, size_t n, size_t i, unsigned mon,
                               size_t mlen, unsigned ymd[3])
{
    size_t j = skip_sp(s, i + mlen, n), k;
    unsigned d, y;

    if ((k = digits_at(s + j, n - j, &d)) < 1 || k > 2)
        return 0;
    j += k;
    if (j + 1 < n && isalpha((unsigned char)s[j]) &&
        (f8k_ieqn(s + j, "st", 2) || f8k_ieqn(s + j, "nd", 2) ||
         f8k_ieqn(s + j, "rd", 2) || f8k_ieqn(s + j, "th", 2)))
        j += 2;
    if (j < n && s[j] == ',')
        j++;
    j = skip_sp(s, j, n);
    if (digits_at(s + j, n - j, &y) != 4 || !valid_ymd(y, mon, d))
        return 0;
    ymd[0] = y, ymd[1] = mon, ymd[2] = d;
    return j + 4;
}

/* "YYYY-MM-DD" (four digits at I). */
static size_t date_iso(const char *s, size_t n, size_t i, unsigned ymd[3])
{
    unsigned y, m, d;
    if (i + 10 > n || s[i + 4] != '-' || s[i + 7] != '-')
        return 0;
    digits_at(s + i, 4, &y);
    if (digits_at(s + i + 5, 2, &m) != 2 || digits_at(s + i + 8, 2, &d) != 2 ||
        !valid_ymd(y, m, d))
        return 0;
    ymd[0] = y, ymd[1] = m, ymd[2] = d;
    return i + 10;
}

/* "D Month YYYY", "D Month, YYYY" (the day's K digits at I). */
static size_t date_day_first(const char *s, size_t n, size_t i, size_t k, unsigned ymd[3])
{
    size_t j = skip_sp(s, i + k, n), mlen;
    unsigned d, y;
    int mon;

    digits_at(s + i, k, &d);
    if (j == i + k || (mon = month_at(s + j, n - j, &mlen)) <= 0)
        return 0;
    j = skip_sp(s, j + mlen, n);
    if (j < n && s[j] == ',')
        j = skip_sp(s, j + 1, n);
    if (digits_at(s + j, n - j, &y) != 4 || !valid_ymd(y, (unsigned)mon, d))
        return 0;
    ymd[0] = y, ymd[1] = (unsigned)mon, ymd[2] = d;
    return j + 4;
}

/* "M/D/YY" or "M/D/YYYY" (a year of two digits: 1950-2049). */
static size_t date_slashes(const char *s, size_t n, size_t i, unsigned ymd[3])
{
    unsigned m, d, y;
    size_t j = i + digits_at(s + i, n - i, &m), k2, k3, yp;

    if (j >= n || s[j] != '/')
        return 0;
    k2 = digits_at(s + j + 1, n - j - 1, &d);
    if (k2 < 1 || k2 > 2 || j + 1 + k2 >= n || s[j + 1 + k2] != '/')
        return 0;
    yp = j + 2 + k2;
    k3 = digits_at(s + yp, n - yp, &y);
    if (k3 == 2)
        y += y < 50 ? 2000 : 1900;
    if ((k3 != 2 && k3 != 4) || !valid_ymd(y, m, d))
        return 0;
    ymd[0] = y, ymd[1] = m, ymd[2] = d;
    return yp + k3;
}

int f8k_date_find(const char *s, size_t n, char iso[11], size_t *b, size_t *e)
{
    size_t i;

    /* Every form has digits: most lines of prose have none, and need not
     * be looked at word by word. */
    for (i = 0; i < n && !(s[i] >= '0' && s[i] <= '9'); i++)
        ;
    if (i == n)
        return 0;
    for (i = 0; i < n; i++) {
        unsigned ymd[3], d;
        size_t k, end = 0;
        int mon;
        if (i > 0 && ascii_alnum((unsigned char)s[i - 1]))
            continue;
        if ((mon = month_at(s + i, n - i, &k)) > 0) {
            end = date_month_first(s, n, i, (unsigned)mon, k, ymd);
        } else if (isdigit((unsigned char)s[i])) {
            k = digits_at(s + i, n - i, &d);
            if (k == 4)
                end = date_iso(s, n, i, ymd);
            else if (k <= 2 && (end = date_day_first(s, n, i, k, ymd)) == 0)
                end = date_slashes(s, n, i, ymd);
            /* past the number: a date begins a word */
            while (end == 0 && i + 1 < n && isdigit((unsigned char)s[i + 1]))
                i++;
        }
        if (end != 0) {
            snprintf(iso, 11, "%04u-%02u-%02u", ymd[0] % 10000, ymd[1] % 100, ymd[2] % 100);
            *b = i;
            *e = end;
            return 1;
        }
    }
    return 0;
}

int f8k_phone_find(const char *s, size_t n, char area[4], char local[9],
                   size_t *b, size_t *e)
{
    size_t i;
    for (i = 0; i < n; i++) {
        size_t j = i, st = i;
        char d[10];
        int k = 0;
        if (!isdigit((unsigned char)s[i]) && s[i] != '(')
            continue;
        if (i > 0 && (isalnum((unsigned char)s[i - 1]) || s[i - 1] == '-'))
            continue;
        if (s[j] == '(')
            j++;
        /* area code: 3 digits, then ")" or a separator */
        while (k < 3 && j < n && isdigit((unsigned char)s[j]))
            d[k++] = s[j++];
        if (k != 3)
            continue;
        if (j < n && s[j] == ')')
            j++;
        while (j < n && (s[j] == ' ' || s[j] == '-' || s[j] == '.' || s[j] == '/'))
            j++;
        while (k < 6 && j < n && isdigit((unsigned char)s[j]))
            d[k++] = s[j++];
        if (k != 6)
            continue;
        while (j < n && (s[j] == ' ' || s[j] == '-' || s[j] == '.'))
            j++;
        while (k < 10 && j < n && isdigit((unsigned char)s[j]))
            d[k++] = s[j++];
        if (k != 10 || (j < n && isdigit((unsigned char)s[j])))
            continue;
        memcpy(area, d, 3);
        area[3] = '\0';
        memcpy(local, d + 3, 3);
        local[3] = '-';
        memcpy(local + 4, d + 6, 4);
        local[8] = '\0';
        *b = st;
        *e = j;
        return 1;
    }
    return 0;
}

int f8k_phone_intl(const char *s, size_t n)
{
    size_t i = 0, digits = 0, cc = 0;

    while (i < n && s[i] == ' ')
        i++;
    if (i >= n || s[i] != '+')
        return 0;
    for (i++; i < n && isdigit((unsigned char)s[i]); i++)
        cc++;
    if (cc < 1 || cc > 3)
        return 0;
    for (; i < n; i++) {
        if (isdigit((unsigned char)s[i]))
            digits++;
        else if (!strchr(" -.()", s[i]))
            break;
    }
    while (i < n && s[i] == ' ')
        i++;
    /* E.164: 15 digits at most, the country code included */
    return i == n && digits >= 6 && cc + digits <= 15;
}

struct state_name { const char *name; const char *code; };

/* EDGAR state and country codes, with the names and abbreviations that
 * filings print. */
static const struct state_name states[] = {
    {"alabama","AL"},{"ala","AL"},{"alaska","AK"},{"arizona","AZ"},{"ariz","AZ"},
    {"arkansas","AR"},{"ark","AR"},{"california","CA"},{"calif","CA"},{"cal","CA"},
    {"colorado","CO"},{"colo","CO"},{"connecticut","CT"},{"conn","CT"},
    {"delaware","DE"},{"del","DE"},{"district of columbia","DC"},{"dc","DC"},
    {"florida","FL"},{"fla","FL"},{"georgia","GA"},{"hawaii","HI"},{"idaho","ID"},
    {"illinois","IL"},{"ill","IL"},{"indiana","IN"},{"ind","IN"},{"iowa","IA"},
    {"kansas","KS"},{"kan","KS"},{"kentucky","KY"},{"ky","KY"},{"louisiana","LA"},
    {"maine","ME"},{"maryland","MD"},{"md","MD"},{"massachusetts","MA"},{"mass","MA"},
    {"michigan","MI"},{"mich","MI"},{"minnesota","MN"},{"minn","MN"},
    {"mississippi","MS"},{"miss","MS"},{"missouri","MO"},{"montana","MT"},
    {"nebraska","NE"},{"neb","NE"},{"nevada","NV"},{"nev","NV"},
    {"new hampshire","NH"},{"new jersey","NJ"},{"new mexico","NM"},{"new york","NY"},
    {"north carolina","NC"},{"north dakota","ND"},{"ohio","OH"},{"oklahoma","OK"},
    {"okla","OK"},{"oregon","OR"},{"ore","OR"},{"pennsylvania","PA"},{"penn","PA"},
    {"penna","PA"},{"rhode island","RI"},{"south carolina","SC"},{"south dakota","SD"},
    {"tennessee","TN"},{"tenn","TN"},{"texas","TX"},{"tex","TX"},{"utah","UT"},
    {"vermont","VT"},{"virginia","VA"},{"washington","WA"},{"wash","WA"},
    {"west virginia","WV"},{"wisconsin","WI"},{"wis","WI"},{"wyoming","WY"},
    {"puerto rico","PR"},{"virgin islands","VI"},{"guam","GU"},
    {"alberta","A0"},{"british columbia","A1"},{"manitoba","A2"},
    {"new brunswick","A3"},{"newfoundland","A4"},{"nova scotia","A5"},
    {"ontario","A6"},{"prince edward island","A7"},{"quebec","A8"},
    {"saskatchewan","A9"},{"yukon","B0"},{"bermuda","D0"},{"cayman islands","E9"},
    {"british virgin islands","D8"},{"netherlands antilles","P8"},{"panama","R1"},
    {"united kingdom","X0"},{"england","X0"},{"canada","Z4"},{"marshall islands","1T"},
    {"liberia","N0"},{"bahamas","C5"},{"israel","L3"},{"ireland","L2"},
    {NULL,NULL}
};

/* Key: lower-case letters and single spaces; periods dropped ("N.Y." ->
 * "ny", "Mass." -> "mass"). */
static size_t state_key(const char *s, size_t n, char *k, size_t cap)
{
    size_t i, o = 0;
    for (i = 0; i < n && o + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalpha(c))
            k[o++] = (char)tolower(c);
        else if ((c == ' ' || c == '\t') && o > 0 && k[o - 1] != ' ')
            k[o++] = ' ';
    }
    while (o > 0 && k[o - 1] == ' ')
        o--;
    k[o] = '\0';
    return o;
}

/* Postal abbreviation for an address: the same as the EDGAR code for US
 * states and territories; Canadian provinces have their own. */
const char *f8k_state_postal(const char *code)
{
    static const char *const prov[][2] = {
        {"A0","AB"},{"A1","BC"},{"A2","MB"},{"A3","NB"},{"A4","NL"},{"A5","NS"},
        {"A6","ON"},{"A7","PE"},{"A8","QC"},{"A9","SK"},{"B0","YT"}
    };
    size_t i;
    if (code == NULL)
        return NULL;
    for (i = 0; i < sizeof prov / sizeof prov[0]; i++)
        if (strcmp(prov[i][0], code) == 0)
            return prov[i][1];
    if (isalpha((unsigned char)code[0]) && isalpha((unsigned char)code[1]))
        return code;
    return NULL;   /* a country: no state of an address */
}

const char *f8k_state_code(const char *s, size_t n)
{
    char k[64];
    size_t len, i;
    if (n >= sizeof k)
        return NULL;
    len = state_key(s, n, k, sizeof k);
    if (len == 0)
        return NULL;
    if (strncmp(k, "state of ", 9) == 0)
        memmove(k, k + 9, strlen(k + 9) + 1), len -= 9;
    if (len == 2) {
        /* a two-letter EDGAR code ("DE", "ma") */
        for (i = 0; states[i].name; i++)
            if (tolower((unsigned char)states[i].code[0]) == k[0] &&
                tolower((unsigned char)states[i].code[1]) == k[1])
                return states[i].code;
    }
    for (i = 0; states[i].name; i++)
        if (strcmp(states[i].name, k) == 0)
            return states[i].code;
    return NULL;
}

const char *f8k_state_suffix(const char *s, size_t n, size_t *b)
{
    /* Try the last one to four words; the longest that names a state
     * ("West Virginia", not "Virginia"). */
    size_t end = n, start = n;
    const char *found = NULL;
    int words;
    while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == ',' || s[end - 1] == '.'))
        end--;
    if (end < n && s[end] == '.')
        end++;
    start = end;
    for (words = 0; words < 4 && start > 0; words++) {
        const char *code;
        while (start > 0 && s[start - 1] != ' ' && s[start - 1] != ',')
            start--;
        code = f8k_state_code(s + start, end - start);
        /* a bare two-letter code must be upper case ("MA", not "ma") */
        if (code != NULL && !(end - start <= 3 && islower((unsigned char)s[start]))) {
            *b = start;
            found = code;
        }
        if (start == 0 || s[start - 1] == ',')
            break;
        while (start > 0 && s[start - 1] == ' ')
            start--;
    }
    return found;
}

int f8k_fileno_norm(const char *s, size_t n, char *out, size_t cap)
{
    /* Words a value may start with: "No. 33-12345", "File No. 1-3285",
     * "Commission File Number 1-15829" (HTML covers print the caption's
     * words in the value's cell). */
    static const char *const prefix[] = { "commission", "number", "file",
                                          "sec", "no", NULL };
    size_t i = 0, o = 0;
    int groups = 0, digits = 0;

    while (i < n && !isdigit((unsigned char)s[i])) {
        if (isalpha((unsigned char)s[i])) {
            size_t w = i, k;
            while (w < n && isalpha((unsigned char)s[w]))
                w++;
            for (k = 0; prefix[k] != NULL; k++)
                if (strlen(prefix[k]) == w - i && f8k_ieqn(s + i, prefix[k], w - i))
                    break;
            if (prefix[k] == NULL)
                return -1;
            i = w;
            continue;
        }
        i++;
    }
    for (; i < n && o + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isdigit(c)) {
            if (digits == 0)
                groups++;
            digits++;
            out[o++] = (char)c;
        } else if (c == '-' && digits > 0) {
            out[o++] = '-';
            digits = 0;
        } else if (c == ' ' && i + 1 < n && s[i + 1] == '-') {
            continue;
        } else if (c == ' ' && o > 0 && out[o - 1] == '-') {
            continue;
        } else {
            break;
        }
    }
    while (o > 0 && out[o - 1] == '-')
        o--;
    out[o] = '\0';
    if (groups < 2 || groups > 3)
        return -1;
    /* 1-3 digits, a dash, 1-6 digits, maybe a dash and 1-3 digits */
    {
        const char *dash = strchr(out, '-'), *dash2;
        if (dash == NULL || dash - out > 3 || strlen(dash + 1) < 1)
            return -1;
        dash2 = strchr(dash + 1, '-');
        if ((dash2 ? (size_t)(dash2 - dash - 1) : strlen(dash + 1)) > 6)
            return -1;
        if (dash2 != NULL && (strlen(dash2 + 1) < 1 || strlen(dash2 + 1) > 3))
            return -1;
    }
    return 0;
}

int f8k_ein_norm(const char *s, size_t n, char out[11])
{
    char d[9];
    size_t i;
    int k = 0;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isdigit(c)) {
            if (k == 9)
                return -1;
            d[k++] = (char)c;
        } else if (c == '-' || c == ' ' || c == '.') {
            continue;
        } else if (k > 0) {
            break;
        }
    }
    if (k == 8) {
        /* "03-153200": a digit short, printed in the EIN's own form (two
         * digits, a dash).  Kept as printed, and flagged by the caller. */
        const char *dash = memchr(s, '-', n);
        size_t lead = 0;
        for (i = 0; dash != NULL && s + i < dash; i++)
            lead += isdigit((unsigned char)s[i]) ? 1 : 0;
        if (dash == NULL || lead != 2)
            return -1;
    } else if (k != 9) {
        return -1;
    }
    memcpy(out, d, 2);
    out[2] = '-';
    memcpy(out + 3, d + 2, (size_t)k - 2);
    out[k + 1] = '\0';
    return k == 8;
}

int f8k_zip_suffix(const char *s, size_t n, char out[11], size_t *b)
{
    size_t e = n, st;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '.' || s[e - 1] == ')'))
        e--;
    /* a Canadian postal code: A9A 9A9 */
    if (e >= 7 && isupper((unsigned char)s[e - 7]) && isdigit((unsigned char)s[e - 6]) &&
        isupper((unsigned char)s[e - 5]) && s[e - 4] == ' ' && isdigit((unsigned char)s[e - 3]) &&
        isupper((unsigned char)s[e - 2]) && isdigit((unsigned char)s[e - 1]) &&
        (e == 7 || s[e - 8] == ' ')) {
        memcpy(out, s + e - 7, 7);
        out[7] = '\0';
        *b = e - 7;
        return 1;
    }
    st = e;
    while (st > 0 && (isdigit((unsigned char)s[st - 1]) || s[st - 1] == '-'))
        st--;
    while (st < e && s[st] == '-')
        st++;
    if (e - st == 5 || (e - st == 10 && s[st + 5] == '-')) {
        size_t i;
        for (i = st; i < e; i++)
            if (!isdigit((unsigned char)s[i]) && i != st + 5)
                return 0;
        if (st > 0 && isalnum((unsigned char)s[st - 1]))
            return 0;
        memcpy(out, s + st, e - st);
        out[e - st] = '\0';
        *b = st;
        return 1;
    }
    return 0;
}

/* ------------------------------------------------------------ the pass */

static void bad(f8k_doc *doc, const f8k_value *v, const char *what)
{
    f8k_diag_add(doc, v->loc, F8K_W_BAD_VALUE,
                 "%s \"%s\" is not in a form form8k can normalise", what, v->printed);
}

int f8k_says_none(const char *s, size_t n)
{
    static const char *const none[] = {
        "not applicable", "n/a", "na", "none", "not changed", "no change",
        "unchanged", "inapplicable"
    };
    size_t i, k;

    while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ' '))
        n--;
    if (n >= 2 && s[0] == '(' && s[n - 1] == ')')
        s++, n -= 2;
    for (i = 0; i < sizeof none / sizeof none[0]; i++) {
        if (strlen(none[i]) != n)
            continue;
        for (k = 0; k < n; k++)
            if (tolower((unsigned char)s[k]) != none[i][k])
                break;
        if (k == n)
            return 1;
    }
    return 0;
}

static void norm_text(f8k_doc *doc, f8k_value *v)
{
    /* Collapse runs of blanks (column layouts pad words apart). */
    char *o;
    const char *p;
    size_t k = 0;
    if (v->printed == NULL)
        return;
    o = f8k_doc_alloc(doc, strlen(v->printed) + 1);
    if (o == NULL)
        return;
    for (p = v->printed; *p; p++) {
        if (*p == ' ' && (k == 0 || o[k - 1] == ' '))
            continue;
        o[k++] = *p;
    }
    while (k > 0 && (o[k - 1] == ' ' || o[k - 1] == ','))
        k--;
    o[k] = '\0';
    v->norm = k ? o : NULL;
}

static void norm_date(f8k_doc *doc, f8k_value *v, const char *what)
{
    char iso[11];
    size_t b, e;
    if (v->printed == NULL)
        return;
    if (f8k_date_find(v->printed, strlen(v->printed), iso, &b, &e))
        v->norm = f8k_doc_strdup(doc, iso);
    else
        bad(doc, v, what);
}

static void norm_state(f8k_doc *doc, f8k_value *v, const char *what)
{
    const char *code;
    if (v->printed == NULL)
        return;
    code = f8k_state_code(v->printed, strlen(v->printed));
    if (code != NULL)
        v->norm = code;
    else
        bad(doc, v, what);
}

/* ---- a registrant's fields: src/tree/fields.def says which normaliser
 * each one has ---------------------------------------------------------- */

/* V's normal form: BUF, where a normaliser wrote it (OK), else a
 * diagnostic that V, WHAT, could not be normalised. */
static void norm_to(f8k_doc *doc, f8k_value *v, int ok, const char *buf,
                    const char *what)
{
    if (ok)
        v->norm = f8k_doc_strdup(doc, buf);
    else
        bad(doc, v, what);
}

static void norm_ein(f8k_doc *doc, f8k_value *v, const char *what)
{
    char buf[64];
    int rc;
    if (v->printed == NULL)
        return;
    rc = f8k_ein_norm(v->printed, strlen(v->printed), buf);
    if (rc >= 0)
        v->norm = f8k_doc_strdup(doc, buf);
    if (rc == 1)
        f8k_diag_add(doc, v->loc, F8K_W_EIN_SHORT,
                     "%s \"%s\" has 8 digits, not 9: kept as printed", what,
                     v->printed);
    else if (rc < 0)
        bad(doc, v, what);
}

static void norm_addr_state(f8k_doc *doc, f8k_value *v, const char *what)
{
    const char *code;
    if (v->printed == NULL)
        return;
    code = f8k_state_postal(f8k_state_code(v->printed, strlen(v->printed)));
    if (code != NULL)
        v->norm = code;
    else
        bad(doc, v, what);
}

/* R's telephone as printed -> its area code and local number. */
static void norm_phone(f8k_doc *doc, f8k_registrant *r, const char *what)
{
    char area[4], local[9];
    size_t b, e;
    if (r->phone.printed == NULL)
        return;
    if (f8k_phone_find(r->phone.printed, strlen(r->phone.printed), area, local, &b, &e)) {
        r->area_code.printed = r->local_phone.printed = r->phone.printed;
        r->area_code.loc = r->local_phone.loc = r->phone.loc;
        r->area_code.norm = f8k_doc_strdup(doc, area);
        r->local_phone.norm = f8k_doc_strdup(doc, local);
    } else if (f8k_phone_intl(r->phone.printed, strlen(r->phone.printed))) {
        /* a number outside North America ("+86-21 6605 0886") is
         * right as printed; the schema's CityAreaCode and
         * LocalPhoneNumber hold North American ones, so it is kept
         * as printed (Unnormalised), with no warning */
        r->local_phone.printed = r->phone.printed;
        r->local_phone.loc = r->phone.loc;
    } else {
        bad(doc, &r->phone, what);
    }
}

static void norm_former(f8k_doc *doc, f8k_value *v)
{
    norm_text(doc, v);
    /* "Not Applicable", "N/A", "None" under the former-name caption say
     * there is no former name: not one called so */
    if (v->norm != NULL && f8k_says_none(v->norm, strlen(v->norm)))
        memset(v, 0, sizeof *v);
}

enum norm { N_NONE, N_TEXT, N_STATE, N_FILENO, N_EIN, N_ADDR_STATE, N_ZIP,
            N_PHONE, N_FORMER };

static const struct reg_field {
    enum norm   how;
    size_t      offset;     /* of the f8k_value in f8k_registrant */
    const char *what;
} reg_fields[] = {
#define F8K_REG_FIELD(id, element, member, typed, norm, caption, ix, what) \
    { N_##norm, offsetof(f8k_registrant, member), what },
#include "fields.def"
#undef F8K_REG_FIELD
};

static void norm_registrant(f8k_doc *doc, f8k_registrant *r)
{
    char buf[64];
    size_t i, b;
    for (i = 0; i < sizeof reg_fields / sizeof reg_fields[0]; i++) {
        const struct reg_field *d = &reg_fields[i];
        f8k_value *v = (f8k_value *)((char *)r + d->offset);
        const char *p = v->printed;
        switch (d->how) {
        case N_NONE: break;
        case N_TEXT: norm_text(doc, v); break;
        case N_STATE: norm_state(doc, v, d->what); break;
        case N_FILENO:
            if (p != NULL)
                norm_to(doc, v, f8k_fileno_norm(p, strlen(p), buf, sizeof buf) == 0,
                        buf, d->what);
            break;
        case N_EIN: norm_ein(doc, v, d->what); break;
        case N_ADDR_STATE: norm_addr_state(doc, v, d->what); break;
        case N_ZIP:
            if (p != NULL)
                norm_to(doc, v, f8k_zip_suffix(p, strlen(p), buf, &b) != 0, buf,
                        d->what);
            break;
        /* the telephone as printed is no field of the table (its parts
         * are): its name in a message is its own */
        case N_PHONE: norm_phone(doc, r, "telephone number"); break;
        case N_FORMER: norm_former(doc, v); break;
        }
    }
}

int f8k_pass_normalize(f8k_doc *doc, f8k_filing *f)
{
    f8k_cover *c = &f->cover;
    f8k_registrant *r;
    f8k_item *it;
    f8k_signature *s;
    f8k_exhibit *x;
    int i;

    norm_date(doc, &c->report_date, "date of report");
    norm_date(doc, &c->event_date, "date of earliest event");
    for (r = c->registrants; r != NULL; r = r->next)
        norm_registrant(doc, r);
    for (i = 0; i < F8K_CHECK_COUNT; i++) {
        const char *p = c->checks[i].printed;
        if (p == NULL)
            continue;
        /* The mark is what stands before the text: [X], |X|, x, a check
         * glyph; an empty box, "o", "[ ]", "|_|" mean unchecked. */
        c->checks[i].norm = (strchr(p, 'X') != NULL || strchr(p, 'x') != NULL ||
                             strstr(p, "\xe2\x9c\x93") != NULL || strstr(p, "\xe2\x98\x92") != NULL)
                            ? "true" : "false";
    }
    for (it = f->items; it != NULL; it = it->next)
        norm_text(doc, &it->caption);
    for (s = f->signatures; s != NULL; s = s->next) {
        norm_text(doc, &s->registrant);
        norm_text(doc, &s->name);
        norm_text(doc, &s->title);
        if (s->date.printed)
            norm_date(doc, &s->date, "signature date");
    }
    for (x = f->exhibits; x != NULL; x = x->next)
        norm_text(doc, &x->description);
    return doc->nomem ? -1 : 0;
}

/* ---- company names ----------------------------------------------------- */

int f8k_names_company(const char *t)
{
    static const char *const words[] = {
        "inc", "corp", "company", "ltd", "l.p.", "trust", " co.", NULL
    };
    size_t i;
    for (i = 0; words[i] != NULL; i++)
        if (f8k_text_has(t, words[i]))
            return 1;
    return 0;
}

/* ---- comparisons: the cross-checks' notion of "the same value" ------- */

/* Names: EDGAR's conformed spelling against the printed one. */

/* Words that EDGAR abbreviates in conformed names. */
static const char *const abbrev[][2] = {
    { "CORPORATION", "CORP" }, { "INCORPORATED", "INC" },
    { "COMPANY", "CO" }, { "COMPANIES", "COS" }, { "LIMITED", "LTD" },
    { "AND", "&" }, { "ASSOCIATION", "ASSN" }, { "BANCORPORATION", "BANCORP" },
    { "INTERNATIONAL", "INTL" }, { "HOLDINGS", "HLDGS" }, { NULL, NULL }
};

/* The comparable form of a company name into OUT (capacity CAP):
 * upper case, punctuation dropped, "&" for AND, abbreviations, no
 * leading THE, no EDGAR state suffix (/DE/, \PA\). */
void f8k_name_key(const char *s, char *out, size_t cap)
{
    char word[64];
    size_t o = 0, w;
    int first = 1;

    while (*s != '\0') {
        /* an EDGAR suffix: /DE/ or \PA\ (and anything after it) */
        if ((*s == '/' || *s == '\\') && strchr(s + 1, *s) != NULL)
            break;
        if (*s == '&') {
            strcpy(word, "&");
            s++;
        } else if (isalnum((unsigned char)*s)) {
            for (w = 0; isalnum((unsigned char)*s) || *s == '\''; s++)
                if (*s != '\'' && w + 1 < sizeof word)
                    word[w++] = (char)toupper((unsigned char)*s);
            word[w] = '\0';
        } else {
            s++;
            continue;
        }
        if (first && strcmp(word, "THE") == 0) {
            first = 0;
            continue;
        }
        first = 0;
        for (w = 0; abbrev[w][0] != NULL; w++)
            if (strcmp(word, abbrev[w][0]) == 0) {
                strcpy(word, abbrev[w][1]);
                break;
            }
        if (o > 0 && o + 1 < cap)
            out[o++] = ' ';
        for (w = 0; word[w] != '\0' && o + 1 < cap; w++)
            out[o++] = word[w];
    }
    out[o] = '\0';
}

int f8k_names_agree(const char *a, const char *b)
{
    char ka[256], kb[256];
    f8k_name_key(a, ka, sizeof ka);
    f8k_name_key(b, kb, sizeof kb);
    return strcmp(ka, kb) == 0;
}

/* "000-21873" and "0-21873" are one number: compare the dash-separated
 * parts as numbers. */
int f8k_filenos_agree(const char *a, const char *b)
{
    while (*a != '\0' && *b != '\0') {
        char *ea, *eb;
        unsigned long na = strtoul(a, &ea, 10), nb = strtoul(b, &eb, 10);
        if (ea == a || eb == b || na != nb)
            return 0;
        a = ea;
        b = eb;
        if (*a != *b)
            return 0;
        if (*a != '\0')
            a++, b++;
    }
    return *a == *b;
}
