/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Words for a recommendation in a given language: reasons, hours, cost, channels. */
#define G_LOG_DOMAIN "Nak-Flow"

#include "config.h"

#include "nak-explain.h"
#include "i18n/nak-i18n.h"

#include <string.h>

/* Interface words come from gettext (po/), catalogue words (answer labels,
 * category names) from the catalogue; both in the language asked for, which
 * is passed in and never read from a global, so a bilingual handout can ask
 * for two. */

#define T(lang, s) nak_i18n_gettext_for ((lang), (s))

const char *
nak_explain_category (NakCatalogue *catalogue,
                      const char   *category,
                      const char   *lang)
{
  g_autofree char *owner = g_strdup_printf ("category:%s", category);
  const char *label = nak_catalogue_get_text (catalogue, owner, "label", lang);

  return label != NULL ? label : category;
}

static const char *
audience_words (const char *audience,
                const char *lang)
{
  static const struct { const char *id; const char *words; } table[] = {
    { "under18", N_("Made for children and teenagers") },
    { "youth", N_("Made for young people") },
    { "women", N_("Made for women") },
    { "men", N_("Made for men") },
    { "foreign", N_("Helps people from other countries") },
    { "elderly", N_("Made for older people") },
    { "parents", N_("Made for parents") },
    { "single_parents", N_("Made for single parents") },
    { "workers", N_("Made for working people") },
    { "victims", N_("Made for people who have been harmed") },
    { "carers", N_("Made for people caring for family") },
    { "disabled", N_("Made for people with disabilities") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    if (g_str_equal (table[i].id, audience))
      return T (lang, table[i].words);
  return NULL;
}

/* One reason as a sentence, or NULL when it needs no words. */
char *
nak_explain_dup_reason (NakCatalogue    *catalogue,
                        const NakReason *reason,
                        NakOpenState     open,
                        const char      *lang)
{
  switch (reason->kind)
    {
    case NAK_REASON_TAG:
      if (reason->step_id != NULL && reason->choice_id != NULL)
        {
          g_autofree char *owner = g_strdup_printf ("choice:%s/%s", reason->step_id,
                                                    reason->choice_id);
          const char *label = nak_catalogue_get_text (catalogue, owner, "label", lang);

          if (label != NULL)
            /* Translators: %1$s is the answer the visitor tapped, quoted. */
            return g_strdup_printf (T (lang, "Because you said: “%1$s”"), label);
        }
      return NULL;

    case NAK_REASON_CATEGORY:
      /* Translators: %1$s is a kind of worry, such as "Work and the workplace". */
      return g_strdup_printf (T (lang, "Because you are worried about: %1$s"),
                              nak_explain_category (catalogue, reason->value, lang));

    case NAK_REASON_AUDIENCE:
      {
        const char *words = audience_words (reason->value, lang);

        return words != NULL ? g_strdup (words) : NULL;
      }

    case NAK_REASON_LANGUAGE:
      return g_strdup (T (lang, "You can talk in your language"));

    case NAK_REASON_CHANNEL:
      return g_strdup (T (lang, "You can contact it the way you chose"));

    case NAK_REASON_GENERAL:
      return g_strdup (T (lang, "A line for any worry"));

    case NAK_REASON_OPEN_NOW:
      if (open == NAK_OPEN_24H)
        return g_strdup (T (lang, "Open around the clock, so you can talk to someone now"));
      return g_strdup (T (lang, "Open now, so you can talk to someone today"));

    case NAK_REASON_EMERGENCY:
      return g_strdup (T (lang, "For an emergency"));

    case NAK_REASON_LOCAL:
      /* Translators: a label on a desk or group of the municipality where the
       * kiosk stands, added by its staff (ja: この まちの 窓口です). */
      return g_strdup (T (lang, "This town's own service"));

    default:
      return NULL;
    }
}

/* The two most telling reasons, joined; never empty. */
char *
nak_explain_dup_reasons (NakCatalogue            *catalogue,
                         const NakRecommendation *rec,
                         const char              *lang)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  gboolean have_tag = FALSE;

  for (guint i = 0; i < rec->reasons->len; i++)
    if (g_array_index (rec->reasons, NakReason, i).kind == NAK_REASON_TAG)
      have_tag = TRUE;

  for (guint i = 0; i < rec->reasons->len && parts->len < 2; i++)
    {
      const NakReason *r = &g_array_index (rec->reasons, NakReason, i);
      char *text;

      /* "Because you said …" already says more than the category would. */
      if (have_tag && r->kind == NAK_REASON_CATEGORY)
        continue;
      text = nak_explain_dup_reason (catalogue, r, rec->open, lang);
      /* One answer can add two tags: say it once. */
      if (text != NULL && !g_ptr_array_find_with_equal_func (parts, text, g_str_equal, NULL))
        g_ptr_array_add (parts, text);
      else
        g_free (text);
    }

  if (parts->len == 0)
    g_ptr_array_add (parts, g_strdup (T (lang, "A line for any worry")));
  g_ptr_array_add (parts, NULL);
  /* Translators: separates two reasons in one line. */
  return g_strjoinv (T (lang, " · "), (char **) parts->pdata);
}

static const char *
weekday_name (int         day,
              const char *lang)
{
  static const char *names[] = {
    NC_("weekday", "Mon"), NC_("weekday", "Tue"), NC_("weekday", "Wed"),
    NC_("weekday", "Thu"), NC_("weekday", "Fri"), NC_("weekday", "Sat"),
    NC_("weekday", "Sun"),
  };
  g_autofree char *key = g_strdup_printf ("weekday\004%s", names[day]);
  const char *t = T (lang, key);

  /* An untranslated msgctxt comes back with its context: strip it. */
  if (t == key || strchr (t, '\004') != NULL)
    return names[day];
  return t;
}

static char *
format_days (const NakHoursRule *rule,
             const char         *lang)
{
  GString *s = g_string_new (NULL);
  int d = 0;

  if (rule->monthday != 0)
    {
      /* Translators: %1$d is a day of the month: "on the 10th of each month". */
      g_string_printf (s, T (lang, "on day %1$d of each month"), rule->monthday);
      return g_string_free (s, FALSE);
    }
  if (rule->weekdays == 0x7f)
    g_string_append (s, T (lang, "Every day"));
  else
    while (d < 7)
      {
        int end = d;

        if (!(rule->weekdays & (1 << d)))
          {
            d++;
            continue;
          }
        while (end + 1 < 7 && (rule->weekdays & (1 << (end + 1))))
          end++;
        if (s->len > 0)
          g_string_append (s, T (lang, ", "));
        if (end - d >= 2)
          /* Translators: a range of weekdays, "Mon–Fri". */
          g_string_append_printf (s, T (lang, "%1$s–%2$s"), weekday_name (d, lang),
                                  weekday_name (end, lang));
        else
          {
            g_string_append (s, weekday_name (d, lang));
            if (end != d)
              {
                g_string_append (s, T (lang, ", "));
                g_string_append (s, weekday_name (end, lang));
              }
          }
        d = end + 1;
      }

  if (rule->holidays && rule->weekdays != 0x7f)
    {
      if (s->len > 0)
        g_string_append (s, T (lang, ", "));
      g_string_append (s, T (lang, "holidays"));
    }
  return g_string_free (s, FALSE);
}

/* "Mon–Fri 8:30–17:15; Sat 10:00–17:00 · closed on holidays". */
char *
nak_explain_dup_hours (const NakHours *hours,
                       const char     *lang)
{
  GString *s = g_string_new (NULL);

  if (nak_hours_is_24h (hours))
    return g_strdup (T (lang, "24 hours, every day"));

  for (guint i = 0; i < hours->rules->len; i++)
    {
      const NakHoursRule *rule = &g_array_index (hours->rules, NakHoursRule, i);
      g_autofree char *days = format_days (rule, lang);
      g_autofree char *span = NULL;

      if (rule->start == 0 && rule->end == 24 * 60)
        span = g_strdup (T (lang, "24 hours"));
      else if (rule->end <= rule->start)
        /* Translators: opening hours that run past midnight: "16:00 – 8:00 next day". */
        span = g_strdup_printf (T (lang, "%1$d:%2$02d – %3$d:%4$02d next day"), rule->start / 60,
                                rule->start % 60, rule->end / 60, rule->end % 60);
      else
        /* Translators: opening hours: "8:30 – 17:15". */
        span = g_strdup_printf (T (lang, "%1$d:%2$02d – %3$d:%4$02d"), rule->start / 60,
                                rule->start % 60, rule->end / 60, rule->end % 60);
      if (s->len > 0)
        g_string_append (s, T (lang, "; "));
      /* Translators: %1$s are days, %2$s a time span: "Mon–Fri 8:30 – 17:15". */
      g_string_append_printf (s, T (lang, "%1$s %2$s"), days, span);
    }

  if (hours->closed_holidays)
    {
      g_string_append (s, T (lang, " · "));
      g_string_append (s, T (lang, "closed on public holidays"));
    }
  if (hours->closed_year_end)
    {
      g_string_append (s, T (lang, " · "));
      g_string_append (s, T (lang, "closed 29 Dec – 3 Jan"));
    }
  if (nak_hours_has_windows (hours))
    {
      g_string_append (s, T (lang, " · "));
      g_string_append (s, T (lang, "only open in set periods"));
    }
  return g_string_free (s, FALSE);
}

/* Hours in words plus the source's note for that channel, if any. */
char *
nak_explain_dup_channel_hours (NakCatalogue     *catalogue,
                               NakEntry         *entry,
                               const NakChannel *channel,
                               const char       *lang)
{
  g_autofree char *field = g_strdup_printf ("note.%u", channel->index);
  const char *note = nak_catalogue_get_entry_text (catalogue, entry, field, lang);
  g_autofree char *hours = channel->hours != NULL ? nak_explain_dup_hours (channel->hours, lang)
                                                  : NULL;

  if (hours != NULL && note != NULL)
    return g_strdup_printf ("%s (%s)", hours, note);
  if (hours != NULL)
    return g_steal_pointer (&hours);
  if (note != NULL)
    return g_strdup (note);
  return NULL;
}

static char *
format_when (GDateTime  *when,
             GDateTime  *now,
             const char *lang)
{
  g_autoptr(GTimeZone) tz = nak_hours_get_time_zone ();
  g_autoptr(GDateTime) a = g_date_time_to_timezone (when, tz);
  g_autoptr(GDateTime) b = g_date_time_to_timezone (now, tz);
  int days = g_date_time_get_day_of_year (a) - g_date_time_get_day_of_year (b);
  int h = g_date_time_get_hour (a), m = g_date_time_get_minute (a);

  if (g_date_time_get_year (a) != g_date_time_get_year (b))
    days = 99;
  if (days == 0)
    /* Translators: a time later today, "today 16:00". */
    return g_strdup_printf (T (lang, "today %1$d:%2$02d"), h, m);
  if (days == 1)
    /* Translators: a time tomorrow, "tomorrow 9:00". */
    return g_strdup_printf (T (lang, "tomorrow %1$d:%2$02d"), h, m);
  if (days < 7)
    /* Translators: a weekday and a time, "Mon 9:00". */
    return g_strdup_printf (T (lang, "%1$s %2$d:%3$02d"),
                            weekday_name (g_date_time_get_day_of_week (a) - 1, lang), h, m);
  /* Translators: a date and a time, "12/28 0:00" (month/day). */
  return g_strdup_printf (T (lang, "%1$d/%2$d %3$d:%4$02d"), g_date_time_get_month (a),
                          g_date_time_get_day_of_month (a), h, m);
}

/* "Open now", "24 hours", "Closed now · opens tomorrow 9:00", or NULL when
 * no hours are known (then the card says nothing rather than guess). */
char *
nak_explain_dup_open_state (NakEntry   *entry,
                            GDateTime  *now,
                            const char *lang)
{
  switch (nak_entry_get_open_state (entry, now))
    {
    case NAK_OPEN_24H:
      return g_strdup (T (lang, "24 hours"));
    case NAK_OPEN_NOW:
      return g_strdup (T (lang, "Open now"));
    case NAK_OPEN_CLOSED:
      {
        g_autoptr(GDateTime) next = nak_entry_next_opening (entry, now);
        g_autofree char *when = NULL;

        if (next == NULL)
          return g_strdup (T (lang, "Closed now"));
        when = format_when (next, now, lang);
        /* Translators: %1$s is when it opens, "tomorrow 9:00". */
        return g_strdup_printf (T (lang, "Closed now · opens %1$s"), when);
      }
    case NAK_OPEN_UNKNOWN:
    default:
      return NULL;
    }
}

const char *
nak_explain_cost (const char *cost,
                  const char *lang)
{
  if (g_strcmp0 (cost, "free") == 0)
    return T (lang, "Free");
  if (g_strcmp0 (cost, "free_call") == 0)
    return T (lang, "Free call");
  if (g_strcmp0 (cost, "caller_pays") == 0)
    return T (lang, "Free to consult; call charges apply");
  if (g_strcmp0 (cost, "benefit") == 0)
    return T (lang, "Money you can receive");
  if (g_strcmp0 (cost, "loan") == 0)
    return T (lang, "A loan (paid back later)");
  return T (lang, "Cost varies");
}

const char *
nak_explain_channel (NakChannelType  type,
                     const char     *lang)
{
  switch (type)
    {
    case NAK_CHANNEL_PHONE:
      return T (lang, "Phone");
    case NAK_CHANNEL_SNS:
      return T (lang, "Social media (LINE etc.)");
    case NAK_CHANNEL_CHAT:
      return T (lang, "Chat");
    case NAK_CHANNEL_MAIL:
      return T (lang, "E-mail");
    case NAK_CHANNEL_LETTER:
      return T (lang, "Letter");
    case NAK_CHANNEL_VISIT:
      return T (lang, "In person");
    case NAK_CHANNEL_WEB:
    default:
      return T (lang, "Website");
    }
}
