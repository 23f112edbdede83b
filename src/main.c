/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Entry point: the command-line front end, or the kiosk window. */
#define G_LOG_DOMAIN "Nak-App"

#include "config.h"

#include "catalogue/nak-catalogue.h"
#include "cli/nak-cli.h"
#include "flow/nak-flow-db.h"
#include "i18n/nak-i18n.h"
#include "app/nak-application.h"

#include <stdio.h>

static int
run_cli (NakCliOptions *options,
         const char    *catalogue_path)
{
  g_autofree char *path = catalogue_path != NULL ? g_strdup (catalogue_path)
                                                 : nak_catalogue_dup_default_path ();
  g_autoptr(NakCatalogue) catalogue = NULL;
  g_autoptr(NakFlow) flow = NULL;
  g_autoptr(GError) error = NULL;

  catalogue = nak_catalogue_new_for_path (path, &error);
  if (catalogue != NULL)
    flow = nak_flow_new_from_catalogue (catalogue, &error);
  if (flow == NULL)
    {
      fprintf (stderr, "The catalogue cannot be used: %s\n", error->message);
      return 3;
    }
  return nak_cli_run (options, catalogue, flow, stdin, stdout, stderr);
}

int
main (int   argc,
      char *argv[])
{
  NakCliOptions options = { 0 };
  g_autofree char *catalogue_path = NULL;
  g_autofree char *screenshots = NULL;
  gboolean kiosk = FALSE;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const char *localedir = g_getenv ("NAK_LOCALEDIR");
  int status;
  GOptionEntry entries[] = {
    { "walk", 0, 0, G_OPTION_ARG_NONE, &options.walk,
      "Ask each question in the terminal and print the results", NULL },
    { "answers", 0, 0, G_OPTION_ARG_STRING, &options.answers,
      "Answer with these ids, comma-separated (step.choice or choice)", "ID,ID,…" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &options.json, "Print the results as JSON", NULL },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &options.lang, "Language code (ja, en, …)", "CODE" },
    { "handout", 0, 0, G_OPTION_ARG_FILENAME, &options.handout,
      "Write the results as a printable PDF handout (the language with Japanese)", "FILE" },
    { "now", 0, 0, G_OPTION_ARG_STRING, &options.now,
      "Evaluate opening hours as if it were this time (ISO 8601, Japan time)", "TIME" },
    { "stale", 0, 0, G_OPTION_ARG_NONE, &options.stale,
      "List entries whose facts were checked too long ago", NULL },
    { "max-age-months", 0, 0, G_OPTION_ARG_INT, &options.max_age_months,
      "With --stale: the age limit in months (default 6)", "N" },
    { "catalogue", 0, 0, G_OPTION_ARG_FILENAME, &catalogue_path,
      "Use this catalogue.sqlite", "FILE" },
    { "import-local", 0, 0, G_OPTION_ARG_FILENAME, &options.import_local,
      "Check a file of this town's own entries (HSDS .json or .csv) as the kiosk would load it",
      "FILE" },
    { "export-hsds", 0, 0, G_OPTION_ARG_FILENAME, &options.export_hsds,
      "Write the national catalogue as HSDS 3.0 (services.json, services.csv) into DIR", "DIR" },
    { "kiosk", 0, 0, G_OPTION_ARG_NONE, &kiosk,
      "Fullscreen, undecorated, not closable (the installed kiosk session)", NULL },
    { "screenshots", 0, 0, G_OPTION_ARG_FILENAME, &screenshots,
      "Render every screen kind to PNG files in DIR, then quit", "DIR" },
    { NULL }
  };

  nak_i18n_init (localedir);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, "NotAlone Kiosk: find the right help, offline.");
  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_ignore_unknown_options (context, FALSE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }

  if (nak_cli_wants_cli (&options))
    status = run_cli (&options, catalogue_path);
  else
    {
      g_autoptr(NakApplication) app = NULL;
      char *app_argv[] = { argv[0], NULL };

      nak_application_prepare_display ();
      app = nak_application_new (catalogue_path, kiosk, screenshots);
      status = g_application_run (G_APPLICATION (app), 1, app_argv);
      if (status == 0)
        status = nak_application_get_status (app);
    }

  g_free (options.answers);
  g_free (options.lang);
  g_free (options.now);
  g_free (options.handout);
  g_free (options.import_local);
  g_free (options.export_hsds);
  return status;
}
