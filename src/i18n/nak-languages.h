/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The languages the kiosk speaks, each named in its own script. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *code;         /* gettext and catalogue code: ja, en, zh_CN, pt_BR … */
  const char *native_name;  /* the language's name in itself, for the language bar */
  const char *english_name;
  const char *css_class;    /* picks the font family with the right glyph forms */
  const char *pango_lang;   /* BCP 47 tag for Pango and fontconfig */
} NakLanguage;

const NakLanguage *nak_languages_get_all    (guint      *n_languages);
const NakLanguage *nak_languages_lookup     (const char *code);
gboolean           nak_languages_is_supported (const char *code);

G_END_DECLS
