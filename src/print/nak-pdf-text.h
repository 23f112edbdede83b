/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Text on a PDF page in any script: line breaks, font runs, shaped outlines. */
#pragma once

#include <glib.h>
#include <hpdf.h>

#include "nak-pdf-fonts.h"

G_BEGIN_DECLS

typedef struct
{
  char   *text;   /* one line, without the break's spaces */
  double  width;  /* in points */
} NakPdfLine;

/* A paragraph broken into lines for a column: measured, then drawn. */
typedef struct
{
  NakPdfChain *chain;
  double       size;
  GPtrArray   *lines;  /* of NakPdfLine */
} NakPdfParagraph;

char      *nak_pdf_text_normalize (const char  *text);
double     nak_pdf_text_measure   (NakPdfChain *chain,
                                   const char  *text,
                                   gssize       length,
                                   double       size);
GPtrArray *nak_pdf_text_break     (NakPdfChain *chain,
                                   const char  *text,
                                   double       size,
                                   double       max_width);
void       nak_pdf_text_draw      (HPDF_Page    page,
                                   NakPdfChain *chain,
                                   const char  *text,
                                   double       x,
                                   double       y,
                                   double       size);

NakPdfParagraph *nak_pdf_paragraph_new        (NakPdfChain           *chain,
                                               double                 size,
                                               const char            *text,
                                               double                 width);
void             nak_pdf_paragraph_free       (NakPdfParagraph       *paragraph);
double           nak_pdf_paragraph_get_height (const NakPdfParagraph *paragraph);
void             nak_pdf_paragraph_draw       (const NakPdfParagraph *paragraph,
                                               HPDF_Page              page,
                                               double                 x,
                                               double                 top);

G_END_DECLS
