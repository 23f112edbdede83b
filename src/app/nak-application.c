/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application: loads the catalogue and settings, owns the window. */
#define G_LOG_DOMAIN "Nak-App"

#include "config.h"

#include <glib/gi18n.h>

#include "nak-application.h"
#include "nak-memory.h"
#include "nak-screenshots.h"
#include "nak-window.h"
#include "flow/nak-flow-db.h"
#include "local/nak-local.h"

/* A catalogue that cannot be opened is a problem for staff, never a crash:
 * the window then shows a calm message with what to do, and the emergency
 * numbers, which need no catalogue. */
struct _NakApplication
{
  GtkApplication  parent_instance;

  char           *catalogue_path;
  char           *screenshots_dir;
  gboolean        kiosk;
  NakCatalogue   *catalogue;
  NakFlow        *flow;
  NakSettings    *settings;
  GPtrArray      *warnings;
  GtkWindow      *window;
  int             status;
};

G_DEFINE_FINAL_TYPE (NakApplication, nak_application, GTK_TYPE_APPLICATION)

static void
load_css (void)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (css, "/jp/notalone/Kiosk/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/jp/notalone/Kiosk/icons");
}

static GtkWindow *
error_window (NakApplication *self,
              const GError   *error)
{
  GtkWidget *window = gtk_application_window_new (GTK_APPLICATION (self));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *label;

  g_warning ("The catalogue cannot be used: %s", error->message);
  gtk_widget_add_css_class (box, "page-content");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  label = gtk_label_new (_("This kiosk cannot show its information right now. Please ask a member "
                           "of staff."));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "question");
  gtk_box_append (GTK_BOX (box), label);
  label = gtk_label_new (_("In an emergency call 110 (police) or 119 (fire and ambulance)."));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "emergency-number");
  gtk_box_append (GTK_BOX (box), label);
  /* For staff: what is wrong, in technical words, small. */
  label = gtk_label_new (error->message);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "staff-detail");
  gtk_box_append (GTK_BOX (box), label);
  gtk_window_set_child (GTK_WINDOW (window), box);
  if (self->kiosk)
    gtk_window_fullscreen (GTK_WINDOW (window));
  else
    gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  return GTK_WINDOW (window);
}

static void
nak_application_startup (GApplication *app)
{
  NakApplication *self = NAK_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  G_APPLICATION_CLASS (nak_application_parent_class)->startup (app);

  load_css ();
  self->settings = nak_settings_load_default (self->warnings);
  self->catalogue = nak_catalogue_new_for_path (self->catalogue_path, &error);
  if (self->catalogue != NULL)
    self->flow = nak_flow_new_from_catalogue (self->catalogue, &error);
  if (self->flow == NULL)
    {
      self->window = error_window (self, error);
      self->status = 3;
      return;
    }
  /* This town's own entries (local-entries=): a bad file is a warning for
   * staff, never a reason not to start; the national catalogue stays. */
  nak_local_load_into_catalogue (self->catalogue, self->settings->local_entries,
                                 (const char * const *) self->settings->languages,
                                 self->settings->local_first, self->warnings);
  self->window = GTK_WINDOW (nak_window_new (GTK_APPLICATION (self), self->catalogue, self->flow,
                                             self->settings, self->kiosk));
}

static void
nak_application_activate (GApplication *app)
{
  NakApplication *self = NAK_APPLICATION (app);

  gtk_window_present (self->window);
  if (self->screenshots_dir != NULL && NAK_IS_WINDOW (self->window))
    nak_screenshots_run (NAK_WINDOW (self->window), self->screenshots_dir);
  else if (self->screenshots_dir != NULL)
    {
      self->status = 3;
      g_application_quit (app);
    }
}

static void
nak_application_dispose (GObject *object)
{
  NakApplication *self = NAK_APPLICATION (object);

  g_clear_object (&self->flow);
  g_clear_object (&self->catalogue);
  G_OBJECT_CLASS (nak_application_parent_class)->dispose (object);
}

static void
nak_application_finalize (GObject *object)
{
  NakApplication *self = NAK_APPLICATION (object);

  g_free (self->catalogue_path);
  g_free (self->screenshots_dir);
  g_clear_pointer (&self->settings, nak_settings_free);
  g_ptr_array_unref (self->warnings);
  G_OBJECT_CLASS (nak_application_parent_class)->finalize (object);
}

static void
nak_application_class_init (NakApplicationClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = nak_application_dispose;
  G_OBJECT_CLASS (klass)->finalize = nak_application_finalize;
  G_APPLICATION_CLASS (klass)->startup = nak_application_startup;
  G_APPLICATION_CLASS (klass)->activate = nak_application_activate;
}

static void
nak_application_init (NakApplication *self)
{
  self->warnings = g_ptr_array_new_with_free_func (g_free);
}

/* Call before GTK starts. With the software renderer (GSK_RENDERER=cairo,
 * as under Xvfb or on a machine without a GPU) there is no point in GDK
 * probing OpenGL, which costs about 100 ms of the kiosk's start. GTK must
 * not set the locale: the language is switched at run time through
 * LANGUAGE in C.UTF-8 (src/i18n/nak-i18n.c). The heap is set up first,
 * before GTK allocates anything (src/app/nak-memory.c).
 *
 * Every widget the kiosk shows is drawn from its own style sheet
 * (ui/style.css: colours, borders, focus rings, scroll bars), so it starts
 * on GTK's built-in Empty theme instead of Adwaita: parsing Adwaita took
 * 20 ms of every start, and the kiosk now looks the same whatever theme,
 * dark style or accent colour the host has. GTK_THEME set by staff (for
 * instance to try Adwaita) wins. */
void
nak_application_prepare_display (void)
{
  nak_memory_prepare ();
  if (g_strcmp0 (g_getenv ("GSK_RENDERER"), "cairo") == 0 && g_getenv ("GDK_DEBUG") == NULL)
    g_setenv ("GDK_DEBUG", "gl-disable", TRUE);
  if (g_getenv ("GTK_THEME") == NULL)
    g_setenv ("GTK_THEME", "Empty", TRUE);
  gtk_disable_setlocale ();
}

NakApplication *
nak_application_new (const char *catalogue_path,
                     gboolean    kiosk,
                     const char *screenshots_dir)
{
  NakApplication *self = g_object_new (NAK_TYPE_APPLICATION,
                                       "application-id", APP_ID,
                                       "flags", G_APPLICATION_NON_UNIQUE,
                                       NULL);

  self->catalogue_path = catalogue_path != NULL ? g_strdup (catalogue_path)
                                                : nak_catalogue_dup_default_path ();
  self->kiosk = kiosk;
  self->screenshots_dir = g_strdup (screenshots_dir);
  return self;
}

NakCatalogue *
nak_application_get_catalogue (NakApplication *self)
{
  g_return_val_if_fail (NAK_IS_APPLICATION (self), NULL);
  return self->catalogue;
}

NakSettings *
nak_application_get_settings (NakApplication *self)
{
  g_return_val_if_fail (NAK_IS_APPLICATION (self), NULL);
  return self->settings;
}

GtkWindow *
nak_application_get_window (NakApplication *self)
{
  g_return_val_if_fail (NAK_IS_APPLICATION (self), NULL);
  return self->window;
}

/* The exit status: 0; 3 when the catalogue could not be used; 10 when
 * staff left the kiosk with the PIN (the kiosk session then stays off). */
int
nak_application_get_status (NakApplication *self)
{
  g_return_val_if_fail (NAK_IS_APPLICATION (self), 1);
  return self->status;
}

void
nak_application_set_status (NakApplication *self,
                            int             status)
{
  g_return_if_fail (NAK_IS_APPLICATION (self));
  self->status = status;
}
