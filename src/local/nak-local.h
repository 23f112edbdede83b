/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A town's own entries: loading them into the catalogue, and the staff commands. */
#pragma once

#include <stdio.h>

#include "catalogue/nak-catalogue.h"

G_BEGIN_DECLS

#define NAK_LOCAL_ERROR (nak_local_error_quark ())

typedef enum
{
  NAK_LOCAL_ERROR_READ,     /* the file cannot be read */
  NAK_LOCAL_ERROR_SYNTAX,   /* not JSON, or not CSV as the profile writes it */
  NAK_LOCAL_ERROR_INVALID,  /* a value breaks a rule of the catalogue */
  NAK_LOCAL_ERROR_WRITE,    /* an export cannot be written */
} NakLocalError;

/* The entries of a local file, checked and ready to add to a catalogue. */
typedef struct
{
  GPtrArray    *entries;   /* of NakEntry, ids "local_…" */
  NakTextStore *texts;     /* their texts, every language of the catalogue */
  guint         skipped;   /* services whose status is not "active" */
  GHashTable   *lines;     /* entry id → the line its service starts on (GUINT) */
} NakLocalSet;

GQuark       nak_local_error_quark          (void);

NakLocalSet *nak_local_set_load             (NakCatalogue       *catalogue,
                                             const char         *path,
                                             const char * const *languages,
                                             GError            **error);
void         nak_local_set_free             (NakLocalSet   *self);

gboolean     nak_local_load_into_catalogue  (NakCatalogue       *catalogue,
                                             const char         *path,
                                             const char * const *languages,
                                             gboolean            local_first,
                                             GPtrArray          *warnings);

int          nak_local_cli_import           (NakCatalogue  *catalogue,
                                             const char    *path,
                                             FILE          *out,
                                             FILE          *err);
int          nak_local_cli_export           (NakCatalogue  *catalogue,
                                             const char    *dir,
                                             FILE          *out,
                                             FILE          *err);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NakLocalSet, nak_local_set_free)

G_END_DECLS
