/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Switching the interface language at run time, and gettext for a given language. */
#pragma once

#include <glib.h>
#include <glib/gi18n.h>

G_BEGIN_DECLS

void        nak_i18n_init                (const char *localedir);
void        nak_i18n_set_language        (const char *code);
const char *nak_i18n_get_language        (void);
const char *nak_i18n_gettext_for         (const char *code,
                                          const char *msgid) G_GNUC_FORMAT (2);
const char *nak_i18n_ngettext_for        (const char *code,
                                          const char *msgid,
                                          const char *msgid_plural,
                                          gulong      n) G_GNUC_FORMAT (3);

G_END_DECLS
