/* SPDX-License-Identifier: GPL-3.0-or-later */
/* HSDS schedules to and from the catalogue's opening-hours syntax. */
#pragma once

#include "catalogue/nak-channel.h"
#include "nak-hsds-doc.h"

G_BEGIN_DECLS

gboolean   nak_hsds_schedule_to_hours   (NakHsdsDoc        *doc,
                                         JsonArray         *schedules,
                                         char             **hours,
                                         char             **closed,
                                         char             **windows,
                                         GError           **error);
JsonArray *nak_hsds_schedule_from_hours (const NakChannel  *channel,
                                         const char        *id_seed);

G_END_DECLS
