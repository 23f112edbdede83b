/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A local file read into HSDS service objects, remembering the line of each value. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Both readers (JSON and the one-sheet CSV) produce the same tree: an array
 * of HSDS 3.0 service objects with the notalone-jp extensions. The checks
 * then run once, on that tree, and name the line a value came from. */
typedef struct
{
  char       *display;   /* the file name as shown in messages */
  JsonNode   *root;      /* the whole tree read */
  JsonArray  *services;  /* the service objects, borrowed from root */
  GHashTable *places;    /* JsonObject* → Place (see the .c file) */
} NakHsdsDoc;

NakHsdsDoc *nak_hsds_doc_new             (const char  *display);
void        nak_hsds_doc_free            (NakHsdsDoc  *self);
void        nak_hsds_doc_set_line        (NakHsdsDoc  *self,
                                          JsonObject  *object,
                                          const char  *member,
                                          guint        line,
                                          const char  *label);
guint       nak_hsds_doc_get_line        (NakHsdsDoc  *self,
                                          JsonObject  *object,
                                          const char  *member);
const char *nak_hsds_doc_get_label       (NakHsdsDoc  *self,
                                          JsonObject  *object,
                                          const char  *member);
gboolean    nak_hsds_doc_fail            (NakHsdsDoc  *self,
                                          JsonObject  *object,
                                          const char  *member,
                                          GError     **error,
                                          const char  *format,
                                          ...) G_GNUC_PRINTF (5, 6);
char       *nak_hsds_dup_uuid            (const char  *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NakHsdsDoc, nak_hsds_doc_free)

G_END_DECLS
