/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Checks that a Japanese phone number is written as it is dialled. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean nak_phone_is_valid   (const char *number,
                               char      **reason);
char    *nak_phone_dup_dialable (const char *number);

G_END_DECLS
