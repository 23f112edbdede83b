/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reads and checks the step files under data/catalogue/flow/. */
#pragma once

#include <glib.h>

#include "catalogue/nak-text-store.h"
#include "nak-flow.h"

G_BEGIN_DECLS

NakFlow    *nak_flow_source_load     (const char         *dir,
                                      const char * const *languages,
                                      NakTextStore       *texts,
                                      GError            **error);
GHashTable *nak_flow_dup_known_tags  (NakFlow            *flow);
gboolean    nak_flow_check_adds      (NakFlow            *flow,
                                      GError            **error);

G_END_DECLS
