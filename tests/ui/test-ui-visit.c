/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A whole visit through the real widgets, as a visitor taps it. */
#include "config.h"

#include <string.h>

#include "nak-ui-test-util.h"
#include "pages/nak-attract-page.h"
#include "pages/nak-choice-page.h"
#include "pages/nak-detail-page.h"
#include "pages/nak-results-page.h"
#include "pages/nak-wizard.h"
#include "widgets/nak-result-card.h"

typedef NakUiFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  nak_ui_fixture_open (f, nak_settings_new_default ());
  nak_ui_wait (200);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  nak_ui_fixture_close (f);
}

static GtkWidget *
page (Fixture *f)
{
  return nak_shell_get_visible_page (nak_window_get_shell (f->window));
}

/* Hikarino's pose in the top bar. */
static const char *
pose (Fixture *f)
{
  return nak_shell_get_mascot_pose (nak_window_get_shell (f->window));
}

static void
tap_answer (Fixture    *f,
            const char *choice)
{
  GtkWidget *p = page (f);

  if (!NAK_IS_CHOICE_PAGE (p))
    g_error ("expected a question on screen to answer %s, got %s", choice, G_OBJECT_TYPE_NAME (p));
  nak_ui_tap (nak_choice_page_find_tile (NAK_CHOICE_PAGE (p), choice));
}

/* Every control a visitor can tap says what it is: its words are its
 * accessible name (GTK names a button after its label), and tiles and cards
 * set theirs explicitly. A button with neither would be silent to a screen
 * reader. */
static void
check_controls_named (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_mapped (child))
        continue;
      if (GTK_IS_BUTTON (child))
        {
          const char *label = gtk_button_get_label (GTK_BUTTON (child));
          GtkWidget *inner = gtk_button_get_child (GTK_BUTTON (child));
          gboolean named = (label != NULL && *label != '\0') ||
                           (GTK_IS_LABEL (inner) && *gtk_label_get_text (GTK_LABEL (inner)) != '\0') ||
                           NAK_IS_RESULT_CARD (child) ||
                           g_type_is_a (G_OBJECT_TYPE (child), g_type_from_name ("NakTileButton"));

          if (!named)
            g_error ("a %s has no words a screen reader could say", G_OBJECT_TYPE_NAME (child));
          g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (child)), ==,
                           GTK_ACCESSIBLE_ROLE_BUTTON);
        }
      check_controls_named (child);
    }
}

static void
start (Fixture *f)
{
  g_assert_true (NAK_IS_ATTRACT_PAGE (page (f)));
  nak_ui_tap (nak_ui_find_button (page (f), _("Start")));
  g_assert_true (NAK_IS_CHOICE_PAGE (page (f)));
}

/* Whether the results list shows a card for every recommendation. */
static gboolean
all_cards_shown (gpointer data)
{
  NakResultsPage *results = data;
  guint n = 0;

  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (results)); w != NULL;
       w = nak_ui_next_in_tree (GTK_WIDGET (results), w))
    if (NAK_IS_RESULT_CARD (w) && gtk_widget_get_mapped (w))
      n++;
  return n == nak_results_page_get_result (results)->items->len;
}

static void
test_whole_visit (Fixture       *f,
                  gconstpointer  data)
{
  NakSession *session = nak_window_get_session (f->window);
  GtkWidget *card = NULL;
  GPtrArray *cards;

  /* The welcome screen shows Hikarino's line and the emergency numbers. */
  g_assert_true (nak_ui_shows_text (GTK_WIDGET (f->window), "110"));
  g_assert_true (nak_ui_shows_text (GTK_WIDGET (f->window), "119"));
  g_assert_cmpstr (pose (f), ==, "welcome");

  /* English, then Start. */
  nak_ui_tap (nak_shell_find_language_button (nak_window_get_shell (f->window), "en"));
  g_assert_cmpstr (nak_session_get_language (session), ==, "en");
  start (f);
  g_assert_true (nak_ui_shows_text (page (f), "Who would you like help for?"));

  tap_answer (f, "me");
  g_assert_true (nak_ui_shows_text (page (f), "What are you worried about?"));
  g_assert_cmpstr (pose (f), ==, "listening");
  check_controls_named (GTK_WIDGET (f->window));
  tap_answer (f, "food_housing");
  tap_answer (f, "rent");
  tap_answer (f, "done");

  /* Results: cards with the housing benefit, the reason and a phone line open now. */
  g_assert_true (NAK_IS_RESULTS_PAGE (page (f)));
  g_assert_true (nak_ui_shows_text (page (f), "Housing Security Benefit"));
  g_assert_true (nak_ui_shows_text (page (f), "Because you said"));
  g_assert_cmpstr (pose (f), ==, "results");
  /* The first cards come with the first frame, the rest on their own
   * (one per frame) until every recommendation has its card. */
  g_assert_true (nak_ui_wait_until (all_cards_shown, page (f), 5000));
  cards = nak_results_page_get_cards (NAK_RESULTS_PAGE (page (f)));
  g_assert_cmpuint (cards->len, >=, 3);
  for (guint i = 0; i < cards->len; i++)
    if (g_strcmp0 (nak_result_card_get_entry_id (g_ptr_array_index (cards, i)),
                   "jukyo_kakuho_kyufukin") == 0)
      card = g_ptr_array_index (cards, i);
  g_assert_nonnull (card);
  check_controls_named (GTK_WIDGET (f->window));

  /* Detail, then back to the list. */
  nak_ui_tap (card);
  g_assert_true (NAK_IS_DETAIL_PAGE (page (f)));
  g_assert_true (nak_ui_shows_text (page (f), "You can say"));
  /* There the card is to be read, not pressed: a screen reader must not
   * offer it as a button that does nothing. */
  card = NULL;
  for (GtkWidget *w = gtk_widget_get_first_child (page (f)); w != NULL && card == NULL;
       w = nak_ui_next_in_tree (page (f), w))
    if (NAK_IS_RESULT_CARD (w))
      card = w;
  g_assert_nonnull (card);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (card)), ==,
                   GTK_ACCESSIBLE_ROLE_GROUP);
  g_assert_cmpstr (pose (f), ==, "results");
  nak_ui_tap (nak_ui_find_button (page (f), _("Back to the list")));
  g_assert_true (NAK_IS_RESULTS_PAGE (page (f)));

  /* Finish wipes everything and returns to the welcome screen in Japanese. */
  nak_ui_tap (nak_ui_find_button (nak_shell_get_wizard (nak_window_get_shell (f->window)),
                                  _("Finish and clear")));
  g_assert_true (NAK_IS_ATTRACT_PAGE (page (f)));
  g_assert_cmpuint (nak_session_get_n_answers (session), ==, 0);
  g_assert_cmpstr (nak_session_get_language (session), ==, "ja");
  g_assert_cmpstr (pose (f), ==, "welcome");
}

/* A page for step `step_id` (NULL: any step) waiting unshown in the wizard
 * (built ahead), or NULL. (Pages built for the screen before may still be
 * on their way out.) */
static GtkWidget *
page_waiting (Fixture    *f,
              const char *step_id)
{
  GtkWidget *wizard = nak_shell_get_wizard (nak_window_get_shell (f->window));

  for (GtkWidget *w = gtk_widget_get_first_child (wizard); w != NULL;
       w = nak_ui_next_in_tree (wizard, w))
    if (NAK_IS_PAGE (w) && !gtk_widget_get_mapped (w) &&
        (step_id == NULL || g_strcmp0 (nak_page_get_step_id (NAK_PAGE (w)), step_id) == 0))
      return w;
  return NULL;
}

static gboolean
results_waiting (gpointer data)
{
  return page_waiting (data, "results") != NULL;
}

static gboolean
worries_waiting (gpointer data)
{
  return page_waiting (data, "category") != NULL;
}

static gboolean
nothing_waiting (gpointer data)
{
  return page_waiting (data, NULL) == NULL;
}

static gboolean
more_waiting (gpointer data)
{
  return page_waiting (data, "more") != NULL;
}

static GStrv
result_ids (NakResult *result)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; i < result->items->len; i++)
    {
      NakRecommendation *rec = g_ptr_array_index (result->items, i);

      g_strv_builder_add (ids, nak_entry_get_id (rec->entry));
    }
  return g_strv_builder_end (ids);
}

/* While a question is on screen, the screens its answers lead to are built
 * ahead and wait unshown. A visitor must not be able to tell: the screen
 * for their answer is shown, a tap on it answers their own session, the
 * results are those of their own answers, and after Back they see the
 * answer they gave before, not a screen built ahead without it. */
static void
test_screens_built_ahead (Fixture       *f,
                          gconstpointer  data)
{
  NakSession *session = nak_window_get_session (f->window);
  GtkWidget *ahead;
  g_autoptr(GtkWidget) fresh = NULL;
  g_auto(GStrv) shown_ids = NULL;
  g_auto(GStrv) fresh_ids = NULL;

  nak_window_set_language (f->window, "en");
  start (f);
  tap_answer (f, "me");
  tap_answer (f, "food_housing");
  tap_answer (f, "rent");
  g_assert_cmpstr (nak_session_get_current_step (session), ==, "more");

  /* "Add another worry" leads to the worries again, built ahead. */
  g_assert_true (nak_ui_wait_until (worries_waiting, f, 5000));
  ahead = page_waiting (f, "category");
  tap_answer (f, "add");
  g_assert_true (page (f) == ahead);
  g_assert_true (nak_ui_shows_text (page (f), "What are you worried about?"));
  /* Its tiles answer the visitor's session, not the copy it was built on. */
  tap_answer (f, "work");
  g_assert_cmpstr (nak_session_get_current_step (session), ==, "fu_work");
  g_assert_cmpuint (nak_session_get_n_answers (session), ==, 5);

  /* Back: the worries again, with Work shown as the answer given. */
  g_assert_true (nak_ui_wait_until (more_waiting, f, 5000));
  nak_ui_tap (nak_ui_find_button (nak_shell_get_wizard (nak_window_get_shell (f->window)),
                                  _("Back")));
  g_assert_cmpstr (nak_session_get_current_step (session), ==, "category");
  g_assert_true (gtk_widget_has_css_class (
    nak_choice_page_find_tile (NAK_CHOICE_PAGE (page (f)), "work"), "remembered"));
  tap_answer (f, "work");
  tap_answer (f, "lost_job");

  /* The results built ahead are the visitor's own: the same entries, in
   * the same order, as a results page built now for their session. */
  g_assert_true (nak_ui_wait_until (results_waiting, f, 5000));
  ahead = page_waiting (f, "results");
  tap_answer (f, "done");
  g_assert_true (page (f) == ahead);
  fresh = g_object_ref_sink (g_object_new (NAK_TYPE_RESULTS_PAGE, "session", session,
                                           "catalogue", f->catalogue,
                                           "step-id", "results", NULL));
  shown_ids = result_ids (nak_results_page_get_result (NAK_RESULTS_PAGE (page (f))));
  fresh_ids = result_ids (nak_results_page_get_result (NAK_RESULTS_PAGE (fresh)));
  g_assert_cmpuint (g_strv_length (shown_ids), >, 0);
  g_assert_cmpstrv (shown_ids, fresh_ids);
  /* On the results nothing is built ahead, and what was built for the
   * last question goes: the visitor's answers are kept nowhere but on the
   * screen. */
  g_assert_true (nak_ui_wait_until (nothing_waiting, f, 5000));
}

static void
test_back_and_start_over (Fixture       *f,
                          gconstpointer  data)
{
  NakSession *session = nak_window_get_session (f->window);
  GtkWidget *wizard;

  nak_window_set_language (f->window, "en");
  start (f);
  tap_answer (f, "me");
  tap_answer (f, "work");
  wizard = nak_shell_get_wizard (nak_window_get_shell (f->window));
  nak_ui_tap (nak_ui_find_button (wizard, _("Back")));
  g_assert_cmpstr (nak_session_get_current_step (session), ==, "category");
  /* The answer given before is shown selected. */
  g_assert_true (gtk_widget_has_css_class (
    nak_choice_page_find_tile (NAK_CHOICE_PAGE (page (f)), "work"), "remembered"));
  tap_answer (f, "care");
  g_assert_cmpstr (nak_session_get_current_step (session), ==, "fu_care");

  nak_ui_tap (nak_ui_find_button (wizard, _("Start over")));
  g_assert_cmpstr (nak_session_get_current_step (session), ==, "who");
  g_assert_cmpuint (nak_session_get_n_answers (session), ==, 0);
}

static void
test_language_switch_keeps_answers (Fixture       *f,
                                    gconstpointer  data)
{
  NakSession *session = nak_window_get_session (f->window);

  start (f);
  tap_answer (f, "me");
  g_assert_true (nak_ui_shows_text (page (f), "どんなことで困っていますか"));
  nak_ui_tap (nak_shell_find_language_button (nak_window_get_shell (f->window), "en"));
  /* Same question, now in English; the answer given is still there. */
  g_assert_true (nak_ui_shows_text (page (f), "What are you worried about?"));
  g_assert_false (nak_ui_shows_text (page (f), "どんなことで困っていますか"));
  g_assert_cmpuint (nak_session_get_n_answers (session), ==, 1);
  tap_answer (f, "work");
  tap_answer (f, "lost_job");
  tap_answer (f, "done");
  nak_ui_tap (nak_shell_find_language_button (nak_window_get_shell (f->window), "ja"));
  g_assert_true (NAK_IS_RESULTS_PAGE (page (f)));
  g_assert_true (nak_ui_shows_text (page (f), "ハローワーク"));
}

static gboolean
is_warning (gpointer idle)
{
  return nak_idle_watch_get_warning (idle);
}

static gboolean
is_wiped (gpointer session)
{
  return nak_session_get_n_answers (session) == 0;
}

static void
test_idle_timeout_wipes (Fixture       *f,
                         gconstpointer  data)
{
  NakIdleWatch *idle = nak_window_get_idle_watch (f->window);
  NakSession *session = nak_window_get_session (f->window);

  nak_idle_watch_set_timeouts_ms (idle, 300, 600);
  start (f);
  tap_answer (f, "me");
  tap_answer (f, "nowhere_to_talk");
  /* First a warning with a countdown and a way to stay… */
  g_assert_true (nak_ui_wait_until (is_warning, idle, 5000));
  nak_ui_wait (50);
  g_assert_true (nak_ui_shows_text (GTK_WIDGET (f->window), "Are you still there?") ||
                 nak_ui_shows_text (GTK_WIDGET (f->window), "まだ"));
  /* Hikarino waves goodbye while the screen counts down. */
  g_assert_cmpstr (pose (f), ==, "goodbye");
  g_assert_cmpuint (nak_session_get_n_answers (session), ==, 2);
  /* …then, with no answer, everything is wiped. */
  g_assert_true (nak_ui_wait_until (is_wiped, session, 5000));
  g_assert_false (nak_idle_watch_get_warning (idle));
  nak_ui_wait (50);
  g_assert_true (NAK_IS_ATTRACT_PAGE (page (f)));
}

static void
test_still_here_extends (Fixture       *f,
                         gconstpointer  data)
{
  NakIdleWatch *idle = nak_window_get_idle_watch (f->window);
  NakSession *session = nak_window_get_session (f->window);

  nak_idle_watch_set_timeouts_ms (idle, 300, 600);
  start (f);
  tap_answer (f, "me");
  g_assert_true (nak_ui_wait_until (is_warning, idle, 5000));
  g_signal_emit_by_name (nak_window_get_shell (f->window), "still-here");
  g_assert_false (nak_idle_watch_get_warning (idle));
  /* The countdown is gone and the clock starts again from the full time. */
  nak_ui_wait (250);
  g_assert_false (nak_idle_watch_get_warning (idle));
  g_assert_cmpuint (nak_session_get_n_answers (session), ==, 1);
}

static void
test_under18_path (Fixture       *f,
                   gconstpointer  data)
{
  NakShell *shell;
  GPtrArray *cards;

  start (f);
  tap_answer (f, "under18");
  shell = nak_window_get_shell (f->window);
  /* Its own look and wording. */
  g_assert_true (gtk_widget_has_css_class (nak_shell_get_wizard (shell), "child"));
  g_assert_true (nak_ui_shows_text (page (f), "どんなことがつらいのかな"));
  tap_answer (f, "school");
  tap_answer (f, "bullying");
  tap_answer (f, "phone");
  g_assert_true (NAK_IS_RESULTS_PAGE (page (f)));
  cards = nak_results_page_get_cards (NAK_RESULTS_PAGE (page (f)));
  g_assert_cmpuint (cards->len, >=, 2);
  g_assert_true (nak_ui_shows_text (page (f), "24時間子供SOSダイヤル"));
  /* The strip offers a line made for children. */
  g_assert_nonnull (strstr (nak_shell_get_emergency_text (shell), "0120-0-78310"));
}

static void
test_crisis_from_first_screen (Fixture       *f,
                               gconstpointer  data)
{
  nak_window_set_language (f->window, "en");
  nak_ui_tap (nak_ui_find_button (page (f), _("I am not safe right now, or I feel like disappearing")));
  g_assert_cmpstr (nak_session_get_current_step (nak_window_get_session (f->window)), ==, "crisis");
  tap_answer (f, "disappear");
  g_assert_true (NAK_IS_RESULTS_PAGE (page (f)));
  g_assert_true (nak_ui_shows_text (page (f), "0120-279-338"));
}

static void
test_quick_hide (Fixture       *f,
                 gconstpointer  data)
{
  NakSession *session = nak_window_get_session (f->window);

  nak_window_set_language (f->window, "en");
  start (f);
  tap_answer (f, "me");
  tap_answer (f, "household_relations");
  nak_ui_tap (nak_ui_find_button (GTK_WIDGET (nak_window_get_shell (f->window)), _("Hide screen")));
  g_assert_true (NAK_IS_ATTRACT_PAGE (page (f)));
  g_assert_cmpuint (nak_session_get_n_answers (session), ==, 0);
  g_assert_cmpstr (nak_session_get_language (session), ==, "ja");
}

/* The survey chart's five bars start in one column, however long the
 * answers next to them are in this language. */
static void
assert_bars_aligned (GtkWidget *root)
{
  double left = -1;
  guint n = 0;

  g_assert_true (nak_ui_wait_frame (root, 5000));
  for (GtkWidget *w = root; w != NULL; w = nak_ui_next_in_tree (root, w))
    if (GTK_IS_LEVEL_BAR (w))
      {
        graphene_rect_t bounds;

        g_assert_true (gtk_widget_compute_bounds (w, root, &bounds));
        if (n++ == 0)
          left = bounds.origin.x;
        g_assert_cmpfloat_with_epsilon (bounds.origin.x, left, 0.5);
      }
  g_assert_cmpuint (n, ==, 5);
}

static void
test_info_pages (Fixture       *f,
                 gconstpointer  data)
{
  nak_window_set_language (f->window, "en");
  nak_ui_tap (nak_ui_find_button (page (f), _("How many people feel lonely?")));
  g_assert_true (nak_ui_shows_text (page (f), "38.9 %"));
  g_assert_true (nak_ui_shows_text (page (f), "Source:"));
  g_assert_cmpstr (pose (f), ==, "thinking");
  assert_bars_aligned (page (f));
  nak_ui_tap (nak_ui_find_button (page (f), _("Back")));
  g_assert_true (NAK_IS_ATTRACT_PAGE (page (f)));
  g_assert_cmpstr (pose (f), ==, "welcome");

  /* Japanese has the longest first answer. */
  nak_window_set_language (f->window, "ja");
  nak_ui_tap (nak_ui_find_button (page (f), _("How many people feel lonely?")));
  assert_bars_aligned (page (f));
}

static void
test_touch_targets_are_large (Fixture       *f,
                              gconstpointer  data)
{
  GtkWidget *tile;
  graphene_rect_t bounds;

  start (f);
  tap_answer (f, "me");
  tile = nak_choice_page_find_tile (NAK_CHOICE_PAGE (page (f)), "work");
  g_assert_true (nak_ui_wait_frame (tile, 5000));
  g_assert_true (gtk_widget_compute_bounds (tile, tile, &bounds));
  g_assert_cmpfloat (bounds.size.height, >=, 64);
  g_assert_cmpfloat (bounds.size.width, >=, 64);
}

int
main (int   argc,
      char *argv[])
{
  if (!nak_ui_test_init (&argc, &argv))
    {
      g_test_skip ("no display");
      return 77;
    }
#define ADD(path, func) \
  g_test_add ("/nak/ui/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("whole-visit", test_whole_visit);
  ADD ("back-and-start-over", test_back_and_start_over);
  ADD ("screens-built-ahead", test_screens_built_ahead);
  ADD ("language-switch-keeps-answers", test_language_switch_keeps_answers);
  ADD ("idle-timeout-wipes", test_idle_timeout_wipes);
  ADD ("still-here-extends", test_still_here_extends);
  ADD ("under18-path", test_under18_path);
  ADD ("crisis-from-first-screen", test_crisis_from_first_screen);
  ADD ("quick-hide", test_quick_hide);
  ADD ("info-pages", test_info_pages);
  ADD ("touch-targets-are-large", test_touch_targets_are_large);
  return g_test_run ();
}
