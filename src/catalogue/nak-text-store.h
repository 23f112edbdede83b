/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Visitor-readable texts keyed by owner, field and language. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Owners are "entry:ID", "step:ID", "choice:STEP/ID" and "category:ID";
 * fields are "name", "summary", "title", "label", "note.N" … */
typedef struct _NakTextStore NakTextStore;

NakTextStore *nak_text_store_new     (void);
void          nak_text_store_free    (NakTextStore *self);
void          nak_text_store_set     (NakTextStore *self,
                                      const char   *owner,
                                      const char   *field,
                                      const char   *lang,
                                      const char   *value);
const char   *nak_text_store_get     (NakTextStore *self,
                                      const char   *owner,
                                      const char   *field,
                                      const char   *lang);
void          nak_text_store_foreach (NakTextStore *self,
                                      void        (*func) (const char *owner,
                                                           const char *field,
                                                           const char *lang,
                                                           const char *value,
                                                           gpointer    user_data),
                                      gpointer      user_data);
guint         nak_text_store_size    (NakTextStore *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NakTextStore, nak_text_store_free)

G_END_DECLS
