/* SPDX-License-Identifier: MIT - Copyright (c) 2026 The form8k authors (LICENSE) */
/* check.c - cross-checks within one filing, reported as diagnostics. */
#include <string.h>
#include "ast.h"

int f8k_pass_check(f8k_doc *doc, const f8k_filing *f)
{
    const f8k_cover *c = &f->cover;
    const f8k_item *it;
    const f8k_registrant *r;
    f8k_loc top = f->top;
    int regimes = 0;

    /* A part that is missing is reported where the 8-K text begins: line
     * 1 of a document, the first line of the 8-K in a submission. */

    if (c->doc_type.printed == NULL)
        f8k_diag_add(doc, top, F8K_W_NO_TITLE,
                     "no \"FORM 8-K\" line in the title block");
    if (c->event_date.printed == NULL)
        f8k_diag_add(doc, top, F8K_W_NO_DATE,
                     "no date of report found on the cover page");
    for (r = c->registrants; r != NULL; r = r->next)
        if (r->name.printed != NULL)
            break;
    if (r == NULL)
        f8k_diag_add(doc, top, F8K_W_NO_NAME,
                     "no registrant name found on the cover page");
    if (f->items == NULL)
        f8k_diag_add(doc, top, F8K_W_NO_ITEMS,
                     "no item heading found");
    if (f->signatures == NULL)
        f8k_diag_add(doc, top, F8K_W_NO_SIGNATURE,
                     "no signer found (no \"/s/\" line in a signature block)");
    for (it = f->items; it != NULL; it = it->next) {
        if (it->def == NULL)
            continue;
        regimes |= (int)it->def->regime;
        /* an item used outside the dates it was in force */
        if (c->event_date.norm != NULL) {
            const char *d = c->event_date.norm;
            if ((it->def->to[0] && strcmp(d, it->def->to) > 0) ||
                (it->def->from[0] && strcmp(d, it->def->from) < 0))
                f8k_diag_add(doc, it->heading->loc, F8K_W_ITEM_REGIME,
                             "Item %s was not in force on %s (in force %s to %s)",
                             it->def->number, d, it->def->from[0] ? it->def->from : "?",
                             it->def->to[0] ? it->def->to : "today");
        }
        if (it->caption.norm != NULL &&
            f8k_item_by_caption(it->caption.norm, strlen(it->caption.norm), it->def->regime) != it->def)
            f8k_diag_add(doc, it->caption.loc, F8K_N_ITEM_CAPTION,
                         "the caption of Item %s differs from the form's \"%s\"",
                         it->def->number, it->def->caption);
    }
    if (regimes == (F8K_REGIME_1993 | F8K_REGIME_2004))
        f8k_diag_add(doc, f->items->heading->loc, F8K_W_ITEM_REGIME,
                     "items of both numberings (1-12 and 1.01-9.01) in one filing");
    return doc->nomem ? -1 : 0;
}
