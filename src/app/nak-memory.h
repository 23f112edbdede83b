/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fewer page faults while the kiosk starts. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void nak_memory_prepare (void);

G_END_DECLS
