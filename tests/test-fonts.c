/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every text of every language is drawn with a font that has its glyphs. */
#include "config.h"

#include <pango/pangofc-fontmap.h>
#include <pango/pangoft2.h>
#include <string.h>

#include "catalogue/nak-catalogue.h"
#include "i18n/nak-languages.h"

/* For each language: the font families the interface asks for (read from
 * ui/style.css, the rule for the language's CSS class), every catalogue text
 * in that language and every translated interface string (po/LANG.po). Each
 * character must be covered by the font Pango picks for it, and Han
 * characters by the language's own CJK face (the right glyph forms). */

static char *
families_for (const char *css_class)
{
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "ui", "style.css",
                                            NULL);
  g_autofree char *css = NULL;
  g_autofree char *needle = g_strdup_printf ("shell.%s {", css_class);
  const char *rule, *start, *end;

  g_assert_true (g_file_get_contents (path, &css, NULL, NULL));
  rule = strstr (css, needle);
  g_assert_nonnull (rule);
  start = strstr (rule, "font-family:");
  g_assert_nonnull (start);
  start += strlen ("font-family:");
  end = strchr (start, ';');
  {
    g_autofree char *list = g_strndup (start, end - start);

    g_strdelimit (list, "\"", ' ');
    return g_strstrip (g_strdup (list));
  }
}

static void
add_po_strings (GString    *all,
                const char *lang)
{
  g_autofree char *path = NULL;
  g_autofree char *po = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean in_str = FALSE;

  path = g_strdup_printf ("%s/../po/%s.po", g_getenv ("G_TEST_SRCDIR"), lang);
  if (!g_file_get_contents (path, &po, NULL, NULL))
    return;   /* English has no .po to check */
  lines = g_strsplit (po, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *l = lines[i];

      if (g_str_has_prefix (l, "msgstr"))
        in_str = TRUE;
      else if (!g_str_has_prefix (l, "\""))
        in_str = FALSE;
      if (in_str && strchr (l, '"') != NULL)
        g_string_append (all, strchr (l, '"'));
    }
}

typedef struct
{
  GString    *all;
  const char *lang;
} Collect;

static void
check_language (gconstpointer data)
{
  const NakLanguage *lang = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(NakCatalogue) catalogue = nak_catalogue_new_for_path (g_getenv ("NAK_CATALOGUE"),
                                                                  &error);
  g_autoptr(PangoFontMap) map = pango_ft2_font_map_new ();
  g_autoptr(GObject) context_obj = G_OBJECT (pango_font_map_create_context (map));
  PangoContext *context = PANGO_CONTEXT (context_obj);
  g_autofree char *families = families_for (lang->css_class);
  PangoFontDescription *desc = pango_font_description_from_string (families);
  PangoLanguage *planguage = pango_language_from_string (lang->pango_lang);
  g_autoptr(GObject) fontset_obj = NULL;
  PangoFontset *fontset;
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GHashTable) missing = g_hash_table_new (NULL, NULL);
  GPtrArray *entries;
  g_autofree char *first_family = NULL;

  g_assert_no_error (error);
  pango_font_description_set_size (desc, 24 * PANGO_SCALE);
  fontset = pango_font_map_load_fontset (map, context, desc, planguage);
  fontset_obj = G_OBJECT (fontset);
  g_assert_nonnull (fontset);
  {
    g_auto(GStrv) list = g_strsplit (families, ",", -1);

    first_family = g_strstrip (g_strdup (list[0]));
  }

  /* The catalogue's texts in this language … */
  entries = nak_catalogue_get_entries (catalogue);
  for (guint i = 0; i < entries->len; i++)
    {
      const char *fields[] = { "name", "summary", "say", "note.1", "note.2", "audience_text" };

      for (guint k = 0; k < G_N_ELEMENTS (fields); k++)
        {
          const char *t = nak_catalogue_get_entry_text (catalogue, g_ptr_array_index (entries, i),
                                                        fields[k], lang->code);

          if (t != NULL)
            g_string_append (all, t);
        }
    }
  /* … the language's own name on its button, and the interface strings. */
  g_string_append (all, lang->native_name);
  add_po_strings (all, lang->code);

  for (const char *p = all->str; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      g_autoptr(PangoFont) font = NULL;
      gboolean han = (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);

      if (c < 0x20 || c == '\\' || g_unichar_type (c) == G_UNICODE_FORMAT ||
          g_unichar_iszerowidth (c))
        continue;
      font = pango_fontset_get_font (fontset, c);
      if (font == NULL || !pango_font_has_char (font, c))
        g_hash_table_add (missing, GUINT_TO_POINTER (c));
      else if (han && (g_str_equal (lang->code, "ja") || g_str_equal (lang->code, "zh_CN") ||
                       g_str_equal (lang->code, "ko")))
        {
          /* Han characters must come from the language's own face. */
          PangoFontDescription *got = pango_font_describe (font);

          if (g_ascii_strcasecmp (pango_font_description_get_family (got), first_family) != 0)
            g_hash_table_add (missing, GUINT_TO_POINTER (c));
          pango_font_description_free (got);
        }
    }

  if (g_hash_table_size (missing) > 0)
    {
      GString *list = g_string_new (NULL);
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, missing);
      while (g_hash_table_iter_next (&iter, &key, NULL) && list->len < 200)
        g_string_append_printf (list, "U+%04X ", GPOINTER_TO_UINT (key));
      g_error ("%s (%s): %u characters would fall back to a font without them: %s", lang->code,
               families, g_hash_table_size (missing), list->str);
    }
  pango_font_description_free (desc);
}

int
main (int   argc,
      char *argv[])
{
  guint n;
  const NakLanguage *langs = nak_languages_get_all (&n);

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("/nak/fonts/cover/%s", langs[i].code);

      g_test_add_data_func (path, &langs[i], check_language);
    }
  return g_test_run ();
}
