/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The welcome screen: Hikarino, one calm line, Start, and a way out of danger. */
#pragma once

#include "nak-page.h"

G_BEGIN_DECLS

#define NAK_TYPE_ATTRACT_PAGE (nak_attract_page_get_type ())
G_DECLARE_FINAL_TYPE (NakAttractPage, nak_attract_page, NAK, ATTRACT_PAGE, NakPage)

G_END_DECLS
