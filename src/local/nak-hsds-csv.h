/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reads the one-sheet CSV form of the notalone-jp HSDS profile. */
#pragma once

#include "nak-hsds-doc.h"

G_BEGIN_DECLS

NakHsdsDoc *nak_hsds_csv_load (const char  *path,
                               GError     **error);

G_END_DECLS
