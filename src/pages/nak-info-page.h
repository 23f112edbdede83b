/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The content pages: questions people ask, hints, signs of loneliness, the survey. */
#pragma once

#include "nak-page.h"

G_BEGIN_DECLS

#define NAK_TYPE_INFO_PAGE (nak_info_page_get_type ())
G_DECLARE_FINAL_TYPE (NakInfoPage, nak_info_page, NAK, INFO_PAGE, NakPage)

GtkWidget          *nak_info_page_new        (NakSession   *session,
                                              NakCatalogue *catalogue,
                                              const char   *topic);
const char * const *nak_info_page_get_topics (void);

G_END_DECLS
