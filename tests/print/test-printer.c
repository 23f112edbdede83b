/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printing to a real IPP printer on loopback, with the faults a visitor can meet. */
#include "config.h"

#include <cups/cups.h>

#include "nak-print-test-util.h"
#include "nak-test-printer.h"
#include "print/nak-pdf-writer.h"
#include "print/nak-print-job.h"
#include "print/nak-printer.h"

typedef struct
{
  NakTestPrinter *printer;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  formats)
{
  g_autoptr(GError) error = NULL;

  fixture->printer = nak_test_printer_start (formats, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  formats)
{
  g_clear_pointer (&fixture->printer, nak_test_printer_stop);
}

static NakHandout *
make_handout (void)
{
  g_autoptr(NakCatalogue) catalogue = nak_catalogue_new_for_path (g_getenv ("NAK_CATALOGUE"),
                                                                   NULL);
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (9 * 3600);
  g_autoptr(GDateTime) now = g_date_time_new (tz, 2026, 11, 24, 11, 0, 0);
  g_autoptr(NakSession) session = NULL;
  g_autoptr(NakResult) result = NULL;
  g_auto(GStrv) languages = nak_handout_languages_for ("en");
  g_autoptr(GError) error = NULL;
  NakHandout *handout;

  g_assert_nonnull (catalogue);
  result = nak_test_result_for (catalogue, "en", now, &session);
  handout = nak_handout_new_for_result (catalogue, session, result, now,
                                        (const char * const *) languages, NULL, &error);
  g_assert_no_error (error);
  return handout;
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
  GArray   *states;
} Outcome;

static void
on_state (NakPrintJob *job,
          GParamSpec  *pspec,
          Outcome     *outcome)
{
  NakPrintJobState state = nak_print_job_get_state (job);

  g_array_append_val (outcome->states, state);
}

static void
on_printed (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->ok = nak_print_job_print_finish (NAK_PRINT_JOB (source), result, &outcome->error);
  outcome->done = TRUE;
}

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->ok = nak_print_job_check_printer_finish (NAK_PRINT_JOB (source), result,
                                                    &outcome->error);
  outcome->done = TRUE;
}

/* Runs the main loop until the outcome is in; a hang fails the test. */
static void
wait_for (Outcome *outcome,
          guint    seconds)
{
  gint64 give_up = g_get_monotonic_time () + seconds * G_TIME_SPAN_SECOND;

  while (!outcome->done)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
      if (g_get_monotonic_time () > give_up)
        g_error ("No answer after %u s: the print hangs", seconds);
    }
}

static void
outcome_clear (Outcome *outcome)
{
  g_clear_error (&outcome->error);
  g_clear_pointer (&outcome->states, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Outcome, outcome_clear)

static void
print_handout (NakPrintJob *job,
               Outcome     *outcome)
{
  gulong handler;

  outcome->states = g_array_new (FALSE, FALSE, sizeof (NakPrintJobState));
  handler = g_signal_connect (job, "notify::state", G_CALLBACK (on_state), outcome);
  nak_print_job_print_async (job, make_handout (), NULL, on_printed, outcome);
  wait_for (outcome, 90);
  g_signal_handler_disconnect (job, handler);
}

static void
assert_message_contains (NakPrintJob *job,
                         const char  *words)
{
  g_autofree char *message = nak_print_job_dup_message (job);

  g_assert_nonnull (message);
  if (strstr (message, words) == NULL)
    g_error ("“%s” is not in the message “%s”", words, message);
  /* Every failure offers the way out. */
  g_assert_nonnull (strstr (message, "QR code"));
}

/* The printer lets go of a failed job: it ends cancelled or aborted. */
static void
assert_job_ended (NakTestPrinter *printer,
                  int             job_id)
{
  int state = 0;

  g_assert_cmpint (job_id, >, 0);
  for (guint i = 0; i < 100; i++)
    {
      state = nak_test_printer_job_state (printer, job_id, NULL);
      if (state == IPP_JSTATE_CANCELED || state == IPP_JSTATE_ABORTED)
        return;
      g_usleep (100000);
    }
  g_error ("Job %d is still in state %d: it would block the printer", job_id, state);
}

static void
assert_next_job_prints (Fixture *fixture)
{
  g_autoptr(NakPrintJob) job = nak_print_job_new (fixture->printer->uri, NAK_PAPER_A4);
  g_auto(Outcome) outcome = { 0 };

  nak_test_printer_set_fault (fixture->printer, NULL);
  print_handout (job, &outcome);
  g_assert_no_error (outcome.error);
  g_assert_cmpint (nak_print_job_get_state (job), ==, NAK_PRINT_JOB_DONE);
}

static void
test_received_identical (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(NakHandout) handout = make_handout ();
  g_autoptr(NakPrinter) printer = nak_printer_new (fixture->printer->uri);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = nak_pdf_writer_render (handout, NAK_PAPER_A4, &error);
  g_autoptr(GBytes) received = NULL;
  g_autofree char *job_name = NULL;
  int job_id = 0;

  g_assert_no_error (error);
  nak_printer_submit (printer, pdf, NAK_PAPER_A4, &job_id, NULL, &error);
  g_assert_no_error (error);
  nak_printer_wait (printer, job_id, NULL, &error);
  g_assert_no_error (error);

  received = nak_test_printer_dup_received (fixture->printer, job_id);
  g_assert_nonnull (received);
  g_assert_cmpuint (g_bytes_get_size (received), ==, g_bytes_get_size (pdf));
  g_assert_true (g_bytes_equal (received, pdf));
  /* The job's name says nothing about the visitor. */
  g_assert_cmpint (nak_test_printer_job_state (fixture->printer, job_id, &job_name), ==,
                   IPP_JSTATE_COMPLETED);
  g_assert_cmpstr (job_name, ==, "NotAlone Kiosk handout");
}

static void
test_states_sending_printing_done (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(NakPrintJob) job = nak_print_job_new (fixture->printer->uri, NAK_PAPER_A4);
  g_auto(Outcome) outcome = { 0 };
  g_autoptr(NakHandout) handout = make_handout ();
  g_autoptr(GBytes) pdf = nak_pdf_writer_render (handout, NAK_PAPER_A4, NULL);
  g_autoptr(GBytes) received = NULL;

  print_handout (job, &outcome);
  g_assert_no_error (outcome.error);
  g_assert_true (outcome.ok);
  g_assert_cmpuint (outcome.states->len, ==, 3);
  g_assert_cmpint (g_array_index (outcome.states, NakPrintJobState, 0), ==, NAK_PRINT_JOB_SENDING);
  g_assert_cmpint (g_array_index (outcome.states, NakPrintJobState, 1), ==,
                   NAK_PRINT_JOB_PRINTING);
  g_assert_cmpint (g_array_index (outcome.states, NakPrintJobState, 2), ==, NAK_PRINT_JOB_DONE);
  g_assert_true (nak_print_job_get_printer_available (job));
  {
    g_autofree char *message = nak_print_job_dup_message (job);

    g_assert_nonnull (strstr (message, "take it from the printer"));
  }
  /* What the job made in memory reached the printer as it was. */
  received = nak_test_printer_dup_received (fixture->printer, nak_print_job_get_job_id (job));
  g_assert_nonnull (received);
  g_assert_true (g_bytes_equal (received, pdf));
}

static void
test_fault (Fixture       *fixture,
            const char    *fault,
            int            code,
            const char    *words)
{
  g_autoptr(NakPrintJob) job = nak_print_job_new (fixture->printer->uri, NAK_PAPER_A4);
  g_auto(Outcome) outcome = { 0 };

  if (fault != NULL)
    nak_test_printer_set_fault (fixture->printer, fault);
  print_handout (job, &outcome);
  g_assert_false (outcome.ok);
  g_assert_error (outcome.error, NAK_PRINTER_ERROR, code);
  g_assert_cmpint (nak_print_job_get_state (job), ==, NAK_PRINT_JOB_FAILED);
  assert_message_contains (job, words);
  assert_job_ended (fixture->printer, nak_print_job_get_job_id (job));
  assert_next_job_prints (fixture);
}

static void
test_out_of_paper (Fixture       *fixture,
                   gconstpointer  data)
{
  test_fault (fixture, "media-empty", NAK_PRINTER_ERROR_MEDIA_EMPTY, "out of paper");
}

static void
test_paper_jam (Fixture       *fixture,
                gconstpointer  data)
{
  test_fault (fixture, "media-jam", NAK_PRINTER_ERROR_MEDIA_JAM, "Paper is stuck");
}

static void
test_job_aborted (Fixture       *fixture,
                  gconstpointer  data)
{
  test_fault (fixture, "abort", NAK_PRINTER_ERROR_ABORTED, "stopped before");
}

static void
test_job_rejected (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(NakPrintJob) job = nak_print_job_new (fixture->printer->uri, NAK_PAPER_A4);
  g_auto(Outcome) outcome = { 0 };

  /* This printer takes raster only: it refuses the PDF. */
  print_handout (job, &outcome);
  g_assert_error (outcome.error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_REJECTED);
  assert_message_contains (job, "did not accept");
  assert_job_ended (fixture->printer, nak_print_job_get_job_id (job));
}

static void
test_printer_gone (void)
{
  g_autofree char *uri = g_strdup_printf ("ipp://127.0.0.1:%u/ipp/print", nak_test_free_port ());
  g_autoptr(NakPrintJob) job = nak_print_job_new (uri, NAK_PAPER_A4);
  g_auto(Outcome) outcome = { 0 };
  g_auto(Outcome) check = { 0 };
  gint64 start = g_get_monotonic_time ();

  nak_print_job_set_timeouts (job, 2000, 10000);
  print_handout (job, &outcome);
  g_assert_error (outcome.error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_NOT_FOUND);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 3 * G_TIME_SPAN_SECOND);
  assert_message_contains (job, "not available");
  g_assert_false (nak_print_job_get_printer_available (job));

  nak_print_job_check_printer_async (job, NULL, on_checked, &check);
  wait_for (&check, 10);
  g_assert_false (check.ok);
  g_assert_false (nak_print_job_get_printer_available (job));
}

static void
test_printer_found (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(NakPrintJob) job = nak_print_job_new (fixture->printer->uri, NAK_PAPER_A4);
  g_auto(Outcome) check = { 0 };

  /* Hidden until found. */
  g_assert_false (nak_print_job_get_printer_available (job));
  nak_print_job_check_printer_async (job, NULL, on_checked, &check);
  wait_for (&check, 10);
  g_assert_no_error (check.error);
  g_assert_true (nak_print_job_get_printer_available (job));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func, formats) \
  g_test_add ("/nak/print/" path, Fixture, formats, fixture_set_up, func, fixture_tear_down)
  ADD ("received-file-is-identical", test_received_identical, NULL);
  ADD ("states-go-sending-printing-done", test_states_sending_printing_done, NULL);
  ADD ("out-of-paper-cancels-job-and-next-job-prints", test_out_of_paper, NULL);
  ADD ("paper-jam-cancels-job-and-next-job-prints", test_paper_jam, NULL);
  ADD ("aborted-job-says-so-and-next-job-prints", test_job_aborted, NULL);
  ADD ("rejected-document-says-so", test_job_rejected, "image/pwg-raster");
  ADD ("printer-found-shows-print-button", test_printer_found, NULL);
#undef ADD
  g_test_add_func ("/nak/print/printer-gone-says-not-available-quickly", test_printer_gone);
  return g_test_run ();
}
