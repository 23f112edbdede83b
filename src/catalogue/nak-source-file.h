/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One human-edited source file: its keys, and the line each key stands on. */
#pragma once

#include <glib.h>

#include "nak-text-store.h"

G_BEGIN_DECLS

#define NAK_SOURCE_ERROR (nak_source_error_quark ())

typedef enum
{
  NAK_SOURCE_ERROR_SYNTAX,
  NAK_SOURCE_ERROR_MISSING,
  NAK_SOURCE_ERROR_BAD_VALUE,
  NAK_SOURCE_ERROR_BAD_PHONE,
  NAK_SOURCE_ERROR_BAD_HOURS,
  NAK_SOURCE_ERROR_BAD_DATE,
  NAK_SOURCE_ERROR_UNKNOWN_CATEGORY,
  NAK_SOURCE_ERROR_UNKNOWN_AUDIENCE,
  NAK_SOURCE_ERROR_UNKNOWN_TAG,
  NAK_SOURCE_ERROR_MISSING_TEXT,
  NAK_SOURCE_ERROR_FLOW,
  NAK_SOURCE_ERROR_UNREACHABLE_ENTRY,
  NAK_SOURCE_ERROR_WRITE,
} NakSourceError;

typedef struct
{
  char     *display;   /* path as shown in messages, relative to the data folder */
  char     *contents;
  GKeyFile *keyfile;
} NakSourceFile;

GQuark         nak_source_error_quark   (void);

NakSourceFile *nak_source_file_load     (const char    *path,
                                         const char    *display,
                                         GError       **error);
void           nak_source_file_free     (NakSourceFile *self);
guint          nak_source_file_line     (NakSourceFile *self,
                                         const char    *group,
                                         const char    *key);
char          *nak_source_file_dup_where (NakSourceFile *self,
                                          const char    *group,
                                          const char    *key);
char          *nak_source_file_get      (NakSourceFile *self,
                                         const char    *group,
                                         const char    *key);
char          *nak_source_file_require  (NakSourceFile *self,
                                         const char    *group,
                                         const char    *key,
                                         GError       **error);
GStrv          nak_source_file_get_list (NakSourceFile *self,
                                         const char    *group,
                                         const char    *key);
gboolean       nak_source_file_get_bool (NakSourceFile *self,
                                         const char    *group,
                                         const char    *key,
                                         gboolean      *value,
                                         GError       **error);
gboolean       nak_source_file_take_texts (NakSourceFile     *self,
                                           const char        *group,
                                           const char        *key,
                                           gboolean           required,
                                           const char * const *languages,
                                           NakTextStore      *texts,
                                           const char        *owner,
                                           const char        *field,
                                           GError           **error);
void           nak_source_file_fail     (NakSourceFile *self,
                                         const char    *group,
                                         const char    *key,
                                         GError       **error,
                                         NakSourceError code,
                                         const char    *format,
                                         ...) G_GNUC_PRINTF (6, 7);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NakSourceFile, nak_source_file_free)

G_END_DECLS
