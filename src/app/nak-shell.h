/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Everything on screen in one language: top bar, the current screen, the emergency strip. */
#pragma once

#include <gtk/gtk.h>

#include "catalogue/nak-catalogue.h"
#include "flow/nak-session.h"
#include "settings/nak-settings.h"

G_BEGIN_DECLS

#define NAK_TYPE_SHELL (nak_shell_get_type ())
G_DECLARE_FINAL_TYPE (NakShell, nak_shell, NAK, SHELL, GtkWidget)

/* Where the visitor is, kept across a language switch (the shell is rebuilt). */
typedef struct
{
  char *view;        /* "attract", "flow" or "info" */
  char *topic;       /* with "info" */
  char *entry_id;    /* with "flow": a detail page open over the results */
} NakShellPlace;

NakShell   *nak_shell_new             (NakSession          *session,
                                       NakCatalogue        *catalogue,
                                       NakSettings         *settings,
                                       const NakShellPlace *place);
void        nak_shell_get_place       (NakShell            *self,
                                       NakShellPlace       *place);
void        nak_shell_place_clear     (NakShellPlace       *place);
void        nak_shell_show_attract    (NakShell            *self);
void        nak_shell_start           (NakShell            *self,
                                       gboolean             crisis);
void        nak_shell_show_info       (NakShell            *self,
                                       const char          *topic);
GtkWidget  *nak_shell_get_wizard      (NakShell            *self);
const char *nak_shell_get_mascot_pose  (NakShell           *self);
GtkWidget  *nak_shell_get_visible_page (NakShell           *self);
void        nak_shell_set_countdown   (NakShell            *self,
                                       gboolean             shown,
                                       guint                seconds);
void        nak_shell_set_can_print   (NakShell            *self,
                                       gboolean             can_print);
void        nak_shell_set_print_status (NakShell           *self,
                                        const char         *message,
                                        const char         *take_away);
void        nak_shell_set_large_text  (NakShell            *self,
                                       gboolean             large);
GtkWidget  *nak_shell_find_language_button (NakShell       *self,
                                            const char     *code);
const char *nak_shell_get_emergency_text (NakShell         *self);
gboolean    nak_shell_show_staff_pad  (NakShell            *self);
GtkWidget  *nak_shell_get_staff_pad   (NakShell            *self);

G_END_DECLS
