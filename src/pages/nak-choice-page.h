/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A question: its title and one large tile per answer. */
#pragma once

#include "nak-page.h"

G_BEGIN_DECLS

#define NAK_TYPE_CHOICE_PAGE (nak_choice_page_get_type ())
G_DECLARE_FINAL_TYPE (NakChoicePage, nak_choice_page, NAK, CHOICE_PAGE, NakPage)

GtkWidget *nak_choice_page_find_tile (NakChoicePage *self,
                                      const char    *choice_id);

G_END_DECLS
