/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The flow refuses every broken graph, and the real one is short enough. */
#include "config.h"

#include <string.h>

#include "flow/nak-flow.h"
#include "nak-test-util.h"

static NakStep *
step (const char  *id,
      NakStepKind  kind,
      gboolean     start)
{
  g_autofree char *origin = g_strdup_printf ("flow/%s.step:1", id);

  return nak_step_new (id, kind, start, NAK_TONE_ADULT, origin);
}

static void
choice (NakStep    *s,
        const char *id,
        const char *next)
{
  g_autofree char *origin = g_strdup_printf ("flow/%s.step:7", s->id);

  g_ptr_array_add (s->choices, nak_choice_new (id, next, NULL, origin));
}

/* who → results, the smallest valid flow, with one twist per test. */
static NakFlow *
base_flow (gboolean with_start)
{
  NakFlow *flow = nak_flow_new ();
  NakStep *who = step ("who", NAK_STEP_CHOICE, with_start);

  choice (who, "me", "results");
  g_assert_true (nak_flow_add_step (flow, who, NULL));
  g_assert_true (nak_flow_add_step (flow, step ("results", NAK_STEP_RESULTS, FALSE), NULL));
  return flow;
}

static void
expect_invalid (NakFlow      *flow,
                NakFlowError  code,
                const char   *names)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (nak_flow_validate (flow, &error));
  g_assert_error (error, NAK_FLOW_ERROR, (int) code);
  /* The message says where, so a reviewer can find the step. */
  if (strstr (error->message, names) == NULL)
    g_error ("expected '%s' in: %s", names, error->message);
}

static void
test_valid_minimal (void)
{
  g_autoptr(NakFlow) flow = base_flow (TRUE);
  g_autoptr(GError) error = NULL;

  g_assert_true (nak_flow_validate (flow, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (nak_flow_get_start (flow)->id, ==, "who");
  g_assert_cmpuint (nak_flow_max_taps (flow, "who"), ==, 1);
}

static void
test_no_start (void)
{
  g_autoptr(NakFlow) flow = base_flow (FALSE);

  expect_invalid (flow, NAK_FLOW_ERROR_NO_START, "start=true");
}

static void
test_several_starts (void)
{
  g_autoptr(NakFlow) flow = base_flow (TRUE);
  NakStep *other = step ("other", NAK_STEP_CHOICE, TRUE);

  choice (other, "x", "results");
  g_assert_true (nak_flow_add_step (flow, other, NULL));
  expect_invalid (flow, NAK_FLOW_ERROR_SEVERAL_STARTS, "flow/other.step");
}

static void
test_answer_leading_nowhere (void)
{
  g_autoptr(NakFlow) flow = base_flow (TRUE);
  NakStep *who = g_ptr_array_index (nak_flow_get_steps (flow), 0);

  choice (who, "typo", "resluts");
  expect_invalid (flow, NAK_FLOW_ERROR_BAD_TARGET, "resluts");
}

static void
test_unreachable_step (void)
{
  g_autoptr(NakFlow) flow = base_flow (TRUE);
  NakStep *lost = step ("lost", NAK_STEP_CHOICE, FALSE);

  choice (lost, "x", "results");
  g_assert_true (nak_flow_add_step (flow, lost, NULL));
  expect_invalid (flow, NAK_FLOW_ERROR_UNREACHABLE, "'lost'");
}

static void
test_question_without_answers (void)
{
  g_autoptr(NakFlow) flow = base_flow (TRUE);
  NakStep *who = g_ptr_array_index (nak_flow_get_steps (flow), 0);

  choice (who, "empty", "empty");
  g_assert_true (nak_flow_add_step (flow, step ("empty", NAK_STEP_CHOICE, FALSE), NULL));
  expect_invalid (flow, NAK_FLOW_ERROR_DEAD_END, "'empty'");
}

static void
test_loop_without_results (void)
{
  g_autoptr(NakFlow) flow = base_flow (TRUE);
  NakStep *who = g_ptr_array_index (nak_flow_get_steps (flow), 0);
  NakStep *a = step ("a", NAK_STEP_CHOICE, FALSE);
  NakStep *b = step ("b", NAK_STEP_CHOICE, FALSE);

  choice (who, "loop", "a");
  choice (a, "next", "b");
  choice (b, "again", "a");
  g_assert_true (nak_flow_add_step (flow, a, NULL));
  g_assert_true (nak_flow_add_step (flow, b, NULL));
  expect_invalid (flow, NAK_FLOW_ERROR_DEAD_END, "ever leads to the results");
}

static void
test_results_with_answers (void)
{
  g_autoptr(NakFlow) flow = nak_flow_new ();
  NakStep *who = step ("who", NAK_STEP_CHOICE, TRUE);
  NakStep *results = step ("results", NAK_STEP_RESULTS, FALSE);

  choice (who, "me", "results");
  choice (results, "more", "who");
  g_assert_true (nak_flow_add_step (flow, who, NULL));
  g_assert_true (nak_flow_add_step (flow, results, NULL));
  expect_invalid (flow, NAK_FLOW_ERROR_DEAD_END, "must not have answers");
}

static void
test_duplicates_refused (void)
{
  g_autoptr(NakFlow) flow = base_flow (TRUE);
  g_autoptr(GError) error = NULL;
  NakStep *again = step ("who", NAK_STEP_CHOICE, FALSE);
  NakStep *twins = step ("twins", NAK_STEP_CHOICE, FALSE);

  g_assert_false (nak_flow_add_step (flow, again, &error));
  g_assert_error (error, NAK_FLOW_ERROR, NAK_FLOW_ERROR_DUPLICATE);
  g_clear_error (&error);

  choice (twins, "x", "results");
  choice (twins, "x", "results");
  g_assert_false (nak_flow_add_step (flow, twins, &error));
  g_assert_error (error, NAK_FLOW_ERROR, NAK_FLOW_ERROR_DUPLICATE);
}

static void
test_bad_adds (void)
{
  g_autoptr(NakChoice) c = nak_choice_new ("x", "results", NULL, "flow/who.step:9");
  g_autoptr(GError) error = NULL;

  g_assert_true (nak_choice_parse_adds (c, "category:work tag:lost_job", NULL));
  g_assert_cmpuint (c->adds->len, ==, 2);
  g_assert_false (nak_choice_parse_adds (c, "colour:blue", &error));
  g_assert_error (error, NAK_FLOW_ERROR, NAK_FLOW_ERROR_BAD_ADDS);
  g_assert_nonnull (strstr (error->message, "flow/who.step:9"));
}

/* The promise: results within four taps after the language. */
static void
test_real_flow_reaches_results_in_four_taps (void)
{
  g_autoptr(NakCatalogue) catalogue = nak_test_open_catalogue ();
  g_autoptr(NakFlow) flow = nak_test_load_flow (catalogue);
  const NakStep *start = nak_flow_get_start (flow);

  g_assert_cmpuint (nak_flow_max_taps (flow, start->id), <=, 4);
  g_assert_cmpuint (nak_flow_max_taps (flow, start->id), >=, 2);
  /* The crisis answer is on the very first screen. */
  g_assert_nonnull (nak_step_find_choice (start, "not_safe"));
  g_assert_cmpuint (nak_flow_max_taps (flow, "crisis"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/nak/flow/valid-minimal", test_valid_minimal);
  g_test_add_func ("/nak/flow/no-start", test_no_start);
  g_test_add_func ("/nak/flow/several-starts", test_several_starts);
  g_test_add_func ("/nak/flow/answer-leading-nowhere", test_answer_leading_nowhere);
  g_test_add_func ("/nak/flow/unreachable-step", test_unreachable_step);
  g_test_add_func ("/nak/flow/question-without-answers", test_question_without_answers);
  g_test_add_func ("/nak/flow/loop-without-results", test_loop_without_results);
  g_test_add_func ("/nak/flow/results-with-answers", test_results_with_answers);
  g_test_add_func ("/nak/flow/duplicates-refused", test_duplicates_refused);
  g_test_add_func ("/nak/flow/bad-adds", test_bad_adds);
  g_test_add_func ("/nak/flow/real-flow-reaches-results-in-four-taps",
                   test_real_flow_reaches_results_in_four_taps);
  return g_test_run ();
}
