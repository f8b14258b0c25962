/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* sha256.h - SHA-256 (FIPS 180-4), for the digests of binary documents. */
#ifndef F8K_SHA256_H
#define F8K_SHA256_H

#include <stddef.h>

/* The digest of N bytes at P as 64 lower-case hex digits and a NUL. */
void f8k_sha256_hex(const unsigned char *p, size_t n, char hex[65]);

#endif
