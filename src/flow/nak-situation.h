/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the visitor's answers say about them: categories, audiences, tags. */
#pragma once

#include <glib.h>

#include "nak-flow.h"

G_BEGIN_DECLS

typedef struct
{
  GPtrArray  *categories;  /* of char*, in the order they were chosen */
  GPtrArray  *audiences;
  GPtrArray  *tags;
  GPtrArray  *channels;    /* preferred channel types ("phone", "sns", "letter") */
  gboolean    crisis;
  char       *language;
  GHashTable *origins;     /* "kind:value" → "step\x1fchoice" of the first answer that added it */
  GHashTable *specified;   /* categories the visitor said more about (a tag followed them) */
  char       *current_category;
} NakSituation;

NakSituation *nak_situation_new          (const char         *language);
void          nak_situation_free         (NakSituation       *self);
void          nak_situation_add          (NakSituation       *self,
                                          const NakAdd       *add,
                                          const char         *step_id,
                                          const char         *choice_id);
gboolean      nak_situation_has          (const NakSituation *self,
                                          NakAddKind          kind,
                                          const char         *value);
gboolean      nak_situation_get_origin   (const NakSituation *self,
                                          NakAddKind          kind,
                                          const char         *value,
                                          char              **step_id,
                                          char              **choice_id);
gboolean      nak_situation_is_foreign   (const NakSituation *self);
gboolean      nak_situation_is_specified (const NakSituation *self,
                                          const char         *category);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NakSituation, nak_situation_free)

G_END_DECLS
