/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One CUPS destination: find it, send it a PDF, follow the job to the end. */
#pragma once

#include <gio/gio.h>

#include "nak-handout.h"

G_BEGIN_DECLS

#define NAK_PRINTER_ERROR (nak_printer_error_quark ())

typedef enum
{
  NAK_PRINTER_ERROR_NOT_FOUND,    /* no such queue, or nothing answers at the address */
  NAK_PRINTER_ERROR_OFFLINE,      /* it answers, but is stopped, paused or offline */
  NAK_PRINTER_ERROR_MEDIA_EMPTY,  /* out of paper */
  NAK_PRINTER_ERROR_MEDIA_JAM,
  NAK_PRINTER_ERROR_ATTENTION,    /* cover open, no toner … */
  NAK_PRINTER_ERROR_REJECTED,     /* it refused the job or the document */
  NAK_PRINTER_ERROR_ABORTED,      /* it gave the job up */
  NAK_PRINTER_ERROR_TIMEOUT,      /* the job did not finish in time */
} NakPrinterError;

/* A plain struct, used from one thread at a time: every call may block on
 * the network, so the print job calls them from a worker thread. */
typedef struct _NakPrinter NakPrinter;

GQuark      nak_printer_error_quark (void);

NakPrinter *nak_printer_new           (const char   *destination);
void        nak_printer_free          (NakPrinter   *printer);
void        nak_printer_set_timeouts  (NakPrinter   *printer,
                                       guint         connect_ms,
                                       guint         finish_ms);
gboolean    nak_printer_connect       (NakPrinter   *printer,
                                       GCancellable *cancellable,
                                       GError      **error);
gboolean    nak_printer_submit        (NakPrinter   *printer,
                                       GBytes       *pdf,
                                       NakPaperSize  paper,
                                       int          *job_id,
                                       GCancellable *cancellable,
                                       GError      **error);
gboolean    nak_printer_wait          (NakPrinter   *printer,
                                       int           job_id,
                                       GCancellable *cancellable,
                                       GError      **error);
gboolean    nak_printer_cancel_job    (NakPrinter   *printer,
                                       int           job_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NakPrinter, nak_printer_free)

G_END_DECLS
