/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The results: one card per recommendation, and the catalogue's date. */
#pragma once

#include "nak-page.h"
#include "flow/nak-matcher.h"

G_BEGIN_DECLS

#define NAK_TYPE_RESULTS_PAGE (nak_results_page_get_type ())
G_DECLARE_FINAL_TYPE (NakResultsPage, nak_results_page, NAK, RESULTS_PAGE, NakPage)

GPtrArray *nak_results_page_get_cards     (NakResultsPage *self);
NakResult *nak_results_page_get_result    (NakResultsPage *self);

G_END_DECLS
