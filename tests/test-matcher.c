/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Realistic situations against the real catalogue: the right help comes up. */
#include "config.h"

#include <string.h>

#include "flow/nak-flow-paths.h"
#include "flow/nak-matcher.h"
#include "flow/nak-session.h"
#include "nak-test-util.h"

static NakCatalogue *catalogue;
static NakFlow *flow;

/* Tuesday 24 Nov 2026, 11:00 and Sunday 29 Nov 2026, 03:00 (Japan time). */
static GDateTime *weekday_morning;
static GDateTime *sunday_night;

static NakResult *
run (const char *lang,
     const char *answers,
     GDateTime  *now)
{
  return nak_test_run_answers (catalogue, flow, lang, answers, now);
}

static char *
describe (NakResult *result)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < result->items->len; i++)
    {
      NakRecommendation *rec = g_ptr_array_index (result->items, i);

      g_string_append_printf (s, "%s ", nak_entry_get_id (rec->entry));
    }
  return g_string_free (s, FALSE);
}

/* `expected` is a space-separated list of entry ids that must all appear;
 * `top` ids must appear among the first `top_n` results. */
static void
expect (const char *answers,
        const char *expected,
        const char *forbidden)
{
  g_autoptr(NakResult) result = run ("ja", answers, weekday_morning);
  g_autofree char *got = describe (result);
  g_auto(GStrv) want = g_strsplit (expected, " ", -1);

  for (guint i = 0; want[i] != NULL; i++)
    if (nak_result_find (result, want[i]) == NULL)
      g_error ("%s: expected %s among: %s", answers, want[i], got);

  if (forbidden != NULL)
    {
      g_auto(GStrv) never = g_strsplit (forbidden, " ", -1);

      for (guint i = 0; never[i] != NULL; i++)
        if (nak_result_find (result, never[i]) != NULL)
          g_error ("%s: %s must not be offered, got: %s", answers, never[i], got);
    }
}

static void
expect_first (const char *answers,
              const char *ids,
              guint       within)
{
  g_autoptr(NakResult) result = run ("ja", answers, weekday_morning);
  g_autofree char *got = describe (result);
  g_auto(GStrv) want = g_strsplit (ids, " ", -1);

  for (guint i = 0; want[i] != NULL; i++)
    {
      int at = nak_result_index_of (result, want[i]);

      if (at < 0 || (guint) at >= within)
        g_error ("%s: expected %s in the first %u, got: %s", answers, want[i], within, got);
    }
}

static void
test_single_parent_rent_overdue (void)
{
  /* The issue's own example: the housing benefit and the general
   * consultation desk must both be there. */
  expect ("me,childrearing,single,add,food_housing,rent,done",
          "jukyo_kakuho_kyufukin seikatsu_konkyu_jiritsu jidou_fuyou_teate", NULL);
}

static void
test_rent_overdue_alone (void)
{
  expect_first ("me,food_housing,rent,done", "seikatsu_konkyu_jiritsu jukyo_kakuho_kyufukin", 3);
}

static void
test_homeless_tonight (void)
{
  expect_first ("me,food_housing,homeless,done", "seikatsu_konkyu_jiritsu seikatsu_hogo", 4);
}

static void
test_no_food (void)
{
  expect ("me,food_housing,food,done", "food_bank seikatsu_hogo", NULL);
}

static void
test_partner_violence (void)
{
  expect_first ("me,household_relations,violence,done", "dv_soudan_plus", 2);
  expect ("me,household_relations,violence,done", "dv_navi haigusha_center", NULL);
}

static void
test_unpaid_wages (void)
{
  expect ("me,work,conditions,done", "sogo_roudou_corner mibarai_chingin_tatekae", NULL);
}

static void
test_lost_job (void)
{
  expect ("me,work,lost_job,done", "koyo_hoken_kihon hello_work", NULL);
}

static void
test_consumer_trouble (void)
{
  expect_first ("me,crime_consumer,consumer,done", "consumer_188", 2);
}

static void
test_sexual_violence (void)
{
  expect ("me,crime_consumer,sexual,done", "onestop_8891 seihanzai_8103", NULL);
}

static void
test_traffic_accident (void)
{
  expect ("me,accident_disaster,traffic,done", "kotsu_jiko_funso nasva_higaisha_hotline", NULL);
}

static void
test_disaster (void)
{
  expect ("me,accident_disaster,disaster,done", "hisaisha_saiken saigai_choikin", NULL);
}

static void
test_debts (void)
{
  expect ("me,living_costs,debt,done",
          "seikatsu_konkyu_jiritsu seikatsu_fukushi_shikin houterasu_support", NULL);
}

static void
test_medical_costs (void)
{
  expect ("me,living_costs,medical,done", "kogaku_ryoyohi", NULL);
}

static void
test_unexpected_pregnancy (void)
{
  expect_first ("me,pregnancy,unexpected,done", "ninshin_sos", 1);
}

static void
test_child_may_be_abused (void)
{
  expect ("someone,childrearing,abuse,done", "gyakutai_189", NULL);
}

static void
test_addiction (void)
{
  expect ("me,illness_addiction,addiction,done", "izonsho_kyoten seishin_hoken_center",
          "jakunensei_ninchisho_call");
}

static void
test_hikikomori_family_member (void)
{
  expect ("someone,illness_addiction,hikikomori,done", "hikikomori_center", NULL);
}

static void
test_dementia_in_family (void)
{
  expect ("someone,care,dementia,done", "chiiki_houkatsu ninchisho_call", NULL);
}

static void
test_lonely (void)
{
  expect_first ("me,nowhere_to_talk,lonely,done", "yorisoi_hotline", 2);
}

static void
test_crisis_first_screen (void)
{
  g_autoptr(NakResult) result = run ("ja", "not_safe,disappear", sunday_night);
  gboolean any_24h = FALSE;

  g_assert_nonnull (nak_result_find (result, "yorisoi_hotline"));
  g_assert_nonnull (nak_result_find (result, "police_110"));
  g_assert_nonnull (nak_result_find (result, "fire_ambulance_119"));
  /* A line for children is not what an adult in crisis is sent to. */
  g_assert_null (nak_result_find (result, "kodomo_sos_dial"));
  for (guint i = 0; i < result->items->len; i++)
    any_24h |= ((NakRecommendation *) g_ptr_array_index (result->items, i))->open == NAK_OPEN_24H;
  g_assert_true (any_24h);
}

static void
test_danger_now (void)
{
  expect ("not_safe,danger", "dv_soudan_plus police_110", NULL);
}

static void
test_child_bullied_by_phone (void)
{
  expect ("under18,school,bullying,phone", "kodomo_sos_dial childline_phone",
          "seikatsu_hogo jukyo_kakuho_kyufukin yorisoi_foreign");
}

static void
test_child_hurt_at_home (void)
{
  expect ("under18,family,hurt,any", "gyakutai_189 kodomo_jinken_110", NULL);
}

static void
test_child_by_letter (void)
{
  expect ("under18,school,bullying,letter", "sos_minileter", NULL);
}

static void
test_foreign_resident_language (void)
{
  g_autoptr(NakResult) result = run ("en", "me,nowhere_to_talk,language,done", weekday_morning);

  g_assert_nonnull (nak_result_find (result, "houterasu_multilingual"));
  g_assert_nonnull (nak_result_find (result, "gaikokugo_jinken"));
}

/* Every recommendation says why it was chosen. */
static gboolean
check_reasons (NakSession *session,
               gpointer    user_data)
{
  g_autoptr(NakSituation) situation = nak_session_dup_situation (session);
  g_autoptr(NakResult) result = nak_matcher_run (nak_catalogue_get_entries (catalogue),
                                                 situation, user_data);
  gboolean any_open = FALSE;
  gboolean child = nak_situation_has (situation, NAK_ADD_AUDIENCE, "under18");

  g_assert_cmpuint (result->items->len, >, 0);
  g_assert_cmpuint (result->items->len, <=,
                    NAK_MATCHER_MAX_SPECIFIC + NAK_MATCHER_MAX_GENERAL + 1);
  g_assert_cmpuint (result->emergency->len, ==, 2);
  for (guint i = 0; i < result->items->len; i++)
    {
      NakRecommendation *rec = g_ptr_array_index (result->items, i);

      g_assert_cmpuint (rec->reasons->len, >, 0);
      any_open |= rec->open == NAK_OPEN_NOW || rec->open == NAK_OPEN_24H;
      if (child)
        g_assert_true (nak_entry_has_audience (rec->entry, "under18") ||
                       nak_entry_has_audience (rec->entry, "all"));
      /* #9999's windows have all passed: it must never be offered. */
      g_assert_false (nak_entry_is_expired (rec->entry, user_data));
    }
  /* A result never ends on closed doors only. */
  g_assert_true (any_open);
  return TRUE;
}

static void
test_every_path_has_reasons_and_an_open_line (void)
{
  GDateTime *times[] = { weekday_morning, sunday_night };

  for (guint t = 0; t < G_N_ELEMENTS (times); t++)
    {
      g_assert_cmpuint (nak_flow_foreach_path (flow, "ja", check_reasons, times[t]), >, 50);
      nak_flow_foreach_path (flow, "en", check_reasons, times[t]);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  catalogue = nak_test_open_catalogue ();
  flow = nak_test_load_flow (catalogue);
  weekday_morning = nak_test_jst (2026, 11, 24, 11, 0);
  sunday_night = nak_test_jst (2026, 11, 29, 3, 0);

#define ADD(path, func) g_test_add_func ("/nak/matcher/" path, func)
  ADD ("single-parent-rent-overdue", test_single_parent_rent_overdue);
  ADD ("rent-overdue-alone", test_rent_overdue_alone);
  ADD ("homeless-tonight", test_homeless_tonight);
  ADD ("no-food", test_no_food);
  ADD ("partner-violence", test_partner_violence);
  ADD ("unpaid-wages", test_unpaid_wages);
  ADD ("lost-job", test_lost_job);
  ADD ("consumer-trouble", test_consumer_trouble);
  ADD ("sexual-violence", test_sexual_violence);
  ADD ("traffic-accident", test_traffic_accident);
  ADD ("disaster", test_disaster);
  ADD ("debts", test_debts);
  ADD ("medical-costs", test_medical_costs);
  ADD ("unexpected-pregnancy", test_unexpected_pregnancy);
  ADD ("child-may-be-abused", test_child_may_be_abused);
  ADD ("addiction", test_addiction);
  ADD ("hikikomori-family-member", test_hikikomori_family_member);
  ADD ("dementia-in-family", test_dementia_in_family);
  ADD ("lonely", test_lonely);
  ADD ("crisis-first-screen", test_crisis_first_screen);
  ADD ("danger-now", test_danger_now);
  ADD ("child-bullied-by-phone", test_child_bullied_by_phone);
  ADD ("child-hurt-at-home", test_child_hurt_at_home);
  ADD ("child-by-letter", test_child_by_letter);
  ADD ("foreign-resident-language", test_foreign_resident_language);
  ADD ("every-path-has-reasons-and-an-open-line", test_every_path_has_reasons_and_an_open_line);
  status = g_test_run ();

  g_date_time_unref (weekday_morning);
  g_date_time_unref (sunday_night);
  g_object_unref (flow);
  g_object_unref (catalogue);
  return status;
}
