/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reads a local file written as HSDS 3.0 JSON. */
#define G_LOG_DOMAIN "Nak-Local"

#include "config.h"

#include "nak-hsds-json.h"
#include "nak-local.h"

#include <string.h>

/* Accepted shapes (docs/staff.md): an array of service objects; one service
 * object; or an HSDS API page, an object whose "contents" is that array
 * (what --export-hsds writes). json-glib keeps no positions, so lines are
 * found in two passes: while json-glib parses, every object gets an ordinal
 * in the order its '{' appears; then a small scan of the text finds the
 * line of each '{' and of each member name, by the same ordinals. The scan
 * also refuses a member written twice in one object, which json-glib would
 * silently resolve by keeping the last. */

typedef struct
{
  guint      next;     /* ordinal of the next '{' */
  GArray    *open;     /* stack of ordinals of the objects being parsed */
  GPtrArray *objects;  /* ordinal → JsonObject (borrowed) */
} Ordinals;

static void
on_object_start (JsonParser *parser,
                 Ordinals   *o)
{
  g_array_append_val (o->open, o->next);
  o->next++;
}

static void
on_object_end (JsonParser *parser,
               JsonObject *object,
               Ordinals   *o)
{
  guint ordinal = g_array_index (o->open, guint, o->open->len - 1);

  g_array_set_size (o->open, o->open->len - 1);
  if (o->objects->len <= ordinal)
    g_ptr_array_set_size (o->objects, ordinal + 1);
  o->objects->pdata[ordinal] = object;
}

/* Skips a string starting at text[*i] == '"'; returns its raw contents. */
static char *
scan_string (const char *text,
             gsize      *i,
             guint      *line)
{
  gsize start = ++(*i);

  while (text[*i] != '\0' && text[*i] != '"')
    {
      if (text[*i] == '\\' && text[*i + 1] != '\0')
        (*i)++;
      else if (text[*i] == '\n')
        (*line)++;
      (*i)++;
    }
  return g_strndup (text + start, *i - start);
}

typedef struct
{
  JsonObject *object;   /* NULL for an array */
  GHashTable *seen;     /* member names met so far */
  gboolean    want_key;
} Frame;

static void
frame_clear (Frame *f)
{
  g_clear_pointer (&f->seen, g_hash_table_unref);
}

static gboolean
scan_lines (NakHsdsDoc  *doc,
            const char  *text,
            Ordinals    *o,
            GError     **error)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, TRUE, sizeof (Frame));
  guint line = 1;
  guint ordinal = 0;

  g_array_set_clear_func (stack, (GDestroyNotify) frame_clear);
  for (gsize i = 0; text[i] != '\0'; i++)
    {
      Frame *top = stack->len > 0 ? &g_array_index (stack, Frame, stack->len - 1) : NULL;
      char c = text[i];

      if (c == '\n')
        line++;
      else if (c == '{')
        {
          Frame f = { NULL, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL), TRUE };

          f.object = ordinal < o->objects->len ? g_ptr_array_index (o->objects, ordinal) : NULL;
          ordinal++;
          if (f.object != NULL)
            nak_hsds_doc_set_line (doc, f.object, NULL, line, NULL);
          g_array_append_val (stack, f);
        }
      else if (c == '[')
        {
          Frame f = { NULL, NULL, FALSE };

          g_array_append_val (stack, f);
        }
      else if ((c == '}' || c == ']') && stack->len > 0)
        g_array_set_size (stack, stack->len - 1);
      else if (c == ',' && top != NULL && top->seen != NULL)
        top->want_key = TRUE;
      else if (c == '"')
        {
          guint at = line;
          g_autofree char *s = scan_string (text, &i, &line);

          if (top != NULL && top->seen != NULL && top->want_key)
            {
              top->want_key = FALSE;
              if (g_hash_table_contains (top->seen, s))
                {
                  g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_SYNTAX,
                               "%s:%u: '%s' is written twice in the same object", doc->display,
                               at, s);
                  return FALSE;
                }
              if (top->object != NULL)
                nak_hsds_doc_set_line (doc, top->object, s, at, NULL);
              g_hash_table_add (top->seen, g_steal_pointer (&s));
            }
          if (text[i] == '\0')
            break;
        }
    }
  return TRUE;
}

/* Points doc->services at the array of services, whatever the accepted
 * shape; doc->root holds the tree. */
static gboolean
find_services (NakHsdsDoc  *doc,
               JsonNode    *root,
               GError     **error)
{
  doc->root = json_node_ref (root);
  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      doc->services = json_node_get_array (root);
      return TRUE;
    }
  if (JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *object = json_node_get_object (root);
      JsonNode *contents = json_object_get_member (object, "contents");

      if (contents != NULL)
        {
          if (!JSON_NODE_HOLDS_ARRAY (contents))
            {
              nak_hsds_doc_fail (doc, object, "contents", error, "must be a list of services");
              return FALSE;
            }
          doc->services = json_node_get_array (contents);
          return TRUE;
        }
      if (json_object_has_member (object, "id") && json_object_has_member (object, "name"))
        {
          JsonNode *array = json_node_new (JSON_NODE_ARRAY);

          /* One service: wrap it, keeping the parsed tree as the root. */
          json_node_take_array (array, json_array_new ());
          json_array_add_element (json_node_get_array (array), json_node_ref (root));
          json_node_unref (doc->root);
          doc->root = array;
          doc->services = json_node_get_array (array);
          return TRUE;
        }
    }
  g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_SYNTAX,
               "%s:1: expected a list of HSDS services, one service, or a page with "
               "\"contents\"", doc->display);
  return FALSE;
}

NakHsdsDoc *
nak_hsds_json_load (const char  *path,
                    GError     **error)
{
  g_autofree char *display = g_path_get_basename (path);
  g_autoptr(NakHsdsDoc) doc = nak_hsds_doc_new (display);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local = NULL;
  g_autofree char *text = NULL;
  gsize length;
  Ordinals o = { 0, NULL, NULL };
  gboolean ok;

  if (!g_file_get_contents (path, &text, &length, &local))
    {
      g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_READ, "%s: %s", display,
                   local->message);
      return NULL;
    }
  if (!g_utf8_validate (text, length, NULL))
    {
      g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_SYNTAX,
                   "%s:1: the file is not UTF-8 text (save it as UTF-8)", display);
      return NULL;
    }

  o.open = g_array_new (FALSE, FALSE, sizeof (guint));
  o.objects = g_ptr_array_new ();
  g_signal_connect (parser, "object-start", G_CALLBACK (on_object_start), &o);
  g_signal_connect (parser, "object-end", G_CALLBACK (on_object_end), &o);
  ok = json_parser_load_from_data (parser, text, (gssize) length, &local);
  if (ok)
    {
      JsonNode *root = json_parser_get_root (parser);

      if (root == NULL)
        {
          g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_SYNTAX, "%s:1: the file is empty",
                       display);
          ok = FALSE;
        }
      else
        ok = scan_lines (doc, text, &o, error) && find_services (doc, root, error);
    }
  else
    /* json-glib says "<data>:LINE:COLUMN: Parse error: …". */
    g_set_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_SYNTAX, "%s:%s", display,
                 g_str_has_prefix (local->message, "<data>:")
                   ? local->message + strlen ("<data>:") : local->message);

  g_array_unref (o.open);
  g_ptr_array_unref (o.objects);
  if (!ok)
    return NULL;
  return g_steal_pointer (&doc);
}
