/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The content pages: questions people ask, hints, signs of loneliness, the survey. */
#define G_LOG_DOMAIN "Nak-Pages"

#include "config.h"

#include "nak-info-page.h"

/* One class for the four pages: each topic's words are a GtkBuilder file
 * under ui/pages/info/ (translated through gettext like every template),
 * put below a common Back button. */
struct _NakInfoPage
{
  NakPage    parent_instance;

  GtkBox    *content;
  GtkButton *back;
};

G_DEFINE_FINAL_TYPE (NakInfoPage, nak_info_page, NAK_TYPE_PAGE)

static const char * const topics[] = { "faq", "hints", "signs", "survey", NULL };

enum
{
  BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_back_clicked (NakInfoPage *self)
{
  g_signal_emit (self, signals[BACK], 0);
}

static void
nak_info_page_shown (NakPage *page)
{
  gtk_widget_grab_focus (GTK_WIDGET (NAK_INFO_PAGE (page)->back));
}

static void
nak_info_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NAK_TYPE_INFO_PAGE);
  G_OBJECT_CLASS (nak_info_page_parent_class)->dispose (object);
}

static void
nak_info_page_class_init (NakInfoPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = nak_info_page_dispose;
  NAK_PAGE_CLASS (klass)->shown = nak_info_page_shown;

  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/jp/notalone/Kiosk/pages/nak-info-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NakInfoPage, content);
  gtk_widget_class_bind_template_child (widget_class, NakInfoPage, back);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
}

static void
nak_info_page_init (NakInfoPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

const char * const *
nak_info_page_get_topics (void)
{
  return topics;
}

/* `topic` is one of nak_info_page_get_topics(). */
GtkWidget *
nak_info_page_new (NakSession   *session,
                   NakCatalogue *catalogue,
                   const char   *topic)
{
  NakInfoPage *self;
  g_autoptr(GtkBuilder) builder = NULL;
  g_autofree char *path = NULL;
  GtkWidget *body;

  g_return_val_if_fail (g_strv_contains (topics, topic), NULL);

  self = g_object_new (NAK_TYPE_INFO_PAGE, "session", session, "catalogue", catalogue, NULL);
  builder = gtk_builder_new ();
  gtk_builder_set_translation_domain (builder, GETTEXT_PACKAGE);
  path = g_strdup_printf ("/jp/notalone/Kiosk/pages/info/%s.ui", topic);
  gtk_builder_add_from_resource (builder, path, NULL);
  body = GTK_WIDGET (gtk_builder_get_object (builder, "body"));
  g_return_val_if_fail (body != NULL, GTK_WIDGET (self));
  gtk_box_append (self->content, body);
  gtk_widget_set_name (GTK_WIDGET (self), topic);
  return GTK_WIDGET (self);
}
