/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Switching the interface language: gettext follows, and LANGUAGE exists before any thread. */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "i18n/nak-i18n.h"

/* A worker (the print thread: libcups and the resolver read the environment)
 * may call getenv() while the main thread switches language. glibc's
 * setenv() only swaps one pointer when the variable already exists, but
 * grows (reallocates) the environment when it does not: so LANGUAGE must
 * exist from the start, before any thread. */
static void
test_language_is_in_the_environment_from_the_start (void)
{
  g_unsetenv ("LANGUAGE");
  nak_i18n_init (g_getenv ("NAK_LOCALEDIR"));
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "ja");
  g_assert_cmpstr (nak_i18n_get_language (), ==, "ja");
}

static void
test_switch_changes_the_words (void)
{
  nak_i18n_set_language ("ja");
  g_assert_cmpstr (_("Start"), ==, "はじめる");
  nak_i18n_set_language ("en");
  g_assert_cmpstr (_("Start"), ==, "Start");
  nak_i18n_set_language ("ko");
  g_assert_cmpstr (_("Start"), !=, "Start");
  g_assert_cmpstr (_("Start"), !=, "はじめる");
  nak_i18n_set_language ("ja");
}

static void
test_gettext_for_leaves_the_interface_alone (void)
{
  nak_i18n_set_language ("vi");
  g_assert_cmpstr (nak_i18n_gettext_for ("ja", "Start"), ==, "はじめる");
  g_assert_cmpstr (nak_i18n_get_language (), ==, "vi");
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "vi");
  nak_i18n_set_language ("ja");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/nak/i18n/language-in-environment-from-start",
                   test_language_is_in_the_environment_from_the_start);
  g_test_add_func ("/nak/i18n/switch-changes-words", test_switch_changes_the_words);
  g_test_add_func ("/nak/i18n/gettext-for", test_gettext_for_leaves_the_interface_alone);
  return g_test_run ();
}
