/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A real IPP printer on loopback for tests: ippeveprinter on a private D-Bus. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char        *dir;         /* scratch: D-Bus config, fault script, spool */
  char        *spool;       /* what the printer received (-k -d) */
  char        *fault_file;  /* the next fault the script simulates */
  char        *uri;         /* ipp://127.0.0.1:PORT/ipp/print */
  guint16      port;
  GSubprocess *dbus;
  GSubprocess *printer;
} NakTestPrinter;

guint16         nak_test_free_port            (void);
NakTestPrinter *nak_test_printer_start        (const char      *formats,
                                               GError         **error);
void            nak_test_printer_stop         (NakTestPrinter  *printer);
void            nak_test_printer_set_fault    (NakTestPrinter  *printer,
                                               const char      *fault);
GBytes         *nak_test_printer_dup_received (NakTestPrinter  *printer,
                                               int              job_id);
int             nak_test_printer_job_state    (NakTestPrinter  *printer,
                                               int              job_id,
                                               char           **job_name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NakTestPrinter, nak_test_printer_stop)

G_END_DECLS
