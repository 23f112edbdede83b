/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every way through the flow, for checks at build time and for tests. */
#define G_LOG_DOMAIN "Nak-Flow"

#include "config.h"

#include "nak-flow-paths.h"
#include "nak-matcher.h"
#include "catalogue/nak-hours.h"

/* Depth-first over the answers, never entering a step twice on one path:
 * the "add another worry" loop is walked once per path, which covers every
 * single worry; combinations of worries only add to a situation. */

typedef struct
{
  NakFlowPathFunc  func;
  gpointer         user_data;
  GHashTable      *on_path;
  guint            count;
  gboolean         stop;
} Walk;

static void
walk (Walk       *w,
      NakSession *session)
{
  NakFlow *flow = nak_session_get_flow (session);
  const NakStep *step = nak_flow_get_step (flow, nak_session_get_current_step (session));

  if (w->stop)
    return;

  if (step->kind == NAK_STEP_RESULTS)
    {
      w->count++;
      if (!w->func (session, w->user_data))
        w->stop = TRUE;
      return;
    }

  g_hash_table_add (w->on_path, step->id);
  for (guint i = 0; i < step->choices->len && !w->stop; i++)
    {
      const NakChoice *c = g_ptr_array_index (step->choices, i);

      if (g_hash_table_contains (w->on_path, c->next))
        continue;
      if (nak_session_choose (session, c->id, NULL))
        {
          walk (w, session);
          nak_session_back (session);
        }
    }
  g_hash_table_remove (w->on_path, step->id);
}

/* Returns the number of paths visited. */
guint
nak_flow_foreach_path (NakFlow         *flow,
                       const char      *language,
                       NakFlowPathFunc  func,
                       gpointer         user_data)
{
  g_autoptr(NakSession) session = NULL;
  g_autoptr(GHashTable) on_path = NULL;
  Walk w = { func, user_data, NULL, 0, FALSE };

  g_return_val_if_fail (NAK_IS_FLOW (flow), 0);
  g_return_val_if_fail (func != NULL, 0);

  session = nak_session_new (flow, language);
  on_path = g_hash_table_new (g_str_hash, g_str_equal);
  w.on_path = on_path;
  walk (&w, session);
  return w.count;
}

typedef struct
{
  GPtrArray  *entries;
  GHashTable *reached;
  GDateTime  *when;
} Reach;

static gboolean
add_recommended (NakSession *session,
                 gpointer    user_data)
{
  Reach *r = user_data;
  g_autoptr(NakSituation) situation = nak_session_dup_situation (session);
  g_autoptr(NakResult) result = nak_matcher_run_full (r->entries, situation, r->when,
                                                     NAK_MATCHER_INCLUDE_EXPIRED);

  /* Recommended for the situation: for a reason other than being open. */
  for (guint i = 0; i < result->items->len; i++)
    {
      NakRecommendation *rec = g_ptr_array_index (result->items, i);

      for (guint k = 0; k < rec->reasons->len; k++)
        if (g_array_index (rec->reasons, NakReason, k).kind != NAK_REASON_OPEN_NOW)
          g_hash_table_add (r->reached, (char *) nak_entry_get_id (rec->entry));
    }
  for (guint i = 0; i < result->emergency->len; i++)
    {
      NakRecommendation *rec = g_ptr_array_index (result->emergency, i);

      g_hash_table_add (r->reached, (char *) nak_entry_get_id (rec->entry));
    }
  return TRUE;
}

/* The ids of `entries` (borrowed from them) that some way through the flow
 * recommends for the visitor's situation, in Japanese and in `foreign` (or
 * only Japanese when NULL: foreign residents see other lines), on a weekday
 * at noon and on a Sunday night. An entry missing from the set is dead
 * weight at best and a sign of a wrong tag at worst: the catalogue
 * compiler refuses it, and so does a town's import. */
GHashTable *
nak_flow_dup_reached_entries (NakFlow    *flow,
                              GPtrArray  *entries,
                              const char *foreign)
{
  GHashTable *reached = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GTimeZone) tz = nak_hours_get_time_zone ();
  g_autoptr(GDateTime) weekday = g_date_time_new (tz, 2026, 6, 10, 12, 0, 0);
  g_autoptr(GDateTime) night = g_date_time_new (tz, 2026, 6, 14, 3, 0, 0);
  GDateTime *times[] = { weekday, night };

  g_return_val_if_fail (NAK_IS_FLOW (flow), reached);

  for (guint t = 0; t < G_N_ELEMENTS (times); t++)
    {
      Reach r = { entries, reached, times[t] };

      nak_flow_foreach_path (flow, "ja", add_recommended, &r);
      if (foreign != NULL)
        nak_flow_foreach_path (flow, foreign, add_recommended, &r);
    }
  return reached;
}
