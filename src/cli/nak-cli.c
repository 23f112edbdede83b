/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The command-line front end on the same engine, for staff and for tests. */
#define G_LOG_DOMAIN "Nak-Cli"

#include "config.h"

#include "nak-cli.h"
#include "nak-cli-output.h"
#include "flow/nak-matcher.h"
#include "flow/nak-session.h"
#include "i18n/nak-i18n.h"
#include "local/nak-local.h"
#include "print/nak-handout.h"

#include <string.h>

/* --walk asks each question with numbered answers; --answers replays a list
 * of answer ids. Either way the results come from the same matcher as on
 * screen. Bad input never ends the walk: it says what was wrong and asks
 * again. End of input ends the walk with the results so far. */

gboolean
nak_cli_wants_cli (const NakCliOptions *options)
{
  return options->walk || options->answers != NULL || options->json ||
         options->handout != NULL || options->stale || options->import_local != NULL ||
         options->export_hsds != NULL;
}

static const char *
step_text (NakCatalogue *catalogue,
           const char   *step_id,
           const char   *field,
           const char   *lang)
{
  g_autofree char *owner = g_strdup_printf ("step:%s", step_id);

  return nak_catalogue_get_text (catalogue, owner, field, lang);
}

static const char *
choice_label (NakCatalogue *catalogue,
              const char   *step_id,
              const char   *choice_id,
              const char   *lang)
{
  g_autofree char *owner = g_strdup_printf ("choice:%s/%s", step_id, choice_id);
  const char *label = nak_catalogue_get_text (catalogue, owner, "label", lang);

  return label != NULL ? label : choice_id;
}

static void
print_question (NakCatalogue  *catalogue,
                const NakStep *step,
                gboolean       can_go_back,
                const char    *lang,
                FILE          *out)
{
  const char *hint = step_text (catalogue, step->id, "hint", lang);

  fprintf (out, "\n%s\n", step_text (catalogue, step->id, "title", lang));
  if (hint != NULL)
    fprintf (out, "  %s\n", hint);
  for (guint i = 0; i < step->choices->len; i++)
    {
      const NakChoice *c = g_ptr_array_index (step->choices, i);

      fprintf (out, "  %2u) %s  [%s]\n", i + 1, choice_label (catalogue, step->id, c->id, lang),
               c->id);
    }
  if (can_go_back)
    fprintf (out, "   0) %s\n", nak_i18n_gettext_for (lang, "Back"));
  fprintf (out, "> ");
  fflush (out);
}

/* Turns one typed line into an answer id; NULL (with *back set or not) when
 * the line is a request to go back or is not an answer. */
static const NakChoice *
parse_reply (const NakStep *step,
             const char    *line,
             gboolean      *back)
{
  char *end = NULL;
  guint64 n;

  *back = FALSE;
  if (*line == '\0')
    return NULL;
  if (g_str_equal (line, "0") || g_ascii_strcasecmp (line, "b") == 0 ||
      g_ascii_strcasecmp (line, "back") == 0)
    {
      *back = TRUE;
      return NULL;
    }
  n = g_ascii_strtoull (line, &end, 10);
  if (end != line && *end == '\0')
    {
      if (n >= 1 && n <= step->choices->len)
        return g_ptr_array_index (step->choices, n - 1);
      return NULL;
    }
  return nak_step_find_choice (step, line);
}

static void
walk (NakCatalogue *catalogue,
      NakSession   *session,
      FILE         *in,
      FILE         *out,
      FILE         *err)
{
  NakFlow *flow = nak_session_get_flow (session);
  const char *lang = nak_session_get_language (session);
  char buffer[512];

  for (;;)
    {
      const NakStep *step = nak_flow_get_step (flow, nak_session_get_current_step (session));
      const NakChoice *choice;
      gboolean back;

      if (step->kind == NAK_STEP_RESULTS)
        return;

      print_question (catalogue, step, nak_session_get_can_go_back (session), lang, out);
      if (fgets (buffer, sizeof buffer, in) == NULL)
        {
          fprintf (out, "\n");
          return;  /* end of input: results for what was answered so far */
        }
      g_strstrip (buffer);

      choice = parse_reply (step, buffer, &back);
      if (back)
        {
          if (!nak_session_back (session))
            fprintf (err, "%s\n", nak_i18n_gettext_for (lang, "This is the first question."));
          continue;
        }
      if (choice == NULL)
        {
          /* Translators: %1$s is what was typed, %2$u the number of answers. */
          fprintf (err, nak_i18n_gettext_for (lang, "“%1$s” is not one of the answers. "
                                                    "Type a number from 1 to %2$u."),
                   buffer, step->choices->len);
          fprintf (err, "\n");
          continue;
        }
      nak_session_choose (session, choice->id, NULL);
    }
}

/* Replays "id,id,…". Each id may be written "step.choice" or just "choice"
 * (looked up in the current step). Stops at the first unknown id. */
static gboolean
replay (NakSession  *session,
        const char  *answers,
        FILE        *err)
{
  g_auto(GStrv) ids = g_strsplit (answers, ",", -1);
  const char *lang = nak_session_get_language (session);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      char *id = g_strstrip (ids[i]);
      const char *dot = strchr (id, '.');
      const char *choice_id = dot != NULL ? dot + 1 : id;
      g_autoptr(GError) error = NULL;

      if (*id == '\0')
        continue;
      if (dot != NULL && strncmp (id, nak_session_get_current_step (session), dot - id) != 0)
        {
          /* Translators: %1$s is an answer id, %2$s the question it was given to. */
          fprintf (err, nak_i18n_gettext_for (lang, "“%1$s” does not answer the question "
                                                    "“%2$s”."),
                   id, nak_session_get_current_step (session));
          fprintf (err, "\n");
          return FALSE;
        }
      if (!nak_session_choose (session, choice_id, &error))
        {
          fprintf (err, nak_i18n_gettext_for (lang, "“%1$s” does not answer the question "
                                                    "“%2$s”."),
                   id, nak_session_get_current_step (session));
          fprintf (err, "\n");
          return FALSE;
        }
    }
  return TRUE;
}

static GDateTime *
parse_now (const char *text,
           FILE       *err)
{
  g_autoptr(GTimeZone) tz = NULL;
  GDateTime *now;

  if (text == NULL)
    return g_date_time_new_now_utc ();
  tz = g_time_zone_new_offset (9 * 3600);
  now = g_date_time_new_from_iso8601 (text, tz);
  if (now == NULL)
    fprintf (err, "--now: '%s' is not a date and time such as 2026-11-23T14:00:00\n", text);
  return now;
}

int
nak_cli_run (const NakCliOptions *options,
             NakCatalogue        *catalogue,
             NakFlow             *flow,
             FILE                *in,
             FILE                *out,
             FILE                *err)
{
  g_autoptr(NakSession) session = NULL;
  g_autoptr(NakSituation) situation = NULL;
  g_autoptr(NakResult) result = NULL;
  g_autoptr(GDateTime) now = NULL;
  const char *lang = options->lang != NULL ? options->lang : "ja";
  int status = 0;

  if (options->import_local != NULL)
    return nak_local_cli_import (catalogue, options->import_local, out, err);
  if (options->export_hsds != NULL)
    return nak_local_cli_export (catalogue, options->export_hsds, out, err);

  if (!nak_catalogue_has_language (catalogue, lang))
    {
      g_autofree char *have = g_strjoinv (", ", (char **) nak_catalogue_get_languages (catalogue));

      fprintf (err, "--lang: the catalogue has no texts in '%s' (it has: %s)\n", lang, have);
      return 2;
    }
  nak_i18n_set_language (lang);

  now = parse_now (options->now, err);
  if (now == NULL)
    return 2;

  if (options->stale)
    return nak_cli_print_stale (catalogue, now, options->max_age_months, out);

  session = nak_session_new (flow, lang);
  if (options->answers != NULL && !replay (session, options->answers, err))
    status = 1;
  if (options->walk)
    walk (catalogue, session, in, out, err);
  if (status != 0 && !options->walk)
    return status;

  situation = nak_session_dup_situation (session);
  result = nak_matcher_run (nak_catalogue_get_entries (catalogue), situation, now);

  if (options->json)
    nak_cli_print_json (catalogue, session, result, now, out);
  else if (options->handout == NULL || options->walk)
    nak_cli_print_text (catalogue, session, result, now, out);

  if (options->handout != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!nak_handout_write_for_session (catalogue, session, result, now, options->handout,
                                          &error))
        {
          fprintf (err, "--handout: %s\n", error->message);
          return 1;
        }
    }

  return status;
}
