/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes checked sources into catalogue.sqlite (build time only). */
#pragma once

#include "catalogue/nak-catalogue-source.h"
#include "flow/nak-flow.h"

G_BEGIN_DECLS

gboolean nak_catalogue_write (NakCatalogueSource  *source,
                              NakFlow             *flow,
                              const char          *path,
                              GError             **error);

G_END_DECLS
