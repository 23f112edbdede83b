/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers for the print tests: running poppler and zbar tools, building a handout. */
#pragma once

#include <gio/gio.h>
#include <string.h>

#include "flow/nak-flow-db.h"
#include "flow/nak-session.h"
#include "print/nak-handout.h"

/* Runs argv (NULL-terminated) and returns its standard output; the test
 * fails if it cannot start. *status gets the exit status when not NULL. */
static inline char *
nak_test_run_tool (int         *status,
                   const char  *first,
                   ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (char *) first);
  va_start (args, first);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  proc = g_subprocess_newv ((const char * const *) argv->pdata,
                            G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                            &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  if (status != NULL)
    *status = g_subprocess_get_exit_status (proc);
  return out;
}

/* The result of the answers every handout test uses: a single parent who
 * cannot pay the rent (nine programs and lines, 110 and 119). */
static inline NakResult *
nak_test_result_for (NakCatalogue  *catalogue,
                     const char    *language,
                     GDateTime     *now,
                     NakSession   **session_out)
{
  static const char * const answers[] = {
    "me", "childrearing", "single", "add", "food_housing", "rent", "done",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(NakFlow) flow = nak_flow_new_from_catalogue (catalogue, &error);
  g_autoptr(NakSession) session = NULL;
  g_autoptr(NakSituation) situation = NULL;

  g_assert_no_error (error);
  session = nak_session_new (flow, language);
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      nak_session_choose (session, answers[i], &error);
      g_assert_no_error (error);
    }
  situation = nak_session_dup_situation (session);
  *session_out = g_steal_pointer (&session);
  return nak_matcher_run (nak_catalogue_get_entries (catalogue), situation, now);
}
