/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The wizard host: shows the page for the session's current step, with Back and Start over. */
#pragma once

#include <gtk/gtk.h>

#include "catalogue/nak-catalogue.h"
#include "flow/nak-session.h"

G_BEGIN_DECLS

#define NAK_TYPE_WIZARD (nak_wizard_get_type ())
G_DECLARE_FINAL_TYPE (NakWizard, nak_wizard, NAK, WIZARD, GtkWidget)

GtkWidget  *nak_wizard_new              (NakSession   *session,
                                         NakCatalogue *catalogue);
GtkWidget  *nak_wizard_get_page         (NakWizard    *self);
void        nak_wizard_set_can_print    (NakWizard    *self,
                                         gboolean      can_print);
void        nak_wizard_show_entry       (NakWizard    *self,
                                         const char   *entry_id);
const char *nak_wizard_get_shown_entry  (NakWizard    *self);
gboolean    nak_wizard_get_child_mode   (NakWizard    *self);
void        nak_wizard_go_back          (NakWizard    *self);

G_END_DECLS
