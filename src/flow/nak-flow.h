/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The question flow: steps, their answers and where each answer leads. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define NAK_FLOW_ERROR (nak_flow_error_quark ())

typedef enum
{
  NAK_FLOW_ERROR_NO_START,
  NAK_FLOW_ERROR_SEVERAL_STARTS,
  NAK_FLOW_ERROR_BAD_TARGET,
  NAK_FLOW_ERROR_UNREACHABLE,
  NAK_FLOW_ERROR_DEAD_END,
  NAK_FLOW_ERROR_BAD_ADDS,
  NAK_FLOW_ERROR_DUPLICATE,
  NAK_FLOW_ERROR_UNKNOWN_CHOICE,
} NakFlowError;

typedef enum
{
  NAK_STEP_CHOICE,
  NAK_STEP_RESULTS,
} NakStepKind;

typedef enum
{
  NAK_TONE_ADULT,
  NAK_TONE_CHILD,
} NakTone;

/* What an answer adds to the visitor's situation. */
typedef enum
{
  NAK_ADD_CATEGORY,
  NAK_ADD_AUDIENCE,
  NAK_ADD_TAG,
  NAK_ADD_CHANNEL,
  NAK_ADD_URGENCY,
} NakAddKind;

typedef struct
{
  NakAddKind  kind;
  char       *value;
} NakAdd;

typedef struct
{
  char      *id;
  char      *next;     /* id of the step it leads to */
  char      *icon;     /* nullable */
  GArray    *adds;     /* of NakAdd */
  char      *origin;   /* where it was defined, for error messages: "flow/who.step:12" */
} NakChoice;

typedef struct
{
  char        *id;
  NakStepKind  kind;
  gboolean     start;
  NakTone      tone;
  GPtrArray   *choices; /* of NakChoice, in display order */
  char        *origin;
} NakStep;

#define NAK_TYPE_FLOW (nak_flow_get_type ())
G_DECLARE_FINAL_TYPE (NakFlow, nak_flow, NAK, FLOW, GObject)

GQuark          nak_flow_error_quark   (void);

NakStep        *nak_step_new           (const char  *id,
                                        NakStepKind  kind,
                                        gboolean     start,
                                        NakTone      tone,
                                        const char  *origin);
void            nak_step_free          (NakStep     *step);
NakChoice      *nak_choice_new         (const char  *id,
                                        const char  *next,
                                        const char  *icon,
                                        const char  *origin);
void            nak_choice_free        (NakChoice   *choice);
gboolean        nak_choice_parse_adds  (NakChoice   *choice,
                                        const char  *adds,
                                        GError     **error);
const char     *nak_add_kind_to_string (NakAddKind   kind);
const char     *nak_step_kind_to_string (NakStepKind kind);
gboolean        nak_step_kind_from_string (const char *name,
                                           NakStepKind *kind);

NakFlow        *nak_flow_new           (void);
gboolean        nak_flow_add_step      (NakFlow     *self,
                                        NakStep     *step,
                                        GError     **error);
gboolean        nak_flow_validate      (NakFlow     *self,
                                        GError     **error);
const NakStep  *nak_flow_get_start     (NakFlow     *self);
const NakStep  *nak_flow_get_step      (NakFlow     *self,
                                        const char  *id);
GPtrArray      *nak_flow_get_steps     (NakFlow     *self);
const NakChoice *nak_step_find_choice  (const NakStep *step,
                                        const char    *choice_id);
guint           nak_flow_max_taps      (NakFlow     *self,
                                        const char  *from_step);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NakStep, nak_step_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NakChoice, nak_choice_free)

G_END_DECLS
