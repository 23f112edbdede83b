/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The welcome screen: Hikarino, one calm line, Start, and a way out of danger. */
#define G_LOG_DOMAIN "Nak-Pages"

#include "config.h"

#include "nak-attract-page.h"
#include "widgets/nak-mascot.h"

struct _NakAttractPage
{
  NakPage    parent_instance;

  GtkButton *start;
  GtkWidget *mascot;
};

G_DEFINE_FINAL_TYPE (NakAttractPage, nak_attract_page, NAK_TYPE_PAGE)

enum
{
  START,
  OPEN_INFO,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_start_clicked (NakAttractPage *self)
{
  g_signal_emit (self, signals[START], 0, FALSE);
}

static void
on_not_safe_clicked (NakAttractPage *self)
{
  g_signal_emit (self, signals[START], 0, TRUE);
}

static void
on_info_clicked (GtkButton      *button,
                 NakAttractPage *self)
{
  g_signal_emit (self, signals[OPEN_INFO], 0, gtk_widget_get_name (GTK_WIDGET (button)));
}

static void
nak_attract_page_shown (NakPage *page)
{
  gtk_widget_grab_focus (GTK_WIDGET (NAK_ATTRACT_PAGE (page)->start));
}

/* Hikarino floats only while the welcome screen is on show. A hidden page
 * stays realized in its stack, and a CSS animation there would keep the
 * frame clock ticking for its whole length: every tap on the next screens
 * would then wait for the clock's next slot before anything is drawn. */
static void
nak_attract_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (nak_attract_page_parent_class)->map (widget);
  gtk_widget_add_css_class (NAK_ATTRACT_PAGE (widget)->mascot, "floating");
}

static void
nak_attract_page_unmap (GtkWidget *widget)
{
  gtk_widget_remove_css_class (NAK_ATTRACT_PAGE (widget)->mascot, "floating");
  GTK_WIDGET_CLASS (nak_attract_page_parent_class)->unmap (widget);
}

static void
nak_attract_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NAK_TYPE_ATTRACT_PAGE);
  G_OBJECT_CLASS (nak_attract_page_parent_class)->dispose (object);
}

static void
nak_attract_page_class_init (NakAttractPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = nak_attract_page_dispose;
  widget_class->map = nak_attract_page_map;
  widget_class->unmap = nak_attract_page_unmap;
  NAK_PAGE_CLASS (klass)->shown = nak_attract_page_shown;

  /* The visitor starts; TRUE when they said they are not safe right now. */
  signals[START] = g_signal_new ("start", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  /* One of the content pages: "faq", "hints", "signs", "survey". */
  signals[OPEN_INFO] = g_signal_new ("open-info", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/jp/notalone/Kiosk/pages/nak-attract-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NakAttractPage, start);
  gtk_widget_class_bind_template_child (widget_class, NakAttractPage, mascot);
  gtk_widget_class_bind_template_callback (widget_class, on_start_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_not_safe_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_info_clicked);
}

static void
nak_attract_page_init (NakAttractPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_picture_set_paintable (GTK_PICTURE (self->mascot), nak_mascot_get ("welcome"));
}
