/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A program or contact point of the catalogue (language-independent facts). */
#pragma once

#include <glib-object.h>

#include "nak-channel.h"

G_BEGIN_DECLS

#define NAK_TYPE_ENTRY (nak_entry_get_type ())
G_DECLARE_FINAL_TYPE (NakEntry, nak_entry, NAK, ENTRY, GObject)

typedef enum
{
  NAK_ENTRY_CONTACT,
  NAK_ENTRY_PROGRAM,
} NakEntryKind;

typedef enum
{
  NAK_OPEN_UNKNOWN,   /* no hours are known: say neither open nor closed */
  NAK_OPEN_NOW,
  NAK_OPEN_24H,
  NAK_OPEN_CLOSED,
} NakOpenState;

NakEntry           *nak_entry_new              (const char   *id,
                                                NakEntryKind  kind);
const char         *nak_entry_get_id           (NakEntry     *self);
NakEntryKind        nak_entry_get_kind         (NakEntry     *self);
const char * const *nak_entry_get_categories   (NakEntry     *self);
const char * const *nak_entry_get_audience     (NakEntry     *self);
const char * const *nak_entry_get_tags         (NakEntry     *self);
const char * const *nak_entry_get_languages    (NakEntry     *self);
gboolean            nak_entry_get_general      (NakEntry     *self);
gboolean            nak_entry_get_emergency    (NakEntry     *self);
const char         *nak_entry_get_cost         (NakEntry     *self);
const char         *nak_entry_get_url          (NakEntry     *self);
const char         *nak_entry_get_source       (NakEntry     *self);
const char         *nak_entry_get_checked      (NakEntry     *self);
const char         *nak_entry_get_confidence   (NakEntry     *self);
GPtrArray          *nak_entry_get_channels     (NakEntry     *self);
int                 nak_entry_get_priority     (NakEntry     *self);

gboolean            nak_entry_has_category     (NakEntry     *self,
                                                const char   *category);
gboolean            nak_entry_has_tag          (NakEntry     *self,
                                                const char   *tag);
gboolean            nak_entry_has_audience     (NakEntry     *self,
                                                const char   *audience);
gboolean            nak_entry_has_channel_type (NakEntry     *self,
                                                NakChannelType type);
const char         *nak_entry_get_main_phone   (NakEntry     *self);
NakOpenState        nak_entry_get_open_state   (NakEntry     *self,
                                                GDateTime    *when);
gboolean            nak_entry_is_expired       (NakEntry     *self,
                                                GDateTime    *when);
GDateTime          *nak_entry_next_opening     (NakEntry     *self,
                                                GDateTime    *when);

/* Used by the loaders only. */
void                nak_entry_set_lists        (NakEntry     *self,
                                                GStrv         categories,
                                                GStrv         audience,
                                                GStrv         tags,
                                                GStrv         languages);
void                nak_entry_set_flags        (NakEntry     *self,
                                                gboolean      general,
                                                gboolean      emergency,
                                                int           priority);
void                nak_entry_set_facts        (NakEntry     *self,
                                                const char   *cost,
                                                const char   *url,
                                                const char   *source,
                                                const char   *checked,
                                                const char   *confidence);
void                nak_entry_add_channel      (NakEntry     *self,
                                                NakChannel   *channel);
const char         *nak_entry_kind_to_string   (NakEntryKind  kind);
gboolean            nak_entry_kind_from_string (const char   *name,
                                                NakEntryKind *kind);

G_END_DECLS
