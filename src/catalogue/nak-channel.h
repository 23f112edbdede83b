/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One way to reach a program or contact point: a phone line, a chat, a desk. */
#pragma once

#include <glib.h>

#include "nak-hours.h"

G_BEGIN_DECLS

typedef enum
{
  NAK_CHANNEL_PHONE,
  NAK_CHANNEL_SNS,
  NAK_CHANNEL_CHAT,
  NAK_CHANNEL_MAIL,
  NAK_CHANNEL_LETTER,
  NAK_CHANNEL_VISIT,
  NAK_CHANNEL_WEB,
} NakChannelType;

typedef struct
{
  guint           index;     /* 1-based, as in the source file's [Channel N] */
  NakChannelType  type;
  char           *number;    /* phone number, URL or ID; NULL for a visit */
  char           *hours_spec;
  char           *closed_spec;
  char           *windows_spec;
  NakHours       *hours;     /* NULL when the source states no hours */
} NakChannel;

NakChannel *nak_channel_new           (guint            index,
                                       NakChannelType   type,
                                       const char      *number,
                                       const char      *hours_spec,
                                       const char      *closed_spec,
                                       const char      *windows_spec,
                                       GError         **error);
void        nak_channel_free          (NakChannel      *channel);
gboolean    nak_channel_type_from_string (const char   *name,
                                          NakChannelType *type);
const char *nak_channel_type_to_string (NakChannelType  type);
gboolean    nak_channel_is_live       (const NakChannel *channel);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NakChannel, nak_channel_free)

G_END_DECLS
