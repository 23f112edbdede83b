/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The command-line front end on the same engine, for staff and for tests. */
#pragma once

#include <stdio.h>

#include "catalogue/nak-catalogue.h"
#include "flow/nak-flow.h"

G_BEGIN_DECLS

typedef struct
{
  gboolean    walk;
  char       *answers;        /* "who.me,category.work,…" or "me,work,…" */
  gboolean    json;
  char       *lang;
  char       *handout;        /* write a PDF handout here */
  char       *now;            /* ISO 8601, "as if it were then" (tests) */
  gboolean    stale;
  int         max_age_months;
  char       *import_local;   /* --import-local FILE: check a town's entries file */
  char       *export_hsds;    /* --export-hsds DIR: the catalogue as HSDS JSON + CSV */
} NakCliOptions;

gboolean nak_cli_wants_cli (const NakCliOptions *options);
int      nak_cli_run       (const NakCliOptions *options,
                            NakCatalogue        *catalogue,
                            NakFlow             *flow,
                            FILE                *in,
                            FILE                *out,
                            FILE                *err);

G_END_DECLS
