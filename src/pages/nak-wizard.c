/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The wizard host: shows the page for the session's current step, with Back and Start over. */
#define G_LOG_DOMAIN "Nak-Pages"

#include "config.h"

#include <glib/gi18n.h>

#include "nak-wizard.h"
#include "nak-choice-page.h"
#include "nak-detail-page.h"
#include "nak-page-ahead.h"
#include "nak-results-page.h"
#include "widgets/nak-a11y.h"
#include "widgets/nak-hfw-bin.h"
#include "widgets/nak-hfw-layout.h"

/* Navigation is the engine's: this widget only mirrors the session. It
 * watches `current-step`, looks the step's kind up in a small table, builds
 * that page for the step and drops the old one. A new question is a data
 * change; a new kind of screen is a class, a .ui file and a row below. */
static const struct
{
  NakStepKind kind;
  GType     (*get_type) (void);
} page_kinds[] = {
  { NAK_STEP_CHOICE, nak_choice_page_get_type },
  { NAK_STEP_RESULTS, nak_results_page_get_type },
};

struct _NakWizard
{
  GtkWidget     parent_instance;

  NakSession   *session;
  NakCatalogue *catalogue;
  GtkWidget    *page;       /* the current step's page */
  GtkWidget    *detail;     /* a detail page over the results, or NULL */
  NakPageAhead *ahead;      /* the pages the current one's answers lead to */
  char         *detail_id;
  gboolean      can_print;
  gboolean      child_mode;

  GtkStack     *stack;
  GtkButton    *back;
  GtkLabel     *progress;
  GtkButton    *print;
  GtkButton    *finish;
  GtkButton    *start_over;
};

G_DEFINE_FINAL_TYPE (NakWizard, nak_wizard, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SESSION,
  PROP_CATALOGUE,
  PROP_CHILD_MODE,
  N_PROPS
};

enum
{
  LEAVE,
  FINISH,
  PRINT,
  PAGE_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
on_results_open_entry (NakResultsPage *page,
                       const char     *entry_id,
                       NakWizard      *self)
{
  nak_wizard_show_entry (self, entry_id);
}

static void
on_print_clicked (NakWizard *self)
{
  g_signal_emit (self, signals[PRINT], 0);
}

static void
on_finish_clicked (NakWizard *self)
{
  g_signal_emit (self, signals[FINISH], 0);
}

static void
drop_detail (NakWizard *self)
{
  if (self->detail != NULL)
    {
      gtk_stack_remove (self->stack, self->detail);
      self->detail = NULL;
    }
  g_clear_pointer (&self->detail_id, g_free);
}

static void
update_nav (NakWizard *self)
{
  const char *step_id = nak_session_get_current_step (self->session);
  NakFlow *flow = nak_session_get_flow (self->session);
  const NakStep *step = nak_flow_get_step (flow, step_id);
  guint left = nak_flow_max_taps (flow, step_id);
  guint n = nak_session_get_n_answers (self->session);

  if (step->kind == NAK_STEP_RESULTS || self->detail != NULL)
    gtk_label_set_text (self->progress, "");   /* it still spaces the buttons apart */
  else
    {
      g_autofree char *text = NULL;

      /* Translators: %1$u is the question's number, %2$u how many more at most. */
      text = g_strdup_printf (ngettext ("Question %1$u · at most %2$u more to go",
                                        "Question %1$u · at most %2$u more to go", left - 1),
                              n + 1, left - 1);
      if (left <= 1)
        text = (g_free (text), g_strdup_printf (_("Question %1$u · the last one"), n + 1));
      gtk_label_set_text (self->progress, text);
      gtk_widget_set_visible (GTK_WIDGET (self->progress), TRUE);
    }
  /* On the results: print (when a printer can be reached) and finish;
   * Finish already starts over, so that button steps aside. */
  gtk_widget_set_visible (GTK_WIDGET (self->print),
                          step->kind == NAK_STEP_RESULTS && self->detail == NULL && self->can_print);
  gtk_widget_set_visible (GTK_WIDGET (self->finish), step->kind == NAK_STEP_RESULTS);
  gtk_widget_set_visible (GTK_WIDGET (self->start_over), n > 0 && step->kind != NAK_STEP_RESULTS);
}

static void
set_child_mode (NakWizard *self,
                gboolean   child)
{
  if (self->child_mode == child)
    return;
  self->child_mode = child;
  if (child)
    gtk_widget_add_css_class (GTK_WIDGET (self), "child");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "child");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD_MODE]);
}

/* The page for the step `session` is at (NakPageBuildFunc). */
static GtkWidget *
build_page (NakSession *session,
            gpointer    user_data)
{
  NakWizard *self = user_data;
  const char *step_id = nak_session_get_current_step (session);
  const NakStep *step = nak_flow_get_step (nak_session_get_flow (session), step_id);
  GType type = G_TYPE_INVALID;
  GtkWidget *page;

  for (guint i = 0; i < G_N_ELEMENTS (page_kinds); i++)
    if (page_kinds[i].kind == step->kind)
      type = page_kinds[i].get_type ();
  g_return_val_if_fail (type != G_TYPE_INVALID, NULL);

  page = g_object_new (type, "session", session, "catalogue", self->catalogue,
                       "step-id", step_id, NULL);
  if (NAK_IS_RESULTS_PAGE (page))
    g_signal_connect (page, "open-entry", G_CALLBACK (on_results_open_entry), self);
  return page;
}

/* A results page built ahead shows which lines are open as of when it was
 * built; past this age it is built again when shown. */
#define RESULTS_AHEAD_FRESH_US (30 * G_USEC_PER_SEC)

static void
show_current_step (NakWizard *self)
{
  GtkWidget *old = self->page;
  g_autoptr(NakSituation) situation = nak_session_dup_situation (self->session);
  const NakStep *step = nak_flow_get_step (nak_session_get_flow (self->session),
                                           nak_session_get_current_step (self->session));
  gint64 built_at = 0;

  drop_detail (self);
  set_child_mode (self, step->tone == NAK_TONE_CHILD ||
                          nak_situation_has (situation, NAK_ADD_AUDIENCE, "under18"));

  self->page = nak_page_ahead_take (self->ahead, self->session, &built_at);
  if (self->page != NULL && NAK_IS_RESULTS_PAGE (self->page) &&
      g_get_monotonic_time () - built_at > RESULTS_AHEAD_FRESH_US)
    {
      gtk_stack_remove (self->stack, self->page);
      self->page = NULL;
    }
  if (self->page != NULL)
    nak_page_adopt_session (NAK_PAGE (self->page), self->session);
  else
    {
      self->page = build_page (self->session, self);
      gtk_stack_add_child (self->stack, self->page);
    }
  gtk_stack_set_visible_child (self->stack, self->page);
  if (old != NULL)
    gtk_stack_remove (self->stack, old);

  update_nav (self);
  nak_page_shown (NAK_PAGE (self->page));
  g_signal_emit (self, signals[PAGE_CHANGED], 0);
  nak_page_ahead_look (self->ahead, self->session);
}

static void
on_current_step_changed (NakWizard *self)
{
  show_current_step (self);
}

static void
on_back_clicked (NakWizard *self)
{
  nak_wizard_go_back (self);
}

static void
on_start_over_clicked (NakWizard *self)
{
  nak_session_start_over (self->session);
}

static void
nak_wizard_constructed (GObject *object)
{
  NakWizard *self = NAK_WIZARD (object);

  G_OBJECT_CLASS (nak_wizard_parent_class)->constructed (object);
  g_signal_connect_object (self->session, "notify::current-step",
                           G_CALLBACK (on_current_step_changed), self, G_CONNECT_SWAPPED);
  show_current_step (self);
}

static void
nak_wizard_dispose (GObject *object)
{
  NakWizard *self = NAK_WIZARD (object);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_pointer (&self->ahead, nak_page_ahead_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), NAK_TYPE_WIZARD);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL;)
    gtk_widget_unparent (child);
  self->page = NULL;
  self->detail = NULL;
  g_clear_object (&self->session);
  g_clear_object (&self->catalogue);
  G_OBJECT_CLASS (nak_wizard_parent_class)->dispose (object);
}

static void
nak_wizard_finalize (GObject *object)
{
  g_free (NAK_WIZARD (object)->detail_id);
  G_OBJECT_CLASS (nak_wizard_parent_class)->finalize (object);
}

static void
nak_wizard_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  NakWizard *self = NAK_WIZARD (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_CATALOGUE:
      g_value_set_object (value, self->catalogue);
      break;
    case PROP_CHILD_MODE:
      g_value_set_boolean (value, self->child_mode);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nak_wizard_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  NakWizard *self = NAK_WIZARD (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_CATALOGUE:
      self->catalogue = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nak_wizard_class_init (NakWizardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = nak_wizard_constructed;
  object_class->dispose = nak_wizard_dispose;
  object_class->finalize = nak_wizard_finalize;
  object_class->get_property = nak_wizard_get_property;
  object_class->set_property = nak_wizard_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, NAK_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATALOGUE] =
    g_param_spec_object ("catalogue", NULL, NULL, NAK_TYPE_CATALOGUE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHILD_MODE] =
    g_param_spec_boolean ("child-mode", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Back on the first question: return to the welcome screen. */
  signals[LEAVE] = g_signal_new ("leave", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 0);
  /* The visitor is done: wipe everything. */
  signals[FINISH] = g_signal_new ("finish", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 0);
  signals[PRINT] = g_signal_new ("print", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 0);
  /* A new page is on screen (for benchmarks and screenshots). */
  signals[PAGE_CHANGED] = g_signal_new ("page-changed", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, NAK_TYPE_HFW_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/jp/notalone/Kiosk/pages/nak-wizard.ui");
  gtk_widget_class_bind_template_child (widget_class, NakWizard, stack);
  gtk_widget_class_bind_template_child (widget_class, NakWizard, back);
  gtk_widget_class_bind_template_child (widget_class, NakWizard, progress);
  gtk_widget_class_bind_template_child (widget_class, NakWizard, print);
  gtk_widget_class_bind_template_child (widget_class, NakWizard, finish);
  gtk_widget_class_bind_template_child (widget_class, NakWizard, start_over);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_start_over_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_print_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_finish_clicked);
  g_type_ensure (NAK_TYPE_HFW_BIN);
}

static void
nak_wizard_init (NakWizard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  nak_a11y_hide_inactive_pages (self->stack);
  self->ahead = nak_page_ahead_new (self->stack, build_page, self);
}

GtkWidget *
nak_wizard_new (NakSession   *session,
                NakCatalogue *catalogue)
{
  return g_object_new (NAK_TYPE_WIZARD, "session", session, "catalogue", catalogue, NULL);
}

GtkWidget *
nak_wizard_get_page (NakWizard *self)
{
  g_return_val_if_fail (NAK_IS_WIZARD (self), NULL);
  return self->detail != NULL ? self->detail : self->page;
}

void
nak_wizard_set_can_print (NakWizard *self,
                          gboolean   can_print)
{
  g_return_if_fail (NAK_IS_WIZARD (self));
  self->can_print = can_print;
  update_nav (self);
}

static void
on_detail_back (NakWizard *self)
{
  drop_detail (self);
  gtk_stack_set_visible_child (self->stack, self->page);
  update_nav (self);
  nak_page_shown (NAK_PAGE (self->page));
  g_signal_emit (self, signals[PAGE_CHANGED], 0);
}

/* Opens the detail of one recommendation of the results on screen. */
void
nak_wizard_show_entry (NakWizard  *self,
                       const char *entry_id)
{
  const NakRecommendation *rec;

  g_return_if_fail (NAK_IS_WIZARD (self));
  if (!NAK_IS_RESULTS_PAGE (self->page))
    return;
  rec = nak_result_find (nak_results_page_get_result (NAK_RESULTS_PAGE (self->page)), entry_id);
  if (rec == NULL)
    return;

  drop_detail (self);
  self->detail = nak_detail_page_new (self->session, self->catalogue, rec);
  self->detail_id = g_strdup (entry_id);
  g_signal_connect_swapped (self->detail, "back", G_CALLBACK (on_detail_back), self);
  gtk_stack_add_child (self->stack, self->detail);
  gtk_stack_set_visible_child (self->stack, self->detail);
  update_nav (self);
  nak_page_shown (NAK_PAGE (self->detail));
  g_signal_emit (self, signals[PAGE_CHANGED], 0);
}

const char *
nak_wizard_get_shown_entry (NakWizard *self)
{
  g_return_val_if_fail (NAK_IS_WIZARD (self), NULL);
  return self->detail_id;
}

gboolean
nak_wizard_get_child_mode (NakWizard *self)
{
  g_return_val_if_fail (NAK_IS_WIZARD (self), FALSE);
  return self->child_mode;
}

/* Back: out of a detail, else one question back, else to the welcome screen. */
void
nak_wizard_go_back (NakWizard *self)
{
  g_return_if_fail (NAK_IS_WIZARD (self));

  if (self->detail != NULL)
    on_detail_back (self);
  else if (!nak_session_back (self->session))
    g_signal_emit (self, signals[LEAVE], 0);
}
