/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Open now" must be right: a visitor is told whom they can call this minute. */
#include "config.h"

#include "catalogue/nak-holidays.h"
#include "catalogue/nak-hours.h"
#include "nak-test-util.h"

static NakHours *
parse (const char *hours,
       const char *closed,
       const char *windows)
{
  g_autoptr(GError) error = NULL;
  NakHours *h = nak_hours_parse (hours, closed, windows, &error);

  g_assert_no_error (error);
  return h;
}

static gboolean
open_at (NakHours *h,
         int       y,
         int       mo,
         int       d,
         int       hh,
         int       mm)
{
  g_autoptr(GDateTime) t = nak_test_jst (y, mo, d, hh, mm);

  return nak_hours_is_open_at (h, t);
}

static void
test_weekday_office_hours (void)
{
  g_autoptr(NakHours) h = parse ("mon-fri 08:30-17:15", "holidays;yearend", NULL);

  g_assert_true (open_at (h, 2026, 11, 24, 8, 30));   /* Tuesday, opening minute */
  g_assert_true (open_at (h, 2026, 11, 24, 17, 14));
  g_assert_false (open_at (h, 2026, 11, 24, 17, 15)); /* closing minute */
  g_assert_false (open_at (h, 2026, 11, 24, 8, 29));
  g_assert_false (open_at (h, 2026, 11, 28, 10, 0));  /* Saturday */
  g_assert_false (open_at (h, 2026, 11, 23, 10, 0));  /* Labour Thanksgiving Day (Mon) */
  g_assert_false (open_at (h, 2026, 12, 29, 10, 0));  /* year end */
  g_assert_true (open_at (h, 2027, 1, 4, 10, 0));     /* open again on 4 Jan */
  g_assert_false (nak_hours_is_24h (h));
}

static void
test_span_past_midnight (void)
{
  /* いのちの電話: daily 16–21, and on the 10th from 8:00 to 8:00 next day. */
  g_autoptr(NakHours) h = parse ("daily 16:00-21:00; day10 08:00-08:00", NULL, NULL);

  g_assert_true (open_at (h, 2026, 12, 10, 9, 0));
  g_assert_true (open_at (h, 2026, 12, 11, 3, 0));   /* still the 10th's span */
  g_assert_false (open_at (h, 2026, 12, 11, 8, 0));
  g_assert_false (open_at (h, 2026, 12, 12, 3, 0));
  g_assert_true (open_at (h, 2026, 12, 12, 20, 59));
  g_assert_false (open_at (h, 2026, 12, 12, 21, 0));
}

static void
test_windows_only (void)
{
  g_autoptr(NakHours) h = parse ("24h", NULL, "2026-12-28..2027-01-04");
  g_autoptr(GDateTime) before = nak_test_jst (2026, 12, 1, 12, 0);
  g_autoptr(GDateTime) after = nak_test_jst (2027, 2, 1, 12, 0);
  g_autoptr(GDateTime) next = NULL;

  g_assert_false (open_at (h, 2026, 12, 27, 23, 59));
  g_assert_true (open_at (h, 2026, 12, 28, 0, 0));
  g_assert_true (open_at (h, 2027, 1, 4, 23, 0));
  g_assert_false (open_at (h, 2027, 1, 5, 12, 0));
  g_assert_false (nak_hours_is_24h (h));   /* never "24 hours" outside its windows */
  g_assert_false (nak_hours_is_expired (h, before));
  g_assert_true (nak_hours_is_expired (h, after));

  next = nak_hours_next_opening (h, before);
  g_assert_nonnull (next);
  g_assert_cmpint (g_date_time_get_month (next), ==, 12);
  g_assert_cmpint (g_date_time_get_day_of_month (next), ==, 28);
}

static void
test_next_opening_skips_weekend (void)
{
  g_autoptr(NakHours) h = parse ("mon-fri 09:00-17:00", NULL, NULL);
  g_autoptr(GDateTime) friday_night = nak_test_jst (2026, 11, 27, 20, 0);
  g_autoptr(GDateTime) next = nak_hours_next_opening (h, friday_night);
  g_autoptr(GDateTime) now_open = nak_test_jst (2026, 11, 27, 10, 0);
  g_autoptr(GDateTime) closes = nak_hours_closes_at (h, now_open);

  g_assert_nonnull (next);
  g_assert_cmpint (g_date_time_get_day_of_week (next), ==, 1);
  g_assert_cmpint (g_date_time_get_hour (next), ==, 9);
  g_assert_null (nak_hours_next_opening (h, now_open));   /* open: no "opens at" */
  g_assert_nonnull (closes);
  g_assert_cmpint (g_date_time_get_hour (closes), ==, 17);
}

static void
test_holiday_rules (void)
{
  g_autoptr(NakHours) h = parse ("sat,sun,hol 10:00-16:00", NULL, NULL);

  g_assert_true (open_at (h, 2026, 11, 23, 11, 0));  /* holiday Monday */
  g_assert_false (open_at (h, 2026, 11, 24, 11, 0));
  g_assert_true (open_at (h, 2026, 11, 29, 11, 0));  /* Sunday */
}

static void
test_around_the_clock (void)
{
  g_autoptr(NakHours) h = parse ("24h", NULL, NULL);

  g_assert_true (nak_hours_is_24h (h));
  g_assert_true (open_at (h, 2027, 1, 1, 3, 0));
}

static void
test_japanese_holidays_2026 (void)
{
  const int holidays[][2] = {
    { 1, 1 }, { 1, 12 }, { 2, 11 }, { 2, 23 }, { 3, 20 }, { 4, 29 }, { 5, 3 }, { 5, 4 },
    { 5, 5 }, { 5, 6 }, { 7, 20 }, { 8, 11 }, { 9, 21 }, { 9, 22 }, { 9, 23 }, { 10, 12 },
    { 11, 3 }, { 11, 23 },
  };
  int count = 0;

  for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
    if (!nak_holidays_is_holiday (2026, holidays[i][0], holidays[i][1]))
      g_error ("2026-%02d-%02d should be a holiday", holidays[i][0], holidays[i][1]);

  for (int m = 1; m <= 12; m++)
    for (int d = 1; d <= 31; d++)
      if (g_date_valid_dmy (d, m, 2026) && nak_holidays_is_holiday (2026, m, d))
        count++;
  g_assert_cmpint (count, ==, G_N_ELEMENTS (holidays));
}

static void
test_refuses_bad_hours (void)
{
  const char *bad[] = {
    "", "mon-fri", "mon-fri 8:30-17:15", "mon-fri 08:30", "funday 08:00-09:00",
    "day32 08:00-09:00", "mon-fri 25:00-26:00", "mon-fri 08:60-09:00", "daily 24:00-08:00",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(NakHours) h = nak_hours_parse (bad[i], NULL, NULL, &error);

      if (h != NULL)
        g_error ("'%s' was accepted", bad[i]);
      g_assert_error (error, NAK_HOURS_ERROR, NAK_HOURS_ERROR_SYNTAX);
    }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(NakHours) h = nak_hours_parse ("24h", "sundays", NULL, &error);

    g_assert_null (h);
    g_assert_error (error, NAK_HOURS_ERROR, NAK_HOURS_ERROR_SYNTAX);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(NakHours) h = nak_hours_parse ("24h", NULL, "2027-01-04..2026-12-28", &error);

    g_assert_null (h);
    g_assert_error (error, NAK_HOURS_ERROR, NAK_HOURS_ERROR_SYNTAX);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/nak/hours/weekday-office-hours", test_weekday_office_hours);
  g_test_add_func ("/nak/hours/span-past-midnight", test_span_past_midnight);
  g_test_add_func ("/nak/hours/windows-only", test_windows_only);
  g_test_add_func ("/nak/hours/next-opening-skips-weekend", test_next_opening_skips_weekend);
  g_test_add_func ("/nak/hours/holiday-rules", test_holiday_rules);
  g_test_add_func ("/nak/hours/around-the-clock", test_around_the_clock);
  g_test_add_func ("/nak/hours/japanese-holidays-2026", test_japanese_holidays_2026);
  g_test_add_func ("/nak/hours/refuses-bad-hours", test_refuses_bad_hours);
  return g_test_run ();
}
