/* SPDX-License-Identifier: GPL-3.0-or-later */
/* HSDS schedules to and from the catalogue's opening-hours syntax. */
#define G_LOG_DOMAIN "Nak-Local"

#include "config.h"

#include "nak-hsds-schedule.h"
#include "nak-local.h"

#include <string.h>

/* An HSDS 3.0 schedule is an iCalendar recurrence (freq, byday,
 * bymonthday …) with opens_at/closes_at. The kiosk understands the part of
 * it opening hours need: weekly on some days, or monthly on one day of the
 * month, at set times, in Japan time. The notalone-jp profile adds what
 * HSDS cannot say (peers.md §1.4.4):
 *   x_24h: true           open around the clock on those days (HSDS's own
 *                         advice, 00:00–23:59, is read the same way)
 *   x_closed: [...]       "holidays" (Japanese national holidays) and/or
 *                         "yearend" (29 Dec – 3 Jan): closed although the
 *                         days say open
 * valid_from/valid_to become a set window (windows= in the catalogue). The
 * result is the catalogue's own syntax, which nak_hours_parse() checks, so
 * local hours follow exactly the national rules. */

static const char *ical_days[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
static const char *our_days[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

/* "HH:MM" or "HH:MM:SS" with zero seconds, to "HH:MM". */
static char *
dup_time (const char *text)
{
  gsize n = text != NULL ? strlen (text) : 0;

  if (n == 8 && g_str_has_suffix (text, ":00"))
    return g_strndup (text, 5);
  if (n == 5)
    return g_strdup (text);
  return NULL;
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
convert_days (NakHsdsDoc  *doc,
              JsonObject  *sc,
              GString     *rule,
              GError     **error)
{
  const char *freq = get_string (sc, "freq");
  const char *byday = get_string (sc, "byday");
  const char *bymonthday = get_string (sc, "bymonthday");

  if (freq != NULL && g_str_equal (freq, "MONTHLY"))
    {
      guint64 day;

      if (bymonthday == NULL || byday != NULL ||
          !g_ascii_string_to_unsigned (bymonthday, 10, 1, 31, &day, NULL))
        {
          nak_hsds_doc_fail (doc, sc, "bymonthday", error,
                             "a MONTHLY schedule needs one day of the month here (1 to 31)");
          return FALSE;
        }
      g_string_append_printf (rule, "day%u", (guint) day);
      return TRUE;
    }
  if (freq != NULL && !g_str_equal (freq, "WEEKLY"))
    {
      nak_hsds_doc_fail (doc, sc, "freq", error, "'%s' is not WEEKLY or MONTHLY", freq);
      return FALSE;
    }
  if (bymonthday != NULL)
    {
      nak_hsds_doc_fail (doc, sc, "bymonthday", error, "needs \"freq\": \"MONTHLY\"");
      return FALSE;
    }
  if (byday == NULL || *byday == '\0')
    {
      g_string_append (rule, "daily");
      return TRUE;
    }
  {
    g_auto(GStrv) days = g_strsplit (byday, ",", -1);

    for (guint i = 0; days[i] != NULL; i++)
      {
        const char *d = g_strstrip (days[i]);
        guint k;

        for (k = 0; k < G_N_ELEMENTS (ical_days); k++)
          if (g_str_equal (d, ical_days[k]))
            break;
        if (k == G_N_ELEMENTS (ical_days))
          {
            nak_hsds_doc_fail (doc, sc, "byday", error,
                               "'%s' is not a day (MO TU WE TH FR SA SU, separated by commas)", d);
            return FALSE;
          }
        g_string_append_printf (rule, "%s%s", i > 0 ? "," : "", our_days[k]);
      }
  }
  return TRUE;
}

static gboolean
convert_closed (NakHsdsDoc  *doc,
                JsonObject  *sc,
                GHashTable  *closed,
                GError     **error)
{
  JsonNode *node = json_object_get_member (sc, "x_closed");
  g_auto(GStrv) rules = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      g_autoptr(GStrvBuilder) b = g_strv_builder_new ();

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (item) && json_node_get_value_type (item) == G_TYPE_STRING)
            g_strv_builder_add (b, json_node_get_string (item));
          else
            g_strv_builder_add (b, "?");
        }
      rules = g_strv_builder_end (b);
    }
  else if (get_string (sc, "x_closed") != NULL)
    rules = g_strsplit (get_string (sc, "x_closed"), ";", -1);
  else
    rules = g_new0 (char *, 1);

  for (guint i = 0; rules[i] != NULL; i++)
    {
      const char *r = g_strstrip (rules[i]);

      if (!g_str_equal (r, "holidays") && !g_str_equal (r, "yearend"))
        {
          nak_hsds_doc_fail (doc, sc, "x_closed", error,
                             "'%s' is not a closing rule (holidays, yearend)", r);
          return FALSE;
        }
      g_hash_table_add (closed, g_strdup (r));
    }
  return TRUE;
}

/* One schedule to one rule "DAYS HH:MM-HH:MM" or "DAYS 24h". */
static gboolean
convert_one (NakHsdsDoc  *doc,
             JsonObject  *sc,
             GString     *rule,
             GError     **error)
{
  static const char *unsupported[] = { "count", "until", "byweekno", "byyearday" };
  g_autofree char *opens = NULL;
  g_autofree char *closes = NULL;
  JsonNode *node;
  gboolean all_day = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (unsupported); i++)
    if (json_object_has_member (sc, unsupported[i]) &&
        !JSON_NODE_HOLDS_NULL (json_object_get_member (sc, unsupported[i])))
      {
        nak_hsds_doc_fail (doc, sc, unsupported[i], error,
                           "the kiosk cannot show this kind of recurrence; describe the hours "
                           "with byday/bymonthday, or write them in x_hours");
        return FALSE;
      }
  if ((node = json_object_get_member (sc, "interval")) != NULL && !JSON_NODE_HOLDS_NULL (node) &&
      (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_int (node) != 1))
    {
      nak_hsds_doc_fail (doc, sc, "interval", error,
                         "only every week or every month (interval 1) can be shown");
      return FALSE;
    }
  if ((node = json_object_get_member (sc, "timezone")) != NULL && !JSON_NODE_HOLDS_NULL (node) &&
      (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_double (node) != 9.0))
    {
      nak_hsds_doc_fail (doc, sc, "timezone", error, "must be 9 (Japan time) or left out");
      return FALSE;
    }

  if (!convert_days (doc, sc, rule, error))
    return FALSE;

  node = json_object_get_member (sc, "x_24h");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        {
          nak_hsds_doc_fail (doc, sc, "x_24h", error, "must be true or false");
          return FALSE;
        }
      all_day = json_node_get_boolean (node);
    }

  opens = dup_time (get_string (sc, "opens_at"));
  closes = dup_time (get_string (sc, "closes_at"));
  if (!all_day)
    {
      if (opens == NULL || closes == NULL)
        {
          const char *which = opens == NULL ? "opens_at" : "closes_at";

          nak_hsds_doc_fail (doc, sc, which, error,
                             "needs a time written HH:MM (or \"x_24h\": true for around the "
                             "clock)");
          return FALSE;
        }
      /* HSDS's way of saying "all day". */
      if (g_str_equal (opens, "00:00") && g_str_equal (closes, "23:59"))
        all_day = TRUE;
      else if (g_str_equal (closes, "23:59"))
        {
          g_free (closes);
          closes = g_strdup ("24:00");
        }
    }

  if (all_day && g_str_equal (rule->str, "daily"))
    g_string_assign (rule, "24h");
  else if (all_day)
    g_string_append (rule, " 24h");
  else
    g_string_append_printf (rule, " %s-%s", opens, closes);
  return TRUE;
}

/* Converts `schedules` to hours=, closed= and windows= text; each output is
 * NULL when there is nothing to say. Does not check the result: the caller
 * hands it to nak_channel_new(), which applies the catalogue's rules. */
gboolean
nak_hsds_schedule_to_hours (NakHsdsDoc  *doc,
                            JsonArray   *schedules,
                            char       **hours,
                            char       **closed,
                            char       **windows,
                            GError     **error)
{
  g_autoptr(GString) h = g_string_new (NULL);
  g_autoptr(GString) w = g_string_new (NULL);
  g_autoptr(GHashTable) c = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  *hours = *closed = *windows = NULL;
  for (guint i = 0; i < json_array_get_length (schedules); i++)
    {
      JsonNode *node = json_array_get_element (schedules, i);
      g_autoptr(GString) rule = g_string_new (NULL);
      JsonObject *sc;
      const char *from, *to;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_INVALID,
                       "%s: schedule %u is not an object", doc->display, i + 1);
          return FALSE;
        }
      sc = json_node_get_object (node);
      if (!convert_one (doc, sc, rule, error) || !convert_closed (doc, sc, c, error))
        return FALSE;
      g_string_append_printf (h, "%s%s", h->len > 0 ? "; " : "", rule->str);

      from = get_string (sc, "valid_from");
      to = get_string (sc, "valid_to");
      if ((from == NULL) != (to == NULL))
        {
          nak_hsds_doc_fail (doc, sc, from == NULL ? "valid_from" : "valid_to", error,
                             "valid_from and valid_to go together (a set window)");
          return FALSE;
        }
      if (from != NULL)
        g_string_append_printf (w, "%s%s..%s", w->len > 0 ? ";" : "", from, to);
    }

  if (h->len > 0)
    *hours = g_strdup (h->str);
  if (w->len > 0)
    *windows = g_strdup (w->str);
  if (g_hash_table_size (c) > 0)
    {
      /* A fixed order, so the same schedules always give the same text. */
      *closed = g_strdup (g_hash_table_contains (c, "holidays")
                            ? (g_hash_table_contains (c, "yearend") ? "holidays;yearend"
                                                                   : "holidays")
                            : "yearend");
    }
  return TRUE;
}

/* The HSDS schedules for a channel's hours, for consumers that do not know
 * the profile; NULL when it has none. Rules HSDS cannot express (national
 * holidays as open days) are left out: x_hours, written next to them by the
 * exporter, is the exact form and the one this kiosk reads back. */
JsonArray *
nak_hsds_schedule_from_hours (const NakChannel *channel,
                              const char       *id_seed)
{
  JsonArray *schedules;
  const NakHours *hours = channel->hours;

  if (hours == NULL)
    return NULL;
  schedules = json_array_new ();
  for (guint i = 0; i < hours->rules->len; i++)
    {
      const NakHoursRule *rule = &g_array_index (hours->rules, NakHoursRule, i);
      g_autofree char *name = g_strdup_printf ("%s/schedule/%u", id_seed, i + 1);
      g_autofree char *id = nak_hsds_dup_uuid (name);
      gboolean all_day = rule->start == 0 && rule->end == 24 * 60;
      JsonObject *sc;

      if (rule->weekdays == 0 && rule->monthday == 0)
        continue;
      sc = json_object_new ();
      json_object_set_string_member (sc, "id", id);
      json_object_set_int_member (sc, "timezone", 9);
      if (rule->monthday != 0)
        {
          g_autofree char *day = g_strdup_printf ("%u", rule->monthday);

          json_object_set_string_member (sc, "freq", "MONTHLY");
          json_object_set_string_member (sc, "bymonthday", day);
        }
      else
        {
          g_autoptr(GString) days = g_string_new (NULL);

          for (guint d = 0; d < 7; d++)
            if (rule->weekdays & (1 << d))
              g_string_append_printf (days, "%s%s", days->len > 0 ? "," : "", ical_days[d]);
          json_object_set_string_member (sc, "freq", "WEEKLY");
          json_object_set_string_member (sc, "byday", days->str);
        }
      {
        g_autofree char *opens = g_strdup_printf ("%02d:%02d", rule->start / 60, rule->start % 60);
        int end = rule->end >= 24 * 60 ? 24 * 60 - 1 : rule->end;
        g_autofree char *closes = g_strdup_printf ("%02d:%02d", end / 60, end % 60);

        json_object_set_string_member (sc, "opens_at", opens);
        json_object_set_string_member (sc, "closes_at", closes);
      }
      if (all_day)
        json_object_set_boolean_member (sc, "x_24h", TRUE);
      if (hours->closed_holidays || hours->closed_year_end)
        {
          JsonArray *closed = json_array_new ();

          if (hours->closed_holidays)
            json_array_add_string_element (closed, "holidays");
          if (hours->closed_year_end)
            json_array_add_string_element (closed, "yearend");
          json_object_set_array_member (sc, "x_closed", closed);
        }
      json_array_add_object_element (schedules, sc);
    }
  return schedules;
}
