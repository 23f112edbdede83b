/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The catalogue's fields, shared by the files that implement it (not a public API). */
#pragma once

#include "nak-catalogue.h"
#include "nak-text-store.h"

#include <sqlite3.h>

G_BEGIN_DECLS

/* The catalogue is small (a few hundred rows of facts, a few thousand texts),
 * so the facts are read once at open into NakEntry objects. Texts are read a
 * language at a time, the first time that language is asked for, so opening
 * stays fast however many languages ship. The file is opened read-only and
 * immutable: the kiosk never writes to it and may run from read-only media. */
struct _NakCatalogue
{
  GObject       parent_instance;

  char         *path;
  sqlite3      *db;
  char         *date;
  GStrv         languages;
  GPtrArray    *entries;     /* of NakEntry */
  GHashTable   *by_id;       /* id → NakEntry (borrowed) */
  GPtrArray    *categories;  /* of NakCategory */
  NakTextStore *texts;
  GHashTable   *loaded;      /* languages whose texts are in `texts` */
};

G_END_DECLS
