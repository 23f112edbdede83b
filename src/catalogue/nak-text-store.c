/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Visitor-readable texts keyed by owner, field and language. */
#define G_LOG_DOMAIN "Nak-Catalogue"

#include "config.h"

#include "nak-text-store.h"

#include <string.h>

#define SEP '\x1f'

struct _NakTextStore
{
  GHashTable *texts; /* "owner␟field␟lang" → value */
};

NakTextStore *
nak_text_store_new (void)
{
  NakTextStore *self = g_new0 (NakTextStore, 1);

  self->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return self;
}

void
nak_text_store_free (NakTextStore *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->texts);
  g_free (self);
}

static char *
make_key (const char *owner,
          const char *field,
          const char *lang)
{
  return g_strdup_printf ("%s%c%s%c%s", owner, SEP, field, SEP, lang);
}

void
nak_text_store_set (NakTextStore *self,
                    const char   *owner,
                    const char   *field,
                    const char   *lang,
                    const char   *value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (owner != NULL && field != NULL && lang != NULL && value != NULL);

  g_hash_table_insert (self->texts, make_key (owner, field, lang), g_strdup (value));
}

const char *
nak_text_store_get (NakTextStore *self,
                    const char   *owner,
                    const char   *field,
                    const char   *lang)
{
  char stack_key[256];
  g_autofree char *heap_key = NULL;
  const char *key;
  int n;

  g_return_val_if_fail (self != NULL, NULL);

  /* Called for every label on every screen: avoid the allocation. */
  n = g_snprintf (stack_key, sizeof stack_key, "%s%c%s%c%s", owner, SEP, field, SEP, lang);
  if (n >= 0 && (gsize) n < sizeof stack_key)
    key = stack_key;
  else
    key = heap_key = make_key (owner, field, lang);
  return g_hash_table_lookup (self->texts, key);
}

void
nak_text_store_foreach (NakTextStore *self,
                        void        (*func) (const char *owner,
                                             const char *field,
                                             const char *lang,
                                             const char *value,
                                             gpointer    user_data),
                        gpointer      user_data)
{
  GHashTableIter iter;
  gpointer k, v;

  g_return_if_fail (self != NULL);

  g_hash_table_iter_init (&iter, self->texts);
  while (g_hash_table_iter_next (&iter, &k, &v))
    {
      g_auto(GStrv) parts = g_strsplit (k, (char[]) { SEP, 0 }, 3);

      func (parts[0], parts[1], parts[2], v, user_data);
    }
}

guint
nak_text_store_size (NakTextStore *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return g_hash_table_size (self->texts);
}
