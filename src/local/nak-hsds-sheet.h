/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The columns of the one-sheet CSV form, and writing a sheet from HSDS services. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  NAK_HSDS_COL_STRING,
  NAK_HSDS_COL_LIST,    /* "a;b;c" */
  NAK_HSDS_COL_BOOL,
  NAK_HSDS_COL_INT,
} NakHsdsColumnType;

typedef struct
{
  const char        *header;
  NakHsdsColumnType  type;
  gboolean           channel;       /* one of the channel columns of a row */
  gboolean           translatable;  /* may have FIELD[LANG] columns */
} NakHsdsColumn;

/* An attribute taxonomy of the profile, and the column that lists its codes. */
typedef struct
{
  const char *column;
  const char *taxonomy;
} NakHsdsTaxonomy;

#define NAK_HSDS_N_TAXONOMIES 3

extern const NakHsdsColumn   nak_hsds_columns[];
extern const guint           nak_hsds_n_columns;
extern const NakHsdsTaxonomy nak_hsds_taxonomies[NAK_HSDS_N_TAXONOMIES];

const NakHsdsColumn *nak_hsds_sheet_find_column (const char         *header,
                                                 char              **lang);
char                *nak_hsds_sheet_dup_csv     (JsonArray          *services,
                                                 const char * const *languages);

G_END_DECLS
