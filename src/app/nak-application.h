/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application: loads the catalogue and settings, owns the window. */
#pragma once

#include <gtk/gtk.h>

#include "catalogue/nak-catalogue.h"
#include "flow/nak-flow.h"
#include "settings/nak-settings.h"

G_BEGIN_DECLS

#define NAK_TYPE_APPLICATION (nak_application_get_type ())
G_DECLARE_FINAL_TYPE (NakApplication, nak_application, NAK, APPLICATION, GtkApplication)

void            nak_application_prepare_display (void);
NakApplication *nak_application_new           (const char     *catalogue_path,
                                               gboolean        kiosk,
                                               const char     *screenshots_dir);
NakCatalogue   *nak_application_get_catalogue (NakApplication *self);
NakSettings    *nak_application_get_settings  (NakApplication *self);
GtkWindow      *nak_application_get_window    (NakApplication *self);
int             nak_application_get_status    (NakApplication *self);
void            nak_application_set_status    (NakApplication *self,
                                               int             status);

/* Staff left the kiosk with the PIN: the session script must not restart it. */
#define NAK_EXIT_STAFF 10

G_END_DECLS
