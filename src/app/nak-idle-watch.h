/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Notices a quiet kiosk: warns, counts down, then asks for the session to be wiped. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define NAK_TYPE_IDLE_WATCH (nak_idle_watch_get_type ())
G_DECLARE_FINAL_TYPE (NakIdleWatch, nak_idle_watch, NAK, IDLE_WATCH, GObject)

NakIdleWatch *nak_idle_watch_new           (guint         idle_seconds,
                                            guint         countdown_seconds);
void          nak_idle_watch_poke          (NakIdleWatch *self);
void          nak_idle_watch_stop          (NakIdleWatch *self);
gboolean      nak_idle_watch_get_warning   (NakIdleWatch *self);
guint         nak_idle_watch_get_seconds_left (NakIdleWatch *self);
void          nak_idle_watch_set_timeouts_ms (NakIdleWatch *self,
                                              guint         idle_ms,
                                              guint         countdown_ms);

G_END_DECLS
