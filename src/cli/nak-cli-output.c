/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printing results for people (text) and for programs (JSON). */
#define G_LOG_DOMAIN "Nak-Cli"

#include "config.h"

#include "nak-cli-output.h"
#include "flow/nak-explain.h"
#include "i18n/nak-i18n.h"

static void
print_recommendation (NakCatalogue            *catalogue,
                      const NakRecommendation *rec,
                      guint                    number,
                      GDateTime               *now,
                      const char              *lang,
                      FILE                    *out)
{
  NakEntry *entry = rec->entry;
  GPtrArray *channels = nak_entry_get_channels (entry);
  g_autofree char *open = nak_explain_dup_open_state (entry, now, lang);
  g_autofree char *why = nak_explain_dup_reasons (catalogue, rec, lang);

  fprintf (out, "\n%2u. %s", number, nak_catalogue_get_entry_text (catalogue, entry, "name", lang));
  if (open != NULL)
    fprintf (out, "   [%s]", open);
  fprintf (out, "\n    %s\n", nak_catalogue_get_entry_text (catalogue, entry, "summary", lang));

  for (guint i = 0; i < channels->len; i++)
    {
      NakChannel *c = g_ptr_array_index (channels, i);
      g_autofree char *hours = nak_explain_dup_channel_hours (catalogue, entry, c, lang);

      fprintf (out, "    %s", nak_explain_channel (c->type, lang));
      if (c->number != NULL)
        fprintf (out, ": %s", c->number);
      fprintf (out, "\n");
      if (hours != NULL)
        fprintf (out, "      %s\n", hours);
    }
  fprintf (out, "    %s\n", nak_explain_cost (nak_entry_get_cost (entry), lang));
  if (nak_entry_get_url (entry) != NULL)
    fprintf (out, "    %s\n", nak_entry_get_url (entry));
  /* Translators: introduces why a line was chosen for the visitor. */
  fprintf (out, "    %s %s\n", nak_i18n_gettext_for (lang, "Why:"), why);
}

void
nak_cli_print_text (NakCatalogue *catalogue,
                    NakSession   *session,
                    NakResult    *result,
                    GDateTime    *now,
                    FILE         *out)
{
  const char *lang = nak_session_get_language (session);

  fprintf (out, "\n== %s ==\n", nak_i18n_gettext_for (lang, "Where you can get help"));
  for (guint i = 0; i < result->items->len; i++)
    print_recommendation (catalogue, g_ptr_array_index (result->items, i), i + 1, now, lang, out);

  fprintf (out, "\n%s\n", nak_i18n_gettext_for (lang, "In an emergency"));
  for (guint i = 0; i < result->emergency->len; i++)
    {
      NakRecommendation *rec = g_ptr_array_index (result->emergency, i);

      fprintf (out, "  %s  %s\n", nak_entry_get_main_phone (rec->entry),
               nak_catalogue_get_entry_text (catalogue, rec->entry, "name", lang));
    }
  /* Translators: %1$s is a date (YYYY-MM-DD). */
  fprintf (out, "\n");
  fprintf (out, nak_i18n_gettext_for (lang, "Information checked on %1$s"),
           nak_catalogue_get_date (catalogue));
  fprintf (out, "\n");
}

/* Appends `value` as a JSON string literal (RFC 8259 escaping). */
void
nak_json_append_string (GString    *s,
                        const char *value)
{
  if (value == NULL)
    {
      g_string_append (s, "null");
      return;
    }
  g_string_append_c (s, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (s, "\\%c", c);
      else if (c == '\n')
        g_string_append (s, "\\n");
      else if (c < 0x20)
        g_string_append_printf (s, "\\u%04x", c);
      else
        g_string_append_c (s, c);
    }
  g_string_append_c (s, '"');
}

static const char *
open_state_id (NakOpenState state)
{
  switch (state)
    {
    case NAK_OPEN_24H:
      return "24h";
    case NAK_OPEN_NOW:
      return "open";
    case NAK_OPEN_CLOSED:
      return "closed";
    case NAK_OPEN_UNKNOWN:
    default:
      return "unknown";
    }
}

static void
append_recommendation (GString                 *s,
                       NakCatalogue            *catalogue,
                       const NakRecommendation *rec,
                       GDateTime               *now,
                       const char              *lang)
{
  NakEntry *entry = rec->entry;
  GPtrArray *channels = nak_entry_get_channels (entry);
  g_autofree char *open_text = nak_explain_dup_open_state (entry, now, lang);
  gboolean first = TRUE;

  g_string_append (s, "{\"id\": ");
  nak_json_append_string (s, nak_entry_get_id (entry));
  g_string_append (s, ", \"kind\": ");
  nak_json_append_string (s, nak_entry_kind_to_string (nak_entry_get_kind (entry)));
  g_string_append (s, ", \"name\": ");
  nak_json_append_string (s, nak_catalogue_get_entry_text (catalogue, entry, "name", lang));
  g_string_append (s, ", \"summary\": ");
  nak_json_append_string (s, nak_catalogue_get_entry_text (catalogue, entry, "summary", lang));
  g_string_append (s, ", \"phones\": [");
  for (guint i = 0; i < channels->len; i++)
    {
      NakChannel *c = g_ptr_array_index (channels, i);

      if (c->type != NAK_CHANNEL_PHONE)
        continue;
      if (!first)
        g_string_append (s, ", ");
      nak_json_append_string (s, c->number);
      first = FALSE;
    }
  g_string_append (s, "], \"open\": ");
  nak_json_append_string (s, open_state_id (rec->open));
  g_string_append (s, ", \"open_text\": ");
  nak_json_append_string (s, open_text);
  g_string_append (s, ", \"cost\": ");
  nak_json_append_string (s, nak_entry_get_cost (entry));
  g_string_append (s, ", \"url\": ");
  nak_json_append_string (s, nak_entry_get_url (entry));
  g_string_append (s, ", \"source\": ");
  nak_json_append_string (s, nak_entry_get_source (entry));
  g_string_append (s, ", \"checked\": ");
  nak_json_append_string (s, nak_entry_get_checked (entry));
  g_string_append (s, ", \"reasons\": [");
  for (guint i = 0; i < rec->reasons->len; i++)
    {
      const NakReason *r = &g_array_index (rec->reasons, NakReason, i);
      g_autofree char *text = nak_explain_dup_reason (catalogue, r, rec->open, lang);

      if (i > 0)
        g_string_append (s, ", ");
      g_string_append (s, "{\"kind\": ");
      nak_json_append_string (s, nak_reason_kind_to_string (r->kind));
      g_string_append (s, ", \"value\": ");
      nak_json_append_string (s, r->value);
      g_string_append (s, ", \"text\": ");
      nak_json_append_string (s, text);
      g_string_append (s, "}");
    }
  g_string_append (s, "]}");
}

void
nak_cli_print_json (NakCatalogue *catalogue,
                    NakSession   *session,
                    NakResult    *result,
                    GDateTime    *now,
                    FILE         *out)
{
  const char *lang = nak_session_get_language (session);
  g_autoptr(GString) s = g_string_new ("{\"language\": ");
  g_autofree char *when = g_date_time_format_iso8601 (now);

  nak_json_append_string (s, lang);
  g_string_append (s, ", \"catalogue_date\": ");
  nak_json_append_string (s, nak_catalogue_get_date (catalogue));
  g_string_append (s, ", \"time\": ");
  nak_json_append_string (s, when);
  g_string_append (s, ", \"step\": ");
  nak_json_append_string (s, nak_session_get_current_step (session));
  g_string_append (s, ", \"answers\": [");
  for (guint i = 0; i < nak_session_get_n_answers (session); i++)
    {
      const char *step_id;
      const char *choice_id = nak_session_get_answer (session, i, &step_id);
      g_autofree char *id = g_strdup_printf ("%s.%s", step_id, choice_id);

      if (i > 0)
        g_string_append (s, ", ");
      nak_json_append_string (s, id);
    }
  g_string_append (s, "],\n \"results\": [\n  ");
  for (guint i = 0; i < result->items->len; i++)
    {
      if (i > 0)
        g_string_append (s, ",\n  ");
      append_recommendation (s, catalogue, g_ptr_array_index (result->items, i), now, lang);
    }
  g_string_append (s, "],\n \"emergency\": [\n  ");
  for (guint i = 0; i < result->emergency->len; i++)
    {
      if (i > 0)
        g_string_append (s, ",\n  ");
      append_recommendation (s, catalogue, g_ptr_array_index (result->emergency, i), now, lang);
    }
  g_string_append (s, "]}\n");
  fputs (s->str, out);
}

/* Staff: which entries were last checked too long ago. */
int
nak_cli_print_stale (NakCatalogue *catalogue,
                     GDateTime    *now,
                     int           max_age_months,
                     FILE         *out)
{
  g_autoptr(GPtrArray) stale = NULL;

  if (max_age_months <= 0)
    max_age_months = 6;
  stale = nak_catalogue_list_stale (catalogue, now, max_age_months);
  for (guint i = 0; i < stale->len; i++)
    {
      NakEntry *e = g_ptr_array_index (stale, i);

      fprintf (out, "%s\t%s\t%s\n", nak_entry_get_checked (e), nak_entry_get_id (e),
               nak_entry_get_source (e));
    }
  fprintf (out, "%u of %u entries were last checked more than %d months ago.\n", stale->len,
           nak_catalogue_get_entries (catalogue)->len, max_age_months);
  return 0;
}
