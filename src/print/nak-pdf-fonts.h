/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The fonts of one PDF: found by family name, subset to what is printed, loaded once. */
#pragma once

#include <glib.h>
#include <hb.h>
#include <hpdf.h>

G_BEGIN_DECLS

/* A font as the writer uses it. Plain (CJK, Latin) fonts are drawn as PDF
 * text. Shaped fonts (Thai, Devanagari) are shaped with HarfBuzz and drawn
 * as glyph outlines over an invisible copy of the text, because libharu
 * places every character on its own and would break their marks. */
typedef struct
{
  const char *family;    /* fontconfig family name */
  const char *package;   /* the Debian package that ships it, for error messages */
  gboolean    bold;
  gboolean    shaped;
  char       *path;
  int         index;     /* face index in a .ttc */
  hb_blob_t  *blob;
  hb_face_t  *face;
  hb_font_t  *font;      /* scaled to font units */
  guint       upem;
  hb_set_t   *used;      /* code points printed with this font: the subset */
  HPDF_Font   hpdf;      /* NULL until nak_pdf_fonts_load() */
  int         subset_fd;
  GHashTable *outlines;  /* glyph id → GArray of NakPdfPathOp, in font units */
} NakPdfFont;

typedef enum
{
  NAK_PDF_PATH_MOVE,
  NAK_PDF_PATH_LINE,
  NAK_PDF_PATH_CURVE,
  NAK_PDF_PATH_CLOSE,
} NakPdfPathKind;

typedef struct
{
  NakPdfPathKind kind;
  float          x[3];  /* CURVE: two control points then the end point */
  float          y[3];
} NakPdfPathOp;

/* The fonts that print one language, best first: a character is printed
 * with the first font that has it. */
typedef struct
{
  char       *language;
  GPtrArray  *fonts;     /* of NakPdfFont*, owned by the NakPdfFonts */
  double      leading;   /* line height as a multiple of the type size */
} NakPdfChain;

typedef struct _NakPdfFonts NakPdfFonts;

NakPdfFonts *nak_pdf_fonts_new          (const char * const *languages,
                                         GError            **error);
void         nak_pdf_fonts_free         (NakPdfFonts        *fonts);
NakPdfChain *nak_pdf_fonts_get_chain    (NakPdfFonts        *fonts,
                                         const char         *language);
NakPdfChain *nak_pdf_fonts_get_latin    (NakPdfFonts        *fonts);
NakPdfChain *nak_pdf_fonts_get_digits   (NakPdfFonts        *fonts);
void         nak_pdf_fonts_note_text    (NakPdfChain        *chain,
                                         const char         *text);
gboolean     nak_pdf_fonts_load         (NakPdfFonts        *fonts,
                                         HPDF_Doc            pdf,
                                         GError            **error);
NakPdfFont  *nak_pdf_chain_pick         (NakPdfChain        *chain,
                                         gunichar            c,
                                         NakPdfFont         *previous);
GArray      *nak_pdf_font_get_outline   (NakPdfFont         *font,
                                         hb_codepoint_t      glyph);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NakPdfFonts, nak_pdf_fonts_free)

G_END_DECLS
