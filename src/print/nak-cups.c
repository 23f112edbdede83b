/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libcups, loaded the first time a printer is used rather than at start. */
#define G_LOG_DOMAIN "Nak-Print"

#include "config.h"

#include <gmodule.h>

#include "nak-cups.h"
#include "nak-printer.h"

/* libcups brings two dozen libraries with it (GnuTLS, Kerberos, Avahi,
 * D-Bus, systemd …). Linked into the kiosk they were loaded and relocated
 * before main() on every start, about 10 ms of it, although printing is
 * optional and only ever happens on a worker thread. So the kiosk is not
 * linked with libcups; the first printer call loads it, on that worker
 * thread, and a kiosk without it simply has no print button, with the
 * reason in the log for staff. The headers still come from libcups-dev,
 * so the compiler checks every call. */

static NakCups cups;
static char *load_error;

static gpointer
load (gpointer data)
{
  GModule *module = g_module_open (NAK_CUPS_LIBRARY, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

  if (module == NULL)
    {
      load_error = g_strdup_printf ("the CUPS library (%s) cannot be loaded: %s",
                                    NAK_CUPS_LIBRARY, g_module_error ());
      return NULL;
    }
#define NAK_CUPS_LOOK_UP(name)                                                   \
  if (load_error == NULL && !g_module_symbol (module, #name, (gpointer *) &cups.name)) \
    load_error = g_strdup_printf ("the CUPS library (%s) has no %s: %s",         \
                                  NAK_CUPS_LIBRARY, #name, g_module_error ());
  NAK_CUPS_FUNCTIONS (NAK_CUPS_LOOK_UP)
#undef NAK_CUPS_LOOK_UP
  if (load_error != NULL)
    {
      g_module_close (module);
      return NULL;
    }
  /* Kept for the life of the process: CUPS keeps state per thread. */
  g_module_make_resident (module);
  return &cups;
}

/* The CUPS functions, loading them on first use (from any thread); NULL with
 * NAK_PRINTER_ERROR_NOT_FOUND when the library cannot be used. */
const NakCups *
nak_cups_get (GError **error)
{
  static GOnce once = G_ONCE_INIT;
  const NakCups *loaded = g_once (&once, load, NULL);

  if (loaded == NULL)
    g_set_error (error, NAK_PRINTER_ERROR, NAK_PRINTER_ERROR_NOT_FOUND, "Printing is off: %s",
                 load_error);
  return loaded;
}
