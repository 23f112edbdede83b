/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Japanese national holidays, computed by the rules of the Holiday Act. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean nak_holidays_is_holiday (int year,
                                  int month,
                                  int day);
gboolean nak_holidays_is_year_end (int month,
                                   int day);

G_END_DECLS
