/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One program or contact point in full: every channel, its hours, a large QR code. */
#pragma once

#include "nak-page.h"
#include "flow/nak-matcher.h"

G_BEGIN_DECLS

#define NAK_TYPE_DETAIL_PAGE (nak_detail_page_get_type ())
G_DECLARE_FINAL_TYPE (NakDetailPage, nak_detail_page, NAK, DETAIL_PAGE, NakPage)

GtkWidget *nak_detail_page_new (NakSession              *session,
                                NakCatalogue            *catalogue,
                                const NakRecommendation *rec);

G_END_DECLS
