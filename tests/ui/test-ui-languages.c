/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Each of the eleven languages: labels switch, answers survive, nothing is clipped. */
#include "config.h"

#include <string.h>

#include "nak-ui-test-util.h"
#include "i18n/nak-languages.h"
#include "pages/nak-attract-page.h"
#include "pages/nak-choice-page.h"
#include "pages/nak-results-page.h"

static NakCatalogue *catalogue;
static NakFlow *flow;

/* A label is clipped when it is given less room than it needs to show all
 * its words (wrapping is fine; an ellipsis is a deliberate choice). */
static void
check_labels (GtkWidget  *root,
              const char *where)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_mapped (child))
        continue;
      if (GTK_IS_LABEL (child) && gtk_label_get_ellipsize (GTK_LABEL (child)) == PANGO_ELLIPSIZE_NONE &&
          *gtk_label_get_text (GTK_LABEL (child)) != '\0')
        {
          /* The label's own text layout, as laid out for its content box. */
          PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (child));
          int w = gtk_widget_get_width (child), h = gtk_widget_get_height (child);
          int lw, lh;

          pango_layout_get_pixel_size (layout, &lw, &lh);
          if (lw > w + 1 || lh > h + 1)
            g_error ("%s: “%s” is clipped (%dx%d given, its text needs %dx%d)", where,
                     gtk_label_get_text (GTK_LABEL (child)), w, h, lw, lh);
        }
      check_labels (child, where);
    }
}

/* Checks once the window has laid out what was last added to it. */
static void
check_not_clipped (GtkWidget  *window,
                   const char *where)
{
  g_assert_true (nak_ui_wait_frame (window, 5000));
  check_labels (window, where);
}

static GtkWidget *
page (NakWindow *window)
{
  return nak_shell_get_visible_page (nak_window_get_shell (window));
}

static const char *
step_title (const char *step,
            const char *lang)
{
  g_autofree char *owner = g_strdup_printf ("step:%s", step);

  return nak_catalogue_get_text (catalogue, owner, "title", lang);
}

static void
tap (NakWindow  *window,
     const char *choice)
{
  nak_ui_tap (nak_choice_page_find_tile (NAK_CHOICE_PAGE (page (window)), choice));
  nak_ui_wait (40);
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
test_language (gconstpointer data)
{
  const NakLanguage *lang = data;
  NakSettings *settings = nak_settings_new_default ();
  NakWindow *window = nak_window_new (NULL, catalogue, flow, settings, FALSE);
  NakSession *session = nak_window_get_session (window);
  const char *other = g_str_equal (lang->code, "ja") ? "en" : "ja";
  g_autofree char *where = NULL;
  GtkWidget *old_shell;
  const char *steps[][2] = {
    { "me", "category" }, { "illness_addiction", "fu_illness_addiction" },
    { "sudden", "more" }, { "add", "category" }, { "childrearing", "fu_childrearing" },
  };

  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  gtk_window_present (GTK_WINDOW (window));
  nak_ui_wait (150);

  /* The switch on the welcome screen. */
  nak_ui_tap (nak_shell_find_language_button (nak_window_get_shell (window), lang->code));
  g_assert_cmpstr (nak_session_get_language (session), ==, lang->code);
  where = g_strdup_printf ("%s welcome", lang->code);
  nak_ui_wait (60);
  check_not_clipped (GTK_WIDGET (window), where);

  nak_shell_start (nak_window_get_shell (window), FALSE);
  nak_ui_wait (60);
  g_assert_true (nak_ui_shows_text (page (window), step_title ("who", lang->code)));

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      tap (window, steps[i][0]);
      g_assert_cmpstr (nak_session_get_current_step (session), ==, steps[i][1]);
      g_assert_true (nak_ui_shows_text (page (window), step_title (steps[i][1], lang->code)));
      g_free (where);
      where = g_strdup_printf ("%s %s", lang->code, steps[i][1]);
      check_not_clipped (GTK_WIDGET (window), where);
    }

  /* Switch mid-visit: the same question, in the other language, same answers.
   * The screen left behind is out of the window at once and destroyed once
   * the new one has been painted; a day of switches must not pile up. */
  old_shell = GTK_WIDGET (nak_window_get_shell (window));
  g_object_add_weak_pointer (G_OBJECT (old_shell), (gpointer *) &old_shell);
  nak_window_set_language (window, other);
  g_assert_nonnull (old_shell);
  g_assert_null (gtk_widget_get_parent (old_shell));
  g_assert_true (nak_ui_wait_frame (GTK_WIDGET (window), 5000));
  g_assert_true (nak_ui_wait_until (is_null, &old_shell, 2000));
  nak_ui_wait (60);
  g_assert_cmpuint (nak_session_get_n_answers (session), ==, G_N_ELEMENTS (steps));
  g_assert_true (nak_ui_shows_text (page (window), step_title ("fu_childrearing", other)));
  nak_window_set_language (window, lang->code);
  nak_ui_wait (60);
  g_assert_true (nak_ui_shows_text (page (window), step_title ("fu_childrearing", lang->code)));

  tap (window, "single");
  tap (window, "done");
  g_assert_true (NAK_IS_RESULTS_PAGE (page (window)));
  /* Every card, not only the first screenful. */
  g_assert_cmpuint (nak_results_page_get_cards (NAK_RESULTS_PAGE (page (window)))->len, >, 2);
  g_free (where);
  where = g_strdup_printf ("%s results", lang->code);
  check_not_clipped (GTK_WIDGET (window), where);

  gtk_window_destroy (GTK_WINDOW (window));
  nak_ui_wait (30);
  nak_settings_free (settings);
}

/* The System V shared-memory segments mapped into this process (cairo's
 * pools for sending frames to the X server), by id, added to `seen`. */
static guint
add_shm_segments (GHashTable *seen)
{
  g_autofree char *maps = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  lines = g_strsplit (maps, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "SYSV") != NULL)
      {
        g_auto(GStrv) fields = g_strsplit_set (lines[i], " ", -1);
        guint f = 0;

        /* address perms offset dev inode: the inode is the segment's id. */
        for (guint k = 0; fields[k] != NULL; k++)
          if (*fields[k] != '\0' && ++f == 5)
            g_hash_table_add (seen, g_strdup (fields[k]));
        n++;
      }
  return n;
}

/* Whole-window frames (a language switch) must not each wait for cairo to
 * make a new shared-memory segment for the X server: one pool serves every
 * frame (src/app/nak-x11-upload.c). */
static void
test_one_upload_pool (void)
{
  NakSettings *settings = nak_settings_new_default ();
  NakWindow *window = nak_window_new (NULL, catalogue, flow, settings, FALSE);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *langs[] = { "en", "th", "ja", "ko", "en", "ja" };
  guint mapped = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (nak_ui_wait_frame (GTK_WIDGET (window), 5000));
  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      nak_window_set_language (window, langs[i]);
      g_assert_true (nak_ui_wait_frame (GTK_WIDGET (window), 5000));
      nak_ui_wait (30);
      mapped += add_shm_segments (seen);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  nak_ui_wait (30);
  nak_settings_free (settings);
  if (mapped == 0)
    {
      g_test_skip ("cairo sends frames to this display without shared memory");
      return;
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  const NakLanguage *langs;
  guint n;
  int status;

  if (!nak_ui_test_init (&argc, &argv))
    return 77;
  catalogue = nak_catalogue_new_for_path (g_getenv ("NAK_CATALOGUE"), &error);
  g_assert_no_error (error);
  flow = nak_flow_new_from_catalogue (catalogue, &error);
  g_assert_no_error (error);

  langs = nak_languages_get_all (&n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("/nak/languages/visit/%s", langs[i].code);

      g_test_add_data_func (path, &langs[i], test_language);
    }
  g_test_add_func ("/nak/languages/one-upload-pool", test_one_upload_pool);
  status = g_test_run ();
  g_object_unref (flow);
  g_object_unref (catalogue);
  return status;
}
