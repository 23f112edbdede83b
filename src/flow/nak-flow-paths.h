/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every way through the flow, for checks at build time and for tests. */
#pragma once

#include "nak-flow.h"
#include "nak-session.h"

G_BEGIN_DECLS

/* Called with a session standing on a results step. Return FALSE to stop. */
typedef gboolean (*NakFlowPathFunc) (NakSession *session,
                                     gpointer    user_data);

guint nak_flow_foreach_path (NakFlow         *flow,
                             const char      *language,
                             NakFlowPathFunc  func,
                             gpointer         user_data);

GHashTable *nak_flow_dup_reached_entries (NakFlow    *flow,
                                          GPtrArray  *entries,
                                          const char *foreign);

G_END_DECLS
