/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Lays a handout out on A4 or Letter pages and writes it as a PDF with libharu. */
#define G_LOG_DOMAIN "Nak-Print"

#include "config.h"

#include "nak-pdf-writer.h"
#include "nak-pdf-fonts.h"
#include "nak-pdf-qr.h"
#include "nak-pdf-text.h"

#include <string.h>

/* Layout: the handout's languages sit side by side in columns, row by row,
 * so each paragraph faces its translation. A program's names, its phone
 * number in large digits and a QR code of its web page head its block.
 * Black on white only, so it prints the same on a greyscale printer. Blocks
 * are measured first and moved whole to the next page when they do not fit;
 * one taller than a page breaks between rows. Sizes are in points. */

#define MARGIN        42.0
#define GAP           16.0   /* between language columns */
#define GUTTER        26.0   /* left of a program's block, for its number */
#define QR_SIZE       84.0
#define PHONE_SIZE    24.0
#define LINE_PHONE_W  172.0  /* the number column of a phone list */
#define NOTES_HEIGHT  110.0
#define PAD           8.0
#define BOTTOM        (MARGIN + 14)  /* room for the page number */

typedef struct
{
  double size;
  double before;
  double after;
} Style;

static const Style styles[] = {
  [NAK_HANDOUT_STYLE_TITLE] = { 22, 0, 6 },
  [NAK_HANDOUT_STYLE_HEADING] = { 16, 14, 6 },
  [NAK_HANDOUT_STYLE_NAME] = { 14.5, 0, 2 },
  [NAK_HANDOUT_STYLE_BODY] = { 12, 0, 5 },
  [NAK_HANDOUT_STYLE_SAY] = { 12, 0, 5 },
  [NAK_HANDOUT_STYLE_SMALL] = { 10, 0, 3 },
};

typedef struct
{
  NakHandoutStyle  style;
  GPtrArray       *paras;  /* of NakPdfParagraph, one per language */
  double           height;
} Row;

typedef struct
{
  const NakHandoutBlock *block;
  GPtrArray             *head;  /* of NakPdfParagraph: stacked beside phone and QR code */
  GPtrArray             *rows;  /* of Row: the languages side by side */
  NakPdfParagraph       *url;
  double                 top;   /* height of the head part */
  double                 total;
} Prepared;

typedef struct
{
  const NakHandout *handout;
  HPDF_Doc          pdf;
  HPDF_STATUS       error;
  HPDF_STATUS       detail;
  NakPdfFonts      *fonts;
  NakPdfChain     **chains;  /* one per handout language */
  guint             n;
  HPDF_PageSizes    paper;
  double            width;
  double            height;
  GPtrArray        *pages;
  HPDF_Page         page;
  double            y;       /* top of the free space on the page */
} Writer;

G_DEFINE_QUARK (nak-pdf-writer-error-quark, nak_pdf_writer_error)

static void
on_hpdf_error (HPDF_STATUS  error_no,
               HPDF_STATUS  detail_no,
               void        *user_data)
{
  Writer *w = user_data;

  /* Called by libharu on the writer's thread; the first error is the cause. */
  if (w->error == HPDF_OK)
    {
      w->error = error_no;
      w->detail = detail_no;
    }
}

static void
row_free (Row *row)
{
  g_ptr_array_unref (row->paras);
  g_free (row);
}

static void
prepared_free (Prepared *p)
{
  g_ptr_array_unref (p->head);
  g_ptr_array_unref (p->rows);
  g_clear_pointer (&p->url, nak_pdf_paragraph_free);
  g_free (p);
}

static double
column_width (const Writer *w,
              double        area)
{
  return (area - (w->n - 1) * GAP) / w->n;
}

static Row *
row_new (Writer              *w,
         const NakHandoutRow *source,
         double               area)
{
  Row *row = g_new0 (Row, 1);
  double tallest = 0;

  row->style = source->style;
  row->paras = g_ptr_array_new_with_free_func ((GDestroyNotify) nak_pdf_paragraph_free);
  for (guint l = 0; l < w->n; l++)
    {
      double width = column_width (w, area) - (row->style == NAK_HANDOUT_STYLE_SAY ? 8 : 0);
      NakPdfParagraph *para = nak_pdf_paragraph_new (w->chains[l], styles[row->style].size,
                                                     source->texts[l], width);

      tallest = MAX (tallest, nak_pdf_paragraph_get_height (para));
      g_ptr_array_add (row->paras, para);
    }
  row->height = styles[row->style].before + tallest + styles[row->style].after;
  return row;
}

/* Where a block's rows start on the left, and how wide they are. */
static void
block_area (const Writer          *w,
            const NakHandoutBlock *block,
            double                *x,
            double                *area)
{
  double content = w->width - 2 * MARGIN;

  switch (block->kind)
    {
    case NAK_HANDOUT_BLOCK_ENTRY:
      *x = MARGIN + GUTTER;
      *area = content - GUTTER;
      break;
    case NAK_HANDOUT_BLOCK_LINE:
      *x = MARGIN + LINE_PHONE_W;
      *area = content - LINE_PHONE_W;
      break;
    case NAK_HANDOUT_BLOCK_TEXT:
    case NAK_HANDOUT_BLOCK_NOTES:
    default:
      *x = MARGIN;
      *area = content;
      break;
    }
}

/* What a block leaves below its rows: the notes box, or some air. */
static double
space_after (const NakHandoutBlock *block)
{
  switch (block->kind)
    {
    case NAK_HANDOUT_BLOCK_NOTES:
      return NOTES_HEIGHT + PAD;
    case NAK_HANDOUT_BLOCK_ENTRY:
    case NAK_HANDOUT_BLOCK_LINE:
      return PAD;
    case NAK_HANDOUT_BLOCK_TEXT:
    default:
      return 0;
    }
}

static Prepared *
prepare (Writer                *w,
         const NakHandoutBlock *block)
{
  Prepared *p = g_new0 (Prepared, 1);
  double x, area, head_width, head_height = 0;

  p->block = block;
  p->head = g_ptr_array_new_with_free_func ((GDestroyNotify) nak_pdf_paragraph_free);
  p->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  block_area (w, block, &x, &area);
  head_width = area - (block->url != NULL ? QR_SIZE + GAP : 0);

  /* Head rows are short (names): each language under the other. */
  for (guint r = 0; r < block->head->len; r++)
    {
      const NakHandoutRow *row = g_ptr_array_index (block->head, r);

      for (guint l = 0; l < w->n; l++)
        {
          NakPdfParagraph *para = nak_pdf_paragraph_new (w->chains[l], styles[row->style].size,
                                                         row->texts[l], head_width);

          head_height += nak_pdf_paragraph_get_height (para);
          g_ptr_array_add (p->head, para);
        }
    }
  if (block->kind == NAK_HANDOUT_BLOCK_ENTRY && block->phone != NULL)
    head_height += PHONE_SIZE * 1.4;
  if (block->kind == NAK_HANDOUT_BLOCK_LINE)
    head_height = MAX (head_height, PHONE_SIZE * 1.2);
  if (block->url != NULL)
    head_height = MAX (head_height, QR_SIZE);
  p->top = head_height;

  for (guint r = 0; r < block->rows->len; r++)
    g_ptr_array_add (p->rows, row_new (w, g_ptr_array_index (block->rows, r), area));
  if (block->url != NULL)
    p->url = nak_pdf_paragraph_new (nak_pdf_fonts_get_latin (w->fonts), 10, block->url, area);

  p->total = p->top;
  for (guint r = 0; r < p->rows->len; r++)
    p->total += ((Row *) g_ptr_array_index (p->rows, r))->height;
  if (p->url != NULL)
    p->total += nak_pdf_paragraph_get_height (p->url);
  p->total += (block->kind == NAK_HANDOUT_BLOCK_ENTRY ? PAD : 0) + space_after (block);
  return p;
}

static void
new_page (Writer *w)
{
  w->page = HPDF_AddPage (w->pdf);
  HPDF_Page_SetSize (w->page, w->paper, HPDF_PAGE_PORTRAIT);
  HPDF_Page_SetRGBFill (w->page, 0, 0, 0);
  HPDF_Page_SetRGBStroke (w->page, 0, 0, 0);
  g_ptr_array_add (w->pages, w->page);
  w->y = w->height - MARGIN;
}

/* Starts a new page unless `height` fits in what is left of this one. */
static void
ensure (Writer *w,
        double  height)
{
  if (w->y - height < BOTTOM && w->y < w->height - MARGIN)
    new_page (w);
}

static void
rule (Writer *w,
      double  x0,
      double  x1,
      double  y,
      double  width)
{
  HPDF_Page_SetLineWidth (w->page, width);
  HPDF_Page_MoveTo (w->page, x0, y);
  HPDF_Page_LineTo (w->page, x1, y);
  HPDF_Page_Stroke (w->page);
}

static void
draw_row (Writer    *w,
          const Row *row,
          double     x,
          double     area)
{
  double col = column_width (w, area);
  double top = w->y - styles[row->style].before;

  for (guint l = 0; l < row->paras->len; l++)
    {
      const NakPdfParagraph *para = g_ptr_array_index (row->paras, l);
      double cx = x + l * (col + GAP);

      if (row->style == NAK_HANDOUT_STYLE_SAY && para->lines->len > 0)
        {
          /* A bar beside what the visitor can say, to find it at a glance. */
          HPDF_Page_SetGrayStroke (w->page, 0.35);
          HPDF_Page_SetLineWidth (w->page, 2.5);
          HPDF_Page_MoveTo (w->page, cx + 2, top);
          HPDF_Page_LineTo (w->page, cx + 2, top - nak_pdf_paragraph_get_height (para));
          HPDF_Page_Stroke (w->page);
          HPDF_Page_SetGrayStroke (w->page, 0);
          cx += 8;
        }
      nak_pdf_paragraph_draw (para, w->page, cx, top);
    }
  if (row->style == NAK_HANDOUT_STYLE_HEADING)
    rule (w, x, x + area, w->y - row->height + styles[row->style].after / 2, 0.6);
  w->y -= row->height;
}

static void
draw_head (Writer         *w,
           const Prepared *p,
           double          x)
{
  const NakHandoutBlock *block = p->block;
  NakPdfChain *digits = nak_pdf_fonts_get_digits (w->fonts);
  double y = w->y;

  if (block->kind == NAK_HANDOUT_BLOCK_LINE && block->phone != NULL)
    nak_pdf_text_draw (w->page, digits, block->phone, MARGIN, y - PHONE_SIZE * 0.95,
                       PHONE_SIZE * 0.9);
  for (guint i = 0; i < p->head->len; i++)
    {
      const NakPdfParagraph *para = g_ptr_array_index (p->head, i);

      nak_pdf_paragraph_draw (para, w->page, x, y);
      y -= nak_pdf_paragraph_get_height (para);
    }
  if (block->kind == NAK_HANDOUT_BLOCK_ENTRY && block->phone != NULL)
    nak_pdf_text_draw (w->page, digits, block->phone, x, y - PHONE_SIZE * 1.05, PHONE_SIZE);
  if (block->url != NULL)
    nak_pdf_qr_draw (w->page, block->url, w->width - MARGIN - QR_SIZE, w->y, QR_SIZE);
  w->y -= p->top;
}

static void
draw_block (Writer         *w,
            const Prepared *p,
            double          keep_with_next)
{
  const NakHandoutBlock *block = p->block;
  double usable = w->height - MARGIN - BOTTOM;
  double first_row = p->rows->len > 0 ? ((Row *) g_ptr_array_index (p->rows, 0))->height : 0;
  double x, area;

  block_area (w, block, &x, &area);
  /* Whole on this page; else, for a short block, whole on the next; else
   * row by row from here, so that no page is left half empty. */
  if (p->total + keep_with_next <= usable &&
      (p->total <= usable / 2 || w->y - BOTTOM < p->top + first_row + 2 * PAD + 40))
    ensure (w, p->total + keep_with_next);

  if (block->kind == NAK_HANDOUT_BLOCK_ENTRY)
    {
      g_autofree char *number = g_strdup_printf ("%u", block->number);

      ensure (w, p->top + 2 * PAD);
      rule (w, MARGIN, w->width - MARGIN, w->y, 1.0);
      w->y -= PAD;
      if (block->number > 0)
        nak_pdf_text_draw (w->page, nak_pdf_fonts_get_digits (w->fonts), number, MARGIN,
                           w->y - 14, 15);
    }
  else
    ensure (w, p->top);
  draw_head (w, p, x);
  if (block->kind == NAK_HANDOUT_BLOCK_ENTRY)
    w->y -= 6;

  for (guint r = 0; r < p->rows->len; r++)
    {
      const Row *row = g_ptr_array_index (p->rows, r);

      ensure (w, row->height);
      draw_row (w, row, x, area);
    }
  if (p->url != NULL)
    {
      ensure (w, nak_pdf_paragraph_get_height (p->url));
      nak_pdf_paragraph_draw (p->url, w->page, x, w->y);
      w->y -= nak_pdf_paragraph_get_height (p->url);
    }
  if (block->kind == NAK_HANDOUT_BLOCK_NOTES)
    {
      ensure (w, NOTES_HEIGHT);
      HPDF_Page_SetLineWidth (w->page, 1.0);
      HPDF_Page_Rectangle (w->page, x, w->y - NOTES_HEIGHT, area, NOTES_HEIGHT);
      HPDF_Page_Stroke (w->page);
    }
  w->y -= space_after (block);
}

/* Every character that will be printed, so each font's subset has it. */
static void
note_texts (Writer *w)
{
  NakPdfChain *digits = nak_pdf_fonts_get_digits (w->fonts);
  NakPdfChain *latin = nak_pdf_fonts_get_latin (w->fonts);

  nak_pdf_fonts_note_text (digits, "0123456789");
  nak_pdf_fonts_note_text (latin, "0123456789 /");
  for (guint b = 0; b < w->handout->blocks->len; b++)
    {
      const NakHandoutBlock *block = g_ptr_array_index (w->handout->blocks, b);
      GPtrArray *sets[] = { block->head, block->rows };

      if (block->phone != NULL)
        nak_pdf_fonts_note_text (digits, block->phone);
      if (block->url != NULL)
        nak_pdf_fonts_note_text (latin, block->url);
      for (guint s = 0; s < G_N_ELEMENTS (sets); s++)
        for (guint r = 0; r < sets[s]->len; r++)
          {
            const NakHandoutRow *row = g_ptr_array_index (sets[s], r);

            for (guint l = 0; l < w->n; l++)
              {
                g_autofree char *nfc = nak_pdf_text_normalize (row->texts[l]);

                nak_pdf_fonts_note_text (w->chains[l], nfc);
              }
          }
    }
}

static void
number_pages (Writer *w)
{
  NakPdfChain *latin = nak_pdf_fonts_get_latin (w->fonts);

  for (guint i = 0; i < w->pages->len; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u / %u", i + 1, w->pages->len);
      double width = nak_pdf_text_measure (latin, text, -1, 9);

      nak_pdf_text_draw (g_ptr_array_index (w->pages, i), latin, text,
                         (w->width - width) / 2, MARGIN - 4, 9);
    }
}

static gboolean
layout (Writer  *w,
        GError **error)
{
  g_autoptr(GPtrArray) prepared = NULL;

  note_texts (w);
  if (!nak_pdf_fonts_load (w->fonts, w->pdf, error))
    return FALSE;

  prepared = g_ptr_array_new_with_free_func ((GDestroyNotify) prepared_free);
  for (guint b = 0; b < w->handout->blocks->len; b++)
    g_ptr_array_add (prepared, prepare (w, g_ptr_array_index (w->handout->blocks, b)));

  new_page (w);
  for (guint b = 0; b < prepared->len; b++)
    {
      const Prepared *p = g_ptr_array_index (prepared, b);
      const Prepared *next = b + 1 < prepared->len ? g_ptr_array_index (prepared, b + 1) : NULL;
      const NakHandoutRow *last = p->block->rows->len > 0
                                  ? g_ptr_array_index (p->block->rows, p->block->rows->len - 1)
                                  : NULL;
      double keep = 0;

      /* A heading stays with (the start of) what it introduces. */
      if (last != NULL && last->style == NAK_HANDOUT_STYLE_HEADING && next != NULL)
        keep = MIN (next->total, 140);
      draw_block (w, p, keep);
    }
  number_pages (w);
  return TRUE;
}

GBytes *
nak_pdf_writer_render (const NakHandout *handout,
                       NakPaperSize      paper,
                       GError          **error)
{
  Writer w = { 0 };
  g_autofree NakPdfChain **chains = NULL;
  g_autoptr(NakPdfFonts) fonts = NULL;
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();
  g_autoptr(GError) local_error = NULL;
  HPDF_UINT32 size = 0, done = 0;
  g_autofree guint8 *data = NULL;

  g_return_val_if_fail (handout != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  fonts = nak_pdf_fonts_new ((const char * const *) handout->languages, error);
  if (fonts == NULL)
    return NULL;

  w.handout = handout;
  w.fonts = fonts;
  w.n = nak_handout_get_n_languages (handout);
  w.chains = chains = g_new0 (NakPdfChain *, w.n);
  for (guint l = 0; l < w.n; l++)
    chains[l] = nak_pdf_fonts_get_chain (fonts, handout->languages[l]);
  w.paper = paper == NAK_PAPER_LETTER ? HPDF_PAGE_SIZE_LETTER : HPDF_PAGE_SIZE_A4;
  w.width = paper == NAK_PAPER_LETTER ? 612 : 595.276;
  w.height = paper == NAK_PAPER_LETTER ? 792 : 841.89;
  w.pages = pages;

  w.pdf = HPDF_New (on_hpdf_error, &w);
  if (w.pdf == NULL)
    {
      g_set_error_literal (error, NAK_PDF_WRITER_ERROR, NAK_PDF_WRITER_ERROR_FAILED,
                           "The PDF library could not start");
      return NULL;
    }
  HPDF_SetCompressionMode (w.pdf, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings (w.pdf);
  HPDF_SetCurrentEncoder (w.pdf, "UTF-8");
  HPDF_SetInfoAttr (w.pdf, HPDF_INFO_CREATOR, "NotAlone Kiosk");
  HPDF_SetInfoAttr (w.pdf, HPDF_INFO_TITLE, "NotAlone Kiosk handout");

  if (layout (&w, &local_error) && w.error == HPDF_OK &&
      HPDF_SaveToStream (w.pdf) == HPDF_OK)
    {
      size = HPDF_GetStreamSize (w.pdf);
      data = g_malloc (MAX (size, 1));
      HPDF_ResetStream (w.pdf);
      while (done < size)
        {
          HPDF_UINT32 length = size - done;
          HPDF_STATUS status = HPDF_ReadFromStream (w.pdf, data + done, &length);

          done += length;
          if ((status != HPDF_OK && status != HPDF_STREAM_EOF) || length == 0)
            break;
        }
    }
  HPDF_Free (w.pdf);
  /* The fonts' memory files are read while saving: free them only now. */
  g_clear_pointer (&fonts, nak_pdf_fonts_free);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (w.error != HPDF_OK || size == 0 || done != size)
    {
      g_set_error (error, NAK_PDF_WRITER_ERROR, NAK_PDF_WRITER_ERROR_FAILED,
                   "The PDF library failed (error 0x%04lx, detail %lu)",
                   (unsigned long) w.error, (unsigned long) w.detail);
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&data), size);
}

gboolean
nak_pdf_writer_write_file (const NakHandout *handout,
                           NakPaperSize      paper,
                           const char       *path,
                           GError          **error)
{
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (path != NULL, FALSE);

  pdf = nak_pdf_writer_render (handout, paper, error);
  if (pdf == NULL)
    return FALSE;
  data = g_bytes_get_data (pdf, &size);
  if (!g_file_set_contents (path, data, size, &local_error))
    {
      g_set_error (error, NAK_PDF_WRITER_ERROR, NAK_PDF_WRITER_ERROR_WRITE,
                   "The handout cannot be saved: %s", local_error->message);
      return FALSE;
    }
  return TRUE;
}
