/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The handout's content, in one or two languages, ready to lay out on paper. */
#define G_LOG_DOMAIN "Nak-Print"

#include "config.h"

#include "nak-handout.h"
#include "nak-pdf-writer.h"
#include "flow/nak-explain.h"
#include "i18n/nak-i18n.h"
#include "i18n/nak-languages.h"

#include <string.h>

/* Interface words come from gettext in each language asked for (never the
 * interface's current language), catalogue words from the catalogue, which
 * falls back to English, then Japanese, for a text it lacks. Every row has
 * one text per language, so the writer can set them side by side: the desk
 * reads the Japanese next to the visitor's own words. */

#define T(lang, s) nak_i18n_gettext_for ((lang), (s))

/* How many lines open around the clock the handout lists at most. */
#define MAX_24H_LINES 4

G_DEFINE_QUARK (nak-handout-error-quark, nak_handout_error)

void
nak_handout_row_free (NakHandoutRow *row)
{
  if (row == NULL)
    return;
  g_strfreev (row->texts);
  g_free (row);
}

void
nak_handout_block_free (NakHandoutBlock *block)
{
  if (block == NULL)
    return;
  g_free (block->phone);
  g_free (block->url);
  g_ptr_array_unref (block->head);
  g_ptr_array_unref (block->rows);
  g_free (block);
}

void
nak_handout_free (NakHandout *handout)
{
  if (handout == NULL)
    return;
  g_strfreev (handout->languages);
  g_ptr_array_unref (handout->blocks);
  g_free (handout);
}

NakHandout *
nak_handout_new (const char * const *languages)
{
  NakHandout *handout;

  g_return_val_if_fail (languages != NULL && languages[0] != NULL, NULL);

  handout = g_new0 (NakHandout, 1);
  handout->languages = g_strdupv ((char **) languages);
  handout->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) nak_handout_block_free);
  return handout;
}

guint
nak_handout_get_n_languages (const NakHandout *handout)
{
  g_return_val_if_fail (handout != NULL, 0);

  return g_strv_length (handout->languages);
}

/* The block is owned by the handout; the pointer is for filling it in. */
NakHandoutBlock *
nak_handout_add_block (NakHandout          *handout,
                       NakHandoutBlockKind  kind)
{
  NakHandoutBlock *block;

  g_return_val_if_fail (handout != NULL, NULL);

  block = g_new0 (NakHandoutBlock, 1);
  block->kind = kind;
  block->head = g_ptr_array_new_with_free_func ((GDestroyNotify) nak_handout_row_free);
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) nak_handout_row_free);
  g_ptr_array_add (handout->blocks, block);
  return block;
}

/* `texts` has `n_texts` entries, one per handout language; NULL ones become "". */
NakHandoutRow *
nak_handout_block_add_row (NakHandoutBlock    *block,
                           gboolean            head,
                           NakHandoutStyle     style,
                           guint               n_texts,
                           const char * const *texts)
{
  NakHandoutRow *row;

  g_return_val_if_fail (block != NULL, NULL);
  g_return_val_if_fail (texts != NULL || n_texts == 0, NULL);

  row = g_new0 (NakHandoutRow, 1);
  row->style = style;
  row->texts = g_new0 (char *, n_texts + 1);
  for (guint i = 0; i < n_texts; i++)
    row->texts[i] = g_strdup (texts[i] != NULL ? texts[i] : "");
  g_ptr_array_add (head ? block->head : block->rows, row);
  return row;
}

static void
append_rows (GString   *s,
             GPtrArray *rows,
             guint      index)
{
  for (guint i = 0; i < rows->len; i++)
    {
      NakHandoutRow *row = g_ptr_array_index (rows, i);

      if (row->texts[index] != NULL && row->texts[index][0] != '\0')
        g_string_append_printf (s, "%s\n", row->texts[index]);
    }
}

/* Everything the handout says in one of its languages, as plain text. */
char *
nak_handout_dup_text (const NakHandout *handout,
                      guint             language_index)
{
  GString *s = g_string_new (NULL);

  g_return_val_if_fail (handout != NULL, NULL);
  g_return_val_if_fail (language_index < nak_handout_get_n_languages (handout), NULL);

  for (guint i = 0; i < handout->blocks->len; i++)
    {
      NakHandoutBlock *block = g_ptr_array_index (handout->blocks, i);

      append_rows (s, block->head, language_index);
      if (block->phone != NULL)
        g_string_append_printf (s, "%s\n", block->phone);
      append_rows (s, block->rows, language_index);
      if (block->url != NULL)
        g_string_append_printf (s, "%s\n", block->url);
    }
  return g_string_free (s, FALSE);
}

/* The visitor's language first, then Japanese for the desk; Japanese alone
 * for a Japanese visitor. */
GStrv
nak_handout_languages_for (const char *visitor_language)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (visitor_language != NULL && !g_str_equal (visitor_language, "ja"))
    g_strv_builder_add (builder, visitor_language);
  g_strv_builder_add (builder, "ja");
  return g_strv_builder_end (builder);
}

/* Building from a result. `texts` below is always one string per language. */

typedef struct
{
  NakCatalogue        *catalogue;
  NakHandout          *handout;
  const char * const  *langs;
  guint                n;
  GDateTime           *now;
} Builder;

static void
add_row_take (NakHandoutBlock *block,
              const Builder   *b,
              gboolean         head,
              NakHandoutStyle  style,
              GPtrArray       *texts)
{
  g_assert (texts->len == b->n);
  nak_handout_block_add_row (block, head, style, b->n, (const char * const *) texts->pdata);
  g_ptr_array_unref (texts);
}

static GPtrArray *
texts_new (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

/* One interface sentence in every language. */
static void
add_words (NakHandoutBlock *block,
           const Builder   *b,
           gboolean         head,
           NakHandoutStyle  style,
           const char      *msgid)
{
  GPtrArray *texts = texts_new ();

  for (guint l = 0; l < b->n; l++)
    g_ptr_array_add (texts, g_strdup (T (b->langs[l], msgid)));
  add_row_take (block, b, head, style, texts);
}

static gboolean
choice_adds (const NakChoice *choice,
             NakAddKind       kind,
             const char     **value)
{
  for (guint i = 0; choice != NULL && i < choice->adds->len; i++)
    {
      const NakAdd *add = &g_array_index (choice->adds, NakAdd, i);

      if (add->kind == kind)
        {
          if (value != NULL)
            *value = add->value;
          return TRUE;
        }
    }
  return FALSE;
}

static const NakChoice *
answer_choice (NakSession *session,
               guint       index,
               const char **step_id)
{
  NakFlow *flow = nak_session_get_flow (session);
  const char *choice_id = nak_session_get_answer (session, index, step_id);
  const NakStep *step = nak_flow_get_step (flow, *step_id);

  return step != NULL ? nak_step_find_choice (step, choice_id) : NULL;
}

/* The worries as sentences to show at a desk: a follow-up answer in the
 * visitor's own words ("I can't pay the rent…") where there is one, else the
 * kind of worry ("I am worried about: Raising children"). Who they are (age,
 * for whom they ask) is left out: the sheet carries no personal data. */
static void
add_worries (const Builder *b,
             NakSession    *session)
{
  NakHandoutBlock *block = nak_handout_add_block (b->handout, NAK_HANDOUT_BLOCK_TEXT);
  guint n_answers = nak_session_get_n_answers (session);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_worries = 0;

  add_words (block, b, FALSE, NAK_HANDOUT_STYLE_HEADING, N_("What I am worried about"));
  for (guint i = 0; i < n_answers; i++)
    {
      const char *step_id, *next_step_id, *category = NULL;
      const NakChoice *choice = answer_choice (session, i, &step_id);
      const NakChoice *next = i + 1 < n_answers ? answer_choice (session, i + 1, &next_step_id)
                                                : NULL;
      gboolean own_words = choice_adds (choice, NAK_ADD_TAG, NULL) ||
                           choice_adds (choice, NAK_ADD_URGENCY, NULL);
      g_autofree char *owner = NULL;
      GPtrArray *texts;

      if (choice == NULL)
        continue;
      if (!own_words && (!choice_adds (choice, NAK_ADD_CATEGORY, &category) ||
                         choice_adds (next, NAK_ADD_TAG, NULL)))
        continue;

      owner = g_strdup_printf ("choice:%s/%s", step_id, choice->id);
      texts = texts_new ();
      for (guint l = 0; l < b->n; l++)
        {
          const char *lang = b->langs[l];

          if (own_words)
            g_ptr_array_add (texts, g_strdup (nak_catalogue_get_text (b->catalogue, owner, "label",
                                                                      lang)));
          else
            /* Translators: a sentence the visitor can show at a desk; %1$s is a kind of
             * worry, such as "Raising children". */
            g_ptr_array_add (texts, g_strdup_printf (T (lang, "I am worried about: %1$s"),
                                                     nak_explain_category (b->catalogue,
                                                                           category, lang)));
        }
      if (!g_hash_table_add (seen, g_strdup (g_ptr_array_index (texts, 0))))
        {
          g_ptr_array_unref (texts);
          continue;
        }
      add_row_take (block, b, FALSE, NAK_HANDOUT_STYLE_BODY, texts);
      n_worries++;
    }
  if (n_worries == 0)
    add_words (block, b, FALSE, NAK_HANDOUT_STYLE_BODY, N_("I would like to talk about a worry."));
}

static const char *
entry_text (const Builder *b,
            NakEntry      *entry,
            const char    *field,
            guint          l)
{
  return nak_catalogue_get_entry_text (b->catalogue, entry, field, b->langs[l]);
}

static void
add_entry_field (NakHandoutBlock *block,
                 const Builder   *b,
                 NakEntry        *entry,
                 gboolean         head,
                 NakHandoutStyle  style,
                 const char      *field)
{
  GPtrArray *texts = texts_new ();
  gboolean any = FALSE;

  for (guint l = 0; l < b->n; l++)
    {
      const char *text = entry_text (b, entry, field, l);

      any = any || (text != NULL && *text != '\0');
      g_ptr_array_add (texts, g_strdup (text));
    }
  if (any)
    add_row_take (block, b, head, style, texts);
  else
    g_ptr_array_unref (texts);
}

/* "Phone: 0120-…" and its hours and note, one paragraph per channel. */
static void
add_channels (NakHandoutBlock *block,
              const Builder   *b,
              NakEntry        *entry)
{
  GPtrArray *channels = nak_entry_get_channels (entry);

  for (guint i = 0; i < channels->len; i++)
    {
      NakChannel *c = g_ptr_array_index (channels, i);
      GPtrArray *texts = texts_new ();
      gboolean show_number = c->number != NULL &&
                             g_strcmp0 (c->number, nak_entry_get_url (entry)) != 0;

      for (guint l = 0; l < b->n; l++)
        {
          const char *lang = b->langs[l];
          g_autofree char *hours = nak_explain_dup_channel_hours (b->catalogue, entry, c, lang);
          GString *s = g_string_new (NULL);

          if (show_number)
            /* Translators: %1$s is a way to get in touch (Phone, Chat…), %2$s its number,
             * address or ID. */
            g_string_printf (s, T (lang, "%1$s: %2$s"), nak_explain_channel (c->type, lang),
                             c->number);
          else
            g_string_assign (s, nak_explain_channel (c->type, lang));
          if (hours != NULL)
            g_string_append_printf (s, "\n%s", hours);
          g_ptr_array_add (texts, g_string_free (s, FALSE));
        }
      add_row_take (block, b, FALSE, NAK_HANDOUT_STYLE_BODY, texts);
    }
}

static void
add_cost (NakHandoutBlock *block,
          const Builder   *b,
          NakEntry        *entry)
{
  GPtrArray *texts = texts_new ();

  for (guint l = 0; l < b->n; l++)
    {
      const char *lang = b->langs[l];
      const char *more = entry_text (b, entry, "cost_text", l);
      /* Translators: %1$s says what a program costs, such as "Free". */
      GString *s = g_string_new (NULL);

      g_string_printf (s, T (lang, "Cost: %1$s"),
                       nak_explain_cost (nak_entry_get_cost (entry), lang));
      if (more != NULL && *more != '\0')
        g_string_append_printf (s, "\n%s", more);
      g_ptr_array_add (texts, g_string_free (s, FALSE));
    }
  add_row_take (block, b, FALSE, NAK_HANDOUT_STYLE_BODY, texts);
}

static void
add_say (NakHandoutBlock *block,
         const Builder   *b,
         NakEntry        *entry)
{
  GPtrArray *texts = texts_new ();

  if (entry_text (b, entry, "say", 0) == NULL)
    {
      g_ptr_array_unref (texts);
      return;
    }
  for (guint l = 0; l < b->n; l++)
    {
      const char *lang = b->langs[l];

      g_autofree char *quoted = NULL;

      /* Translators: %1$s is a sentence the visitor can say on the phone or at a desk,
       * put in your language's quotation marks. */
      quoted = g_strdup_printf (T (lang, "“%1$s”"), entry_text (b, entry, "say", l));
      g_ptr_array_add (texts, g_strdup_printf ("%s\n%s",
                                               T (lang, "What you can say when you call:"),
                                               quoted));
    }
  add_row_take (block, b, FALSE, NAK_HANDOUT_STYLE_SAY, texts);
}

static void
add_entry (const Builder *b,
           NakEntry      *entry,
           guint          number)
{
  NakHandoutBlock *block = nak_handout_add_block (b->handout, NAK_HANDOUT_BLOCK_ENTRY);

  block->number = number;
  block->phone = g_strdup (nak_entry_get_main_phone (entry));
  block->url = g_strdup (nak_entry_get_url (entry));
  add_entry_field (block, b, entry, TRUE, NAK_HANDOUT_STYLE_NAME, "name");
  add_entry_field (block, b, entry, TRUE, NAK_HANDOUT_STYLE_SMALL, "organisation");
  add_entry_field (block, b, entry, FALSE, NAK_HANDOUT_STYLE_BODY, "summary");
  add_channels (block, b, entry);
  add_cost (block, b, entry);
  add_say (block, b, entry);
}

static void
add_line (const Builder *b,
          NakEntry      *entry,
          gboolean       with_hours)
{
  NakHandoutBlock *block = nak_handout_add_block (b->handout, NAK_HANDOUT_BLOCK_LINE);

  block->phone = g_strdup (nak_entry_get_main_phone (entry));
  add_entry_field (block, b, entry, TRUE, NAK_HANDOUT_STYLE_NAME, "name");
  if (with_hours)
    add_words (block, b, TRUE, NAK_HANDOUT_STYLE_SMALL, N_("24 hours, every day"));
}

/* Lines a person can call at any hour: those among the results, then the
 * catalogue's general lines for everyone, so the sheet still helps at night. */
static void
add_around_the_clock (const Builder      *b,
                      NakResult          *result,
                      const NakSituation *situation)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  GPtrArray *entries = nak_catalogue_get_entries (b->catalogue);
  NakHandoutBlock *heading;

  for (guint i = 0; i < result->items->len; i++)
    {
      NakRecommendation *rec = g_ptr_array_index (result->items, i);

      if (nak_entry_get_open_state (rec->entry, b->now) == NAK_OPEN_24H &&
          nak_entry_get_main_phone (rec->entry) != NULL)
        g_ptr_array_add (lines, rec->entry);
    }
  for (guint i = 0; i < entries->len && lines->len < MAX_24H_LINES; i++)
    {
      NakEntry *entry = g_ptr_array_index (entries, i);
      gboolean for_them = nak_entry_has_audience (entry, "all");

      for (guint a = 0; situation != NULL && a < situation->audiences->len; a++)
        for_them = for_them ||
                   nak_entry_has_audience (entry, g_ptr_array_index (situation->audiences, a));
      if (nak_entry_get_general (entry) && !nak_entry_get_emergency (entry) && for_them &&
          nak_entry_get_main_phone (entry) != NULL &&
          nak_entry_get_open_state (entry, b->now) == NAK_OPEN_24H &&
          !g_ptr_array_find (lines, entry, NULL))
        g_ptr_array_add (lines, entry);
    }
  if (lines->len == 0)
    return;

  heading = nak_handout_add_block (b->handout, NAK_HANDOUT_BLOCK_TEXT);
  add_words (heading, b, FALSE, NAK_HANDOUT_STYLE_HEADING, N_("Lines open around the clock"));
  for (guint i = 0; i < lines->len && i < MAX_24H_LINES; i++)
    add_line (b, g_ptr_array_index (lines, i), TRUE);
}

static void
add_header (const Builder *b,
            const char    *site_name)
{
  NakHandoutBlock *block = nak_handout_add_block (b->handout, NAK_HANDOUT_BLOCK_TEXT);
  g_autofree char *date = g_date_time_format (b->now, "%Y-%m-%d");
  GPtrArray *texts = texts_new ();

  add_words (block, b, FALSE, NAK_HANDOUT_STYLE_TITLE, N_("Where you can get help"));
  for (guint l = 0; l < b->n; l++)
    {
      g_autofree char *printed = NULL;

      /* Translators: %1$s is a date (YYYY-MM-DD). */
      printed = g_strdup_printf (T (b->langs[l], "Printed on %1$s"), date);
      if (site_name != NULL && *site_name != '\0')
        g_ptr_array_add (texts, g_strdup_printf ("NotAlone Kiosk · %s\n%s", site_name, printed));
      else
        g_ptr_array_add (texts, g_strdup_printf ("NotAlone Kiosk\n%s", printed));
    }
  add_row_take (block, b, FALSE, NAK_HANDOUT_STYLE_SMALL, texts);
  add_words (block, b, FALSE, NAK_HANDOUT_STYLE_BODY,
             N_("You can show this sheet at a consultation desk, for example at your city "
                "office."));
}

static void
add_footer (const Builder *b)
{
  NakHandoutBlock *notes = nak_handout_add_block (b->handout, NAK_HANDOUT_BLOCK_NOTES);
  NakHandoutBlock *block = nak_handout_add_block (b->handout, NAK_HANDOUT_BLOCK_TEXT);
  GPtrArray *texts = texts_new ();

  add_words (notes, b, FALSE, NAK_HANDOUT_STYLE_SMALL, N_("Notes"));
  for (guint l = 0; l < b->n; l++)
    /* Translators: %1$s is a date (YYYY-MM-DD). */
    g_ptr_array_add (texts, g_strdup_printf (T (b->langs[l], "Information checked on %1$s"),
                                             nak_catalogue_get_date (b->catalogue)));
  add_row_take (block, b, FALSE, NAK_HANDOUT_STYLE_SMALL, texts);
  add_words (block, b, FALSE, NAK_HANDOUT_STYLE_SMALL,
             N_("Numbers and hours can change: the web pages have the latest information. "
                "This sheet holds no personal information."));
}

/* Builds the handout on the calling thread (it asks gettext and the
 * catalogue, neither of which may be used from a worker). `languages` is
 * what nak_handout_languages_for() gives, or any list of supported codes. */
NakHandout *
nak_handout_new_for_result (NakCatalogue       *catalogue,
                            NakSession         *session,
                            NakResult          *result,
                            GDateTime          *now,
                            const char * const *languages,
                            const char         *site_name,
                            GError            **error)
{
  g_autoptr(NakHandout) handout = NULL;
  g_autoptr(NakSituation) situation = NULL;
  NakHandoutBlock *block;
  Builder b;

  g_return_val_if_fail (NAK_IS_CATALOGUE (catalogue), NULL);
  g_return_val_if_fail (NAK_IS_SESSION (session), NULL);
  g_return_val_if_fail (result != NULL && now != NULL, NULL);
  g_return_val_if_fail (languages != NULL && languages[0] != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint l = 0; languages[l] != NULL; l++)
    if (!nak_languages_is_supported (languages[l]))
      {
        g_set_error (error, NAK_HANDOUT_ERROR, NAK_HANDOUT_ERROR_LANGUAGE,
                     "The kiosk does not support the language “%s”", languages[l]);
        return NULL;
      }

  handout = nak_handout_new (languages);
  situation = nak_session_dup_situation (session);
  b = (Builder) { catalogue, handout, (const char * const *) handout->languages,
                  nak_handout_get_n_languages (handout), now };

  add_header (&b, site_name);
  add_worries (&b, session);

  block = nak_handout_add_block (handout, NAK_HANDOUT_BLOCK_TEXT);
  add_words (block, &b, FALSE, NAK_HANDOUT_STYLE_HEADING,
             N_("Programs and contact points for you"));
  for (guint i = 0; i < result->items->len; i++)
    add_entry (&b, ((NakRecommendation *) g_ptr_array_index (result->items, i))->entry, i + 1);

  add_around_the_clock (&b, result, situation);

  block = nak_handout_add_block (handout, NAK_HANDOUT_BLOCK_TEXT);
  add_words (block, &b, FALSE, NAK_HANDOUT_STYLE_HEADING, N_("In an emergency"));
  for (guint i = 0; i < result->emergency->len; i++)
    add_line (&b, ((NakRecommendation *) g_ptr_array_index (result->emergency, i))->entry, FALSE);

  add_footer (&b);
  return g_steal_pointer (&handout);
}

gboolean
nak_handout_write_for_session (NakCatalogue *catalogue,
                               NakSession   *session,
                               NakResult    *result,
                               GDateTime    *now,
                               const char   *path,
                               GError      **error)
{
  g_auto(GStrv) languages = NULL;
  g_autoptr(NakHandout) handout = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  languages = nak_handout_languages_for (nak_session_get_language (session));
  handout = nak_handout_new_for_result (catalogue, session, result, now,
                                        (const char * const *) languages, NULL, error);
  if (handout == NULL)
    return FALSE;
  return nak_pdf_writer_write_file (handout, NAK_PAPER_A4, path, error);
}
