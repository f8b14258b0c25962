/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* fuzz_html.c - fuzz target: an HTML Form 8-K document (f8k_parse_ex with
 * F8K_MODE_HTML): libxml2's HTML parser in SAX mode, the layout of the
 * rendered lines, the source map back into the HTML, the inline XBRL
 * facts and their check against the cover. */
#include "fuzz_target.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    f8k_fuzz_one(data, size, F8K_MODE_HTML);
    return 0;
}
