/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Small helpers shared by the tests: the real catalogue, fixed times. */
#pragma once

#include <glib.h>

#include "catalogue/nak-catalogue.h"
#include "flow/nak-flow-db.h"
#include "flow/nak-matcher.h"
#include "flow/nak-session.h"

/* The catalogue the build just compiled (NAK_CATALOGUE, set by meson). */
static inline NakCatalogue *
nak_test_open_catalogue (void)
{
  g_autoptr(GError) error = NULL;
  NakCatalogue *catalogue = nak_catalogue_new_for_path (g_getenv ("NAK_CATALOGUE"), &error);

  g_assert_no_error (error);
  return catalogue;
}

static inline NakFlow *
nak_test_load_flow (NakCatalogue *catalogue)
{
  g_autoptr(GError) error = NULL;
  NakFlow *flow = nak_flow_new_from_catalogue (catalogue, &error);

  g_assert_no_error (error);
  return flow;
}

/* A moment in Japan time. */
static inline GDateTime *
nak_test_jst (int year,
              int month,
              int day,
              int hour,
              int minute)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (9 * 3600);

  return g_date_time_new (tz, year, month, day, hour, minute, 0);
}

/* The matcher's result for `answers` (comma-separated choice ids, given in
 * order) in `lang`, at `now`. */
static inline NakResult *
nak_test_run_answers (NakCatalogue *catalogue,
                      NakFlow      *flow,
                      const char   *lang,
                      const char   *answers,
                      GDateTime    *now)
{
  g_autoptr(NakSession) session = nak_session_new (flow, lang);
  g_autoptr(NakSituation) situation = NULL;
  g_auto(GStrv) ids = g_strsplit (answers, ",", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!nak_session_choose (session, ids[i], &error))
        g_error ("answer %s: %s", ids[i], error->message);
    }
  situation = nak_session_dup_situation (session);
  return nak_matcher_run (nak_catalogue_get_entries (catalogue), situation, now);
}
