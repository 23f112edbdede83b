/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Prints the results on screen as a handout, and tells the screen how it goes. */
#define G_LOG_DOMAIN "Nak-App"

#include "config.h"

#include <glib/gi18n.h>

#include "nak-handout-printer.h"
#include "print/nak-print-job.h"

/* The window's side of printing. At start it asks whether the configured
 * printer can be reached (the print button is hidden when it cannot, and
 * staff are told once in the log). A print builds the handout on the main
 * thread (strings resolved in the visitor's language and Japanese) and
 * hands it to the print job, which works off the main thread. The screen
 * is kept informed through "status"; "printed" means the paper is out and
 * the session may be wiped. On failure the status carries a QR code of the
 * list, so the visitor can still take it away. */
struct _NakHandoutPrinter
{
  GObject        parent_instance;

  NakCatalogue  *catalogue;
  NakSettings   *settings;     /* borrowed from the application */
  NakPrintJob   *job;
  GCancellable  *cancellable;
  char          *take_away;    /* for the current print */
  gboolean       available;
  gboolean       busy;
};

G_DEFINE_FINAL_TYPE (NakHandoutPrinter, nak_handout_printer, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_AVAILABLE,
  N_PROPS
};

enum
{
  STATUS,
  PRINTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
on_state_changed (NakHandoutPrinter *self)
{
  NakPrintJobState state = nak_print_job_get_state (self->job);
  g_autofree char *message = nak_print_job_dup_message (self->job);

  g_signal_emit (self, signals[STATUS], 0, message,
                 state == NAK_PRINT_JOB_FAILED ? self->take_away : NULL);
}

static void
on_printed (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(NakHandoutPrinter) self = user_data;
  g_autoptr(GError) error = NULL;

  self->busy = FALSE;
  if (!nak_print_job_print_finish (NAK_PRINT_JOB (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_message ("Printing failed: %s", error->message);
      return;
    }
  g_signal_emit (self, signals[PRINTED], 0);
}

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(NakHandoutPrinter) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean available = nak_print_job_check_printer_finish (NAK_PRINT_JOB (source), result, &error);

  /* The print job has already told staff, once, why there is no printer. */
  if (self->available != available)
    {
      self->available = available;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABLE]);
    }
}

static void
nak_handout_printer_dispose (GObject *object)
{
  NakHandoutPrinter *self = NAK_HANDOUT_PRINTER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->job);
  g_clear_object (&self->catalogue);
  G_OBJECT_CLASS (nak_handout_printer_parent_class)->dispose (object);
}

static void
nak_handout_printer_finalize (GObject *object)
{
  g_free (NAK_HANDOUT_PRINTER (object)->take_away);
  G_OBJECT_CLASS (nak_handout_printer_parent_class)->finalize (object);
}

static void
nak_handout_printer_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_AVAILABLE:
      g_value_set_boolean (value, NAK_HANDOUT_PRINTER (object)->available);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nak_handout_printer_class_init (NakHandoutPrinterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nak_handout_printer_dispose;
  object_class->finalize = nak_handout_printer_finalize;
  object_class->get_property = nak_handout_printer_get_property;

  properties[PROP_AVAILABLE] =
    g_param_spec_boolean ("available", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A calm sentence for the screen (NULL: nothing to say), and a text to
   * show as a QR code when the paper could not be printed. */
  signals[STATUS] = g_signal_new ("status", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
  signals[PRINTED] = g_signal_new ("printed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
nak_handout_printer_init (NakHandoutPrinter *self)
{
  self->cancellable = g_cancellable_new ();
}

NakHandoutPrinter *
nak_handout_printer_new (NakCatalogue *catalogue,
                         NakSettings  *settings)
{
  NakHandoutPrinter *self = g_object_new (NAK_TYPE_HANDOUT_PRINTER, NULL);

  self->catalogue = g_object_ref (catalogue);
  self->settings = settings;
  self->job = nak_print_job_new (settings->printer, settings->paper);
  g_signal_connect_object (self->job, "notify::state", G_CALLBACK (on_state_changed), self,
                           G_CONNECT_SWAPPED);
  nak_print_job_check_printer_async (self->job, self->cancellable, on_checked,
                                     g_object_ref (self));
  return self;
}

gboolean
nak_handout_printer_get_available (NakHandoutPrinter *self)
{
  g_return_val_if_fail (NAK_IS_HANDOUT_PRINTER (self), FALSE);
  return self->available;
}

gboolean
nak_handout_printer_get_busy (NakHandoutPrinter *self)
{
  g_return_val_if_fail (NAK_IS_HANDOUT_PRINTER (self), FALSE);
  return self->busy;
}

/* The list as plain text for a QR code: each line's name and number. */
char *
nak_handout_printer_dup_take_away (NakCatalogue *catalogue,
                                   NakResult    *result,
                                   const char   *lang)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < result->items->len && s->len < 1200; i++)
    {
      NakRecommendation *rec = g_ptr_array_index (result->items, i);
      const char *phone = nak_entry_get_main_phone (rec->entry);
      const char *url = nak_entry_get_url (rec->entry);

      g_string_append_printf (s, "%s%s%s%s%s\n",
                              nak_catalogue_get_entry_text (catalogue, rec->entry, "name", lang),
                              phone != NULL ? " " : "", phone != NULL ? phone : "",
                              phone == NULL && url != NULL ? " " : "",
                              phone == NULL && url != NULL ? url : "");
    }
  g_string_append (s, "110 / 119");
  return g_string_free (s, FALSE);
}

void
nak_handout_printer_print (NakHandoutPrinter *self,
                           NakSession        *session,
                           NakResult         *result)
{
  g_autoptr(GDateTime) now = nak_hours_dup_now ();
  g_auto(GStrv) langs = NULL;
  g_autoptr(GError) error = NULL;
  NakHandout *handout;

  g_return_if_fail (NAK_IS_HANDOUT_PRINTER (self));

  if (self->busy || result == NULL)
    return;
  g_free (self->take_away);
  self->take_away = nak_handout_printer_dup_take_away (self->catalogue, result,
                                                       nak_session_get_language (session));
  langs = nak_handout_languages_for (nak_session_get_language (session));
  handout = nak_handout_new_for_result (self->catalogue, session, result, now,
                                        (const char * const *) langs, self->settings->site_name,
                                        &error);
  if (handout == NULL)
    {
      g_warning ("The handout could not be made: %s", error->message);
      g_signal_emit (self, signals[STATUS], 0,
                     _("The handout could not be made. You can scan this code to keep the list."),
                     self->take_away);
      return;
    }
  self->busy = TRUE;
  nak_print_job_print_async (self->job, handout, self->cancellable, on_printed,
                             g_object_ref (self));
}
