/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The columns of the one-sheet CSV form, and writing a sheet from HSDS services. */
#define G_LOG_DOMAIN "Nak-Local"

#include "config.h"

#include "nak-hsds-sheet.h"

#include <string.h>

/* The reader is nak-hsds-csv.c; docs/staff.md describes the sheet. The
 * order here is the order --export-hsds writes the columns in. */

const NakHsdsColumn nak_hsds_columns[] = {
  { "id", NAK_HSDS_COL_STRING, FALSE, FALSE },
  { "status", NAK_HSDS_COL_STRING, FALSE, FALSE },
  { "name", NAK_HSDS_COL_STRING, FALSE, TRUE },
  { "description", NAK_HSDS_COL_STRING, FALSE, TRUE },
  { "organization", NAK_HSDS_COL_STRING, FALSE, TRUE },
  { "eligibility_description", NAK_HSDS_COL_STRING, FALSE, TRUE },
  { "fees_description", NAK_HSDS_COL_STRING, FALSE, TRUE },
  { "url", NAK_HSDS_COL_STRING, FALSE, FALSE },
  { "assured_date", NAK_HSDS_COL_STRING, FALSE, FALSE },
  { "languages", NAK_HSDS_COL_LIST, FALSE, FALSE },
  { "categories", NAK_HSDS_COL_LIST, FALSE, FALSE },
  { "audience", NAK_HSDS_COL_LIST, FALSE, FALSE },
  { "tags", NAK_HSDS_COL_LIST, FALSE, FALSE },
  { "x_kind", NAK_HSDS_COL_STRING, FALSE, FALSE },
  { "x_cost", NAK_HSDS_COL_STRING, FALSE, FALSE },
  { "x_source", NAK_HSDS_COL_STRING, FALSE, FALSE },
  { "x_confidence", NAK_HSDS_COL_STRING, FALSE, FALSE },
  { "x_general", NAK_HSDS_COL_BOOL, FALSE, FALSE },
  { "x_emergency", NAK_HSDS_COL_BOOL, FALSE, FALSE },
  { "x_priority", NAK_HSDS_COL_INT, FALSE, FALSE },
  { "x_say", NAK_HSDS_COL_STRING, FALSE, TRUE },
  { "channel", NAK_HSDS_COL_STRING, TRUE, FALSE },
  { "number", NAK_HSDS_COL_STRING, TRUE, FALSE },
  { "hours", NAK_HSDS_COL_STRING, TRUE, FALSE },
  { "closed", NAK_HSDS_COL_STRING, TRUE, FALSE },
  { "windows", NAK_HSDS_COL_STRING, TRUE, FALSE },
  { "note", NAK_HSDS_COL_STRING, TRUE, TRUE },
};

/* The attribute taxonomies of the profile, by CSV column. */
const NakHsdsTaxonomy nak_hsds_taxonomies[] = {
  { "categories", "notalone-jp:category" },
  { "audience", "notalone-jp:audience" },
  { "tags", "notalone-jp:tag" },
};

const guint nak_hsds_n_columns = G_N_ELEMENTS (nak_hsds_columns);

/* The column a header names; `lang` gets the LANG of "FIELD[LANG]". NULL for
 * a header that is not a column of the sheet. */
const NakHsdsColumn *
nak_hsds_sheet_find_column (const char  *header,
                            char       **lang)
{
  const char *bracket = strchr (header, '[');
  g_autofree char *base = bracket != NULL ? g_strndup (header, bracket - header)
                                          : g_strdup (header);

  *lang = NULL;
  for (guint i = 0; i < nak_hsds_n_columns; i++)
    if (g_str_equal (nak_hsds_columns[i].header, base))
      {
        if (bracket != NULL)
          {
            gsize n = strlen (bracket);

            if (!nak_hsds_columns[i].translatable || n < 3 || bracket[n - 1] != ']')
              return NULL;
            *lang = g_strndup (bracket + 1, n - 2);
          }
        return &nak_hsds_columns[i];
      }
  return NULL;
}

/* ---- writing ---- */

static void
append_cell (GString    *out,
             const char *value,
             gboolean    first)
{
  if (!first)
    g_string_append_c (out, ',');
  if (value == NULL)
    return;
  if (strpbrk (value, ",\"\r\n") != NULL || g_ascii_isspace (*value) ||
      (*value != '\0' && g_ascii_isspace (value[strlen (value) - 1])) || *value == '#')
    {
      g_string_append_c (out, '"');
      for (const char *p = value; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, value);
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  return object != NULL ? json_object_get_string_member_with_default (object, member, NULL)
                        : NULL;
}

static JsonObject *
get_object (JsonObject *object,
            const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static const char *
get_translation (JsonObject *object,
                 const char *field,
                 const char *lang)
{
  return get_string (get_object (get_object (object, "x_i18n"), field), lang);
}

static int
compare_order (gconstpointer a,
               gconstpointer b)
{
  JsonObject *x = *(JsonObject **) a;
  JsonObject *y = *(JsonObject **) b;

  return (int) (json_object_get_int_member_with_default (x, "x_order", 0) -
                json_object_get_int_member_with_default (y, "x_order", 0));
}

/* The cell of `column` (`lang` for a translation) for a service and, on
 * the same row, one of its channels (NULL on a row without one). */
static char *
dup_cell (JsonObject          *service,
          JsonObject          *channel,
          const NakHsdsColumn *column,
          const char          *lang)
{
  const char *h = column->header;

  if (column->channel)
    {
      if (channel == NULL)
        return NULL;
      if (lang != NULL)
        return g_strdup (get_translation (channel, "description", lang));
      if (g_str_equal (h, "channel"))
        {
          const char *type = get_string (channel, "type");

          return g_strdup (json_object_has_member (channel, "number") ? "phone" : type);
        }
      if (g_str_equal (h, "number"))
        return g_strdup (get_string (channel, "number") != NULL ? get_string (channel, "number")
                                                                : get_string (channel, "address"));
      if (g_str_equal (h, "note"))
        return g_strdup (get_string (channel, "description"));
      {
        g_autofree char *member = g_strconcat ("x_", h, NULL);

        return g_strdup (get_string (channel, member));
      }
    }
  if (g_str_equal (h, "organization"))
    return g_strdup (lang != NULL ? get_translation (get_object (service, "organization"), "name",
                                                     lang)
                                  : get_string (get_object (service, "organization"), "name"));
  if (lang != NULL)
    return g_strdup (get_translation (service, h, lang));
  if (column->type == NAK_HSDS_COL_LIST)
    {
      gboolean languages = g_str_equal (h, "languages");
      JsonNode *node = json_object_get_member (service, languages ? "languages" : "attributes");
      g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
      g_auto(GStrv) items = NULL;

      for (guint i = 0; node != NULL && JSON_NODE_HOLDS_ARRAY (node) &&
                        i < json_array_get_length (json_node_get_array (node)); i++)
        {
          JsonObject *item = json_array_get_object_element (json_node_get_array (node), i);
          JsonObject *term = get_object (item, "taxonomy_term");

          if (languages && get_string (item, "code") != NULL)
            g_strv_builder_add (b, get_string (item, "code"));
          for (guint t = 0; !languages && t < NAK_HSDS_N_TAXONOMIES; t++)
            if (g_str_equal (nak_hsds_taxonomies[t].column, h) &&
                g_strcmp0 (get_string (term, "taxonomy"), nak_hsds_taxonomies[t].taxonomy) == 0)
              g_strv_builder_add (b, get_string (term, "code"));
        }
      items = g_strv_builder_end (b);
      return g_strjoinv (";", items);
    }
  if (column->type == NAK_HSDS_COL_BOOL && json_object_has_member (service, h))
    return g_strdup (json_object_get_boolean_member (service, h) ? "true" : "false");
  if (column->type == NAK_HSDS_COL_INT && json_object_has_member (service, h))
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member (service, h));
  return g_strdup (get_string (service, h));
}

static void
append_row (GString            *out,
            JsonObject         *service,
            JsonObject         *channel,
            gboolean            service_cells,
            const char * const *languages)
{
  gboolean first = TRUE;

  for (guint i = 0; i < nak_hsds_n_columns; i++)
    for (int l = -1; l < 0 || (nak_hsds_columns[i].translatable && languages[l] != NULL); l++)
      {
        const char *lang = l < 0 ? NULL : languages[l];
        g_autofree char *cell = NULL;

        if (lang != NULL && g_str_equal (lang, "ja"))
          continue;
        if (service_cells || nak_hsds_columns[i].channel ||
            g_str_equal (nak_hsds_columns[i].header, "id"))
          cell = dup_cell (service, channel, &nak_hsds_columns[i], lang);
        append_cell (out, cell, first);
        first = FALSE;
      }
  g_string_append_c (out, '\n');
}

/* The sheet for `services` (HSDS service objects as --export-hsds builds
 * them), with translation columns for each of `languages` but Japanese,
 * which is in the plain columns. Starts with the BOM, so that a spreadsheet
 * opened by a double click reads it as UTF-8. */
char *
nak_hsds_sheet_dup_csv (JsonArray          *services,
                        const char * const *languages)
{
  GString *out = g_string_new ("\xEF\xBB\xBF");
  gboolean first = TRUE;

  for (guint i = 0; i < nak_hsds_n_columns; i++)
    for (int l = -1; l < 0 || (nak_hsds_columns[i].translatable && languages[l] != NULL); l++)
      {
        g_autofree char *header = NULL;

        if (l >= 0 && g_str_equal (languages[l], "ja"))
          continue;
        header = l < 0 ? g_strdup (nak_hsds_columns[i].header)
                       : g_strdup_printf ("%s[%s]", nak_hsds_columns[i].header, languages[l]);
        append_cell (out, header, first);
        first = FALSE;
      }
  g_string_append_c (out, '\n');

  for (guint i = 0; i < json_array_get_length (services); i++)
    {
      JsonObject *service = json_array_get_object_element (services, i);
      g_autoptr(GPtrArray) channels = g_ptr_array_new ();
      const char *kinds[] = { "phones", "x_channels" };

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          JsonNode *node = json_object_get_member (service, kinds[k]);

          for (guint c = 0; node != NULL && JSON_NODE_HOLDS_ARRAY (node) &&
                            c < json_array_get_length (json_node_get_array (node)); c++)
            g_ptr_array_add (channels,
                             json_array_get_object_element (json_node_get_array (node), c));
        }
      g_ptr_array_sort (channels, compare_order);
      append_row (out, service, channels->len > 0 ? g_ptr_array_index (channels, 0) : NULL,
                  TRUE, languages);
      for (guint c = 1; c < channels->len; c++)
        append_row (out, service, g_ptr_array_index (channels, c), FALSE, languages);
    }
  return g_string_free (out, FALSE);
}
