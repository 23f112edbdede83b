/* SPDX-License-Identifier: GPL-3.0-or-later */
/* From a situation to the right few programs and lines, each with its reasons. */
#define G_LOG_DOMAIN "Nak-Flow"

#include "config.h"

#include "nak-matcher.h"
#include "catalogue/nak-catalogue.h"

/* The ranking, in words:
 * 1. An entry is for the visitor when it is for everyone, is made for an
 *    audience they belong to, or is made for something they said (a tag).
 *    An under-18 visitor sees only entries made for children or for what
 *    they said: a child is not sent to a benefit office.
 * 2. Each tag the entry answers counts most (the most specific first), then
 *    the worry categories it serves, then audience, language and channel fit.
 * 3. Specific entries come first (at most NAK_MATCHER_MAX_SPECIFIC), then the
 *    general lines (at most NAK_MATCHER_MAX_GENERAL), those that serve the
 *    chosen worries first: every result has a line for any worry.
 * 4. A line open around the clock is always part of the result when one
 *    exists (else a line open now), so a result never ends on closed doors.
 * 5. The emergency numbers come separately, always.
 * 6. A town's own entry (added by staff, src/local) is labelled so, and when
 *    the town asks for it (local-first=) gets SCORE_LOCAL among the entries
 *    that fit: ahead of a national entry that fits as well, never ahead of
 *    one that answers more of what the visitor said (less than one tag).
 * Lines that only run in set windows, all of them past, are never offered.
 * This is a pure function of its inputs: `now` is passed in for the tests. */

#define SCORE_TAG       100
#define SCORE_CATEGORY   10
#define SCORE_AUDIENCE   40
#define SCORE_LANGUAGE   20
#define SCORE_CHANNEL    30
#define SCORE_LOCAL      50

static const char *reason_names[] = {
  [NAK_REASON_TAG] = "tag",
  [NAK_REASON_CATEGORY] = "category",
  [NAK_REASON_AUDIENCE] = "audience",
  [NAK_REASON_LANGUAGE] = "language",
  [NAK_REASON_CHANNEL] = "channel",
  [NAK_REASON_GENERAL] = "general",
  [NAK_REASON_OPEN_NOW] = "open-now",
  [NAK_REASON_EMERGENCY] = "emergency",
  [NAK_REASON_LOCAL] = "local",
};

const char *
nak_reason_kind_to_string (NakReasonKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (reason_names), "general");
  return reason_names[kind];
}

static void
clear_reason (gpointer data)
{
  NakReason *r = data;

  g_free (r->value);
  g_free (r->step_id);
  g_free (r->choice_id);
}

static NakRecommendation *
recommendation_new (NakEntry  *entry,
                    GDateTime *now)
{
  NakRecommendation *rec = g_new0 (NakRecommendation, 1);

  rec->entry = g_object_ref (entry);
  rec->open = nak_entry_get_open_state (entry, now);
  rec->reasons = g_array_new (FALSE, TRUE, sizeof (NakReason));
  g_array_set_clear_func (rec->reasons, clear_reason);
  return rec;
}

static void
recommendation_free (NakRecommendation *rec)
{
  if (rec == NULL)
    return;
  g_clear_object (&rec->entry);
  g_clear_pointer (&rec->reasons, g_array_unref);
  g_free (rec);
}

static void
add_reason (NakRecommendation  *rec,
            const NakSituation *situation,
            NakReasonKind       kind,
            NakAddKind          add_kind,
            const char         *value)
{
  NakReason r = { kind, g_strdup (value), NULL, NULL };

  if (situation != NULL)
    nak_situation_get_origin (situation, add_kind, value, &r.step_id, &r.choice_id);
  g_array_append_val (rec->reasons, r);
}

void
nak_result_free (NakResult *result)
{
  if (result == NULL)
    return;
  g_ptr_array_unref (result->items);
  g_ptr_array_unref (result->emergency);
  g_free (result);
}

static int
local_boost (NakEntry *entry)
{
  return nak_catalogue_entry_is_local_first (entry) ? SCORE_LOCAL : 0;
}

/* Labels a town's own entry, first of its reasons so that it shows, and
 * lifts it when the town wants its entries first. */
static void
mark_local (NakRecommendation *rec)
{
  NakReason r = { NAK_REASON_LOCAL, NULL, NULL, NULL };

  if (!nak_catalogue_entry_is_local (rec->entry))
    return;
  rec->score += local_boost (rec->entry);
  g_array_prepend_val (rec->reasons, r);
}

static gboolean
is_open (NakOpenState state)
{
  return state == NAK_OPEN_NOW || state == NAK_OPEN_24H;
}

/* Whether the entry may be shown to this visitor at all, given how many of
 * their tags it answers. A tag opens a line made for a narrower audience
 * (a women's line for partner violence), except that a line made for
 * children is offered to an adult only through an audience they share (a
 * parent), and a child sees only lines made for children or for everyone. */
static gboolean
is_for_visitor (NakEntry           *entry,
                const NakSituation *situation,
                guint               n_tags)
{
  const char * const *audience = nak_entry_get_audience (entry);
  gboolean child = nak_situation_has (situation, NAK_ADD_AUDIENCE, "under18");
  gboolean for_children = FALSE;

  if (child)
    return nak_entry_has_audience (entry, "under18") ||
           (n_tags > 0 && nak_entry_has_audience (entry, "all"));

  if (nak_entry_has_audience (entry, "all"))
    return TRUE;

  for (guint i = 0; audience[i] != NULL; i++)
    {
      if (g_str_equal (audience[i], "under18"))
        {
          for_children = TRUE;
          continue;
        }
      if (nak_situation_has (situation, NAK_ADD_AUDIENCE, audience[i]))
        return TRUE;
    }
  /* A line that also serves children (a children's line open to parents)
   * is opened to other adults by their audience only, never by a tag. */
  return n_tags > 0 && !for_children;
}

static NakRecommendation *
score_entry (NakEntry           *entry,
             const NakSituation *situation,
             GDateTime          *now)
{
  NakRecommendation *rec = recommendation_new (entry, now);
  guint n_tags = 0;
  gboolean open_category = FALSE;

  for (guint i = 0; i < situation->tags->len; i++)
    {
      const char *tag = g_ptr_array_index (situation->tags, i);

      if (nak_entry_has_tag (entry, tag))
        {
          rec->score += SCORE_TAG;
          add_reason (rec, situation, NAK_REASON_TAG, NAK_ADD_TAG, tag);
          n_tags++;
        }
    }

  for (guint i = 0; i < situation->categories->len; i++)
    {
      const char *category = g_ptr_array_index (situation->categories, i);

      if (nak_entry_has_category (entry, category))
        {
          rec->score += SCORE_CATEGORY;
          add_reason (rec, situation, NAK_REASON_CATEGORY, NAK_ADD_CATEGORY, category);
          if (!nak_situation_is_specified (situation, category))
            open_category = TRUE;
        }
    }

  /* Fitting only the category of a worry the visitor described precisely
   * is not a fit: a dementia line is not shown for "I can't stop drinking". */
  if ((n_tags == 0 && !open_category) || !is_for_visitor (entry, situation, n_tags))
    {
      recommendation_free (rec);
      return NULL;
    }

  for (guint i = 0; i < situation->audiences->len; i++)
    {
      const char *audience = g_ptr_array_index (situation->audiences, i);

      if (nak_entry_has_audience (entry, audience))
        {
          rec->score += SCORE_AUDIENCE;
          add_reason (rec, situation, NAK_REASON_AUDIENCE, NAK_ADD_AUDIENCE, audience);
        }
    }

  if (nak_situation_is_foreign (situation) &&
      g_strv_contains (nak_entry_get_languages (entry), situation->language))
    {
      NakReason r = { NAK_REASON_LANGUAGE, g_strdup (situation->language), NULL, NULL };

      rec->score += SCORE_LANGUAGE;
      g_array_append_val (rec->reasons, r);
    }

  for (guint i = 0; i < situation->channels->len; i++)
    {
      const char *channel = g_ptr_array_index (situation->channels, i);
      NakChannelType type;

      if (nak_channel_type_from_string (channel, &type) && nak_entry_has_channel_type (entry, type))
        {
          rec->score += SCORE_CHANNEL;
          add_reason (rec, situation, NAK_REASON_CHANNEL, NAK_ADD_CHANNEL, channel);
        }
    }

  rec->score += nak_entry_get_priority (entry);
  mark_local (rec);
  return rec;
}

static int
compare_recommendations (gconstpointer a,
                         gconstpointer b)
{
  const NakRecommendation *x = *(NakRecommendation **) a;
  const NakRecommendation *y = *(NakRecommendation **) b;

  if (x->score != y->score)
    return y->score - x->score;
  /* Between equals, the one that can be reached now comes first. */
  if (is_open (x->open) != is_open (y->open))
    return is_open (y->open) - is_open (x->open);
  return g_strcmp0 (nak_entry_get_id (x->entry), nak_entry_get_id (y->entry));
}

/* The best line to add so that the visitor has someone to call now. */
static NakRecommendation *
pick_open_line (GPtrArray          *entries,
                const NakSituation *situation,
                GDateTime          *now,
                gboolean            want_24h)
{
  NakRecommendation *best = NULL;
  int best_score = G_MININT;
  gboolean child = nak_situation_has (situation, NAK_ADD_AUDIENCE, "under18");

  for (guint i = 0; i < entries->len; i++)
    {
      NakEntry *entry = g_ptr_array_index (entries, i);
      NakOpenState state;
      int score = 0;

      if (nak_entry_get_emergency (entry) || nak_entry_is_expired (entry, now))
        continue;
      state = nak_entry_get_open_state (entry, now);
      if (want_24h ? state != NAK_OPEN_24H : !is_open (state))
        continue;
      if (child && !nak_entry_has_audience (entry, "under18"))
        continue;
      if (!child && !nak_entry_has_audience (entry, "all"))
        continue;

      for (guint k = 0; k < situation->tags->len; k++)
        if (nak_entry_has_tag (entry, g_ptr_array_index (situation->tags, k)))
          score += SCORE_TAG;
      for (guint k = 0; k < situation->categories->len; k++)
        if (nak_entry_has_category (entry, g_ptr_array_index (situation->categories, k)))
          score += SCORE_CATEGORY;
      if (nak_entry_get_general (entry))
        score += 5;
      /* A number to dial beats a chat whose address we could not confirm. */
      if (nak_entry_get_main_phone (entry) != NULL)
        score += 20;
      score += nak_entry_get_priority (entry);

      if (score > best_score ||
          (score == best_score && best != NULL &&
           g_strcmp0 (nak_entry_get_id (entry), nak_entry_get_id (best->entry)) < 0))
        {
          g_clear_pointer (&best, recommendation_free);
          best = recommendation_new (entry, now);
          best_score = score;
        }
    }

  if (best != NULL)
    {
      NakReason r = { NAK_REASON_OPEN_NOW, NULL, NULL, NULL };

      best->score = best_score;
      g_array_append_val (best->reasons, r);
    }
  return best;
}

static gboolean
contains_entry (GPtrArray *items,
                NakEntry  *entry)
{
  for (guint i = 0; i < items->len; i++)
    if (((NakRecommendation *) g_ptr_array_index (items, i))->entry == entry)
      return TRUE;
  return FALSE;
}

/* `entries` is an array of NakEntry. The result holds its own references. */
NakResult *
nak_matcher_run (GPtrArray          *entries,
                 const NakSituation *situation,
                 GDateTime          *now)
{
  return nak_matcher_run_full (entries, situation, now, NAK_MATCHER_DEFAULT);
}

NakResult *
nak_matcher_run_full (GPtrArray          *entries,
                      const NakSituation *situation,
                      GDateTime          *now,
                      NakMatcherFlags     flags)
{
  g_autoptr(GPtrArray) specific = NULL;
  g_autoptr(GPtrArray) general = NULL;
  NakResult *result;
  gboolean any_24h = FALSE, any_open = FALSE;

  g_return_val_if_fail (entries != NULL, NULL);
  g_return_val_if_fail (situation != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  result = g_new0 (NakResult, 1);
  result->items = g_ptr_array_new_with_free_func ((GDestroyNotify) recommendation_free);
  result->emergency = g_ptr_array_new_with_free_func ((GDestroyNotify) recommendation_free);
  specific = g_ptr_array_new_with_free_func ((GDestroyNotify) recommendation_free);
  general = g_ptr_array_new_with_free_func ((GDestroyNotify) recommendation_free);

  for (guint i = 0; i < entries->len; i++)
    {
      NakEntry *entry = g_ptr_array_index (entries, i);
      NakRecommendation *rec;

      if (nak_entry_get_emergency (entry))
        {
          NakReason r = { NAK_REASON_EMERGENCY, NULL, NULL, NULL };

          rec = recommendation_new (entry, now);
          g_array_append_val (rec->reasons, r);
          g_ptr_array_add (result->emergency, rec);
          continue;
        }

      if (!(flags & NAK_MATCHER_INCLUDE_EXPIRED) && nak_entry_is_expired (entry, now))
        continue;
      rec = score_entry (entry, situation, now);
      if (rec == NULL && nak_entry_get_general (entry) && is_for_visitor (entry, situation, 0))
        {
          /* A general line fits any worry, even one outside its categories. */
          rec = recommendation_new (entry, now);
          rec->score = nak_entry_get_priority (entry);
          mark_local (rec);
        }
      if (rec == NULL)
        continue;

      /* A general line is specific when it answers a tag ("suicidal"). */
      if (nak_entry_get_general (entry) && rec->score - local_boost (entry) < SCORE_TAG)
        {
          NakReason r = { NAK_REASON_GENERAL, NULL, NULL, NULL };

          g_array_append_val (rec->reasons, r);
          g_ptr_array_add (general, rec);
        }
      else
        g_ptr_array_add (specific, rec);
    }

  g_ptr_array_sort (specific, compare_recommendations);
  g_ptr_array_sort (general, compare_recommendations);

  for (guint i = 0; i < specific->len && i < NAK_MATCHER_MAX_SPECIFIC; i++)
    g_ptr_array_add (result->items, g_steal_pointer (&specific->pdata[i]));
  for (guint i = 0; i < general->len && i < NAK_MATCHER_MAX_GENERAL; i++)
    g_ptr_array_add (result->items, g_steal_pointer (&general->pdata[i]));

  for (guint i = 0; i < result->items->len; i++)
    {
      NakRecommendation *rec = g_ptr_array_index (result->items, i);

      any_24h |= rec->open == NAK_OPEN_24H;
      any_open |= is_open (rec->open);
    }

  if (!any_24h)
    {
      NakRecommendation *line = pick_open_line (entries, situation, now, TRUE);

      if (line == NULL && !any_open)
        line = pick_open_line (entries, situation, now, FALSE);
      if (line != NULL && !contains_entry (result->items, line->entry))
        g_ptr_array_add (result->items, line);
      else
        g_clear_pointer (&line, recommendation_free);
    }

  return result;
}

const NakRecommendation *
nak_result_find (const NakResult *result,
                 const char      *entry_id)
{
  int i = nak_result_index_of (result, entry_id);

  if (i >= 0)
    return g_ptr_array_index (result->items, i);
  for (guint k = 0; k < result->emergency->len; k++)
    {
      NakRecommendation *rec = g_ptr_array_index (result->emergency, k);

      if (g_str_equal (nak_entry_get_id (rec->entry), entry_id))
        return rec;
    }
  return NULL;
}

/* Position in result->items (not the emergency numbers), or -1. */
int
nak_result_index_of (const NakResult *result,
                     const char      *entry_id)
{
  g_return_val_if_fail (result != NULL, -1);

  for (guint i = 0; i < result->items->len; i++)
    {
      NakRecommendation *rec = g_ptr_array_index (result->items, i);

      if (g_str_equal (nak_entry_get_id (rec->entry), entry_id))
        return (int) i;
    }
  return -1;
}

/* The line the emergency strip shows: open around the clock if one is,
 * else open now, fitting the situation when one is given (may be empty).
 * Returns a new reference, or NULL when no line is open. */
NakEntry *
nak_matcher_find_open_line (GPtrArray          *entries,
                            const NakSituation *situation,
                            GDateTime          *now)
{
  NakRecommendation *rec = pick_open_line (entries, situation, now, TRUE);
  NakEntry *entry;

  if (rec == NULL)
    rec = pick_open_line (entries, situation, now, FALSE);
  if (rec == NULL)
    return NULL;
  entry = g_object_ref (rec->entry);
  recommendation_free (rec);
  return entry;
}
