/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A local file read into HSDS service objects, remembering the line of each value. */
#define G_LOG_DOMAIN "Nak-Local"

#include "config.h"

#include "nak-hsds-doc.h"
#include "nak-local.h"

/* JSON parsers forget where a value stood, and staff need "line 14: the
 * phone number has letters in it". So each reader notes, for every object
 * it builds, the line of the object and of each member, and for the CSV
 * form the column header to name in messages ("name[en]" rather than the
 * x_i18n path it became). The objects are owned by `root`; the table only
 * borrows their addresses as keys, so it must not outlive the tree. */

typedef struct
{
  guint  line;
  char  *label;   /* nullable: the member's own name is used */
} MemberPlace;

typedef struct
{
  guint       line;      /* where the object starts */
  GHashTable *members;   /* member name → MemberPlace */
} Place;

G_DEFINE_QUARK (nak-local-error-quark, nak_local_error)

static void
member_place_free (MemberPlace *place)
{
  g_free (place->label);
  g_free (place);
}

static void
place_free (Place *place)
{
  g_clear_pointer (&place->members, g_hash_table_unref);
  g_free (place);
}

NakHsdsDoc *
nak_hsds_doc_new (const char *display)
{
  NakHsdsDoc *self = g_new0 (NakHsdsDoc, 1);

  self->display = g_strdup (display);
  self->places = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                        (GDestroyNotify) place_free);
  return self;
}

void
nak_hsds_doc_free (NakHsdsDoc *self)
{
  if (self == NULL)
    return;
  /* The table's keys point into the tree: drop the table first. */
  g_clear_pointer (&self->places, g_hash_table_unref);
  g_clear_pointer (&self->root, json_node_unref);
  g_free (self->display);
  g_free (self);
}

/* With `member` NULL, records where the object itself starts. */
void
nak_hsds_doc_set_line (NakHsdsDoc *self,
                       JsonObject *object,
                       const char *member,
                       guint       line,
                       const char *label)
{
  Place *place = g_hash_table_lookup (self->places, object);

  if (place == NULL)
    {
      place = g_new0 (Place, 1);
      place->line = line;
      place->members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) member_place_free);
      g_hash_table_insert (self->places, object, place);
    }
  if (member == NULL)
    place->line = line;
  else
    {
      MemberPlace *mp = g_new0 (MemberPlace, 1);

      mp->line = line;
      mp->label = g_strdup (label);
      g_hash_table_insert (place->members, g_strdup (member), mp);
    }
}

/* The line of the member, else of the object, else 1 (a message always
 * names a line). */
guint
nak_hsds_doc_get_line (NakHsdsDoc *self,
                       JsonObject *object,
                       const char *member)
{
  Place *place = object != NULL ? g_hash_table_lookup (self->places, object) : NULL;
  MemberPlace *mp;

  if (place == NULL)
    return 1;
  if (member != NULL && (mp = g_hash_table_lookup (place->members, member)) != NULL)
    return mp->line;
  return MAX (place->line, 1);
}

const char *
nak_hsds_doc_get_label (NakHsdsDoc *self,
                        JsonObject *object,
                        const char *member)
{
  Place *place = object != NULL ? g_hash_table_lookup (self->places, object) : NULL;
  MemberPlace *mp;

  if (place != NULL && member != NULL &&
      (mp = g_hash_table_lookup (place->members, member)) != NULL && mp->label != NULL)
    return mp->label;
  return member;
}

/* Sets "FILE:LINE: 'field': reason", or "FILE:LINE: reason" without a
 * member. Returns FALSE, for `return nak_hsds_doc_fail (…);`. */
gboolean
nak_hsds_doc_fail (NakHsdsDoc  *self,
                   JsonObject  *object,
                   const char  *member,
                   GError     **error,
                   const char  *format,
                   ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  if (member != NULL)
    g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_INVALID, "%s:%u: '%s': %s",
                 self->display, nak_hsds_doc_get_line (self, object, member),
                 nak_hsds_doc_get_label (self, object, member), reason);
  else
    g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_INVALID, "%s:%u: %s", self->display,
                 nak_hsds_doc_get_line (self, object, NULL), reason);
  return FALSE;
}

/* A UUID that is always the same for the same name (version 5 layout,
 * SHA-1 over a fixed namespace and the name), so that an export run twice
 * gives every service, phone and schedule the same HSDS id. */
char *
nak_hsds_dup_uuid (const char *name)
{
  /* Any fixed 16 bytes keep the ids stable; these spell "jp.notalone.Kios". */
  static const guint8 ns[16] = { 0x6a, 0x70, 0x2e, 0x6e, 0x6f, 0x74, 0x61, 0x6c,
                                 0x6f, 0x6e, 0x65, 0x2e, 0x4b, 0x69, 0x6f, 0x73 };
  g_autoptr(GChecksum) sha = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize len = sizeof digest;

  g_checksum_update (sha, ns, sizeof ns);
  g_checksum_update (sha, (const guchar *) name, -1);
  g_checksum_get_digest (sha, digest, &len);
  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;
  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}
