/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loads the question flow from the compiled catalogue. */
#define G_LOG_DOMAIN "Nak-Flow"

#include "config.h"

#include "nak-flow-db.h"

#include <sqlite3.h>

/* The same validation as at build time runs again here: a catalogue that
 * was damaged or edited by hand is refused with a message for staff. */
NakFlow *
nak_flow_new_from_catalogue (NakCatalogue  *catalogue,
                             GError       **error)
{
  sqlite3 *db = nak_catalogue_get_db (catalogue);
  g_autoptr(NakFlow) flow = nak_flow_new ();
  g_autoptr(GHashTable) steps = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func ((GDestroyNotify) nak_step_free);
  sqlite3_stmt *stmt = NULL;

  g_return_val_if_fail (NAK_IS_CATALOGUE (catalogue), NULL);

  if (sqlite3_prepare_v2 (db, "SELECT id, kind, start, tone FROM step ORDER BY position", -1,
                          &stmt, NULL) != SQLITE_OK)
    goto db_error;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);
      g_autofree char *origin = g_strdup_printf ("step '%s'", id);
      NakStepKind kind;
      NakStep *step;

      if (!nak_step_kind_from_string ((const char *) sqlite3_column_text (stmt, 1), &kind))
        kind = NAK_STEP_CHOICE;
      step = nak_step_new (id, kind, sqlite3_column_int (stmt, 2),
                           g_strcmp0 ((const char *) sqlite3_column_text (stmt, 3), "child") == 0
                             ? NAK_TONE_CHILD : NAK_TONE_ADULT,
                           origin);
      g_ptr_array_add (order, step);
      g_hash_table_insert (steps, step->id, step);
    }
  sqlite3_finalize (stmt);

  if (sqlite3_prepare_v2 (db, "SELECT step_id, id, next, icon, adds FROM choice "
                              "ORDER BY step_id, position", -1, &stmt, NULL) != SQLITE_OK)
    goto db_error;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *step_id = (const char *) sqlite3_column_text (stmt, 0);
      const char *id = (const char *) sqlite3_column_text (stmt, 1);
      NakStep *step = g_hash_table_lookup (steps, step_id);
      g_autofree char *origin = g_strdup_printf ("step '%s', answer '%s'", step_id, id);
      NakChoice *choice;

      if (step == NULL)
        {
          sqlite3_finalize (stmt);
          g_set_error (error, NAK_CATALOGUE_ERROR, NAK_CATALOGUE_ERROR_INVALID,
                       "%s: answer '%s' belongs to no step", nak_catalogue_get_path (catalogue),
                       id);
          return NULL;
        }
      choice = nak_choice_new (id, (const char *) sqlite3_column_text (stmt, 2),
                               (const char *) sqlite3_column_text (stmt, 3), origin);
      g_ptr_array_add (step->choices, choice);
      if (!nak_choice_parse_adds (choice, (const char *) sqlite3_column_text (stmt, 4), error))
        {
          sqlite3_finalize (stmt);
          return NULL;
        }
    }
  sqlite3_finalize (stmt);

  for (guint i = 0; i < order->len; i++)
    if (!nak_flow_add_step (flow, g_steal_pointer (&order->pdata[i]), error))
      return NULL;

  if (!nak_flow_validate (flow, error))
    return NULL;
  return g_steal_pointer (&flow);

db_error:
  g_set_error (error, NAK_CATALOGUE_ERROR, NAK_CATALOGUE_ERROR_CORRUPT,
               "%s: the question flow cannot be read (%s)", nak_catalogue_get_path (catalogue),
               sqlite3_errmsg (db));
  return NULL;
}
