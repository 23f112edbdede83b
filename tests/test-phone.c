/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A phone number shown to a visitor must be one they can dial. */
#include "config.h"

#include "catalogue/nak-phone.h"

static void
test_accepts_real_numbers (void)
{
  const char *good[] = {
    "0120-783-556", "0570-064-556", "0570-064556", "03-6745-5600", "050-3655-0279",
    "0800-100-2707", "090-1234-5678", "110", "119", "188", "189", "#9110", "#8008",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *why = NULL;

      if (!nak_phone_is_valid (good[i], &why))
        g_error ("%s refused: %s", good[i], why);
    }
}

static void
test_refuses_malformed_numbers (void)
{
  const char *bad[] = {
    "", "0120783556", "0120-783-55", "0120-783-5566", "090-1234-567", "#911", "#91100",
    "1100", "0120-78a-556", "0120--783-556", "0120-783-556-", "+81-120-783-556",
    "0120-7-8-3556", "１１０",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *why = NULL;

      if (nak_phone_is_valid (bad[i], &why))
        g_error ("'%s' was accepted", bad[i]);
      g_assert_nonnull (why);
    }
}

static void
test_dialable_drops_hyphens (void)
{
  g_autofree char *n = nak_phone_dup_dialable ("0120-783-556");

  g_assert_cmpstr (n, ==, "0120783556");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/nak/phone/accepts-real-numbers", test_accepts_real_numbers);
  g_test_add_func ("/nak/phone/refuses-malformed-numbers", test_refuses_malformed_numbers);
  g_test_add_func ("/nak/phone/dialable-drops-hyphens", test_dialable_drops_hyphens);
  return g_test_run ();
}
