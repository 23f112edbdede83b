/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The kiosk window: owns the visitor's session, the idle watch and the shell. */
#define G_LOG_DOMAIN "Nak-App"

#include "config.h"

#include <glib/gi18n.h>

#include "nak-window.h"
#include "nak-application.h"
#include "nak-handout-printer.h"
#include "nak-x11-upload.h"
#include "pages/nak-results-page.h"
#include "pages/nak-wizard.h"
#include "i18n/nak-i18n.h"
#include "i18n/nak-languages.h"

/* Privacy at a shared terminal: the session is wiped on "finish", after
 * printing, on quick-hide and when nobody answers "Are you still there?".
 * Wiping also returns the language to the site's default and the text size
 * to normal. Nothing a visitor taps is written anywhere. */
struct _NakWindow
{
  GtkApplicationWindow  parent_instance;

  NakCatalogue         *catalogue;
  NakSettings          *settings;   /* owned by the application */
  NakSession           *session;
  NakIdleWatch         *idle;
  NakShell             *shell;
  gboolean              kiosk;
  gboolean              large_text;
  gboolean              can_print;
  NakHandoutPrinter    *printer;
  guint                 status_id;  /* hides the print status, or wipes after printing */
  GString              *typed;      /* staff PIN being typed on a keyboard */
  GPtrArray            *retired;    /* shells taken out of the window, destroyed after a frame */
  GdkFrameClock        *retire_clock;
  gulong                retire_handler;
  guint                 retire_id;
  guint                 pin_failures;
  gint64                pin_locked_until;  /* monotonic µs; the pad stays shut until then */
};

/* After this many wrong PINs on the touch pad it stays shut for a while, so
 * that nobody can work through the PINs one by one at the screen. */
#define PIN_MAX_FAILURES 5
#define PIN_LOCK_SECONDS (5 * 60)

G_DEFINE_FINAL_TYPE (NakWindow, nak_window, GTK_TYPE_APPLICATION_WINDOW)

static void rebuild_shell (NakWindow *self, const NakShellPlace *place);

static gboolean
visit_in_progress (NakWindow *self)
{
  NakShellPlace place = { 0 };
  gboolean busy;

  nak_shell_get_place (self->shell, &place);
  busy = g_strcmp0 (place.view, "attract") != 0 || nak_session_get_n_answers (self->session) > 0 ||
         g_strcmp0 (nak_session_get_language (self->session), self->settings->default_language) != 0;
  nak_shell_place_clear (&place);
  return busy;
}

static void
poke (NakWindow *self)
{
  if (visit_in_progress (self))
    nak_idle_watch_poke (self->idle);
  else
    nak_idle_watch_stop (self->idle);
}

static void
on_language_requested (NakWindow  *self,
                       const char *code)
{
  nak_window_set_language (self, code);
}

static void
on_quick_hide (NakWindow *self)
{
  nak_window_wipe (self);
}

static void
on_large_text (NakWindow *self,
               gboolean   large)
{
  nak_window_set_large_text (self, large);
}

static void
on_still_here (NakWindow *self)
{
  nak_idle_watch_poke (self->idle);
}

static void
on_wipe (NakWindow *self)
{
  nak_window_wipe (self);
}

static void
on_print (NakWindow *self)
{
  GtkWidget *wizard = nak_shell_get_wizard (self->shell);
  GtkWidget *page = wizard != NULL ? nak_wizard_get_page (NAK_WIZARD (wizard)) : NULL;

  g_signal_emit_by_name (self, "print-requested");
  if (self->printer != NULL && NAK_IS_RESULTS_PAGE (page))
    nak_handout_printer_print (self->printer, self->session,
                               nak_results_page_get_result (NAK_RESULTS_PAGE (page)));
}

static gboolean
on_status_timeout (gpointer user_data)
{
  NakWindow *self = user_data;

  self->status_id = 0;
  nak_shell_set_print_status (self->shell, NULL, NULL);
  return G_SOURCE_REMOVE;
}

static gboolean
on_printed_timeout (gpointer user_data)
{
  NakWindow *self = user_data;

  self->status_id = 0;
  nak_window_wipe (self);
  return G_SOURCE_REMOVE;
}

static void
on_print_status (NakWindow  *self,
                 const char *message,
                 const char *take_away)
{
  g_clear_handle_id (&self->status_id, g_source_remove);
  nak_shell_set_print_status (self->shell, message, take_away);
  /* A failure stays on screen with its QR code until the visitor moves on. */
  if (message != NULL && take_away == NULL)
    self->status_id = g_timeout_add_seconds (20, on_status_timeout, self);
}

/* The paper is out: give the visitor a moment to read the screen, then
 * forget the visit. */
static void
on_printed (NakWindow *self)
{
  g_clear_handle_id (&self->status_id, g_source_remove);
  self->status_id = g_timeout_add_seconds (8, on_printed_timeout, self);
}

static void
on_printer_available (NakWindow *self)
{
  nak_window_set_can_print (self, nak_handout_printer_get_available (self->printer));
}

static void
on_idle_warning (NakWindow *self)
{
  nak_shell_set_countdown (self->shell, nak_idle_watch_get_warning (self->idle),
                           nak_idle_watch_get_seconds_left (self->idle));
}

static void
on_idle_timeout (NakWindow *self)
{
  g_debug ("Nobody answered: clearing the session");
  nak_window_wipe (self);
}

/* Staff typed the PIN: the kiosk ends (the session unit then shows a login). */
static void
leave_for_staff (NakWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  g_message ("Staff PIN entered: leaving the kiosk");
  if (self->kiosk && NAK_IS_APPLICATION (app))
    nak_application_set_status (NAK_APPLICATION (app), NAK_EXIT_STAFF);
  self->kiosk = FALSE;
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
pin_matches (NakWindow  *self,
             const char *typed)
{
  return self->settings->staff_pin != NULL && typed != NULL &&
         g_str_equal (typed, self->settings->staff_pin);
}

static void
on_staff_hold (NakWindow *self)
{
  if (g_get_monotonic_time () < self->pin_locked_until)
    return;
  nak_shell_show_staff_pad (self->shell);
}

static gboolean
on_staff_pin (NakWindow  *self,
              const char *typed)
{
  if (pin_matches (self, typed))
    {
      self->pin_failures = 0;
      leave_for_staff (self);
      return TRUE;
    }
  if (++self->pin_failures >= PIN_MAX_FAILURES)
    {
      g_warning ("%u wrong staff PINs on the touch pad: it stays shut for %d minutes",
                 self->pin_failures, PIN_LOCK_SECONDS / 60);
      self->pin_failures = 0;
      self->pin_locked_until = g_get_monotonic_time () + (gint64) PIN_LOCK_SECONDS * G_USEC_PER_SEC;
      nak_window_wipe (self);
      return TRUE;
    }
  return FALSE;
}

static gboolean
destroy_retired (gpointer user_data)
{
  NakWindow *self = user_data;

  self->retire_id = 0;
  g_ptr_array_set_size (self->retired, 0);
  return G_SOURCE_REMOVE;
}

static void
on_retired_painted (GdkFrameClock *clock,
                    NakWindow     *self)
{
  g_clear_signal_handler (&self->retire_handler, clock);
  g_clear_object (&self->retire_clock);
  if (self->retire_id == 0)
    self->retire_id = g_idle_add_full (G_PRIORITY_LOW, destroy_retired, self, NULL);
}

/* Tearing down a screenful of widgets takes about as long as building one
 * (a third of a language switch), and the visitor should not wait for it:
 * the old shell leaves the window at once, and is destroyed once the new
 * one has been painted. It is cut off from the window first, so nothing in
 * it can act on the visit in the meantime. */
static void
retire_shell (NakWindow *self,
              NakShell  *old)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  g_signal_handlers_disconnect_by_data (old, self);
  g_ptr_array_add (self->retired, g_object_ref (old));
  if (clock == NULL)
    {
      g_ptr_array_set_size (self->retired, 0);
      return;
    }
  if (self->retire_handler == 0 && self->retire_id == 0)
    {
      self->retire_clock = g_object_ref (clock);
      self->retire_handler = g_signal_connect (clock, "after-paint",
                                               G_CALLBACK (on_retired_painted), self);
    }
}

static void
rebuild_shell (NakWindow           *self,
               const NakShellPlace *place)
{
  NakShell *shell = nak_shell_new (self->session, self->catalogue, self->settings, place);
  NakShell *old = self->shell;

  g_signal_connect_swapped (shell, "language-requested", G_CALLBACK (on_language_requested), self);
  g_signal_connect_swapped (shell, "quick-hide", G_CALLBACK (on_quick_hide), self);
  g_signal_connect_swapped (shell, "large-text", G_CALLBACK (on_large_text), self);
  g_signal_connect_swapped (shell, "still-here", G_CALLBACK (on_still_here), self);
  g_signal_connect_swapped (shell, "wipe", G_CALLBACK (on_wipe), self);
  g_signal_connect_swapped (shell, "print", G_CALLBACK (on_print), self);
  g_signal_connect_swapped (shell, "staff-pin", G_CALLBACK (on_staff_pin), self);
  g_signal_connect_swapped (shell, "staff-hold", G_CALLBACK (on_staff_hold), self);
  nak_shell_set_large_text (shell, self->large_text);
  nak_shell_set_can_print (shell, self->can_print);
  self->shell = shell;
  if (old != NULL)
    retire_shell (self, old);
  gtk_window_set_child (GTK_WINDOW (self), GTK_WIDGET (shell));
  /* The new shell's page could not take the focus before it was in the
   * window; without this, focus falls to the language bar and a screen
   * reader starts from there instead of on the screen now shown. */
  nak_page_shown (NAK_PAGE (nak_shell_get_visible_page (shell)));
}

/* Every tap or key anywhere in the window keeps the visit alive; it also
 * collects digits for the staff PIN (typed on a keyboard, then Enter). */
static gboolean
on_any_event (GtkEventControllerLegacy *controller,
              GdkEvent                 *event,
              NakWindow                *self)
{
  GdkEventType type = gdk_event_get_event_type (event);

  if (type == GDK_BUTTON_PRESS || type == GDK_TOUCH_BEGIN || type == GDK_KEY_PRESS ||
      type == GDK_SCROLL)
    poke (self);

  if (type == GDK_KEY_PRESS && self->settings->staff_pin != NULL)
    {
      guint key = gdk_key_event_get_keyval (event);

      if (key >= GDK_KEY_0 && key <= GDK_KEY_9)
        g_string_append_c (self->typed, (char) ('0' + key - GDK_KEY_0));
      else if (key >= GDK_KEY_KP_0 && key <= GDK_KEY_KP_9)
        g_string_append_c (self->typed, (char) ('0' + key - GDK_KEY_KP_0));
      else if (key == GDK_KEY_Return || key == GDK_KEY_KP_Enter)
        {
          if (g_str_has_suffix (self->typed->str, self->settings->staff_pin))
            {
              leave_for_staff (self);
              return TRUE;
            }
          g_string_truncate (self->typed, 0);
        }
      if (self->typed->len > 16)
        g_string_erase (self->typed, 0, self->typed->len - 16);
    }
  return FALSE;
}

/* In kiosk mode the window cannot be closed by a visitor. */
static gboolean
nak_window_close_request (GtkWindow *window)
{
  NakWindow *self = NAK_WINDOW (window);

  if (self->kiosk)
    return TRUE;
  return GTK_WINDOW_CLASS (nak_window_parent_class)->close_request (window);
}

static void
nak_window_dispose (GObject *object)
{
  NakWindow *self = NAK_WINDOW (object);

  if (self->idle != NULL)
    nak_idle_watch_stop (self->idle);
  g_clear_handle_id (&self->status_id, g_source_remove);
  g_clear_handle_id (&self->retire_id, g_source_remove);
  /* The clock may have let go of its handlers already, when the surface went. */
  if (self->retire_clock != NULL && self->retire_handler != 0 &&
      g_signal_handler_is_connected (self->retire_clock, self->retire_handler))
    g_signal_handler_disconnect (self->retire_clock, self->retire_handler);
  self->retire_handler = 0;
  g_clear_object (&self->retire_clock);
  if (self->retired != NULL)
    g_ptr_array_set_size (self->retired, 0);
  g_clear_object (&self->printer);
  g_clear_object (&self->idle);
  g_clear_object (&self->session);
  g_clear_object (&self->catalogue);
  G_OBJECT_CLASS (nak_window_parent_class)->dispose (object);
}

static void
nak_window_finalize (GObject *object)
{
  g_string_free (NAK_WINDOW (object)->typed, TRUE);
  g_ptr_array_unref (NAK_WINDOW (object)->retired);
  G_OBJECT_CLASS (nak_window_parent_class)->finalize (object);
}

static void
nak_window_class_init (NakWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nak_window_dispose;
  object_class->finalize = nak_window_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = nak_window_close_request;

  /* The visitor asked for a printed handout of the results on screen. */
  g_signal_new ("print-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                NULL, G_TYPE_NONE, 0);
}

static void
nak_window_init (NakWindow *self)
{
  GtkEventController *legacy = gtk_event_controller_legacy_new ();

  self->typed = g_string_new (NULL);
  self->retired = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  g_signal_connect (legacy, "event", G_CALLBACK (on_any_event), self);
  gtk_widget_add_controller (GTK_WIDGET (self), legacy);
  g_signal_connect (self, "realize", G_CALLBACK (nak_x11_keep_upload_pool), NULL);
}

/* Fullscreen is a request to the compositor; under a bare X server (no
 * window manager) nobody grants it, so the window also asks for the size of
 * the first screen rather than its natural size. */
static void
fill_first_monitor (NakWindow *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
  GdkRectangle area;

  if (monitor == NULL)
    return;
  gdk_monitor_get_geometry (monitor, &area);
  gtk_window_set_default_size (GTK_WINDOW (self), area.width, area.height);
}

/* `kiosk`: fullscreen, undecorated, not closable; else a window for development. */
NakWindow *
nak_window_new (GtkApplication *app,
                NakCatalogue   *catalogue,
                NakFlow        *flow,
                NakSettings    *settings,
                gboolean        kiosk)
{
  NakWindow *self = g_object_new (NAK_TYPE_WINDOW, "application", app, NULL);

  self->catalogue = g_object_ref (catalogue);
  self->settings = settings;
  self->kiosk = kiosk;
  self->session = nak_session_new (flow, settings->default_language);
  nak_i18n_set_language (settings->default_language);
  self->idle = nak_idle_watch_new (settings->idle_seconds, settings->countdown_seconds);
  g_signal_connect_swapped (self->idle, "notify::warning", G_CALLBACK (on_idle_warning), self);
  g_signal_connect_swapped (self->idle, "notify::seconds-left", G_CALLBACK (on_idle_warning),
                            self);
  g_signal_connect_swapped (self->idle, "timeout", G_CALLBACK (on_idle_timeout), self);
  g_signal_connect_swapped (self->session, "notify::current-step", G_CALLBACK (poke), self);

  gtk_window_set_title (GTK_WINDOW (self), settings->site_name);
  if (kiosk)
    {
      gtk_window_set_decorated (GTK_WINDOW (self), FALSE);
      gtk_window_set_deletable (GTK_WINDOW (self), FALSE);
      gtk_window_fullscreen (GTK_WINDOW (self));
      fill_first_monitor (self);
    }
  else
    gtk_window_set_default_size (GTK_WINDOW (self), 1280, 800);

  rebuild_shell (self, NULL);

  self->printer = nak_handout_printer_new (catalogue, settings);
  g_signal_connect_object (self->printer, "notify::available", G_CALLBACK (on_printer_available),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->printer, "status", G_CALLBACK (on_print_status), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->printer, "printed", G_CALLBACK (on_printed), self,
                           G_CONNECT_SWAPPED);
  return self;
}

NakSession *
nak_window_get_session (NakWindow *self)
{
  g_return_val_if_fail (NAK_IS_WINDOW (self), NULL);
  return self->session;
}

NakShell *
nak_window_get_shell (NakWindow *self)
{
  g_return_val_if_fail (NAK_IS_WINDOW (self), NULL);
  return self->shell;
}

NakIdleWatch *
nak_window_get_idle_watch (NakWindow *self)
{
  g_return_val_if_fail (NAK_IS_WINDOW (self), NULL);
  return self->idle;
}

/* Switches the language at once: the answers stay, the screen the visitor
 * is on is built again in the new language. */
void
nak_window_set_language (NakWindow  *self,
                         const char *code)
{
  NakShellPlace place = { 0 };

  g_return_if_fail (NAK_IS_WINDOW (self));

  if (!nak_languages_is_supported (code) || !nak_catalogue_has_language (self->catalogue, code))
    return;
  nak_shell_get_place (self->shell, &place);
  nak_i18n_set_language (code);
  nak_session_set_language (self->session, code);
  rebuild_shell (self, &place);
  nak_shell_place_clear (&place);
  poke (self);
}

/* Forgets the visit: answers, language, text size; back to the welcome screen. */
void
nak_window_wipe (NakWindow *self)
{
  g_return_if_fail (NAK_IS_WINDOW (self));

  nak_idle_watch_stop (self->idle);
  g_clear_handle_id (&self->status_id, g_source_remove);
  nak_session_start_over (self->session);
  self->large_text = FALSE;
  gtk_widget_remove_css_class (GTK_WIDGET (self), "large-text");
  nak_i18n_set_language (self->settings->default_language);
  nak_session_set_language (self->session, self->settings->default_language);
  rebuild_shell (self, NULL);
}

void
nak_window_set_large_text (NakWindow *self,
                           gboolean   large)
{
  g_return_if_fail (NAK_IS_WINDOW (self));

  self->large_text = large;
  if (large)
    gtk_widget_add_css_class (GTK_WIDGET (self), "large-text");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "large-text");
  nak_shell_set_large_text (self->shell, large);
}

void
nak_window_set_can_print (NakWindow *self,
                          gboolean   can_print)
{
  g_return_if_fail (NAK_IS_WINDOW (self));
  self->can_print = can_print;
  nak_shell_set_can_print (self->shell, can_print);
}

/* Renders what is on screen now into a PNG (screenshots, tests). */
gboolean
nak_window_save_png (NakWindow   *self,
                     const char  *path,
                     GError     **error)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (self));
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  GdkRGBA white = { 1, 1, 1, 1 };

  if (renderer == NULL || w <= 0 || h <= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, "the window is not shown yet");
      return FALSE;
    }
  gtk_snapshot_append_color (snapshot, &white, &GRAPHENE_RECT_INIT (0, 0, w, h));
  gtk_widget_snapshot_child (widget, gtk_window_get_child (GTK_WINDOW (self)), snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: cannot write the PNG", path);
      return FALSE;
    }
  return TRUE;
}
