/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Build step: draws an SVG (Hikarino's poses) into a PNG at its own size. */
#include <gtk/gtk.h>
#include <stdio.h>

/* Drawing an SVG at run time loads librsvg through gdk-pixbuf, some 15 ms
 * of the kiosk's start before its first frame; a PNG is read by GTK itself.
 * The picture is the same: the SVG's own size, as the kiosk drew it. */
int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  if (argc != 3)
    {
      fprintf (stderr, "usage: %s IN.svg OUT.png\n", argv[0]);
      return 2;
    }
  file = g_file_new_for_commandline_arg (argv[1]);
  texture = gdk_texture_new_from_file (file, &error);
  if (texture == NULL)
    {
      fprintf (stderr, "%s: %s\n", argv[1], error->message);
      return 1;
    }
  if (!gdk_texture_save_to_png (texture, argv[2]))
    {
      fprintf (stderr, "%s: could not write\n", argv[2]);
      return 1;
    }
  return 0;
}
