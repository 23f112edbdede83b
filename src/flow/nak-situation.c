/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the visitor's answers say about them: categories, audiences, tags. */
#define G_LOG_DOMAIN "Nak-Flow"

#include "config.h"

#include "nak-situation.h"

#include <string.h>

NakSituation *
nak_situation_new (const char *language)
{
  NakSituation *self = g_new0 (NakSituation, 1);

  self->categories = g_ptr_array_new_with_free_func (g_free);
  self->audiences = g_ptr_array_new_with_free_func (g_free);
  self->tags = g_ptr_array_new_with_free_func (g_free);
  self->channels = g_ptr_array_new_with_free_func (g_free);
  self->language = g_strdup (language != NULL ? language : "ja");
  self->origins = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->specified = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* A visitor who reads the kiosk in another language than Japanese is
   * likely a foreign resident: lines that answer in their language fit. */
  if (!g_str_equal (self->language, "ja"))
    g_ptr_array_add (self->audiences, g_strdup ("foreign"));

  return self;
}

void
nak_situation_free (NakSituation *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->categories);
  g_ptr_array_unref (self->audiences);
  g_ptr_array_unref (self->tags);
  g_ptr_array_unref (self->channels);
  g_hash_table_unref (self->origins);
  g_hash_table_unref (self->specified);
  g_free (self->current_category);
  g_free (self->language);
  g_free (self);
}

static GPtrArray *
list_for (const NakSituation *self,
          NakAddKind          kind)
{
  switch (kind)
    {
    case NAK_ADD_CATEGORY:
      return self->categories;
    case NAK_ADD_AUDIENCE:
      return self->audiences;
    case NAK_ADD_TAG:
      return self->tags;
    case NAK_ADD_CHANNEL:
      return self->channels;
    case NAK_ADD_URGENCY:
    default:
      return NULL;
    }
}

static gboolean
list_contains (GPtrArray  *list,
               const char *value)
{
  for (guint i = 0; i < list->len; i++)
    if (g_str_equal (g_ptr_array_index (list, i), value))
      return TRUE;
  return FALSE;
}

void
nak_situation_add (NakSituation *self,
                   const NakAdd *add,
                   const char   *step_id,
                   const char   *choice_id)
{
  GPtrArray *list;
  g_autofree char *key = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (add != NULL);

  key = g_strdup_printf ("%s:%s", nak_add_kind_to_string (add->kind), add->value);
  if (!g_hash_table_contains (self->origins, key))
    g_hash_table_insert (self->origins, g_steal_pointer (&key),
                         g_strdup_printf ("%s\x1f%s", step_id, choice_id));

  if (add->kind == NAK_ADD_URGENCY)
    {
      if (g_str_equal (add->value, "crisis"))
        self->crisis = TRUE;
      return;
    }

  /* Answers come in order: a tag after a category says more about it. */
  if (add->kind == NAK_ADD_CATEGORY)
    {
      g_free (self->current_category);
      self->current_category = g_strdup (add->value);
    }
  else if (add->kind == NAK_ADD_TAG && self->current_category != NULL)
    g_hash_table_add (self->specified, g_strdup (self->current_category));

  list = list_for (self, add->kind);
  if (!list_contains (list, add->value))
    g_ptr_array_add (list, g_strdup (add->value));
}

/* TRUE when the visitor named something specific within `category` ("the
 * rent is overdue"): then entries that fit only the category in general
 * are not what they asked for. */
gboolean
nak_situation_is_specified (const NakSituation *self,
                            const char         *category)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return g_hash_table_contains (self->specified, category);
}

gboolean
nak_situation_has (const NakSituation *self,
                   NakAddKind          kind,
                   const char         *value)
{
  GPtrArray *list;

  g_return_val_if_fail (self != NULL, FALSE);

  if (kind == NAK_ADD_URGENCY)
    return self->crisis && g_strcmp0 (value, "crisis") == 0;
  list = list_for (self, kind);
  return list != NULL && list_contains (list, value);
}

/* Which answer first added kind:value. Returns FALSE if none did (for
 * instance the "foreign" audience, which comes from the language). */
gboolean
nak_situation_get_origin (const NakSituation  *self,
                          NakAddKind           kind,
                          const char          *value,
                          char               **step_id,
                          char               **choice_id)
{
  g_autofree char *key = NULL;
  const char *origin;
  const char *sep;

  g_return_val_if_fail (self != NULL, FALSE);

  key = g_strdup_printf ("%s:%s", nak_add_kind_to_string (kind), value);
  origin = g_hash_table_lookup (self->origins, key);
  if (origin == NULL)
    return FALSE;
  sep = strchr (origin, '\x1f');
  if (step_id != NULL)
    *step_id = g_strndup (origin, sep - origin);
  if (choice_id != NULL)
    *choice_id = g_strdup (sep + 1);
  return TRUE;
}

gboolean
nak_situation_is_foreign (const NakSituation *self)
{
  return nak_situation_has (self, NAK_ADD_AUDIENCE, "foreign");
}
