/* SPDX-License-Identifier: GPL-3.0-or-later */
/* HSDS services (notalone-jp profile) to catalogue entries, with the catalogue's checks. */
#define G_LOG_DOMAIN "Nak-Local"

#include "config.h"

#include "nak-hsds-import.h"
#include "nak-hsds-import-private.h"
#include "catalogue/nak-catalogue-source.h"
#include "catalogue/nak-phone.h"
#include "i18n/nak-languages.h"

#include <string.h>

/* The mapping is documented field by field in docs/staff.md. In short:
 * HSDS name/description/eligibility_description/fees_description and
 * organization.name carry the Japanese text; x_i18n.FIELD.LANG the others.
 * assured_date is the check date, languages[].code the languages a person
 * is answered in, attributes with the taxonomies notalone-jp:category,
 * :audience and :tag the matching vocabulary. phones[] and x_channels[] are
 * the ways to reach it, with hours in x_hours (the catalogue's syntax) or
 * HSDS schedules. x_kind, x_cost, x_source, x_confidence, x_general,
 * x_emergency, x_priority and x_say hold the catalogue's other facts.
 * Each rule is the one nak-catalogue-source.c applies to the national
 * files, so a town's entry can be trusted as much as a national one.
 * A service whose status is not "active" is left out, not refused. */

static const char *statuses[] = { "active", "inactive", "defunct", "temporarily closed", NULL };

gboolean
_nak_hsds_is_web_address (const char *text)
{
  return g_str_has_prefix (text, "https://") || g_str_has_prefix (text, "http://");
}

/* A text member, stripped; NULL when absent, null or blank. FALSE when it
 * is there but is not a string. */
gboolean
_nak_hsds_take_string (NakHsdsImport  *im,
                       JsonObject     *object,
                       const char     *member,
                       char          **value)
{
  JsonNode *node = json_object_get_member (object, member);

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FAIL (im, object, member, "must be text (in JSON, written in quotes)");
  *value = g_strstrip (g_strdup (json_node_get_string (node)));
  if (**value == '\0')
    g_clear_pointer (value, g_free);
  return TRUE;
}

gboolean
_nak_hsds_take_required (NakHsdsImport  *im,
                         JsonObject     *object,
                         const char     *member,
                         const char     *what,
                         char          **value)
{
  if (!_nak_hsds_take_string (im, object, member, value))
    return FALSE;
  if (*value == NULL)
    return FAIL (im, object, member, "is required: %s", what);
  return TRUE;
}

gboolean
_nak_hsds_take_bool (NakHsdsImport *im,
                     JsonObject    *object,
                     const char    *member,
                     gboolean      *value)
{
  JsonNode *node = json_object_get_member (object, member);

  *value = FALSE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return FAIL (im, object, member, "must be true or false");
  *value = json_node_get_boolean (node);
  return TRUE;
}

JsonObject *
_nak_hsds_get_object (JsonObject *object,
                      const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* FALSE with an error when the member is there but is not a list. */
gboolean
_nak_hsds_get_array (NakHsdsImport  *im,
                     JsonObject     *object,
                     const char     *member,
                     JsonArray     **array)
{
  JsonNode *node = json_object_get_member (object, member);

  *array = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return FAIL (im, object, member, "must be a list (in JSON, written in [ ])");
  *array = json_node_get_array (node);
  return TRUE;
}

/* Takes object[member] as the Japanese text and object.x_i18n[member] as
 * the other languages, and stores them as owner/field in every language of
 * the catalogue, or in none when the text is optional and absent. The rule
 * of the national files, that a visitor never meets a missing text, holds
 * for the languages this kiosk offers (rules->required): each must be
 * written. A language the kiosk does not offer is filled with the English
 * text, or the Japanese, so that the catalogue stays complete. */
gboolean
_nak_hsds_take_texts (NakHsdsImport *im,
                      JsonObject    *object,
                      const char    *member,
                      gboolean       required,
                      const char    *owner,
                      const char    *field)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autoptr(GPtrArray) unfilled = g_ptr_array_new ();
  g_autofree char *ja = NULL;
  JsonObject *i18n = _nak_hsds_get_object (object, "x_i18n");
  JsonObject *tr = i18n != NULL ? _nak_hsds_get_object (i18n, member) : NULL;
  const char *fallback;

  if (i18n == NULL && json_object_has_member (object, "x_i18n"))
    return FAIL (im, object, "x_i18n", "must be an object: field → language → text");
  if (tr == NULL && i18n != NULL && json_object_has_member (i18n, member))
    return FAIL (im, i18n, member, "must be an object: language code → text");
  if (!_nak_hsds_take_string (im, object, member, &ja))
    return FALSE;
  if (ja == NULL)
    {
      if (tr != NULL && json_object_get_size (tr) > 0)
        return FAIL (im, object, member, "has translations but no Japanese text");
      if (required)
        return FAIL (im, object, member, "is required (the Japanese text)");
      return TRUE;
    }

  if (tr != NULL)
    {
      g_autoptr(GList) langs = json_object_get_members (tr);

      for (GList *l = langs; l != NULL; l = l->next)
        {
          g_autofree char *value = NULL;

          if (g_str_equal (l->data, "ja"))
            return FAIL (im, tr, l->data, "the Japanese text belongs in '%s' itself", member);
          if (!nak_languages_is_supported (l->data))
            return FAIL (im, tr, l->data, "is not a language code of the kiosk "
                         "(en zh_CN ko pt_BR es tl th vi ne id)");
          if (!_nak_hsds_take_string (im, tr, l->data, &value))
            return FALSE;
        }
    }

  for (guint i = 0; im->rules->languages[i] != NULL; i++)
    {
      const char *lang = im->rules->languages[i];
      g_autofree char *value = NULL;

      if (g_str_equal (lang, "ja"))
        value = g_strdup (ja);
      else if (tr != NULL && !_nak_hsds_take_string (im, tr, lang, &value))
        return FALSE;
      if (value != NULL)
        nak_text_store_set (im->texts, owner, field, lang, value);
      else if (g_strv_contains (im->rules->required, lang))
        g_ptr_array_add (missing, (char *) lang);
      else
        g_ptr_array_add (unfilled, (char *) lang);
    }
  if (missing->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (missing, NULL);
      list = g_strjoinv (", ", (char **) missing->pdata);
      return FAIL (im, object, member, "has no text in %s (x_i18n.%s.LANG, or the column "
                   "%s[LANG] of the sheet): this kiosk offers those languages", list, member,
                   member);
    }
  fallback = nak_text_store_get (im->texts, owner, field, "en");
  for (guint i = 0; i < unfilled->len; i++)
    nak_text_store_set (im->texts, owner, field, g_ptr_array_index (unfilled, i),
                        fallback != NULL ? fallback : ja);
  return TRUE;
}

/* Refuses x_i18n fields that translate nothing on this object: most often a
 * misspelt field name, whose translation would silently never be shown. */
gboolean
_nak_hsds_check_i18n_fields (NakHsdsImport      *im,
                             JsonObject         *object,
                             const char * const *fields)
{
  JsonObject *i18n = _nak_hsds_get_object (object, "x_i18n");
  g_autoptr(GList) names = i18n != NULL ? json_object_get_members (i18n) : NULL;

  for (GList *l = names; l != NULL; l = l->next)
    if (!g_strv_contains (fields, l->data))
      {
        g_autofree char *list = g_strjoinv (", ", (char **) fields);

        return FAIL (im, i18n, l->data, "translates nothing here (fields: %s)", list);
      }
  return TRUE;
}

/* The attributes of one notalone-jp taxonomy, checked against `known`. */
static gboolean
take_attributes (NakHsdsImport      *im,
                 JsonObject         *service,
                 const char         *taxonomy,
                 const char * const *known_list,
                 GHashTable         *known_set,
                 const char         *what,
                 GStrv              *values)
{
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *attributes;

  *values = NULL;
  if (!_nak_hsds_get_array (im, service, "attributes", &attributes))
    return FALSE;
  for (guint i = 0; attributes != NULL && i < json_array_get_length (attributes); i++)
    {
      JsonNode *node = json_array_get_element (attributes, i);
      JsonObject *term;
      g_autofree char *tax = NULL;
      g_autofree char *code = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node) ||
          (term = _nak_hsds_get_object (json_node_get_object (node), "taxonomy_term")) == NULL)
        continue;   /* an attribute of some other system: not ours to read */
      if (!_nak_hsds_take_string (im, term, "taxonomy", &tax) || g_strcmp0 (tax, taxonomy) != 0)
        continue;
      if (!_nak_hsds_take_required (im, term, "code", "the id of the term", &code))
        return FALSE;
      if (known_list != NULL ? !g_strv_contains (known_list, code)
                             : !g_hash_table_contains (known_set, code))
        return FAIL (im, term, "code", "'%s' is not a known %s", code, what);
      if (g_hash_table_add (seen, g_strdup (code)))
        g_strv_builder_add (b, code);
    }
  *values = g_strv_builder_end (b);
  return TRUE;
}

static gboolean
take_languages (NakHsdsImport *im,
                JsonObject    *service,
                GStrv         *values)
{
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
  JsonArray *languages;
  guint n = 0;

  *values = NULL;
  if (!_nak_hsds_get_array (im, service, "languages", &languages))
    return FALSE;
  for (guint i = 0; languages != NULL && i < json_array_get_length (languages); i++)
    {
      JsonNode *node = json_array_get_element (languages, i);
      g_autofree char *code = NULL;
      gsize len;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return FAIL (im, service, "languages", "each language is an object with a \"code\"");
      if (!_nak_hsds_take_required (im, json_node_get_object (node), "code",
                          "an ISO 639-1 language code such as ja", &code))
        return FALSE;
      len = strlen (code);
      for (gsize k = 0; k < len; k++)
        if (!g_ascii_islower (code[k]))
          len = 0;
      if (len < 2 || len > 3)
        return FAIL (im, json_node_get_object (node), "code",
                     "'%s' is not an ISO 639 language code (two or three lower-case letters)",
                     code);
      g_strv_builder_add (b, code);
      n++;
    }
  if (n == 0)
    return FAIL (im, service, "languages",
                 "needs the languages a person is answered in (ja at least)");
  *values = g_strv_builder_end (b);
  return TRUE;
}

/* The entry id for an HSDS id: "local_" and the id in lower case with '_'
 * for '-', so a UUID and a short id such as "fukushi-ka" both work. */
static char *
dup_entry_id (const char *id)
{
  GString *s = g_string_new ("local_");

  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
        return g_string_free (s, TRUE), NULL;
      g_string_append_c (s, *p == '-' ? '_' : g_ascii_tolower (*p));
    }
  return g_string_free (s, FALSE);
}

static gboolean
take_facts (NakHsdsImport *im,
            JsonObject    *service,
            NakEntry      *entry)
{
  g_autofree char *checked = NULL;
  g_autofree char *source = NULL;
  g_autofree char *confidence = NULL;
  g_autofree char *cost = NULL;
  g_autofree char *url = NULL;

  if (!_nak_hsds_take_required (im, service, "assured_date",
                      "the day the facts were last checked, YYYY-MM-DD", &checked))
    return FALSE;
  if (!nak_is_valid_date (checked))
    return FAIL (im, service, "assured_date", "'%s' is not a date written YYYY-MM-DD", checked);
  if (strcmp (checked, im->rules->today) > 0)
    return FAIL (im, service, "assured_date", "%s is in the future (today is %s)", checked,
                 im->rules->today);

  if (!_nak_hsds_take_required (im, service, "x_source",
                      "the web page where the facts were read (https://…)", &source))
    return FALSE;
  if (!_nak_hsds_is_web_address (source))
    return FAIL (im, service, "x_source", "must start with the URL where the facts were read");

  /* A town describing its own desk is the operator: high unless it says so. */
  if (!_nak_hsds_take_string (im, service, "x_confidence", &confidence))
    return FALSE;
  if (confidence != NULL && !g_str_equal (confidence, "high") &&
      !g_str_equal (confidence, "medium"))
    return FAIL (im, service, "x_confidence",
                 "must be high or medium (a low fact is not shown)");

  if (!_nak_hsds_take_required (im, service, "x_cost",
                      "free, free_call, caller_pays, benefit, loan or varies", &cost))
    return FALSE;
  if (!g_strv_contains (nak_known_costs, cost))
    return FAIL (im, service, "x_cost",
                 "'%s' is not a cost (free free_call caller_pays benefit loan varies)", cost);

  if (!_nak_hsds_take_string (im, service, "url", &url))
    return FALSE;
  if (url != NULL && !_nak_hsds_is_web_address (url))
    return FAIL (im, service, "url", "must be a web address starting with https://");

  nak_entry_set_facts (entry, cost, url, source, checked,
                       confidence != NULL ? confidence : "high");
  return TRUE;
}

static gboolean
take_flags (NakHsdsImport *im,
            JsonObject    *service,
            NakEntry      *entry)
{
  gboolean general, emergency;
  JsonNode *node = json_object_get_member (service, "x_priority");
  gint64 priority = 0;

  if (!_nak_hsds_take_bool (im, service, "x_general", &general) ||
      !_nak_hsds_take_bool (im, service, "x_emergency", &emergency))
    return FALSE;
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
          (priority = json_node_get_int (node)) < 0 || priority > 30)
        return FAIL (im, service, "x_priority", "must be a whole number from 0 to 30");
    }
  nak_entry_set_flags (entry, general, emergency, (int) priority);
  return TRUE;
}

static NakEntry *
import_service (NakHsdsImport *im,
                JsonObject    *service,
                const char    *id)
{
  static const char * const service_texts[] = {
    "name", "description", "eligibility_description", "fees_description", "x_say", NULL
  };
  static const char * const organization_texts[] = { "name", NULL };
  g_autofree char *owner = g_strdup_printf ("entry:%s", id);
  g_autoptr(NakEntry) entry = NULL;
  g_autofree char *kind_name = NULL;
  g_auto(GStrv) categories = NULL;
  g_auto(GStrv) audience = NULL;
  g_auto(GStrv) tags = NULL;
  g_auto(GStrv) languages = NULL;
  JsonObject *organization = _nak_hsds_get_object (service, "organization");
  NakEntryKind kind = NAK_ENTRY_CONTACT;

  if (!_nak_hsds_take_string (im, service, "x_kind", &kind_name))
    return NULL;
  if (kind_name != NULL && !nak_entry_kind_from_string (kind_name, &kind))
    return FAIL (im, service, "x_kind", "'%s' is not a kind (contact or program)", kind_name),
           NULL;
  entry = nak_entry_new (id, kind);

  if (!take_facts (im, service, entry) || !take_flags (im, service, entry))
    return NULL;

  if (!take_attributes (im, service, "notalone-jp:category", nak_known_categories, NULL,
                        "category", &categories) ||
      !take_attributes (im, service, "notalone-jp:audience", nak_known_audiences, NULL,
                        "audience", &audience) ||
      !take_attributes (im, service, "notalone-jp:tag", NULL, im->rules->known_tags,
                        "situation tag (no answer of the flow adds it)", &tags) ||
      !take_languages (im, service, &languages))
    return NULL;
  if (categories[0] == NULL)
    return FAIL (im, service, "attributes", "needs at least one category (taxonomy "
                 "notalone-jp:category; the 'categories' column of the sheet)"), NULL;
  if (audience[0] == NULL)
    return FAIL (im, service, "attributes", "needs who it is for (taxonomy "
                 "notalone-jp:audience, e.g. all; the 'audience' column of the sheet)"), NULL;
  nak_entry_set_lists (entry, g_steal_pointer (&categories), g_steal_pointer (&audience),
                       g_steal_pointer (&tags), g_steal_pointer (&languages));

  if (organization == NULL && json_object_has_member (service, "organization"))
    return FAIL (im, service, "organization", "must be an object with a \"name\""), NULL;
  /* A misspelt translation first: it is why a text then seems missing. */
  if (!_nak_hsds_check_i18n_fields (im, service, service_texts) ||
      (organization != NULL &&
       !_nak_hsds_check_i18n_fields (im, organization, organization_texts)) ||
      !_nak_hsds_take_texts (im, service, "name", TRUE, owner, "name") ||
      !_nak_hsds_take_texts (im, service, "description", TRUE, owner, "summary") ||
      !_nak_hsds_take_texts (im, service, "eligibility_description", FALSE, owner,
                             "audience_text") ||
      !_nak_hsds_take_texts (im, service, "fees_description", FALSE, owner, "cost_text") ||
      !_nak_hsds_take_texts (im, service, "x_say", FALSE, owner, "say") ||
      (organization != NULL &&
       !_nak_hsds_take_texts (im, organization, "name", FALSE, owner, "organisation")))
    return NULL;

  if (!_nak_hsds_take_channels (im, service, entry, owner))
    return NULL;

  if (nak_entry_get_emergency (entry) && nak_entry_get_main_phone (entry) == NULL)
    return FAIL (im, service, "x_emergency", "an emergency entry needs a phone"), NULL;
  return g_steal_pointer (&entry);
}

/* Checks every service of `doc` and returns the active ones as entries.
 * All or nothing: the first problem refuses the whole file, so a kiosk
 * never shows half of a town's list. */
NakLocalSet *
nak_hsds_import (NakHsdsDoc          *doc,
                 const NakHsdsRules  *rules,
                 GError             **error)
{
  g_autoptr(NakLocalSet) set = g_new0 (NakLocalSet, 1);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  NakHsdsImport im = { doc, rules, NULL, error };

  set->entries = g_ptr_array_new_with_free_func (g_object_unref);
  set->texts = nak_text_store_new ();
  set->lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  im.texts = set->texts;

  for (guint i = 0; i < json_array_get_length (doc->services); i++)
    {
      JsonNode *node = json_array_get_element (doc->services, i);
      JsonObject *service;
      g_autofree char *hsds_id = NULL;
      g_autofree char *status = NULL;
      g_autofree char *id = NULL;
      gpointer first;
      NakEntry *entry;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_INVALID,
                       "%s: service %u is not an object", doc->display, i + 1);
          return NULL;
        }
      service = json_node_get_object (node);
      if (!_nak_hsds_take_required (&im, service, "id", "the service's HSDS id (a UUID)", &hsds_id))
        return NULL;
      id = dup_entry_id (hsds_id);
      if (id == NULL || strlen (hsds_id) > 64)
        return FAIL (&im, service, "id", "'%s' is not an id (a UUID, or up to 64 letters, "
                     "digits, '-' and '_')", hsds_id), NULL;
      if ((first = g_hash_table_lookup (ids, id)) != NULL)
        return FAIL (&im, service, "id", "'%s' is used by two services (the first on line %u)",
                     hsds_id, GPOINTER_TO_UINT (first)), NULL;
      if (rules->taken_ids != NULL && g_hash_table_contains (rules->taken_ids, id))
        return FAIL (&im, service, "id", "'%s' is already an entry of the catalogue", hsds_id),
               NULL;
      g_hash_table_insert (ids, g_strdup (id),
                           GUINT_TO_POINTER (nak_hsds_doc_get_line (doc, service, "id")));

      if (!_nak_hsds_take_string (&im, service, "status", &status))
        return NULL;
      if (status != NULL && !g_strv_contains (statuses, status))
        return FAIL (&im, service, "status", "'%s' is not a status (active, inactive, defunct, "
                     "temporarily closed)", status), NULL;
      if (status != NULL && !g_str_equal (status, "active"))
        {
          set->skipped++;
          continue;
        }

      entry = import_service (&im, service, id);
      if (entry == NULL)
        return NULL;
      g_ptr_array_add (set->entries, entry);
      g_hash_table_insert (set->lines, g_strdup (id),
                           GUINT_TO_POINTER (nak_hsds_doc_get_line (doc, service, NULL)));
    }
  return g_steal_pointer (&set);
}
