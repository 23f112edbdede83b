/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printing results for people (text) and for programs (JSON). */
#pragma once

#include <stdio.h>

#include "catalogue/nak-catalogue.h"
#include "flow/nak-matcher.h"
#include "flow/nak-session.h"

G_BEGIN_DECLS

void nak_cli_print_text  (NakCatalogue *catalogue,
                          NakSession   *session,
                          NakResult    *result,
                          GDateTime    *now,
                          FILE         *out);
void nak_cli_print_json  (NakCatalogue *catalogue,
                          NakSession   *session,
                          NakResult    *result,
                          GDateTime    *now,
                          FILE         *out);
int  nak_cli_print_stale (NakCatalogue *catalogue,
                          GDateTime    *now,
                          int           max_age_months,
                          FILE         *out);
void nak_json_append_string (GString    *s,
                             const char *value);

G_END_DECLS
