/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One program or contact point in full: every channel, its hours, a large QR code. */
#define G_LOG_DOMAIN "Nak-Pages"

#include "config.h"

#include "nak-detail-page.h"
#include "widgets/nak-result-card.h"

struct _NakDetailPage
{
  NakPage    parent_instance;

  GtkBox    *content;
  GtkButton *back;
};

G_DEFINE_FINAL_TYPE (NakDetailPage, nak_detail_page, NAK_TYPE_PAGE)

enum
{
  BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_back_clicked (NakDetailPage *self)
{
  g_signal_emit (self, signals[BACK], 0);
}

static void
nak_detail_page_shown (NakPage *page)
{
  gtk_widget_grab_focus (GTK_WIDGET (NAK_DETAIL_PAGE (page)->back));
}

static void
nak_detail_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NAK_TYPE_DETAIL_PAGE);
  G_OBJECT_CLASS (nak_detail_page_parent_class)->dispose (object);
}

static void
nak_detail_page_class_init (NakDetailPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = nak_detail_page_dispose;
  NAK_PAGE_CLASS (klass)->shown = nak_detail_page_shown;

  /* Back to the list of results (not a step of the flow). */
  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/jp/notalone/Kiosk/pages/nak-detail-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NakDetailPage, content);
  gtk_widget_class_bind_template_child (widget_class, NakDetailPage, back);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
}

static void
nak_detail_page_init (NakDetailPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
nak_detail_page_new (NakSession              *session,
                     NakCatalogue            *catalogue,
                     const NakRecommendation *rec)
{
  NakDetailPage *self = g_object_new (NAK_TYPE_DETAIL_PAGE, "session", session, "catalogue",
                                      catalogue, NULL);
  g_autoptr(GDateTime) now = nak_hours_dup_now ();
  GtkWidget *card = nak_result_card_new (catalogue, rec, now, nak_session_get_language (session),
                                         TRUE);

  gtk_widget_set_can_target (card, TRUE);
  gtk_widget_set_focusable (card, FALSE);
  gtk_box_append (self->content, card);
  return GTK_WIDGET (self);
}
