/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Renders every screen kind to PNG files, for review and the README. */
#pragma once

#include "nak-window.h"

G_BEGIN_DECLS

void nak_screenshots_run (NakWindow  *window,
                          const char *dir);

G_END_DECLS
