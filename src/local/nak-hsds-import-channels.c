/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The ways to reach an imported service: phones, other channels, their hours. */
#define G_LOG_DOMAIN "Nak-Local"

#include "config.h"

#include "nak-hsds-import-private.h"
#include "nak-hsds-schedule.h"
#include "catalogue/nak-phone.h"

#include <string.h>

/* phones[] are HSDS phones; x_channels[] (the profile's) the other ways:
 * {type: sns|chat|mail|letter|visit|web, address, description, x_i18n};
 * the service's e-mail comes last. x_order (a number) sets the order on
 * screen across both lists. Hours as described in nak-hsds-schedule.c. */

typedef struct
{
  JsonObject     *object;
  NakChannelType  type;
  const char     *address_member;   /* "number", "address" or "email" */
  gint64          order;
} ChannelSource;

static int
compare_channels (gconstpointer a,
                  gconstpointer b)
{
  const ChannelSource *x = *(ChannelSource **) a;
  const ChannelSource *y = *(ChannelSource **) b;

  return x->order < y->order ? -1 : x->order > y->order;
}

/* Gathers phones[], x_channels[] and the service's e-mail, in x_order. */
static gboolean
gather_channels (NakHsdsImport *im,
                 JsonObject    *service,
                 GPtrArray     *out)
{
  const char *lists[] = { "phones", "x_channels" };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      JsonArray *array;

      if (!_nak_hsds_get_array (im, service, lists[l], &array))
        return FALSE;
      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          g_autofree ChannelSource *cs = g_new0 (ChannelSource, 1);
          g_autofree char *type = NULL;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            return FAIL (im, service, lists[l], "each item must be an object");
          cs->object = json_node_get_object (node);
          if (json_object_has_member (cs->object, "x_order"))
            {
              JsonNode *order = json_object_get_member (cs->object, "x_order");

              if (!JSON_NODE_HOLDS_VALUE (order) ||
                  json_node_get_value_type (order) != G_TYPE_INT64)
                return FAIL (im, cs->object, "x_order", "must be a whole number (1, 2 …)");
              cs->order = json_node_get_int (order);
            }
          if (!_nak_hsds_take_string (im, cs->object, "type", &type))
            return FALSE;
          if (l == 0)
            {
              /* RFC 6350 types as HSDS uses them; a fax cannot be called. */
              const char *voice[] = { "voice", "cell", "textphone", "text", "video", NULL };

              if (type != NULL && !g_strv_contains (voice, type))
                return FAIL (im, cs->object, "type", "'%s' is not a phone the kiosk shows "
                             "(voice, cell, textphone, text, video)", type);
              cs->type = NAK_CHANNEL_PHONE;
              cs->address_member = "number";
            }
          else
            {
              if (type == NULL || !nak_channel_type_from_string (type, &cs->type))
                return FAIL (im, cs->object, "type",
                             "needs one of: sns chat mail letter visit web");
              if (cs->type == NAK_CHANNEL_PHONE)
                return FAIL (im, cs->object, "type", "a phone number belongs in \"phones\"");
              cs->address_member = "address";
            }
          g_ptr_array_add (out, g_steal_pointer (&cs));
        }
    }
  if (json_object_has_member (service, "email"))
    {
      ChannelSource *cs = g_new0 (ChannelSource, 1);

      cs->object = service;
      cs->type = NAK_CHANNEL_MAIL;
      cs->address_member = "email";
      cs->order = G_MAXINT64;
      g_ptr_array_add (out, cs);
    }
  g_ptr_array_sort (out, compare_channels);
  return TRUE;
}

/* Hours for one channel: x_hours/x_closed/x_windows as written, else from
 * its x_schedules, else (desks and phones only) the service's schedules. */
static gboolean
take_hours (NakHsdsImport  *im,
            JsonObject     *service,
            ChannelSource  *cs,
            char          **hours,
            char          **closed,
            char          **windows)
{
  JsonArray *schedules = NULL;
  const char *from = "x_schedules";

  /* The service's own e-mail: no hours. */
  if (cs->object == service)
    return TRUE;
  if (!_nak_hsds_take_string (im, cs->object, "x_hours", hours) ||
      !_nak_hsds_take_string (im, cs->object, "x_closed", closed) ||
      !_nak_hsds_take_string (im, cs->object, "x_windows", windows))
    return FALSE;
  if (*hours != NULL)
    return TRUE;
  if (!_nak_hsds_get_array (im, cs->object, "x_schedules", &schedules))
    return FALSE;
  if (schedules == NULL && (cs->type == NAK_CHANNEL_PHONE || cs->type == NAK_CHANNEL_VISIT))
    {
      if (!_nak_hsds_get_array (im, service, "schedules", &schedules))
        return FALSE;
      from = "schedules";
    }
  if (schedules == NULL || json_array_get_length (schedules) == 0)
    return TRUE;
  {
    /* The channel's own x_closed/x_windows hold unless the schedules say. */
    g_autofree char *own_closed = g_steal_pointer (closed);
    g_autofree char *own_windows = g_steal_pointer (windows);

    if (!nak_hsds_schedule_to_hours (im->doc, schedules, hours, closed, windows, im->error))
      return FALSE;
    if (*closed == NULL)
      *closed = g_steal_pointer (&own_closed);
    if (*windows == NULL)
      *windows = g_steal_pointer (&own_windows);
  }
  if (*hours == NULL)
    return FAIL (im, cs->object, from, "the schedules give no opening hours");
  return TRUE;
}

static gboolean
take_channel (NakHsdsImport *im,
              JsonObject    *service,
              NakEntry      *entry,
              ChannelSource *cs,
              guint          n,
              const char    *owner)
{
  g_autofree char *address = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *closed = NULL;
  g_autofree char *windows = NULL;
  g_autofree char *field = g_strdup_printf ("note.%u", n);
  g_autoptr(GError) local = NULL;
  const char *hours_member;
  NakChannel *channel;

  if (!_nak_hsds_take_string (im, cs->object, cs->address_member, &address))
    return FALSE;
  if (cs->type == NAK_CHANNEL_PHONE)
    {
      g_autofree char *why = NULL;

      if (address == NULL)
        return FAIL (im, cs->object, "number", "a phone needs its number");
      if (!nak_phone_is_valid (address, &why))
        return FAIL (im, cs->object, "number", "malformed phone number '%s': %s", address, why);
    }
  else if (cs->type == NAK_CHANNEL_MAIL && address != NULL &&
           (strchr (address, '@') == NULL || strchr (address, ' ') != NULL) &&
           !_nak_hsds_is_web_address (address))
    return FAIL (im, cs->object, cs->address_member,
                 "'%s' is neither an e-mail address nor a web address", address);

  if (cs->object != service)
    {
      const char *fields[] = { "description", NULL };

      if (!_nak_hsds_check_i18n_fields (im, cs->object, fields) ||
          !_nak_hsds_take_texts (im, cs->object, "description", FALSE, owner, field))
        return FALSE;
    }
  if ((cs->type == NAK_CHANNEL_SNS || cs->type == NAK_CHANNEL_CHAT ||
       cs->type == NAK_CHANNEL_MAIL || cs->type == NAK_CHANNEL_WEB) && address == NULL &&
      nak_text_store_get (im->texts, owner, field, "ja") == NULL)
    return FAIL (im, cs->object, "type", "a %s channel needs \"address\" (its URL, address or "
                 "ID) or a description saying how to reach it",
                 nak_channel_type_to_string (cs->type));

  if (!take_hours (im, service, cs, &hours, &closed, &windows))
    return FALSE;
  hours_member = json_object_has_member (cs->object, "x_hours") ? "x_hours"
               : json_object_has_member (cs->object, "x_schedules") ? "x_schedules" : "schedules";
  if (hours == NULL && (closed != NULL || windows != NULL))
    return FAIL (im, cs->object, closed != NULL ? "x_closed" : "x_windows",
                 "a closing rule or a window needs opening hours (x_hours or schedules)");

  channel = nak_channel_new (n, cs->type, address, hours, closed, windows, &local);
  if (channel == NULL)
    {
      const char *member = hours_member;

      if (closed != NULL && strstr (local->message, "closing rule") != NULL)
        member = "x_closed";
      else if (windows != NULL && strstr (local->message, "window") != NULL)
        member = "x_windows";
      return FAIL (im, cs->object, member, "%s", local->message);
    }
  nak_entry_add_channel (entry, channel);
  return TRUE;
}

/* Adds the service's channels to `entry`, in x_order, with their notes. */
gboolean
_nak_hsds_take_channels (NakHsdsImport *im,
                         JsonObject    *service,
                         NakEntry      *entry,
                         const char    *owner)
{
  g_autoptr(GPtrArray) channels = g_ptr_array_new_with_free_func (g_free);

  if (!gather_channels (im, service, channels))
    return FALSE;
  if (channels->len == 0)
    return FAIL (im, service, NULL, "the service needs at least one way to reach it: a phone "
                 "in \"phones\" or a channel in \"x_channels\"");
  for (guint i = 0; i < channels->len; i++)
    if (!take_channel (im, service, entry, g_ptr_array_index (channels, i), i + 1, owner))
      return FALSE;
  return TRUE;
}
