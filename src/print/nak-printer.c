/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One CUPS destination: find it, send it a PDF, follow the job to the end. */
#define G_LOG_DOMAIN "Nak-Print"

#include "config.h"

#include "nak-printer.h"

#include "nak-cups.h"
#include <string.h>

/* The CUPS destination API talks to an ipp:// printer directly, or to the
 * local scheduler for a queue name, with no dialog. Every wait is bounded:
 * connecting (connect_ms), each IPP request (REQUEST_MS) and the job as a
 * whole (finish_ms), so a printer that vanishes gives an error, not a hang.
 * A job that fails after it was created is cancelled, or it would hold the
 * printer. Jobs are named "NotAlone Kiosk handout": no visitor data. */

#define REQUEST_MS   10000
#define POLL_MS      200
#define BUSY_WAIT_MS 30000
#define JOB_NAME     "NotAlone Kiosk handout"

struct _NakPrinter
{
  char         *destination;  /* queue name or ipp:// URI; NULL: the CUPS default */
  guint         connect_ms;
  guint         finish_ms;
  const NakCups *cups;       /* libcups, loaded by the first connect */
  cups_dest_t  *dest;
  cups_dinfo_t *dinfo;
  http_t       *http;
  char          resource[256];
  int           cancel_flag;  /* read by cupsConnectDest() */
  GCancellable *cancellable;  /* of the call under way, for the HTTP timeout callback */
  gint64        deadline;     /* of the request under way, monotonic µs */
};

G_DEFINE_QUARK (nak-printer-error-quark, nak_printer_error)

NakPrinter *
nak_printer_new (const char *destination)
{
  NakPrinter *printer = g_new0 (NakPrinter, 1);

  printer->destination = destination != NULL && *destination != '\0' ? g_strdup (destination)
                                                                      : NULL;
  printer->connect_ms = 5000;
  printer->finish_ms = 120000;
  return printer;
}

void
nak_printer_free (NakPrinter *printer)
{
  const NakCups *cups;

  if (printer == NULL)
    return;
  /* Without the library there was never a connection, destination or info. */
  cups = printer->cups;
  if (cups != NULL)
    {
      g_clear_pointer (&printer->http, cups->httpClose);
      g_clear_pointer (&printer->dinfo, cups->cupsFreeDestInfo);
      if (printer->dest != NULL)
        cups->cupsFreeDests (1, printer->dest);
    }
  g_free (printer->destination);
  g_free (printer);
}

/* How long to try to reach the printer, and how long a job may take. */
void
nak_printer_set_timeouts (NakPrinter *printer,
                          guint       connect_ms,
                          guint       finish_ms)
{
  g_return_if_fail (printer != NULL);

  printer->connect_ms = connect_ms;
  printer->finish_ms = finish_ms;
}

static const char *
describe (const NakPrinter *printer)
{
  return printer->destination != NULL ? printer->destination : "(the default printer)";
}

/* The URI that IPP requests name: a queue's from CUPS, else the one given. */
static const char *
printer_uri (const NakPrinter *printer)
{
  const NakCups *cups = printer->cups;
  const char *uri = cups->cupsGetOption ("printer-uri-supported", printer->dest->num_options,
                                         printer->dest->options);

  if (uri == NULL || *uri == '\0')
    uri = cups->cupsGetOption ("device-uri", printer->dest->num_options, printer->dest->options);
  if ((uri == NULL || *uri == '\0') && printer->destination != NULL)
    uri = printer->destination;
  return uri;
}

static gboolean
cancelled (NakPrinter *printer,
           GError    **error)
{
  return g_cancellable_set_error_if_cancelled (printer->cancellable, error);
}

/* CUPS calls this when a request has waited `timeout` seconds: go on
 * waiting (1) until the deadline or a cancellation. */
static int
on_http_timeout (http_t *http,
                 void   *user_data)
{
  NakPrinter *printer = user_data;

  return !g_cancellable_is_cancelled (printer->cancellable) &&
         g_get_monotonic_time () < printer->deadline;
}

static void
start_request (NakPrinter *printer)
{
  printer->deadline = g_get_monotonic_time () + REQUEST_MS * G_TIME_SPAN_MILLISECOND;
}

static void
on_cancelled (GCancellable *cancellable,
              gpointer      user_data)
{
  g_atomic_int_set ((int *) user_data, 1);
}

/* The printer's faults, from its printer-state-reasons (any -error,
 * -warning or -report suffix: ippeveprinter says "media-empty-warning"
 * while printing), its state and whether it takes jobs. */
static gboolean
check_state (NakPrinter *printer,
             GError    **error)
{
  const NakCups *cups = printer->cups;
  static const char * const attrs[] = {
    "printer-state", "printer-state-reasons", "printer-is-accepting-jobs",
  };
  ipp_t *request = cups->ippNewRequest (IPP_OP_GET_PRINTER_ATTRIBUTES);
  ipp_t *response;
  ipp_attribute_t *reasons;
  ipp_pstate_t state;
  gboolean accepting, ok = TRUE;

  cups->ippAddString (request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", NULL,
                      printer_uri (printer));
  cups->ippAddStrings (request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
                       G_N_ELEMENTS (attrs), NULL, attrs);
  start_request (printer);
  response = cups->cupsDoRequest (printer->http, request, printer->resource);
  if (response == NULL || cups->ippGetStatusCode (response) > IPP_STATUS_OK_EVENTS_COMPLETE)
    {
      if (!cancelled (printer, error))
        g_set_error (error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_NOT_FOUND,
                     "%s does not answer: %s", describe (printer), cups->cupsLastErrorString ());
      cups->ippDelete (response);
      return FALSE;
    }

  state = cups->ippGetInteger (cups->ippFindAttribute (response, "printer-state",
                                                       IPP_TAG_ENUM), 0);
  accepting = cups->ippGetBoolean (cups->ippFindAttribute (response, "printer-is-accepting-jobs",
                                                           IPP_TAG_BOOLEAN), 0);
  reasons = cups->ippFindAttribute (response, "printer-state-reasons", IPP_TAG_KEYWORD);
  for (int i = 0; ok && i < cups->ippGetCount (reasons); i++)
    {
      static const char * const suffixes[] = { "-error", "-warning", "-report" };
      g_autofree char *reason = g_strdup (cups->ippGetString (reasons, i, NULL));

      for (guint k = 0; k < G_N_ELEMENTS (suffixes); k++)
        if (g_str_has_suffix (reason, suffixes[k]))
          {
            reason[strlen (reason) - strlen (suffixes[k])] = '\0';
            break;
          }

      if (g_str_equal (reason, "media-empty") || g_str_equal (reason, "media-needed"))
        g_set_error (error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_MEDIA_EMPTY,
                     "%s is out of paper (%s)", describe (printer), reason);
      else if (g_str_equal (reason, "media-jam"))
        g_set_error (error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_MEDIA_JAM,
                     "%s has a paper jam", describe (printer));
      else if (g_str_equal (reason, "offline") || g_str_equal (reason, "shutdown") ||
               g_str_equal (reason, "timed-out") || g_str_equal (reason, "paused"))
        g_set_error (error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_OFFLINE,
                     "%s is not ready (%s)", describe (printer), reason);
      else if (g_str_equal (reason, "cover-open") || g_str_equal (reason, "door-open") ||
               g_str_equal (reason, "input-tray-missing") ||
               g_str_equal (reason, "marker-supply-empty") || g_str_equal (reason, "toner-empty"))
        g_set_error (error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_ATTENTION,
                     "%s needs attention (%s)", describe (printer), reason);
      else
        continue;
      ok = FALSE;
    }
  if (ok && (state == IPP_PSTATE_STOPPED || !accepting))
    {
      g_set_error (error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_OFFLINE,
                   "%s is stopped or does not take jobs", describe (printer));
      ok = FALSE;
    }
  cups->ippDelete (response);
  return ok;
}

static gboolean
do_connect (NakPrinter *printer,
            GError    **error)
{
  const NakCups *cups;
  gulong handler = 0;

  if (printer->http != NULL)
    return TRUE;
  if (printer->cups == NULL && (printer->cups = nak_cups_get (error)) == NULL)
    return FALSE;
  cups = printer->cups;

  if (printer->destination == NULL)
    printer->dest = cups->cupsGetNamedDest (CUPS_HTTP_DEFAULT, NULL, NULL);
  else if (strstr (printer->destination, "://") != NULL)
    printer->dest = cups->cupsGetDestWithURI (NULL, printer->destination);
  else
    printer->dest = cups->cupsGetNamedDest (CUPS_HTTP_DEFAULT, printer->destination, NULL);
  if (printer->dest == NULL)
    {
      g_set_error (error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_NOT_FOUND,
                   "No printer %s is known to CUPS", describe (printer));
      return FALSE;
    }

  printer->cancel_flag = 0;
  if (printer->cancellable != NULL)
    handler = g_cancellable_connect (printer->cancellable, G_CALLBACK (on_cancelled),
                                     &printer->cancel_flag, NULL);
  /* A queue is reached through the scheduler, an ipp:// URI directly. */
  printer->http = cups->cupsConnectDest (printer->dest,
                                         printer->destination != NULL &&
                                         strstr (printer->destination, "://") != NULL
                                         ? CUPS_DEST_FLAGS_DEVICE : CUPS_DEST_FLAGS_NONE,
                                         printer->connect_ms,
                                         &printer->cancel_flag, printer->resource,
                                         sizeof printer->resource, NULL, NULL);
  if (handler != 0)
    g_cancellable_disconnect (printer->cancellable, handler);
  if (printer->http == NULL)
    {
      if (!cancelled (printer, error))
        g_set_error (error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_NOT_FOUND,
                     "Cannot reach %s: %s", describe (printer), cups->cupsLastErrorString ());
      return FALSE;
    }
  cups->httpSetTimeout (printer->http, 1.0, on_http_timeout, printer);

  start_request (printer);
  printer->dinfo = cups->cupsCopyDestInfo (printer->http, printer->dest);
  if (printer->dinfo == NULL)
    {
      if (!cancelled (printer, error))
        g_set_error (error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_NOT_FOUND,
                     "%s does not answer as a printer: %s", describe (printer),
                     cups->cupsLastErrorString ());
      return FALSE;
    }
  return TRUE;
}

/* Finds and reaches the printer and checks that it can print now. */
gboolean
nak_printer_connect (NakPrinter   *printer,
                     GCancellable *cancellable,
                     GError      **error)
{
  g_return_val_if_fail (printer != NULL, FALSE);

  printer->cancellable = cancellable;
  return do_connect (printer, error) && check_state (printer, error);
}

gboolean
nak_printer_cancel_job (NakPrinter *printer,
                        int         job_id)
{
  const NakCups *cups;
  ipp_status_t status;

  g_return_val_if_fail (printer != NULL, FALSE);
  cups = printer->cups;

  if (printer->http == NULL || job_id <= 0)
    return FALSE;
  start_request (printer);
  /* Even when the visitor cancelled: give the request its own time. */
  printer->cancellable = NULL;
  status = cups->cupsCancelDestJob (printer->http, printer->dest, job_id);
  if (status > IPP_STATUS_OK_EVENTS_COMPLETE)
    g_warning ("Job %d on %s could not be cancelled: %s", job_id, describe (printer),
               cups->cupsLastErrorString ());
  return status <= IPP_STATUS_OK_EVENTS_COMPLETE;
}

static int
add_supported (NakPrinter     *printer,
               const char     *name,
               const char     *value,
               int             n_options,
               cups_option_t **options)
{
  const NakCups *cups = printer->cups;

  if (cups->cupsCheckDestSupported (printer->http, printer->dest, printer->dinfo, name, value))
    return cups->cupsAddOption (name, value, n_options, options);
  return n_options;
}

static gboolean
create_job (NakPrinter   *printer,
            NakPaperSize  paper,
            int          *job_id,
            GError      **error)
{
  const NakCups *cups = printer->cups;
  gint64 give_up = g_get_monotonic_time () + BUSY_WAIT_MS * G_TIME_SPAN_MILLISECOND;
  cups_option_t *options = NULL;
  int n_options = 0;
  ipp_status_t status;

  n_options = add_supported (printer, CUPS_MEDIA,
                             paper == NAK_PAPER_LETTER ? CUPS_MEDIA_LETTER : CUPS_MEDIA_A4,
                             n_options, &options);
  n_options = add_supported (printer, CUPS_PRINT_COLOR_MODE, CUPS_PRINT_COLOR_MODE_MONOCHROME,
                             n_options, &options);
  for (;;)
    {
      start_request (printer);
      status = cups->cupsCreateDestJob (printer->http, printer->dest, printer->dinfo, job_id,
                                        JOB_NAME, n_options, options);
      /* A printer that does not spool is busy until the job before is over. */
      if ((status != IPP_STATUS_ERROR_BUSY && status != IPP_STATUS_ERROR_SERVICE_UNAVAILABLE) ||
          g_get_monotonic_time () > give_up || g_cancellable_is_cancelled (printer->cancellable))
        break;
      g_usleep (POLL_MS * 1000);
    }
  cups->cupsFreeOptions (n_options, options);
  if (cancelled (printer, error))
    return FALSE;
  if (status == IPP_STATUS_ERROR_BUSY || status == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE)
    {
      g_set_error (error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_TIMEOUT,
                   "%s stayed busy", describe (printer));
      return FALSE;
    }
  if (status == IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS)
    {
      g_set_error (error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_OFFLINE,
                   "%s does not take jobs now", describe (printer));
      return FALSE;
    }
  if (status > IPP_STATUS_OK_EVENTS_COMPLETE || *job_id <= 0)
    {
      g_set_error (error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_REJECTED,
                   "%s refused the job: %s", describe (printer), cups->cupsLastErrorString ());
      return FALSE;
    }
  return TRUE;
}

/* Creates a job and sends `pdf` as its one document; returns once the
 * printer has taken it. On failure the job, if any, is cancelled. */
gboolean
nak_printer_submit (NakPrinter   *printer,
                    GBytes       *pdf,
                    NakPaperSize  paper,
                    int          *job_id,
                    GCancellable *cancellable,
                    GError      **error)
{
  const NakCups *cups;
  gsize size, done = 0;
  const char *data;
  http_status_t sending;
  ipp_status_t status;

  g_return_val_if_fail (printer != NULL, FALSE);
  g_return_val_if_fail (pdf != NULL && job_id != NULL, FALSE);

  *job_id = 0;
  printer->cancellable = cancellable;
  if (!do_connect (printer, error) || !create_job (printer, paper, job_id, error))
    return FALSE;
  cups = printer->cups;

  data = g_bytes_get_data (pdf, &size);
  start_request (printer);
  sending = cups->cupsStartDestDocument (printer->http, printer->dest, printer->dinfo, *job_id,
                                         "handout.pdf", CUPS_FORMAT_PDF, 0, NULL, 1);
  while (sending == HTTP_STATUS_CONTINUE && done < size &&
         !g_cancellable_is_cancelled (cancellable))
    {
      gsize chunk = MIN (size - done, 65536);

      start_request (printer);
      sending = cups->cupsWriteRequestData (printer->http, data + done, chunk);
      done += chunk;
    }
  start_request (printer);
  status = cups->cupsFinishDestDocument (printer->http, printer->dest, printer->dinfo);

  if (cancelled (printer, error) || sending != HTTP_STATUS_CONTINUE ||
      status > IPP_STATUS_OK_EVENTS_COMPLETE)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_REJECTED,
                     "%s did not take the document: %s", describe (printer),
                     cups->cupsLastErrorString ());
      nak_printer_cancel_job (printer, *job_id);
      return FALSE;
    }
  return TRUE;
}

static ipp_jstate_t
job_state (NakPrinter *printer,
           int         job_id)
{
  const NakCups *cups = printer->cups;
  static const char * const attrs[] = { "job-state", "job-state-reasons" };
  ipp_t *request = cups->ippNewRequest (IPP_OP_GET_JOB_ATTRIBUTES);
  ipp_t *response;
  ipp_jstate_t state = 0;

  cups->ippAddString (request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", NULL,
                      printer_uri (printer));
  cups->ippAddInteger (request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", job_id);
  cups->ippAddString (request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", NULL,
                      cups->cupsUser ());
  cups->ippAddStrings (request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
                       G_N_ELEMENTS (attrs), NULL, attrs);
  start_request (printer);
  response = cups->cupsDoRequest (printer->http, request, printer->resource);
  if (response != NULL && cups->ippGetStatusCode (response) <= IPP_STATUS_OK_EVENTS_COMPLETE)
    state = cups->ippGetInteger (cups->ippFindAttribute (response, "job-state", IPP_TAG_ENUM), 0);
  cups->ippDelete (response);
  return state;
}

/* Follows the job until it is printed. A fault the printer reports on the
 * way (out of paper, jam, offline) ends the wait with that error, and the
 * job is cancelled so that it does not block the printer. */
gboolean
nak_printer_wait (NakPrinter   *printer,
                  int           job_id,
                  GCancellable *cancellable,
                  GError      **error)
{
  const NakCups *cups;
  gint64 give_up;

  g_return_val_if_fail (printer != NULL && printer->http != NULL, FALSE);
  cups = printer->cups;

  printer->cancellable = cancellable;
  give_up = g_get_monotonic_time () + printer->finish_ms * G_TIME_SPAN_MILLISECOND;
  for (;;)
    {
      ipp_jstate_t state = job_state (printer, job_id);

      if (state == IPP_JSTATE_COMPLETED)
        return TRUE;
      if (cancelled (printer, error))
        break;
      if (state == IPP_JSTATE_ABORTED || state == IPP_JSTATE_CANCELED)
        {
          g_set_error (error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_ABORTED,
                       "%s %s job %d", describe (printer),
                       state == IPP_JSTATE_ABORTED ? "aborted" : "cancelled", job_id);
          return FALSE;
        }
      if (state == 0)
        {
          g_set_error (error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_NOT_FOUND,
                       "%s stopped answering about job %d: %s", describe (printer), job_id,
                       cups->cupsLastErrorString ());
          break;
        }
      if (!check_state (printer, error))
        break;
      if (g_get_monotonic_time () > give_up)
        {
          g_set_error (error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_TIMEOUT,
                       "Job %d on %s did not finish in %u s", job_id, describe (printer),
                       printer->finish_ms / 1000);
          break;
        }
      g_usleep (POLL_MS * 1000);
    }
  nak_printer_cancel_job (printer, job_id);
  return FALSE;
}
