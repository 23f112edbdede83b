/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GdkPaintable *nak_mascot_get (const char *pose);

G_END_DECLS
