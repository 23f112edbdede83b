/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "flow/nak-session.h"

G_BEGIN_DECLS

/* Builds the page for the step `session` is at (a new, floating widget). */
typedef GtkWidget *(*NakPageBuildFunc) (NakSession *session,
                                        gpointer    user_data);

typedef struct _NakPageAhead NakPageAhead;

NakPageAhead *nak_page_ahead_new  (GtkStack         *stack,
                                   NakPageBuildFunc  build,
                                   gpointer          user_data);
void          nak_page_ahead_free (NakPageAhead     *self);
void          nak_page_ahead_look (NakPageAhead     *self,
                                   NakSession       *session);
GtkWidget    *nak_page_ahead_take (NakPageAhead     *self,
                                   NakSession       *session,
                                   gint64           *built_at);

G_END_DECLS
