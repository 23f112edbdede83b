/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Hikarino's pictures, read once per run. */
#define G_LOG_DOMAIN "Nak-Widgets"

#include "config.h"

#include "nak-mascot.h"

/* The poses are drawn from their SVGs into PNGs when the kiosk is built
 * (ui/meson.build), so that no SVG is drawn before the first frame. The
 * shell (with its pictures) is built anew on every language switch and
 * wipe; the textures are kept for the life of the process: two or three
 * small images. `pose` is the drawing's name: "welcome", "listening", … */
GdkPaintable *
nak_mascot_get (const char *pose)
{
  static GHashTable *textures;
  GdkTexture *texture;

  g_return_val_if_fail (pose != NULL, NULL);

  if (textures == NULL)
    textures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  texture = g_hash_table_lookup (textures, pose);
  if (texture == NULL)
    {
      g_autofree char *path = g_strdup_printf ("/jp/notalone/Kiosk/mascot/hikarino-%s.png", pose);

      texture = gdk_texture_new_from_resource (path);
      g_hash_table_insert (textures, g_strdup (pose), texture);
    }
  return GDK_PAINTABLE (texture);
}
