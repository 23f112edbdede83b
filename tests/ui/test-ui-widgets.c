/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every page kind and widget builds from its template and is freed completely. */
#include "config.h"

#include <string.h>

#include "nak-ui-test-util.h"
#include "pages/nak-attract-page.h"
#include "pages/nak-choice-page.h"
#include "pages/nak-detail-page.h"
#include "pages/nak-info-page.h"
#include "pages/nak-results-page.h"
#include "pages/nak-wizard.h"
#include "widgets/nak-emergency-strip.h"
#include "widgets/nak-qr-image.h"
#include "widgets/nak-result-card.h"
#include "widgets/nak-tile-button.h"

static NakCatalogue *catalogue;
static NakFlow *flow;

static NakSession *
session_at (const char *answers)
{
  NakSession *session = nak_session_new (flow, "ja");
  g_auto(GStrv) ids = g_strsplit (answers, ",", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    if (*ids[i] != '\0')
      g_assert_true (nak_session_choose (session, ids[i], NULL));
  return session;
}

static void
check_finalizes (GtkWidget *widget)
{
  g_object_ref_sink (widget);
  nak_ui_wait (10);
  g_assert_finalize_object (widget);
}

static void
test_tile_button (void)
{
  GtkWidget *tile = nak_tile_button_new ("家賃が払えない", "nak-cat-food-housing-symbolic");

  g_assert_cmpstr (nak_tile_button_get_label (NAK_TILE_BUTTON (tile)), ==, "家賃が払えない");
  check_finalizes (tile);
}

static void
test_qr_image (void)
{
  GtkWidget *qr = nak_qr_image_new ("https://www.mhlw.go.jp/");
  int min, nat;

  gtk_widget_measure (qr, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, >, 0);
  check_finalizes (qr);
}

static void
test_emergency_strip (void)
{
  NakEmergencyStrip *strip = g_object_new (NAK_TYPE_EMERGENCY_STRIP, NULL);
  g_autoptr(GDateTime) night = g_date_time_new_utc (2026, 11, 28, 18, 0, 0); /* 03:00 in Japan */

  nak_emergency_strip_update (strip, catalogue, FALSE, night, "ja");
  /* At three in the morning, the strip still names a line open now. */
  g_assert_nonnull (strstr (nak_emergency_strip_get_line_text (strip), "0120"));
  check_finalizes (GTK_WIDGET (strip));
}

static void
test_pages (void)
{
  g_autoptr(NakSession) choice = session_at ("me");
  g_autoptr(NakSession) results = session_at ("me,food_housing,rent,done");
  GtkWidget *p;
  const char * const *topics = nak_info_page_get_topics ();

  p = g_object_new (NAK_TYPE_ATTRACT_PAGE, "session", choice, "catalogue", catalogue, NULL);
  check_finalizes (p);

  p = g_object_new (NAK_TYPE_CHOICE_PAGE, "session", choice, "catalogue", catalogue, "step-id",
                    "category", NULL);
  g_assert_nonnull (nak_choice_page_find_tile (NAK_CHOICE_PAGE (p), "work"));
  check_finalizes (p);

  p = g_object_new (NAK_TYPE_RESULTS_PAGE, "session", results, "catalogue", catalogue, "step-id",
                    "results", NULL);
  g_assert_cmpuint (nak_results_page_get_cards (NAK_RESULTS_PAGE (p))->len, >, 0);
  {
    NakResult *result = nak_results_page_get_result (NAK_RESULTS_PAGE (p));
    GtkWidget *detail = nak_detail_page_new (results, catalogue,
                                             g_ptr_array_index (result->items, 0));

    check_finalizes (detail);
  }
  check_finalizes (p);

  for (guint i = 0; topics[i] != NULL; i++)
    check_finalizes (nak_info_page_new (choice, catalogue, topics[i]));

  p = nak_wizard_new (results, catalogue);
  check_finalizes (p);
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

  g_test_add_func ("/nak/widgets/tile-button", test_tile_button);
  g_test_add_func ("/nak/widgets/qr-image", test_qr_image);
  g_test_add_func ("/nak/widgets/emergency-strip", test_emergency_strip);
  g_test_add_func ("/nak/widgets/pages", test_pages);
  status = g_test_run ();
  g_object_unref (flow);
  g_object_unref (catalogue);
  return status;
}
