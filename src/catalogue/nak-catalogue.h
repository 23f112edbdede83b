/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The compiled catalogue, opened read-only: entries, categories, flow, texts. */
#pragma once

#include <gio/gio.h>

#include "nak-catalogue-source.h"
#include "nak-entry.h"

G_BEGIN_DECLS

#define NAK_CATALOGUE_ERROR (nak_catalogue_error_quark ())

typedef enum
{
  NAK_CATALOGUE_ERROR_MISSING,   /* no file at the path */
  NAK_CATALOGUE_ERROR_CORRUPT,   /* not a database, or it fails the integrity check */
  NAK_CATALOGUE_ERROR_VERSION,   /* made for another version of the kiosk */
  NAK_CATALOGUE_ERROR_INVALID,   /* readable, but its contents do not hold together */
  NAK_CATALOGUE_ERROR_LANGUAGE,  /* a language the catalogue does not have */
} NakCatalogueError;

#define NAK_TYPE_CATALOGUE (nak_catalogue_get_type ())
G_DECLARE_FINAL_TYPE (NakCatalogue, nak_catalogue, NAK, CATALOGUE, GObject)

GQuark              nak_catalogue_error_quark     (void);

NakCatalogue       *nak_catalogue_new_for_path    (const char    *path,
                                                   GError       **error);
char               *nak_catalogue_dup_default_path (void);
const char         *nak_catalogue_get_path        (NakCatalogue  *self);
const char         *nak_catalogue_get_date        (NakCatalogue  *self);
const char * const *nak_catalogue_get_languages   (NakCatalogue  *self);
gboolean            nak_catalogue_has_language    (NakCatalogue  *self,
                                                   const char    *lang);
GPtrArray          *nak_catalogue_get_entries     (NakCatalogue  *self);
NakEntry           *nak_catalogue_get_entry       (NakCatalogue  *self,
                                                   const char    *id);
GPtrArray          *nak_catalogue_get_categories  (NakCatalogue  *self);
struct sqlite3      *nak_catalogue_get_db          (NakCatalogue  *self);
const char         *nak_catalogue_get_text        (NakCatalogue  *self,
                                                   const char    *owner,
                                                   const char    *field,
                                                   const char    *lang);
const char         *nak_catalogue_get_entry_text  (NakCatalogue  *self,
                                                   NakEntry      *entry,
                                                   const char    *field,
                                                   const char    *lang);
GPtrArray          *nak_catalogue_list_stale      (NakCatalogue  *self,
                                                   GDateTime     *now,
                                                   guint          max_age_months);

/* A town's own entries, added at run time (src/local). */
gboolean            nak_catalogue_add_local_entries (NakCatalogue  *self,
                                                     GPtrArray     *entries,
                                                     NakTextStore  *texts,
                                                     gboolean       local_first,
                                                     GError       **error);
gboolean            nak_catalogue_is_local        (NakCatalogue  *self,
                                                   const char    *id);
guint               nak_catalogue_get_n_local     (NakCatalogue  *self);
gboolean            nak_catalogue_entry_is_local  (NakEntry      *entry);
gboolean            nak_catalogue_entry_is_local_first (NakEntry *entry);

G_END_DECLS
