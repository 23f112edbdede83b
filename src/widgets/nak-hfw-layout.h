/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define NAK_TYPE_HFW_LAYOUT (nak_hfw_layout_get_type ())

G_DECLARE_FINAL_TYPE (NakHfwLayout, nak_hfw_layout, NAK, HFW_LAYOUT, GtkLayoutManager)

GtkLayoutManager *nak_hfw_layout_new                   (void);
void              nak_hfw_layout_set_center_vertically   (NakHfwLayout *self,
                                                         gboolean      center);
void              nak_hfw_layout_set_center_horizontally (NakHfwLayout *self,
                                                         gboolean      center);

G_END_DECLS
