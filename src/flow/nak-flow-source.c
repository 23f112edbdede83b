/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reads and checks the step files under data/catalogue/flow/. */
#define G_LOG_DOMAIN "Nak-Flow"

#include "config.h"

#include "nak-flow-source.h"
#include "catalogue/nak-catalogue-source.h"
#include "catalogue/nak-channel.h"
#include "catalogue/nak-source-file.h"

#include <string.h>

/* A step file is [Step] plus one [Choice ID] group per answer, in the order
 * they are shown (docs/catalogue-format.md). */

static NakStep *
load_step (const char          *path,
           const char          *id,
           const char * const  *languages,
           NakTextStore        *texts,
           GError             **error)
{
  g_autofree char *display = g_strdup_printf ("flow/%s.step", id);
  g_autofree char *owner = g_strdup_printf ("step:%s", id);
  g_autoptr(NakSourceFile) file = NULL;
  g_autoptr(NakStep) step = NULL;
  g_autofree char *kind_name = NULL;
  g_autofree char *tone_name = NULL;
  g_autofree char *origin = NULL;
  g_auto(GStrv) groups = NULL;
  NakStepKind kind;
  gboolean start;
  NakTone tone = NAK_TONE_ADULT;

  file = nak_source_file_load (path, display, error);
  if (file == NULL)
    return NULL;
  if (!g_key_file_has_group (file->keyfile, "Step"))
    {
      g_set_error (error, NAK_SOURCE_ERROR, NAK_SOURCE_ERROR_MISSING,
                   "%s:1: the file has no [Step] group", display);
      return NULL;
    }

  kind_name = nak_source_file_require (file, "Step", "kind", error);
  if (kind_name == NULL)
    return NULL;
  if (!nak_step_kind_from_string (kind_name, &kind))
    {
      nak_source_file_fail (file, "Step", "kind", error, NAK_SOURCE_ERROR_BAD_VALUE,
                            "'%s' is not a step kind (choice or results)", kind_name);
      return NULL;
    }
  if (!nak_source_file_get_bool (file, "Step", "start", &start, error))
    return NULL;
  tone_name = nak_source_file_get (file, "Step", "tone");
  if (tone_name != NULL && g_str_equal (tone_name, "child"))
    tone = NAK_TONE_CHILD;
  else if (tone_name != NULL && !g_str_equal (tone_name, "adult"))
    {
      nak_source_file_fail (file, "Step", "tone", error, NAK_SOURCE_ERROR_BAD_VALUE,
                            "'%s' is not a tone (adult or child)", tone_name);
      return NULL;
    }

  if (!nak_source_file_take_texts (file, "Step", "title", TRUE, languages, texts, owner, "title",
                                   error) ||
      !nak_source_file_take_texts (file, "Step", "hint", FALSE, languages, texts, owner, "hint",
                                   error))
    return NULL;

  origin = nak_source_file_dup_where (file, "Step", NULL);
  step = nak_step_new (id, kind, start, tone, origin);

  groups = g_key_file_get_groups (file->keyfile, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      const char *choice_id;
      g_autofree char *next = NULL;
      g_autofree char *icon = NULL;
      g_autofree char *adds = NULL;
      g_autofree char *where = NULL;
      g_autofree char *choice_owner = NULL;
      g_autoptr(NakChoice) choice = NULL;

      if (!g_str_has_prefix (groups[i], "Choice "))
        {
          if (!g_str_equal (groups[i], "Step"))
            {
              nak_source_file_fail (file, groups[i], NULL, error, NAK_SOURCE_ERROR_SYNTAX,
                                    "unknown group [%s] (expected [Step] or [Choice ID])",
                                    groups[i]);
              return NULL;
            }
          continue;
        }
      choice_id = groups[i] + strlen ("Choice ");
      next = nak_source_file_require (file, groups[i], "next", error);
      if (next == NULL)
        return NULL;
      icon = nak_source_file_get (file, groups[i], "icon");
      adds = nak_source_file_get (file, groups[i], "adds");
      where = nak_source_file_dup_where (file, groups[i], "next");
      choice = nak_choice_new (choice_id, next, icon, where);
      if (!nak_choice_parse_adds (choice, adds, error))
        return NULL;

      choice_owner = g_strdup_printf ("choice:%s/%s", id, choice_id);
      if (!nak_source_file_take_texts (file, groups[i], "label", TRUE, languages, texts,
                                       choice_owner, "label", error))
        return NULL;
      g_ptr_array_add (step->choices, g_steal_pointer (&choice));
    }

  return g_steal_pointer (&step);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* Checks the values each answer adds: known categories, audiences, channel
 * types, and urgency:crisis. */
gboolean
nak_flow_check_adds (NakFlow  *flow,
                     GError  **error)
{
  GPtrArray *steps = nak_flow_get_steps (flow);

  for (guint i = 0; i < steps->len; i++)
    {
      NakStep *step = g_ptr_array_index (steps, i);

      for (guint j = 0; j < step->choices->len; j++)
        {
          NakChoice *c = g_ptr_array_index (step->choices, j);

          for (guint k = 0; k < c->adds->len; k++)
            {
              NakAdd *add = &g_array_index (c->adds, NakAdd, k);
              NakChannelType type;
              gboolean ok = TRUE;

              switch (add->kind)
                {
                case NAK_ADD_CATEGORY:
                  ok = g_strv_contains (nak_known_categories, add->value);
                  break;
                case NAK_ADD_AUDIENCE:
                  ok = g_strv_contains (nak_known_audiences, add->value);
                  break;
                case NAK_ADD_CHANNEL:
                  ok = nak_channel_type_from_string (add->value, &type);
                  break;
                case NAK_ADD_URGENCY:
                  ok = g_str_equal (add->value, "crisis");
                  break;
                case NAK_ADD_TAG:
                default:
                  break;
                }
              if (!ok)
                {
                  g_set_error (error, NAK_SOURCE_ERROR,
                               add->kind == NAK_ADD_CATEGORY ? NAK_SOURCE_ERROR_UNKNOWN_CATEGORY
                                                             : NAK_SOURCE_ERROR_BAD_VALUE,
                               "%s: answer '%s' adds unknown %s '%s'", c->origin, c->id,
                               nak_add_kind_to_string (add->kind), add->value);
                  return FALSE;
                }
            }
        }
    }
  return TRUE;
}

/* Loads every flow/<id>.step and validates the graph. */
NakFlow *
nak_flow_source_load (const char          *dir,
                      const char * const  *languages,
                      NakTextStore        *texts,
                      GError             **error)
{
  g_autofree char *flow_dir = g_build_filename (dir, "flow", NULL);
  g_autoptr(NakFlow) flow = nak_flow_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) d = NULL;
  g_autoptr(GError) local = NULL;
  const char *name;

  d = g_dir_open (flow_dir, 0, error);
  if (d == NULL)
    return NULL;
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".step"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (flow_dir, file, NULL);
      g_autofree char *id = g_strndup (file, strlen (file) - strlen (".step"));
      NakStep *step = load_step (path, id, languages, texts, error);

      if (step == NULL)
        return NULL;
      if (!nak_flow_add_step (flow, step, &local))
        {
          g_set_error (error, NAK_SOURCE_ERROR, NAK_SOURCE_ERROR_FLOW, "%s", local->message);
          return NULL;
        }
    }

  if (!nak_flow_check_adds (flow, error))
    return NULL;

  if (!nak_flow_validate (flow, &local))
    {
      g_set_error (error, NAK_SOURCE_ERROR, NAK_SOURCE_ERROR_FLOW, "%s", local->message);
      return NULL;
    }
  return g_steal_pointer (&flow);
}

/* The set of tags some answer adds (owned strings). */
GHashTable *
nak_flow_dup_known_tags (NakFlow *flow)
{
  GHashTable *tags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *steps = nak_flow_get_steps (flow);

  for (guint i = 0; i < steps->len; i++)
    {
      NakStep *step = g_ptr_array_index (steps, i);

      for (guint j = 0; j < step->choices->len; j++)
        {
          NakChoice *c = g_ptr_array_index (step->choices, j);

          for (guint k = 0; k < c->adds->len; k++)
            {
              NakAdd *add = &g_array_index (c->adds, NakAdd, k);

              if (add->kind == NAK_ADD_TAG)
                g_hash_table_add (tags, g_strdup (add->value));
            }
        }
    }
  return tags;
}
