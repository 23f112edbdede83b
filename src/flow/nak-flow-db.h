/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loads the question flow from the compiled catalogue. */
#pragma once

#include "catalogue/nak-catalogue.h"
#include "nak-flow.h"

G_BEGIN_DECLS

NakFlow *nak_flow_new_from_catalogue (NakCatalogue  *catalogue,
                                      GError       **error);

G_END_DECLS
