/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A town's own entries, added to the national catalogue in memory. */
#define G_LOG_DOMAIN "Nak-Catalogue"

#include "config.h"

#include "nak-catalogue-private.h"

/*
 * A town's own desks and groups, read by src/local from the file staff
 * keep (docs/staff.md) and added after opening. They live only in memory:
 * the catalogue file stays read-only. Each is marked on the entry object
 * itself, because the matcher sees entries and nothing else; the mark says
 * whether the town wants its entries first where they fit. */

static GQuark
nak_catalogue_local_quark (void)
{
  return g_quark_from_static_string ("nak-catalogue-local");
}

enum
{
  LOCAL_MARK_LISTED = 1,
  LOCAL_MARK_FIRST = 2,
};

typedef struct
{
  NakCatalogue *self;
  GHashTable   *owners;   /* "entry:ID" of the new entries */
  GHashTable   *counts;   /* "owner\x1ffield" → number of languages */
  char         *stray;    /* the first text that belongs to no new entry */
} LocalTexts;

static void
count_local_text (const char *owner,
                  const char *field,
                  const char *lang,
                  const char *value,
                  gpointer    user_data)
{
  LocalTexts *lt = user_data;
  g_autofree char *key = NULL;

  if (!g_hash_table_contains (lt->owners, owner) ||
      !nak_catalogue_has_language (lt->self, lang))
    {
      if (lt->stray == NULL)
        lt->stray = g_strdup_printf ("%s %s (%s)", owner, field, lang);
      return;
    }
  key = g_strdup_printf ("%s\x1f%s", owner, field);
  g_hash_table_insert (lt->counts, key,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (lt->counts, key))
                                         + 1));
  (void) g_steal_pointer (&key);
}

static void
copy_local_text (const char *owner,
                 const char *field,
                 const char *lang,
                 const char *value,
                 gpointer    user_data)
{
  nak_text_store_set (user_data, owner, field, lang, value);
}

/* Adds `entries` (of NakEntry) and their `texts`. Checked first, added
 * after, so that a refusal leaves the catalogue as it was: ids must be new,
 * and every text must exist in every language of the catalogue (the
 * invariant nak_catalogue_get_text() relies on) and belong to one of the
 * new entries (a local file cannot rewrite a national text). */
gboolean
nak_catalogue_add_local_entries (NakCatalogue  *self,
                                 GPtrArray     *entries,
                                 NakTextStore  *texts,
                                 gboolean       local_first,
                                 GError       **error)
{
  g_autoptr(GHashTable) owners = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  LocalTexts lt = { self, owners, counts, NULL };
  guint n_languages;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (NAK_IS_CATALOGUE (self), FALSE);
  g_return_val_if_fail (entries != NULL && texts != NULL, FALSE);

  n_languages = g_strv_length (self->languages);
  for (guint i = 0; i < entries->len; i++)
    {
      NakEntry *entry = g_ptr_array_index (entries, i);
      const char *id = nak_entry_get_id (entry);

      if (g_hash_table_contains (self->by_id, id) ||
          !g_hash_table_add (owners, g_strdup_printf ("entry:%s", id)))
        {
          g_set_error (error, NAK_CATALOGUE_ERROR, NAK_CATALOGUE_ERROR_INVALID,
                       "the local entry '%s' has the id of another entry", id);
          return FALSE;
        }
    }

  nak_text_store_foreach (texts, count_local_text, &lt);
  if (lt.stray != NULL)
    {
      g_set_error (error, NAK_CATALOGUE_ERROR, NAK_CATALOGUE_ERROR_INVALID,
                   "the local text %s belongs to no local entry or language", lt.stray);
      g_free (lt.stray);
      return FALSE;
    }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) != n_languages)
      {
        g_set_error (error, NAK_CATALOGUE_ERROR, NAK_CATALOGUE_ERROR_LANGUAGE,
                     "the local text %s is not in every language of the catalogue",
                     (const char *) key);
        return FALSE;
      }
  for (guint i = 0; i < entries->len; i++)
    {
      NakEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *owner = g_strdup_printf ("entry:%s", nak_entry_get_id (entry));
      g_autofree char *name = g_strdup_printf ("%s\x1fname", owner);

      if (!g_hash_table_contains (counts, name))
        {
          g_set_error (error, NAK_CATALOGUE_ERROR, NAK_CATALOGUE_ERROR_INVALID,
                       "the local entry %s has no name", owner);
          return FALSE;
        }
    }

  nak_text_store_foreach (texts, copy_local_text, self->texts);
  for (guint i = 0; i < entries->len; i++)
    {
      NakEntry *entry = g_ptr_array_index (entries, i);

      g_object_set_qdata (G_OBJECT (entry), nak_catalogue_local_quark (),
                          GINT_TO_POINTER (local_first ? LOCAL_MARK_FIRST : LOCAL_MARK_LISTED));
      g_ptr_array_add (self->entries, g_object_ref (entry));
      g_hash_table_insert (self->by_id, (char *) nak_entry_get_id (entry), entry);
    }
  return TRUE;
}

/* Whether `id` is one of this town's own entries. */
gboolean
nak_catalogue_is_local (NakCatalogue *self,
                        const char   *id)
{
  NakEntry *entry;

  g_return_val_if_fail (NAK_IS_CATALOGUE (self), FALSE);

  entry = id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
  return entry != NULL && nak_catalogue_entry_is_local (entry);
}

guint
nak_catalogue_get_n_local (NakCatalogue *self)
{
  guint n = 0;

  g_return_val_if_fail (NAK_IS_CATALOGUE (self), 0);

  for (guint i = 0; i < self->entries->len; i++)
    n += nak_catalogue_entry_is_local (g_ptr_array_index (self->entries, i));
  return n;
}

/* For the matcher and the result screens, which have the entry only. */
gboolean
nak_catalogue_entry_is_local (NakEntry *entry)
{
  g_return_val_if_fail (NAK_IS_ENTRY (entry), FALSE);
  return g_object_get_qdata (G_OBJECT (entry), nak_catalogue_local_quark ()) != NULL;
}

/* Whether the town asked for its entries first where they fit (local-first=). */
gboolean
nak_catalogue_entry_is_local_first (NakEntry *entry)
{
  g_return_val_if_fail (NAK_IS_ENTRY (entry), FALSE);
  return GPOINTER_TO_INT (g_object_get_qdata (G_OBJECT (entry), nak_catalogue_local_quark ())) ==
         LOCAL_MARK_FIRST;
}
