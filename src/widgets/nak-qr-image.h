/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A QR code of a web address, drawn crisp at any size. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define NAK_TYPE_QR_IMAGE (nak_qr_image_get_type ())
G_DECLARE_FINAL_TYPE (NakQrImage, nak_qr_image, NAK, QR_IMAGE, GtkWidget)

GtkWidget  *nak_qr_image_new      (const char *text);
void        nak_qr_image_set_text (NakQrImage *self,
                                   const char *text);
const char *nak_qr_image_get_text (NakQrImage *self);

G_END_DECLS
