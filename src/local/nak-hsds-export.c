/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The national catalogue written as HSDS 3.0 (notalone-jp profile): JSON and the sheet. */
#define G_LOG_DOMAIN "Nak-Local"

#include "config.h"

#include "nak-hsds-export.h"
#include "nak-hsds-schedule.h"
#include "nak-hsds-sheet.h"
#include "nak-local.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

/* Writes DIR/services.json (an HSDS API page of service objects) and
 * DIR/services.csv (the same services as the one-sheet form). Both read
 * back through --import-local, which the tests use to prove the export
 * loses nothing the kiosk needs. Every HSDS id is a UUID derived from the
 * entry id (nak_hsds_dup_uuid), so a second export gives the same ids and
 * a consumer can follow changes; x_nak_id keeps the catalogue's own id.
 * Entries a town added at run time are not national and are left out. */

/* An identifier, not an address: the profile is documented in docs/staff.md. */
#define PROFILE "urn:notalone-kiosk:hsds-profile:1.0"

typedef struct
{
  NakCatalogue       *catalogue;
  const char * const *languages;
} Export;

static char *
dup_uuid (const char *format,
          ...) G_GNUC_PRINTF (1, 2);

static char *
dup_uuid (const char *format,
          ...)
{
  g_autofree char *name = NULL;
  va_list args;

  va_start (args, format);
  name = g_strdup_vprintf (format, args);
  va_end (args);
  return nak_hsds_dup_uuid (name);
}

/* object[member] = the Japanese text; object.x_i18n[member] = the others. */
static void
put_texts (Export     *ex,
           JsonObject *object,
           const char *member,
           const char *owner,
           const char *field)
{
  const char *ja = nak_catalogue_get_text (ex->catalogue, owner, field, "ja");
  JsonObject *i18n, *tr;

  if (ja == NULL)
    return;
  json_object_set_string_member (object, member, ja);
  if (!json_object_has_member (object, "x_i18n"))
    json_object_set_object_member (object, "x_i18n", json_object_new ());
  i18n = json_object_get_object_member (object, "x_i18n");
  tr = json_object_new ();
  for (guint i = 0; ex->languages[i] != NULL; i++)
    {
      const char *text;

      if (g_str_equal (ex->languages[i], "ja"))
        continue;
      text = nak_catalogue_get_text (ex->catalogue, owner, field, ex->languages[i]);
      if (text != NULL)
        json_object_set_string_member (tr, ex->languages[i], text);
    }
  json_object_set_object_member (i18n, member, tr);
}

static void
put_attributes (JsonArray          *attributes,
                const char         *entry_id,
                const char         *taxonomy,
                const char * const *codes)
{
  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autofree char *id = dup_uuid ("entry:%s/%s/%s", entry_id, taxonomy, codes[i]);
      g_autofree char *term_id = dup_uuid ("term:%s/%s", taxonomy, codes[i]);
      JsonObject *attribute = json_object_new ();
      JsonObject *term = json_object_new ();

      json_object_set_string_member (term, "id", term_id);
      json_object_set_string_member (term, "code", codes[i]);
      json_object_set_string_member (term, "name", codes[i]);
      json_object_set_string_member (term, "description", codes[i]);
      json_object_set_string_member (term, "taxonomy", taxonomy);
      json_object_set_string_member (attribute, "id", id);
      json_object_set_string_member (attribute, "link_entity", "service");
      json_object_set_object_member (attribute, "taxonomy_term", term);
      json_array_add_object_element (attributes, attribute);
    }
}

static JsonObject *
channel_object (Export           *ex,
                NakEntry         *entry,
                const NakChannel *channel,
                const char       *owner)
{
  const char *id = nak_entry_get_id (entry);
  g_autofree char *uuid = dup_uuid ("entry:%s/channel/%u", id, channel->index);
  g_autofree char *note = g_strdup_printf ("note.%u", channel->index);
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "id", uuid);
  if (channel->type == NAK_CHANNEL_PHONE)
    {
      json_object_set_string_member (object, "number", channel->number);
      json_object_set_string_member (object, "type", "voice");
    }
  else
    {
      json_object_set_string_member (object, "type", nak_channel_type_to_string (channel->type));
      if (channel->number != NULL)
        json_object_set_string_member (object, "address", channel->number);
    }
  put_texts (ex, object, "description", owner, note);
  if (channel->hours_spec != NULL)
    json_object_set_string_member (object, "x_hours", channel->hours_spec);
  if (channel->closed_spec != NULL)
    json_object_set_string_member (object, "x_closed", channel->closed_spec);
  if (channel->windows_spec != NULL)
    json_object_set_string_member (object, "x_windows", channel->windows_spec);
  json_object_set_int_member (object, "x_order", channel->index);
  return object;
}

/* HSDS schedules belong to the service; they are written when every desk
 * and phone of the entry keeps the same hours, so that they say the truth
 * for each of them (x_hours stays the exact form, per channel). */
static void
put_schedules (JsonObject *service,
               NakEntry   *entry)
{
  GPtrArray *channels = nak_entry_get_channels (entry);
  const NakChannel *first = NULL;
  JsonArray *schedules;

  for (guint i = 0; i < channels->len; i++)
    {
      const NakChannel *c = g_ptr_array_index (channels, i);

      if (c->type != NAK_CHANNEL_PHONE && c->type != NAK_CHANNEL_VISIT)
        continue;
      if (first == NULL)
        first = c;
      else if (g_strcmp0 (first->hours_spec, c->hours_spec) != 0 ||
               g_strcmp0 (first->closed_spec, c->closed_spec) != 0)
        return;
    }
  if (first == NULL ||
      (schedules = nak_hsds_schedule_from_hours (first, nak_entry_get_id (entry))) == NULL)
    return;
  json_object_set_array_member (service, "schedules", schedules);
}

static JsonObject *
service_object (Export   *ex,
                NakEntry *entry)
{
  const char *id = nak_entry_get_id (entry);
  g_autofree char *owner = g_strdup_printf ("entry:%s", id);
  g_autofree char *uuid = dup_uuid ("entry:%s", id);
  JsonObject *service = json_object_new ();
  JsonArray *languages = json_array_new ();
  JsonArray *attributes = json_array_new ();
  JsonArray *phones = json_array_new ();
  JsonArray *others = json_array_new ();
  GPtrArray *channels = nak_entry_get_channels (entry);
  const char * const *langs = nak_entry_get_languages (entry);

  json_object_set_string_member (service, "id", uuid);
  put_texts (ex, service, "name", owner, "name");
  put_texts (ex, service, "description", owner, "summary");
  json_object_set_string_member (service, "status", "active");
  if (nak_entry_get_url (entry) != NULL)
    json_object_set_string_member (service, "url", nak_entry_get_url (entry));
  json_object_set_string_member (service, "assured_date", nak_entry_get_checked (entry));
  put_texts (ex, service, "eligibility_description", owner, "audience_text");
  put_texts (ex, service, "fees_description", owner, "cost_text");
  if (nak_catalogue_get_text (ex->catalogue, owner, "organisation", "ja") != NULL)
    {
      JsonObject *organization = json_object_new ();
      const char *name = nak_catalogue_get_text (ex->catalogue, owner, "organisation", "ja");
      g_autofree char *org_id = dup_uuid ("organization:%s", name);

      json_object_set_string_member (organization, "id", org_id);
      put_texts (ex, organization, "name", owner, "organisation");
      json_object_set_string_member (organization, "description", "");
      json_object_set_object_member (service, "organization", organization);
    }

  for (guint i = 0; langs[i] != NULL; i++)
    {
      JsonObject *language = json_object_new ();
      g_autofree char *lang_id = dup_uuid ("entry:%s/language/%s", id, langs[i]);

      json_object_set_string_member (language, "id", lang_id);
      json_object_set_string_member (language, "code", langs[i]);
      json_array_add_object_element (languages, language);
    }
  json_object_set_array_member (service, "languages", languages);

  put_attributes (attributes, id, "notalone-jp:category", nak_entry_get_categories (entry));
  put_attributes (attributes, id, "notalone-jp:audience", nak_entry_get_audience (entry));
  put_attributes (attributes, id, "notalone-jp:tag", nak_entry_get_tags (entry));
  json_object_set_array_member (service, "attributes", attributes);

  for (guint i = 0; i < channels->len; i++)
    {
      const NakChannel *c = g_ptr_array_index (channels, i);

      json_array_add_object_element (c->type == NAK_CHANNEL_PHONE ? phones : others,
                                     channel_object (ex, entry, c, owner));
    }
  json_object_set_array_member (service, "phones", phones);
  json_object_set_array_member (service, "x_channels", others);
  put_schedules (service, entry);

  json_object_set_string_member (service, "x_nak_id", id);
  json_object_set_string_member (service, "x_kind",
                                 nak_entry_kind_to_string (nak_entry_get_kind (entry)));
  json_object_set_string_member (service, "x_cost", nak_entry_get_cost (entry));
  json_object_set_string_member (service, "x_source", nak_entry_get_source (entry));
  json_object_set_string_member (service, "x_confidence", nak_entry_get_confidence (entry));
  json_object_set_boolean_member (service, "x_general", nak_entry_get_general (entry));
  json_object_set_boolean_member (service, "x_emergency", nak_entry_get_emergency (entry));
  json_object_set_int_member (service, "x_priority", nak_entry_get_priority (entry));
  put_texts (ex, service, "x_say", owner, "say");
  return service;
}

static gboolean
write_file (const char  *dir,
            const char  *name,
            const char  *contents,
            GError     **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) local = NULL;

  if (!g_file_set_contents (path, contents, -1, &local))
    {
      g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_WRITE, "%s", local->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
nak_hsds_export (NakCatalogue  *catalogue,
                 const char    *dir,
                 guint         *n_services,
                 GError       **error)
{
  Export ex = { catalogue, nak_catalogue_get_languages (catalogue) };
  GPtrArray *entries = nak_catalogue_get_entries (catalogue);
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *json = NULL;
  g_autofree char *csv = NULL;
  JsonObject *page = json_object_new ();
  JsonArray *contents = json_array_new ();
  JsonArray *languages = json_array_new ();

  g_return_val_if_fail (NAK_IS_CATALOGUE (catalogue), FALSE);
  g_return_val_if_fail (dir != NULL, FALSE);

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved = errno;

      g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_WRITE, "%s: %s", dir,
                   g_strerror (saved));
      json_object_unref (page);
      json_array_unref (contents);
      json_array_unref (languages);
      return FALSE;
    }

  for (guint i = 0; i < entries->len; i++)
    {
      NakEntry *entry = g_ptr_array_index (entries, i);

      if (!nak_catalogue_entry_is_local (entry))
        json_array_add_object_element (contents, service_object (&ex, entry));
    }
  for (guint i = 0; ex.languages[i] != NULL; i++)
    json_array_add_string_element (languages, ex.languages[i]);

  /* The HSDS API's page, so that HSDS tools read the file as a list. */
  json_object_set_int_member (page, "total_items", json_array_get_length (contents));
  json_object_set_int_member (page, "total_pages", 1);
  json_object_set_int_member (page, "page_number", 1);
  json_object_set_int_member (page, "size", json_array_get_length (contents));
  json_object_set_boolean_member (page, "first_page", TRUE);
  json_object_set_boolean_member (page, "last_page", TRUE);
  json_object_set_boolean_member (page, "empty", json_array_get_length (contents) == 0);
  json_object_set_string_member (page, "x_profile", PROFILE);
  json_object_set_string_member (page, "x_catalogue_date", nak_catalogue_get_date (catalogue));
  json_object_set_array_member (page, "x_languages", languages);
  json_object_set_array_member (page, "contents", contents);
  json_node_take_object (root, page);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json = json_generator_to_data (generator, NULL);
  csv = nak_hsds_sheet_dup_csv (contents, ex.languages);

  if (!write_file (dir, "services.json", json, error) ||
      !write_file (dir, "services.csv", csv, error))
    return FALSE;
  if (n_services != NULL)
    *n_services = json_array_get_length (contents);
  return TRUE;
}
