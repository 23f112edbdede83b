/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Words for a recommendation in a given language: reasons, hours, cost, channels. */
#pragma once

#include <glib.h>

#include "catalogue/nak-catalogue.h"
#include "nak-matcher.h"

G_BEGIN_DECLS

char       *nak_explain_dup_reason      (NakCatalogue      *catalogue,
                                         const NakReason   *reason,
                                         NakOpenState       open,
                                         const char        *lang);
char       *nak_explain_dup_reasons     (NakCatalogue            *catalogue,
                                         const NakRecommendation *rec,
                                         const char              *lang);
char       *nak_explain_dup_open_state  (NakEntry          *entry,
                                         GDateTime         *now,
                                         const char        *lang);
char       *nak_explain_dup_hours       (const NakHours    *hours,
                                         const char        *lang);
const char *nak_explain_cost            (const char        *cost,
                                         const char        *lang);
const char *nak_explain_channel         (NakChannelType     type,
                                         const char        *lang);
char       *nak_explain_dup_channel_hours (NakCatalogue    *catalogue,
                                           NakEntry        *entry,
                                           const NakChannel *channel,
                                           const char      *lang);
const char *nak_explain_category        (NakCatalogue      *catalogue,
                                         const char        *category,
                                         const char        *lang);

G_END_DECLS
