/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A real IPP printer on loopback for tests: ippeveprinter on a private D-Bus. */
#include "config.h"

#include "nak-test-printer.h"

#include <cups/cups.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>

/* ippeveprinter wants a D-Bus system bus (for DNS-SD); a private
 * dbus-daemon named in DBUS_SYSTEM_BUS_ADDRESS is enough. Both children
 * get SIGKILL if the test process dies, so a failed assertion leaves no
 * printer behind. The print command is a script that reads the next
 * fault to simulate from a file: "media-empty" and "media-jam" set that
 * printer-state-reason for two seconds (a cancelled job then ends as
 * cancelled), "abort" makes the job fail (exit 1 aborts it). */

static const char dbus_config[] =
  "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN\"\n"
  " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
  "<busconfig>\n"
  "  <type>system</type>\n"
  "  <listen>unix:dir=%s</listen>\n"
  "  <auth>EXTERNAL</auth>\n"
  "  <policy context=\"default\">\n"
  "    <allow user=\"*\"/><allow own=\"*\"/>\n"
  "    <allow send_destination=\"*\"/><allow receive_sender=\"*\"/>\n"
  "  </policy>\n"
  "</busconfig>\n";

static const char fault_script[] =
  "#!/bin/sh\n"
  "fault=$(cat '%s' 2>/dev/null)\n"
  ": > '%s'\n"
  "case \"$fault\" in\n"
  "  media-empty|media-jam)\n"
  "    echo \"STATE: +$fault\" >&2\n"
  "    sleep 2\n"
  "    echo \"STATE: -$fault,media-needed\" >&2\n"
  "    exit 0 ;;\n"
  "  abort)\n"
  "    echo 'ERROR: simulated failure' >&2\n"
  "    exit 1 ;;\n"
  "esac\n"
  "exit 0\n";

static void
die_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGKILL);
}

guint16
nak_test_free_port (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;

  g_assert_true (g_socket_bind (socket, any, FALSE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

static gboolean
port_answers (guint16 port)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;

  g_socket_client_set_timeout (client, 1);
  connection = g_socket_client_connect_to_host (client, "127.0.0.1", port, NULL, NULL);
  return connection != NULL;
}

static GSubprocess *
spawn (GSubprocessLauncher *launcher,
       GError             **error,
       const char          *first,
       ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (char *) first);
  va_start (args, first);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  return g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, error);
}

/* Starts a printer that takes `formats` (NULL: PDF and the usual ones).
 * Returns NULL with an error when a tool is missing or does not start. */
NakTestPrinter *
nak_test_printer_start (const char *formats,
                        GError    **error)
{
  g_autoptr(NakTestPrinter) p = g_new0 (NakTestPrinter, 1);
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocessLauncher) printer_launcher = NULL;
  g_autofree char *config = NULL, *config_path = NULL, *script = NULL, *script_path = NULL;
  g_autofree char *address = NULL, *port = NULL;
  GInputStream *out;
  g_autoptr(GDataInputStream) lines = NULL;

  p->dir = g_dir_make_tmp ("nak-printer-XXXXXX", error);
  if (p->dir == NULL)
    return NULL;
  p->spool = g_build_filename (p->dir, "spool", NULL);
  p->fault_file = g_build_filename (p->dir, "fault", NULL);
  config_path = g_build_filename (p->dir, "system-bus.conf", NULL);
  script_path = g_build_filename (p->dir, "print.sh", NULL);
  g_mkdir (p->spool, 0700);
  config = g_strdup_printf (dbus_config, p->dir);
  script = g_strdup_printf (fault_script, p->fault_file, p->fault_file);
  if (!g_file_set_contents (config_path, config, -1, error) ||
      !g_file_set_contents (p->fault_file, "", -1, error) ||
      !g_file_set_contents (script_path, script, -1, error))
    return NULL;
  g_chmod (script_path, 0755);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  p->dbus = spawn (launcher, error, "dbus-daemon", "--nofork", "--print-address=1",
                   "--config-file", config_path, NULL);
  if (p->dbus == NULL)
    return NULL;
  out = g_subprocess_get_stdout_pipe (p->dbus);
  lines = g_data_input_stream_new (out);
  address = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, error);
  if (address == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "dbus-daemon did not start");
      return NULL;
    }

  p->port = nak_test_free_port ();
  port = g_strdup_printf ("%u", p->port);
  p->uri = g_strdup_printf ("ipp://localhost:%u/ipp/print", p->port);
  printer_launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                                G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_set_child_setup (printer_launcher, die_with_parent, NULL, NULL);
  g_subprocess_launcher_setenv (printer_launcher, "DBUS_SYSTEM_BUS_ADDRESS", address, TRUE);
  /* -n localhost: it listens on 127.0.0.1 and ::1 only; -r off: no DNS-SD
   * registration (there is no Avahi on the private bus). */
  p->printer = spawn (printer_launcher, error, "ippeveprinter", "-r", "off", "-p", port,
                      "-n", "localhost", "-k",
                      "-d", p->spool, "-c", script_path, "-f",
                      formats != NULL ? formats : "application/pdf,image/pwg-raster,image/jpeg",
                      "-s", "60", "NakTestPrinter", NULL);
  if (p->printer == NULL)
    return NULL;

  for (guint i = 0; i < 100; i++)
    {
      if (port_answers (p->port))
        return g_steal_pointer (&p);
      /* The identifier goes once the child has exited and been reaped. */
      g_main_context_iteration (NULL, FALSE);
      if (g_subprocess_get_identifier (p->printer) == NULL)
        break;
      g_usleep (50000);
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "ippeveprinter did not start on port %u",
               p->port);
  return NULL;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
stop (GSubprocess *process)
{
  if (process == NULL)
    return;
  g_subprocess_send_signal (process, SIGTERM);
  for (guint i = 0; i < 40 && g_subprocess_get_identifier (process) != NULL; i++)
    {
      g_usleep (50000);
      /* Reaps the child when it has gone. */
      g_main_context_iteration (NULL, FALSE);
    }
  g_subprocess_force_exit (process);
  g_subprocess_wait (process, NULL, NULL);
  g_object_unref (process);
}

void
nak_test_printer_stop (NakTestPrinter *p)
{
  if (p == NULL)
    return;
  stop (p->printer);
  stop (p->dbus);
  if (p->dir != NULL)
    remove_tree (p->dir);
  g_free (p->dir);
  g_free (p->spool);
  g_free (p->fault_file);
  g_free (p->uri);
  g_free (p);
}

void
nak_test_printer_set_fault (NakTestPrinter *p,
                            const char     *fault)
{
  g_assert_true (g_file_set_contents (p->fault_file, fault != NULL ? fault : "", -1, NULL));
}

/* The document the printer kept for job `job_id` ("ID-name.pdf"; the
 * "ID-name.prn" beside it is the print command's output), or NULL. */
GBytes *
nak_test_printer_dup_received (NakTestPrinter *p,
                               int             job_id)
{
  g_autoptr(GDir) dir = g_dir_open (p->spool, 0, NULL);
  g_autofree char *prefix = g_strdup_printf ("%d-", job_id);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix) && !g_str_has_suffix (name, ".prn"))
      {
        g_autofree char *path = g_build_filename (p->spool, name, NULL);
        g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);

        return file != NULL ? g_mapped_file_get_bytes (file) : NULL;
      }
  return NULL;
}

/* The job's state as the printer tells it (IPP_JSTATE_…), 0 if it cannot. */
int
nak_test_printer_job_state (NakTestPrinter  *p,
                            int              job_id,
                            char           **job_name)
{
  http_t *http = httpConnect2 ("127.0.0.1", p->port, NULL, AF_INET, HTTP_ENCRYPTION_NEVER, 1,
                               5000, NULL);
  ipp_t *request, *response;
  int state = 0;

  if (http == NULL)
    return 0;
  request = ippNewRequest (IPP_OP_GET_JOB_ATTRIBUTES);
  ippAddString (request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", NULL, p->uri);
  ippAddInteger (request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", job_id);
  response = cupsDoRequest (http, request, "/ipp/print");
  if (response != NULL)
    {
      state = ippGetInteger (ippFindAttribute (response, "job-state", IPP_TAG_ENUM), 0);
      if (job_name != NULL)
        *job_name = g_strdup (ippGetString (ippFindAttribute (response, "job-name",
                                                              IPP_TAG_NAME), 0, NULL));
    }
  ippDelete (response);
  httpClose (http);
  return state;
}
