/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printing a handout off the main thread, with a state the screen can show. */
#pragma once

#include <gio/gio.h>

#include "nak-handout.h"

G_BEGIN_DECLS

typedef enum
{
  NAK_PRINT_JOB_IDLE,
  NAK_PRINT_JOB_SENDING,   /* making the PDF and sending it */
  NAK_PRINT_JOB_PRINTING,  /* the printer has it */
  NAK_PRINT_JOB_DONE,
  NAK_PRINT_JOB_FAILED,    /* see the error property and nak_print_job_dup_message() */
} NakPrintJobState;

#define NAK_TYPE_PRINT_JOB_STATE (nak_print_job_state_get_type ())
GType nak_print_job_state_get_type (void);

#define NAK_TYPE_PRINT_JOB (nak_print_job_get_type ())
G_DECLARE_FINAL_TYPE (NakPrintJob, nak_print_job, NAK, PRINT_JOB, GObject)

NakPrintJob      *nak_print_job_new                   (const char          *destination,
                                                       NakPaperSize         paper);
const char       *nak_print_job_get_destination       (NakPrintJob         *self);
NakPaperSize      nak_print_job_get_paper             (NakPrintJob         *self);
NakPrintJobState  nak_print_job_get_state             (NakPrintJob         *self);
const GError     *nak_print_job_get_error             (NakPrintJob         *self);
gboolean          nak_print_job_get_printer_available (NakPrintJob         *self);
int               nak_print_job_get_job_id            (NakPrintJob         *self);
char             *nak_print_job_dup_message           (NakPrintJob         *self);
char             *nak_print_error_dup_message         (const GError        *error);
void              nak_print_job_set_timeouts          (NakPrintJob         *self,
                                                       guint                connect_ms,
                                                       guint                finish_ms);

void              nak_print_job_check_printer_async   (NakPrintJob         *self,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean          nak_print_job_check_printer_finish  (NakPrintJob         *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void              nak_print_job_print_async           (NakPrintJob         *self,
                                                       NakHandout          *handout,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
gboolean          nak_print_job_print_finish          (NakPrintJob         *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);

G_END_DECLS
