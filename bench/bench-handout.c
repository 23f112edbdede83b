/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Time and size of a handout PDF (visitor language + Japanese, 8 entries), per language. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue/nak-catalogue.h"
#include "flow/nak-flow-db.h"
#include "flow/nak-matcher.h"
#include "flow/nak-session.h"
#include "i18n/nak-i18n.h"
#include "print/nak-handout.h"
#include "print/nak-pdf-writer.h"

/* One run = nak_pdf_writer_render() of a model already built: finding the
 * fonts, subsetting and embedding them, breaking and shaping every line,
 * QR codes, compressing. Issue 5's targets: ≤ 250 ms and ≤ 600 KB. When
 * the catalogue lacks a language's texts, the visitor's column is filled
 * with a sample sentence in that script, cut to the length of the English
 * text it stands for: the same amount of text to shape and wrap as a
 * translated catalogue gives. */

static const char *walk[] = {
  "me", "childrearing", "single", "add", "food_housing", "rent", "done",
};

static const struct { const char *lang; const char *sample; } samples[] = {
  { "zh_CN", "工作人员会倾听您在生活或情绪上的任何烦恼，并和您一起想办法。" },
  { "ko", "생활이나 마음에 관한 어떤 고민이든 전화로 들어 주고 함께 생각합니다. " },
  { "th", "เจ้าหน้าที่จะรับฟังทุกเรื่องที่คุณกังวล ทั้งเรื่องชีวิตประจำวันและความรู้สึก " },
  { "vi", "Nhân viên sẽ lắng nghe mọi lo lắng của bạn, về cuộc sống hằng ngày hay về cảm xúc. " },
  { "ne", "कर्मचारीले तपाईंको दैनिक जीवन वा भावनासम्बन्धी कुनै पनि चिन्ता सुन्छन्। " },
};

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static char *
sample_like (const char *sample,
             const char *text)
{
  glong want = g_utf8_strlen (text, -1), have = g_utf8_strlen (sample, -1);
  GString *s = g_string_new (NULL);

  for (glong i = 0; i < want; i++)
    {
      const char *c = g_utf8_offset_to_pointer (sample, i % have);

      g_string_append_len (s, c, g_utf8_next_char (c) - c);
    }
  return g_string_free (s, FALSE);
}

static void
fill_column (NakHandout *handout,
             const char *sample)
{
  for (guint b = 0; b < handout->blocks->len; b++)
    {
      NakHandoutBlock *block = g_ptr_array_index (handout->blocks, b);
      GPtrArray *sets[] = { block->head, block->rows };

      for (guint s = 0; s < G_N_ELEMENTS (sets); s++)
        for (guint r = 0; r < sets[s]->len; r++)
          {
            NakHandoutRow *row = g_ptr_array_index (sets[s], r);
            char *text = sample_like (sample, row->texts[0]);

            g_free (row->texts[0]);
            row->texts[0] = text;
          }
    }
}

static NakHandout *
build (NakCatalogue *catalogue,
       NakFlow      *flow,
       GDateTime    *now,
       const char   *lang)
{
  g_autoptr(NakSession) session = nak_session_new (flow, lang);
  g_autoptr(NakSituation) situation = NULL;
  g_autoptr(NakResult) result = NULL;
  g_auto(GStrv) languages = nak_handout_languages_for (lang);
  g_autoptr(GError) error = NULL;
  NakHandout *handout;

  for (guint i = 0; i < G_N_ELEMENTS (walk); i++)
    nak_session_choose (session, walk[i], NULL);
  situation = nak_session_dup_situation (session);
  result = nak_matcher_run (nak_catalogue_get_entries (catalogue), situation, now);
  /* Eight programs, as the issue measures. */
  if (result->items->len > 8)
    g_ptr_array_set_size (result->items, 8);
  handout = nak_handout_new_for_result (catalogue, session, result, now,
                                        (const char * const *) languages, "Bench Ward", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    if (g_str_equal (samples[i].lang, lang) && !nak_catalogue_has_language (catalogue, lang))
      fill_column (handout, samples[i].sample);
  return handout;
}

int
main (int   argc,
      char *argv[])
{
  static const char * const languages[] = {
    "en", "ja", "zh_CN", "ko", "pt_BR", "es", "tl", "th", "vi", "ne", "id",
  };
  const char *path = g_getenv ("NAK_CATALOGUE");
  guint runs = argc > 1 ? (guint) atoi (argv[1]) : 15;
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (9 * 3600);
  g_autoptr(GDateTime) now = g_date_time_new (tz, 2026, 11, 24, 11, 0, 0);
  g_autoptr(NakCatalogue) catalogue = NULL;
  g_autoptr(NakFlow) flow = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree double *ms = g_new (double, MAX (runs, 1));
  gboolean all_met = TRUE;

  nak_i18n_init (g_getenv ("NAK_LOCALEDIR"));
  catalogue = path != NULL ? nak_catalogue_new_for_path (path, &error) : NULL;
  if (catalogue == NULL)
    {
      fprintf (stderr, "bench-handout: set NAK_CATALOGUE to a catalogue.sqlite\n");
      return 2;
    }
  flow = nak_flow_new_from_catalogue (catalogue, &error);
  g_assert_no_error (error);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(NakHandout) handout = build (catalogue, flow, now, languages[l]);
      g_autoptr(GBytes) warm = nak_pdf_writer_render (handout, NAK_PAPER_A4, &error);
      gsize size;
      gboolean met;

      if (warm == NULL)
        {
          fprintf (stderr, "bench-handout: %s: %s\n", languages[l], error->message);
          return 1;
        }
      size = g_bytes_get_size (warm);
      for (guint i = 0; i < runs; i++)
        {
          gint64 t0 = g_get_monotonic_time ();
          g_autoptr(GBytes) pdf = nak_pdf_writer_render (handout, NAK_PAPER_A4, NULL);

          ms[i] = (g_get_monotonic_time () - t0) / 1000.0;
        }
      qsort (ms, runs, sizeof (double), compare_doubles);
      met = ms[runs / 2] <= 250.0 && size <= 600 * 1024;
      all_met = all_met && met;
      printf ("handout: %-5s%s  8 entries  median %6.1f ms  (max %6.1f ms)  %4zu KB  "
              "target ≤ 250 ms, ≤ 600 KB  %s\n",
              languages[l], g_str_equal (languages[l], "ja") ? "   " : "+ja", ms[runs / 2],
              ms[runs - 1], size / 1024, met ? "MET" : "MISSED");
    }
  printf ("handout: runs %u per language; all targets %s\n", runs, all_met ? "MET" : "MISSED");
  return 0;
}
