/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printing a handout off the main thread, with a state the screen can show. */
#define G_LOG_DOMAIN "Nak-Print"

#include "config.h"

#include "nak-print-job.h"
#include "nak-pdf-writer.h"
#include "nak-printer.h"

#include <glib/gi18n.h>

/* The PDF is made in memory and streamed to the printer from a GTask
 * thread: no handout ever touches the disk. The worker reports progress to
 * the thread that started the print (sending → printing); the final state
 * and error are set there too, when the task completes. The object can be
 * reused: each print gets a serial number so that a late report from an
 * older print changes nothing. Only the main thread touches the object. */

struct _NakPrintJob
{
  GObject           parent_instance;

  char             *destination;
  NakPaperSize      paper;
  guint             connect_ms;
  guint             finish_ms;

  NakPrintJobState  state;
  GError           *error;
  gboolean          printer_available;
  gboolean          warned;       /* staff were told there is no printer */
  int               job_id;
  guint             serial;
  GCancellable     *cancellable;  /* of the print under way */
};

G_DEFINE_FINAL_TYPE (NakPrintJob, nak_print_job, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (NakPrintJobState, nak_print_job_state,
  G_DEFINE_ENUM_VALUE (NAK_PRINT_JOB_IDLE, "idle"),
  G_DEFINE_ENUM_VALUE (NAK_PRINT_JOB_SENDING, "sending"),
  G_DEFINE_ENUM_VALUE (NAK_PRINT_JOB_PRINTING, "printing"),
  G_DEFINE_ENUM_VALUE (NAK_PRINT_JOB_DONE, "done"),
  G_DEFINE_ENUM_VALUE (NAK_PRINT_JOB_FAILED, "failed"))

enum
{
  PROP_0,
  PROP_DESTINATION,
  PROP_PAPER,
  PROP_STATE,
  PROP_ERROR,
  PROP_PRINTER_AVAILABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  NakHandout   *handout;
  char         *destination;
  NakPaperSize  paper;
  guint         connect_ms;
  guint         finish_ms;
  GMainContext *context;  /* of the thread that started the print */
  guint         serial;
  int           job_id;
} PrintData;

static void
print_data_free (PrintData *data)
{
  nak_handout_free (data->handout);
  g_free (data->destination);
  g_main_context_unref (data->context);
  g_free (data);
}

static void
set_state (NakPrintJob      *self,
           NakPrintJobState  state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_error (NakPrintJob  *self,
           const GError *error)
{
  if (self->error == NULL && error == NULL)
    return;
  g_clear_error (&self->error);
  self->error = error != NULL ? g_error_copy (error) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
set_printer_available (NakPrintJob  *self,
                       gboolean      available,
                       const GError *error)
{
  if (!available && !self->warned)
    {
      /* Said once, for staff; visitors just do not see the print button. */
      g_message ("No printer can be used (%s), so the print button is hidden: %s",
                 self->destination != NULL ? self->destination : "CUPS default",
                 error != NULL ? error->message : "unknown reason");
      self->warned = TRUE;
    }
  if (available)
    self->warned = FALSE;
  if (self->printer_available == available)
    return;
  self->printer_available = available;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRINTER_AVAILABLE]);
}

static void
nak_print_job_dispose (GObject *object)
{
  NakPrintJob *self = NAK_PRINT_JOB (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  G_OBJECT_CLASS (nak_print_job_parent_class)->dispose (object);
}

static void
nak_print_job_finalize (GObject *object)
{
  NakPrintJob *self = NAK_PRINT_JOB (object);

  g_free (self->destination);
  g_clear_error (&self->error);
  G_OBJECT_CLASS (nak_print_job_parent_class)->finalize (object);
}

static void
nak_print_job_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  NakPrintJob *self = NAK_PRINT_JOB (object);

  switch (prop_id)
    {
    case PROP_DESTINATION:
      g_value_set_string (value, self->destination);
      break;
    case PROP_PAPER:
      g_value_set_uint (value, self->paper);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;
    case PROP_PRINTER_AVAILABLE:
      g_value_set_boolean (value, self->printer_available);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nak_print_job_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  NakPrintJob *self = NAK_PRINT_JOB (object);

  switch (prop_id)
    {
    case PROP_DESTINATION:
      self->destination = g_value_dup_string (value);
      break;
    case PROP_PAPER:
      self->paper = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nak_print_job_class_init (NakPrintJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nak_print_job_dispose;
  object_class->finalize = nak_print_job_finalize;
  object_class->get_property = nak_print_job_get_property;
  object_class->set_property = nak_print_job_set_property;

  /* A CUPS queue name or an ipp:// URI; NULL for the CUPS default. */
  properties[PROP_DESTINATION] =
    g_param_spec_string ("destination", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAPER] =
    g_param_spec_uint ("paper", NULL, NULL, NAK_PAPER_A4, NAK_PAPER_LETTER, NAK_PAPER_A4,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, NAK_TYPE_PRINT_JOB_STATE, NAK_PRINT_JOB_IDLE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* FALSE until nak_print_job_check_printer_async() finds the printer ready. */
  properties[PROP_PRINTER_AVAILABLE] =
    g_param_spec_boolean ("printer-available", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nak_print_job_init (NakPrintJob *self)
{
  self->connect_ms = 5000;
  self->finish_ms = 120000;
}

NakPrintJob *
nak_print_job_new (const char   *destination,
                   NakPaperSize  paper)
{
  return g_object_new (NAK_TYPE_PRINT_JOB, "destination", destination, "paper", paper, NULL);
}

const char *
nak_print_job_get_destination (NakPrintJob *self)
{
  g_return_val_if_fail (NAK_IS_PRINT_JOB (self), NULL);
  return self->destination;
}

NakPaperSize
nak_print_job_get_paper (NakPrintJob *self)
{
  g_return_val_if_fail (NAK_IS_PRINT_JOB (self), NAK_PAPER_A4);
  return self->paper;
}

NakPrintJobState
nak_print_job_get_state (NakPrintJob *self)
{
  g_return_val_if_fail (NAK_IS_PRINT_JOB (self), NAK_PRINT_JOB_IDLE);
  return self->state;
}

/* The last print's error, for logs and tests; never show its message. */
const GError *
nak_print_job_get_error (NakPrintJob *self)
{
  g_return_val_if_fail (NAK_IS_PRINT_JOB (self), NULL);
  return self->error;
}

gboolean
nak_print_job_get_printer_available (NakPrintJob *self)
{
  g_return_val_if_fail (NAK_IS_PRINT_JOB (self), FALSE);
  return self->printer_available;
}

/* The printer's id for the last job sent, or 0. */
int
nak_print_job_get_job_id (NakPrintJob *self)
{
  g_return_val_if_fail (NAK_IS_PRINT_JOB (self), 0);
  return self->job_id;
}

void
nak_print_job_set_timeouts (NakPrintJob *self,
                            guint        connect_ms,
                            guint        finish_ms)
{
  g_return_if_fail (NAK_IS_PRINT_JOB (self));
  self->connect_ms = connect_ms;
  self->finish_ms = finish_ms;
}

/* A calm sentence with a next step, in the interface's language, for a
 * print error; NULL for a cancellation, which is not reported. */
char *
nak_print_error_dup_message (const GError *error)
{
  const char *next = _("You can take your results with you as a QR code on the screen, "
                       "or show the screen at the desk.");
  const char *what;

  g_return_val_if_fail (error != NULL, NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return NULL;
  if (error->domain != NAK_PRINTER_ERROR)
    what = _("The handout could not be made.");
  else
    switch ((NakPrinterError) error->code)
      {
      case NAK_PRINTER_ERROR_NOT_FOUND:
        what = _("The printer is not available right now.");
        break;
      case NAK_PRINTER_ERROR_OFFLINE:
        what = _("The printer is switched off or not ready.");
        break;
      case NAK_PRINTER_ERROR_MEDIA_EMPTY:
        what = _("The printer is out of paper. A member of staff can add more.");
        break;
      case NAK_PRINTER_ERROR_MEDIA_JAM:
        what = _("Paper is stuck in the printer. A member of staff can help.");
        break;
      case NAK_PRINTER_ERROR_ATTENTION:
        what = _("The printer needs attention from a member of staff.");
        break;
      case NAK_PRINTER_ERROR_REJECTED:
        what = _("The printer did not accept the handout.");
        break;
      case NAK_PRINTER_ERROR_ABORTED:
        what = _("The printer stopped before the handout was printed.");
        break;
      case NAK_PRINTER_ERROR_TIMEOUT:
        what = _("The printer is taking too long.");
        break;
      default:
        what = _("The handout could not be printed.");
        break;
      }
  /* Translators: %1$s says what went wrong, %2$s what the visitor can do instead. */
  return g_strdup_printf (_("%1$s %2$s"), what, next);
}

/* What the screen says now: progress, the end, or what went wrong. */
char *
nak_print_job_dup_message (NakPrintJob *self)
{
  g_return_val_if_fail (NAK_IS_PRINT_JOB (self), NULL);

  switch (self->state)
    {
    case NAK_PRINT_JOB_SENDING:
      return g_strdup (_("Sending your handout to the printer…"));
    case NAK_PRINT_JOB_PRINTING:
      return g_strdup (_("Printing your handout…"));
    case NAK_PRINT_JOB_DONE:
      return g_strdup (_("Your handout is ready. Please take it from the printer."));
    case NAK_PRINT_JOB_FAILED:
      return self->error != NULL ? nak_print_error_dup_message (self->error) : NULL;
    case NAK_PRINT_JOB_IDLE:
    default:
      return NULL;
    }
}

typedef struct
{
  NakPrintJob      *job;
  guint             serial;
  NakPrintJobState  state;
  int               job_id;
} Progress;

static gboolean
apply_progress (gpointer user_data)
{
  Progress *p = user_data;

  /* Only while that same print is still under way. */
  if (p->job->serial == p->serial &&
      (p->job->state == NAK_PRINT_JOB_SENDING || p->job->state == NAK_PRINT_JOB_PRINTING))
    {
      p->job->job_id = p->job_id;
      set_state (p->job, p->state);
    }
  return G_SOURCE_REMOVE;
}

static void
progress_free (Progress *p)
{
  g_object_unref (p->job);
  g_free (p);
}

/* Worker thread: make, send, follow. */
static void
print_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  PrintData *data = task_data;
  g_autoptr(NakPrinter) printer = nak_printer_new (data->destination);
  g_autoptr(GBytes) pdf = NULL;
  GError *error = NULL;
  Progress *p;

  nak_printer_set_timeouts (printer, data->connect_ms, data->finish_ms);
  pdf = nak_pdf_writer_render (data->handout, data->paper, &error);
  if (pdf == NULL || !nak_printer_submit (printer, pdf, data->paper, &data->job_id, cancellable,
                                          &error))
    {
      g_task_return_error (task, error);
      return;
    }

  p = g_new0 (Progress, 1);
  p->job = g_object_ref (source_object);
  p->serial = data->serial;
  p->state = NAK_PRINT_JOB_PRINTING;
  p->job_id = data->job_id;
  g_main_context_invoke_full (data->context, G_PRIORITY_DEFAULT, apply_progress, p,
                              (GDestroyNotify) progress_free);

  if (!nak_printer_wait (printer, data->job_id, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_print_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  NakPrintJob *self = NAK_PRINT_JOB (source);
  g_autoptr(GTask) outer = user_data;
  PrintData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (data->serial == self->serial)
    {
      self->job_id = data->job_id;
      if (g_task_propagate_boolean (G_TASK (result), &error))
        {
          set_printer_available (self, TRUE, NULL);
          set_error (self, NULL);
          set_state (self, NAK_PRINT_JOB_DONE);
        }
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          set_error (self, NULL);
          set_state (self, NAK_PRINT_JOB_IDLE);
        }
      else
        {
          g_message ("Printing failed: %s", error->message);
          if (g_error_matches (error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_NOT_FOUND) ||
              g_error_matches (error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_OFFLINE))
            set_printer_available (self, FALSE, error);
          set_error (self, error);
          set_state (self, NAK_PRINT_JOB_FAILED);
        }
    }
  else if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_debug ("An earlier print ended: %s", error->message);

  if (error != NULL)
    g_task_return_error (outer, g_steal_pointer (&error));
  else
    g_task_return_boolean (outer, TRUE);
}

/* Makes the handout's PDF and prints it, off the main thread; takes
 * ownership of `handout`. The state goes sending → printing → done, or to
 * failed with an error. Starting a new print abandons one under way. */
void
nak_print_job_print_async (NakPrintJob         *self,
                           NakHandout          *handout,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  GTask *outer;
  g_autoptr(GTask) task = NULL;
  PrintData *data;

  g_return_if_fail (NAK_IS_PRINT_JOB (self));
  g_return_if_fail (handout != NULL);

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, nak_print_job_print_async);

  /* One print at a time: a new one abandons the one under way. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : g_cancellable_new ();

  data = g_new0 (PrintData, 1);
  data->handout = handout;
  data->destination = g_strdup (self->destination);
  data->paper = self->paper;
  data->connect_ms = self->connect_ms;
  data->finish_ms = self->finish_ms;
  data->context = g_main_context_ref_thread_default ();
  data->serial = ++self->serial;

  self->job_id = 0;
  set_error (self, NULL);
  set_state (self, NAK_PRINT_JOB_SENDING);

  task = g_task_new (self, self->cancellable, on_print_done, outer);
  g_task_set_source_tag (task, nak_print_job_print_async);
  g_task_set_task_data (task, data, (GDestroyNotify) print_data_free);
  g_task_run_in_thread (task, print_thread);
}

gboolean
nak_print_job_print_finish (NakPrintJob   *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  const PrintData *data = task_data;
  g_autoptr(NakPrinter) printer = nak_printer_new (data->destination);
  GError *error = NULL;

  nak_printer_set_timeouts (printer, data->connect_ms, data->finish_ms);
  if (nak_printer_connect (printer, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_check_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  NakPrintJob *self = NAK_PRINT_JOB (source);
  g_autoptr(GTask) outer = user_data;
  g_autoptr(GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      set_printer_available (self, TRUE, NULL);
      g_task_return_boolean (outer, TRUE);
      return;
    }
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    set_printer_available (self, FALSE, error);
  g_task_return_error (outer, g_steal_pointer (&error));
}

/* Looks for the printer and sets printer-available. Call it at start-up
 * and now and then: the print button shows only while it is TRUE. */
void
nak_print_job_check_printer_async (NakPrintJob         *self,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  GTask *outer;
  g_autoptr(GTask) task = NULL;
  PrintData *data;

  g_return_if_fail (NAK_IS_PRINT_JOB (self));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, nak_print_job_check_printer_async);
  data = g_new0 (PrintData, 1);
  data->destination = g_strdup (self->destination);
  data->connect_ms = self->connect_ms;
  data->finish_ms = self->finish_ms;
  data->context = g_main_context_ref_thread_default ();

  task = g_task_new (self, cancellable, on_check_done, outer);
  g_task_set_task_data (task, data, (GDestroyNotify) print_data_free);
  g_task_run_in_thread (task, check_thread);
}

gboolean
nak_print_job_check_printer_finish (NakPrintJob   *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
