/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reads and checks catalogue.ini and the entry files under data/catalogue/. */
#pragma once

#include <glib.h>

#include "nak-entry.h"
#include "nak-text-store.h"

G_BEGIN_DECLS

typedef struct
{
  char *id;
  char *icon;
} NakCategory;

typedef struct
{
  char         *dir;
  char         *date;        /* YYYY-MM-DD */
  GStrv         languages;   /* every visitor text must exist in each: inline ones first */
  GStrv         translations; /* languages kept in translations/<lang>.ini */
  GPtrArray    *categories;  /* of NakCategory, in display order */
  GPtrArray    *entries;     /* of NakEntry, sorted by id */
  NakTextStore *texts;
} NakCatalogueSource;

extern const char * const nak_known_categories[];
extern const char * const nak_known_audiences[];
extern const char * const nak_known_costs[];

NakCatalogueSource *nak_catalogue_source_load_index   (const char          *dir,
                                                       GError             **error);
gboolean            nak_catalogue_source_load_entries (NakCatalogueSource  *self,
                                                       GHashTable          *known_tags,
                                                       GError             **error);
gboolean            nak_catalogue_source_load_translations (NakCatalogueSource *self,
                                                            GError            **error);
void                nak_catalogue_source_free         (NakCatalogueSource  *self);
gboolean            nak_catalogue_source_has_category (NakCatalogueSource  *self,
                                                       const char          *id);
void                nak_category_free                 (NakCategory         *category);
gboolean            nak_is_valid_date                 (const char          *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NakCatalogueSource, nak_catalogue_source_free)

G_END_DECLS
