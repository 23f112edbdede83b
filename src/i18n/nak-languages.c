/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The languages the kiosk speaks, each named in its own script. */
#define G_LOG_DOMAIN "Nak-I18n"

#include "config.h"

#include "nak-languages.h"

/* Japanese and the ten foreign languages of the national portal (2023),
 * in the portal's order. */
static const NakLanguage languages[] = {
  { "ja", "日本語", "Japanese", "lang-ja", "ja" },
  { "en", "English", "English", "lang-latin", "en" },
  { "zh_CN", "简体中文", "Chinese (Simplified)", "lang-zh", "zh-cn" },
  { "ko", "한국어", "Korean", "lang-ko", "ko" },
  { "pt_BR", "Português", "Portuguese (Brazil)", "lang-latin", "pt-br" },
  { "es", "Español", "Spanish", "lang-latin", "es" },
  { "tl", "Tagalog", "Tagalog (Filipino)", "lang-latin", "tl" },
  { "th", "ไทย", "Thai", "lang-th", "th" },
  { "vi", "Tiếng Việt", "Vietnamese", "lang-latin", "vi" },
  { "ne", "नेपाली", "Nepali", "lang-ne", "ne" },
  { "id", "Bahasa Indonesia", "Indonesian", "lang-latin", "id" },
};

const NakLanguage *
nak_languages_get_all (guint *n_languages)
{
  if (n_languages != NULL)
    *n_languages = G_N_ELEMENTS (languages);
  return languages;
}

const NakLanguage *
nak_languages_lookup (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_strcmp0 (languages[i].code, code) == 0)
      return &languages[i];
  return NULL;
}

gboolean
nak_languages_is_supported (const char *code)
{
  return nak_languages_lookup (code) != NULL;
}
