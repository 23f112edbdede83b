/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One visitor's walk through the flow: where they are and what they answered. */
#pragma once

#include <glib-object.h>

#include "nak-flow.h"
#include "nak-situation.h"

G_BEGIN_DECLS

#define NAK_TYPE_SESSION (nak_session_get_type ())
G_DECLARE_FINAL_TYPE (NakSession, nak_session, NAK, SESSION, GObject)

NakSession    *nak_session_new              (NakFlow     *flow,
                                             const char  *language);
NakFlow       *nak_session_get_flow         (NakSession  *self);
const char    *nak_session_get_current_step (NakSession  *self);
gboolean       nak_session_get_can_go_back  (NakSession  *self);
const char    *nak_session_get_language     (NakSession  *self);
void           nak_session_set_language     (NakSession  *self,
                                             const char  *language);
gboolean       nak_session_choose           (NakSession  *self,
                                             const char  *choice_id,
                                             GError     **error);
gboolean       nak_session_back             (NakSession  *self);
void           nak_session_start_over       (NakSession  *self);
guint          nak_session_get_n_answers    (NakSession  *self);
const char    *nak_session_get_answer       (NakSession  *self,
                                             guint        index,
                                             const char **step_id);
const char    *nak_session_get_remembered_answer (NakSession *self);
NakSituation  *nak_session_dup_situation    (NakSession  *self);
NakSession    *nak_session_copy             (NakSession  *self);
gboolean       nak_session_equal            (NakSession  *a,
                                             NakSession  *b);

G_END_DECLS
