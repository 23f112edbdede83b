/* SPDX-License-Identifier: GPL-3.0-or-later */
/* From a situation to the right few programs and lines, each with its reasons. */
#pragma once

#include <glib.h>

#include "catalogue/nak-entry.h"
#include "nak-situation.h"

G_BEGIN_DECLS

typedef enum
{
  NAK_REASON_TAG,        /* the entry is for what the visitor said (value = tag) */
  NAK_REASON_CATEGORY,   /* the entry serves the worry they chose (value = category) */
  NAK_REASON_AUDIENCE,   /* the entry is made for people like them (value = audience) */
  NAK_REASON_LANGUAGE,   /* the entry answers in the visitor's language (value = language) */
  NAK_REASON_CHANNEL,    /* the entry offers the channel they prefer (value = channel type) */
  NAK_REASON_GENERAL,    /* a line for any worry */
  NAK_REASON_OPEN_NOW,   /* added so that a line open now is always there */
  NAK_REASON_EMERGENCY,  /* 110 / 119 */
  NAK_REASON_LOCAL,      /* this town's own desk or group (src/local) */
} NakReasonKind;

typedef struct
{
  NakReasonKind  kind;
  char          *value;
  char          *step_id;    /* the answer that gave this reason, or NULL */
  char          *choice_id;
} NakReason;

typedef struct
{
  NakEntry     *entry;     /* owned reference */
  int           score;
  NakOpenState  open;
  GArray       *reasons;   /* of NakReason, most telling first */
} NakRecommendation;

typedef struct
{
  GPtrArray *items;      /* of NakRecommendation, best first */
  GPtrArray *emergency;  /* of NakRecommendation: 110, 119 */
} NakResult;

/* How many specific entries and general lines a result shows at most. */
#define NAK_MATCHER_MAX_SPECIFIC 7
#define NAK_MATCHER_MAX_GENERAL  2

typedef enum
{
  NAK_MATCHER_DEFAULT = 0,
  /* Build-time checks: also consider lines whose set windows have all passed. */
  NAK_MATCHER_INCLUDE_EXPIRED = 1 << 0,
} NakMatcherFlags;

NakResult *nak_matcher_run        (GPtrArray          *entries,
                                   const NakSituation *situation,
                                   GDateTime          *now);
NakResult *nak_matcher_run_full   (GPtrArray          *entries,
                                   const NakSituation *situation,
                                   GDateTime          *now,
                                   NakMatcherFlags     flags);
NakEntry  *nak_matcher_find_open_line (GPtrArray          *entries,
                                       const NakSituation *situation,
                                       GDateTime          *now);
void       nak_result_free        (NakResult          *result);
const NakRecommendation *
           nak_result_find        (const NakResult    *result,
                                   const char         *entry_id);
int        nak_result_index_of    (const NakResult    *result,
                                   const char         *entry_id);
const char *nak_reason_kind_to_string (NakReasonKind kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NakResult, nak_result_free)

G_END_DECLS
