/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A QR code of a web address, drawn crisp at any size. */
#define G_LOG_DOMAIN "Nak-Widgets"

#include "config.h"

#include "nak-qr-image.h"

#include <qrencode.h>

/* Modules are drawn as rectangles in the snapshot (no scaling blur), black
 * on white with the four-module quiet zone a phone camera needs. */
struct _NakQrImage
{
  GtkWidget  parent_instance;

  char      *text;
  QRcode    *code;   /* NULL when there is no text or it cannot be encoded */
};

G_DEFINE_FINAL_TYPE (NakQrImage, nak_qr_image, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define QUIET 4

static void
nak_qr_image_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  NakQrImage *self = NAK_QR_IMAGE (widget);
  GdkRGBA white = { 1, 1, 1, 1 }, black = { 0, 0, 0, 1 };
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  int side = MIN (w, h);
  int n;
  float module, x0, y0;

  if (self->code == NULL || side <= 0)
    return;
  n = self->code->width + 2 * QUIET;
  module = (float) (side / n);   /* whole pixels keep the edges sharp */
  if (module < 1)
    module = 1;
  x0 = (w - module * n) / 2;
  y0 = (h - module * n) / 2;

  gtk_snapshot_append_color (snapshot, &white, &GRAPHENE_RECT_INIT (x0, y0, module * n, module * n));
  for (int y = 0; y < self->code->width; y++)
    for (int x = 0; x < self->code->width; x++)
      if (self->code->data[y * self->code->width + x] & 1)
        gtk_snapshot_append_color (snapshot, &black,
                                   &GRAPHENE_RECT_INIT (x0 + (x + QUIET) * module,
                                                        y0 + (y + QUIET) * module,
                                                        module, module));
}

static void
nak_qr_image_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  NakQrImage *self = NAK_QR_IMAGE (widget);
  int n = self->code != NULL ? self->code->width + 2 * QUIET : 0;

  *minimum = n * 2;
  *natural = n * 5;
}

static void
nak_qr_image_finalize (GObject *object)
{
  NakQrImage *self = NAK_QR_IMAGE (object);

  g_free (self->text);
  g_clear_pointer (&self->code, QRcode_free);
  G_OBJECT_CLASS (nak_qr_image_parent_class)->finalize (object);
}

static void
nak_qr_image_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, NAK_QR_IMAGE (object)->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nak_qr_image_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_TEXT:
      nak_qr_image_set_text (NAK_QR_IMAGE (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nak_qr_image_class_init (NakQrImageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = nak_qr_image_finalize;
  object_class->get_property = nak_qr_image_get_property;
  object_class->set_property = nak_qr_image_set_property;
  widget_class->snapshot = nak_qr_image_snapshot;
  widget_class->measure = nak_qr_image_measure;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "qrcode");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
nak_qr_image_init (NakQrImage *self)
{
}

GtkWidget *
nak_qr_image_new (const char *text)
{
  return g_object_new (NAK_TYPE_QR_IMAGE, "text", text, NULL);
}

void
nak_qr_image_set_text (NakQrImage *self,
                       const char *text)
{
  g_return_if_fail (NAK_IS_QR_IMAGE (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  g_clear_pointer (&self->code, QRcode_free);
  if (text != NULL && *text != '\0')
    self->code = QRcode_encodeString8bit (text, 0, QR_ECLEVEL_M);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text != NULL ? text : "", -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

const char *
nak_qr_image_get_text (NakQrImage *self)
{
  g_return_val_if_fail (NAK_IS_QR_IMAGE (self), NULL);
  return self->text;
}
