/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One way to reach a program or contact point: a phone line, a chat, a desk. */
#define G_LOG_DOMAIN "Nak-Catalogue"

#include "config.h"

#include "nak-channel.h"

static const char *type_names[] = {
  [NAK_CHANNEL_PHONE] = "phone",
  [NAK_CHANNEL_SNS] = "sns",
  [NAK_CHANNEL_CHAT] = "chat",
  [NAK_CHANNEL_MAIL] = "mail",
  [NAK_CHANNEL_LETTER] = "letter",
  [NAK_CHANNEL_VISIT] = "visit",
  [NAK_CHANNEL_WEB] = "web",
};

gboolean
nak_channel_type_from_string (const char     *name,
                              NakChannelType *type)
{
  for (guint i = 0; i < G_N_ELEMENTS (type_names); i++)
    if (g_strcmp0 (name, type_names[i]) == 0)
      {
        *type = (NakChannelType) i;
        return TRUE;
      }
  return FALSE;
}

const char *
nak_channel_type_to_string (NakChannelType type)
{
  g_return_val_if_fail ((guint) type < G_N_ELEMENTS (type_names), "visit");
  return type_names[type];
}

/* Takes copies of the strings. Fails only when the hours do not parse. */
NakChannel *
nak_channel_new (guint            index,
                 NakChannelType   type,
                 const char      *number,
                 const char      *hours_spec,
                 const char      *closed_spec,
                 const char      *windows_spec,
                 GError         **error)
{
  g_autoptr(NakChannel) self = g_new0 (NakChannel, 1);

  self->index = index;
  self->type = type;
  self->number = g_strdup (number);
  self->hours_spec = g_strdup (hours_spec);
  self->closed_spec = g_strdup (closed_spec);
  self->windows_spec = g_strdup (windows_spec);

  if (hours_spec != NULL && *hours_spec != '\0')
    {
      self->hours = nak_hours_parse (hours_spec, closed_spec, windows_spec, error);
      if (self->hours == NULL)
        return NULL;
    }

  return g_steal_pointer (&self);
}

void
nak_channel_free (NakChannel *self)
{
  if (self == NULL)
    return;
  g_free (self->number);
  g_free (self->hours_spec);
  g_free (self->closed_spec);
  g_free (self->windows_spec);
  g_clear_pointer (&self->hours, nak_hours_free);
  g_free (self);
}

/* A channel a person can use right away and talk to someone (phone, chat, SNS). */
gboolean
nak_channel_is_live (const NakChannel *self)
{
  return self->type == NAK_CHANNEL_PHONE || self->type == NAK_CHANNEL_CHAT ||
         self->type == NAK_CHANNEL_SNS;
}
