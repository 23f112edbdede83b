/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Staff leave the kiosk with the PIN typed on the touch pad; visitors cannot. */
#include "config.h"

#include "nak-ui-test-util.h"
#include "pages/nak-attract-page.h"
#include "widgets/nak-pin-pad.h"

typedef NakUiFixture Fixture;

/* `data`: the staff PIN in the settings, or NULL. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  NakSettings *settings = nak_settings_new_default ();

  settings->staff_pin = g_strdup (data);
  nak_ui_fixture_open (f, settings);
  nak_ui_wait (100);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  nak_ui_fixture_close (f);
}

static NakShell *
shell (Fixture *f)
{
  return nak_window_get_shell (f->window);
}

/* What holding the top-left corner does. */
static NakPinPad *
hold_corner (Fixture *f)
{
  GtkWidget *pad;

  g_signal_emit_by_name (shell (f), "staff-hold");
  nak_ui_wait (30);
  pad = nak_shell_get_staff_pad (shell (f));
  if (pad != NULL)
    g_assert_true (gtk_widget_get_mapped (pad));
  return pad != NULL ? NAK_PIN_PAD (pad) : NULL;
}

static void
type_pin (NakPinPad  *pad,
          const char *digits)
{
  for (const char *d = digits; *d != '\0'; d++)
    {
      char key[2] = { *d, '\0' };

      nak_ui_tap (nak_pin_pad_find_key (pad, key));
    }
  nak_ui_tap (nak_ui_find_button (GTK_WIDGET (pad), _("OK")));
}

static void
test_no_pin_no_pad (Fixture       *f,
                    gconstpointer  data)
{
  g_assert_null (hold_corner (f));
  g_assert_false (nak_shell_show_staff_pad (shell (f)));
}

static void
test_wrong_pin_then_right_pin (Fixture       *f,
                               gconstpointer  data)
{
  NakPinPad *pad = hold_corner (f);

  g_assert_nonnull (pad);
  type_pin (pad, "1357");
  g_assert_nonnull (f->window);
  g_assert_cmpstr (nak_pin_pad_get_message (pad), ==, _("That PIN is not right. Please try again."));

  /* Cancel closes the pad; the kiosk carries on. */
  nak_ui_tap (nak_ui_find_button (GTK_WIDGET (pad), _("Cancel")));
  g_assert_null (nak_shell_get_staff_pad (shell (f)));
  g_assert_true (NAK_IS_ATTRACT_PAGE (nak_shell_get_visible_page (shell (f))));

  /* Opened again, it has forgotten the message and the digits. */
  pad = hold_corner (f);
  g_assert_cmpstr (nak_pin_pad_get_message (pad), ==, "");
  type_pin (pad, "2468");
  g_assert_null (f->window);
}

static void
test_too_many_wrong_pins_shut_the_pad (Fixture       *f,
                                       gconstpointer  data)
{
  NakPinPad *pad = hold_corner (f);

  for (guint i = 0; i < 4; i++)
    {
      type_pin (pad, "0000");
      g_assert_nonnull (nak_shell_get_staff_pad (shell (f)));
    }
  g_test_expect_message ("Nak-App", G_LOG_LEVEL_WARNING, "*wrong staff PINs*");
  type_pin (pad, "0000");
  g_test_assert_expected_messages ();
  g_assert_null (nak_shell_get_staff_pad (shell (f)));
  /* Even the right PIN cannot be tried now: the corner does nothing. */
  g_assert_null (hold_corner (f));
  g_assert_nonnull (f->window);
}

static void
test_pad_closes_by_itself (Fixture       *f,
                           gconstpointer  data)
{
  NakPinPad *pad = hold_corner (f);

  nak_ui_tap (nak_pin_pad_find_key (pad, "2"));
  nak_pin_pad_set_idle_close (pad, 1);
  nak_ui_wait (1300);
  g_assert_null (nak_shell_get_staff_pad (shell (f)));
  g_assert_nonnull (f->window);
}

int
main (int   argc,
      char *argv[])
{
  if (!nak_ui_test_init (&argc, &argv))
    return 77;
  nak_i18n_set_language ("en");
#define ADD(path, pin, func) \
  g_test_add ("/nak/ui/staff/" path, Fixture, pin, fixture_set_up, func, fixture_tear_down)
  ADD ("no-pin-no-pad", NULL, test_no_pin_no_pad);
  ADD ("wrong-then-right", "2468", test_wrong_pin_then_right_pin);
  ADD ("too-many-wrong", "2468", test_too_many_wrong_pins_shut_the_pad);
  ADD ("closes-by-itself", "2468", test_pad_closes_by_itself);
#undef ADD
  return g_test_run ();
}
