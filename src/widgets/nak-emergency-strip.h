/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Always on screen: 110, 119 and a consultation line that is open now. */
#pragma once

#include <gtk/gtk.h>

#include "catalogue/nak-catalogue.h"

G_BEGIN_DECLS

#define NAK_TYPE_EMERGENCY_STRIP (nak_emergency_strip_get_type ())
G_DECLARE_FINAL_TYPE (NakEmergencyStrip, nak_emergency_strip, NAK, EMERGENCY_STRIP, GtkBox)

void        nak_emergency_strip_update        (NakEmergencyStrip *self,
                                               NakCatalogue      *catalogue,
                                               gboolean           child,
                                               GDateTime         *now,
                                               const char        *lang);
const char *nak_emergency_strip_get_line_text (NakEmergencyStrip *self);

G_END_DECLS
