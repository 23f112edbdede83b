/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reads the one-sheet CSV form of the notalone-jp HSDS profile. */
#define G_LOG_DOMAIN "Nak-Local"

#include "config.h"

#include "nak-hsds-csv.h"
#include "nak-hsds-sheet.h"
#include "nak-local.h"

#include <string.h>

/* HSDS's own tabular form is one CSV per table joined by UUIDs, which
 * nobody can keep right in a spreadsheet. This sheet is the same data as
 * the JSON form, one row per service, with HSDS field names as headers
 * (docs/staff.md lists them). A service reached several ways takes one
 * more row per channel: its id again (or empty), and only the channel
 * columns filled. A translation is a column "FIELD[LANG]", as in the
 * catalogue's own files. Each row becomes the JSON service object the JSON
 * reader would have built, so both forms pass the very same checks.
 * CSV as RFC 4180, UTF-8 with or without the BOM spreadsheets add; a row
 * whose first cell starts with '#' is a comment. */

/* ---- reading CSV text ---- */

typedef struct
{
  const char *p;
  guint       line;
} Reader;

/* One record: its cells (owned) and the line it starts on. FALSE at the
 * end of the text; sets `error` on an unterminated quote. */
static gboolean
read_record (Reader      *r,
             const char  *display,
             GPtrArray  **cells,
             guint       *line,
             GError     **error)
{
  GString *cell = g_string_new (NULL);

  if (*r->p == '\0')
    {
      g_string_free (cell, TRUE);
      return FALSE;
    }
  *cells = g_ptr_array_new_with_free_func (g_free);
  *line = r->line;
  for (;;)
    {
      if (*r->p == '"' && cell->len == 0)
        {
          guint start = r->line;

          for (r->p++;; r->p++)
            {
              if (*r->p == '\0')
                {
                  g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_SYNTAX,
                               "%s:%u: a quoted cell is not closed: the file ends inside it "
                               "(a \" is missing)", display, start);
                  g_string_free (cell, TRUE);
                  g_clear_pointer (cells, g_ptr_array_unref);
                  return FALSE;
                }
              if (*r->p == '"' && r->p[1] == '"')
                {
                  g_string_append_c (cell, '"');
                  r->p++;
                }
              else if (*r->p == '"')
                {
                  r->p++;
                  /* RFC 4180: the closing quote ends the cell. Text after it
                   * means a quote went missing somewhere before. */
                  if (*r->p != ',' && *r->p != '\n' && *r->p != '\r' && *r->p != '\0')
                    {
                      g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_SYNTAX,
                                   "%s:%u: a quoted cell is not closed where it should be (a \" "
                                   "is missing, or a \" inside it is not written \"\")",
                                   display, start);
                      g_string_free (cell, TRUE);
                      g_clear_pointer (cells, g_ptr_array_unref);
                      return FALSE;
                    }
                  break;
                }
              else
                {
                  if (*r->p == '\n')
                    r->line++;
                  g_string_append_c (cell, *r->p);
                }
            }
        }
      else if (*r->p == ',')
        {
          g_ptr_array_add (*cells, g_string_free (cell, FALSE));
          cell = g_string_new (NULL);
          r->p++;
        }
      else if (*r->p == '\0' || *r->p == '\n' || (*r->p == '\r' && r->p[1] == '\n'))
        {
          g_ptr_array_add (*cells, g_string_free (cell, FALSE));
          if (*r->p == '\r')
            r->p++;
          if (*r->p == '\n')
            {
              r->p++;
              r->line++;
            }
          return TRUE;
        }
      else
        g_string_append_c (cell, *r->p++);
    }
}

/* ---- building the JSON objects ---- */

typedef struct
{
  NakHsdsDoc  *doc;
  GPtrArray   *headers;   /* of char*, as written */
  guint        line;
} Row;

static void
set_string (Row        *row,
            JsonObject *object,
            const char *member,
            const char *value,
            const char *header)
{
  json_object_set_string_member (object, member, value);
  nak_hsds_doc_set_line (row->doc, object, member, row->line, header);
}

static JsonObject *
child_object (Row        *row,
              JsonObject *parent,
              const char *member,
              const char *header)
{
  JsonObject *child;

  if (!json_object_has_member (parent, member))
    {
      child = json_object_new ();
      json_object_set_object_member (parent, member, child);
      nak_hsds_doc_set_line (row->doc, child, NULL, row->line, NULL);
      nak_hsds_doc_set_line (row->doc, parent, member, row->line, header);
    }
  return json_object_get_object_member (parent, member);
}

static JsonArray *
child_array (JsonObject *parent,
             const char *member)
{
  if (!json_object_has_member (parent, member))
    json_object_set_array_member (parent, member, json_array_new ());
  return json_object_get_array_member (parent, member);
}

/* A translation: x_i18n.FIELD.LANG on `object`. */
static void
set_translation (Row        *row,
                 JsonObject *object,
                 const char *field,
                 const char *lang,
                 const char *value,
                 const char *header)
{
  JsonObject *i18n = child_object (row, object, "x_i18n", header);
  JsonObject *texts = child_object (row, i18n, field, header);

  set_string (row, texts, lang, value, header);
}

static gboolean
set_typed (Row                  *row,
           JsonObject           *service,
           const NakHsdsColumn  *column,
           const char           *value,
           GError              **error)
{
  if (column->type == NAK_HSDS_COL_BOOL)
    {
      if (g_ascii_strcasecmp (value, "true") != 0 && g_ascii_strcasecmp (value, "false") != 0)
        {
          g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_INVALID,
                       "%s:%u: '%s': '%s' is not true or false", row->doc->display, row->line,
                       column->header, value);
          return FALSE;
        }
      json_object_set_boolean_member (service, column->header,
                                      g_ascii_strcasecmp (value, "true") == 0);
    }
  else if (column->type == NAK_HSDS_COL_INT)
    {
      gint64 n;

      if (!g_ascii_string_to_signed (value, 10, G_MININT32, G_MAXINT32, &n, NULL))
        {
          g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_INVALID,
                       "%s:%u: '%s': '%s' is not a whole number", row->doc->display, row->line,
                       column->header, value);
          return FALSE;
        }
      json_object_set_int_member (service, column->header, n);
    }
  nak_hsds_doc_set_line (row->doc, service, column->header, row->line, column->header);
  return TRUE;
}

static void
set_list (Row                 *row,
          JsonObject          *service,
          const NakHsdsColumn *column,
          const char          *value)
{
  g_auto(GStrv) items = g_strsplit (value, ";", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      JsonObject *item = json_object_new ();

      g_strstrip (items[i]);
      if (*items[i] == '\0')
        {
          json_object_unref (item);
          continue;
        }
      if (g_str_equal (column->header, "languages"))
        {
          set_string (row, item, "code", items[i], column->header);
          json_array_add_object_element (child_array (service, "languages"), item);
        }
      else
        {
          JsonObject *term = json_object_new ();

          for (guint t = 0; t < NAK_HSDS_N_TAXONOMIES; t++)
            if (g_str_equal (nak_hsds_taxonomies[t].column, column->header))
              set_string (row, term, "taxonomy", nak_hsds_taxonomies[t].taxonomy, column->header);
          set_string (row, term, "code", items[i], column->header);
          json_object_set_object_member (item, "taxonomy_term", term);
          json_array_add_object_element (child_array (service, "attributes"), item);
        }
      nak_hsds_doc_set_line (row->doc, item, NULL, row->line, NULL);
    }
  nak_hsds_doc_set_line (row->doc, service,
                         g_str_equal (column->header, "languages") ? "languages" : "attributes",
                         row->line, column->header);
}

/* Fills the service columns of a row into `service`. */
static gboolean
fill_service (Row         *row,
              JsonObject  *service,
              GPtrArray   *cells,
              GError     **error)
{
  for (guint i = 0; i < row->headers->len && i < cells->len; i++)
    {
      const char *header = g_ptr_array_index (row->headers, i);
      const char *value = g_ptr_array_index (cells, i);
      g_autofree char *lang = NULL;
      const NakHsdsColumn *column = nak_hsds_sheet_find_column (header, &lang);

      if (*value == '\0' || column->channel)
        continue;
      if (lang != NULL)
        {
          if (g_str_equal (column->header, "organization"))
            set_translation (row, child_object (row, service, "organization", header), "name",
                             lang, value, header);
          else
            set_translation (row, service, column->header, lang, value, header);
        }
      else if (g_str_equal (column->header, "organization"))
        set_string (row, child_object (row, service, "organization", header), "name", value,
                    header);
      else if (column->type == NAK_HSDS_COL_LIST)
        set_list (row, service, column, value);
      else if (column->type != NAK_HSDS_COL_STRING)
        {
          if (!set_typed (row, service, column, value, error))
            return FALSE;
        }
      else
        set_string (row, service, column->header, value, header);
    }
  return TRUE;
}

/* Adds the row's channel, if its channel columns hold one. */
static gboolean
fill_channel (Row         *row,
              JsonObject  *service,
              GPtrArray   *cells,
              guint       *n_channels,
              GError     **error)
{
  g_autoptr(JsonObject) channel = json_object_new ();
  const char *type = NULL;
  gboolean any = FALSE;

  nak_hsds_doc_set_line (row->doc, channel, NULL, row->line, NULL);
  for (guint i = 0; i < row->headers->len && i < cells->len; i++)
    {
      const char *header = g_ptr_array_index (row->headers, i);
      const char *value = g_ptr_array_index (cells, i);
      g_autofree char *lang = NULL;
      const NakHsdsColumn *column = nak_hsds_sheet_find_column (header, &lang);

      if (*value == '\0' || !column->channel)
        continue;
      any = TRUE;
      if (lang != NULL)
        set_translation (row, channel, "description", lang, value, header);
      else if (g_str_equal (header, "channel"))
        type = value;
      else if (g_str_equal (header, "note"))
        set_string (row, channel, "description", value, header);
      else if (g_str_equal (header, "number"))
        set_string (row, channel, "number", value, header);
      else
        {
          g_autofree char *member = g_strconcat ("x_", header, NULL);

          set_string (row, channel, member, value, header);
        }
    }
  if (!any)
    return TRUE;
  if (type == NULL)
    {
      g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_INVALID,
                   "%s:%u: 'channel': the row fills channel columns but not 'channel' (phone, "
                   "visit, web …)", row->doc->display, row->line);
      return FALSE;
    }

  json_object_set_int_member (channel, "x_order", ++(*n_channels));
  if (g_str_equal (type, "phone"))
    {
      set_string (row, channel, "type", "voice", "channel");
      json_array_add_object_element (child_array (service, "phones"), g_steal_pointer (&channel));
    }
  else
    {
      set_string (row, channel, "type", type, "channel");
      /* Outside phones[], the profile calls the URL, address or ID "address". */
      if (json_object_has_member (channel, "number"))
        {
          set_string (row, channel, "address", json_object_get_string_member (channel, "number"),
                      "number");
          json_object_remove_member (channel, "number");
        }
      json_array_add_object_element (child_array (service, "x_channels"),
                                     g_steal_pointer (&channel));
    }
  return TRUE;
}

static gboolean
row_has_service_cells (GPtrArray *headers,
                       GPtrArray *cells)
{
  for (guint i = 1; i < headers->len && i < cells->len; i++)
    {
      g_autofree char *lang = NULL;

      if (!nak_hsds_sheet_find_column (g_ptr_array_index (headers, i), &lang)->channel &&
          *(const char *) g_ptr_array_index (cells, i) != '\0')
        return TRUE;
    }
  return FALSE;
}

static gboolean
check_headers (NakHsdsDoc  *doc,
               GPtrArray   *headers,
               GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < headers->len; i++)
    {
      char *header = g_strstrip ((char *) g_ptr_array_index (headers, i));
      g_autofree char *lang = NULL;

      if (nak_hsds_sheet_find_column (header, &lang) == NULL)
        {
          g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_SYNTAX,
                       "%s:1: the column '%s' is not one of the sheet's columns "
                       "(see docs/staff.md)", doc->display, header);
          return FALSE;
        }
      if (!g_hash_table_add (seen, header))
        {
          g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_SYNTAX,
                       "%s:1: the column '%s' appears twice", doc->display, header);
          return FALSE;
        }
    }
  if (headers->len == 0 || !g_str_equal (g_ptr_array_index (headers, 0), "id"))
    {
      g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_SYNTAX,
                   "%s:1: the first row must name the columns, starting with 'id'", doc->display);
      return FALSE;
    }
  return TRUE;
}

NakHsdsDoc *
nak_hsds_csv_load (const char  *path,
                   GError     **error)
{
  g_autofree char *display = g_path_get_basename (path);
  g_autoptr(NakHsdsDoc) doc = nak_hsds_doc_new (display);
  g_autoptr(GPtrArray) headers = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *text = NULL;
  JsonObject *service = NULL;
  guint n_channels = 0;
  Reader reader = { NULL, 1 };
  guint line;
  gsize length;

  if (!g_file_get_contents (path, &text, &length, &local))
    {
      g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_READ, "%s: %s", display,
                   local->message);
      return NULL;
    }
  if (!g_utf8_validate (text, length, NULL) || memchr (text, '\0', length) != NULL)
    {
      g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_SYNTAX,
                   "%s:1: the file is not UTF-8 text (save the sheet as \"CSV UTF-8\")", display);
      return NULL;
    }
  reader.p = g_str_has_prefix (text, "\xEF\xBB\xBF") ? text + 3 : text;

  doc->root = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (doc->root, json_array_new ());
  doc->services = json_node_get_array (doc->root);

  if (!read_record (&reader, display, &headers, &line, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_SYNTAX, "%s:1: the file is empty",
                     display);
      return NULL;
    }
  if (!check_headers (doc, headers, error))
    return NULL;

  for (;;)
    {
      g_autoptr(GPtrArray) cells = NULL;
      g_autoptr(GError) failure = NULL;
      Row row = { doc, headers, 0 };
      gboolean empty = TRUE;
      const char *id;

      if (!read_record (&reader, display, &cells, &row.line, &failure))
        {
          if (failure != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&failure));
              return NULL;
            }
          break;
        }
      for (guint i = 0; i < cells->len; i++)
        empty &= *g_strstrip ((char *) g_ptr_array_index (cells, i)) == '\0';
      if (empty || *(const char *) g_ptr_array_index (cells, 0) == '#')
        continue;
      if (cells->len > headers->len)
        {
          g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_SYNTAX,
                       "%s:%u: the row has %u cells but there are only %u columns", display,
                       row.line, cells->len, headers->len);
          return NULL;
        }

      id = g_ptr_array_index (cells, 0);
      if (service != NULL && !row_has_service_cells (headers, cells) &&
          (*id == '\0' || g_strcmp0 (id, json_object_get_string_member_with_default (
                                               service, "id", NULL)) == 0))
        {
          /* Another way to reach the service above. */
          if (!fill_channel (&row, service, cells, &n_channels, error))
            return NULL;
          continue;
        }
      if (*id == '\0')
        {
          g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_INVALID,
                       "%s:%u: 'id': a service row needs an id", display, row.line);
          return NULL;
        }

      service = json_object_new ();
      json_array_add_object_element (doc->services, service);
      nak_hsds_doc_set_line (doc, service, NULL, row.line, NULL);
      n_channels = 0;
      if (!fill_service (&row, service, cells, error) ||
          !fill_channel (&row, service, cells, &n_channels, error))
        return NULL;
    }
  return g_steal_pointer (&doc);
}
