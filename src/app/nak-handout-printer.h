/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Prints the results on screen as a handout, and tells the screen how it goes. */
#pragma once

#include <glib-object.h>

#include "catalogue/nak-catalogue.h"
#include "flow/nak-matcher.h"
#include "flow/nak-session.h"
#include "settings/nak-settings.h"

G_BEGIN_DECLS

#define NAK_TYPE_HANDOUT_PRINTER (nak_handout_printer_get_type ())
G_DECLARE_FINAL_TYPE (NakHandoutPrinter, nak_handout_printer, NAK, HANDOUT_PRINTER, GObject)

NakHandoutPrinter *nak_handout_printer_new           (NakCatalogue      *catalogue,
                                                      NakSettings       *settings);
gboolean           nak_handout_printer_get_available (NakHandoutPrinter *self);
gboolean           nak_handout_printer_get_busy      (NakHandoutPrinter *self);
void               nak_handout_printer_print         (NakHandoutPrinter *self,
                                                      NakSession        *session,
                                                      NakResult         *result);
char              *nak_handout_printer_dup_take_away (NakCatalogue      *catalogue,
                                                      NakResult         *result,
                                                      const char        *lang);

G_END_DECLS
