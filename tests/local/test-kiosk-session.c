/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The kiosk session: a killed or crashed app is back within 2 s; the unit file verifies. */
#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* tools/kiosk-session is run with a stand-in for the app: a shell script
 * that writes its pid to a file, then idles. USR1 makes it exit with status
 * 0, USR2 with 10 (what the app does after the staff PIN). The tests end it
 * in the ways a real app can end and time how soon a new one is running. */

/* The traps are set before the pid is written: a test that signals as soon
 * as it sees the pid must never find the default action still in place. */
#define STAND_IN \
  "#!/bin/sh\n" \
  "trap 'exit 0' USR1\n" \
  "trap 'exit 10' USR2\n" \
  "echo $$ >> '%s'\n" \
  "while :; do sleep 0.05; done\n"

typedef struct
{
  char        *dir;
  char        *pids;     /* the stand-in's pid file, one line per start */
  char        *app;      /* the stand-in */
  GSubprocess *session;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;

  f->dir = g_dir_make_tmp ("nak-session-XXXXXX", &error);
  g_assert_no_error (error);
  f->pids = g_build_filename (f->dir, "pids", NULL);
  f->app = g_build_filename (f->dir, "app.sh", NULL);
  body = g_strdup_printf (STAND_IN, f->pids);
  g_file_set_contents (f->app, body, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (f->app, 0755), ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->session != NULL)
    {
      /* The session and everything it started share one process group. */
      const char *id = g_subprocess_get_identifier (f->session);

      if (id != NULL)
        kill (-(pid_t) atoi (id), SIGKILL);
      g_subprocess_wait (f->session, NULL, NULL);
      g_clear_object (&f->session);
    }
  /* A stand-in left behind would idle for ever. */
  {
    g_autofree char *text = NULL;

    if (g_file_get_contents (f->pids, &text, NULL, NULL))
      {
        g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

        for (guint i = 0; lines[i] != NULL; i++)
          if (*lines[i] != '\0')
            kill ((pid_t) g_ascii_strtoll (lines[i], NULL, 10), SIGKILL);
      }
  }
  g_free (f->app);
  g_free (f->pids);
  g_free (f->dir);
}

static void
new_process_group (gpointer user_data)
{
  setpgid (0, 0);
}

/* Starts the script; `outer` runs the session mode with a stand-in for
 * cage (env, which runs the rest of its command line), else --supervise. */
static void
start_session (Fixture  *f,
               gboolean  outer)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                               G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autoptr(GError) error = NULL;

  g_subprocess_launcher_set_child_setup (launcher, new_process_group, NULL, NULL);
  g_subprocess_launcher_setenv (launcher, "NAK_SESSION_STATE", f->dir, TRUE);
  if (outer)
    {
      g_subprocess_launcher_setenv (launcher, "NAK_CAGE", "env", TRUE);
      g_subprocess_launcher_setenv (launcher, "NAK_KIOSK_COMMAND", f->app, TRUE);
      f->session = g_subprocess_launcher_spawn (launcher, &error, "sh", KIOSK_SESSION, NULL);
    }
  else
    f->session = g_subprocess_launcher_spawn (launcher, &error, "sh", KIOSK_SESSION,
                                              "--supervise", f->app, NULL);
  g_assert_no_error (error);
}

static guint
count_pids (Fixture *f,
            pid_t   *last)
{
  g_autofree char *text = NULL;
  guint n = 0;

  if (!g_file_get_contents (f->pids, &text, NULL, NULL))
    return 0;
  for (char *line = text, *next; *line != '\0'; line = next)
    {
      next = strchr (line, '\n');
      if (next == NULL)
        break;
      *next++ = '\0';
      n++;
      *last = (pid_t) g_ascii_strtoll (line, NULL, 10);
    }
  return n;
}

/* Waits until the stand-in has been started `n` times; returns its pid and
 * how long that took, in seconds. */
static double
wait_for_start (Fixture *f,
                guint    n,
                double   limit,
                pid_t   *pid)
{
  gint64 start = g_get_monotonic_time ();

  for (;;)
    {
      double elapsed = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

      if (count_pids (f, pid) >= n)
        return elapsed;
      if (elapsed > limit)
        g_error ("the app was not started (time %u) within %.1f s", n, limit);
      g_usleep (10 * 1000);
    }
}

static gboolean
is_running (pid_t pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", pid);
  g_autofree char *stat = NULL;
  const char *state;

  if (kill (pid, 0) != 0 || !g_file_get_contents (path, &stat, NULL, NULL))
    return FALSE;
  /* A zombie has ended; it only waits to be collected. */
  state = strrchr (stat, ')');
  return state != NULL && state[2] != 'Z';
}

static void
test_restarts (Fixture       *f,
               gconstpointer  data)
{
  /* Killed outright, crashed, stopped, and a clean exit: back each time. */
  const int endings[] = { SIGKILL, SIGSEGV, SIGTERM, SIGUSR1 };
  pid_t pid = 0;

  start_session (f, GPOINTER_TO_INT (data));
  wait_for_start (f, 1, 5.0, &pid);
  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    {
      pid_t old = pid;
      gint64 killed;
      double back;

      g_assert_true (is_running (old));
      killed = g_get_monotonic_time ();
      g_assert_cmpint (kill (old, endings[i]), ==, 0);
      wait_for_start (f, i + 2, 5.0, &pid);
      back = (g_get_monotonic_time () - killed) / (double) G_USEC_PER_SEC;
      g_test_message ("signal %d: back after %.2f s", endings[i], back);
      g_assert_cmpint (pid, !=, old);
      g_assert_true (is_running (pid));
      g_assert_cmpfloat (back, <, 2.0);
    }
  /* And the session itself is still there. */
  g_assert_true (is_running ((pid_t) atoi (g_subprocess_get_identifier (f->session))));
}

/* The staff PIN (status 10) ends the session: no restart, status 10. */
static void
test_staff_exit (Fixture       *f,
                 gconstpointer  data)
{
  gboolean outer = GPOINTER_TO_INT (data);
  g_autofree char *mark = g_build_filename (f->dir, "notalone-kiosk.staff-exit", NULL);
  g_autoptr(GError) error = NULL;
  pid_t pid = 0;

  start_session (f, outer);
  wait_for_start (f, 1, 5.0, &pid);
  g_assert_cmpint (kill (pid, SIGUSR2), ==, 0);
  g_subprocess_wait (f->session, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (f->session));
  g_assert_cmpint (g_subprocess_get_exit_status (f->session), ==, 10);
  g_usleep (1500 * 1000);
  g_assert_cmpuint (count_pids (f, &pid), ==, 1);
  /* The inner loop leaves a mark for the outer one, which clears it. */
  g_assert_cmpint (g_file_test (mark, G_FILE_TEST_EXISTS), ==, !outer);
}

/* systemctl stop sends SIGTERM: the session ends at once and takes the app
 * with it. */
static void
test_stop (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  pid_t pid = 0;
  gint64 start;

  start_session (f, FALSE);
  wait_for_start (f, 1, 5.0, &pid);
  start = g_get_monotonic_time ();
  g_subprocess_send_signal (f->session, SIGTERM);
  g_subprocess_wait (f->session, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  g_assert_true (g_subprocess_get_if_exited (f->session));
  g_assert_cmpint (g_subprocess_get_exit_status (f->session), ==, 0);
  g_usleep (200 * 1000);
  g_assert_false (is_running (pid));
}

static char *
read_unit (void)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (KIOSK_UNIT, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* The keys that make it a kiosk, as the unit states them. */
static void
test_unit_keys (void)
{
  g_autoptr(GKeyFile) kf = g_key_file_new ();
  g_autofree char *text = read_unit ();
  g_autoptr(GError) error = NULL;
  struct { const char *group, *key, *value; } want[] = {
    { "Service", "Restart", "always" },
    { "Service", "RestartSec", "1" },
    { "Service", "RestartPreventExitStatus", "10" },
    { "Service", "TTYPath", "/dev/tty1" },
    { "Service", "PAMName", "login" },
    { "Unit", "Conflicts", "getty@tty1.service" },
    { "Unit", "StartLimitIntervalSec", "0" },
    { "Install", "WantedBy", "graphical.target" },
  };

  g_key_file_load_from_data (kf, text, -1, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    {
      g_autofree char *value = g_key_file_get_string (kf, want[i].group, want[i].key, NULL);

      if (g_strcmp0 (value, want[i].value) != 0)
        g_error ("[%s] %s=%s, expected %s", want[i].group, want[i].key, value, want[i].value);
    }
  g_assert_true (g_str_has_suffix (g_key_file_get_string (kf, "Service", "ExecStart", NULL),
                                   "/notalone-kiosk-session"));
}

/* systemd's own check, on the unit as installed but pointing at the script
 * in the source tree (systemd-analyze insists the command exists). */
static void
test_unit_verifies (void)
{
  g_autofree char *analyze = g_find_program_in_path ("systemd-analyze");
  g_autofree char *text = read_unit ();
  g_autoptr(GString) unit = g_string_new (text);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *exec = NULL;
  g_autoptr(GSubprocess) proc = NULL;

  if (analyze == NULL)
    {
      g_test_skip ("systemd-analyze is not installed (Debian package systemd)");
      return;
    }
  dir = g_dir_make_tmp ("nak-unit-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "notalone-kiosk.service", NULL);
  exec = g_strdup_printf ("ExecStart=%s\n", KIOSK_SESSION);
  g_assert_cmpuint (g_string_replace (unit, "ExecStart=" BINDIR "/notalone-kiosk-session\n", exec,
                                      1), ==, 1);
  g_file_set_contents (path, unit->str, -1, &error);
  g_assert_no_error (error);

  proc = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                           analyze, "verify", "--man=no", path, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  /* An unknown key is only a warning for systemd: any output fails here. */
  if (!g_subprocess_get_if_exited (proc) || g_subprocess_get_exit_status (proc) != 0 ||
      *out != '\0' || *err != '\0')
    g_error ("systemd-analyze verify: %s%s", out, err);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/session/supervisor/app-back-within-2s-however-it-ends", Fixture,
              GINT_TO_POINTER (FALSE), fixture_set_up, test_restarts, fixture_tear_down);
  g_test_add ("/session/cage-session/app-back-within-2s-however-it-ends", Fixture,
              GINT_TO_POINTER (TRUE), fixture_set_up, test_restarts, fixture_tear_down);
  g_test_add ("/session/supervisor/staff-exit-ends-the-session", Fixture,
              GINT_TO_POINTER (FALSE), fixture_set_up, test_staff_exit, fixture_tear_down);
  g_test_add ("/session/cage-session/staff-exit-gives-status-10", Fixture,
              GINT_TO_POINTER (TRUE), fixture_set_up, test_staff_exit, fixture_tear_down);
  g_test_add ("/session/supervisor/stop-takes-the-app-along", Fixture, NULL, fixture_set_up,
              test_stop, fixture_tear_down);
  g_test_add_func ("/session/unit/states-restart-and-tty", test_unit_keys);
  g_test_add_func ("/session/unit/systemd-analyze-verify", test_unit_verifies);
  return g_test_run ();
}
