/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Opening the catalogue: good files load, bad files give a clear error. */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "nak-test-util.h"

static char *
copy_catalogue (const char *dir)
{
  g_autofree char *contents = NULL;
  gsize length;
  char *path = g_build_filename (dir, "catalogue.sqlite", NULL);

  g_assert_true (g_file_get_contents (g_getenv ("NAK_CATALOGUE"), &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

/* A scratch folder with a copy of the real catalogue, removed afterwards. */
typedef struct
{
  char *dir;
  char *path;
} Scratch;

static void
scratch_set_up (Scratch       *s,
                gconstpointer  data)
{
  s->dir = g_dir_make_tmp ("nak-XXXXXX", NULL);
  s->path = copy_catalogue (s->dir);
}

static void
scratch_tear_down (Scratch       *s,
                   gconstpointer  data)
{
  g_unlink (s->path);
  g_rmdir (s->dir);
  g_free (s->path);
  g_free (s->dir);
}

static void
sql (const char *path,
     const char *statement)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, statement, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
expect_error (const char        *path,
              NakCatalogueError  code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NakCatalogue) catalogue = nak_catalogue_new_for_path (path, &error);

  g_assert_null (catalogue);
  g_assert_error (error, NAK_CATALOGUE_ERROR, (int) code);
  /* The message names the file, for staff. */
  g_assert_nonnull (strstr (error->message, path));
}

static void
test_real_catalogue_loads (void)
{
  g_autoptr(NakCatalogue) catalogue = nak_test_open_catalogue ();
  NakEntry *entry;

  g_assert_cmpuint (nak_catalogue_get_entries (catalogue)->len, >=, 80);
  g_assert_cmpuint (nak_catalogue_get_categories (catalogue)->len, ==, 12);
  g_assert_true (nak_catalogue_has_language (catalogue, "ja"));
  g_assert_true (nak_catalogue_has_language (catalogue, "en"));
  g_assert_cmpstr (nak_catalogue_get_date (catalogue), ==, "2026-11-23");

  entry = nak_catalogue_get_entry (catalogue, "inochi_denwa_free");
  g_assert_nonnull (entry);
  g_assert_cmpstr (nak_entry_get_main_phone (entry), ==, "0120-783-556");
  g_assert_nonnull (strstr (nak_catalogue_get_entry_text (catalogue, entry, "name", "ja"),
                            "いのちの電話"));
  g_assert_nonnull (strstr (nak_catalogue_get_entry_text (catalogue, entry, "name", "en"),
                            "Inochi"));
  g_assert_nonnull (nak_entry_get_source (entry));
}

static void
test_every_entry_has_source_and_date (void)
{
  g_autoptr(NakCatalogue) catalogue = nak_test_open_catalogue ();
  GPtrArray *entries = nak_catalogue_get_entries (catalogue);

  for (guint i = 0; i < entries->len; i++)
    {
      NakEntry *e = g_ptr_array_index (entries, i);

      g_assert_true (g_str_has_prefix (nak_entry_get_source (e), "http"));
      g_assert_cmpuint (strlen (nak_entry_get_checked (e)), ==, 10);
      g_assert_nonnull (nak_catalogue_get_entry_text (catalogue, e, "summary", "ja"));
      g_assert_nonnull (nak_catalogue_get_entry_text (catalogue, e, "summary", "en"));
    }
}

static void
test_stale_entries_listed (void)
{
  g_autoptr(NakCatalogue) catalogue = nak_test_open_catalogue ();
  g_autoptr(GDateTime) soon = nak_test_jst (2027, 1, 1, 0, 0);
  g_autoptr(GDateTime) later = nak_test_jst (2027, 7, 1, 0, 0);
  g_autoptr(GPtrArray) none = nak_catalogue_list_stale (catalogue, soon, 6);
  g_autoptr(GPtrArray) all = nak_catalogue_list_stale (catalogue, later, 6);

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (all->len, ==, nak_catalogue_get_entries (catalogue)->len);
}

static void
test_missing_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nak-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "nothing.sqlite", NULL);

  expect_error (path, NAK_CATALOGUE_ERROR_MISSING);
  g_rmdir (dir);
}

static void
test_garbage_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nak-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "catalogue.sqlite", NULL);
  char junk[4096];

  for (guint i = 0; i < sizeof junk; i++)
    junk[i] = (char) g_random_int ();
  g_assert_true (g_file_set_contents (path, junk, sizeof junk, NULL));
  expect_error (path, NAK_CATALOGUE_ERROR_CORRUPT);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_truncated_file (Scratch       *s,
                     gconstpointer  data)
{
  const char *path = s->path;
  g_autoptr(GError) error = NULL;
  g_autoptr(NakCatalogue) catalogue = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8192);
  g_assert_true (g_file_set_contents (path, contents, 8192, NULL));
  catalogue = nak_catalogue_new_for_path (path, &error);
  g_assert_null (catalogue);
  g_assert_error (error, NAK_CATALOGUE_ERROR, NAK_CATALOGUE_ERROR_CORRUPT);
}

static void
test_damaged_page (Scratch       *s,
                   gconstpointer  data)
{
  const char *path = s->path;
  g_autofree char *contents = NULL;
  gsize length;

  /* Scribble over the middle of the file: an SD card going bad. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  memset (contents + length / 2, 0xA5, 4096);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(NakCatalogue) catalogue = nak_catalogue_new_for_path (path, &error);

    g_assert_null (catalogue);
    g_assert_nonnull (error);
  }
}

static void
test_other_version (Scratch       *s,
                    gconstpointer  data)
{
  const char *path = s->path;

  sql (path, "UPDATE meta SET value = '999' WHERE key = 'schema_version'");
  expect_error (path, NAK_CATALOGUE_ERROR_VERSION);
}

static void
test_incomplete_language (Scratch       *s,
                          gconstpointer  data)
{
  const char *path = s->path;

  sql (path, "DELETE FROM text WHERE lang = 'en' AND field = 'summary' AND owner LIKE 'entry:k%'");
  expect_error (path, NAK_CATALOGUE_ERROR_INVALID);
}

static void
test_broken_flow (Scratch       *s,
                  gconstpointer  data)
{
  const char *path = s->path;
  g_autoptr(NakCatalogue) catalogue = NULL;
  g_autoptr(NakFlow) flow = NULL;
  g_autoptr(GError) error = NULL;

  sql (path, "UPDATE choice SET next = 'nowhere' WHERE step_id = 'who' AND id = 'me'");
  catalogue = nak_catalogue_new_for_path (path, &error);
  g_assert_no_error (error);
  flow = nak_flow_new_from_catalogue (catalogue, &error);
  g_assert_null (flow);
  g_assert_error (error, NAK_FLOW_ERROR, NAK_FLOW_ERROR_BAD_TARGET);
}

static void
test_opened_read_only (Scratch       *s,
                       gconstpointer  data)
{
  const char *path = s->path;
  g_autoptr(NakCatalogue) catalogue = NULL;
  g_autoptr(GError) error = NULL;

  /* Works from a read-only file (a locked-down kiosk disk). */
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  catalogue = nak_catalogue_new_for_path (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (nak_catalogue_get_db (catalogue), "DELETE FROM meta", NULL, NULL,
                                 NULL), !=, SQLITE_OK);
  g_clear_object (&catalogue);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/nak/catalogue/real-catalogue-loads", test_real_catalogue_loads);
  g_test_add_func ("/nak/catalogue/every-entry-has-source-and-date",
                   test_every_entry_has_source_and_date);
  g_test_add_func ("/nak/catalogue/stale-entries-listed", test_stale_entries_listed);
  g_test_add_func ("/nak/catalogue/missing-file", test_missing_file);
  g_test_add_func ("/nak/catalogue/garbage-file", test_garbage_file);
  g_test_add ("/nak/catalogue/truncated-file", Scratch, NULL, scratch_set_up, test_truncated_file,
              scratch_tear_down);
  g_test_add ("/nak/catalogue/damaged-page", Scratch, NULL, scratch_set_up, test_damaged_page,
              scratch_tear_down);
  g_test_add ("/nak/catalogue/other-version", Scratch, NULL, scratch_set_up, test_other_version,
              scratch_tear_down);
  g_test_add ("/nak/catalogue/incomplete-language", Scratch, NULL, scratch_set_up, test_incomplete_language,
              scratch_tear_down);
  g_test_add ("/nak/catalogue/broken-flow", Scratch, NULL, scratch_set_up, test_broken_flow,
              scratch_tear_down);
  g_test_add ("/nak/catalogue/opened-read-only", Scratch, NULL, scratch_set_up, test_opened_read_only,
              scratch_tear_down);
  return g_test_run ();
}
