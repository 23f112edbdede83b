/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Lays a handout out on A4 or Letter pages and writes it as a PDF with libharu. */
#pragma once

#include <glib.h>

#include "nak-handout.h"

G_BEGIN_DECLS

#define NAK_PDF_WRITER_ERROR (nak_pdf_writer_error_quark ())

typedef enum
{
  NAK_PDF_WRITER_ERROR_FONT_MISSING,   /* a font a language needs is not installed */
  NAK_PDF_WRITER_ERROR_FONT_UNUSABLE,  /* installed, but libharu cannot embed it */
  NAK_PDF_WRITER_ERROR_FAILED,         /* libharu reported an error */
  NAK_PDF_WRITER_ERROR_WRITE,          /* the file cannot be written */
} NakPdfWriterError;

GQuark    nak_pdf_writer_error_quark (void);

/* Both may run on a worker thread: they only read the handout. */
GBytes   *nak_pdf_writer_render      (const NakHandout *handout,
                                      NakPaperSize      paper,
                                      GError          **error);
gboolean  nak_pdf_writer_write_file  (const NakHandout *handout,
                                      NakPaperSize      paper,
                                      const char       *path,
                                      GError          **error);

G_END_DECLS
