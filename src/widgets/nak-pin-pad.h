/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Staff only: a touch keypad for the PIN that leaves the kiosk. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define NAK_TYPE_PIN_PAD (nak_pin_pad_get_type ())
G_DECLARE_FINAL_TYPE (NakPinPad, nak_pin_pad, NAK, PIN_PAD, GtkWidget)

GtkWidget  *nak_pin_pad_new          (void);
void        nak_pin_pad_reset        (NakPinPad  *self);
void        nak_pin_pad_refuse       (NakPinPad  *self);
const char *nak_pin_pad_get_message  (NakPinPad  *self);
GtkWidget  *nak_pin_pad_find_key     (NakPinPad  *self,
                                      const char *key);
void        nak_pin_pad_set_idle_close (NakPinPad *self,
                                        guint      seconds);

G_END_DECLS
