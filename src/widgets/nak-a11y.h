/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Only what is on screen is in the accessibility tree. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void nak_a11y_hide_inactive_pages (GtkStack    *stack);
void nak_a11y_hide_unrevealed     (GtkRevealer *revealer);

G_END_DECLS
