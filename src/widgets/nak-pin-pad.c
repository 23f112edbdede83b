/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Staff only: a touch keypad for the PIN that leaves the kiosk. */
#define G_LOG_DOMAIN "Nak-Widgets"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nak-pin-pad.h"

/* The digits typed are shown as dots and never leave this widget except in
 * the "submitted" signal; the host compares them with the configured PIN
 * and calls nak_pin_pad_refuse() when they do not match. */
#define MAX_DIGITS 8
/* Left open and untouched this long, the pad closes itself, so the next
 * visitor never finds it. */
#define IDLE_CLOSE_SECONDS 30

struct _NakPinPad
{
  GtkWidget  parent_instance;

  GString   *typed;
  GtkLabel  *dots;
  GtkLabel  *message;
  GtkGrid   *keys;
  guint      idle_id;
  guint      idle_close_seconds;
};

G_DEFINE_FINAL_TYPE (NakPinPad, nak_pin_pad, GTK_TYPE_WIDGET)

enum
{
  SUBMITTED,
  CANCELLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_dots (NakPinPad *self)
{
  GString *dots = g_string_new (NULL);

  for (gsize i = 0; i < self->typed->len; i++)
    g_string_append (dots, i == 0 ? "●" : " ●");
  gtk_label_set_text (self->dots, dots->len > 0 ? dots->str : " ");
  g_string_free (dots, TRUE);
}

static void
forget (NakPinPad *self)
{
  /* Overwrite before truncating: the digits should not linger in memory. */
  memset (self->typed->str, 0, self->typed->len);
  g_string_truncate (self->typed, 0);
  show_dots (self);
}

static gboolean
on_idle_close (gpointer user_data)
{
  NakPinPad *self = user_data;

  self->idle_id = 0;
  nak_pin_pad_reset (self);
  g_signal_emit (self, signals[CANCELLED], 0);
  return G_SOURCE_REMOVE;
}

/* (Re)starts the count to closing by itself, while the pad is on screen. */
static void
keep_open (NakPinPad *self)
{
  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->idle_id = g_timeout_add (self->idle_close_seconds * 1000, on_idle_close, self);
}

static void
nak_pin_pad_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (nak_pin_pad_parent_class)->map (widget);
  keep_open (NAK_PIN_PAD (widget));
}

static void
nak_pin_pad_unmap (GtkWidget *widget)
{
  g_clear_handle_id (&NAK_PIN_PAD (widget)->idle_id, g_source_remove);
  GTK_WIDGET_CLASS (nak_pin_pad_parent_class)->unmap (widget);
}

static void
on_digit_clicked (GtkButton *button,
                  NakPinPad *self)
{
  const char *digit = g_object_get_data (G_OBJECT (button), "nak-digit");

  keep_open (self);
  if (self->typed->len < MAX_DIGITS)
    g_string_append (self->typed, digit);
  gtk_label_set_text (self->message, "");
  show_dots (self);
}

static void
on_clear_clicked (NakPinPad *self)
{
  keep_open (self);
  forget (self);
  gtk_label_set_text (self->message, "");
}

static void
on_ok_clicked (NakPinPad *self)
{
  g_autofree char *pin = g_strdup (self->typed->str);

  keep_open (self);
  forget (self);
  g_signal_emit (self, signals[SUBMITTED], 0, pin);
  memset (pin, 0, strlen (pin));
}

static void
on_cancel_clicked (NakPinPad *self)
{
  nak_pin_pad_reset (self);
  g_signal_emit (self, signals[CANCELLED], 0);
}

static void
nak_pin_pad_dispose (GObject *object)
{
  NakPinPad *self = NAK_PIN_PAD (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), NAK_TYPE_PIN_PAD);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL;)
    gtk_widget_unparent (child);
  if (self->typed != NULL)
    {
      memset (self->typed->str, 0, self->typed->len);
      g_string_free (self->typed, TRUE);
      self->typed = NULL;
    }
  G_OBJECT_CLASS (nak_pin_pad_parent_class)->dispose (object);
}

static void
nak_pin_pad_class_init (NakPinPadClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nak_pin_pad_dispose;
  widget_class->map = nak_pin_pad_map;
  widget_class->unmap = nak_pin_pad_unmap;

  /* The digits typed, then OK. */
  signals[SUBMITTED] = g_signal_new ("submitted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[CANCELLED] = g_signal_new ("cancelled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/jp/notalone/Kiosk/widgets/nak-pin-pad.ui");
  gtk_widget_class_bind_template_child (widget_class, NakPinPad, dots);
  gtk_widget_class_bind_template_child (widget_class, NakPinPad, message);
  gtk_widget_class_bind_template_child (widget_class, NakPinPad, keys);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_ok_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pinpad");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
}

static void
nak_pin_pad_init (NakPinPad *self)
{
  /* 1 2 3 / 4 5 6 / 7 8 9 / _ 0 _: the layout of a telephone keypad. */
  static const char *const digits = "1234567890";

  self->typed = g_string_new (NULL);
  self->idle_close_seconds = IDLE_CLOSE_SECONDS;
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < 10; i++)
    {
      char label[2] = { digits[i], '\0' };
      GtkWidget *key = gtk_button_new_with_label (label);

      g_object_set_data_full (G_OBJECT (key), "nak-digit", g_strdup (label), g_free);
      gtk_widget_add_css_class (key, "pin-key");
      g_signal_connect (key, "clicked", G_CALLBACK (on_digit_clicked), self);
      gtk_grid_attach (self->keys, key, i < 9 ? (int) (i % 3) : 1, i < 9 ? (int) (i / 3) : 3, 1,
                       1);
    }
  show_dots (self);
}

GtkWidget *
nak_pin_pad_new (void)
{
  return g_object_new (NAK_TYPE_PIN_PAD, NULL);
}

/* Forgets the digits and any message (the pad is about to be shown again). */
void
nak_pin_pad_reset (NakPinPad *self)
{
  g_return_if_fail (NAK_IS_PIN_PAD (self));
  forget (self);
  gtk_label_set_text (self->message, "");
}

/* The digits did not match: say so, calmly, and let staff try again. */
void
nak_pin_pad_refuse (NakPinPad *self)
{
  g_return_if_fail (NAK_IS_PIN_PAD (self));
  forget (self);
  gtk_label_set_text (self->message, _("That PIN is not right. Please try again."));
}

const char *
nak_pin_pad_get_message (NakPinPad *self)
{
  g_return_val_if_fail (NAK_IS_PIN_PAD (self), NULL);
  return gtk_label_get_text (self->message);
}

/* The key labelled `key` ("0" to "9"), for tests. */
GtkWidget *
nak_pin_pad_find_key (NakPinPad  *self,
                      const char *key)
{
  g_return_val_if_fail (NAK_IS_PIN_PAD (self), NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->keys)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "nak-digit"), key) == 0)
      return child;
  return NULL;
}

/* How long the pad may stay open untouched (tests shorten it). */
void
nak_pin_pad_set_idle_close (NakPinPad *self,
                            guint      seconds)
{
  g_return_if_fail (NAK_IS_PIN_PAD (self));
  self->idle_close_seconds = MAX (seconds, 1);
  keep_open (self);
}
