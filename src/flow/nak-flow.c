/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The question flow: steps, their answers and where each answer leads. */
#define G_LOG_DOMAIN "Nak-Flow"

#include "config.h"

#include "nak-flow.h"

#include <string.h>

/* The flow is immutable once validated. It comes either from the source
 * files (at build time, tools/nak-compile-catalogue) or from the compiled
 * catalogue (at run time); both paths validate with the same function. */
struct _NakFlow
{
  GObject     parent_instance;

  GPtrArray  *steps;    /* of NakStep, owned, in load order */
  GHashTable *by_id;    /* id → NakStep, borrowed from steps */
  NakStep    *start;
};

G_DEFINE_FINAL_TYPE (NakFlow, nak_flow, G_TYPE_OBJECT)
G_DEFINE_QUARK (nak-flow-error-quark, nak_flow_error)

static const char *add_kind_names[] = {
  [NAK_ADD_CATEGORY] = "category",
  [NAK_ADD_AUDIENCE] = "audience",
  [NAK_ADD_TAG] = "tag",
  [NAK_ADD_CHANNEL] = "channel",
  [NAK_ADD_URGENCY] = "urgency",
};

const char *
nak_add_kind_to_string (NakAddKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (add_kind_names), "tag");
  return add_kind_names[kind];
}

const char *
nak_step_kind_to_string (NakStepKind kind)
{
  return kind == NAK_STEP_RESULTS ? "results" : "choice";
}

gboolean
nak_step_kind_from_string (const char  *name,
                           NakStepKind *kind)
{
  if (g_strcmp0 (name, "choice") == 0)
    *kind = NAK_STEP_CHOICE;
  else if (g_strcmp0 (name, "results") == 0)
    *kind = NAK_STEP_RESULTS;
  else
    return FALSE;
  return TRUE;
}

static void
clear_add (gpointer data)
{
  NakAdd *add = data;

  g_free (add->value);
}

NakChoice *
nak_choice_new (const char *id,
                const char *next,
                const char *icon,
                const char *origin)
{
  NakChoice *self = g_new0 (NakChoice, 1);

  self->id = g_strdup (id);
  self->next = g_strdup (next);
  self->icon = g_strdup (icon);
  self->origin = g_strdup (origin);
  self->adds = g_array_new (FALSE, TRUE, sizeof (NakAdd));
  g_array_set_clear_func (self->adds, clear_add);
  return self;
}

void
nak_choice_free (NakChoice *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->next);
  g_free (self->icon);
  g_free (self->origin);
  g_clear_pointer (&self->adds, g_array_unref);
  g_free (self);
}

/* Parses "category:food_housing tag:rent_overdue" (space or ';' separated). */
gboolean
nak_choice_parse_adds (NakChoice   *self,
                       const char  *adds,
                       GError     **error)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *copy = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  if (adds == NULL)
    return TRUE;

  copy = g_strdelimit (g_strdup (adds), ";\t", ' ');
  words = g_strsplit (copy, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *colon;
      NakAdd add = { 0 };
      gboolean known = FALSE;

      if (*words[i] == '\0')
        continue;
      colon = strchr (words[i], ':');
      if (colon != NULL && colon[1] != '\0')
        {
          g_autofree char *kind = g_strndup (words[i], colon - words[i]);

          for (guint k = 0; k < G_N_ELEMENTS (add_kind_names); k++)
            if (g_str_equal (kind, add_kind_names[k]))
              {
                add.kind = (NakAddKind) k;
                known = TRUE;
              }
        }
      if (!known)
        {
          g_set_error (error, NAK_FLOW_ERROR, NAK_FLOW_ERROR_BAD_ADDS,
                       "%s: '%s' is not category:ID, audience:ID, tag:ID, channel:TYPE or "
                       "urgency:crisis", self->origin, words[i]);
          return FALSE;
        }
      add.value = g_strdup (colon + 1);
      g_array_append_val (self->adds, add);
    }
  return TRUE;
}

NakStep *
nak_step_new (const char  *id,
              NakStepKind  kind,
              gboolean     start,
              NakTone      tone,
              const char  *origin)
{
  NakStep *self = g_new0 (NakStep, 1);

  self->id = g_strdup (id);
  self->kind = kind;
  self->start = start;
  self->tone = tone;
  self->origin = g_strdup (origin);
  self->choices = g_ptr_array_new_with_free_func ((GDestroyNotify) nak_choice_free);
  return self;
}

void
nak_step_free (NakStep *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->origin);
  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_free (self);
}

const NakChoice *
nak_step_find_choice (const NakStep *step,
                      const char    *choice_id)
{
  g_return_val_if_fail (step != NULL, NULL);

  for (guint i = 0; i < step->choices->len; i++)
    {
      const NakChoice *c = g_ptr_array_index (step->choices, i);

      if (g_strcmp0 (c->id, choice_id) == 0)
        return c;
    }
  return NULL;
}

static void
nak_flow_finalize (GObject *object)
{
  NakFlow *self = NAK_FLOW (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->steps, g_ptr_array_unref);

  G_OBJECT_CLASS (nak_flow_parent_class)->finalize (object);
}

static void
nak_flow_class_init (NakFlowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = nak_flow_finalize;
}

static void
nak_flow_init (NakFlow *self)
{
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) nak_step_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

NakFlow *
nak_flow_new (void)
{
  return g_object_new (NAK_TYPE_FLOW, NULL);
}

/* Takes ownership of `step`, also on failure. */
gboolean
nak_flow_add_step (NakFlow  *self,
                   NakStep  *step,
                   GError  **error)
{
  g_autoptr(NakStep) owned = step;

  g_return_val_if_fail (NAK_IS_FLOW (self), FALSE);
  g_return_val_if_fail (step != NULL, FALSE);

  if (g_hash_table_contains (self->by_id, step->id))
    {
      g_set_error (error, NAK_FLOW_ERROR, NAK_FLOW_ERROR_DUPLICATE,
                   "%s: there is already a step '%s'", step->origin, step->id);
      return FALSE;
    }

  for (guint i = 0; i < step->choices->len; i++)
    for (guint j = 0; j < i; j++)
      {
        NakChoice *a = g_ptr_array_index (step->choices, i);
        NakChoice *b = g_ptr_array_index (step->choices, j);

        if (g_str_equal (a->id, b->id))
          {
            g_set_error (error, NAK_FLOW_ERROR, NAK_FLOW_ERROR_DUPLICATE,
                         "%s: step '%s' has two answers '%s'", a->origin, step->id, a->id);
            return FALSE;
          }
      }

  g_hash_table_insert (self->by_id, step->id, step);
  g_ptr_array_add (self->steps, g_steal_pointer (&owned));
  return TRUE;
}

/* Checks the graph: exactly one start, every target exists, every step can
 * be reached, every question has a way forward and a results step ends it.
 * Texts are checked by the caller, which knows the languages. */
gboolean
nak_flow_validate (NakFlow  *self,
                   GError  **error)
{
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GQueue) todo = NULL;
  NakStep *start = NULL;

  g_return_val_if_fail (NAK_IS_FLOW (self), FALSE);

  for (guint i = 0; i < self->steps->len; i++)
    {
      NakStep *step = g_ptr_array_index (self->steps, i);

      if (!step->start)
        continue;
      if (start != NULL)
        {
          g_set_error (error, NAK_FLOW_ERROR, NAK_FLOW_ERROR_SEVERAL_STARTS,
                       "%s: step '%s' is marked start=true, but so is '%s'", step->origin,
                       step->id, start->id);
          return FALSE;
        }
      start = step;
    }

  if (start == NULL)
    {
      g_set_error (error, NAK_FLOW_ERROR, NAK_FLOW_ERROR_NO_START,
                   "no step is marked start=true");
      return FALSE;
    }

  for (guint i = 0; i < self->steps->len; i++)
    {
      NakStep *step = g_ptr_array_index (self->steps, i);

      if (step->kind == NAK_STEP_CHOICE && step->choices->len == 0)
        {
          g_set_error (error, NAK_FLOW_ERROR, NAK_FLOW_ERROR_DEAD_END,
                       "%s: question '%s' has no answers, so it leads nowhere", step->origin,
                       step->id);
          return FALSE;
        }
      if (step->kind == NAK_STEP_RESULTS && step->choices->len > 0)
        {
          g_set_error (error, NAK_FLOW_ERROR, NAK_FLOW_ERROR_DEAD_END,
                       "%s: results step '%s' must not have answers", step->origin, step->id);
          return FALSE;
        }

      for (guint j = 0; j < step->choices->len; j++)
        {
          NakChoice *c = g_ptr_array_index (step->choices, j);

          if (c->next == NULL || !g_hash_table_contains (self->by_id, c->next))
            {
              g_set_error (error, NAK_FLOW_ERROR, NAK_FLOW_ERROR_BAD_TARGET,
                           "%s: answer '%s' of step '%s' leads to '%s', which does not exist",
                           c->origin, c->id, step->id, c->next != NULL ? c->next : "(nothing)");
              return FALSE;
            }
        }
    }

  /* Reachability from the start. */
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  todo = g_queue_new ();
  g_hash_table_add (seen, start->id);
  g_queue_push_tail (todo, start);
  while (!g_queue_is_empty (todo))
    {
      NakStep *step = g_queue_pop_head (todo);

      for (guint j = 0; j < step->choices->len; j++)
        {
          NakChoice *c = g_ptr_array_index (step->choices, j);
          NakStep *next = g_hash_table_lookup (self->by_id, c->next);

          if (!g_hash_table_contains (seen, next->id))
            {
              g_hash_table_add (seen, next->id);
              g_queue_push_tail (todo, next);
            }
        }
    }

  for (guint i = 0; i < self->steps->len; i++)
    {
      NakStep *step = g_ptr_array_index (self->steps, i);

      if (!g_hash_table_contains (seen, step->id))
        {
          g_set_error (error, NAK_FLOW_ERROR, NAK_FLOW_ERROR_UNREACHABLE,
                       "%s: step '%s' cannot be reached from the start", step->origin,
                       step->id);
          return FALSE;
        }
    }

  /* Every question must be able to reach a results step, or a visitor could
   * wander in a loop with no way to the end. */
  for (guint i = 0; i < self->steps->len; i++)
    {
      NakStep *step = g_ptr_array_index (self->steps, i);

      if (step->kind == NAK_STEP_CHOICE && nak_flow_max_taps (self, step->id) == 0)
        {
          g_set_error (error, NAK_FLOW_ERROR, NAK_FLOW_ERROR_DEAD_END,
                       "%s: no answer of step '%s' ever leads to the results", step->origin,
                       step->id);
          return FALSE;
        }
    }

  self->start = start;
  return TRUE;
}

const NakStep *
nak_flow_get_start (NakFlow *self)
{
  g_return_val_if_fail (NAK_IS_FLOW (self), NULL);
  return self->start;
}

const NakStep *
nak_flow_get_step (NakFlow    *self,
                   const char *id)
{
  g_return_val_if_fail (NAK_IS_FLOW (self), NULL);
  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->by_id, id);
}

GPtrArray *
nak_flow_get_steps (NakFlow *self)
{
  g_return_val_if_fail (NAK_IS_FLOW (self), NULL);
  return self->steps;
}

/* Longest number of taps from `step` to a results step over paths that
 * visit no step twice; 0 if no results step can be reached. */
static guint
longest (NakFlow    *self,
         NakStep    *step,
         GHashTable *on_path)
{
  guint best = 0;

  if (step->kind == NAK_STEP_RESULTS)
    return 0;

  g_hash_table_add (on_path, step->id);
  for (guint j = 0; j < step->choices->len; j++)
    {
      NakChoice *c = g_ptr_array_index (step->choices, j);
      NakStep *next = g_hash_table_lookup (self->by_id, c->next);
      guint taps;

      if (next == NULL || g_hash_table_contains (on_path, next->id))
        continue;
      if (next->kind == NAK_STEP_RESULTS)
        taps = 1;
      else
        {
          taps = longest (self, next, on_path);
          if (taps == 0)
            continue;
          taps += 1;
        }
      best = MAX (best, taps);
    }
  g_hash_table_remove (on_path, step->id);
  return best;
}

guint
nak_flow_max_taps (NakFlow    *self,
                   const char *from_step)
{
  g_autoptr(GHashTable) on_path = NULL;
  NakStep *step;

  g_return_val_if_fail (NAK_IS_FLOW (self), 0);

  step = g_hash_table_lookup (self->by_id, from_step);
  if (step == NULL)
    return 0;
  on_path = g_hash_table_new (g_str_hash, g_str_equal);
  return longest (self, step, on_path);
}
