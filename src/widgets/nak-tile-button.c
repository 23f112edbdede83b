/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A large answer tile: an icon above words that wrap, never clipped. */
#define G_LOG_DOMAIN "Nak-Widgets"

#include "config.h"

#include "nak-tile-button.h"
#include "nak-hfw-layout.h"

struct _NakTileButton
{
  GtkButton  parent_instance;

  GtkImage  *icon;
  GtkLabel  *text;
};

G_DEFINE_FINAL_TYPE (NakTileButton, nak_tile_button, GTK_TYPE_BUTTON)

static void
nak_tile_button_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NAK_TYPE_TILE_BUTTON);
  G_OBJECT_CLASS (nak_tile_button_parent_class)->dispose (object);
}

static void
nak_tile_button_class_init (NakTileButtonClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = nak_tile_button_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/jp/notalone/Kiosk/widgets/nak-tile-button.ui");
  gtk_widget_class_bind_template_child (widget_class, NakTileButton, icon);
  gtk_widget_class_bind_template_child (widget_class, NakTileButton, text);
}

static void
nak_tile_button_init (NakTileButton *self)
{
  GtkLayoutManager *layout = nak_hfw_layout_new ();

  /* The icon and words sit in the middle of the tile, laid out width
   * first (see NakHfwLayout): a tile is measured on every new screen. */
  nak_hfw_layout_set_center_vertically (NAK_HFW_LAYOUT (layout), TRUE);
  gtk_widget_set_layout_manager (GTK_WIDGET (self), layout);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* `icon_name` may be NULL: the tile is then words only. */
GtkWidget *
nak_tile_button_new (const char *label,
                     const char *icon_name)
{
  NakTileButton *self = g_object_new (NAK_TYPE_TILE_BUTTON, NULL);

  gtk_label_set_text (self->text, label);
  if (icon_name != NULL && gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (
                                                       gtk_widget_get_display (GTK_WIDGET (self))),
                                                     icon_name))
    gtk_image_set_from_icon_name (self->icon, icon_name);
  else
    gtk_widget_set_visible (GTK_WIDGET (self->icon), FALSE);
  /* The accessible name is the words, not "button". */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return GTK_WIDGET (self);
}

const char *
nak_tile_button_get_label (NakTileButton *self)
{
  g_return_val_if_fail (NAK_IS_TILE_BUTTON (self), NULL);
  return gtk_label_get_text (self->text);
}
