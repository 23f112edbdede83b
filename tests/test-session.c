/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A visitor's walk: choose, back, start over, and a language switch mid-way. */
#include "config.h"

#include "flow/nak-session.h"
#include "nak-test-util.h"

typedef struct
{
  NakCatalogue *catalogue;
  NakFlow      *flow;
  NakSession   *session;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->catalogue = nak_test_open_catalogue ();
  f->flow = nak_test_load_flow (f->catalogue);
  f->session = nak_session_new (f->flow, "ja");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->session);
  g_assert_finalize_object (f->flow);
  g_assert_finalize_object (f->catalogue);
}

static void
choose (NakSession *session,
        const char *choice)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (nak_session_choose (session, choice, &error));
  g_assert_no_error (error);
}

static void
test_starts_at_who (Fixture       *f,
                    gconstpointer  data)
{
  g_assert_cmpstr (nak_session_get_current_step (f->session), ==, "who");
  g_assert_false (nak_session_get_can_go_back (f->session));
  g_assert_false (nak_session_back (f->session));
}

static void
test_choose_moves_on_and_adds (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(NakSituation) s = NULL;

  choose (f->session, "me");
  choose (f->session, "food_housing");
  g_assert_cmpstr (nak_session_get_current_step (f->session), ==, "fu_food_housing");
  choose (f->session, "rent");
  g_assert_cmpstr (nak_session_get_current_step (f->session), ==, "more");
  s = nak_session_dup_situation (f->session);
  g_assert_true (nak_situation_has (s, NAK_ADD_CATEGORY, "food_housing"));
  g_assert_true (nak_situation_has (s, NAK_ADD_TAG, "rent_overdue"));
  g_assert_true (nak_session_get_can_go_back (f->session));
}

static void
test_back_restores_previous_answer (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(NakSituation) before = NULL;
  g_autoptr(NakSituation) after = NULL;

  choose (f->session, "me");
  choose (f->session, "food_housing");
  choose (f->session, "rent");
  g_assert_true (nak_session_back (f->session));

  /* Back on the question, with the answer given before still known, so
   * the screen can show it selected; the tag it added is gone. */
  g_assert_cmpstr (nak_session_get_current_step (f->session), ==, "fu_food_housing");
  g_assert_cmpstr (nak_session_get_remembered_answer (f->session), ==, "rent");
  after = nak_session_dup_situation (f->session);
  g_assert_false (nak_situation_has (after, NAK_ADD_TAG, "rent_overdue"));
  g_assert_true (nak_situation_has (after, NAK_ADD_CATEGORY, "food_housing"));

  choose (f->session, "food");
  g_assert_null (nak_session_get_remembered_answer (f->session));
  before = nak_session_dup_situation (f->session);
  g_assert_true (nak_situation_has (before, NAK_ADD_TAG, "no_food"));
  g_assert_false (nak_situation_has (before, NAK_ADD_TAG, "rent_overdue"));
}

static void
test_start_over_wipes_every_answer (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(NakSituation) s = NULL;

  choose (f->session, "me");
  choose (f->session, "household_relations");
  choose (f->session, "violence");
  nak_session_start_over (f->session);

  g_assert_cmpstr (nak_session_get_current_step (f->session), ==, "who");
  g_assert_cmpuint (nak_session_get_n_answers (f->session), ==, 0);
  g_assert_false (nak_session_get_can_go_back (f->session));
  g_assert_null (nak_session_get_remembered_answer (f->session));
  s = nak_session_dup_situation (f->session);
  g_assert_cmpuint (s->tags->len, ==, 0);
  g_assert_cmpuint (s->categories->len, ==, 0);
}

static void
test_unknown_answer_changes_nothing (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  choose (f->session, "me");
  g_assert_false (nak_session_choose (f->session, "no_such_answer", &error));
  g_assert_error (error, NAK_FLOW_ERROR, NAK_FLOW_ERROR_UNKNOWN_CHOICE);
  g_assert_cmpstr (nak_session_get_current_step (f->session), ==, "category");
  g_assert_cmpuint (nak_session_get_n_answers (f->session), ==, 1);
}

static void
test_language_switch_keeps_answers (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(NakSituation) s = NULL;

  choose (f->session, "me");
  choose (f->session, "work");
  nak_session_set_language (f->session, "en");
  g_assert_cmpstr (nak_session_get_language (f->session), ==, "en");
  g_assert_cmpstr (nak_session_get_current_step (f->session), ==, "fu_work");
  g_assert_cmpuint (nak_session_get_n_answers (f->session), ==, 2);
  s = nak_session_dup_situation (f->session);
  g_assert_true (nak_situation_has (s, NAK_ADD_CATEGORY, "work"));
  g_assert_true (nak_situation_is_foreign (s));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_notifies_only_on_change (Fixture       *f,
                              gconstpointer  data)
{
  guint steps = 0, back = 0;

  g_signal_connect (f->session, "notify::current-step", G_CALLBACK (count_notify), &steps);
  g_signal_connect (f->session, "notify::can-go-back", G_CALLBACK (count_notify), &back);
  choose (f->session, "me");
  choose (f->session, "work");
  g_assert_cmpuint (steps, ==, 2);
  g_assert_cmpuint (back, ==, 1);
  nak_session_set_language (f->session, "ja");  /* unchanged: no notify */
  nak_session_start_over (f->session);
  g_assert_cmpuint (steps, ==, 3);
  g_assert_cmpuint (back, ==, 2);
}

static void
test_several_worries (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(NakSituation) s = NULL;

  choose (f->session, "me");
  choose (f->session, "childrearing");
  choose (f->session, "single");
  choose (f->session, "add");
  g_assert_cmpstr (nak_session_get_current_step (f->session), ==, "category");
  choose (f->session, "food_housing");
  choose (f->session, "rent");
  choose (f->session, "done");
  g_assert_cmpstr (nak_session_get_current_step (f->session), ==, "results");
  s = nak_session_dup_situation (f->session);
  g_assert_cmpuint (s->categories->len, ==, 2);
  g_assert_true (nak_situation_has (s, NAK_ADD_TAG, "single_parent"));
  g_assert_true (nak_situation_has (s, NAK_ADD_TAG, "rent_overdue"));
}

/* A look ahead never changes the visitor's own session, and is equal to it
 * exactly when the visitor gives the same answers. */
static void
test_copy_looks_ahead (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(NakSession) ahead = NULL;
  g_autoptr(NakSession) other = NULL;
  g_autoptr(NakSession) fresh = NULL;

  choose (f->session, "me");
  ahead = nak_session_copy (f->session);
  g_assert_true (nak_session_equal (ahead, f->session));
  choose (ahead, "food_housing");
  g_assert_cmpstr (nak_session_get_current_step (f->session), ==, "category");
  g_assert_cmpuint (nak_session_get_n_answers (f->session), ==, 1);
  g_assert_false (nak_session_equal (ahead, f->session));

  other = nak_session_copy (f->session);
  choose (other, "work");
  choose (f->session, "food_housing");
  g_assert_true (nak_session_equal (ahead, f->session));
  g_assert_false (nak_session_equal (other, f->session));

  /* After Back the visitor's session remembers the answer it went back
   * from (the page shows it as given); a session that reached the same
   * question without going back does not, so a page built for it does not
   * fit. Two sessions that both went back are equal again. */
  g_assert_true (nak_session_back (f->session));
  fresh = nak_session_new (f->flow, "ja");
  choose (fresh, "me");
  g_assert_cmpstr (nak_session_get_current_step (fresh), ==,
                   nak_session_get_current_step (f->session));
  g_assert_false (nak_session_equal (fresh, f->session));
  g_assert_true (nak_session_back (ahead));
  g_assert_true (nak_session_equal (ahead, f->session));
  nak_session_set_language (ahead, "en");
  g_assert_false (nak_session_equal (ahead, f->session));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add ("/nak/session/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("starts-at-who", test_starts_at_who);
  ADD ("choose-moves-on-and-adds", test_choose_moves_on_and_adds);
  ADD ("back-restores-previous-answer", test_back_restores_previous_answer);
  ADD ("start-over-wipes-every-answer", test_start_over_wipes_every_answer);
  ADD ("unknown-answer-changes-nothing", test_unknown_answer_changes_nothing);
  ADD ("language-switch-keeps-answers", test_language_switch_keeps_answers);
  ADD ("notifies-only-on-change", test_notifies_only_on_change);
  ADD ("several-worries", test_several_worries);
  ADD ("copy-looks-ahead", test_copy_looks_ahead);
  return g_test_run ();
}
