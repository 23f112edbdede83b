/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes checked sources into catalogue.sqlite (build time only). */
#define G_LOG_DOMAIN "Nak-Tools"

#include "config.h"

#include "nak-catalogue-writer.h"
#include "catalogue/nak-schema.h"
#include "catalogue/nak-source-file.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

/* The file is written next to its final place and renamed over it, so a
 * failed build never leaves half a catalogue behind. */

typedef struct
{
  sqlite3  *db;
  gboolean  ok;
} Writer;

static gboolean
exec (Writer     *w,
      const char *sql)
{
  char *msg = NULL;

  if (!w->ok)
    return FALSE;
  if (sqlite3_exec (w->db, sql, NULL, NULL, &msg) != SQLITE_OK)
    {
      g_printerr ("sqlite: %s\n", msg);
      sqlite3_free (msg);
      w->ok = FALSE;
    }
  return w->ok;
}

/* Runs `sql` with `n` text parameters (a NULL value is written as SQL NULL). */
static void
insert (Writer     *w,
        const char *sql,
        guint       n,
        ...)
{
  sqlite3_stmt *stmt = NULL;
  va_list args;

  if (!w->ok)
    return;
  if (sqlite3_prepare_v2 (w->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      g_printerr ("sqlite: %s\n", sqlite3_errmsg (w->db));
      w->ok = FALSE;
      return;
    }
  va_start (args, n);
  for (guint i = 0; i < n; i++)
    {
      const char *value = va_arg (args, const char *);

      if (value == NULL)
        sqlite3_bind_null (stmt, i + 1);
      else
        sqlite3_bind_text (stmt, i + 1, value, -1, SQLITE_TRANSIENT);
    }
  va_end (args);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      g_printerr ("sqlite: %s\n", sqlite3_errmsg (w->db));
      w->ok = FALSE;
    }
  sqlite3_finalize (stmt);
}

static void
write_list (Writer             *w,
            const char         *entry_id,
            const char         *list,
            const char * const *values)
{
  for (guint i = 0; values[i] != NULL; i++)
    {
      g_autofree char *pos = g_strdup_printf ("%u", i);

      insert (w, "INSERT INTO entry_list VALUES (?, ?, ?, ?)", 4, entry_id, list, pos, values[i]);
    }
}

static void
write_text (const char *owner,
            const char *field,
            const char *lang,
            const char *value,
            gpointer    user_data)
{
  insert (user_data, "INSERT INTO text VALUES (?, ?, ?, ?)", 4, owner, field, lang, value);
}

static char *
adds_to_string (const NakChoice *choice)
{
  GString *s = g_string_new (NULL);

  for (guint k = 0; k < choice->adds->len; k++)
    {
      const NakAdd *add = &g_array_index (choice->adds, NakAdd, k);

      if (s->len > 0)
        g_string_append_c (s, ' ');
      g_string_append_printf (s, "%s:%s", nak_add_kind_to_string (add->kind), add->value);
    }
  return g_string_free (s, FALSE);
}

gboolean
nak_catalogue_write (NakCatalogueSource  *source,
                     NakFlow             *flow,
                     const char          *path,
                     GError             **error)
{
  g_autofree char *tmp = g_strdup_printf ("%s.tmp", path);
  g_autofree char *languages = g_strjoinv (";", source->languages);
  g_autofree char *version = g_strdup_printf ("%d", NAK_SCHEMA_VERSION);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *built = g_date_time_format_iso8601 (now);
  GPtrArray *steps = nak_flow_get_steps (flow);
  Writer w = { NULL, TRUE };

  g_unlink (tmp);
  if (sqlite3_open (tmp, &w.db) != SQLITE_OK)
    {
      g_set_error (error, NAK_SOURCE_ERROR, NAK_SOURCE_ERROR_WRITE, "%s: cannot create: %s",
                   tmp, sqlite3_errmsg (w.db));
      sqlite3_close (w.db);
      return FALSE;
    }

  /* Large pages: the kiosk opens, checks and reads the whole file at start
   * and reads much of it again for each results screen; 64 KiB pages take
   * about 45 reads instead of 500 (issue 2's 5 ms for open, check, walk and
   * results). The file grows by a few hundred KiB, which costs nothing. */
  exec (&w, "PRAGMA page_size = 65536; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
            "BEGIN;");
  exec (&w, NAK_SCHEMA_SQL);

  insert (&w, "INSERT INTO meta VALUES ('schema_version', ?)", 1, version);
  insert (&w, "INSERT INTO meta VALUES ('date', ?)", 1, source->date);
  insert (&w, "INSERT INTO meta VALUES ('languages', ?)", 1, languages);
  insert (&w, "INSERT INTO meta VALUES ('built', ?)", 1, built);

  for (guint i = 0; i < source->categories->len; i++)
    {
      NakCategory *c = g_ptr_array_index (source->categories, i);
      g_autofree char *pos = g_strdup_printf ("%u", i);

      insert (&w, "INSERT INTO category VALUES (?, ?, ?)", 3, c->id, pos, c->icon);
    }

  for (guint i = 0; i < source->entries->len; i++)
    {
      NakEntry *e = g_ptr_array_index (source->entries, i);
      const char *id = nak_entry_get_id (e);
      g_autofree char *priority = g_strdup_printf ("%d", nak_entry_get_priority (e));
      GPtrArray *channels = nak_entry_get_channels (e);

      insert (&w, "INSERT INTO entry VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", 10, id,
              nak_entry_kind_to_string (nak_entry_get_kind (e)),
              nak_entry_get_general (e) ? "1" : "0", nak_entry_get_emergency (e) ? "1" : "0",
              priority, nak_entry_get_cost (e), nak_entry_get_url (e), nak_entry_get_source (e),
              nak_entry_get_checked (e), nak_entry_get_confidence (e));
      write_list (&w, id, "category", nak_entry_get_categories (e));
      write_list (&w, id, "audience", nak_entry_get_audience (e));
      write_list (&w, id, "tag", nak_entry_get_tags (e));
      write_list (&w, id, "language", nak_entry_get_languages (e));

      for (guint k = 0; k < channels->len; k++)
        {
          NakChannel *c = g_ptr_array_index (channels, k);
          g_autofree char *pos = g_strdup_printf ("%u", c->index);

          insert (&w, "INSERT INTO channel VALUES (?, ?, ?, ?, ?, ?, ?)", 7, id, pos,
                  nak_channel_type_to_string (c->type), c->number, c->hours_spec, c->closed_spec,
                  c->windows_spec);
        }
    }

  for (guint i = 0; i < steps->len; i++)
    {
      NakStep *step = g_ptr_array_index (steps, i);
      g_autofree char *pos = g_strdup_printf ("%u", i);

      insert (&w, "INSERT INTO step VALUES (?, ?, ?, ?, ?)", 5, step->id, pos,
              nak_step_kind_to_string (step->kind), step->start ? "1" : "0",
              step->tone == NAK_TONE_CHILD ? "child" : "adult");
      for (guint k = 0; k < step->choices->len; k++)
        {
          NakChoice *c = g_ptr_array_index (step->choices, k);
          g_autofree char *cpos = g_strdup_printf ("%u", k);
          g_autofree char *adds = adds_to_string (c);

          insert (&w, "INSERT INTO choice VALUES (?, ?, ?, ?, ?, ?)", 6, step->id, cpos, c->id,
                  c->next, c->icon, adds);
        }
    }

  nak_text_store_foreach (source->texts, write_text, &w);

  exec (&w, "COMMIT; VACUUM;");
  sqlite3_close (w.db);

  if (!w.ok)
    {
      g_unlink (tmp);
      g_set_error (error, NAK_SOURCE_ERROR, NAK_SOURCE_ERROR_WRITE, "%s: writing failed", path);
      return FALSE;
    }
  if (g_rename (tmp, path) != 0)
    {
      g_set_error (error, NAK_SOURCE_ERROR, NAK_SOURCE_ERROR_WRITE, "%s: cannot rename: %s",
                   path, g_strerror (errno));
      g_unlink (tmp);
      return FALSE;
    }
  return TRUE;
}
