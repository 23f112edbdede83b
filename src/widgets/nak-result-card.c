/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One recommendation on the results screen: name, phone, hours, why. */
#define G_LOG_DOMAIN "Nak-Widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "nak-result-card.h"
#include "nak-hfw-bin.h"
#include "nak-qr-image.h"
#include "flow/nak-explain.h"
#include "i18n/nak-languages.h"

/* The same card serves the results list (compact) and the detail screen
 * (every channel with its hours and notes, a large QR code). Every state is
 * said in words, with an icon: never by colour alone. */
struct _NakResultCard
{
  GtkButton   parent_instance;

  char       *entry_id;
  GtkLabel   *name;
  GtkLabel   *summary;
  GtkLabel   *phone;
  GtkBox     *badge_box;
  GtkImage   *badge_icon;
  GtkLabel   *badge;
  GtkLabel   *cost;
  GtkLabel   *channels;
  GtkLabel   *hours;
  GtkLabel   *languages;
  GtkLabel   *why;
  GtkLabel   *say;
  NakQrImage *qr;
  GtkLabel   *url;
};

G_DEFINE_FINAL_TYPE (NakResultCard, nak_result_card, GTK_TYPE_BUTTON)

static void
nak_result_card_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NAK_TYPE_RESULT_CARD);
  G_OBJECT_CLASS (nak_result_card_parent_class)->dispose (object);
}

static void
nak_result_card_finalize (GObject *object)
{
  g_free (NAK_RESULT_CARD (object)->entry_id);
  G_OBJECT_CLASS (nak_result_card_parent_class)->finalize (object);
}

static void
nak_result_card_class_init (NakResultCardClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = nak_result_card_dispose;
  G_OBJECT_CLASS (klass)->finalize = nak_result_card_finalize;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/jp/notalone/Kiosk/widgets/nak-result-card.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, NakResultCard, name)
  BIND (name);
  BIND (summary);
  BIND (phone);
  BIND (badge_box);
  BIND (badge_icon);
  BIND (badge);
  BIND (cost);
  BIND (channels);
  BIND (hours);
  BIND (languages);
  BIND (why);
  BIND (say);
  BIND (qr);
  BIND (url);
#undef BIND
  g_type_ensure (NAK_TYPE_QR_IMAGE);
  g_type_ensure (NAK_TYPE_HFW_BIN);
}

static void
nak_result_card_init (NakResultCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
set_or_hide (GtkLabel   *label,
             const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static char *
channels_text (NakEntry   *entry,
               const char *lang,
               gboolean    detailed)
{
  GPtrArray *channels = nak_entry_get_channels (entry);
  GString *s = g_string_new (NULL);
  guint seen = 0;

  for (guint i = 0; i < channels->len; i++)
    {
      NakChannel *c = g_ptr_array_index (channels, i);
      const char *word = nak_explain_channel (c->type, lang);

      /* The list names each kind once; the detail gives every address. */
      if (!detailed && (seen & (1u << c->type)))
        continue;
      seen |= 1u << c->type;
      if (s->len > 0)
        g_string_append (s, detailed ? "\n" : " · ");
      g_string_append (s, word);
      if (detailed && c->number != NULL && c->type != NAK_CHANNEL_PHONE)
        g_string_append_printf (s, ": %s", c->number);
    }
  return g_string_free (s, FALSE);
}

static char *
hours_text (NakCatalogue *catalogue,
            NakEntry     *entry,
            const char   *lang,
            gboolean      detailed)
{
  GPtrArray *channels = nak_entry_get_channels (entry);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < channels->len; i++)
    {
      NakChannel *c = g_ptr_array_index (channels, i);
      g_autofree char *h = nak_explain_dup_channel_hours (catalogue, entry, c, lang);

      if (h == NULL)
        continue;
      if (s->len > 0)
        g_string_append (s, "\n");
      if (detailed)
        g_string_append_printf (s, "%s%s%s: ", nak_explain_channel (c->type, lang),
                                c->number != NULL ? " " : "", c->number != NULL ? c->number : "");
      g_string_append (s, h);
      if (!detailed)
        break;   /* the list shows the main channel's hours */
    }
  if (s->len == 0)
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  return g_string_free (s, FALSE);
}

static char *
languages_text (NakEntry   *entry,
                const char *lang)
{
  const char * const *langs = nak_entry_get_languages (entry);
  GString *names;

  if (g_strv_length ((char **) langs) <= 1)
    /* A Japanese reader needs no such note. */
    return g_str_equal (lang, "ja") ? NULL : g_strdup (_("Answers in Japanese only"));
  names = g_string_new (NULL);
  for (guint i = 0; langs[i] != NULL; i++)
    {
      const NakLanguage *l = nak_languages_lookup (langs[i]);

      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, l != NULL ? l->native_name : langs[i]);
    }
  {
    /* Translators: %1$s is a list of language names, each in its own script. */
    char *text = g_strdup_printf (_("Languages: %1$s"), names->str);

    g_string_free (names, TRUE);
    return text;
  }
}

/* `detailed`: the detail screen's version, with every channel and note. */
GtkWidget *
nak_result_card_new (NakCatalogue            *catalogue,
                     const NakRecommendation *rec,
                     GDateTime               *now,
                     const char              *lang,
                     gboolean                 detailed)
{
  /* On the detail screen the card is something to read, not to press. */
  NakResultCard *self = g_object_new (NAK_TYPE_RESULT_CARD, "accessible-role",
                                      detailed ? GTK_ACCESSIBLE_ROLE_GROUP
                                               : GTK_ACCESSIBLE_ROLE_BUTTON,
                                      NULL);
  NakEntry *entry = rec->entry;
  const char *name = nak_catalogue_get_entry_text (catalogue, entry, "name", lang);
  const char *phone = nak_entry_get_main_phone (entry);
  g_autofree char *state = nak_explain_dup_open_state (entry, now, lang);
  g_autofree char *why = nak_explain_dup_reasons (catalogue, rec, lang);
  g_autofree char *chan = channels_text (entry, lang, detailed);
  g_autofree char *hours = hours_text (catalogue, entry, lang, detailed);
  g_autofree char *langs = languages_text (entry, lang);
  g_autofree char *why_line = NULL;
  const char *url = nak_entry_get_url (entry);
  const char *cost = nak_explain_cost (nak_entry_get_cost (entry), lang);

  self->entry_id = g_strdup (nak_entry_get_id (entry));
  /* The detail screen has no title of its own: the name is its heading,
   * the first thing a screen reader finds there. In the list it is only
   * part of the card's name. Set before the label is ever shown. */
  if (detailed)
    g_object_set (self->name, "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, NULL);
  gtk_label_set_text (self->name, name);
  set_or_hide (self->summary, nak_catalogue_get_entry_text (catalogue, entry, "summary", lang));
  set_or_hide (self->phone, phone);

  /* "Open now" / "24 hours" / "Closed · opens …": an icon and words. */
  gtk_widget_set_visible (GTK_WIDGET (self->badge_box), state != NULL);
  if (state != NULL)
    {
      gboolean open = rec->open == NAK_OPEN_NOW || rec->open == NAK_OPEN_24H;

      gtk_label_set_text (self->badge, state);
      gtk_image_set_from_icon_name (self->badge_icon, open ? "nak-open-symbolic"
                                                           : "nak-closed-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->badge_box), open ? "open" : "closed");
    }

  if (g_strcmp0 (nak_entry_get_cost (entry), "free") == 0 && phone != NULL && phone[0] == '0' &&
      (g_str_has_prefix (phone, "0120") || g_str_has_prefix (phone, "0800")))
    cost = _("Free call");
  set_or_hide (self->cost, cost);
  set_or_hide (self->channels, chan);
  set_or_hide (self->hours, hours);
  set_or_hide (self->languages, langs);
  /* Translators: introduces why a line was chosen; %1$s is the reason. */
  why_line = g_strdup_printf (_("Why: %1$s"), why);
  set_or_hide (self->why, why_line);

  if (detailed)
    {
      const char *say = nak_catalogue_get_entry_text (catalogue, entry, "say", lang);
      g_autofree char *say_line = say != NULL ? g_strdup_printf (_("You can say: “%1$s”"), say)
                                              : NULL;

      set_or_hide (self->say, say_line);
      set_or_hide (self->url, url);
      gtk_widget_add_css_class (GTK_WIDGET (self), "detailed");
      gtk_widget_set_size_request (GTK_WIDGET (self->qr), 220, 220);
    }
  else
    {
      set_or_hide (self->say, NULL);
      set_or_hide (self->url, NULL);
    }
  nak_qr_image_set_text (self->qr, url);
  gtk_widget_set_visible (GTK_WIDGET (self->qr), url != NULL);

  {
    /* Name, phone and open state, each said once, with no empty parts. */
    const char *parts[] = { name, phone, state };
    g_autoptr(GString) a11y = g_string_new (NULL);

    for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
      if (parts[i] != NULL && *parts[i] != '\0')
        g_string_append_printf (a11y, "%s%s", a11y->len > 0 ? ". " : "", parts[i]);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    a11y->str, -1);
  }
  return GTK_WIDGET (self);
}

const char *
nak_result_card_get_entry_id (NakResultCard *self)
{
  g_return_val_if_fail (NAK_IS_RESULT_CARD (self), NULL);
  return self->entry_id;
}

const char *
nak_result_card_get_phone (NakResultCard *self)
{
  g_return_val_if_fail (NAK_IS_RESULT_CARD (self), NULL);
  return gtk_label_get_text (self->phone);
}

const char *
nak_result_card_get_badge (NakResultCard *self)
{
  g_return_val_if_fail (NAK_IS_RESULT_CARD (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->badge_box)) ? gtk_label_get_text (self->badge)
                                                                : NULL;
}
