/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Structured opening hours: parsing, "open now" and "opens next". */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define NAK_HOURS_ERROR (nak_hours_error_quark ())

typedef enum
{
  NAK_HOURS_ERROR_SYNTAX,
} NakHoursError;

/* One rule: on the matching days, open from start to end (minutes after
 * midnight). end <= start means the span runs past midnight. */
typedef struct
{
  guint8   weekdays;   /* bit 0 = Monday … bit 6 = Sunday */
  guint8   monthday;   /* 1–31, or 0 when the rule is by weekday */
  gboolean holidays;   /* matches Japanese national holidays */
  int      start;
  int      end;
} NakHoursRule;

typedef struct
{
  GArray   *rules;           /* of NakHoursRule */
  gboolean  closed_holidays;
  gboolean  closed_year_end;
  GArray   *windows;         /* of guint32 pairs: first and last Julian day, inclusive */
} NakHours;

GQuark     nak_hours_error_quark   (void);

NakHours  *nak_hours_parse         (const char     *hours,
                                    const char     *closed,
                                    const char     *windows,
                                    GError        **error);
void       nak_hours_free          (NakHours       *hours);
gboolean   nak_hours_is_open_at    (const NakHours *hours,
                                    GDateTime      *when);
gboolean   nak_hours_is_24h        (const NakHours *hours);
gboolean   nak_hours_has_windows   (const NakHours *hours);
gboolean   nak_hours_is_expired    (const NakHours *hours,
                                    GDateTime      *when);
GDateTime *nak_hours_next_opening  (const NakHours *hours,
                                    GDateTime      *when);
GDateTime *nak_hours_closes_at     (const NakHours *hours,
                                    GDateTime      *when);
GTimeZone *nak_hours_get_time_zone (void);
GDateTime *nak_hours_dup_now       (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NakHours, nak_hours_free)

G_END_DECLS
