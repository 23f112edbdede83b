/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A large answer tile: an icon above words that wrap, never clipped. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define NAK_TYPE_TILE_BUTTON (nak_tile_button_get_type ())
G_DECLARE_FINAL_TYPE (NakTileButton, nak_tile_button, NAK, TILE_BUTTON, GtkButton)

GtkWidget  *nak_tile_button_new       (const char    *label,
                                       const char    *icon_name);
const char *nak_tile_button_get_label (NakTileButton *self);

G_END_DECLS
