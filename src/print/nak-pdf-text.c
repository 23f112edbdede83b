/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Text on a PDF page in any script: line breaks, font runs, shaped outlines. */
#define G_LOG_DOMAIN "Nak-Print"

#include "config.h"

#include "nak-pdf-text.h"

#include <pango/pango.h>
#include <string.h>

/* libharu cannot wrap CJK or Thai (HPDF_Page_TextRect only breaks at
 * spaces) and has no font fallback. So a text is cut into runs, each printed
 * with the first font of the language's chain that has its characters, and
 * into lines at the break opportunities Pango finds (UAX #14, with Thai
 * words from libthai), measured with libharu's own widths. Runs in a shaped
 * font (Thai, Devanagari) are shaped with HarfBuzz and filled as outlines;
 * the same text goes underneath in invisible render mode, stretched to the
 * same width, so that the PDF can still be searched and its text copied. */

typedef struct
{
  NakPdfFont *font;
  const char *start;
  gsize       length;
} Run;

static GArray *
split_runs (NakPdfChain *chain,
            const char  *text,
            gsize        length)
{
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (Run));
  const char *end = text + length;
  Run run = { NULL, text, 0 };

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      NakPdfFont *font = nak_pdf_chain_pick (chain, g_utf8_get_char (p), run.font);

      if (font != run.font && run.font != NULL)
        {
          run.length = p - run.start;
          g_array_append_val (runs, run);
          run.start = p;
        }
      run.font = font;
    }
  if (run.font != NULL)
    {
      run.length = end - run.start;
      g_array_append_val (runs, run);
    }
  return runs;
}

static hb_buffer_t *
shape (NakPdfChain *chain,
       const Run   *run)
{
  hb_buffer_t *buffer = hb_buffer_create ();
  g_autofree char *tag = g_strdelimit (g_strdup (chain->language), "_", '-');

  hb_buffer_add_utf8 (buffer, run->start, run->length, 0, run->length);
  hb_buffer_guess_segment_properties (buffer);
  hb_buffer_set_language (buffer, hb_language_from_string (tag, -1));
  hb_shape (run->font->font, buffer, NULL, 0);
  return buffer;
}

static double
shaped_width (hb_buffer_t *buffer,
              NakPdfFont  *font,
              double       size)
{
  unsigned int n;
  hb_glyph_position_t *pos = hb_buffer_get_glyph_positions (buffer, &n);
  hb_position_t advance = 0;

  for (unsigned int i = 0; i < n; i++)
    advance += pos[i].x_advance;
  return advance * size / font->upem;
}

/* The width libharu gives the run, which is where it puts the next one. */
static double
plain_width (const Run *run,
             double     size)
{
  HPDF_TextWidth tw;

  if (run->font->hpdf == NULL)
    return 0;
  tw = HPDF_Font_TextWidth (run->font->hpdf, (const HPDF_BYTE *) run->start, run->length);
  return tw.width * size / 1000.0;
}

static double
run_width (NakPdfChain *chain,
           const Run   *run,
           double       size)
{
  hb_buffer_t *buffer;
  double width;

  if (!run->font->shaped)
    return plain_width (run, size);
  buffer = shape (chain, run);
  width = shaped_width (buffer, run->font, size);
  hb_buffer_destroy (buffer);
  return width;
}

/* NFC, which every font here covers (Vietnamese above all). */
char *
nak_pdf_text_normalize (const char *text)
{
  char *nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);

  return nfc != NULL ? nfc : g_strdup ("");
}

double
nak_pdf_text_measure (NakPdfChain *chain,
                      const char  *text,
                      gssize       length,
                      double       size)
{
  g_autoptr(GArray) runs = NULL;
  double width = 0;

  if (length < 0)
    length = strlen (text);
  runs = split_runs (chain, text, length);
  for (guint i = 0; i < runs->len; i++)
    width += run_width (chain, &g_array_index (runs, Run, i), size);
  return width;
}

static void
line_free (NakPdfLine *line)
{
  g_free (line->text);
  g_free (line);
}

typedef struct
{
  NakPdfChain  *chain;
  double        size;
  double        max_width;
  const char  **pos;     /* byte position of each character, and of the end */
  PangoLogAttr *attrs;
  GPtrArray    *lines;
  glong         line_start;
  double        line_width;
} Breaker;

static void
emit (Breaker *br,
      glong    end)
{
  NakPdfLine *line = g_new0 (NakPdfLine, 1);

  line->text = g_strchomp (g_strndup (br->pos[br->line_start],
                                      br->pos[end] - br->pos[br->line_start]));
  line->width = nak_pdf_text_measure (br->chain, line->text, -1, br->size);
  g_ptr_array_add (br->lines, line);
  br->line_start = end;
  br->line_width = 0;
}

static double
measure_chars (Breaker *br,
               glong    a,
               glong    b)
{
  return a < b ? nak_pdf_text_measure (br->chain, br->pos[a], br->pos[b] - br->pos[a], br->size)
               : 0;
}

/* A word wider than the column (a long web address): cut it between
 * characters, as many as fit on each line. */
static void
split_word (Breaker *br,
            glong    a,
            glong    e)
{
  glong fit = a;

  for (glong c = a + 1; c <= e; c++)
    {
      if (c < e && !br->attrs[c].is_cursor_position)
        continue;
      if (measure_chars (br, br->line_start, c) <= br->max_width || fit == br->line_start)
        {
          fit = c;
          continue;
        }
      emit (br, fit);
      fit = c;
    }
  br->line_width = measure_chars (br, br->line_start, e);
}

static void
place_segment (Breaker *br,
               glong    a,
               glong    b)
{
  glong e = b;
  double visible, trailing;

  while (e > a && g_unichar_isspace (g_utf8_get_char (br->pos[e - 1])))
    e--;
  visible = measure_chars (br, a, e);
  trailing = measure_chars (br, e, b);

  if (br->line_start < a && br->line_width + visible > br->max_width)
    emit (br, a);
  if (br->line_start == a && visible > br->max_width)
    {
      split_word (br, a, e);
      br->line_width += trailing;
      return;
    }
  br->line_width += visible + trailing;
}

/* Lines of at most `max_width` points; a newline in `text` always breaks.
 * Returns a GPtrArray of NakPdfLine (empty for an empty text). */
GPtrArray *
nak_pdf_text_break (NakPdfChain *chain,
                    const char  *text,
                    double       size,
                    double       max_width)
{
  glong n = g_utf8_strlen (text, -1);
  g_autofree PangoLogAttr *attrs = g_new0 (PangoLogAttr, n + 1);
  g_autofree const char **pos = g_new (const char *, n + 1);
  g_autofree char *tag = g_strdelimit (g_strdup (chain->language), "_", '-');
  Breaker br = { chain, size, max_width, pos, attrs, NULL, 0, 0 };
  glong i = 0, segment_start = 0;

  br.lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    pos[i++] = p;
  pos[n] = text + strlen (text);
  if (n == 0)
    return br.lines;
  pango_get_log_attrs (text, pos[n] - text, -1, pango_language_from_string (tag), attrs, n + 1);
  /* Korean is set with breaks at spaces only (CSS word-break: keep-all);
   * a word wider than the line is still cut by split_word(). */
  if (g_str_equal (chain->language, "ko"))
    for (glong c = 1; c < n; c++)
      if (!attrs[c].is_mandatory_break && !g_unichar_isspace (g_utf8_get_char (pos[c - 1])))
        attrs[c].is_line_break = FALSE;

  for (glong b = 1; b <= n; b++)
    {
      if (b < n && !attrs[b].is_line_break)
        continue;
      place_segment (&br, segment_start, b);
      if (b < n && attrs[b].is_mandatory_break)
        emit (&br, b);
      segment_start = b;
    }
  if (br.line_start < n)
    emit (&br, n);
  return br.lines;
}

/* Each glyph is filled in its own coordinate system (q … cm … f Q), in
 * whole font units: the same glyph then writes the same bytes every time,
 * which the content stream's Flate compression folds away. Drawn in page
 * coordinates instead, a Thai or Nepali handout came to 1.4 MB. */
static void
fill_outlines (HPDF_Page    page,
               NakPdfFont  *font,
               hb_buffer_t *buffer,
               double       x,
               double       y,
               double       size)
{
  unsigned int n;
  hb_glyph_info_t *info = hb_buffer_get_glyph_infos (buffer, &n);
  hb_glyph_position_t *pos = hb_buffer_get_glyph_positions (buffer, &n);
  double scale = size / font->upem;
  double pen = 0;

  for (unsigned int i = 0; i < n; i++)
    {
      GArray *ops = nak_pdf_font_get_outline (font, info[i].codepoint);

      if (ops->len > 0)
        {
          HPDF_Page_GSave (page);
          HPDF_Page_Concat (page, scale, 0, 0, scale, x + (pen + pos[i].x_offset) * scale,
                            y + pos[i].y_offset * scale);
          for (guint k = 0; k < ops->len; k++)
            {
              const NakPdfPathOp *op = &g_array_index (ops, NakPdfPathOp, k);

              switch (op->kind)
                {
                case NAK_PDF_PATH_MOVE:
                  HPDF_Page_MoveTo (page, op->x[0], op->y[0]);
                  break;
                case NAK_PDF_PATH_LINE:
                  HPDF_Page_LineTo (page, op->x[0], op->y[0]);
                  break;
                case NAK_PDF_PATH_CURVE:
                  HPDF_Page_CurveTo (page, op->x[0], op->y[0], op->x[1], op->y[1],
                                     op->x[2], op->y[2]);
                  break;
                case NAK_PDF_PATH_CLOSE:
                  HPDF_Page_ClosePath (page);
                  break;
                default:
                  g_assert_not_reached ();
                }
            }
          /* TrueType contours are made for the non-zero winding rule. */
          HPDF_Page_Fill (page);
          HPDF_Page_GRestore (page);
        }
      pen += pos[i].x_advance;
    }
}

/* Draws one line (no newline) with its baseline's start at (x, y). */
void
nak_pdf_text_draw (HPDF_Page    page,
                   NakPdfChain *chain,
                   const char  *text,
                   double       x,
                   double       y,
                   double       size)
{
  g_autoptr(GArray) runs = split_runs (chain, text, strlen (text));
  g_autofree double *starts = g_new0 (double, runs->len + 1);
  g_autofree hb_buffer_t **shaped = g_new0 (hb_buffer_t *, runs->len + 1);
  double pen = x;

  if (runs->len == 0)
    return;

  HPDF_Page_BeginText (page);
  for (guint i = 0; i < runs->len; i++)
    {
      const Run *run = &g_array_index (runs, Run, i);
      g_autofree char *piece = g_strndup (run->start, run->length);
      double width;

      starts[i] = pen;
      if (run->font->hpdf == NULL)
        continue;  /* nothing was noted for it: cannot happen for noted texts */
      HPDF_Page_SetFontAndSize (page, run->font->hpdf, size);
      /* An absolute text matrix for every run: libharu's relative moves
       * assume the next run starts where its own width estimate ended. */
      if (run->font->shaped)
        {
          double nominal = plain_width (run, size);

          shaped[i] = shape (chain, run);
          width = shaped_width (shaped[i], run->font, size);
          HPDF_Page_SetTextRenderingMode (page, HPDF_INVISIBLE);
          if (nominal > 0)
            HPDF_Page_SetHorizontalScalling (page, CLAMP (100.0 * width / nominal,
                                                          HPDF_MIN_HORIZONTALSCALING,
                                                          HPDF_MAX_HORIZONTALSCALING));
          HPDF_Page_SetTextMatrix (page, 1, 0, 0, 1, pen, y);
          HPDF_Page_ShowText (page, piece);
          HPDF_Page_SetHorizontalScalling (page, 100);
          HPDF_Page_SetTextRenderingMode (page, HPDF_FILL);
        }
      else
        {
          width = plain_width (run, size);
          HPDF_Page_SetTextMatrix (page, 1, 0, 0, 1, pen, y);
          HPDF_Page_ShowText (page, piece);
        }
      pen += width;
    }
  HPDF_Page_EndText (page);

  for (guint i = 0; i < runs->len; i++)
    if (shaped[i] != NULL)
      {
        fill_outlines (page, g_array_index (runs, Run, i).font, shaped[i], starts[i], y, size);
        hb_buffer_destroy (shaped[i]);
      }
}

/* `text` as printed (NFC) in lines of at most `width` points. */
NakPdfParagraph *
nak_pdf_paragraph_new (NakPdfChain *chain,
                       double       size,
                       const char  *text,
                       double       width)
{
  NakPdfParagraph *paragraph = g_new0 (NakPdfParagraph, 1);
  g_autofree char *nfc = nak_pdf_text_normalize (text);

  paragraph->chain = chain;
  paragraph->size = size;
  paragraph->lines = nak_pdf_text_break (chain, nfc, size, width);
  return paragraph;
}

void
nak_pdf_paragraph_free (NakPdfParagraph *paragraph)
{
  if (paragraph == NULL)
    return;
  g_ptr_array_unref (paragraph->lines);
  g_free (paragraph);
}

static double
line_height (const NakPdfParagraph *paragraph)
{
  return paragraph->size * paragraph->chain->leading;
}

double
nak_pdf_paragraph_get_height (const NakPdfParagraph *paragraph)
{
  return paragraph->lines->len * line_height (paragraph);
}

/* Draws the lines from `top` down, each baseline placed in its line box. */
void
nak_pdf_paragraph_draw (const NakPdfParagraph *paragraph,
                        HPDF_Page              page,
                        double                 x,
                        double                 top)
{
  double lh = line_height (paragraph);

  for (guint k = 0; k < paragraph->lines->len; k++)
    {
      const NakPdfLine *line = g_ptr_array_index (paragraph->lines, k);
      double baseline = top - k * lh - (lh - paragraph->size) / 2 - 0.8 * paragraph->size;

      nak_pdf_text_draw (page, paragraph->chain, line->text, x, baseline, paragraph->size);
    }
}
