/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The fonts of one PDF: found by family name, subset to what is printed, loaded once. */
#define G_LOG_DOMAIN "Nak-Print"
#define _GNU_SOURCE  /* memfd_create */

#include "config.h"

#include "nak-pdf-fonts.h"
#include "nak-pdf-writer.h"

#include <errno.h>
#include <math.h>
#include <fontconfig/fontconfig.h>
#include <hb-subset.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* libharu 2.3 needs TrueType outlines ('glyf'); CFF fonts such as Noto Sans
 * CJK do not load, and some TrueType CJK fonts (wqy-microhei, Droid Sans
 * Fallback) embed with blank glyphs, so the families are chosen here on
 * purpose. libharu embeds nearly the whole font even when it marks it as a
 * subset (IPAGothic alone adds 250 KB and 90 ms, WQY Zen Hei 500 KB and
 * 200 ms), so each font is first cut down with hb-subset to the characters
 * the handout prints and handed to libharu through a memory file: nothing
 * touches the disk. */

typedef struct
{
  const char *family;
  gboolean    bold;
  const char *package;
  gboolean    shaped;
} FontSpec;

static const FontSpec font_specs[] = {
  { "IPAGothic", FALSE, "fonts-ipafont-gothic", FALSE },
  { "WenQuanYi Zen Hei", FALSE, "fonts-wqy-zenhei", FALSE },
  { "NanumGothic", FALSE, "fonts-nanum", FALSE },
  { "Noto Sans", FALSE, "fonts-noto-core", FALSE },
  { "Noto Sans", TRUE, "fonts-noto-core", FALSE },
  { "Noto Sans Thai", FALSE, "fonts-noto-core", TRUE },
  { "Noto Sans Devanagari", FALSE, "fonts-noto-core", TRUE },
};

typedef struct
{
  const char *language;  /* NULL: every other language (Latin script, Vietnamese) */
  const char *families[3];
  double      leading;   /* Thai and Devanagari stack marks above and below */
} ChainSpec;

static const ChainSpec chain_specs[] = {
  { "ja", { "IPAGothic", "Noto Sans" }, 1.45 },
  { "zh_CN", { "WenQuanYi Zen Hei", "Noto Sans" }, 1.45 },
  { "ko", { "NanumGothic", "Noto Sans", "IPAGothic" }, 1.45 },
  { "th", { "Noto Sans Thai", "Noto Sans", "IPAGothic" }, 1.65 },
  { "ne", { "Noto Sans Devanagari", "Noto Sans", "IPAGothic" }, 1.65 },
  { NULL, { "Noto Sans", "IPAGothic" }, 1.35 },
};

struct _NakPdfFonts
{
  GPtrArray   *fonts;   /* of NakPdfFont, owned */
  GPtrArray   *chains;  /* of NakPdfChain, owned */
  NakPdfChain *latin;   /* web addresses, page numbers */
  NakPdfChain *digits;  /* the large phone numbers */
};

static void
font_free (NakPdfFont *font)
{
  g_clear_pointer (&font->outlines, g_hash_table_unref);
  g_clear_pointer (&font->used, hb_set_destroy);
  g_clear_pointer (&font->font, hb_font_destroy);
  g_clear_pointer (&font->face, hb_face_destroy);
  g_clear_pointer (&font->blob, hb_blob_destroy);
  if (font->subset_fd >= 0)
    close (font->subset_fd);
  g_free (font->path);
  g_free (font);
}

static void
chain_free (NakPdfChain *chain)
{
  g_free (chain->language);
  g_ptr_array_unref (chain->fonts);
  g_free (chain);
}

void
nak_pdf_fonts_free (NakPdfFonts *fonts)
{
  if (fonts == NULL)
    return;
  /* Chains only point at fonts: free them first. */
  g_ptr_array_unref (fonts->chains);
  g_ptr_array_unref (fonts->fonts);
  g_free (fonts);
}

/* Whether fontconfig's best match is really the family asked for, not a
 * substitute: a substitute would print boxes or nothing. */
static gboolean
match_is_family (FcPattern  *match,
                 const char *family)
{
  FcChar8 *name;

  for (int i = 0; FcPatternGetString (match, FC_FAMILY, i, &name) == FcResultMatch; i++)
    if (g_ascii_strcasecmp ((const char *) name, family) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
find_file (const FontSpec *spec,
           char          **path,
           int            *index)
{
  FcPattern *pattern = FcPatternCreate ();
  FcPattern *match;
  FcResult result;
  FcChar8 *file = NULL;
  int weight = 0;
  gboolean found = FALSE;

  FcPatternAddString (pattern, FC_FAMILY, (const FcChar8 *) spec->family);
  FcPatternAddInteger (pattern, FC_WEIGHT, spec->bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
  FcPatternAddInteger (pattern, FC_SLANT, FC_SLANT_ROMAN);
  FcConfigSubstitute (NULL, pattern, FcMatchPattern);
  FcDefaultSubstitute (pattern);
  match = FcFontMatch (NULL, pattern, &result);
  if (match != NULL && match_is_family (match, spec->family) &&
      FcPatternGetString (match, FC_FILE, 0, &file) == FcResultMatch &&
      (!spec->bold || (FcPatternGetInteger (match, FC_WEIGHT, 0, &weight) == FcResultMatch &&
                       weight >= FC_WEIGHT_BOLD)))
    {
      *path = g_strdup ((const char *) file);
      if (FcPatternGetInteger (match, FC_INDEX, 0, index) != FcResultMatch)
        *index = 0;
      found = TRUE;
    }
  if (match != NULL)
    FcPatternDestroy (match);
  FcPatternDestroy (pattern);
  return found;
}

static NakPdfFont *
font_open (const FontSpec *spec,
           GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  NakPdfFont *font;
  hb_blob_t *glyf;
  gboolean outlines;

  font = g_new0 (NakPdfFont, 1);
  font->family = spec->family;
  font->package = spec->package;
  font->bold = spec->bold;
  font->shaped = spec->shaped;
  font->subset_fd = -1;
  if (!find_file (spec, &font->path, &font->index))
    {
      g_set_error (error, NAK_PDF_WRITER_ERROR, NAK_PDF_WRITER_ERROR_FONT_MISSING,
                   "The font “%s%s” is not installed (Debian package %s)", spec->family,
                   spec->bold ? " Bold" : "", spec->package);
      font_free (font);
      return NULL;
    }

  font->blob = hb_blob_create_from_file_or_fail (font->path);
  if (font->blob == NULL)
    {
      g_set_error (error, NAK_PDF_WRITER_ERROR, NAK_PDF_WRITER_ERROR_FONT_MISSING,
                   "The font file %s of “%s” cannot be read (Debian package %s)", font->path,
                   spec->family, spec->package);
      font_free (font);
      return NULL;
    }
  font->face = hb_face_create (font->blob, font->index);
  glyf = hb_face_reference_table (font->face, HB_TAG ('g', 'l', 'y', 'f'));
  outlines = hb_blob_get_length (glyf) > 0;
  hb_blob_destroy (glyf);
  if (!outlines)
    {
      g_set_error (error, NAK_PDF_WRITER_ERROR, NAK_PDF_WRITER_ERROR_FONT_UNUSABLE,
                   "The font “%s” (%s) has no TrueType outlines, which the PDF library needs "
                   "(Debian package %s)", spec->family, font->path, spec->package);
      font_free (font);
      return NULL;
    }
  font->upem = hb_face_get_upem (font->face);
  font->font = hb_font_create (font->face);
  font->used = hb_set_create ();
  if (font->shaped)
    font->outlines = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  return font;
}

static NakPdfFont *
get_font (NakPdfFonts *fonts,
          const char  *family,
          gboolean     bold,
          GError     **error)
{
  NakPdfFont *font;

  for (guint i = 0; i < fonts->fonts->len; i++)
    {
      font = g_ptr_array_index (fonts->fonts, i);
      if (g_str_equal (font->family, family) && font->bold == bold)
        return font;
    }
  for (guint i = 0; i < G_N_ELEMENTS (font_specs); i++)
    if (g_str_equal (font_specs[i].family, family) && font_specs[i].bold == bold)
      {
        font = font_open (&font_specs[i], error);
        if (font != NULL)
          g_ptr_array_add (fonts->fonts, font);
        return font;
      }
  g_assert_not_reached ();
  return NULL;
}

static NakPdfChain *
add_chain (NakPdfFonts        *fonts,
           const char         *language,
           const char * const *families,
           guint               n_families,
           gboolean            bold_first,
           double              leading,
           GError            **error)
{
  NakPdfChain *chain = g_new0 (NakPdfChain, 1);

  chain->language = g_strdup (language);
  chain->fonts = g_ptr_array_new ();
  chain->leading = leading;
  g_ptr_array_add (fonts->chains, chain);
  for (guint i = 0; i < n_families && families[i] != NULL; i++)
    {
      NakPdfFont *font = get_font (fonts, families[i], bold_first && i == 0, error);

      if (font == NULL)
        return NULL;
      g_ptr_array_add (chain->fonts, font);
    }
  return chain;
}

/* Finds every font the languages need; a missing one is an error that
 * names the font and its package. Runs on any thread. */
NakPdfFonts *
nak_pdf_fonts_new (const char * const *languages,
                   GError            **error)
{
  static const char * const latin[] = { "Noto Sans", "IPAGothic" };
  g_autoptr(NakPdfFonts) fonts = g_new0 (NakPdfFonts, 1);

  fonts->fonts = g_ptr_array_new_with_free_func ((GDestroyNotify) font_free);
  fonts->chains = g_ptr_array_new_with_free_func ((GDestroyNotify) chain_free);

  for (guint l = 0; languages[l] != NULL; l++)
    {
      const ChainSpec *spec = &chain_specs[G_N_ELEMENTS (chain_specs) - 1];

      for (guint i = 0; i < G_N_ELEMENTS (chain_specs); i++)
        if (g_strcmp0 (chain_specs[i].language, languages[l]) == 0)
          spec = &chain_specs[i];
      if (add_chain (fonts, languages[l], spec->families, G_N_ELEMENTS (spec->families), FALSE,
                     spec->leading, error) == NULL)
        return NULL;
    }
  fonts->latin = add_chain (fonts, "en", latin, G_N_ELEMENTS (latin), FALSE, 1.3, error);
  if (fonts->latin == NULL)
    return NULL;
  fonts->digits = add_chain (fonts, "en", latin, G_N_ELEMENTS (latin), TRUE, 1.2, error);
  if (fonts->digits == NULL)
    return NULL;
  return g_steal_pointer (&fonts);
}

NakPdfChain *
nak_pdf_fonts_get_chain (NakPdfFonts *fonts,
                         const char  *language)
{
  for (guint i = 0; i < fonts->chains->len; i++)
    {
      NakPdfChain *chain = g_ptr_array_index (fonts->chains, i);

      if (chain != fonts->latin && chain != fonts->digits &&
          g_str_equal (chain->language, language))
        return chain;
    }
  return fonts->latin;
}

NakPdfChain *
nak_pdf_fonts_get_latin (NakPdfFonts *fonts)
{
  return fonts->latin;
}

NakPdfChain *
nak_pdf_fonts_get_digits (NakPdfFonts *fonts)
{
  return fonts->digits;
}

static gboolean
font_has (NakPdfFont *font,
          gunichar    c)
{
  hb_codepoint_t glyph;

  return hb_font_get_nominal_glyph (font->font, c, &glyph);
}

/* The font that prints `c`. A combining mark stays with the font of the
 * character before it (`previous`), so that it can be shaped onto it;
 * spaces and controls too, so that runs do not break at every space. When
 * no font has the character, the chain's first font prints its .notdef. */
NakPdfFont *
nak_pdf_chain_pick (NakPdfChain *chain,
                    gunichar     c,
                    NakPdfFont  *previous)
{
  if (previous != NULL && (g_unichar_ismark (c) || c == ' ' || c == 0x200B || c == 0x200C ||
                           c == 0x200D) && font_has (previous, c))
    return previous;
  for (guint i = 0; i < chain->fonts->len; i++)
    {
      NakPdfFont *font = g_ptr_array_index (chain->fonts, i);

      if (font_has (font, c))
        return font;
    }
  return g_ptr_array_index (chain->fonts, 0);
}

/* Records the characters of `text` (NFC, as it will be printed) so that
 * each font's subset has them. Call for every text before loading. */
void
nak_pdf_fonts_note_text (NakPdfChain *chain,
                         const char  *text)
{
  NakPdfFont *previous = NULL;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        continue;
      previous = nak_pdf_chain_pick (chain, c, previous);
      hb_set_add (previous->used, c);
    }
}

static gboolean
load_subset (NakPdfFont *font,
             HPDF_Doc    pdf,
             GError    **error)
{
  hb_subset_input_t *input = hb_subset_input_create_or_fail ();
  hb_face_t *subset = NULL;
  hb_blob_t *data = NULL;
  const char *bytes;
  unsigned int length = 0;
  g_autofree char *fd_path = NULL;
  const char *name;
  gboolean ok = FALSE;

  if (input != NULL)
    {
      hb_set_union (hb_subset_input_unicode_set (input), font->used);
      subset = hb_subset_or_fail (font->face, input);
      hb_subset_input_destroy (input);
    }
  if (subset != NULL)
    {
      data = hb_face_reference_blob (subset);
      hb_face_destroy (subset);
    }
  bytes = data != NULL ? hb_blob_get_data (data, &length) : NULL;
  if (length == 0)
    {
      g_set_error (error, NAK_PDF_WRITER_ERROR, NAK_PDF_WRITER_ERROR_FONT_UNUSABLE,
                   "The font “%s” (%s) could not be cut to the printed characters",
                   font->family, font->path);
      goto out;
    }

  /* libharu reads fonts only from a path, and reads the file again when it
   * saves: the memory file stays open until the fonts are freed. */
  font->subset_fd = memfd_create ("nak-font", MFD_CLOEXEC);
  if (font->subset_fd < 0 || write (font->subset_fd, bytes, length) != (ssize_t) length)
    {
      g_set_error (error, NAK_PDF_WRITER_ERROR, NAK_PDF_WRITER_ERROR_FAILED,
                   "No memory file for the font “%s”: %s", font->family, g_strerror (errno));
      goto out;
    }
  fd_path = g_strdup_printf ("/proc/self/fd/%d", font->subset_fd);
  name = HPDF_LoadTTFontFromFile (pdf, fd_path, HPDF_TRUE);
  font->hpdf = name != NULL ? HPDF_GetFont (pdf, name, "UTF-8") : NULL;
  if (font->hpdf == NULL)
    {
      g_set_error (error, NAK_PDF_WRITER_ERROR, NAK_PDF_WRITER_ERROR_FONT_UNUSABLE,
                   "The PDF library cannot use the font “%s” (%s, error 0x%04lx)", font->family,
                   font->path, (unsigned long) HPDF_GetError (pdf));
      HPDF_ResetError (pdf);
      goto out;
    }
  ok = TRUE;

out:
  if (data != NULL)
    hb_blob_destroy (data);
  return ok;
}

/* Subsets and loads every font that prints at least one character. */
gboolean
nak_pdf_fonts_load (NakPdfFonts *fonts,
                    HPDF_Doc     pdf,
                    GError     **error)
{
  for (guint i = 0; i < fonts->fonts->len; i++)
    {
      NakPdfFont *font = g_ptr_array_index (fonts->fonts, i);

      if (font->hpdf == NULL && hb_set_get_population (font->used) > 0 &&
          !load_subset (font, pdf, error))
        return FALSE;
    }
  return TRUE;
}

/* Glyph outlines, recorded once per glyph from HarfBuzz's draw callbacks. */

static void
add_op (GArray        *ops,
        NakPdfPathKind kind,
        float          x0,
        float          y0,
        float          x1,
        float          y1,
        float          x2,
        float          y2)
{
  /* Whole font units: finer than any printer, and shorter in the PDF. */
  NakPdfPathOp op = { kind, { roundf (x0), roundf (x1), roundf (x2) },
                      { roundf (y0), roundf (y1), roundf (y2) } };

  g_array_append_val (ops, op);
}

static void
on_move_to (hb_draw_funcs_t *funcs, void *data, hb_draw_state_t *st,
            float x, float y, void *user_data)
{
  add_op (data, NAK_PDF_PATH_MOVE, x, y, 0, 0, 0, 0);
}

static void
on_line_to (hb_draw_funcs_t *funcs, void *data, hb_draw_state_t *st,
            float x, float y, void *user_data)
{
  add_op (data, NAK_PDF_PATH_LINE, x, y, 0, 0, 0, 0);
}

/* PDF has only cubic curves: raise the quadratic (TrueType) one exactly. */
static void
on_quadratic_to (hb_draw_funcs_t *funcs, void *data, hb_draw_state_t *st,
                 float cx, float cy, float x, float y, void *user_data)
{
  float x0 = st->current_x, y0 = st->current_y;

  add_op (data, NAK_PDF_PATH_CURVE, x0 + 2.f / 3.f * (cx - x0), y0 + 2.f / 3.f * (cy - y0),
          x + 2.f / 3.f * (cx - x), y + 2.f / 3.f * (cy - y), x, y);
}

static void
on_cubic_to (hb_draw_funcs_t *funcs, void *data, hb_draw_state_t *st,
             float c1x, float c1y, float c2x, float c2y, float x, float y, void *user_data)
{
  add_op (data, NAK_PDF_PATH_CURVE, c1x, c1y, c2x, c2y, x, y);
}

static void
on_close_path (hb_draw_funcs_t *funcs, void *data, hb_draw_state_t *st, void *user_data)
{
  add_op (data, NAK_PDF_PATH_CLOSE, 0, 0, 0, 0, 0, 0);
}

/* The outline of `glyph` in font units, y up; owned by the font. */
GArray *
nak_pdf_font_get_outline (NakPdfFont     *font,
                          hb_codepoint_t  glyph)
{
  GArray *ops;
  hb_draw_funcs_t *funcs;

  g_assert (font->shaped);
  ops = g_hash_table_lookup (font->outlines, GUINT_TO_POINTER (glyph));
  if (ops != NULL)
    return ops;

  funcs = hb_draw_funcs_create ();
  hb_draw_funcs_set_move_to_func (funcs, on_move_to, NULL, NULL);
  hb_draw_funcs_set_line_to_func (funcs, on_line_to, NULL, NULL);
  hb_draw_funcs_set_quadratic_to_func (funcs, on_quadratic_to, NULL, NULL);
  hb_draw_funcs_set_cubic_to_func (funcs, on_cubic_to, NULL, NULL);
  hb_draw_funcs_set_close_path_func (funcs, on_close_path, NULL, NULL);
  ops = g_array_new (FALSE, FALSE, sizeof (NakPdfPathOp));
  hb_font_get_glyph_shape (font->font, glyph, funcs, ops);
  hb_draw_funcs_destroy (funcs);
  g_hash_table_insert (font->outlines, GUINT_TO_POINTER (glyph), ops);
  return ops;
}
