/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printing from the results screen to a real IPP printer on loopback. */
#include "config.h"

#include <string.h>

#include "nak-ui-test-util.h"
#include "nak-test-printer.h"
#include "pages/nak-choice-page.h"
#include "pages/nak-results-page.h"
#include "pages/nak-attract-page.h"

static NakCatalogue *catalogue;
static NakFlow *flow;

static NakWindow *
window_for (NakSettings *settings)
{
  NakWindow *window = nak_window_new (NULL, catalogue, flow, settings, FALSE);

  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  gtk_window_present (GTK_WINDOW (window));
  nak_ui_wait (100);
  return window;
}

static void
visit_to_results (NakWindow *window)
{
  const char *answers[] = { "me", "food_housing", "rent", "done" };
  NakShell *shell = nak_window_get_shell (window);

  nak_shell_start (shell, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      GtkWidget *page = nak_shell_get_visible_page (shell);

      nak_ui_tap (nak_choice_page_find_tile (NAK_CHOICE_PAGE (page), answers[i]));
    }
  g_assert_true (NAK_IS_RESULTS_PAGE (nak_shell_get_visible_page (shell)));
}

static GtkWidget *
print_button (NakWindow *window)
{
  GtkWidget *wizard = nak_shell_get_wizard (nak_window_get_shell (window));

  for (GtkWidget *w = gtk_widget_get_first_child (wizard); w != NULL;)
    {
      GtkWidget *found = nak_ui_find_button (w, _("Print to take with me"));

      return found != NULL ? found : NULL;
    }
  return NULL;
}

static gboolean
button_shown (gpointer window)
{
  return print_button (window) != NULL;
}

static gboolean
is_wiped (gpointer window)
{
  return NAK_IS_ATTRACT_PAGE (nak_shell_get_visible_page (nak_window_get_shell (window)));
}

static gboolean
says (gpointer data)
{
  gpointer *pair = data;

  return nak_ui_shows_text (GTK_WIDGET (pair[0]), pair[1]);
}

static void
test_prints_then_wipes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NakTestPrinter) printer = nak_test_printer_start (NULL, &error);
  NakSettings *settings = nak_settings_new_default ();
  NakWindow *window;
  gpointer ready[2];
  g_autoptr(GBytes) received = NULL;

  g_assert_no_error (error);
  settings->printer = g_strdup (printer->uri);
  nak_i18n_set_language ("en");
  settings->default_language = (g_free (settings->default_language), g_strdup ("en"));
  window = window_for (settings);
  visit_to_results (window);

  /* The printer is found: the button is there. */
  g_assert_true (nak_ui_wait_until (button_shown, window, 10000));
  nak_ui_tap (print_button (window));
  ready[0] = window;
  ready[1] = (gpointer) "Please take it from the printer";
  g_assert_true (nak_ui_wait_until (says, ready, 20000));

  /* The printer received a PDF; no handout is left on disk by the kiosk. */
  received = nak_test_printer_dup_received (printer, 1);
  g_assert_nonnull (received);
  g_assert_cmpuint (g_bytes_get_size (received), >, 1000);
  g_assert_true (memcmp (g_bytes_get_data (received, NULL), "%PDF", 4) == 0);

  /* Then the visit is wiped. */
  g_assert_true (nak_ui_wait_until (is_wiped, window, 15000));
  g_assert_cmpuint (nak_session_get_n_answers (nak_window_get_session (window)), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  nak_ui_wait (30);
  nak_settings_free (settings);
}

static void
test_no_printer_no_button (void)
{
  NakSettings *settings = nak_settings_new_default ();
  g_autofree char *uri = g_strdup_printf ("ipp://127.0.0.1:%u/ipp/print", nak_test_free_port ());
  NakWindow *window;

  settings->printer = g_strdup (uri);   /* nothing listens there */
  window = window_for (settings);
  nak_window_set_language (window, "en");
  visit_to_results (window);
  nak_ui_wait (4000);
  g_assert_null (print_button (window));
  gtk_window_destroy (GTK_WINDOW (window));
  nak_ui_wait (30);
  nak_settings_free (settings);
}

static void
test_out_of_paper_offers_qr (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NakTestPrinter) printer = nak_test_printer_start (NULL, &error);
  NakSettings *settings = nak_settings_new_default ();
  NakWindow *window;
  gpointer failed[2];

  g_assert_no_error (error);
  settings->printer = g_strdup (printer->uri);
  window = window_for (settings);
  nak_window_set_language (window, "en");
  visit_to_results (window);
  g_assert_true (nak_ui_wait_until (button_shown, window, 10000));
  nak_test_printer_set_fault (printer, "media-empty");
  nak_ui_tap (print_button (window));
  failed[0] = window;
  failed[1] = (gpointer) "paper";
  g_assert_true (nak_ui_wait_until (says, failed, 30000));
  /* The visit is still on screen, with the results. */
  g_assert_true (NAK_IS_RESULTS_PAGE (nak_shell_get_visible_page (nak_window_get_shell (window))));
  gtk_window_destroy (GTK_WINDOW (window));
  nak_ui_wait (30);
  nak_settings_free (settings);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  if (!nak_ui_test_init (&argc, &argv))
    return 77;
  catalogue = nak_catalogue_new_for_path (g_getenv ("NAK_CATALOGUE"), &error);
  g_assert_no_error (error);
  flow = nak_flow_new_from_catalogue (catalogue, &error);
  g_assert_no_error (error);
  g_test_add_func ("/nak/ui/print/prints-then-wipes", test_prints_then_wipes);
  g_test_add_func ("/nak/ui/print/no-printer-no-button", test_no_printer_no_button);
  g_test_add_func ("/nak/ui/print/out-of-paper-offers-qr", test_out_of_paper_offers_qr);
  status = g_test_run ();
  g_object_unref (flow);
  g_object_unref (catalogue);
  return status;
}
