/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Checks that a Japanese phone number is written as it is dialled. */
#define G_LOG_DOMAIN "Nak-Catalogue"

#include "config.h"

#include "nak-phone.h"

#include <string.h>

/* The digit counts come from the national numbering plan: toll-free 0120 and
 * navi-dial 0570 numbers and landlines have 10 digits; 0800, IP (050) and
 * mobile (070/080/090) numbers have 11. Short service numbers are either three
 * digits starting with 1 (110, 188, 189) or '#' and four digits (#9110). */
static gboolean
fail (char       **reason,
      const char  *why)
{
  if (reason != NULL)
    *reason = g_strdup (why);
  return FALSE;
}

gboolean
nak_phone_is_valid (const char  *number,
                    char       **reason)
{
  guint digits = 0;
  guint groups = 1;
  gboolean last_hyphen = FALSE;
  guint expected;

  if (reason != NULL)
    *reason = NULL;

  if (number == NULL || *number == '\0')
    return fail (reason, "the number is empty");

  if (number[0] == '#')
    {
      if (strlen (number) == 5 && g_ascii_isdigit (number[1]) && g_ascii_isdigit (number[2]) &&
          g_ascii_isdigit (number[3]) && g_ascii_isdigit (number[4]))
        return TRUE;
      return fail (reason, "a # number has exactly four digits (#9110)");
    }

  if (number[0] == '1')
    {
      if (strlen (number) == 3 && g_ascii_isdigit (number[1]) && g_ascii_isdigit (number[2]))
        return TRUE;
      return fail (reason, "a service number has three digits (110, 188, 189)");
    }

  if (number[0] != '0')
    return fail (reason, "a number starts with 0, 1 or #");

  for (const char *p = number; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          digits++;
          last_hyphen = FALSE;
        }
      else if (*p == '-')
        {
          if (last_hyphen || p == number)
            return fail (reason, "two hyphens in a row");
          last_hyphen = TRUE;
          groups++;
        }
      else
        return fail (reason, "only digits and hyphens are allowed");
    }

  if (last_hyphen)
    return fail (reason, "the number ends with a hyphen");

  /* Operators write navi-dial numbers as 0570-064556 as often as
   * 0570-064-556: keep the source's form, but demand the hyphens. */
  if (groups < 2 || groups > 3)
    return fail (reason, "write the number in groups with hyphens (0120-783-556)");

  if (g_str_has_prefix (number, "0800") || g_str_has_prefix (number, "050") ||
      g_str_has_prefix (number, "070") || g_str_has_prefix (number, "080") ||
      g_str_has_prefix (number, "090"))
    expected = 11;
  else
    expected = 10;

  if (digits != expected)
    return fail (reason, expected == 11 ? "this kind of number has 11 digits"
                                        : "this kind of number has 10 digits");

  return TRUE;
}

/* Returns the number without hyphens, as a tel: URI wants it. */
char *
nak_phone_dup_dialable (const char *number)
{
  GString *s;

  g_return_val_if_fail (number != NULL, NULL);

  s = g_string_new (NULL);
  for (const char *p = number; *p != '\0'; p++)
    if (*p != '-')
      g_string_append_c (s, *p);
  return g_string_free (s, FALSE);
}
