/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libcups is loaded by the first print, not with the kiosk (src/print/nak-cups.c). */
#include "config.h"

#include <gio/gio.h>

#include "print/nak-cups.h"

static gboolean
cups_is_mapped (void)
{
  g_autofree char *maps = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  return strstr (maps, NAK_CUPS_LIBRARY) != NULL;
}

/* The kiosk's start does not wait for libcups and the two dozen libraries
 * it brings: the dynamic loader, asked for the list, does not name it. */
static void
test_kiosk_does_not_link_cups (void)
{
  const char *kiosk = g_getenv ("NAK_KIOSK");
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  g_assert_nonnull (kiosk);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_setenv (launcher, "LD_TRACE_LOADED_OBJECTS", "1", TRUE);
  proc = g_subprocess_launcher_spawn (launcher, &error, kiosk, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  /* The list is real: GTK is in it. */
  g_assert_nonnull (strstr (out, "libgtk-4.so"));
  g_assert_null (strstr (out, "libcups"));
}

/* The first use loads every function the kiosk calls, and only then. */
static void
test_loaded_on_first_use (void)
{
  g_autoptr(GError) error = NULL;
  const NakCups *cups;

  g_assert_false (cups_is_mapped ());
  cups = nak_cups_get (&error);
  g_assert_no_error (error);
  g_assert_nonnull (cups);
#define NAK_CUPS_CHECK(name) g_assert_nonnull (cups->name);
  NAK_CUPS_FUNCTIONS (NAK_CUPS_CHECK)
#undef NAK_CUPS_CHECK
  g_assert_true (cups_is_mapped ());
  /* It works: an option set is read back. */
  {
    cups_option_t *options = NULL;
    int n = cups->cupsAddOption ("media", "iso_a4_210x297mm", 0, &options);

    g_assert_cmpstr (cups->cupsGetOption ("media", n, options), ==, "iso_a4_210x297mm");
    cups->cupsFreeOptions (n, options);
  }
  g_assert_true (nak_cups_get (NULL) == cups);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/print/cups/kiosk-does-not-link-it", test_kiosk_does_not_link_cups);
  g_test_add_func ("/print/cups/loaded-on-first-use", test_loaded_on_first_use);
  return g_test_run ();
}
