/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A QR code on a PDF page, drawn as filled rectangles with libqrencode. */
#define G_LOG_DOMAIN "Nak-Print"

#include "config.h"

#include "nak-pdf-qr.h"

#include <qrencode.h>
#include <string.h>

/* Level M (15 % of the code can be lost) survives a crease or a smudge on
 * paper; the quiet zone of four modules is part of `size`. */

/* A QR code of `text`, `size` points square with its quiet zone, drawn as
 * filled rectangles: one per run of dark modules in a row. */
void
nak_pdf_qr_draw (HPDF_Page   page,
                 const char *text,
                 double      x,
                 double      top,
                 double      size)
{
  QRcode *qr = QRcode_encodeString (text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  double module;

  if (qr == NULL)
    {
      g_warning ("No QR code for a web address of %zu bytes", strlen (text));
      return;
    }
  module = size / (qr->width + 8);
  for (int r = 0; r < qr->width; r++)
    for (int c = 0; c < qr->width;)
      {
        int start = c;

        while (c < qr->width && (qr->data[r * qr->width + c] & 1))
          c++;
        if (c > start)
          HPDF_Page_Rectangle (page, x + (4 + start) * module, top - (4 + r + 1) * module,
                               (c - start) * module, module);
        else
          c++;
      }
  HPDF_Page_Fill (page);
  QRcode_free (qr);
}
