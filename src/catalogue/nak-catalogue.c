/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The compiled catalogue, opened read-only: entries, categories, flow, texts. */
#define G_LOG_DOMAIN "Nak-Catalogue"

#include "config.h"

#include "nak-catalogue-private.h"
#include "nak-schema.h"
#include "nak-text-store.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

G_DEFINE_FINAL_TYPE (NakCatalogue, nak_catalogue, G_TYPE_OBJECT)
G_DEFINE_QUARK (nak-catalogue-error-quark, nak_catalogue_error)

static void
nak_catalogue_finalize (GObject *object)
{
  NakCatalogue *self = NAK_CATALOGUE (object);

  g_clear_pointer (&self->db, sqlite3_close);
  g_free (self->path);
  g_free (self->date);
  g_strfreev (self->languages);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->texts, nak_text_store_free);
  g_clear_pointer (&self->loaded, g_hash_table_unref);

  G_OBJECT_CLASS (nak_catalogue_parent_class)->finalize (object);
}

static void
nak_catalogue_class_init (NakCatalogueClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nak_catalogue_finalize;
}

static void
nak_catalogue_init (NakCatalogue *self)
{
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->categories = g_ptr_array_new_with_free_func ((GDestroyNotify) nak_category_free);
  self->texts = nak_text_store_new ();
  self->loaded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Where the installed catalogue lives; NAK_CATALOGUE overrides it (tests,
 * a staff member trying a new catalogue). */
char *
nak_catalogue_dup_default_path (void)
{
  const char *env = g_getenv ("NAK_CATALOGUE");

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return g_build_filename (PKGDATADIR, "catalogue.sqlite", NULL);
}

static gboolean
db_fail (NakCatalogue       *self,
         GError            **error,
         NakCatalogueError   code,
         const char         *what)
{
  g_set_error (error, NAK_CATALOGUE_ERROR, code, "%s: %s (%s)", self->path, what,
               self->db != NULL ? sqlite3_errmsg (self->db) : "no connection");
  return FALSE;
}

static sqlite3_stmt *
prepare (NakCatalogue  *self,
         const char    *sql,
         GError       **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      db_fail (self, error, NAK_CATALOGUE_ERROR_CORRUPT, "the catalogue cannot be read");
      return NULL;
    }
  return stmt;
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static gboolean
check_integrity (NakCatalogue  *self,
                 GError       **error)
{
  sqlite3_stmt *stmt = prepare (self, "PRAGMA quick_check", error);
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  ok = sqlite3_step (stmt) == SQLITE_ROW && g_strcmp0 (column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  if (!ok)
    return db_fail (self, error, NAK_CATALOGUE_ERROR_CORRUPT,
                    "the catalogue is damaged (integrity check failed)");
  return TRUE;
}

static gboolean
load_meta (NakCatalogue  *self,
           GError       **error)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT key, value FROM meta", error);
  int version = -1;
  g_autofree char *languages = NULL;

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *key = column_text (stmt, 0);
      const char *value = column_text (stmt, 1);

      if (g_strcmp0 (key, "schema_version") == 0)
        version = atoi (value);
      else if (g_strcmp0 (key, "date") == 0)
        {
          g_free (self->date);
          self->date = g_strdup (value);
        }
      else if (g_strcmp0 (key, "languages") == 0)
        {
          g_free (languages);
          languages = g_strdup (value);
        }
    }
  sqlite3_finalize (stmt);

  if (version != NAK_SCHEMA_VERSION)
    {
      g_set_error (error, NAK_CATALOGUE_ERROR, NAK_CATALOGUE_ERROR_VERSION,
                   "%s: the catalogue has format version %d, this kiosk reads version %d",
                   self->path, version, NAK_SCHEMA_VERSION);
      return FALSE;
    }
  if (self->date == NULL || languages == NULL)
    return db_fail (self, error, NAK_CATALOGUE_ERROR_INVALID,
                    "the catalogue has no date or no languages");
  self->languages = g_strsplit (languages, ";", -1);
  return TRUE;
}

static gboolean
load_categories (NakCatalogue  *self,
                 GError       **error)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT id, icon FROM category ORDER BY position", error);

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      NakCategory *c = g_new0 (NakCategory, 1);

      c->id = g_strdup (column_text (stmt, 0));
      c->icon = g_strdup (column_text (stmt, 1));
      g_ptr_array_add (self->categories, c);
    }
  sqlite3_finalize (stmt);
  return TRUE;
}

static gboolean
load_entries (NakCatalogue  *self,
              GError       **error)
{
  sqlite3_stmt *stmt;
  g_autoptr(GHashTable) lists = NULL;

  stmt = prepare (self,
                  "SELECT id, kind, general, emergency, priority, cost, url, source, checked, "
                  "confidence FROM entry ORDER BY id",
                  error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      NakEntryKind kind;
      NakEntry *entry;

      if (!nak_entry_kind_from_string (column_text (stmt, 1), &kind))
        {
          sqlite3_finalize (stmt);
          return db_fail (self, error, NAK_CATALOGUE_ERROR_INVALID, "an entry has no valid kind");
        }
      entry = nak_entry_new (column_text (stmt, 0), kind);
      nak_entry_set_flags (entry, sqlite3_column_int (stmt, 2), sqlite3_column_int (stmt, 3),
                           sqlite3_column_int (stmt, 4));
      nak_entry_set_facts (entry, column_text (stmt, 5), column_text (stmt, 6),
                           column_text (stmt, 7), column_text (stmt, 8), column_text (stmt, 9));
      g_ptr_array_add (self->entries, entry);
      g_hash_table_insert (self->by_id, (char *) nak_entry_get_id (entry), entry);
    }
  sqlite3_finalize (stmt);

  /* The four lists, gathered per entry then handed over as GStrv. */
  lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                 (GDestroyNotify) g_strv_builder_unref);
  stmt = prepare (self, "SELECT entry_id, list, value FROM entry_list ORDER BY entry_id, list, "
                        "position", error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *key = g_strdup_printf ("%s\x1f%s", column_text (stmt, 0),
                                              column_text (stmt, 1));
      GStrvBuilder *b = g_hash_table_lookup (lists, key);

      if (b == NULL)
        {
          b = g_strv_builder_new ();
          g_hash_table_insert (lists, g_steal_pointer (&key), b);
        }
      g_strv_builder_add (b, column_text (stmt, 2));
    }
  sqlite3_finalize (stmt);

  for (guint i = 0; i < self->entries->len; i++)
    {
      NakEntry *entry = g_ptr_array_index (self->entries, i);
      static const char *names[] = { "category", "audience", "tag", "language" };
      GStrv values[4];

      for (guint k = 0; k < 4; k++)
        {
          g_autofree char *key = g_strdup_printf ("%s\x1f%s", nak_entry_get_id (entry), names[k]);
          GStrvBuilder *b = g_hash_table_lookup (lists, key);

          values[k] = b != NULL ? g_strv_builder_end (b) : g_new0 (char *, 1);
        }
      nak_entry_set_lists (entry, values[0], values[1], values[2], values[3]);
    }

  stmt = prepare (self, "SELECT entry_id, position, type, number, hours, closed, windows "
                        "FROM channel ORDER BY entry_id, position", error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      NakEntry *entry = g_hash_table_lookup (self->by_id, column_text (stmt, 0));
      g_autoptr(GError) local = NULL;
      NakChannelType type;
      NakChannel *channel;

      if (entry == NULL || !nak_channel_type_from_string (column_text (stmt, 2), &type))
        {
          sqlite3_finalize (stmt);
          return db_fail (self, error, NAK_CATALOGUE_ERROR_INVALID,
                          "a channel belongs to no entry or has no valid type");
        }
      channel = nak_channel_new (sqlite3_column_int (stmt, 1), type, column_text (stmt, 3),
                                 column_text (stmt, 4), column_text (stmt, 5),
                                 column_text (stmt, 6), &local);
      if (channel == NULL)
        {
          g_set_error (error, NAK_CATALOGUE_ERROR, NAK_CATALOGUE_ERROR_INVALID,
                       "%s: entry %s: %s", self->path, column_text (stmt, 0), local->message);
          sqlite3_finalize (stmt);
          return FALSE;
        }
      nak_entry_add_channel (entry, channel);
    }
  sqlite3_finalize (stmt);

  if (self->entries->len == 0)
    return db_fail (self, error, NAK_CATALOGUE_ERROR_INVALID, "the catalogue has no entries");
  return TRUE;
}

/* Every language must carry as many texts as Japanese: the compiler refuses
 * gaps, so a difference here means a damaged or hand-edited file. */
static gboolean
check_languages (NakCatalogue  *self,
                 GError       **error)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT lang, COUNT(*) FROM text GROUP BY lang", error);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gpointer ja;

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_insert (counts, g_strdup (column_text (stmt, 0)),
                         GINT_TO_POINTER (sqlite3_column_int (stmt, 1)));
  sqlite3_finalize (stmt);

  ja = g_hash_table_lookup (counts, "ja");
  for (guint i = 0; self->languages[i] != NULL; i++)
    if (ja == NULL || g_hash_table_lookup (counts, self->languages[i]) != ja)
      {
        g_set_error (error, NAK_CATALOGUE_ERROR, NAK_CATALOGUE_ERROR_INVALID,
                     "%s: the texts in '%s' are incomplete", self->path, self->languages[i]);
        return FALSE;
      }
  return TRUE;
}

static char *
make_uri (const char *path)
{
  GString *s = g_string_new ("file:");

  for (const char *p = path; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '?' || *p == '#')
        g_string_append_printf (s, "%%%02X", (guchar) *p);
      else
        g_string_append_c (s, *p);
    }
  g_string_append (s, "?mode=ro&immutable=1");
  return g_string_free (s, FALSE);
}

/* Opens and checks the catalogue. Every way it can be unusable (missing,
 * not a database, damaged, another version, inconsistent) is a GError for
 * staff, never a crash. */
NakCatalogue *
nak_catalogue_new_for_path (const char  *path,
                            GError     **error)
{
  g_autoptr(NakCatalogue) self = NULL;
  g_autofree char *uri = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (NAK_TYPE_CATALOGUE, NULL);
  self->path = g_strdup (path);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, NAK_CATALOGUE_ERROR, NAK_CATALOGUE_ERROR_MISSING,
                   "%s: there is no catalogue file here", path);
      return NULL;
    }

  uri = make_uri (path);
  if (sqlite3_open_v2 (uri, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) != SQLITE_OK)
    {
      db_fail (self, error, NAK_CATALOGUE_ERROR_CORRUPT, "the catalogue cannot be opened");
      return NULL;
    }

  if (!check_integrity (self, error) ||
      !load_meta (self, error) ||
      !load_categories (self, error) ||
      !load_entries (self, error) ||
      !check_languages (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
nak_catalogue_get_path (NakCatalogue *self)
{
  g_return_val_if_fail (NAK_IS_CATALOGUE (self), NULL);
  return self->path;
}

/* The date the catalogue was last reviewed, YYYY-MM-DD. */
const char *
nak_catalogue_get_date (NakCatalogue *self)
{
  g_return_val_if_fail (NAK_IS_CATALOGUE (self), NULL);
  return self->date;
}

const char * const *
nak_catalogue_get_languages (NakCatalogue *self)
{
  g_return_val_if_fail (NAK_IS_CATALOGUE (self), NULL);
  return (const char * const *) self->languages;
}

gboolean
nak_catalogue_has_language (NakCatalogue *self,
                            const char   *lang)
{
  g_return_val_if_fail (NAK_IS_CATALOGUE (self), FALSE);
  return lang != NULL && g_strv_contains ((const char * const *) self->languages, lang);
}

GPtrArray *
nak_catalogue_get_entries (NakCatalogue *self)
{
  g_return_val_if_fail (NAK_IS_CATALOGUE (self), NULL);
  return self->entries;
}

NakEntry *
nak_catalogue_get_entry (NakCatalogue *self,
                         const char   *id)
{
  g_return_val_if_fail (NAK_IS_CATALOGUE (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
}

/* Of NakCategory, in display order. */
GPtrArray *
nak_catalogue_get_categories (NakCatalogue *self)
{
  g_return_val_if_fail (NAK_IS_CATALOGUE (self), NULL);
  return self->categories;
}

/* For the flow loader, which reads the step and choice tables. */
sqlite3 *
nak_catalogue_get_db (NakCatalogue *self)
{
  g_return_val_if_fail (NAK_IS_CATALOGUE (self), NULL);
  return self->db;
}

static void
load_language (NakCatalogue *self,
               const char   *lang)
{
  sqlite3_stmt *stmt = NULL;

  if (g_hash_table_contains (self->loaded, lang))
    return;
  g_hash_table_add (self->loaded, g_strdup (lang));

  if (sqlite3_prepare_v2 (self->db, "SELECT owner, field, value FROM text WHERE lang = ?", -1,
                          &stmt, NULL) != SQLITE_OK)
    {
      g_warning ("Cannot read the texts in %s: %s", lang, sqlite3_errmsg (self->db));
      return;
    }
  sqlite3_bind_text (stmt, 1, lang, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    nak_text_store_set (self->texts, column_text (stmt, 0), column_text (stmt, 1), lang,
                        column_text (stmt, 2));
  sqlite3_finalize (stmt);
}

/* A text in `lang`; falls back to English, then Japanese, for a language the
 * catalogue lacks. NULL only for an optional text that does not exist. */
const char *
nak_catalogue_get_text (NakCatalogue *self,
                        const char   *owner,
                        const char   *field,
                        const char   *lang)
{
  const char *order[] = { lang, "en", "ja" };

  g_return_val_if_fail (NAK_IS_CATALOGUE (self), NULL);
  g_return_val_if_fail (owner != NULL && field != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const char *value;

      if (order[i] == NULL || !nak_catalogue_has_language (self, order[i]))
        continue;
      load_language (self, order[i]);
      value = nak_text_store_get (self->texts, owner, field, order[i]);
      if (value != NULL)
        return value;
      /* The compiler guarantees a text is in every language or none. */
      if (nak_catalogue_has_language (self, lang))
        return NULL;
    }
  return NULL;
}

const char *
nak_catalogue_get_entry_text (NakCatalogue *self,
                              NakEntry     *entry,
                              const char   *field,
                              const char   *lang)
{
  char owner[128];

  g_return_val_if_fail (NAK_IS_ENTRY (entry), NULL);

  g_snprintf (owner, sizeof owner, "entry:%s", nak_entry_get_id (entry));
  return nak_catalogue_get_text (self, owner, field, lang);
}

/* Entries whose facts were last checked more than `max_age_months` before
 * `now`, oldest first: the list staff should re-check. */
GPtrArray *
nak_catalogue_list_stale (NakCatalogue *self,
                          GDateTime    *now,
                          guint         max_age_months)
{
  g_autoptr(GDateTime) limit = NULL;
  g_autofree char *limit_text = NULL;
  GPtrArray *stale;

  g_return_val_if_fail (NAK_IS_CATALOGUE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  limit = g_date_time_add_months (now, -(int) max_age_months);
  limit_text = g_date_time_format (limit, "%Y-%m-%d");
  stale = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->entries->len; i++)
    {
      NakEntry *entry = g_ptr_array_index (self->entries, i);

      if (g_strcmp0 (nak_entry_get_checked (entry), limit_text) < 0)
        g_ptr_array_add (stale, g_object_ref (entry));
    }
  return stale;
}
