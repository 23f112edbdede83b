/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every way through the flow, for checks at build time and for tests. */
#define G_LOG_DOMAIN "Nak-Flow"

#include "config.h"

#include "nak-flow-paths.h"

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
