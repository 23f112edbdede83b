/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Switching the interface language at run time, and gettext for a given language. */
#define G_LOG_DOMAIN "Nak-I18n"

#include "config.h"

#include "nak-i18n.h"
#include "nak-languages.h"

#include <locale.h>

/* The recipe that works on Debian 12 with no generated locales: run in
 * C.UTF-8 (glibc ignores LANGUAGE in the plain "C" locale) and choose the
 * catalogue with LANGUAGE; after changing it, textdomain (textdomain (NULL))
 * makes gettext drop its cache. Only the main thread may switch: the
 * handout and the CLI resolve their strings there before any worker runs.
 * Workers may still read the environment (libcups, the resolver) during a
 * switch: that is safe because nak_i18n_init() creates LANGUAGE before any
 * thread exists, and glibc replaces an existing variable by swapping one
 * pointer (old strings are never freed) rather than growing the array. */

static char *current = NULL;

void
nak_i18n_init (const char *localedir)
{
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  nak_i18n_set_language ("ja");
}

void
nak_i18n_set_language (const char *code)
{
  if (!nak_languages_is_supported (code))
    {
      g_warning ("Unsupported language '%s', using Japanese", code);
      code = "ja";
    }
  if (g_strcmp0 (current, code) == 0)
    return;
  g_free (current);
  current = g_strdup (code);
  /* English is the source language: an empty catalogue list falls back to msgids. */
  g_setenv ("LANGUAGE", code, TRUE);
  textdomain (textdomain (NULL));
}

const char *
nak_i18n_get_language (void)
{
  return current != NULL ? current : "ja";
}

/* gettext in `code` without changing the interface language for good. The
 * result is a static string owned by gettext, valid for the program's life. */
const char *
nak_i18n_gettext_for (const char *code,
                      const char *msgid)
{
  g_autofree char *saved = g_strdup (nak_i18n_get_language ());
  const char *result;

  if (g_strcmp0 (saved, code) == 0)
    return gettext (msgid);
  nak_i18n_set_language (code);
  result = gettext (msgid);
  nak_i18n_set_language (saved);
  return result;
}

const char *
nak_i18n_ngettext_for (const char *code,
                       const char *msgid,
                       const char *msgid_plural,
                       gulong      n)
{
  g_autofree char *saved = g_strdup (nak_i18n_get_language ());
  const char *result;

  if (g_strcmp0 (saved, code) == 0)
    return ngettext (msgid, msgid_plural, n);
  nak_i18n_set_language (code);
  result = ngettext (msgid, msgid_plural, n);
  nak_i18n_set_language (saved);
  return result;
}
