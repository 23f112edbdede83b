/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One recommendation on the results screen: name, phone, hours, why. */
#pragma once

#include <gtk/gtk.h>

#include "catalogue/nak-catalogue.h"
#include "flow/nak-matcher.h"

G_BEGIN_DECLS

#define NAK_TYPE_RESULT_CARD (nak_result_card_get_type ())
G_DECLARE_FINAL_TYPE (NakResultCard, nak_result_card, NAK, RESULT_CARD, GtkButton)

GtkWidget  *nak_result_card_new          (NakCatalogue            *catalogue,
                                          const NakRecommendation *rec,
                                          GDateTime               *now,
                                          const char              *lang,
                                          gboolean                 detailed);
const char *nak_result_card_get_entry_id (NakResultCard           *self);
const char *nak_result_card_get_phone    (NakResultCard           *self);
const char *nak_result_card_get_badge    (NakResultCard           *self);

G_END_DECLS
