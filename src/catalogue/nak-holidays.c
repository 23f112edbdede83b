/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Japanese national holidays, computed by the rules of the Holiday Act. */
#define G_LOG_DOMAIN "Nak-Catalogue"

#include "config.h"

#include "nak-holidays.h"

/* The rules as they stand since 2020 (国民の祝日に関する法律). The kiosk only
 * asks about today and the next days, so years before 2000 are not modelled.
 * The equinox days use the usual approximation, valid from 1980 to 2099. */

static int
weekday (int year,
         int month,
         int day)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);
  return g_date_get_weekday (&d); /* G_DATE_MONDAY = 1 … G_DATE_SUNDAY = 7 */
}

static int
nth_monday (int year,
            int month,
            int n)
{
  int first = weekday (year, month, 1);
  int offset = (8 - first) % 7; /* days from the 1st to the first Monday */

  return 1 + offset + (n - 1) * 7;
}

static int
vernal_equinox (int year)
{
  return (int) (20.8431 + 0.242194 * (year - 1980) - (int) ((year - 1980) / 4));
}

static int
autumnal_equinox (int year)
{
  return (int) (23.2488 + 0.242194 * (year - 1980) - (int) ((year - 1980) / 4));
}

static gboolean
is_base_holiday (int year,
                 int month,
                 int day)
{
  switch (month)
    {
    case 1:
      return day == 1 || day == nth_monday (year, 1, 2);
    case 2:
      return day == 11 || (year >= 2020 && day == 23);
    case 3:
      return day == vernal_equinox (year);
    case 4:
      return day == 29;
    case 5:
      return day == 3 || day == 4 || day == 5;
    case 7:
      if (year == 2020)
        return day == 23;
      if (year == 2021)
        return day == 22;
      return day == nth_monday (year, 7, 3);
    case 8:
      if (year == 2020)
        return day == 10;
      if (year == 2021)
        return day == 8;
      return day == 11;
    case 9:
      return day == nth_monday (year, 9, 3) || day == autumnal_equinox (year);
    case 10:
      if (year == 2020 || year == 2021)
        return FALSE;
      return day == nth_monday (year, 10, 2);
    case 11:
      return day == 3 || day == 23;
    default:
      return FALSE;
    }
}

gboolean
nak_holidays_is_holiday (int year,
                         int month,
                         int day)
{
  GDate d;

  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  if (is_base_holiday (year, month, day))
    return TRUE;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);

  /* Substitute holiday: the first non-holiday after a holiday that fell on a
   * Sunday, walking back over a run of holidays. */
  {
    GDate back = d;
    gboolean all_holidays = TRUE;

    for (int i = 1; i < 7 && all_holidays; i++)
      {
        g_date_subtract_days (&back, 1);
        if (!is_base_holiday (g_date_get_year (&back), g_date_get_month (&back),
                              g_date_get_day (&back)))
          all_holidays = FALSE;
        else if (g_date_get_weekday (&back) == G_DATE_SUNDAY)
          return TRUE;
      }
  }

  /* Citizens' holiday: a day between two holidays. */
  {
    GDate before = d, after = d;

    g_date_subtract_days (&before, 1);
    g_date_add_days (&after, 1);
    if (weekday (year, month, day) != G_DATE_SUNDAY &&
        is_base_holiday (g_date_get_year (&before), g_date_get_month (&before),
                         g_date_get_day (&before)) &&
        is_base_holiday (g_date_get_year (&after), g_date_get_month (&after),
                         g_date_get_day (&after)))
      return TRUE;
  }

  return FALSE;
}

/* Most public desks close from 29 December to 3 January. */
gboolean
nak_holidays_is_year_end (int month,
                          int day)
{
  return (month == 12 && day >= 29) || (month == 1 && day <= 3);
}
