/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the two files of the HSDS import share: its state and field readers. */
#pragma once

#include "nak-hsds-import.h"

G_BEGIN_DECLS

typedef struct
{
  NakHsdsDoc         *doc;
  const NakHsdsRules *rules;
  NakTextStore       *texts;
  GError            **error;
} NakHsdsImport;

/* Sets the error at the member's line and evaluates to FALSE. */
#define FAIL(im, object, member, ...) \
  nak_hsds_doc_fail ((im)->doc, (object), (member), (im)->error, __VA_ARGS__)

gboolean    _nak_hsds_is_web_address    (const char         *text);
gboolean    _nak_hsds_take_string       (NakHsdsImport      *im,
                                         JsonObject         *object,
                                         const char         *member,
                                         char              **value);
gboolean    _nak_hsds_take_required     (NakHsdsImport      *im,
                                         JsonObject         *object,
                                         const char         *member,
                                         const char         *what,
                                         char              **value);
gboolean    _nak_hsds_take_bool         (NakHsdsImport      *im,
                                         JsonObject         *object,
                                         const char         *member,
                                         gboolean           *value);
JsonObject *_nak_hsds_get_object        (JsonObject         *object,
                                         const char         *member);
gboolean    _nak_hsds_get_array         (NakHsdsImport      *im,
                                         JsonObject         *object,
                                         const char         *member,
                                         JsonArray         **array);
gboolean    _nak_hsds_take_texts        (NakHsdsImport      *im,
                                         JsonObject         *object,
                                         const char         *member,
                                         gboolean            required,
                                         const char         *owner,
                                         const char         *field);
gboolean    _nak_hsds_check_i18n_fields (NakHsdsImport      *im,
                                         JsonObject         *object,
                                         const char * const *fields);
gboolean    _nak_hsds_take_channels     (NakHsdsImport      *im,
                                         JsonObject         *service,
                                         NakEntry           *entry,
                                         const char         *owner);

G_END_DECLS
