/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A QR code on a PDF page, drawn as filled rectangles with libqrencode. */
#pragma once

#include <glib.h>
#include <hpdf.h>

G_BEGIN_DECLS

void nak_pdf_qr_draw (HPDF_Page   page,
                      const char *text,
                      double      x,
                      double      top,
                      double      size);

G_END_DECLS
