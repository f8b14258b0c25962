/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* access.h - the table of fields of access.c, for the XML writer: the
 * C API and the XML name and read a stored field the same way, from one
 * table. */
#ifndef F8K_ACCESS_H
#define F8K_ACCESS_H

#include "ast.h"

/* FIELD's element (or attribute) name in the XML: "EntityFileNumber"
 * for F8K_F_FILE_NUMBER; NULL for no field. */
const char *f8k_field_element(f8k_field field);

/* The value FIELD is stored in within NODE (a node of FIELD's kind), or
 * NULL for a field form8k derives rather than stores. */
const f8k_value *f8k_field_value(const void *node, f8k_field field);

/* 1 when FIELD's type has a standard form (a date, a code: only the
 * normal form is its value), 0 for free text. */
int f8k_field_typed(f8k_field field);

#endif /* F8K_ACCESS_H */
