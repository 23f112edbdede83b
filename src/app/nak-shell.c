/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Everything on screen in one language: top bar, the current screen, the emergency strip. */
#define G_LOG_DOMAIN "Nak-App"

#include "config.h"

#include <glib/gi18n.h>

#include "nak-shell.h"
#include "i18n/nak-languages.h"
#include "pages/nak-attract-page.h"
#include "pages/nak-detail-page.h"
#include "pages/nak-info-page.h"
#include "pages/nak-results-page.h"
#include "pages/nak-wizard.h"
#include "widgets/nak-a11y.h"
#include "widgets/nak-hfw-bin.h"
#include "widgets/nak-hfw-layout.h"
#include "widgets/nak-mascot.h"
#include "widgets/nak-emergency-strip.h"
#include "widgets/nak-pin-pad.h"
#include "widgets/nak-qr-image.h"

/* A language switch throws the shell away and builds a new one from the
 * templates, so every translatable string is fetched again; the session
 * (the answers) lives in the window and survives. The shell reports what
 * the visitor asks for through signals; the window decides. */
struct _NakShell
{
  GtkWidget          parent_instance;

  NakSession        *session;
  NakCatalogue      *catalogue;
  NakSettings       *settings;   /* borrowed from the application */
  GtkWidget         *wizard;
  GtkWidget         *attract;
  GtkWidget         *info;
  char              *info_topic;
  gboolean           can_print;

  GtkLabel          *site;
  GtkFlowBox        *languages;
  GtkToggleButton   *large_text;
  GtkStack          *main;
  NakEmergencyStrip *emergency;
  GtkRevealer       *countdown;
  GtkLabel          *countdown_label;
  GtkRevealer       *status;
  GtkLabel          *status_label;
  NakQrImage        *take_away;
  GtkWidget         *staff_corner;
  GtkPicture        *mascot;
  const char        *pose;      /* Hikarino's pose in the top bar */
  GtkRevealer       *staff;
  NakPinPad         *pin_pad;    /* built the first time staff ask for it */
  guint              hold_id;
};

G_DEFINE_FINAL_TYPE (NakShell, nak_shell, GTK_TYPE_WIDGET)

static void update_mascot (NakShell *self);

enum
{
  LANGUAGE_REQUESTED,
  QUICK_HIDE,
  LARGE_TEXT,
  STILL_HERE,
  WIPE,
  PRINT,
  STAFF_HOLD,
  STAFF_PIN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
nak_shell_place_clear (NakShellPlace *place)
{
  g_clear_pointer (&place->view, g_free);
  g_clear_pointer (&place->topic, g_free);
  g_clear_pointer (&place->entry_id, g_free);
}

static void
refresh_emergency (NakShell *self)
{
  g_autoptr(GDateTime) now = nak_hours_dup_now ();
  gboolean child = self->wizard != NULL && nak_wizard_get_child_mode (NAK_WIZARD (self->wizard)) &&
                   g_str_equal (gtk_stack_get_visible_child_name (self->main), "flow");

  nak_emergency_strip_update (self->emergency, self->catalogue, child, now,
                              nak_session_get_language (self->session));
}

/* The under-18 look is the wizard's own (its "child" style class); the
 * emergency strip shows the children's line. */
static void
on_wizard_child_mode (NakShell *self)
{
  refresh_emergency (self);
}

static void
on_wizard_leave (NakShell *self)
{
  nak_shell_show_attract (self);
}

static void
on_wizard_finish (NakShell *self)
{
  g_signal_emit (self, signals[WIPE], 0);
}

static void
on_wizard_print (NakShell *self)
{
  g_signal_emit (self, signals[PRINT], 0);
}

static void
ensure_wizard (NakShell *self)
{
  if (self->wizard != NULL)
    return;
  self->wizard = nak_wizard_new (self->session, self->catalogue);
  nak_wizard_set_can_print (NAK_WIZARD (self->wizard), self->can_print);
  g_signal_connect_object (self->wizard, "notify::child-mode", G_CALLBACK (on_wizard_child_mode),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->wizard, "leave", G_CALLBACK (on_wizard_leave), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->wizard, "finish", G_CALLBACK (on_wizard_finish), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->wizard, "print", G_CALLBACK (on_wizard_print), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->wizard, "page-changed", G_CALLBACK (update_mascot), self,
                           G_CONNECT_SWAPPED);
  gtk_stack_add_named (self->main, self->wizard, "flow");
  on_wizard_child_mode (self);
}

static void
on_attract_start (NakShell *self,
                  gboolean  crisis)
{
  nak_shell_start (self, crisis);
}

static void
on_attract_open_info (NakShell   *self,
                      const char *topic)
{
  nak_shell_show_info (self, topic);
}

static void
on_info_back (NakShell *self)
{
  nak_shell_show_attract (self);
}

static void
on_language_clicked (GtkButton *button,
                     NakShell  *self)
{
  g_signal_emit (self, signals[LANGUAGE_REQUESTED], 0,
                 g_object_get_data (G_OBJECT (button), "language"));
}

static void
on_quick_hide_clicked (NakShell *self)
{
  g_signal_emit (self, signals[QUICK_HIDE], 0);
}

static void
on_large_text_toggled (NakShell *self)
{
  g_signal_emit (self, signals[LARGE_TEXT], 0, gtk_toggle_button_get_active (self->large_text));
}

static void
on_still_here_clicked (NakShell *self)
{
  g_signal_emit (self, signals[STILL_HERE], 0);
}

static void
on_wipe_now_clicked (NakShell *self)
{
  g_signal_emit (self, signals[WIPE], 0);
}

/* Staff hold Hikarino and the site name (top left) for a few seconds to get
 * the PIN pad: nothing a visitor sees invites it, and a passing tap does
 * not open it. Without a configured PIN it never opens. */
#define STAFF_HOLD_MORE_MS 1600  /* after GTK's longest long press (2 × 500 ms) */

static gboolean
on_staff_held (gpointer user_data)
{
  NakShell *self = user_data;

  self->hold_id = 0;
  g_signal_emit (self, signals[STAFF_HOLD], 0);
  return G_SOURCE_REMOVE;
}

static void
on_staff_long_press (NakShell *self)
{
  g_clear_handle_id (&self->hold_id, g_source_remove);
  self->hold_id = g_timeout_add (STAFF_HOLD_MORE_MS, on_staff_held, self);
}

/* Let go (or the press turned into something else) before the time. */
static void
on_staff_release (NakShell *self)
{
  g_clear_handle_id (&self->hold_id, g_source_remove);
}

static void
on_pin_submitted (NakShell   *self,
                  const char *pin)
{
  gboolean accepted = FALSE;

  g_signal_emit (self, signals[STAFF_PIN], 0, pin, &accepted);
  if (!accepted)
    nak_pin_pad_refuse (self->pin_pad);
}

static void
on_pin_cancelled (NakShell *self)
{
  gtk_revealer_set_reveal_child (self->staff, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->staff), FALSE);
}

static void
build_language_bar (NakShell *self)
{
  const char *current = nak_session_get_language (self->session);

  for (guint i = 0; self->settings->languages[i] != NULL; i++)
    {
      const NakLanguage *l = nak_languages_lookup (self->settings->languages[i]);
      GtkWidget *button;

      /* A language is offered only when the catalogue speaks it too. */
      if (l == NULL || !nak_catalogue_has_language (self->catalogue, l->code))
        continue;
      button = gtk_button_new_with_label (l->native_name);
      gtk_widget_add_css_class (button, "language");
      gtk_widget_add_css_class (button, l->css_class);
      gtk_widget_set_name (button, l->code);
      if (g_str_equal (l->code, current))
        {
          gtk_widget_add_css_class (button, "current");
          gtk_accessible_update_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_PRESSED,
                                       GTK_ACCESSIBLE_TRISTATE_TRUE, -1);
        }
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      l->native_name, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      l->english_name, -1);
      g_object_set_data (G_OBJECT (button), "language", (gpointer) l->code);
      g_signal_connect (button, "clicked", G_CALLBACK (on_language_clicked), self);
      gtk_flow_box_append (self->languages, button);
    }
}

static void
nak_shell_dispose (GObject *object)
{
  NakShell *self = NAK_SHELL (object);
  GtkWidget *children[] = { self->wizard, self->attract, self->info };

  /* The pages may outlive this shell for a moment (a language switch
   * replaces it from inside one of their signals): cut them off first. */
  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    if (children[i] != NULL)
      g_signal_handlers_disconnect_by_data (children[i], self);
  g_clear_handle_id (&self->hold_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), NAK_TYPE_SHELL);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL;)
    gtk_widget_unparent (child);
  self->wizard = self->attract = self->info = NULL;
  g_clear_object (&self->session);
  g_clear_object (&self->catalogue);
  G_OBJECT_CLASS (nak_shell_parent_class)->dispose (object);
}

static void
nak_shell_finalize (GObject *object)
{
  g_free (NAK_SHELL (object)->info_topic);
  G_OBJECT_CLASS (nak_shell_parent_class)->finalize (object);
}

static void
nak_shell_class_init (NakShellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nak_shell_dispose;
  object_class->finalize = nak_shell_finalize;

  signals[LANGUAGE_REQUESTED] = g_signal_new ("language-requested", G_TYPE_FROM_CLASS (klass),
                                              G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                              G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[QUICK_HIDE] = g_signal_new ("quick-hide", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[LARGE_TEXT] = g_signal_new ("large-text", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  signals[STILL_HERE] = g_signal_new ("still-here", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* The visit is over (finish, or "start over now" on the countdown). */
  signals[WIPE] = g_signal_new ("wipe", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 0);
  signals[PRINT] = g_signal_new ("print", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 0);
  /* Staff held the top-left corner: the window may open the PIN pad. */
  signals[STAFF_HOLD] = g_signal_new ("staff-hold", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Digits typed on the staff pad; a handler returns TRUE when they are the PIN. */
  signals[STAFF_PIN] = g_signal_new ("staff-pin", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     g_signal_accumulator_true_handled, NULL, NULL,
                                     G_TYPE_BOOLEAN, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, NAK_TYPE_HFW_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "shell");
  gtk_widget_class_set_template_from_resource (widget_class, "/jp/notalone/Kiosk/app/nak-shell.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, NakShell, name)
  BIND (site);
  BIND (languages);
  BIND (large_text);
  BIND (main);
  BIND (emergency);
  BIND (countdown);
  BIND (countdown_label);
  BIND (status);
  BIND (status_label);
  BIND (take_away);
  BIND (staff_corner);
  BIND (mascot);
  BIND (staff);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_quick_hide_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_large_text_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_still_here_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_wipe_now_clicked);
  g_type_ensure (NAK_TYPE_EMERGENCY_STRIP);
  g_type_ensure (NAK_TYPE_QR_IMAGE);
  g_type_ensure (NAK_TYPE_HFW_BIN);
}

/* Hikarino in the top bar fits what is on screen: a wave on the welcome
 * screen and when the screen is about to clear, listening to the
 * questions, thinking along on the content pages, holding up the results. */
static const char *
mascot_pose (NakShell *self)
{
  const char *view = gtk_stack_get_visible_child_name (self->main);
  GtkWidget *page;

  if (gtk_revealer_get_reveal_child (self->countdown))
    return "goodbye";
  if (g_strcmp0 (view, "info") == 0)
    return "thinking";
  if (g_strcmp0 (view, "flow") != 0 || self->wizard == NULL)
    return "welcome";
  page = nak_wizard_get_page (NAK_WIZARD (self->wizard));
  if (page != NULL && (NAK_IS_RESULTS_PAGE (page) || NAK_IS_DETAIL_PAGE (page)))
    return "results";
  return "listening";
}

static void
update_mascot (NakShell *self)
{
  const char *pose = mascot_pose (self);

  if (g_strcmp0 (pose, self->pose) == 0)
    return;
  self->pose = pose;
  gtk_picture_set_paintable (self->mascot, nak_mascot_get (pose));
}

/* "welcome", "listening", "thinking", "results" or "goodbye". */
const char *
nak_shell_get_mascot_pose (NakShell *self)
{
  g_return_val_if_fail (NAK_IS_SHELL (self), NULL);
  return self->pose;
}

static void
nak_shell_init (NakShell *self)
{
  GtkGesture *hold = gtk_gesture_long_press_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->main, "notify::visible-child", G_CALLBACK (update_mascot), self);
  nak_a11y_hide_inactive_pages (self->main);
  nak_a11y_hide_unrevealed (self->countdown);
  nak_a11y_hide_unrevealed (self->status);
  nak_a11y_hide_unrevealed (self->staff);
  gtk_widget_set_visible (GTK_WIDGET (self->staff), FALSE);
  gtk_gesture_long_press_set_delay_factor (GTK_GESTURE_LONG_PRESS (hold), 2.0);
  g_signal_connect_swapped (hold, "pressed", G_CALLBACK (on_staff_long_press), self);
  g_signal_connect_swapped (hold, "end", G_CALLBACK (on_staff_release), self);
  g_signal_connect_swapped (hold, "cancelled", G_CALLBACK (on_staff_release), self);
  gtk_widget_add_controller (self->staff_corner, GTK_EVENT_CONTROLLER (hold));
}

/* `place` says where to stand (after a language switch); NULL: the welcome screen. */
NakShell *
nak_shell_new (NakSession          *session,
               NakCatalogue        *catalogue,
               NakSettings         *settings,
               const NakShellPlace *place)
{
  NakShell *self = g_object_new (NAK_TYPE_SHELL, NULL);
  const NakLanguage *lang = nak_languages_lookup (nak_session_get_language (session));

  self->session = g_object_ref (session);
  self->catalogue = g_object_ref (catalogue);
  self->settings = settings;
  gtk_label_set_text (self->site, settings->site_name);
  if (lang != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), lang->css_class);
  build_language_bar (self);

  if (place != NULL && g_strcmp0 (place->view, "flow") == 0)
    {
      ensure_wizard (self);
      gtk_stack_set_visible_child_name (self->main, "flow");
      if (place->entry_id != NULL)
        nak_wizard_show_entry (NAK_WIZARD (self->wizard), place->entry_id);
    }
  else if (place != NULL && g_strcmp0 (place->view, "info") == 0 && place->topic != NULL)
    nak_shell_show_info (self, place->topic);
  else
    nak_shell_show_attract (self);
  refresh_emergency (self);
  update_mascot (self);
  return self;
}

void
nak_shell_get_place (NakShell      *self,
                     NakShellPlace *place)
{
  const char *view = gtk_stack_get_visible_child_name (self->main);

  place->view = g_strdup (view);
  place->topic = g_strdup (g_strcmp0 (view, "info") == 0 ? self->info_topic : NULL);
  place->entry_id = g_strdup (g_strcmp0 (view, "flow") == 0 && self->wizard != NULL
                                ? nak_wizard_get_shown_entry (NAK_WIZARD (self->wizard))
                                : NULL);
}

void
nak_shell_show_attract (NakShell *self)
{
  g_return_if_fail (NAK_IS_SHELL (self));

  if (self->attract == NULL)
    {
      self->attract = g_object_new (NAK_TYPE_ATTRACT_PAGE, "session", self->session, "catalogue",
                                    self->catalogue, NULL);
      g_signal_connect_swapped (self->attract, "start", G_CALLBACK (on_attract_start), self);
      g_signal_connect_swapped (self->attract, "open-info", G_CALLBACK (on_attract_open_info),
                                self);
      gtk_stack_add_named (self->main, self->attract, "attract");
    }
  gtk_stack_set_visible_child_name (self->main, "attract");
  nak_page_shown (NAK_PAGE (self->attract));
}

/* Starts a visit at the first question, or, for a visitor who is not safe,
 * straight at the crisis question. */
void
nak_shell_start (NakShell *self,
                 gboolean  crisis)
{
  g_return_if_fail (NAK_IS_SHELL (self));

  ensure_wizard (self);
  if (crisis)
    {
      const NakStep *start = nak_flow_get_start (nak_session_get_flow (self->session));

      if (g_strcmp0 (nak_session_get_current_step (self->session), start->id) == 0)
        nak_session_choose (self->session, "not_safe", NULL);
    }
  gtk_stack_set_visible_child_name (self->main, "flow");
  on_wizard_child_mode (self);
  /* The first question was built before the wizard was on screen, where it
   * could not take the focus: give it now, so a screen reader reads it. */
  nak_page_shown (NAK_PAGE (nak_shell_get_visible_page (self)));
}

void
nak_shell_show_info (NakShell   *self,
                     const char *topic)
{
  g_return_if_fail (NAK_IS_SHELL (self));

  if (self->info != NULL)
    gtk_stack_remove (self->main, self->info);
  self->info = nak_info_page_new (self->session, self->catalogue, topic);
  g_free (self->info_topic);
  self->info_topic = g_strdup (topic);
  g_signal_connect_swapped (self->info, "back", G_CALLBACK (on_info_back), self);
  gtk_stack_add_named (self->main, self->info, "info");
  gtk_stack_set_visible_child_name (self->main, "info");
  nak_page_shown (NAK_PAGE (self->info));
}

GtkWidget *
nak_shell_get_wizard (NakShell *self)
{
  g_return_val_if_fail (NAK_IS_SHELL (self), NULL);
  return self->wizard;
}

/* The page a visitor sees now: the welcome page, a content page or the
 * wizard's current page. */
GtkWidget *
nak_shell_get_visible_page (NakShell *self)
{
  const char *view;

  g_return_val_if_fail (NAK_IS_SHELL (self), NULL);
  view = gtk_stack_get_visible_child_name (self->main);
  if (g_strcmp0 (view, "flow") == 0)
    return nak_wizard_get_page (NAK_WIZARD (self->wizard));
  if (g_strcmp0 (view, "info") == 0)
    return self->info;
  return self->attract;
}

void
nak_shell_set_countdown (NakShell *self,
                         gboolean  shown,
                         guint     seconds)
{
  g_return_if_fail (NAK_IS_SHELL (self));

  if (shown)
    {
      g_autofree char *text = NULL;

      /* Translators: %1$u is a number of seconds. */
      text = g_strdup_printf (ngettext ("Are you still there? The screen will be cleared in %1$u "
                                        "second to protect your privacy.",
                                        "Are you still there? The screen will be cleared in %1$u "
                                        "seconds to protect your privacy.",
                                        seconds),
                              seconds);
      gtk_label_set_text (self->countdown_label, text);
    }
  gtk_revealer_set_reveal_child (self->countdown, shown);
  update_mascot (self);
}

void
nak_shell_set_can_print (NakShell *self,
                         gboolean  can_print)
{
  g_return_if_fail (NAK_IS_SHELL (self));
  self->can_print = can_print;
  if (self->wizard != NULL)
    nak_wizard_set_can_print (NAK_WIZARD (self->wizard), can_print);
}

/* A calm sentence about printing ("Printing…"), or NULL to hide it; with
 * `take_away`, a QR code the visitor can scan to keep the list instead. */
void
nak_shell_set_print_status (NakShell   *self,
                            const char *message,
                            const char *take_away)
{
  g_return_if_fail (NAK_IS_SHELL (self));
  gtk_label_set_text (self->status_label, message != NULL ? message : "");
  nak_qr_image_set_text (self->take_away, take_away);
  gtk_widget_set_visible (GTK_WIDGET (self->take_away), take_away != NULL);
  gtk_revealer_set_reveal_child (self->status, message != NULL);
}

void
nak_shell_set_large_text (NakShell *self,
                          gboolean  large)
{
  g_return_if_fail (NAK_IS_SHELL (self));

  g_signal_handlers_block_by_func (self->large_text, on_large_text_toggled, self);
  gtk_toggle_button_set_active (self->large_text, large);
  g_signal_handlers_unblock_by_func (self->large_text, on_large_text_toggled, self);
}

GtkWidget *
nak_shell_find_language_button (NakShell   *self,
                                const char *code)
{
  g_return_val_if_fail (NAK_IS_SHELL (self), NULL);

  for (int i = 0;; i++)
    {
      GtkFlowBoxChild *child = gtk_flow_box_get_child_at_index (self->languages, i);
      GtkWidget *button;

      if (child == NULL)
        return NULL;
      button = gtk_flow_box_child_get_child (child);
      if (g_strcmp0 (gtk_widget_get_name (button), code) == 0)
        return button;
    }
}

const char *
nak_shell_get_emergency_text (NakShell *self)
{
  g_return_val_if_fail (NAK_IS_SHELL (self), NULL);
  return nak_emergency_strip_get_line_text (self->emergency);
}

/* Opens the staff PIN pad over the screen, when a staff PIN is configured. */
gboolean
nak_shell_show_staff_pad (NakShell *self)
{
  g_return_val_if_fail (NAK_IS_SHELL (self), FALSE);

  if (self->settings->staff_pin == NULL)
    return FALSE;
  if (self->pin_pad == NULL)
    {
      self->pin_pad = NAK_PIN_PAD (nak_pin_pad_new ());
      g_signal_connect_swapped (self->pin_pad, "submitted", G_CALLBACK (on_pin_submitted), self);
      g_signal_connect_swapped (self->pin_pad, "cancelled", G_CALLBACK (on_pin_cancelled), self);
      gtk_revealer_set_child (self->staff, GTK_WIDGET (self->pin_pad));
    }
  nak_pin_pad_reset (self->pin_pad);
  gtk_widget_set_visible (GTK_WIDGET (self->staff), TRUE);
  gtk_revealer_set_reveal_child (self->staff, TRUE);
  return TRUE;
}

/* The staff PIN pad, when it is open; NULL otherwise. */
GtkWidget *
nak_shell_get_staff_pad (NakShell *self)
{
  g_return_val_if_fail (NAK_IS_SHELL (self), NULL);
  return gtk_revealer_get_reveal_child (self->staff) ? GTK_WIDGET (self->pin_pad) : NULL;
}
