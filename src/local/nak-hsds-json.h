/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reads a local file written as HSDS 3.0 JSON. */
#pragma once

#include "nak-hsds-doc.h"

G_BEGIN_DECLS

NakHsdsDoc *nak_hsds_json_load (const char  *path,
                                GError     **error);

G_END_DECLS
