/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Checks the catalogue's source files and compiles them into catalogue.sqlite. */
#define G_LOG_DOMAIN "Nak-Tools"

#include "config.h"

#include "catalogue/nak-catalogue-source.h"
#include "catalogue/nak-source-file.h"
#include "flow/nak-flow-paths.h"
#include "flow/nak-flow-source.h"
#include "nak-catalogue-writer.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Usage: nak-compile-catalogue DATA_DIR OUTPUT [DEPFILE]
 * On any problem it prints "FILE:LINE: reason" and exits 1, writing nothing:
 * a broken catalogue fails the build, never the kiosk. */

/* Every entry must come up on some way through the flow
 * (nak_flow_dup_reached_entries). */
static gboolean
check_reachable (NakCatalogueSource  *source,
                 NakFlow             *flow,
                 GError             **error)
{
  g_autoptr(GHashTable) reached = NULL;
  const char *foreign = NULL;

  for (guint i = 0; source->languages[i] != NULL; i++)
    if (!g_str_equal (source->languages[i], "ja"))
      foreign = source->languages[i];
  reached = nak_flow_dup_reached_entries (flow, source->entries, foreign);

  for (guint i = 0; i < source->entries->len; i++)
    {
      NakEntry *entry = g_ptr_array_index (source->entries, i);

      if (!g_hash_table_contains (reached, nak_entry_get_id (entry)))
        {
          g_autofree char *tags = g_strjoinv (";", (char **) nak_entry_get_tags (entry));
          g_autofree char *categories = g_strjoinv (";", (char **) nak_entry_get_categories (entry));

          g_set_error (error, NAK_SOURCE_ERROR, NAK_SOURCE_ERROR_UNREACHABLE_ENTRY,
                       "entries/%s.entry:1: no path through the flow ever recommends this entry "
                       "(categories=%s tags=%s): give it a tag that an answer adds",
                       nak_entry_get_id (entry), categories, *tags ? tags : "(none)");
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_depfile (const char          *depfile,
               const char          *output,
               const char          *dir,
               NakCatalogueSource  *source,
               NakFlow             *flow,
               GError             **error)
{
  GString *s = g_string_new (NULL);
  GPtrArray *steps = nak_flow_get_steps (flow);
  gboolean ok;

  /* Listing the folders too makes ninja notice a file added or removed. */
  g_string_append_printf (s, "%s: %s/catalogue.ini %s/entries %s/flow", output, dir, dir, dir);
  for (guint i = 0; i < source->entries->len; i++)
    g_string_append_printf (s, " \\\n %s/entries/%s.entry", dir,
                            nak_entry_get_id (g_ptr_array_index (source->entries, i)));
  for (guint i = 0; i < steps->len; i++)
    g_string_append_printf (s, " \\\n %s/flow/%s.step", dir,
                            ((NakStep *) g_ptr_array_index (steps, i))->id);
  g_string_append_c (s, '\n');
  ok = g_file_set_contents (depfile, s->str, s->len, error);
  g_string_free (s, TRUE);
  return ok;
}

typedef struct
{
  GString    *out;
  GHashTable *groups;   /* owner → GPtrArray of "field\x1f" lines, kept in order below */
} Template;

static void
collect_owner (const char *owner,
               const char *field,
               const char *lang,
               const char *value,
               gpointer    user_data)
{
  Template *t = user_data;

  if (g_str_equal (lang, "ja"))
    g_hash_table_add (t->groups, g_strdup_printf ("%s\x1f%s", owner, field));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* Prints translations/<lang>.ini as it should be: every group and key, the
 * Japanese and English as comments, and the current translation if any
 * (so a translator can start from it or fill the gaps). */
static void
print_template (NakCatalogueSource *source,
                const char         *lang)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Template t = { NULL, keys };
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *last_owner = NULL;

  nak_text_store_foreach (source->texts, collect_owner, &t);
  {
    GHashTableIter iter;
    gpointer key;

    list = g_ptr_array_new ();
    g_hash_table_iter_init (&iter, keys);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_ptr_array_add (list, key);
  }
  g_ptr_array_sort (list, compare_strings);
  for (guint i = 0; i < list->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (list, i), "\x1f", 2);
      const char *current = nak_text_store_get (source->texts, parts[0], parts[1], lang);

      if (g_strcmp0 (last_owner, parts[0]) != 0)
        {
          g_print ("\n[%s]\n", parts[0]);
          g_free (last_owner);
          last_owner = g_strdup (parts[0]);
        }
      g_print ("# ja: %s\n# en: %s\n%s=%s\n", nak_text_store_get (source->texts, parts[0], parts[1], "ja"),
               nak_text_store_get (source->texts, parts[0], parts[1], "en"), parts[1],
               current != NULL ? current : "");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(NakCatalogueSource) source = NULL;
  g_autoptr(NakFlow) flow = NULL;
  g_autoptr(GHashTable) tags = NULL;
  g_autoptr(GError) error = NULL;
  const char *dir, *output;
  gboolean reach_check = TRUE;

  setlocale (LC_ALL, "C.UTF-8");

  /* --no-reach-check: for a developer who wants to look at the results of
   * a catalogue that does not pass yet (never used by the build). */
  if (argc > 1 && g_str_equal (argv[1], "--no-reach-check"))
    {
      reach_check = FALSE;
      argv++;
      argc--;
    }

  /* --template LANG DATA_DIR: print translations/LANG.ini to fill in. */
  if (argc == 4 && g_str_equal (argv[1], "--template"))
    {
      g_autofree char *path = NULL;
      g_autoptr(NakSourceFile) existing = NULL;

      source = nak_catalogue_source_load_index (argv[3], &error);
      if (source == NULL ||
          !(flow = nak_flow_source_load (argv[3], (const char * const *) source->languages,
                                         source->texts, &error)))
        goto fail;
      tags = nak_flow_dup_known_tags (flow);
      if (!nak_catalogue_source_load_entries (source, tags, &error))
        goto fail;
      path = g_strdup_printf ("%s/translations/%s.ini", argv[3], argv[2]);
      existing = nak_source_file_load (path, path, NULL);
      if (existing != NULL)
        {
          g_auto(GStrv) groups = g_key_file_get_groups (existing->keyfile, NULL);

          for (guint i = 0; groups[i] != NULL; i++)
            {
              g_auto(GStrv) keys = g_key_file_get_keys (existing->keyfile, groups[i], NULL, NULL);

              for (guint k = 0; keys[k] != NULL; k++)
                {
                  g_autofree char *v = nak_source_file_get (existing, groups[i], keys[k]);

                  if (v != NULL)
                    nak_text_store_set (source->texts, groups[i], keys[k], argv[2], v);
                }
            }
        }
      print_template (source, argv[2]);
      return 0;
    }

  if (argc != 3 && argc != 4)
    {
      g_printerr ("usage: %s [--no-reach-check] DATA_DIR OUTPUT.sqlite [DEPFILE]\n", argv[0]);
      return 2;
    }
  dir = argv[1];
  output = argv[2];

  source = nak_catalogue_source_load_index (dir, &error);
  if (source == NULL)
    goto fail;

  flow = nak_flow_source_load (dir, (const char * const *) source->languages, source->texts,
                               &error);
  if (flow == NULL)
    goto fail;

  tags = nak_flow_dup_known_tags (flow);
  if (!nak_catalogue_source_load_entries (source, tags, &error))
    goto fail;

  if (!nak_catalogue_source_load_translations (source, &error))
    goto fail;

  if (reach_check && !check_reachable (source, flow, &error))
    goto fail;

  if (!nak_catalogue_write (source, flow, output, &error))
    goto fail;

  if (argc == 4 && !write_depfile (argv[3], output, dir, source, flow, &error))
    goto fail;

  g_print ("%s: %u entries, %u steps, %u texts in %u languages\n", output,
           source->entries->len, nak_flow_get_steps (flow)->len,
           nak_text_store_size (source->texts), g_strv_length (source->languages));
  return 0;

fail:
  g_printerr ("%s\n", error->message);
  return 1;
}
