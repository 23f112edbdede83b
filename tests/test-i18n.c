/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Switching the interface language: gettext follows, and switching is thread-safe. */
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

static gpointer
read_environment (gpointer data)
{
  volatile gint *stop = data;
  guint64 reads = 0;

  while (!g_atomic_int_get (stop))
    {
      const char *value = getenv ("LANGUAGE");

      g_assert_nonnull (value);
      g_assert_cmpuint (strlen (value), >=, 2);
      reads++;
    }
  return GSIZE_TO_POINTER (reads > 0);
}

/* The switch while another thread reads the environment: every read sees a
 * whole language code. */
static void
test_switch_while_a_thread_reads (void)
{
  const char *codes[] = { "en", "th", "ne", "zh_CN", "ko", "vi", "pt_BR", "es", "tl", "id", "ja" };
  gint stop = 0;
  GThread *reader = g_thread_new ("reader", read_environment, &stop);

  for (guint i = 0; i < 20000; i++)
    nak_i18n_set_language (codes[i % G_N_ELEMENTS (codes)]);
  g_atomic_int_set (&stop, 1);
  g_assert_true (GPOINTER_TO_SIZE (g_thread_join (reader)));
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
  g_test_add_func ("/nak/i18n/switch-while-thread-reads", test_switch_while_a_thread_reads);
  return g_test_run ();
}
