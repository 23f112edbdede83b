/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One visitor's walk through the flow: where they are and what they answered. */
#define G_LOG_DOMAIN "Nak-Flow"

#include "config.h"

#include "nak-session.h"

/* The answers are a stack of (step, choice) pairs. The situation is always
 * computed from that stack, so Back is a pop and nothing else needs undoing,
 * and start-over is a clear: nothing a visitor tapped survives it. */
typedef struct
{
  char *step_id;
  char *choice_id;
} Answer;

struct _NakSession
{
  GObject   parent_instance;

  NakFlow  *flow;
  GArray   *answers;   /* of Answer */
  char     *current;
  char     *language;
  char     *remembered; /* the answer given at `current` before Back, or NULL */
};

G_DEFINE_FINAL_TYPE (NakSession, nak_session, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_FLOW,
  PROP_LANGUAGE,
  PROP_CURRENT_STEP,
  PROP_CAN_GO_BACK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_answer (gpointer data)
{
  Answer *a = data;

  g_free (a->step_id);
  g_free (a->choice_id);
}

/* `could_go_back` is can-go-back as it was before the answers changed. */
static void
set_current (NakSession *self,
             const char *step_id,
             gboolean    could_go_back)
{
  if (g_strcmp0 (self->current, step_id) != 0)
    {
      g_free (self->current);
      self->current = g_strdup (step_id);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_STEP]);
    }
  if (could_go_back != nak_session_get_can_go_back (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
}

static void
nak_session_constructed (GObject *object)
{
  NakSession *self = NAK_SESSION (object);
  const NakStep *start;

  G_OBJECT_CLASS (nak_session_parent_class)->constructed (object);

  g_assert (self->flow != NULL);
  start = nak_flow_get_start (self->flow);
  g_assert (start != NULL); /* the flow was validated when loaded */
  self->current = g_strdup (start->id);
}

static void
nak_session_finalize (GObject *object)
{
  NakSession *self = NAK_SESSION (object);

  g_clear_object (&self->flow);
  g_clear_pointer (&self->answers, g_array_unref);
  g_free (self->current);
  g_free (self->language);
  g_free (self->remembered);

  G_OBJECT_CLASS (nak_session_parent_class)->finalize (object);
}

static void
nak_session_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  NakSession *self = NAK_SESSION (object);

  switch (prop_id)
    {
    case PROP_FLOW:
      g_value_set_object (value, self->flow);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_CURRENT_STEP:
      g_value_set_string (value, self->current);
      break;
    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, nak_session_get_can_go_back (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nak_session_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  NakSession *self = NAK_SESSION (object);

  switch (prop_id)
    {
    case PROP_FLOW:
      self->flow = g_value_dup_object (value);
      break;
    case PROP_LANGUAGE:
      nak_session_set_language (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nak_session_class_init (NakSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = nak_session_constructed;
  object_class->finalize = nak_session_finalize;
  object_class->get_property = nak_session_get_property;
  object_class->set_property = nak_session_set_property;

  properties[PROP_FLOW] =
    g_param_spec_object ("flow", NULL, NULL, NAK_TYPE_FLOW,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "ja",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT_STEP] =
    g_param_spec_string ("current-step", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nak_session_init (NakSession *self)
{
  self->answers = g_array_new (FALSE, TRUE, sizeof (Answer));
  g_array_set_clear_func (self->answers, clear_answer);
  self->language = g_strdup ("ja");
}

/* `flow` must have been validated. */
NakSession *
nak_session_new (NakFlow    *flow,
                 const char *language)
{
  g_return_val_if_fail (NAK_IS_FLOW (flow), NULL);
  g_return_val_if_fail (nak_flow_get_start (flow) != NULL, NULL);

  return g_object_new (NAK_TYPE_SESSION,
                       "flow", flow,
                       "language", language != NULL ? language : "ja",
                       NULL);
}

NakFlow *
nak_session_get_flow (NakSession *self)
{
  g_return_val_if_fail (NAK_IS_SESSION (self), NULL);
  return self->flow;
}

const char *
nak_session_get_current_step (NakSession *self)
{
  g_return_val_if_fail (NAK_IS_SESSION (self), NULL);
  return self->current;
}

gboolean
nak_session_get_can_go_back (NakSession *self)
{
  g_return_val_if_fail (NAK_IS_SESSION (self), FALSE);
  return self->answers->len > 0;
}

const char *
nak_session_get_language (NakSession *self)
{
  g_return_val_if_fail (NAK_IS_SESSION (self), NULL);
  return self->language;
}

/* Changing the language keeps every answer. */
void
nak_session_set_language (NakSession *self,
                          const char *language)
{
  g_return_if_fail (NAK_IS_SESSION (self));

  if (language == NULL)
    language = "ja";
  if (g_strcmp0 (self->language, language) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (language);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/* Answers the current question. Fails, changing nothing, when `choice_id`
 * is not one of its answers (a stale tap, a typo on the command line). */
gboolean
nak_session_choose (NakSession  *self,
                    const char  *choice_id,
                    GError     **error)
{
  const NakStep *step;
  const NakChoice *choice;
  gboolean could_go_back;
  Answer a;

  g_return_val_if_fail (NAK_IS_SESSION (self), FALSE);

  step = nak_flow_get_step (self->flow, self->current);
  choice = step != NULL ? nak_step_find_choice (step, choice_id) : NULL;
  if (choice == NULL)
    {
      g_set_error (error, NAK_FLOW_ERROR, NAK_FLOW_ERROR_UNKNOWN_CHOICE,
                   "'%s' is not an answer to step '%s'", choice_id ? choice_id : "(null)",
                   self->current);
      return FALSE;
    }

  could_go_back = nak_session_get_can_go_back (self);
  a.step_id = g_strdup (step->id);
  a.choice_id = g_strdup (choice->id);
  g_array_append_val (self->answers, a);
  g_clear_pointer (&self->remembered, g_free);
  set_current (self, choice->next, could_go_back);
  return TRUE;
}

/* Goes back one question; its answer is forgotten so the visitor can pick
 * another. Returns FALSE at the first question. */
gboolean
nak_session_back (NakSession *self)
{
  g_autofree char *previous = NULL;
  Answer *last;

  g_return_val_if_fail (NAK_IS_SESSION (self), FALSE);

  if (self->answers->len == 0)
    return FALSE;
  last = &g_array_index (self->answers, Answer, self->answers->len - 1);
  previous = g_strdup (last->step_id);
  g_free (self->remembered);
  self->remembered = g_steal_pointer (&last->choice_id);
  g_array_set_size (self->answers, self->answers->len - 1);
  set_current (self, previous, TRUE);
  return TRUE;
}

/* After Back: the answer the visitor had given to the current question, so
 * the screen can show it selected. NULL when there is none. */
const char *
nak_session_get_remembered_answer (NakSession *self)
{
  g_return_val_if_fail (NAK_IS_SESSION (self), NULL);
  return self->remembered;
}

/* Wipes every answer and returns to the first question. The language is
 * the application's to reset (it knows the site's default). */
void
nak_session_start_over (NakSession *self)
{
  gboolean could_go_back;

  g_return_if_fail (NAK_IS_SESSION (self));

  could_go_back = nak_session_get_can_go_back (self);
  g_array_set_size (self->answers, 0);
  g_clear_pointer (&self->remembered, g_free);
  set_current (self, nak_flow_get_start (self->flow)->id, could_go_back);
}

guint
nak_session_get_n_answers (NakSession *self)
{
  g_return_val_if_fail (NAK_IS_SESSION (self), 0);
  return self->answers->len;
}

const char *
nak_session_get_answer (NakSession  *self,
                        guint        index,
                        const char **step_id)
{
  Answer *a;

  g_return_val_if_fail (NAK_IS_SESSION (self), NULL);
  g_return_val_if_fail (index < self->answers->len, NULL);

  a = &g_array_index (self->answers, Answer, index);
  if (step_id != NULL)
    *step_id = a->step_id;
  return a->choice_id;
}

NakSituation *
nak_session_dup_situation (NakSession *self)
{
  NakSituation *situation;

  g_return_val_if_fail (NAK_IS_SESSION (self), NULL);

  situation = nak_situation_new (self->language);
  for (guint i = 0; i < self->answers->len; i++)
    {
      Answer *a = &g_array_index (self->answers, Answer, i);
      const NakStep *step = nak_flow_get_step (self->flow, a->step_id);
      const NakChoice *choice = nak_step_find_choice (step, a->choice_id);

      for (guint k = 0; k < choice->adds->len; k++)
        nak_situation_add (situation, &g_array_index (choice->adds, NakAdd, k), a->step_id,
                           a->choice_id);
    }
  return situation;
}

/* A new session where this one is, with the same answers: the screens use
 * it to look one answer ahead (build the next screen before the tap)
 * without touching the visitor's own session. */
NakSession *
nak_session_copy (NakSession *self)
{
  NakSession *copy;

  g_return_val_if_fail (NAK_IS_SESSION (self), NULL);

  copy = nak_session_new (self->flow, self->language);
  for (guint i = 0; i < self->answers->len; i++)
    {
      Answer *a = &g_array_index (self->answers, Answer, i);
      Answer b = { g_strdup (a->step_id), g_strdup (a->choice_id) };

      g_array_append_val (copy->answers, b);
    }
  g_free (copy->current);
  copy->current = g_strdup (self->current);
  copy->remembered = g_strdup (self->remembered);
  return copy;
}

/* TRUE when both are at the same step with the same answers, language and
 * remembered answer: a screen built for one is right for the other. */
gboolean
nak_session_equal (NakSession *a,
                   NakSession *b)
{
  g_return_val_if_fail (NAK_IS_SESSION (a), FALSE);
  g_return_val_if_fail (NAK_IS_SESSION (b), FALSE);

  if (a->flow != b->flow || a->answers->len != b->answers->len ||
      g_strcmp0 (a->current, b->current) != 0 || g_strcmp0 (a->language, b->language) != 0 ||
      g_strcmp0 (a->remembered, b->remembered) != 0)
    return FALSE;
  for (guint i = 0; i < a->answers->len; i++)
    {
      Answer *x = &g_array_index (a->answers, Answer, i);
      Answer *y = &g_array_index (b->answers, Answer, i);

      if (g_strcmp0 (x->step_id, y->step_id) != 0 || g_strcmp0 (x->choice_id, y->choice_id) != 0)
        return FALSE;
    }
  return TRUE;
}
