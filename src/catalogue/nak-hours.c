/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Structured opening hours: parsing, "open now" and "opens next". */
#define G_LOG_DOMAIN "Nak-Catalogue"

#include "config.h"

#include "nak-hours.h"
#include "nak-holidays.h"

#include <stdlib.h>
#include <string.h>

/* The grammar is documented in docs/catalogue-format.md:
 *   hours   = rule *( ";" rule ) | "24h"
 *   rule    = days SP ( time "-" time | "24h" )
 *   days    = "daily" | "hol" | "dayN" | day [ "-" day ] *( "," ... )
 * All times are Japan time; Japan has no daylight saving time, so a fixed
 * +09:00 offset is exact and needs no tzdata on the machine. */

G_DEFINE_QUARK (nak-hours-error-quark, nak_hours_error)

#define DAY_MINUTES (24 * 60)
#define ALL_WEEKDAYS 0x7f

static const char *day_names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

GTimeZone *
nak_hours_get_time_zone (void)
{
  return g_time_zone_new_offset (9 * 3600);
}

/* The current time, or $NAK_NOW (ISO 8601, Japan time) when set: tests and
 * screenshots need a fixed "now" so that "open now" badges are repeatable. */
GDateTime *
nak_hours_dup_now (void)
{
  const char *fixed = g_getenv ("NAK_NOW");

  if (fixed != NULL && *fixed != '\0')
    {
      g_autoptr(GTimeZone) tz = nak_hours_get_time_zone ();
      GDateTime *t = g_date_time_new_from_iso8601 (fixed, tz);

      if (t != NULL)
        return t;
      g_warning ("NAK_NOW='%s' is not an ISO 8601 time; using the clock", fixed);
    }
  return g_date_time_new_now_utc ();
}

void
nak_hours_free (NakHours *hours)
{
  if (hours == NULL)
    return;
  g_clear_pointer (&hours->rules, g_array_unref);
  g_clear_pointer (&hours->windows, g_array_unref);
  g_free (hours);
}

static int
day_index (const char *s)
{
  for (guint i = 0; i < G_N_ELEMENTS (day_names); i++)
    if (g_str_equal (s, day_names[i]))
      return (int) i;
  return -1;
}

static gboolean
parse_time (const char *s,
            int        *minutes)
{
  int h, m;

  if (strlen (s) != 5 || s[2] != ':' || !g_ascii_isdigit (s[0]) || !g_ascii_isdigit (s[1]) ||
      !g_ascii_isdigit (s[3]) || !g_ascii_isdigit (s[4]))
    return FALSE;
  h = (s[0] - '0') * 10 + (s[1] - '0');
  m = (s[3] - '0') * 10 + (s[4] - '0');
  if (m > 59 || h > 24 || (h == 24 && m != 0))
    return FALSE;
  *minutes = h * 60 + m;
  return TRUE;
}

static gboolean
parse_days (const char    *spec,
            NakHoursRule  *rule,
            GError       **error)
{
  g_auto(GStrv) parts = NULL;

  if (g_str_equal (spec, "daily"))
    {
      rule->weekdays = ALL_WEEKDAYS;
      return TRUE;
    }

  if (g_str_has_prefix (spec, "day") && g_ascii_isdigit (spec[3]))
    {
      char *end = NULL;
      guint64 n = g_ascii_strtoull (spec + 3, &end, 10);

      if (*end != '\0' || n < 1 || n > 31)
        {
          g_set_error (error, NAK_HOURS_ERROR, NAK_HOURS_ERROR_SYNTAX,
                       "'%s' is not a day of the month (day1 to day31)", spec);
          return FALSE;
        }
      rule->monthday = (guint8) n;
      return TRUE;
    }

  parts = g_strsplit (spec, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *part = parts[i];
      const char *dash = strchr (part, '-');

      if (g_str_equal (part, "hol"))
        {
          rule->holidays = TRUE;
          continue;
        }

      if (dash != NULL)
        {
          g_autofree char *first = g_strndup (part, dash - part);
          int a = day_index (first);
          int b = day_index (dash + 1);

          if (a < 0 || b < 0)
            {
              g_set_error (error, NAK_HOURS_ERROR, NAK_HOURS_ERROR_SYNTAX,
                           "'%s' is not a range of days such as mon-fri", part);
              return FALSE;
            }
          for (int d = a;; d = (d + 1) % 7)
            {
              rule->weekdays |= 1 << d;
              if (d == b)
                break;
            }
        }
      else
        {
          int d = day_index (part);

          if (d < 0)
            {
              g_set_error (error, NAK_HOURS_ERROR, NAK_HOURS_ERROR_SYNTAX,
                           "'%s' is not a day (mon tue wed thu fri sat sun hol daily dayN)",
                           part);
              return FALSE;
            }
          rule->weekdays |= 1 << d;
        }
    }
  return TRUE;
}

static gboolean
parse_rule (const char    *text,
            NakHoursRule  *rule,
            GError       **error)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  g_autoptr(GPtrArray) tokens = g_ptr_array_new ();
  const char *span;
  const char *dash;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_ptr_array_add (tokens, words[i]);

  memset (rule, 0, sizeof *rule);

  if (tokens->len == 1 && g_str_equal (g_ptr_array_index (tokens, 0), "24h"))
    {
      rule->weekdays = ALL_WEEKDAYS;
      rule->holidays = TRUE;
      rule->start = 0;
      rule->end = DAY_MINUTES;
      return TRUE;
    }

  if (tokens->len != 2)
    {
      g_set_error (error, NAK_HOURS_ERROR, NAK_HOURS_ERROR_SYNTAX,
                   "'%s' is not a rule such as 'mon-fri 08:30-17:15'", text);
      return FALSE;
    }

  if (!parse_days (g_ptr_array_index (tokens, 0), rule, error))
    return FALSE;

  span = g_ptr_array_index (tokens, 1);
  if (g_str_equal (span, "24h"))
    {
      rule->start = 0;
      rule->end = DAY_MINUTES;
      return TRUE;
    }

  dash = strchr (span, '-');
  if (dash == NULL)
    {
      g_set_error (error, NAK_HOURS_ERROR, NAK_HOURS_ERROR_SYNTAX,
                   "'%s' is not a time span such as 08:30-17:15", span);
      return FALSE;
    }
  {
    g_autofree char *from = g_strndup (span, dash - span);

    if (!parse_time (from, &rule->start) || !parse_time (dash + 1, &rule->end) ||
        rule->start == DAY_MINUTES)
      {
        g_set_error (error, NAK_HOURS_ERROR, NAK_HOURS_ERROR_SYNTAX,
                     "'%s' is not a time span such as 08:30-17:15", span);
        return FALSE;
      }
  }
  return TRUE;
}

static gboolean
parse_date (const char *s,
            GDate      *date)
{
  int y, m, d;

  if (strlen (s) != 10 || s[4] != '-' || s[7] != '-')
    return FALSE;
  y = atoi (s);
  m = atoi (s + 5);
  d = atoi (s + 8);
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

NakHours *
nak_hours_parse (const char  *hours,
                 const char  *closed,
                 const char  *windows,
                 GError     **error)
{
  g_autoptr(NakHours) self = g_new0 (NakHours, 1);
  g_auto(GStrv) rules = NULL;

  g_return_val_if_fail (hours != NULL, NULL);

  self->rules = g_array_new (FALSE, TRUE, sizeof (NakHoursRule));
  self->windows = g_array_new (FALSE, TRUE, sizeof (guint32));

  rules = g_strsplit (hours, ";", -1);
  for (guint i = 0; rules[i] != NULL; i++)
    {
      g_autofree char *text = g_strstrip (g_strdup (rules[i]));
      NakHoursRule rule;

      if (*text == '\0')
        continue;
      if (!parse_rule (text, &rule, error))
        return NULL;
      g_array_append_val (self->rules, rule);
    }

  if (self->rules->len == 0)
    {
      g_set_error (error, NAK_HOURS_ERROR, NAK_HOURS_ERROR_SYNTAX, "no opening hours given");
      return NULL;
    }

  if (closed != NULL)
    {
      g_auto(GStrv) words = g_strsplit (closed, ";", -1);

      for (guint i = 0; words[i] != NULL; i++)
        {
          g_autofree char *w = g_strstrip (g_strdup (words[i]));

          if (*w == '\0')
            continue;
          if (g_str_equal (w, "holidays"))
            self->closed_holidays = TRUE;
          else if (g_str_equal (w, "yearend"))
            self->closed_year_end = TRUE;
          else
            {
              g_set_error (error, NAK_HOURS_ERROR, NAK_HOURS_ERROR_SYNTAX,
                           "'%s' is not a closing rule (holidays, yearend)", w);
              return NULL;
            }
        }
    }

  if (windows != NULL)
    {
      g_auto(GStrv) spans = g_strsplit (windows, ";", -1);

      for (guint i = 0; spans[i] != NULL; i++)
        {
          g_autofree char *w = g_strstrip (g_strdup (spans[i]));
          const char *dots;
          GDate a, b;
          guint32 first, last;

          if (*w == '\0')
            continue;
          dots = strstr (w, "..");
          if (dots == NULL)
            {
              g_set_error (error, NAK_HOURS_ERROR, NAK_HOURS_ERROR_SYNTAX,
                           "'%s' is not a window such as 2024-05-02..2024-05-07", w);
              return NULL;
            }
          {
            g_autofree char *from = g_strndup (w, dots - w);

            if (!parse_date (from, &a) || !parse_date (dots + 2, &b) ||
                g_date_compare (&a, &b) > 0)
              {
                g_set_error (error, NAK_HOURS_ERROR, NAK_HOURS_ERROR_SYNTAX,
                             "'%s' is not a window such as 2024-05-02..2024-05-07", w);
                return NULL;
              }
          }
          first = g_date_get_julian (&a);
          last = g_date_get_julian (&b);
          g_array_append_val (self->windows, first);
          g_array_append_val (self->windows, last);
        }
    }

  return g_steal_pointer (&self);
}

static gboolean
rule_matches_day (const NakHours     *self,
                  const NakHoursRule *rule,
                  const GDate        *day)
{
  int y = g_date_get_year (day);
  int m = g_date_get_month (day);
  int d = g_date_get_day (day);
  gboolean holiday = nak_holidays_is_holiday (y, m, d);
  gboolean matches;

  if (self->closed_year_end && nak_holidays_is_year_end (m, d))
    return FALSE;
  if (self->closed_holidays && holiday)
    return FALSE;

  if (self->windows->len > 0)
    {
      guint32 j = g_date_get_julian (day);
      gboolean inside = FALSE;

      for (guint i = 0; i + 1 < self->windows->len; i += 2)
        if (j >= g_array_index (self->windows, guint32, i) &&
            j <= g_array_index (self->windows, guint32, i + 1))
          inside = TRUE;
      if (!inside)
        return FALSE;
    }

  if (rule->monthday != 0)
    matches = rule->monthday == d;
  else
    matches = (rule->weekdays & (1 << (g_date_get_weekday (day) - 1))) != 0;

  if (rule->holidays && holiday)
    matches = TRUE;

  return matches;
}

static void
date_of (GDateTime *jst,
         GDate     *date)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (jst), g_date_time_get_month (jst),
                  g_date_time_get_year (jst));
}

/* Whether minute `min` of `day` (may be ≥ 1440 for a span that started the
 * day before) lies in a rule that started on `day`. */
static gboolean
span_covers (const NakHoursRule *rule,
             int                 min)
{
  int end = rule->end <= rule->start ? rule->end + DAY_MINUTES : rule->end;

  return min >= rule->start && min < end;
}

gboolean
nak_hours_is_open_at (const NakHours *self,
                      GDateTime      *when)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) jst = NULL;
  GDate today, yesterday;
  int min;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (when != NULL, FALSE);

  tz = nak_hours_get_time_zone ();
  jst = g_date_time_to_timezone (when, tz);
  date_of (jst, &today);
  yesterday = today;
  g_date_subtract_days (&yesterday, 1);
  min = g_date_time_get_hour (jst) * 60 + g_date_time_get_minute (jst);

  for (guint i = 0; i < self->rules->len; i++)
    {
      const NakHoursRule *rule = &g_array_index (self->rules, NakHoursRule, i);

      if (rule_matches_day (self, rule, &today) && span_covers (rule, min))
        return TRUE;
      if (rule_matches_day (self, rule, &yesterday) && span_covers (rule, min + DAY_MINUTES))
        return TRUE;
    }
  return FALSE;
}

gboolean
nak_hours_is_24h (const NakHours *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->closed_holidays || self->closed_year_end || self->windows->len > 0)
    return FALSE;
  for (guint i = 0; i < self->rules->len; i++)
    {
      const NakHoursRule *rule = &g_array_index (self->rules, NakHoursRule, i);

      if (rule->monthday == 0 && rule->weekdays == ALL_WEEKDAYS && rule->start == 0 &&
          rule->end == DAY_MINUTES)
        return TRUE;
    }
  return FALSE;
}

gboolean
nak_hours_has_windows (const NakHours *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->windows->len > 0;
}

/* A line that runs only in set windows, the last of which has ended: it will
 * not open again until the catalogue learns of a new window. */
gboolean
nak_hours_is_expired (const NakHours *self,
                      GDateTime      *when)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) jst = NULL;
  GDate today;
  guint32 last = 0;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->windows->len == 0)
    return FALSE;
  tz = nak_hours_get_time_zone ();
  jst = g_date_time_to_timezone (when, tz);
  date_of (jst, &today);
  for (guint i = 1; i < self->windows->len; i += 2)
    last = MAX (last, g_array_index (self->windows, guint32, i));
  /* The day after the last window still counts: a span may cross midnight. */
  return g_date_get_julian (&today) > last + 1;
}

/* The first moment after `when` at which a closed line opens, searching a
 * year ahead (far enough for lines that run in set windows). NULL if the
 * line is open now or never opens in that year. */
GDateTime *
nak_hours_next_opening (const NakHours *self,
                        GDateTime      *when)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) jst = NULL;
  GDate day;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (when != NULL, NULL);

  if (nak_hours_is_open_at (self, when))
    return NULL;

  tz = nak_hours_get_time_zone ();
  jst = g_date_time_to_timezone (when, tz);
  date_of (jst, &day);

  for (int offset = 0; offset < 400; offset++)
    {
      GDateTime *best = NULL;

      for (guint i = 0; i < self->rules->len; i++)
        {
          const NakHoursRule *rule = &g_array_index (self->rules, NakHoursRule, i);
          GDateTime *start;

          if (!rule_matches_day (self, rule, &day))
            continue;
          start = g_date_time_new (tz, g_date_get_year (&day), g_date_get_month (&day),
                                   g_date_get_day (&day), rule->start / 60, rule->start % 60, 0);
          if (g_date_time_compare (start, jst) > 0 &&
              (best == NULL || g_date_time_compare (start, best) < 0))
            {
              g_clear_pointer (&best, g_date_time_unref);
              best = start;
            }
          else
            g_date_time_unref (start);
        }
      if (best != NULL)
        return best;
      g_date_add_days (&day, 1);
    }
  return NULL;
}

/* When an open line closes next (the end of the span that covers `when`),
 * or NULL when it is closed or never closes. */
GDateTime *
nak_hours_closes_at (const NakHours *self,
                     GDateTime      *when)
{
  g_autoptr(GDateTime) t = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (!nak_hours_is_open_at (self, when) || nak_hours_is_24h (self))
    return NULL;

  /* Walk forward in 15-minute steps (all published hours are on the quarter
   * hour), at most eight days, so spans that join across midnight count as one. */
  t = g_date_time_ref (when);
  for (int i = 0; i < 8 * 24 * 4; i++)
    {
      GDateTime *next = g_date_time_add_minutes (t, 15 - (g_date_time_get_minute (t) % 15));
      GDateTime *aligned = g_date_time_add_seconds (next, -g_date_time_get_seconds (next));

      g_date_time_unref (next);
      g_date_time_unref (t);
      t = aligned;
      if (!nak_hours_is_open_at (self, t))
        return g_steal_pointer (&t);
    }
  return NULL;
}
