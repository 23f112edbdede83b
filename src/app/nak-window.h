/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The kiosk window: owns the visitor's session, the idle watch and the shell. */
#pragma once

#include <gtk/gtk.h>

#include "catalogue/nak-catalogue.h"
#include "flow/nak-flow.h"
#include "flow/nak-session.h"
#include "nak-idle-watch.h"
#include "nak-shell.h"
#include "settings/nak-settings.h"

G_BEGIN_DECLS

#define NAK_TYPE_WINDOW (nak_window_get_type ())
G_DECLARE_FINAL_TYPE (NakWindow, nak_window, NAK, WINDOW, GtkApplicationWindow)

NakWindow    *nak_window_new               (GtkApplication *app,
                                            NakCatalogue   *catalogue,
                                            NakFlow        *flow,
                                            NakSettings    *settings,
                                            gboolean        kiosk);
NakSession   *nak_window_get_session       (NakWindow      *self);
NakShell     *nak_window_get_shell         (NakWindow      *self);
NakIdleWatch *nak_window_get_idle_watch    (NakWindow      *self);
void          nak_window_set_language      (NakWindow      *self,
                                            const char     *code);
void          nak_window_wipe              (NakWindow      *self);
void          nak_window_set_large_text    (NakWindow      *self,
                                            gboolean        large);
gboolean      nak_window_save_png          (NakWindow      *self,
                                            const char     *path,
                                            GError        **error);
void          nak_window_set_can_print     (NakWindow      *self,
                                            gboolean        can_print);

G_END_DECLS
