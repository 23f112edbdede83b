/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libcups, loaded the first time a printer is used rather than at start. */
#pragma once

#include <cups/cups.h>
#include <glib.h>

G_BEGIN_DECLS

/* Every CUPS function the kiosk calls. */
#define NAK_CUPS_FUNCTIONS(F) \
  F (cupsAddOption) \
  F (cupsCancelDestJob) \
  F (cupsCheckDestSupported) \
  F (cupsConnectDest) \
  F (cupsCopyDestInfo) \
  F (cupsCreateDestJob) \
  F (cupsDoRequest) \
  F (cupsFinishDestDocument) \
  F (cupsFreeDestInfo) \
  F (cupsFreeDests) \
  F (cupsFreeOptions) \
  F (cupsGetDestWithURI) \
  F (cupsGetNamedDest) \
  F (cupsGetOption) \
  F (cupsLastErrorString) \
  F (cupsStartDestDocument) \
  F (cupsUser) \
  F (cupsWriteRequestData) \
  F (httpClose) \
  F (httpConnect2) \
  F (httpSetTimeout) \
  F (ippAddInteger) \
  F (ippAddString) \
  F (ippAddStrings) \
  F (ippDelete) \
  F (ippFindAttribute) \
  F (ippGetBoolean) \
  F (ippGetCount) \
  F (ippGetInteger) \
  F (ippGetStatusCode) \
  F (ippGetString) \
  F (ippNewRequest)

#define NAK_CUPS_POINTER(name) __typeof__ (name) *name;

typedef struct
{
  NAK_CUPS_FUNCTIONS (NAK_CUPS_POINTER)
} NakCups;

const NakCups *nak_cups_get (GError **error);

G_END_DECLS
