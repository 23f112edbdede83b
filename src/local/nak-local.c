/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A town's own entries: loading them into the catalogue, and the staff commands. */
#define G_LOG_DOMAIN "Nak-Local"

#include "config.h"

#include "nak-local.h"
#include "nak-hsds-csv.h"
#include "nak-hsds-export.h"
#include "nak-hsds-import.h"
#include "nak-hsds-json.h"
#include "catalogue/nak-hours.h"
#include "flow/nak-flow-db.h"
#include "flow/nak-flow-paths.h"
#include "flow/nak-flow-source.h"
#include "settings/nak-settings.h"

#include <string.h>

/* The national catalogue cannot list a town's own desks and groups (the
 * Cabinet Office plan names this gap). Staff list them in one file, HSDS
 * 3.0 JSON or the one-sheet CSV (docs/staff.md), named by local-entries=
 * in the site settings. At start the kiosk reads it and adds its entries
 * to the catalogue, marked as this town's own. A file that breaks any rule
 * is refused whole with the line and the reason, and the kiosk carries on
 * with the national entries: a bad local file never takes the kiosk down. */

void
nak_local_set_free (NakLocalSet *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->texts, nak_text_store_free);
  g_clear_pointer (&self->lines, g_hash_table_unref);
  g_free (self);
}

/* Inside the Flatpak the host's /etc is at /run/host/etc (host-etc:ro in
 * flatpak/jp.notalone.Kiosk.json), while the settings name the file as staff
 * see it on the host: /etc/notalone-kiosk/local.csv. */
static char *
dup_host_path (const char *path)
{
  if (g_str_has_prefix (path, "/etc/") && g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    return g_build_filename ("/run/host", path, NULL);
  return g_strdup (path);
}

static NakHsdsDoc *
load_doc (const char  *path,
          GError     **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".json"))
    return nak_hsds_json_load (path, error);
  if (g_str_has_suffix (lower, ".csv"))
    return nak_hsds_csv_load (path, error);
  g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_READ,
               "%s: the name must end in .json (HSDS JSON) or .csv (the one-sheet form)", path);
  return NULL;
}

/* The national rule that every entry can be recommended by some way
 * through the questions (tools/nak-compile-catalogue.c), for a town's
 * entries: each is matched among the town's entries alone, so that it is
 * judged on what it says, not crowded out by national ones. */
static gboolean
check_reachable (NakLocalSet  *set,
                 NakFlow      *flow,
                 const char   *display,
                 const char   *foreign,
                 GError      **error)
{
  g_autoptr(GHashTable) reached = nak_flow_dup_reached_entries (flow, set->entries, foreign);

  for (guint i = 0; i < set->entries->len; i++)
    {
      const char *id = nak_entry_get_id (g_ptr_array_index (set->entries, i));

      if (!g_hash_table_contains (reached, id))
        {
          g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_INVALID,
                       "%s:%u: no answers to the questions ever lead to this service: give it "
                       "a tag that an answer adds, or a category with audience all",
                       display, GPOINTER_TO_UINT (g_hash_table_lookup (set->lines, id)));
          return FALSE;
        }
    }
  return TRUE;
}

/* Reads and checks the file at `path` against `catalogue`: its languages,
 * the tags its flow knows, its entry ids (a local id may not shadow one).
 * `languages` are those the kiosk offers (settings languages=; NULL: all of
 * the catalogue's): every text must be written in each of them that the
 * catalogue has, Japanese always. */
NakLocalSet *
nak_local_set_load (NakCatalogue        *catalogue,
                    const char          *path,
                    const char * const  *languages,
                    GError             **error)
{
  g_autofree char *host_path = NULL;
  g_autoptr(NakHsdsDoc) doc = NULL;
  g_autoptr(NakFlow) flow = NULL;
  g_autoptr(GHashTable) tags = NULL;
  g_autoptr(GHashTable) taken = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDateTime) now = nak_hours_dup_now ();
  g_autoptr(GTimeZone) tz = nak_hours_get_time_zone ();
  g_autoptr(GDateTime) local_now = g_date_time_to_timezone (now, tz);
  g_autofree char *today = g_date_time_format (local_now, "%Y-%m-%d");
  g_autoptr(GStrvBuilder) required = g_strv_builder_new ();
  g_auto(GStrv) required_list = NULL;
  g_autoptr(NakLocalSet) set = NULL;
  const char *foreign = NULL;
  const char * const *all;
  GPtrArray *entries;
  NakHsdsRules rules = { NULL };

  g_return_val_if_fail (NAK_IS_CATALOGUE (catalogue), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  host_path = dup_host_path (path);
  doc = load_doc (host_path, error);
  if (doc == NULL)
    return NULL;
  flow = nak_flow_new_from_catalogue (catalogue, error);
  if (flow == NULL)
    return NULL;
  tags = nak_flow_dup_known_tags (flow);

  entries = nak_catalogue_get_entries (catalogue);
  for (guint i = 0; i < entries->len; i++)
    g_hash_table_add (taken, (char *) nak_entry_get_id (g_ptr_array_index (entries, i)));

  all = nak_catalogue_get_languages (catalogue);
  for (guint i = 0; all[i] != NULL; i++)
    if (g_str_equal (all[i], "ja") || languages == NULL || g_strv_contains (languages, all[i]))
      g_strv_builder_add (required, all[i]);
  required_list = g_strv_builder_end (required);

  rules.languages = all;
  rules.required = (const char * const *) required_list;
  rules.known_tags = tags;
  rules.taken_ids = taken;
  rules.today = today;
  set = nak_hsds_import (doc, &rules, error);
  if (set == NULL)
    return NULL;

  /* Foreign visitors see other lines: walk the paths in one foreign
   * language too, as the national check does. */
  for (guint i = 0; all[i] != NULL && foreign == NULL; i++)
    if (!g_str_equal (all[i], "ja"))
      foreign = all[i];
  if (!check_reachable (set, flow, doc->display, foreign, error))
    return NULL;
  return g_steal_pointer (&set);
}

/* For the application at start, with the site settings: `path` is
 * local-entries=, `languages` languages=, `local_first` local-first=. Adds
 * the file's entries to `catalogue`, ranked first where they fit when
 * `local_first`. Never fails the kiosk: on any problem it logs a warning,
 * adds it to `warnings` (of char*, for the staff screen; may be NULL),
 * leaves the catalogue as it was and returns FALSE. A NULL or empty path
 * means no local file: TRUE, nothing done. */
gboolean
nak_local_load_into_catalogue (NakCatalogue       *catalogue,
                               const char         *path,
                               const char * const *languages,
                               gboolean            local_first,
                               GPtrArray          *warnings)
{
  g_autoptr(NakLocalSet) set = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (NAK_IS_CATALOGUE (catalogue), FALSE);

  if (path == NULL || *path == '\0')
    return TRUE;
  set = nak_local_set_load (catalogue, path, languages, &error);
  if (set == NULL ||
      !nak_catalogue_add_local_entries (catalogue, set->entries, set->texts, local_first, &error))
    {
      nak_settings_warn (warnings, "The local entries were not loaded, the kiosk shows the national ones "
                      "only: %s", error->message);
      return FALSE;
    }
  g_message ("%u local entries loaded from %s", set->entries->len, path);
  return TRUE;
}

/* --import-local FILE: checks the file as the kiosk would load it, with
 * the languages of the site settings. Prints "N entries OK" (exit 0) or the
 * line and the reason (exit 1). */
int
nak_local_cli_import (NakCatalogue *catalogue,
                      const char   *path,
                      FILE         *out,
                      FILE         *err)
{
  g_autoptr(NakLocalSet) set = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(NakSettings) settings = NULL;

  g_return_val_if_fail (NAK_IS_CATALOGUE (catalogue), 2);

  settings = nak_settings_load_default (warnings);
  set = nak_local_set_load (catalogue, path, (const char * const *) settings->languages, &error);
  if (set == NULL)
    {
      fprintf (err, "%s\n", error->message);
      return 1;
    }
  fprintf (out, "%u entries OK", set->entries->len);
  if (set->skipped > 0)
    fprintf (out, " (%u not active, left out)", set->skipped);
  fprintf (out, "\n");
  return 0;
}

/* --export-hsds DIR: writes DIR/services.json and DIR/services.csv. */
int
nak_local_cli_export (NakCatalogue *catalogue,
                      const char   *dir,
                      FILE         *out,
                      FILE         *err)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_return_val_if_fail (NAK_IS_CATALOGUE (catalogue), 2);

  if (!nak_hsds_export (catalogue, dir, &n, &error))
    {
      fprintf (err, "%s\n", error->message);
      return 1;
    }
  fprintf (out, "%u services written to %s/services.json and %s/services.csv\n", n, dir, dir);
  return 0;
}
