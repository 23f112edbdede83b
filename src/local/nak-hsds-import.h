/* SPDX-License-Identifier: GPL-3.0-or-later */
/* HSDS services (notalone-jp profile) to catalogue entries, with the catalogue's checks. */
#pragma once

#include "nak-hsds-doc.h"
#include "nak-local.h"

G_BEGIN_DECLS

typedef struct
{
  const char * const *languages;   /* the catalogue's: every text is stored in each */
  const char * const *required;    /* those a visitor can read here: a text must be
                                    * written in each; the others fall back */
  GHashTable         *known_tags;  /* the tags some answer of the flow adds */
  GHashTable         *taken_ids;   /* nullable: entry ids already in the catalogue */
  const char         *today;       /* YYYY-MM-DD: no assured_date may be later */
} NakHsdsRules;

NakLocalSet *nak_hsds_import (NakHsdsDoc          *doc,
                              const NakHsdsRules  *rules,
                              GError             **error);

G_END_DECLS
