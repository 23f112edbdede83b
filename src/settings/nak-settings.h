/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The site's settings, read once at start from a keyfile staff can edit. */
#pragma once

#include <glib.h>

#include "print/nak-handout.h"

G_BEGIN_DECLS

typedef struct
{
  char     *site_name;          /* shown on the attract screen and the handout */
  guint     idle_seconds;       /* quiet time before "Are you still there?" */
  guint     countdown_seconds;  /* time to answer it before the session is wiped */
  char     *printer;            /* CUPS queue or ipp:// URI; NULL = CUPS default */
  NakPaperSize paper;
  GStrv     languages;          /* enabled languages, in the bar's order */
  char     *default_language;
  char     *staff_pin;          /* digits; NULL = no exit at the screen (stop the service) */
  gboolean  local_first;        /* show this town's own entries first */
  char     *local_entries;      /* path of the local entries file (HSDS), or NULL */
  double    text_scale;         /* 1.0 normal; the larger-text switch multiplies it */
  char     *source;             /* the file these came from, or NULL for defaults */
} NakSettings;

NakSettings *nak_settings_new_default  (void);
NakSettings *nak_settings_load         (const char   *path,
                                        GPtrArray    *warnings);
NakSettings *nak_settings_load_default (GPtrArray    *warnings);
void         nak_settings_free         (NakSettings  *self);
void         nak_settings_warn_in      (const char   *log_domain,
                                        GPtrArray    *warnings,
                                        const char   *format,
                                        ...) G_GNUC_PRINTF (3, 4);

/* Logs in the caller's own domain (Nak-Settings, Nak-Local …). */
#define nak_settings_warn(warnings, ...) \
  nak_settings_warn_in (G_LOG_DOMAIN, (warnings), __VA_ARGS__)
gboolean     nak_settings_has_language (NakSettings  *self,
                                        const char   *code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NakSettings, nak_settings_free)

G_END_DECLS
