/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers for the UI tests: a display, the real catalogue, waiting for frames. */
#pragma once

#include <gtk/gtk.h>
#include <string.h>

#include "app/nak-application.h"
#include "app/nak-window.h"
#include "flow/nak-flow-db.h"
#include "i18n/nak-i18n.h"

/* Runs the main loop for `ms` milliseconds, so pages are built and drawn. */
static inline void
nak_ui_wait (guint ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Runs the main loop until `done (data)` or `max_ms` passed; returns done. */
static inline gboolean
nak_ui_wait_until (gboolean (*done) (gpointer data),
                   gpointer   data,
                   guint      max_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) max_ms * 1000;

  while (!done (data) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  return done (data);
}

static inline void
nak_ui_frame_painted (GdkFrameClock *clock,
                      gpointer       user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* Runs the main loop until `widget`'s window has laid out and painted a
 * frame, so every widget added before the call has its size (a fixed wait
 * is not enough on a busy machine). Gives up after `max_ms`. */
static inline gboolean
nak_ui_wait_frame (GtkWidget *widget,
                   guint      max_ms)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gint64 end = g_get_monotonic_time () + (gint64) max_ms * 1000;
  gulong id;

  g_assert_nonnull (native);
  clock = gdk_surface_get_frame_clock (gtk_native_get_surface (native));
  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (nak_ui_frame_painted), &painted);
  gtk_widget_queue_draw (GTK_WIDGET (native));
  while (!painted && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_signal_handler_disconnect (clock, id);
  return painted;
}

static inline gboolean
nak_ui_test_init (int    *argc,
                  char ***argv)
{
  g_autoptr(GtkCssProvider) css = NULL;

  nak_i18n_init (g_getenv ("NAK_LOCALEDIR"));
  nak_application_prepare_display ();
  g_test_init (argc, argv, NULL);
  if (!gtk_init_check ())
    return FALSE;
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/jp/notalone/Kiosk/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/jp/notalone/Kiosk/icons");
  return TRUE;
}

/* The widget after `w` in a depth-first walk of `root`'s tree, or NULL. */
static inline GtkWidget *
nak_ui_next_in_tree (GtkWidget *root,
                     GtkWidget *w)
{
  if (gtk_widget_get_first_child (w) != NULL)
    return gtk_widget_get_first_child (w);
  while (w != root)
    {
      if (gtk_widget_get_next_sibling (w) != NULL)
        return gtk_widget_get_next_sibling (w);
      w = gtk_widget_get_parent (w);
    }
  return NULL;
}

/* A real window on the real catalogue, at the kiosk's 1920×1080. */
typedef struct
{
  NakCatalogue *catalogue;
  NakFlow      *flow;
  NakSettings  *settings;
  NakWindow    *window;   /* weak: NULL once the window has gone (staff left) */
} NakUiFixture;

/* Takes `settings`. */
static inline void
nak_ui_fixture_open (NakUiFixture *f,
                     NakSettings  *settings)
{
  g_autoptr(GError) error = NULL;

  f->catalogue = nak_catalogue_new_for_path (g_getenv ("NAK_CATALOGUE"), &error);
  g_assert_no_error (error);
  f->flow = nak_flow_new_from_catalogue (f->catalogue, &error);
  g_assert_no_error (error);
  f->settings = settings;
  f->window = nak_window_new (NULL, f->catalogue, f->flow, f->settings, FALSE);
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1920, 1080);
  gtk_window_present (GTK_WINDOW (f->window));
}

static inline void
nak_ui_fixture_close (NakUiFixture *f)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  nak_ui_wait (50);
  g_clear_object (&f->flow);
  g_clear_object (&f->catalogue);
  nak_settings_free (f->settings);
}

/* Emits "clicked" as a tap would. */
static inline void
nak_ui_tap (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  nak_ui_wait (30);
}

/* The first descendant that is a GtkButton whose label (or whose child
 * label) reads `text`. */
static inline GtkWidget *
nak_ui_find_button (GtkWidget  *root,
                    const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && gtk_widget_get_mapped (child))
        {
          const char *label = gtk_button_get_label (GTK_BUTTON (child));
          GtkWidget *inner = gtk_button_get_child (GTK_BUTTON (child));

          if (g_strcmp0 (label, text) == 0)
            return child;
          if (GTK_IS_LABEL (inner) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (inner)), text) == 0)
            return child;
        }
      found = nak_ui_find_button (child, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether any mapped label under `root` shows `text` (a substring). */
static inline gboolean
nak_ui_shows_text (GtkWidget  *root,
                   const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child) &&
          strstr (gtk_label_get_text (GTK_LABEL (child)), text) != NULL)
        return TRUE;
      if (nak_ui_shows_text (child, text))
        return TRUE;
    }
  return FALSE;
}
