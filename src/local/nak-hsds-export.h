/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The national catalogue written as HSDS 3.0 (notalone-jp profile): JSON and the sheet. */
#pragma once

#include "catalogue/nak-catalogue.h"

G_BEGIN_DECLS

gboolean nak_hsds_export (NakCatalogue  *catalogue,
                          const char    *dir,
                          guint         *n_services,
                          GError       **error);

G_END_DECLS
