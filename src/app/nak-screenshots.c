/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Renders every screen kind to PNG files, for review and the README. */
#define G_LOG_DOMAIN "Nak-App"

#include "config.h"

#include <glib/gstdio.h>

#include "nak-screenshots.h"
#include "i18n/nak-languages.h"
#include "pages/nak-wizard.h"

/* A scripted visit through the real widgets, as a visitor would tap it; each
 * shot waits a little for the frame (the crossfade is 150 ms). Used by
 * `notalone-kiosk --screenshots DIR` and by the UI tests. */

typedef struct
{
  NakWindow *window;
  char      *dir;
  guint      index;
  GPtrArray *langs;
} Run;

typedef void (*Action) (Run *run);

static void
answer (Run        *run,
        const char *choice)
{
  nak_session_choose (nak_window_get_session (run->window), choice, NULL);
}

static void a_attract (Run *run) { nak_window_wipe (run->window); }
static void a_who (Run *run) { nak_shell_start (nak_window_get_shell (run->window), FALSE); }
static void a_category (Run *run) { answer (run, "me"); }
static void a_follow_up (Run *run) { answer (run, "food_housing"); }
static void a_more (Run *run) { answer (run, "rent"); }
static void a_results (Run *run) { answer (run, "done"); }
static void
a_detail (Run *run)
{
  NakWizard *wizard = NAK_WIZARD (nak_shell_get_wizard (nak_window_get_shell (run->window)));

  nak_wizard_show_entry (wizard, "jukyo_kakuho_kyufukin");
}
static void a_countdown (Run *run)
{
  nak_shell_set_countdown (nak_window_get_shell (run->window), TRUE, 15);
}
static void a_crisis (Run *run)
{
  nak_window_wipe (run->window);
  nak_shell_start (nak_window_get_shell (run->window), TRUE);
}
static void a_crisis_results (Run *run) { answer (run, "disappear"); }
static void a_child (Run *run)
{
  nak_window_wipe (run->window);
  nak_shell_start (nak_window_get_shell (run->window), FALSE);
  answer (run, "under18");
}
static void a_child_detail (Run *run) { answer (run, "family"); }
static void a_child_channel (Run *run) { answer (run, "hurt"); }
static void a_child_results (Run *run) { answer (run, "phone"); }
static void a_faq (Run *run)
{
  nak_window_wipe (run->window);
  nak_shell_show_info (nak_window_get_shell (run->window), "faq");
}
static void a_hints (Run *run) { nak_shell_show_info (nak_window_get_shell (run->window), "hints"); }
static void a_signs (Run *run) { nak_shell_show_info (nak_window_get_shell (run->window), "signs"); }
static void a_survey (Run *run) { nak_shell_show_info (nak_window_get_shell (run->window), "survey"); }
static void a_large (Run *run)
{
  nak_window_wipe (run->window);
  nak_shell_start (nak_window_get_shell (run->window), FALSE);
  answer (run, "me");
  nak_window_set_large_text (run->window, TRUE);
}
static void a_lang_results (Run *run)
{
  /* The results screen again, then every language in turn (below). */
  nak_window_wipe (run->window);
  nak_shell_start (nak_window_get_shell (run->window), FALSE);
  answer (run, "me");
  answer (run, "childrearing");
  answer (run, "single");
  answer (run, "add");
  answer (run, "food_housing");
  answer (run, "rent");
  answer (run, "done");
}

static const struct
{
  const char *name;
  Action      action;
} shots[] = {
  { "attract", a_attract },
  { "question-who", a_who },
  { "question-category", a_category },
  { "question-follow-up", a_follow_up },
  { "question-more", a_more },
  { "results", a_results },
  { "detail", a_detail },
  { "idle-countdown", a_countdown },
  { "crisis", a_crisis },
  { "crisis-results", a_crisis_results },
  { "under18-topic", a_child },
  { "under18-detail", a_child_detail },
  { "under18-channel", a_child_channel },
  { "under18-results", a_child_results },
  { "info-faq", a_faq },
  { "info-hints", a_hints },
  { "info-signs", a_signs },
  { "info-survey", a_survey },
  { "large-text", a_large },
  { "results-ja", a_lang_results },
};

static void
save (Run        *run,
      const char *name)
{
  g_autofree char *file = g_strdup_printf ("%s.png", name);
  g_autofree char *path = g_build_filename (run->dir, file, NULL);
  g_autoptr(GError) error = NULL;

  if (!nak_window_save_png (run->window, path, &error))
    g_warning ("%s", error->message);
  else
    g_print ("%s\n", path);
}

static gboolean step (gpointer user_data);

static gboolean
shoot (gpointer user_data)
{
  Run *run = user_data;
  guint n = G_N_ELEMENTS (shots);

  if (run->index < n)
    save (run, shots[run->index].name);
  else
    {
      const char *code = g_ptr_array_index (run->langs, run->index - n);
      g_autofree char *name = g_strdup_printf ("results-%s", code);

      save (run, name);
    }
  run->index++;
  g_timeout_add (10, step, run);
  return G_SOURCE_REMOVE;
}

static gboolean
step (gpointer user_data)
{
  Run *run = user_data;
  guint n = G_N_ELEMENTS (shots);

  if (run->index < n)
    shots[run->index].action (run);
  else if (run->index < n + run->langs->len)
    nak_window_set_language (run->window, g_ptr_array_index (run->langs, run->index - n));
  else
    {
      GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (run->window)));

      nak_window_wipe (run->window);
      g_ptr_array_unref (run->langs);
      g_free (run->dir);
      g_object_unref (run->window);
      g_free (run);
      g_application_quit (app);
      return G_SOURCE_REMOVE;
    }
  g_timeout_add (400, shoot, run);
  return G_SOURCE_REMOVE;
}

void
nak_screenshots_run (NakWindow  *window,
                     const char *dir)
{
  Run *run = g_new0 (Run, 1);
  guint n_langs;
  const NakLanguage *langs = nak_languages_get_all (&n_langs);

  g_mkdir_with_parents (dir, 0755);
  /* The kiosk's own screen: 1080p. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  run->window = g_object_ref (window);
  run->dir = g_strdup (dir);
  run->langs = g_ptr_array_new ();
  for (guint i = 0; i < n_langs; i++)
    if (!g_str_equal (langs[i].code, "ja"))
      g_ptr_array_add (run->langs, (gpointer) langs[i].code);
  /* The window must be mapped and sized before the first shot. */
  g_timeout_add (500, step, run);
}
