/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Keeps cairo's X shared-memory pool for frame uploads alive. */
#define G_LOG_DOMAIN "Nak-App"

#include "config.h"

#include "nak-x11-upload.h"

#ifdef GDK_WINDOWING_X11
#include <cairo-xlib.h>
#include <gdk/x11/gdkx.h>
#endif

/* With GTK's cairo renderer on X11 (a kiosk PC without working OpenGL, or
 * Xvfb), each frame is drawn into memory and handed to the X server through
 * a MIT-SHM segment from cairo's pool. cairo destroys a pool the moment
 * nothing in it is in use, and a frame that the server has already copied
 * by the time GTK lets go of it leaves the pool empty. That happens on the
 * frames that matter most, such as a language switch, which redraws the
 * whole window: the next frame then waits for a new 64 MB segment to be
 * made, attached by the server and faulted in page by page, 30-40 ms in
 * all (twice the rest of the switch). One small image held for the life of
 * the display keeps the first pool from ever being empty; it is made large
 * enough for a whole-screen frame, so every later upload fits in it. */

#define KEEPER_KEY "nak-x11-upload-keeper"

#ifdef GDK_WINDOWING_X11
static void
keep_pool (GdkDisplay *display)
{
  Display *xdisplay = gdk_x11_display_get_xdisplay (display);
  Screen *screen = DefaultScreenOfDisplay (xdisplay);
  cairo_surface_t *root, *whole, *keeper;

  root = cairo_xlib_surface_create (xdisplay, RootWindowOfScreen (screen),
                                    DefaultVisualOfScreen (screen), WidthOfScreen (screen),
                                    HeightOfScreen (screen));
  /* The pool is sized from its first request: ask for a whole screen, keep
   * a small image from the same pool, and give the large one back. */
  whole = cairo_surface_create_similar_image (root, CAIRO_FORMAT_ARGB32, WidthOfScreen (screen),
                                              HeightOfScreen (screen));
  keeper = cairo_surface_create_similar_image (root, CAIRO_FORMAT_ARGB32, 16, 16);
  cairo_surface_destroy (whole);
  cairo_surface_destroy (root);
  if (cairo_surface_status (keeper) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (keeper);
      return;
    }
  g_object_set_data_full (G_OBJECT (display), KEEPER_KEY, keeper,
                          (GDestroyNotify) cairo_surface_destroy);
}
#endif

/* Call once the window has a display; does nothing off X11 or when already done. */
void
nak_x11_keep_upload_pool (GtkWidget *window)
{
  GdkDisplay *display = gtk_widget_get_display (window);

  if (g_object_get_data (G_OBJECT (display), KEEPER_KEY) != NULL)
    return;
#ifdef GDK_WINDOWING_X11
  if (GDK_IS_X11_DISPLAY (display))
    keep_pool (display);
#endif
}
