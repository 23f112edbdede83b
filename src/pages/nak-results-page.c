/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The results: one card per recommendation, and the catalogue's date. */
#define G_LOG_DOMAIN "Nak-Pages"

#include "config.h"

#include <glib/gi18n.h>

#include "nak-results-page.h"
#include "flow/nak-matcher.h"
#include "widgets/nak-result-card.h"

/* The ranking is the matcher's (src/flow); this page only shows it. A tap
 * on a card asks the host for its detail; printing and finishing are the
 * host's buttons, beside Back. */
struct _NakResultsPage
{
  NakPage     parent_instance;

  NakResult  *result;
  GDateTime  *now;
  guint       next_card;  /* cards after the first screenful come one per frame */
  guint       tick_id;
  gboolean    first_frame_done;
  GPtrArray  *cards;     /* NakResultCard, borrowed */
  GtkLabel   *title;
  GtkLabel   *hint;
  GtkBox     *list;
  GtkLabel   *date;
};

G_DEFINE_FINAL_TYPE (NakResultsPage, nak_results_page, NAK_TYPE_PAGE)

enum
{
  OPEN_ENTRY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_card_clicked (GtkButton      *card,
                 NakResultsPage *self)
{
  g_signal_emit (self, signals[OPEN_ENTRY], 0,
                 nak_result_card_get_entry_id (NAK_RESULT_CARD (card)));
}

#define FIRST_CARDS 2

static void
add_cards (NakResultsPage *self,
           guint           n)
{
  NakPage *page = NAK_PAGE (self);
  NakCatalogue *catalogue = nak_page_get_catalogue (page);
  const char *lang = nak_page_get_language (page);

  for (; self->next_card < self->result->items->len && n > 0; self->next_card++, n--)
    {
      GtkWidget *card = nak_result_card_new (catalogue,
                                             g_ptr_array_index (self->result->items,
                                                                self->next_card),
                                             self->now, lang, FALSE);

      g_signal_connect (card, "clicked", G_CALLBACK (on_card_clicked), self);
      gtk_box_append (self->list, card);
      g_ptr_array_add (self->cards, card);
    }
}

/* One more card per frame once the first frame (title and the first
 * screenful) is on screen: the tap is answered at once, and no single frame
 * lays out the whole list. An idle source would not do: it runs while the
 * frame clock waits for its slot, before that first frame. */
static gboolean
add_card_per_frame (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  NakResultsPage *self = NAK_RESULTS_PAGE (widget);

  if (!self->first_frame_done)
    {
      self->first_frame_done = TRUE;
      return G_SOURCE_CONTINUE;
    }
  add_cards (self, 1);
  if (self->next_card < self->result->items->len)
    return G_SOURCE_CONTINUE;
  self->tick_id = 0;
  return G_SOURCE_REMOVE;
}

static void
nak_results_page_map (GtkWidget *widget)
{
  NakResultsPage *self = NAK_RESULTS_PAGE (widget);

  GTK_WIDGET_CLASS (nak_results_page_parent_class)->map (widget);
  if (self->tick_id == 0 && self->next_card < self->result->items->len)
    self->tick_id = gtk_widget_add_tick_callback (widget, add_card_per_frame, NULL, NULL);
}

static void
nak_results_page_unmap (GtkWidget *widget)
{
  NakResultsPage *self = NAK_RESULTS_PAGE (widget);

  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (widget, self->tick_id);
      self->tick_id = 0;
    }
  GTK_WIDGET_CLASS (nak_results_page_parent_class)->unmap (widget);
}

static void
nak_results_page_constructed (GObject *object)
{
  NakResultsPage *self = NAK_RESULTS_PAGE (object);
  NakPage *page = NAK_PAGE (self);
  NakSession *session = nak_page_get_session (page);
  NakCatalogue *catalogue = nak_page_get_catalogue (page);
  g_autoptr(NakSituation) situation = nak_session_dup_situation (session);
  g_autoptr(GDateTime) now = nak_hours_dup_now ();
  g_autofree char *date = NULL;
  const char *hint;

  G_OBJECT_CLASS (nak_results_page_parent_class)->constructed (object);

  self->result = nak_matcher_run (nak_catalogue_get_entries (catalogue), situation, now);
  gtk_label_set_text (self->title, nak_page_step_text (page, "title"));
  hint = nak_page_step_text (page, "hint");
  gtk_label_set_text (self->hint, hint != NULL ? hint : "");

  /* A screenful of cards now, so the next frame comes quickly after the
   * tap; the rest just after, while the visitor reads the first ones. */
  self->now = g_date_time_ref (now);
  add_cards (self, FIRST_CARDS);

  /* Translators: %1$s is the date (YYYY-MM-DD) the catalogue was last checked. */
  date = g_strdup_printf (_("Information checked on %1$s. Please confirm hours by phone or on "
                            "the web page."), nak_catalogue_get_date (catalogue));
  gtk_label_set_text (self->date, date);
}

static void
nak_results_page_shown (NakPage *page)
{
  NakResultsPage *self = NAK_RESULTS_PAGE (page);

  if (self->cards->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->cards, 0));
}

static void
nak_results_page_dispose (GObject *object)
{
  NakResultsPage *self = NAK_RESULTS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), NAK_TYPE_RESULTS_PAGE);
  g_clear_pointer (&self->result, nak_result_free);
  g_clear_pointer (&self->now, g_date_time_unref);
  G_OBJECT_CLASS (nak_results_page_parent_class)->dispose (object);
}

static void
nak_results_page_finalize (GObject *object)
{
  g_ptr_array_unref (NAK_RESULTS_PAGE (object)->cards);
  G_OBJECT_CLASS (nak_results_page_parent_class)->finalize (object);
}

static void
nak_results_page_class_init (NakResultsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = nak_results_page_constructed;
  object_class->dispose = nak_results_page_dispose;
  object_class->finalize = nak_results_page_finalize;
  widget_class->map = nak_results_page_map;
  widget_class->unmap = nak_results_page_unmap;
  NAK_PAGE_CLASS (klass)->shown = nak_results_page_shown;

  signals[OPEN_ENTRY] = g_signal_new ("open-entry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/jp/notalone/Kiosk/pages/nak-results-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NakResultsPage, title);
  gtk_widget_class_bind_template_child (widget_class, NakResultsPage, hint);
  gtk_widget_class_bind_template_child (widget_class, NakResultsPage, list);
  gtk_widget_class_bind_template_child (widget_class, NakResultsPage, date);
  g_type_ensure (NAK_TYPE_RESULT_CARD);
}

static void
nak_results_page_init (NakResultsPage *self)
{
  self->cards = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Every card (builds the ones still waiting for their frame). */
GPtrArray *
nak_results_page_get_cards (NakResultsPage *self)
{
  g_return_val_if_fail (NAK_IS_RESULTS_PAGE (self), NULL);
  add_cards (self, G_MAXUINT);
  return self->cards;
}

NakResult *
nak_results_page_get_result (NakResultsPage *self)
{
  g_return_val_if_fail (NAK_IS_RESULTS_PAGE (self), NULL);
  return self->result;
}
