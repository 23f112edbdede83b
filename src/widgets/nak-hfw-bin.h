/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define NAK_TYPE_HFW_BIN (nak_hfw_bin_get_type ())

G_DECLARE_FINAL_TYPE (NakHfwBin, nak_hfw_bin, NAK, HFW_BIN, GtkWidget)

G_END_DECLS
