/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void nak_x11_keep_upload_pool (GtkWidget *window);

G_END_DECLS
