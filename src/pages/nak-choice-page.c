/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A question: its title and one large tile per answer. */
#define G_LOG_DOMAIN "Nak-Pages"

#include "config.h"

#include "nak-choice-page.h"
#include "widgets/nak-tile-button.h"

/* One generic class for every question of the flow: the answers come from
 * the step's data, so a new question is a data change. A tap answers the
 * session; the wizard host watches the session and moves on. */
struct _NakChoicePage
{
  NakPage     parent_instance;

  GtkLabel   *title;
  GtkLabel   *hint;
  GtkGrid    *tiles;
};

G_DEFINE_FINAL_TYPE (NakChoicePage, nak_choice_page, NAK_TYPE_PAGE)

static void
on_tile_clicked (GtkButton     *button,
                 NakChoicePage *self)
{
  NakSession *session = nak_page_get_session (NAK_PAGE (self));
  const char *choice_id = g_object_get_data (G_OBJECT (button), "choice-id");
  g_autoptr(GError) error = NULL;

  /* A second tap while the page is being replaced is not an error. */
  if (g_strcmp0 (nak_session_get_current_step (session), nak_page_get_step_id (NAK_PAGE (self))) != 0)
    return;
  if (!nak_session_choose (session, choice_id, &error))
    g_warning ("%s", error->message);
}

static void
nak_choice_page_constructed (GObject *object)
{
  NakChoicePage *self = NAK_CHOICE_PAGE (object);
  NakPage *page = NAK_PAGE (self);
  NakSession *session = nak_page_get_session (page);
  NakCatalogue *catalogue = nak_page_get_catalogue (page);
  const char *lang = nak_page_get_language (page);
  const NakStep *step;
  const char *hint;
  const char *remembered;
  guint columns;

  G_OBJECT_CLASS (nak_choice_page_parent_class)->constructed (object);

  step = nak_flow_get_step (nak_session_get_flow (session), nak_page_get_step_id (page));
  g_return_if_fail (step != NULL);

  gtk_label_set_text (self->title, nak_page_step_text (page, "title"));
  hint = nak_page_step_text (page, "hint");
  gtk_label_set_text (self->hint, hint != NULL ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->hint), hint != NULL);
  remembered = nak_session_get_remembered_answer (session);
  columns = CLAMP (step->choices->len, 2, 4);

  for (guint i = 0; i < step->choices->len; i++)
    {
      const NakChoice *choice = g_ptr_array_index (step->choices, i);
      g_autofree char *owner = g_strdup_printf ("choice:%s/%s", step->id, choice->id);
      g_autofree char *icon = choice->icon != NULL ? g_strdup_printf ("%s-symbolic", choice->icon)
                                                   : NULL;
      GtkWidget *tile = nak_tile_button_new (nak_catalogue_get_text (catalogue, owner, "label", lang),
                                             icon);

      g_object_set_data_full (G_OBJECT (tile), "choice-id", g_strdup (choice->id), g_free);
      gtk_widget_set_name (tile, choice->id);
      /* The answer given before Back: shown with a frame, and said as
       * pressed, as the language bar says the current language. */
      if (g_strcmp0 (remembered, choice->id) == 0)
        {
          gtk_widget_add_css_class (tile, "remembered");
          gtk_accessible_update_state (GTK_ACCESSIBLE (tile), GTK_ACCESSIBLE_STATE_PRESSED,
                                       GTK_ACCESSIBLE_TRISTATE_TRUE, -1);
        }
      if (g_str_equal (choice->id, "not_safe") || g_str_equal (choice->id, "disappear"))
        gtk_widget_add_css_class (tile, "crisis");
      g_signal_connect (tile, "clicked", G_CALLBACK (on_tile_clicked), self);
      gtk_grid_attach (self->tiles, tile, i % columns, i / columns, 1, 1);
    }

  if (step->choices->len > 6)
    gtk_widget_add_css_class (GTK_WIDGET (self->tiles), "many");
}

/* The focus starts on the first answer; after Back, on the answer given
 * before, so that a screen reader says at once which one it was. */
static void
nak_choice_page_shown (NakPage *page)
{
  NakChoicePage *self = NAK_CHOICE_PAGE (page);
  const char *remembered = nak_session_get_remembered_answer (nak_page_get_session (page));
  GtkWidget *tile = remembered != NULL ? nak_choice_page_find_tile (self, remembered) : NULL;

  if (tile == NULL)
    tile = gtk_grid_get_child_at (self->tiles, 0, 0);
  if (tile != NULL)
    gtk_widget_grab_focus (tile);
}

static void
nak_choice_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NAK_TYPE_CHOICE_PAGE);
  G_OBJECT_CLASS (nak_choice_page_parent_class)->dispose (object);
}

static void
nak_choice_page_class_init (NakChoicePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = nak_choice_page_constructed;
  object_class->dispose = nak_choice_page_dispose;
  NAK_PAGE_CLASS (klass)->shown = nak_choice_page_shown;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/jp/notalone/Kiosk/pages/nak-choice-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NakChoicePage, title);
  gtk_widget_class_bind_template_child (widget_class, NakChoicePage, hint);
  gtk_widget_class_bind_template_child (widget_class, NakChoicePage, tiles);
  g_type_ensure (NAK_TYPE_TILE_BUTTON);
}

static void
nak_choice_page_init (NakChoicePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The tile of an answer, for tests and the accessibility checks. */
GtkWidget *
nak_choice_page_find_tile (NakChoicePage *self,
                           const char    *choice_id)
{
  g_return_val_if_fail (NAK_IS_CHOICE_PAGE (self), NULL);

  for (GtkWidget *tile = gtk_widget_get_first_child (GTK_WIDGET (self->tiles)); tile != NULL;
       tile = gtk_widget_get_next_sibling (tile))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (tile), "choice-id"), choice_id) == 0)
      return tile;
  return NULL;
}
