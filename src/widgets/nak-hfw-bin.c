/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A plain holder for scrolled content laid out width first (see NakHfwLayout). */
#define G_LOG_DOMAIN "Nak-Widgets"

#include "config.h"

#include "nak-hfw-bin.h"
#include "nak-hfw-layout.h"

/* Put around wrapped words whose parent would ask them for a width at a
 * given height: the child of a GtkScrolledWindow (GtkViewport asks), a
 * child of a horizontal GtkBox (it asks when it shares out the width), the
 * content of a revealer in an overlay. Its `center-horizontally` and
 * `center-vertically` stand for `halign` and `valign = center`. */
struct _NakHfwBin
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (NakHfwBin, nak_hfw_bin, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CENTER_HORIZONTALLY,
  PROP_CENTER_VERTICALLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nak_hfw_bin_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  NakHfwLayout *layout = NAK_HFW_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (object)));

  switch (prop_id)
    {
    case PROP_CENTER_HORIZONTALLY:
      nak_hfw_layout_set_center_horizontally (layout, g_value_get_boolean (value));
      break;
    case PROP_CENTER_VERTICALLY:
      nak_hfw_layout_set_center_vertically (layout, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nak_hfw_bin_dispose (GObject *object)
{
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL;)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (nak_hfw_bin_parent_class)->dispose (object);
}

/* A holder expands the way its child does, as GtkBox would. */
static void
nak_hfw_bin_compute_expand (GtkWidget *widget,
                            gboolean  *hexpand,
                            gboolean  *vexpand)
{
  *hexpand = *vexpand = FALSE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      *hexpand |= gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL);
      *vexpand |= gtk_widget_compute_expand (child, GTK_ORIENTATION_VERTICAL);
    }
}

static void
nak_hfw_bin_class_init (NakHfwBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nak_hfw_bin_dispose;
  object_class->set_property = nak_hfw_bin_set_property;
  GTK_WIDGET_CLASS (klass)->compute_expand = nak_hfw_bin_compute_expand;
  properties[PROP_CENTER_HORIZONTALLY] =
    g_param_spec_boolean ("center-horizontally", NULL, NULL, FALSE,
                          G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CENTER_VERTICALLY] =
    g_param_spec_boolean ("center-vertically", NULL, NULL, FALSE,
                          G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), NAK_TYPE_HFW_LAYOUT);
}

static void
nak_hfw_bin_init (NakHfwBin *self)
{
}
