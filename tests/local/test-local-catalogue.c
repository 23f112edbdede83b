/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Local entries in the running catalogue: shown first and labelled; the export round-trips. */
#define _GNU_SOURCE  /* open_memstream */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "flow/nak-explain.h"
#include "flow/nak-matcher.h"
#include "flow/nak-session.h"
#include "i18n/nak-i18n.h"
#include "local/nak-local.h"
#include "nak-test-util.h"

#define TODAY "2026-11-23T12:00:00"

/* The fixtures are written for a kiosk that offers Japanese and English. */
static const char * const ja_en[] = { "ja", "en", NULL };
#define DESK "local_5d3f0a4e_1c2b_4b7a_9e61_0f4c8a2d7b10"

static char *
data_path (const char *name)
{
  return g_build_filename (TEST_LOCAL_DATA_DIR, name, NULL);
}

static NakCatalogue *
catalogue_with_local (const char *file,
                      gboolean    local_first)
{
  NakCatalogue *catalogue = nak_test_open_catalogue ();
  g_autofree char *path = data_path (file);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (nak_local_load_into_catalogue (catalogue, path, ja_en, local_first, warnings));
  g_assert_cmpuint (warnings->len, ==, 0);
  return catalogue;
}

static NakResult *
run (NakCatalogue *catalogue,
     const char   *answers)
{
  g_autoptr(NakFlow) flow = nak_test_load_flow (catalogue);
  g_autoptr(GDateTime) now = nak_test_jst (2026, 11, 24, 11, 0);

  return nak_test_run_answers (catalogue, flow, "en", answers, now);
}

static void
test_added (void)
{
  g_autoptr(NakCatalogue) catalogue = nak_test_open_catalogue ();
  guint national = nak_catalogue_get_entries (catalogue)->len;
  g_autofree char *path = data_path ("good.json");

  g_assert_true (nak_local_load_into_catalogue (catalogue, path, ja_en, TRUE, NULL));
  g_assert_cmpuint (nak_catalogue_get_entries (catalogue)->len, ==, national + 3);
  g_assert_cmpuint (nak_catalogue_get_n_local (catalogue), ==, 3);
  g_assert_true (nak_catalogue_is_local (catalogue, "local_ibasho_minna"));
  g_assert_false (nak_catalogue_is_local (catalogue, "police_110"));
  g_assert_false (nak_catalogue_is_local (catalogue, "local_closed_desk"));
  g_assert_cmpstr (nak_catalogue_get_text (catalogue, "entry:local_ibasho_minna", "name", "en"),
                   ==, "Everyone's Ibasho (a place to be)");
  g_assert_cmpstr (nak_catalogue_get_text (catalogue, "entry:local_ibasho_minna", "name", "ja"),
                   ==, "みんなのいばしょ");
  /* A language the kiosk does not offer reads the English, never nothing. */
  g_assert_cmpstr (nak_catalogue_get_text (catalogue, "entry:local_ibasho_minna", "name", "vi"),
                   ==, "Everyone's Ibasho (a place to be)");
  /* National texts are untouched, in both languages. */
  g_assert_nonnull (nak_catalogue_get_text (catalogue, "entry:police_110", "name", "en"));
}

/* The same file twice: the ids are taken now, so the second load is
 * refused, with a warning for staff, and the catalogue stays as it was. */
static void
test_refused_keeps_catalogue (void)
{
  g_autoptr(NakCatalogue) catalogue = catalogue_with_local ("good.json", TRUE);
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *bad = g_build_filename (g_get_tmp_dir (), "broken.json", NULL);
  guint before = nak_catalogue_get_entries (catalogue)->len;
  g_autofree char *path = data_path ("good.json");

  g_file_set_contents (bad, "[ { \"id\": \"x\", \"name\": \"x\" ", -1, NULL);
  g_test_expect_message ("Nak-Local", G_LOG_LEVEL_WARNING, "*broken.json:1:*");
  g_assert_false (nak_local_load_into_catalogue (catalogue, bad, ja_en, TRUE, warnings));
  g_test_expect_message ("Nak-Local", G_LOG_LEVEL_WARNING,
                         "*good.json:*is already an entry of the catalogue*");
  g_assert_false (nak_local_load_into_catalogue (catalogue, path, ja_en, TRUE, warnings));
  g_test_assert_expected_messages ();

  g_assert_cmpuint (warnings->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (warnings, 0), "national ones only"));
  g_assert_cmpuint (nak_catalogue_get_entries (catalogue)->len, ==, before);
  g_assert_cmpuint (nak_catalogue_get_n_local (catalogue), ==, 3);
  /* No local-entries= in the settings: nothing to do, nothing to warn. */
  g_assert_true (nak_local_load_into_catalogue (catalogue, NULL, ja_en, TRUE, warnings));
  g_assert_cmpuint (warnings->len, ==, 2);
}

static const NakRecommendation *
find (NakResult  *result,
      const char *id,
      int        *index)
{
  *index = nak_result_index_of (result, id);
  g_assert_cmpint (*index, >=, 0);
  return g_ptr_array_index (result->items, *index);
}

static void
test_local_first (void)
{
  g_autoptr(NakCatalogue) first = catalogue_with_local ("good.json", TRUE);
  g_autoptr(NakCatalogue) plain = catalogue_with_local ("good.json", FALSE);
  g_autoptr(NakResult) lonely = run (first, "me,nowhere_to_talk,lonely,done");
  g_autoptr(NakResult) lonely_plain = run (plain, "me,nowhere_to_talk,lonely,done");
  g_autoptr(NakResult) rent = run (first, "me,food_housing,rent,done");
  g_autoptr(NakResult) work = run (first, "me,work,lost_job,done");
  g_autofree char *words = NULL;
  const NakRecommendation *rec, *rec_plain;
  int i, i_plain;

  /* Where a town's entry fits, it comes first, and says why. */
  rec = find (lonely, "local_ibasho_minna", &i);
  g_assert_cmpint (i, ==, 0);
  g_assert_cmpint (g_array_index (rec->reasons, NakReason, 0).kind, ==, NAK_REASON_LOCAL);
  words = nak_explain_dup_reasons (first, rec, "en");
  g_assert_true (g_str_has_prefix (words, "This town's own service"));
  rec = find (rent, DESK, &i);
  g_assert_cmpint (i, ==, 0);

  /* local-first=false: still labelled, but ranked like a national entry. */
  rec_plain = find (lonely_plain, "local_ibasho_minna", &i_plain);
  g_assert_cmpint (g_array_index (rec_plain->reasons, NakReason, 0).kind, ==, NAK_REASON_LOCAL);
  rec = find (lonely, "local_ibasho_minna", &i);
  g_assert_cmpint (rec->score - rec_plain->score, ==, 50);

  /* Where it does not fit, it is not shown at all. */
  g_assert_cmpint (nak_result_index_of (work, "local_ibasho_minna"), ==, -1);
  g_assert_cmpint (nak_result_index_of (work, DESK), ==, -1);
}

/* Every fact and text the kiosk uses survives export and import. */
static void
compare_entries (NakCatalogue *national,
                 NakEntry     *a,
                 NakLocalSet  *set,
                 NakEntry     *b)
{
  static const char *fields[] = { "name", "summary", "organisation", "audience_text",
                                  "cost_text", "say" };
  const char * const *langs = nak_catalogue_get_languages (national);
  g_autofree char *owner_b = g_strdup_printf ("entry:%s", nak_entry_get_id (b));
  GPtrArray *ca = nak_entry_get_channels (a);
  GPtrArray *cb = nak_entry_get_channels (b);
  const char * const *(*lists[]) (NakEntry *) = {
    nak_entry_get_categories, nak_entry_get_audience, nak_entry_get_tags,
    nak_entry_get_languages,
  };

  g_assert_cmpint (nak_entry_get_kind (a), ==, nak_entry_get_kind (b));
  g_assert_cmpstr (nak_entry_get_cost (a), ==, nak_entry_get_cost (b));
  g_assert_cmpstr (nak_entry_get_url (a), ==, nak_entry_get_url (b));
  g_assert_cmpstr (nak_entry_get_source (a), ==, nak_entry_get_source (b));
  g_assert_cmpstr (nak_entry_get_checked (a), ==, nak_entry_get_checked (b));
  g_assert_cmpstr (nak_entry_get_confidence (a), ==, nak_entry_get_confidence (b));
  g_assert_cmpint (nak_entry_get_general (a), ==, nak_entry_get_general (b));
  g_assert_cmpint (nak_entry_get_emergency (a), ==, nak_entry_get_emergency (b));
  g_assert_cmpint (nak_entry_get_priority (a), ==, nak_entry_get_priority (b));
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    g_assert_true (g_strv_equal (lists[l] (a), lists[l] (b)));

  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    for (guint k = 0; langs[k] != NULL; k++)
      g_assert_cmpstr (nak_catalogue_get_entry_text (national, a, fields[f], langs[k]), ==,
                       nak_text_store_get (set->texts, owner_b, fields[f], langs[k]));

  g_assert_cmpuint (ca->len, ==, cb->len);
  for (guint i = 0; i < ca->len; i++)
    {
      NakChannel *x = g_ptr_array_index (ca, i);
      NakChannel *y = g_ptr_array_index (cb, i);
      g_autofree char *note = g_strdup_printf ("note.%u", x->index);

      g_assert_cmpint (x->type, ==, y->type);
      g_assert_cmpuint (x->index, ==, y->index);
      g_assert_cmpstr (x->number, ==, y->number);
      g_assert_cmpstr (x->hours_spec, ==, y->hours_spec);
      g_assert_cmpstr (x->closed_spec, ==, y->closed_spec);
      g_assert_cmpstr (x->windows_spec, ==, y->windows_spec);
      for (guint k = 0; langs[k] != NULL; k++)
        g_assert_cmpstr (nak_catalogue_get_entry_text (national, a, note, langs[k]), ==,
                         nak_text_store_get (set->texts, owner_b, note, langs[k]));
    }
}

static void
round_trip (const char *file)
{
  g_autoptr(NakCatalogue) national = nak_test_open_catalogue ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nak-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autoptr(NakLocalSet) set = NULL;
  GPtrArray *entries = nak_catalogue_get_entries (national);
  char *out_text = NULL;
  size_t out_len = 0;
  FILE *out = open_memstream (&out_text, &out_len);
  int status;

  status = nak_local_cli_export (national, dir, out, stderr);
  fclose (out);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out_text, " services written to "));
  free (out_text);

  set = nak_local_set_load (national, path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (set->entries->len, ==, entries->len);
  for (guint i = 0; i < entries->len; i++)
    {
      NakEntry *a = g_ptr_array_index (entries, i);
      const char *name = nak_catalogue_get_entry_text (national, a, "name", "ja");
      NakEntry *b = NULL;

      for (guint k = 0; k < set->entries->len && b == NULL; k++)
        {
          NakEntry *candidate = g_ptr_array_index (set->entries, k);
          g_autofree char *owner = g_strdup_printf ("entry:%s", nak_entry_get_id (candidate));

          if (g_strcmp0 (nak_text_store_get (set->texts, owner, "name", "ja"), name) == 0)
            b = candidate;
        }
      g_assert_nonnull (b);
      compare_entries (national, a, set, b);
    }
}

static void
test_round_trip_json (void)
{
  round_trip ("services.json");
}

static void
test_round_trip_csv (void)
{
  round_trip ("services.csv");
}

/* The JSON is an HSDS API page whose services carry HSDS's required fields. */
static void
test_export_is_hsds (void)
{
  g_autoptr(NakCatalogue) national = nak_test_open_catalogue ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nak-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "services.json", NULL);
  g_autoptr(GRegex) uuid = g_regex_new ("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}"
                                        "-[0-9a-f]{12}$", 0, 0, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  FILE *quiet = fopen ("/dev/null", "w");
  JsonObject *page;
  JsonArray *contents;

  g_assert_cmpint (nak_local_cli_export (national, dir, quiet, stderr), ==, 0);
  fclose (quiet);
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  page = json_node_get_object (json_parser_get_root (parser));
  contents = json_object_get_array_member (page, "contents");
  g_assert_cmpint (json_object_get_int_member (page, "total_items"), ==,
                   json_array_get_length (contents));
  g_assert_cmpuint (json_array_get_length (contents), ==,
                    nak_catalogue_get_entries (national)->len);
  for (guint i = 0; i < json_array_get_length (contents); i++)
    {
      JsonObject *s = json_array_get_object_element (contents, i);
      const char *id = json_object_get_string_member (s, "id");
      JsonArray *phones = json_object_get_array_member (s, "phones");

      g_assert_true (g_regex_match (uuid, id, 0, NULL));
      g_assert_true (g_hash_table_add (ids, (char *) id));
      g_assert_nonnull (json_object_get_string_member (s, "name"));
      g_assert_cmpstr (json_object_get_string_member (s, "status"), ==, "active");
      for (guint k = 0; k < json_array_get_length (phones); k++)
        {
          JsonObject *p = json_array_get_object_element (phones, k);

          g_assert_true (g_regex_match (uuid, json_object_get_string_member (p, "id"), 0, NULL));
          g_assert_nonnull (json_object_get_string_member (p, "number"));
        }
    }
}

static void
test_cli_import (void)
{
  g_autoptr(NakCatalogue) catalogue = nak_test_open_catalogue ();
  g_autofree char *good = data_path ("good.csv");
  g_autofree char *bad = g_build_filename (g_get_tmp_dir (), "bad.csv", NULL);
  g_autofree char *conf = g_build_filename (g_get_tmp_dir (), "kiosk.conf", NULL);
  char *out_text = NULL, *err_text = NULL;
  size_t out_len = 0, err_len = 0;
  FILE *out = open_memstream (&out_text, &out_len);
  FILE *err = open_memstream (&err_text, &err_len);

  /* The check uses the languages the site offers. */
  g_file_set_contents (conf, "[Kiosk]\nlanguages=ja;en\n", -1, NULL);
  g_setenv ("NAK_SETTINGS", conf, TRUE);

  g_assert_cmpint (nak_local_cli_import (catalogue, good, out, err), ==, 0);
  fflush (out);
  g_assert_cmpstr (out_text, ==, "3 entries OK (1 not active, left out)\n");

  g_file_set_contents (bad, "id,name,assured_date,x_source,x_cost\n"
                            "x,x,2026-01-01,https://a.example/,gratis\n", -1, NULL);
  g_assert_cmpint (nak_local_cli_import (catalogue, bad, out, err), ==, 1);
  fclose (out);
  fclose (err);
  g_assert_true (g_str_has_prefix (err_text, "bad.csv:2: 'x_cost': 'gratis' is not a cost"));
  free (out_text);
  free (err_text);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("NAK_NOW", TODAY, TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  nak_i18n_init (g_getenv ("NAK_LOCALEDIR"));

  g_test_add_func ("/local/catalogue/entries-and-texts-are-added", test_added);
  g_test_add_func ("/local/catalogue/refused-file-keeps-what-it-had",
                   test_refused_keeps_catalogue);
  g_test_add_func ("/local/matcher/town-entries-come-first-where-they-fit", test_local_first);
  g_test_add_func ("/local/export/json-round-trips", test_round_trip_json);
  g_test_add_func ("/local/export/csv-round-trips", test_round_trip_csv);
  g_test_add_func ("/local/export/json-is-an-hsds-page", test_export_is_hsds);
  g_test_add_func ("/local/cli/import-says-ok-or-line-and-reason", test_cli_import);
  return g_test_run ();
}
