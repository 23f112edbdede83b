/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The command line as staff use it: --walk, --answers, --json, --lang. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *r)
{
  g_free (r->out);
  g_free (r->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_kiosk (Run        *r,
           const char *input,
           ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (char *) g_getenv ("NAK_KIOSK"));
  va_start (args, input);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  proc = g_subprocess_newv ((const char * const *) argv->pdata,
                            G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                              G_SUBPROCESS_FLAGS_STDERR_PIPE,
                            &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, input, NULL, &r->out, &r->err, &error);
  g_assert_no_error (error);
  r->status = g_subprocess_get_exit_status (proc);
}

static void
test_answers_json (void)
{
  g_auto(Run) r = { 0 };

  run_kiosk (&r, NULL, "--answers", "me,childrearing,single,add,food_housing,rent,done", "--json",
             "--lang", "en", "--now", "2026-11-24T11:00:00", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "\"id\": \"jukyo_kakuho_kyufukin\""));
  g_assert_nonnull (strstr (r.out, "\"id\": \"police_110\""));
  g_assert_nonnull (strstr (r.out, "\"phones\": [\"110\"]"));
  g_assert_nonnull (strstr (r.out, "Because you said"));
  g_assert_nonnull (strstr (r.out, "\"catalogue_date\": \"2026-11-23\""));
}

static void
test_answers_text_in_japanese (void)
{
  g_auto(Run) r = { 0 };

  run_kiosk (&r, NULL, "--answers", "who.me,category.food_housing,fu_food_housing.rent,more.done",
             "--lang", "ja", "--now", "2026-11-24T11:00:00", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "住居確保給付金"));
  g_assert_nonnull (strstr (r.out, "家賃が払えない"));   /* the reason quotes the answer */
  g_assert_nonnull (strstr (r.out, "110"));
}

static void
test_unknown_answer_is_refused (void)
{
  g_auto(Run) r = { 0 };

  run_kiosk (&r, NULL, "--answers", "me,no_such_worry", "--lang", "en", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "no_such_worry"));
}

static void
test_unknown_language_is_refused (void)
{
  g_auto(Run) r = { 0 };

  run_kiosk (&r, NULL, "--answers", "me", "--lang", "xx", NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_assert_nonnull (strstr (r.err, "xx"));
}

static void
test_walk_recovers_from_bad_input (void)
{
  g_auto(Run) r = { 0 };
  const char *first;

  /* Out of range, then a word, then real answers by number and by id. */
  run_kiosk (&r, "9\nhello\n1\nwork\nlost_job\n1\n", "--walk", "--lang", "en", "--now",
             "2026-11-24T11:00:00", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.err, "“9” is not one of the answers"));
  g_assert_nonnull (strstr (r.err, "“hello” is not one of the answers"));
  /* The question was asked again after each bad reply. */
  first = strstr (r.out, "Who would you like help for?");
  g_assert_nonnull (first);
  g_assert_nonnull (strstr (first + 1, "Who would you like help for?"));
  g_assert_nonnull (strstr (r.out, "Hello Work"));
}

static void
test_walk_back (void)
{
  g_auto(Run) r = { 0 };

  run_kiosk (&r, "1\n0\n3\n1\n1\n4\n", "--walk", "--lang", "en", "--now", "2026-11-24T11:00:00",
             "--json", NULL);
  g_assert_cmpint (r.status, ==, 0);
  /* "me" was taken back; the under-18 path was walked instead. */
  g_assert_nonnull (strstr (r.out, "\"answers\": [\"who.under18\""));
}

static void
test_walk_ends_cleanly_at_end_of_input (void)
{
  g_auto(Run) r = { 0 };

  run_kiosk (&r, "1\nfood_housing\n", "--walk", "--lang", "ja", "--now", "2026-11-24T11:00:00",
             NULL);
  g_assert_cmpint (r.status, ==, 0);
  /* Results for what was answered so far, with the emergency numbers. */
  g_assert_nonnull (strstr (r.out, "==") );
  g_assert_nonnull (strstr (r.out, "119"));
}

static void
test_stale_listing (void)
{
  g_auto(Run) r = { 0 };

  run_kiosk (&r, NULL, "--stale", "--max-age-months", "1", "--now", "2027-06-01T09:00:00", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "inochi_denwa_free"));
  g_assert_nonnull (strstr (r.out, "more than 1 months ago"));
}

static void
test_broken_catalogue_is_reported (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nak-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bad.sqlite", NULL);
  g_auto(Run) r = { 0 };

  g_assert_true (g_file_set_contents (path, "not a database at all", -1, NULL));
  run_kiosk (&r, NULL, "--answers", "me", "--catalogue", path, NULL);
  g_assert_cmpint (r.status, ==, 3);
  g_assert_nonnull (strstr (r.err, "The catalogue cannot be used"));
  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/nak/cli/answers-json", test_answers_json);
  g_test_add_func ("/nak/cli/answers-text-in-japanese", test_answers_text_in_japanese);
  g_test_add_func ("/nak/cli/unknown-answer-is-refused", test_unknown_answer_is_refused);
  g_test_add_func ("/nak/cli/unknown-language-is-refused", test_unknown_language_is_refused);
  g_test_add_func ("/nak/cli/walk-recovers-from-bad-input", test_walk_recovers_from_bad_input);
  g_test_add_func ("/nak/cli/walk-back", test_walk_back);
  g_test_add_func ("/nak/cli/walk-ends-cleanly-at-end-of-input",
                   test_walk_ends_cleanly_at_end_of_input);
  g_test_add_func ("/nak/cli/stale-listing", test_stale_listing);
  g_test_add_func ("/nak/cli/broken-catalogue-is-reported", test_broken_catalogue_is_reported);
  return g_test_run ();
}
