/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Always on screen: 110, 119 and a consultation line that is open now. */
#define G_LOG_DOMAIN "Nak-Widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "nak-emergency-strip.h"
#include "flow/nak-explain.h"
#include "flow/nak-matcher.h"

/* The strip is part of the window, not of a step: it never scrolls away.
 * It names the numbers in words and digits, never by colour alone. */
struct _NakEmergencyStrip
{
  GtkBox    parent_instance;

  GtkLabel *police;
  GtkLabel *ambulance;
  GtkLabel *line;
  GtkLabel *line_number;   /* never shortened: the name may be, the number not */
  char     *line_text;
};

G_DEFINE_FINAL_TYPE (NakEmergencyStrip, nak_emergency_strip, GTK_TYPE_BOX)

static void
nak_emergency_strip_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NAK_TYPE_EMERGENCY_STRIP);
  G_OBJECT_CLASS (nak_emergency_strip_parent_class)->dispose (object);
}

static void
nak_emergency_strip_finalize (GObject *object)
{
  g_free (NAK_EMERGENCY_STRIP (object)->line_text);
  G_OBJECT_CLASS (nak_emergency_strip_parent_class)->finalize (object);
}

static void
nak_emergency_strip_class_init (NakEmergencyStripClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = nak_emergency_strip_dispose;
  G_OBJECT_CLASS (klass)->finalize = nak_emergency_strip_finalize;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/jp/notalone/Kiosk/widgets/nak-emergency-strip.ui");
  gtk_widget_class_bind_template_child (widget_class, NakEmergencyStrip, police);
  gtk_widget_class_bind_template_child (widget_class, NakEmergencyStrip, ambulance);
  gtk_widget_class_bind_template_child (widget_class, NakEmergencyStrip, line);
  gtk_widget_class_bind_template_child (widget_class, NakEmergencyStrip, line_number);
}

static void
nak_emergency_strip_init (NakEmergencyStrip *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Picks the line open now (a children's line for a child) and shows it. */
void
nak_emergency_strip_update (NakEmergencyStrip *self,
                            NakCatalogue      *catalogue,
                            gboolean           child,
                            GDateTime         *now,
                            const char        *lang)
{
  g_autoptr(NakSituation) situation = nak_situation_new (lang);
  g_autoptr(NakEntry) entry = NULL;

  g_return_if_fail (NAK_IS_EMERGENCY_STRIP (self));

  if (child)
    {
      NakAdd add = { NAK_ADD_AUDIENCE, (char *) "under18" };

      nak_situation_add (situation, &add, "who", "under18");
    }
  entry = nak_matcher_find_open_line (nak_catalogue_get_entries (catalogue), situation, now);
  g_clear_pointer (&self->line_text, g_free);
  if (entry != NULL && nak_entry_get_main_phone (entry) != NULL)
    {
      g_autofree char *state = nak_explain_dup_open_state (entry, now, lang);
      g_autofree char *name = NULL;
      g_autofree char *number = NULL;

      /* Translators: %1$s is a line's name, e.g. "Talk now: Yorisoi Hotline". */
      name = g_strdup_printf (_("Talk now: %1$s"),
                              nak_catalogue_get_entry_text (catalogue, entry, "name", lang));
      /* Translators: %1$s is a phone number, %2$s "24 hours" or "Open now". */
      number = g_strdup_printf (_("%1$s (%2$s)"), nak_entry_get_main_phone (entry),
                                state != NULL ? state : "");
      gtk_label_set_text (self->line, name);
      gtk_label_set_text (self->line_number, number);
      self->line_text = g_strdup_printf ("%s %s", name, number);
      gtk_widget_set_visible (GTK_WIDGET (self->line), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->line_number), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->line), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->line_number), FALSE);
    }
}

const char *
nak_emergency_strip_get_line_text (NakEmergencyStrip *self)
{
  g_return_val_if_fail (NAK_IS_EMERGENCY_STRIP (self), NULL);
  return self->line_text != NULL ? self->line_text : "";
}
