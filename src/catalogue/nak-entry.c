/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A program or contact point of the catalogue (language-independent facts). */
#define G_LOG_DOMAIN "Nak-Catalogue"

#include "config.h"

#include "nak-entry.h"

/* Texts (names, summaries …) are not here: they live per language in the
 * catalogue's text table and are fetched with nak_catalogue_get_text(). */
struct _NakEntry
{
  GObject       parent_instance;

  char         *id;
  NakEntryKind  kind;
  GStrv         categories;
  GStrv         audience;
  GStrv         tags;
  GStrv         languages;
  gboolean      general;
  gboolean      emergency;
  int           priority;
  char         *cost;
  char         *url;
  char         *source;
  char         *checked;
  char         *confidence;
  GPtrArray    *channels;   /* of NakChannel, owned */
};

G_DEFINE_FINAL_TYPE (NakEntry, nak_entry, G_TYPE_OBJECT)

static const char * const empty_list[] = { NULL };

static void
nak_entry_finalize (GObject *object)
{
  NakEntry *self = NAK_ENTRY (object);

  g_free (self->id);
  g_strfreev (self->categories);
  g_strfreev (self->audience);
  g_strfreev (self->tags);
  g_strfreev (self->languages);
  g_free (self->cost);
  g_free (self->url);
  g_free (self->source);
  g_free (self->checked);
  g_free (self->confidence);
  g_clear_pointer (&self->channels, g_ptr_array_unref);

  G_OBJECT_CLASS (nak_entry_parent_class)->finalize (object);
}

static void
nak_entry_class_init (NakEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nak_entry_finalize;
}

static void
nak_entry_init (NakEntry *self)
{
  self->channels = g_ptr_array_new_with_free_func ((GDestroyNotify) nak_channel_free);
}

NakEntry *
nak_entry_new (const char   *id,
               NakEntryKind  kind)
{
  NakEntry *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (NAK_TYPE_ENTRY, NULL);
  self->id = g_strdup (id);
  self->kind = kind;
  return self;
}

const char *
nak_entry_kind_to_string (NakEntryKind kind)
{
  return kind == NAK_ENTRY_PROGRAM ? "program" : "contact";
}

gboolean
nak_entry_kind_from_string (const char   *name,
                            NakEntryKind *kind)
{
  if (g_strcmp0 (name, "program") == 0)
    *kind = NAK_ENTRY_PROGRAM;
  else if (g_strcmp0 (name, "contact") == 0)
    *kind = NAK_ENTRY_CONTACT;
  else
    return FALSE;
  return TRUE;
}

/* Takes ownership of the four lists (any may be NULL). */
void
nak_entry_set_lists (NakEntry *self,
                     GStrv     categories,
                     GStrv     audience,
                     GStrv     tags,
                     GStrv     languages)
{
  g_return_if_fail (NAK_IS_ENTRY (self));

  g_strfreev (self->categories);
  g_strfreev (self->audience);
  g_strfreev (self->tags);
  g_strfreev (self->languages);
  self->categories = categories;
  self->audience = audience;
  self->tags = tags;
  self->languages = languages;
}

void
nak_entry_set_flags (NakEntry *self,
                     gboolean  general,
                     gboolean  emergency,
                     int       priority)
{
  g_return_if_fail (NAK_IS_ENTRY (self));

  self->general = general;
  self->emergency = emergency;
  self->priority = priority;
}

void
nak_entry_set_facts (NakEntry   *self,
                     const char *cost,
                     const char *url,
                     const char *source,
                     const char *checked,
                     const char *confidence)
{
  g_return_if_fail (NAK_IS_ENTRY (self));

  g_free (self->cost);
  g_free (self->url);
  g_free (self->source);
  g_free (self->checked);
  g_free (self->confidence);
  self->cost = g_strdup (cost);
  self->url = g_strdup (url);
  self->source = g_strdup (source);
  self->checked = g_strdup (checked);
  self->confidence = g_strdup (confidence);
}

/* Takes ownership of the channel. */
void
nak_entry_add_channel (NakEntry   *self,
                       NakChannel *channel)
{
  g_return_if_fail (NAK_IS_ENTRY (self));
  g_return_if_fail (channel != NULL);

  g_ptr_array_add (self->channels, channel);
}

const char *
nak_entry_get_id (NakEntry *self)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), NULL);
  return self->id;
}

NakEntryKind
nak_entry_get_kind (NakEntry *self)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), NAK_ENTRY_CONTACT);
  return self->kind;
}

#define LIST_OR_EMPTY(l) ((const char * const *) ((l) != NULL ? (l) : (GStrv) empty_list))

const char * const *
nak_entry_get_categories (NakEntry *self)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), empty_list);
  return LIST_OR_EMPTY (self->categories);
}

const char * const *
nak_entry_get_audience (NakEntry *self)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), empty_list);
  return LIST_OR_EMPTY (self->audience);
}

const char * const *
nak_entry_get_tags (NakEntry *self)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), empty_list);
  return LIST_OR_EMPTY (self->tags);
}

const char * const *
nak_entry_get_languages (NakEntry *self)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), empty_list);
  return LIST_OR_EMPTY (self->languages);
}

gboolean
nak_entry_get_general (NakEntry *self)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), FALSE);
  return self->general;
}

gboolean
nak_entry_get_emergency (NakEntry *self)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), FALSE);
  return self->emergency;
}

int
nak_entry_get_priority (NakEntry *self)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), 0);
  return self->priority;
}

const char *
nak_entry_get_cost (NakEntry *self)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), NULL);
  return self->cost;
}

const char *
nak_entry_get_url (NakEntry *self)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), NULL);
  return self->url;
}

const char *
nak_entry_get_source (NakEntry *self)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), NULL);
  return self->source;
}

const char *
nak_entry_get_checked (NakEntry *self)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), NULL);
  return self->checked;
}

const char *
nak_entry_get_confidence (NakEntry *self)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), NULL);
  return self->confidence;
}

/* The channels in display order; owned by the entry. */
GPtrArray *
nak_entry_get_channels (NakEntry *self)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), NULL);
  return self->channels;
}

gboolean
nak_entry_has_category (NakEntry   *self,
                        const char *category)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), FALSE);
  return self->categories != NULL && g_strv_contains ((const char * const *) self->categories,
                                                      category);
}

gboolean
nak_entry_has_tag (NakEntry   *self,
                   const char *tag)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), FALSE);
  return self->tags != NULL && g_strv_contains ((const char * const *) self->tags, tag);
}

gboolean
nak_entry_has_audience (NakEntry   *self,
                        const char *audience)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), FALSE);
  return self->audience != NULL && g_strv_contains ((const char * const *) self->audience,
                                                    audience);
}

gboolean
nak_entry_has_channel_type (NakEntry       *self,
                            NakChannelType  type)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), FALSE);

  for (guint i = 0; i < self->channels->len; i++)
    if (((NakChannel *) g_ptr_array_index (self->channels, i))->type == type)
      return TRUE;
  return FALSE;
}

/* The first phone number, the one shown in large digits; NULL if none. */
const char *
nak_entry_get_main_phone (NakEntry *self)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), NULL);

  for (guint i = 0; i < self->channels->len; i++)
    {
      NakChannel *c = g_ptr_array_index (self->channels, i);

      if (c->type == NAK_CHANNEL_PHONE && c->number != NULL)
        return c->number;
    }
  return NULL;
}

/* Whether a person could reach a live channel (phone, chat, SNS) at `when`.
 * Channels without stated hours make the answer UNKNOWN unless another
 * channel is known to be open. */
NakOpenState
nak_entry_get_open_state (NakEntry  *self,
                          GDateTime *when)
{
  gboolean any_known = FALSE;
  gboolean open = FALSE;

  g_return_val_if_fail (NAK_IS_ENTRY (self), NAK_OPEN_UNKNOWN);

  for (guint i = 0; i < self->channels->len; i++)
    {
      NakChannel *c = g_ptr_array_index (self->channels, i);

      if (!nak_channel_is_live (c) || c->hours == NULL)
        continue;
      if (nak_hours_is_24h (c->hours))
        return NAK_OPEN_24H;
      any_known = TRUE;
      if (nak_hours_is_open_at (c->hours, when))
        open = TRUE;
    }

  if (open)
    return NAK_OPEN_NOW;
  return any_known ? NAK_OPEN_CLOSED : NAK_OPEN_UNKNOWN;
}

/* TRUE when every channel runs only in set windows and all of them have
 * passed (such as #9999 between its campaigns): recommending it would send
 * a visitor to a line that does not answer. */
gboolean
nak_entry_is_expired (NakEntry  *self,
                      GDateTime *when)
{
  g_return_val_if_fail (NAK_IS_ENTRY (self), FALSE);

  for (guint i = 0; i < self->channels->len; i++)
    {
      NakChannel *c = g_ptr_array_index (self->channels, i);

      if (c->hours == NULL || !nak_hours_is_expired (c->hours, when))
        return FALSE;
    }
  return self->channels->len > 0;
}

/* The earliest opening of any live channel after `when`; NULL if unknown. */
GDateTime *
nak_entry_next_opening (NakEntry  *self,
                        GDateTime *when)
{
  GDateTime *best = NULL;

  g_return_val_if_fail (NAK_IS_ENTRY (self), NULL);

  for (guint i = 0; i < self->channels->len; i++)
    {
      NakChannel *c = g_ptr_array_index (self->channels, i);
      GDateTime *t;

      if (!nak_channel_is_live (c) || c->hours == NULL)
        continue;
      t = nak_hours_next_opening (c->hours, when);
      if (t == NULL)
        continue;
      if (best == NULL || g_date_time_compare (t, best) < 0)
        {
          g_clear_pointer (&best, g_date_time_unref);
          best = t;
        }
      else
        g_date_time_unref (t);
    }
  return best;
}
