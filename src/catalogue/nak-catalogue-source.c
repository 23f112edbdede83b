/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reads and checks catalogue.ini and the entry files under data/catalogue/. */
#define G_LOG_DOMAIN "Nak-Catalogue"

#include "config.h"

#include "nak-catalogue-source.h"
#include "nak-phone.h"
#include "nak-source-file.h"

#include <stdlib.h>
#include <string.h>

/* The formats are documented in docs/catalogue-format.md. Everything a
 * visitor is told passes through here at build time, so the checks are
 * strict: a refusal names the file, the line and the reason. */

const char * const nak_known_categories[] = {
  "food_housing", "living_costs", "work", "pregnancy", "childrearing", "household_relations",
  "care", "crime_consumer", "illness_addiction", "accident_disaster", "covid", "nowhere_to_talk",
  NULL
};

const char * const nak_known_audiences[] = {
  "all", "under18", "youth", "women", "men", "foreign", "elderly", "parents", "single_parents",
  "workers", "victims", "carers", "disabled", NULL
};

const char * const nak_known_costs[] = {
  "free", "free_call", "caller_pays", "benefit", "loan", "varies", NULL
};

static const char * const entry_text_keys[] = {
  "organisation", "audience_text", "cost_text", "say", NULL
};

void
nak_category_free (NakCategory *category)
{
  if (category == NULL)
    return;
  g_free (category->id);
  g_free (category->icon);
  g_free (category);
}

void
nak_catalogue_source_free (NakCatalogueSource *self)
{
  if (self == NULL)
    return;
  g_free (self->dir);
  g_free (self->date);
  g_strfreev (self->languages);
  g_strfreev (self->translations);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->texts, nak_text_store_free);
  g_free (self);
}

gboolean
nak_is_valid_date (const char *text)
{
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  return g_date_valid_dmy (atoi (text + 8), atoi (text + 5), atoi (text));
}

static gboolean
is_valid_id (const char *id)
{
  if (id == NULL || *id == '\0')
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '_'))
      return FALSE;
  return TRUE;
}

gboolean
nak_catalogue_source_has_category (NakCatalogueSource *self,
                                   const char         *id)
{
  for (guint i = 0; i < self->categories->len; i++)
    if (g_str_equal (((NakCategory *) g_ptr_array_index (self->categories, i))->id, id))
      return TRUE;
  return FALSE;
}

/* Reads catalogue.ini: the date, the languages and the twelve categories. */
NakCatalogueSource *
nak_catalogue_source_load_index (const char  *dir,
                                 GError     **error)
{
  g_autoptr(NakCatalogueSource) self = g_new0 (NakCatalogueSource, 1);
  g_autofree char *path = g_build_filename (dir, "catalogue.ini", NULL);
  g_autoptr(NakSourceFile) file = NULL;
  g_auto(GStrv) groups = NULL;

  self->dir = g_strdup (dir);
  self->categories = g_ptr_array_new_with_free_func ((GDestroyNotify) nak_category_free);
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  self->texts = nak_text_store_new ();

  file = nak_source_file_load (path, "catalogue.ini", error);
  if (file == NULL)
    return NULL;

  self->date = nak_source_file_require (file, "Catalogue", "date", error);
  if (self->date == NULL)
    return NULL;
  if (!nak_is_valid_date (self->date))
    {
      nak_source_file_fail (file, "Catalogue", "date", error, NAK_SOURCE_ERROR_BAD_DATE,
                            "'%s' is not a date written YYYY-MM-DD", self->date);
      return NULL;
    }

  self->languages = nak_source_file_get_list (file, "Catalogue", "languages");
  if (g_strv_length (self->languages) == 0 ||
      !g_strv_contains ((const char * const *) self->languages, "ja"))
    {
      nak_source_file_fail (file, "Catalogue", "languages", error, NAK_SOURCE_ERROR_MISSING,
                            "'languages=' must list the languages, Japanese (ja) first among them");
      return NULL;
    }

  self->translations = nak_source_file_get_list (file, "Catalogue", "translations");
  for (guint i = 0; self->translations[i] != NULL; i++)
    if (g_strv_contains ((const char * const *) self->languages, self->translations[i]))
      {
        nak_source_file_fail (file, "Catalogue", "translations", error, NAK_SOURCE_ERROR_BAD_VALUE,
                              "'%s' is both inline (languages=) and in translations=",
                              self->translations[i]);
        return NULL;
      }

  groups = g_key_file_get_groups (file->keyfile, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      NakCategory *category;
      const char *id;
      g_autofree char *owner = NULL;

      if (!g_str_has_prefix (groups[i], "Category "))
        continue;
      id = groups[i] + strlen ("Category ");
      if (!g_strv_contains (nak_known_categories, id))
        {
          nak_source_file_fail (file, groups[i], NULL, error, NAK_SOURCE_ERROR_UNKNOWN_CATEGORY,
                                "'%s' is not one of the twelve worry categories", id);
          return NULL;
        }
      owner = g_strdup_printf ("category:%s", id);
      if (!nak_source_file_take_texts (file, groups[i], "label", TRUE,
                                       (const char * const *) self->languages, self->texts, owner,
                                       "label", error))
        return NULL;
      category = g_new0 (NakCategory, 1);
      category->id = g_strdup (id);
      category->icon = nak_source_file_get (file, groups[i], "icon");
      g_ptr_array_add (self->categories, category);
    }

  for (guint i = 0; nak_known_categories[i] != NULL; i++)
    if (!nak_catalogue_source_has_category (self, nak_known_categories[i]))
      {
        nak_source_file_fail (file, "Catalogue", NULL, error, NAK_SOURCE_ERROR_MISSING,
                              "the category '%s' has no [Category %s] group",
                              nak_known_categories[i], nak_known_categories[i]);
        return NULL;
      }

  return g_steal_pointer (&self);
}

static gboolean
check_list (NakSourceFile       *file,
            const char          *key,
            GStrv                values,
            const char * const  *allowed,
            GHashTable          *allowed_set,
            NakSourceError       code,
            const char          *what,
            GError             **error)
{
  for (guint i = 0; values[i] != NULL; i++)
    {
      gboolean ok = allowed != NULL ? g_strv_contains (allowed, values[i])
                                    : g_hash_table_contains (allowed_set, values[i]);

      if (!ok)
        {
          nak_source_file_fail (file, "Entry", key, error, code, "'%s' is not a known %s",
                                values[i], what);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
load_channels (NakCatalogueSource  *self,
               NakSourceFile       *file,
               NakEntry            *entry,
               const char          *owner,
               GError             **error)
{
  const char * const *langs = (const char * const *) self->languages;

  for (guint n = 1;; n++)
    {
      g_autofree char *group = g_strdup_printf ("Channel %u", n);
      g_autofree char *type_name = NULL;
      g_autofree char *number = NULL;
      g_autofree char *hours = NULL;
      g_autofree char *closed = NULL;
      g_autofree char *windows = NULL;
      g_autofree char *field = NULL;
      g_autoptr(GError) local = NULL;
      NakChannelType type;
      NakChannel *channel;

      if (!g_key_file_has_group (file->keyfile, group))
        {
          if (n == 1)
            {
              nak_source_file_fail (file, "Entry", NULL, error, NAK_SOURCE_ERROR_MISSING,
                                    "an entry needs at least one [Channel 1]: how to reach it");
              return FALSE;
            }
          return TRUE;
        }

      type_name = nak_source_file_require (file, group, "type", error);
      if (type_name == NULL)
        return FALSE;
      if (!nak_channel_type_from_string (type_name, &type))
        {
          nak_source_file_fail (file, group, "type", error, NAK_SOURCE_ERROR_BAD_VALUE,
                                "'%s' is not a channel (phone sns chat mail letter visit web)",
                                type_name);
          return FALSE;
        }

      number = nak_source_file_get (file, group, "number");
      if (type == NAK_CHANNEL_PHONE)
        {
          g_autofree char *why = NULL;

          if (number == NULL)
            {
              nak_source_file_fail (file, group, "number", error, NAK_SOURCE_ERROR_BAD_PHONE,
                                    "a phone channel needs 'number='");
              return FALSE;
            }
          if (!nak_phone_is_valid (number, &why))
            {
              nak_source_file_fail (file, group, "number", error, NAK_SOURCE_ERROR_BAD_PHONE,
                                    "malformed phone number '%s': %s", number, why);
              return FALSE;
            }
        }

      if ((type == NAK_CHANNEL_SNS || type == NAK_CHANNEL_CHAT || type == NAK_CHANNEL_MAIL ||
           type == NAK_CHANNEL_WEB) && number == NULL &&
          !g_key_file_has_key (file->keyfile, group, "note[ja]", NULL))
        {
          nak_source_file_fail (file, group, "type", error, NAK_SOURCE_ERROR_MISSING,
                                "a %s channel needs 'number=' (its address or ID) or a note "
                                "saying how to reach it", type_name);
          return FALSE;
        }

      hours = nak_source_file_get (file, group, "hours");
      closed = nak_source_file_get (file, group, "closed");
      windows = nak_source_file_get (file, group, "windows");
      if (hours == NULL && (closed != NULL || windows != NULL))
        {
          nak_source_file_fail (file, group, closed != NULL ? "closed" : "windows", error,
                                NAK_SOURCE_ERROR_BAD_HOURS,
                                "'closed=' and 'windows=' need 'hours='");
          return FALSE;
        }

      channel = nak_channel_new (n, type, number, hours, closed, windows, &local);
      if (channel == NULL)
        {
          const char *key = "hours";

          if (closed != NULL && strstr (local->message, "closing rule") != NULL)
            key = "closed";
          else if (windows != NULL && strstr (local->message, "window") != NULL)
            key = "windows";
          nak_source_file_fail (file, group, key, error, NAK_SOURCE_ERROR_BAD_HOURS,
                                "%s", local->message);
          return FALSE;
        }
      nak_entry_add_channel (entry, channel);

      field = g_strdup_printf ("note.%u", n);
      if (!nak_source_file_take_texts (file, group, "note", FALSE, langs, self->texts, owner,
                                       field, error))
        return FALSE;
    }
}

static NakEntry *
load_entry (NakCatalogueSource  *self,
            const char          *path,
            const char          *id,
            GHashTable          *known_tags,
            GError             **error)
{
  const char * const *langs = (const char * const *) self->languages;
  g_autofree char *display = g_strdup_printf ("entries/%s.entry", id);
  g_autoptr(NakSourceFile) file = NULL;
  g_autoptr(NakEntry) entry = NULL;
  g_autofree char *kind_name = NULL;
  g_autofree char *cost = NULL;
  g_autofree char *source = NULL;
  g_autofree char *checked = NULL;
  g_autofree char *confidence = NULL;
  g_autofree char *url = NULL;
  g_autofree char *owner = g_strdup_printf ("entry:%s", id);
  g_auto(GStrv) categories = NULL;
  g_auto(GStrv) audience = NULL;
  g_auto(GStrv) tags = NULL;
  g_auto(GStrv) languages = NULL;
  gboolean general, emergency;
  NakEntryKind kind;

  file = nak_source_file_load (path, display, error);
  if (file == NULL)
    return NULL;

  if (!is_valid_id (id))
    {
      g_set_error (error, NAK_SOURCE_ERROR, NAK_SOURCE_ERROR_BAD_VALUE,
                   "%s: the file name must be lower-case letters, digits and _", display);
      return NULL;
    }

  if (!g_key_file_has_group (file->keyfile, "Entry"))
    {
      g_set_error (error, NAK_SOURCE_ERROR, NAK_SOURCE_ERROR_MISSING,
                   "%s:1: the file has no [Entry] group", display);
      return NULL;
    }

  kind_name = nak_source_file_require (file, "Entry", "kind", error);
  if (kind_name == NULL)
    return NULL;
  if (!nak_entry_kind_from_string (kind_name, &kind))
    {
      nak_source_file_fail (file, "Entry", "kind", error, NAK_SOURCE_ERROR_BAD_VALUE,
                            "'%s' is not a kind (program or contact)", kind_name);
      return NULL;
    }

  /* Facts without a source or a check date never reach a visitor. */
  source = nak_source_file_require (file, "Entry", "source", error);
  if (source == NULL)
    return NULL;
  if (!g_str_has_prefix (source, "http://") && !g_str_has_prefix (source, "https://"))
    {
      nak_source_file_fail (file, "Entry", "source", error, NAK_SOURCE_ERROR_BAD_VALUE,
                            "'source=' must start with the URL where the facts were read");
      return NULL;
    }
  checked = nak_source_file_require (file, "Entry", "checked", error);
  if (checked == NULL)
    return NULL;
  if (!nak_is_valid_date (checked))
    {
      nak_source_file_fail (file, "Entry", "checked", error, NAK_SOURCE_ERROR_BAD_DATE,
                            "'%s' is not a date written YYYY-MM-DD", checked);
      return NULL;
    }
  if (strcmp (checked, self->date) > 0)
    {
      nak_source_file_fail (file, "Entry", "checked", error, NAK_SOURCE_ERROR_BAD_DATE,
                            "checked %s is later than the catalogue's date %s", checked,
                            self->date);
      return NULL;
    }
  confidence = nak_source_file_require (file, "Entry", "confidence", error);
  if (confidence == NULL)
    return NULL;
  if (!g_str_equal (confidence, "high") && !g_str_equal (confidence, "medium"))
    {
      nak_source_file_fail (file, "Entry", "confidence", error, NAK_SOURCE_ERROR_BAD_VALUE,
                            "confidence must be high or medium (a low fact is not shipped)");
      return NULL;
    }

  cost = nak_source_file_require (file, "Entry", "cost", error);
  if (cost == NULL)
    return NULL;
  if (!g_strv_contains (nak_known_costs, cost))
    {
      nak_source_file_fail (file, "Entry", "cost", error, NAK_SOURCE_ERROR_BAD_VALUE,
                            "'%s' is not a cost (free free_call caller_pays benefit loan varies)",
                            cost);
      return NULL;
    }

  url = nak_source_file_get (file, "Entry", "url");
  if (url != NULL && !g_str_has_prefix (url, "http://") && !g_str_has_prefix (url, "https://"))
    {
      nak_source_file_fail (file, "Entry", "url", error, NAK_SOURCE_ERROR_BAD_VALUE,
                            "'url=' must be a web address starting with https://");
      return NULL;
    }

  categories = nak_source_file_get_list (file, "Entry", "categories");
  if (g_strv_length (categories) == 0)
    {
      nak_source_file_fail (file, "Entry", "categories", error, NAK_SOURCE_ERROR_MISSING,
                            "an entry needs at least one category");
      return NULL;
    }
  if (!check_list (file, "categories", categories, nak_known_categories, NULL,
                   NAK_SOURCE_ERROR_UNKNOWN_CATEGORY, "category", error))
    return NULL;

  audience = nak_source_file_get_list (file, "Entry", "audience");
  if (g_strv_length (audience) == 0)
    {
      nak_source_file_fail (file, "Entry", "audience", error, NAK_SOURCE_ERROR_MISSING,
                            "an entry needs 'audience=' (all, under18, women …)");
      return NULL;
    }
  if (!check_list (file, "audience", audience, nak_known_audiences, NULL,
                   NAK_SOURCE_ERROR_UNKNOWN_AUDIENCE, "audience", error))
    return NULL;

  tags = nak_source_file_get_list (file, "Entry", "tags");
  if (!check_list (file, "tags", tags, NULL, known_tags, NAK_SOURCE_ERROR_UNKNOWN_TAG,
                   "situation tag (no answer of the flow adds it)", error))
    return NULL;

  languages = nak_source_file_get_list (file, "Entry", "languages");
  if (g_strv_length (languages) == 0)
    {
      nak_source_file_fail (file, "Entry", "languages", error, NAK_SOURCE_ERROR_MISSING,
                            "'languages=' must list the languages it answers in (ja at least)");
      return NULL;
    }

  if (!nak_source_file_get_bool (file, "Entry", "general", &general, error) ||
      !nak_source_file_get_bool (file, "Entry", "emergency", &emergency, error))
    return NULL;

  entry = nak_entry_new (id, kind);
  nak_entry_set_lists (entry, g_steal_pointer (&categories), g_steal_pointer (&audience),
                       g_steal_pointer (&tags), g_steal_pointer (&languages));
  nak_entry_set_flags (entry, general, emergency,
                       g_key_file_get_integer (file->keyfile, "Entry", "priority", NULL));
  nak_entry_set_facts (entry, cost, url, source, checked, confidence);

  if (!nak_source_file_take_texts (file, "Entry", "name", TRUE, langs, self->texts, owner,
                                   "name", error) ||
      !nak_source_file_take_texts (file, "Entry", "summary", TRUE, langs, self->texts, owner,
                                   "summary", error))
    return NULL;
  for (guint i = 0; entry_text_keys[i] != NULL; i++)
    if (!nak_source_file_take_texts (file, "Entry", entry_text_keys[i], FALSE, langs,
                                     self->texts, owner, entry_text_keys[i], error))
      return NULL;

  if (!load_channels (self, file, entry, owner, error))
    return NULL;

  if (emergency && nak_entry_get_main_phone (entry) == NULL)
    {
      nak_source_file_fail (file, "Entry", "emergency", error, NAK_SOURCE_ERROR_BAD_VALUE,
                            "an emergency entry needs a phone channel");
      return NULL;
    }

  return g_steal_pointer (&entry);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* Loads every entries/<id>.entry. `known_tags` is the set of tags the flow
 * can add (an entry's tag that no answer adds could never be matched). */
gboolean
nak_catalogue_source_load_entries (NakCatalogueSource  *self,
                                   GHashTable          *known_tags,
                                   GError             **error)
{
  g_autofree char *dir = g_build_filename (self->dir, "entries", NULL);
  g_autoptr(GDir) d = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  d = g_dir_open (dir, 0, error);
  if (d == NULL)
    return FALSE;
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".entry"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (dir, file, NULL);
      g_autofree char *id = g_strndup (file, strlen (file) - strlen (".entry"));
      NakEntry *entry = load_entry (self, path, id, known_tags, error);

      if (entry == NULL)
        return FALSE;
      g_ptr_array_add (self->entries, entry);
    }

  if (self->entries->len == 0)
    {
      g_set_error (error, NAK_SOURCE_ERROR, NAK_SOURCE_ERROR_MISSING,
                   "entries/: there is no entry file");
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  NakCatalogueSource *self;
  NakSourceFile      *file;
  const char         *lang;
  GError            **error;
  gboolean            ok;
  GPtrArray          *found;   /* owner, field, text triples, added after the walk */
} TranslationCheck;

static void
check_translated (const char *owner,
                  const char *field,
                  const char *lang,
                  const char *value,
                  gpointer    user_data)
{
  TranslationCheck *c = user_data;
  g_autofree char *text = NULL;

  if (!c->ok || !g_str_equal (lang, "ja"))
    return;
  text = nak_source_file_get (c->file, owner, field);
  if (text == NULL)
    {
      nak_source_file_fail (c->file, owner, NULL, c->error, NAK_SOURCE_ERROR_MISSING_TEXT,
                            "[%s] has no '%s=' in %s (Japanese: %s)", owner, field, c->lang,
                            value);
      c->ok = FALSE;
      return;
    }
  /* The store cannot change while it is walked: keep it for later. */
  g_ptr_array_add (c->found, g_strdup (owner));
  g_ptr_array_add (c->found, g_strdup (field));
  g_ptr_array_add (c->found, g_steal_pointer (&text));
}

/* Reads translations/<lang>.ini for each language in translations=. Such a
 * file has one group per text owner ([entry:ID], [step:ID], [choice:STEP/ID],
 * [category:ID]) and one key per field (name=, summary=, note.1= …). Every
 * text that exists in Japanese must be there, and nothing else may be:
 * a stale key means the Japanese it translated is gone. Call after the
 * entries and the flow are loaded. */
gboolean
nak_catalogue_source_load_translations (NakCatalogueSource  *self,
                                        GError             **error)
{
  g_autoptr(GStrvBuilder) all = g_strv_builder_new ();

  for (guint i = 0; self->translations[i] != NULL; i++)
    {
      const char *lang = self->translations[i];
      g_autofree char *display = g_strdup_printf ("translations/%s.ini", lang);
      g_autofree char *path = g_build_filename (self->dir, "translations", lang, NULL);
      g_autofree char *ini = g_strdup_printf ("%s.ini", path);
      g_autoptr(NakSourceFile) file = nak_source_file_load (ini, display, error);
      g_auto(GStrv) groups = NULL;
      g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
      TranslationCheck check = { self, NULL, lang, error, TRUE, found };

      if (file == NULL)
        return FALSE;
      check.file = file;
      nak_text_store_foreach (self->texts, check_translated, &check);
      if (!check.ok)
        return FALSE;
      for (guint k = 0; k + 2 < found->len; k += 3)
        nak_text_store_set (self->texts, g_ptr_array_index (found, k),
                            g_ptr_array_index (found, k + 1), lang,
                            g_ptr_array_index (found, k + 2));

      groups = g_key_file_get_groups (file->keyfile, NULL);
      for (guint g = 0; groups[g] != NULL; g++)
        {
          g_auto(GStrv) keys = g_key_file_get_keys (file->keyfile, groups[g], NULL, NULL);

          for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
            if (nak_text_store_get (self->texts, groups[g], keys[k], "ja") == NULL)
              {
                nak_source_file_fail (file, groups[g], keys[k], error,
                                      NAK_SOURCE_ERROR_BAD_VALUE,
                                      "[%s] %s= translates nothing: there is no such Japanese "
                                      "text (a stale or misspelt key)", groups[g], keys[k]);
                return FALSE;
              }
        }
    }

  g_strv_builder_addv (all, (const char **) self->languages);
  g_strv_builder_addv (all, (const char **) self->translations);
  g_strfreev (self->languages);
  self->languages = g_strv_builder_end (all);
  return TRUE;
}
