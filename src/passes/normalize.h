/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* normalize.h - value normalisers, shared by the passes and tested alone. */
#ifndef F8K_NORMALIZE_H
#define F8K_NORMALIZE_H

#include <stddef.h>

/* Does T hold a word that marks a company's name ("Inc", "Corp.",
 * "Company", "Ltd", "L.P.", "Trust", " Co."), case ignored?  The one list:
 * the cover's name line, the signature block's registrant line. */
int f8k_names_company(const char *t);

/* Is Y-M-D a day of the Gregorian calendar?  (The one test of a date's
 * validity: the cover's dates and the SEC header's.) */
int f8k_date_valid(unsigned y, unsigned m, unsigned d);

/* Find the first date in S[0..N) ("January 20, 2004", "Jan. 20, 2004",
 * "20 January 2004", "1/20/04", "01/20/2004", "2004-01-20").  On success
 * returns 1, writes "YYYY-MM-DD" to ISO and the span to *B, *E. */
int f8k_date_find(const char *s, size_t n, char iso[11], size_t *b, size_t *e);

/* Find a US telephone number: "(978) 692-8999", "978-692-8999",
 * "978.692.8999", "(212)555-0142".  AREA gets "978", LOCAL "692-8999". */
int f8k_phone_find(const char *s, size_t n, char area[4], char local[9],
                   size_t *b, size_t *e);

/* EDGAR code of a US state, territory or Canadian province printed as a
 * name ("Massachusetts"), an abbreviation ("Mass.", "Del.") or a code
 * ("MA"); NULL if none.  Case and periods do not matter. */
const char *f8k_state_code(const char *s, size_t n);

/* Postal abbreviation of an EDGAR state code, for addresses ("A6" ->
 * "ON"); NULL for a country. */
const char *f8k_state_postal(const char *code);

/* Find a state (as above) that ends S[0..N) (before a zip); returns its
 * code and sets *B to where it starts. */
const char *f8k_state_suffix(const char *s, size_t n, size_t *b);

/* "000-30229", "0-10030", "1-5502", "No. 33-12345" -> digits and dashes
 * into OUT (size CAP); 0 on success, -1 if it is not a file number. */
int f8k_fileno_norm(const char *s, size_t n, char *out, size_t cap);

/* "04-3387074", "043387074", "04 3387074" -> "04-3387074": 0.  Eight
 * digits printed as "03-153200" (a digit short) -> "03-153200": 1.  Else
 * -1. */
int f8k_ein_norm(const char *s, size_t n, char out[11]);

/* A 5-digit or ZIP+4 code ending S[0..N); sets *B. */
int f8k_zip_suffix(const char *s, size_t n, char out[11], size_t *b);

/* Is S[0..N) a telephone number outside North America: "+", a country
 * code, groups of digits ("+86-21 6605 0886", "+44 (0)20 7946 0000")? */
int f8k_phone_intl(const char *s, size_t n);

/* Does S[0..N) (a value, blanks collapsed) say "none": Not Applicable,
 * N/A, None, Not Changed ... (any case, a final period, parentheses)? */
int f8k_says_none(const char *s, size_t n);

/* Company names and Commission file numbers as the cross-checks compare
 * them (xcheck.c, ixcheck.c): EDGAR's conformed spellings allowed for
 * ("SEARS ROEBUCK & CO" = "Sears, Roebuck and Co.", "XYZ CORP /DE/");
 * "000-21873" = "0-21873". */
int f8k_names_agree(const char *a, const char *b);
/* The comparable form of a company name into OUT (capacity CAP): upper
 * case, punctuation dropped, "&" for AND, EDGAR's abbreviations, no
 * leading THE, no EDGAR state suffix (/DE/).  Equal keys agree. */
void f8k_name_key(const char *s, char *out, size_t cap);
int f8k_filenos_agree(const char *a, const char *b);

#endif
