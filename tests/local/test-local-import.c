/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A town's own entries: good files load, bad files are refused with the line and reason. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "local/nak-local.h"
#include "nak-test-util.h"

/* Monday 23 Nov 2026 is a national holiday (勤労感謝の日). */
#define TODAY "2026-11-23T12:00:00"
#define DESK_OWNER "entry:local_5d3f0a4e_1c2b_4b7a_9e61_0f4c8a2d7b10"

/* The fixtures are written for a kiosk that offers Japanese and English. */
static const char * const ja_en[] = { "ja", "en", NULL };

static char *
data_path (const char *name)
{
  return g_build_filename (TEST_LOCAL_DATA_DIR, name, NULL);
}

static char *
read_data (const char *name)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* Writes `text` as TMP/`name`, so that messages name the file as staff do. */
static char *
write_tmp (const char *name,
           const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nak-local-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

static guint
line_of (const char *text,
         const char *marker)
{
  const char *at = strstr (text, marker);
  guint line = 1;

  g_assert_nonnull (at);
  for (const char *p = text; p < at; p++)
    line += *p == '\n';
  return line;
}

static GDateTime *
jst (int month,
     int day,
     int hour)
{
  return nak_test_jst (2026, month, day, hour, 0);
}

static NakEntry *
find_entry (NakLocalSet *set,
            const char  *id)
{
  for (guint i = 0; i < set->entries->len; i++)
    if (g_str_equal (nak_entry_get_id (g_ptr_array_index (set->entries, i)), id))
      return g_ptr_array_index (set->entries, i);
  g_error ("no entry %s", id);
  return NULL;
}

static NakChannel *
channel (NakEntry *entry,
         guint     i)
{
  GPtrArray *channels = nak_entry_get_channels (entry);

  g_assert_cmpuint (i, <, channels->len);
  return g_ptr_array_index (channels, i);
}

static void
assert_open (NakChannel *c,
             GDateTime  *when,
             gboolean    open)
{
  g_autoptr(GDateTime) t = when;

  g_assert_nonnull (c->hours);
  g_assert_cmpint (nak_hours_is_open_at (c->hours, t), ==, open);
}

/* What good.json and good.csv both say, as a visitor would meet it. */
static void
check_good_set (NakLocalSet *set)
{
  NakEntry *desk, *ibasho, *line;

  g_assert_cmpuint (set->entries->len, ==, 3);
  g_assert_cmpuint (set->skipped, ==, 1);

  desk = find_entry (set, "local_5d3f0a4e_1c2b_4b7a_9e61_0f4c8a2d7b10");
  g_assert_cmpstr (nak_text_store_get (set->texts, DESK_OWNER, "name", "en"),
                   ==, "Example City Welfare Division, Living Support");
  g_assert_cmpstr (nak_text_store_get (set->texts, DESK_OWNER, "organisation", "ja"), ==,
                   "例市役所 福祉課");
  g_assert_cmpstr (nak_text_store_get (set->texts, DESK_OWNER, "note.2", "en"), ==,
                   "City Hall, ground floor, desk 3");
  g_assert_true (nak_entry_has_tag (desk, "rent_overdue"));
  g_assert_true (nak_entry_has_tag (desk, "income_drop"));
  g_assert_true (nak_entry_has_category (desk, "food_housing"));
  g_assert_cmpstr (nak_entry_get_cost (desk), ==, "free");
  g_assert_cmpstr (nak_entry_get_checked (desk), ==, "2026-11-01");
  g_assert_cmpstr (nak_entry_get_confidence (desk), ==, "high");
  g_assert_cmpstr (nak_entry_get_main_phone (desk), ==, "0123-45-6789");
  g_assert_cmpint (channel (desk, 0)->type, ==, NAK_CHANNEL_PHONE);
  g_assert_cmpint (channel (desk, 1)->type, ==, NAK_CHANNEL_VISIT);
  /* Weekdays 08:30-17:15, closed on holidays: both the phone and the desk. */
  for (guint i = 0; i < 2; i++)
    {
      assert_open (channel (desk, i), jst (11, 24, 10), TRUE);
      assert_open (channel (desk, i), jst (11, 24, 18), FALSE);
      assert_open (channel (desk, i), jst (11, 28, 10), FALSE);
      assert_open (channel (desk, i), jst (11, 23, 10), FALSE);
      assert_open (channel (desk, i), jst (12, 30, 10), FALSE);
    }

  ibasho = find_entry (set, "local_ibasho_minna");
  g_assert_cmpstr (nak_entry_get_confidence (ibasho), ==, "medium");
  g_assert_true (g_strv_contains (nak_entry_get_languages (ibasho), "en"));
  /* The web page first, the place second, as the file orders them. */
  g_assert_cmpint (channel (ibasho, 0)->type, ==, NAK_CHANNEL_WEB);
  g_assert_cmpstr (channel (ibasho, 0)->number, ==, "https://ibasho.example.org/");
  g_assert_null (channel (ibasho, 0)->hours);
  g_assert_cmpint (channel (ibasho, 1)->type, ==, NAK_CHANNEL_VISIT);
  assert_open (channel (ibasho, 1), jst (11, 28, 14), TRUE);
  assert_open (channel (ibasho, 1), jst (11, 27, 14), FALSE);

  line = find_entry (set, "local_kokoro_line");
  g_assert_cmpstr (nak_entry_get_cost (line), ==, "free_call");
  g_assert_true (nak_hours_is_24h (channel (line, 0)->hours));
  g_assert_cmpint (nak_entry_get_open_state (line, jst (11, 29, 3)), ==, NAK_OPEN_24H);
}

static void
test_json_good (void)
{
  g_autoptr(NakCatalogue) catalogue = nak_test_open_catalogue ();
  g_autofree char *path = data_path ("good.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(NakLocalSet) set = nak_local_set_load (catalogue, path, ja_en, &error);

  g_assert_no_error (error);
  check_good_set (set);
}

static void
test_csv_good (void)
{
  g_autoptr(NakCatalogue) catalogue = nak_test_open_catalogue ();
  g_autofree char *path = data_path ("good.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(NakLocalSet) set = nak_local_set_load (catalogue, path, ja_en, &error);

  g_assert_no_error (error);
  check_good_set (set);
  /* A quoted cell keeps its comma, its quotes and its line break. */
  g_assert_cmpstr (nak_text_store_get (set->texts, DESK_OWNER, "say", "en"), ==,
                   "I can't pay my \"rent\".");
  g_assert_cmpstr (nak_text_store_get (set->texts, "entry:local_ibasho_minna", "note.2", "ja"),
                   ==, "例市公民館 2階\n（土曜のみ）");
}

typedef struct
{
  const char *name;
  const char *file;      /* good.json or good.csv, edited below */
  const char *find;      /* replaced, once, by `replace` */
  const char *replace;
  const char *at;        /* the refusal must name the line holding this text */
  const char *reason;    /* and contain this */
} BadCase;

static const BadCase bad_cases[] = {
  { "phone", "good.json", "\"number\": \"0123-45-6789\"", "\"number\": \"0123-45-67\"",
    "0123-45-67\"", "'number': malformed phone number '0123-45-67'" },
  { "category", "good.json", "\"code\": \"living_costs\"", "\"code\": \"living_cost\"",
    "living_cost\"", "'living_cost' is not a known category" },
  { "tag", "good.json", "\"code\": \"want_to_talk\"", "\"code\": \"want_to_chat\"",
    "want_to_chat", "'want_to_chat' is not a known situation tag" },
  { "translation", "good.json", "\"name\": { \"en\": \"Everyone's Ibasho (a place to be)\" },",
    "", "\"name\": \"みんなのいばしょ\"", "'name': has no text in en" },
  { "future-date", "good.json", "\"2026-11-20\"", "\"2027-01-01\"", "2027-01-01",
    "'assured_date': 2027-01-01 is in the future" },
  { "bad-date", "good.json", "\"2026-11-20\"", "\"2026-02-30\"", "2026-02-30",
    "is not a date written YYYY-MM-DD" },
  { "hours", "good.json", "\"x_hours\": \"sat 13:00-17:00\"", "\"x_hours\": \"sat 13:00-17:70\"",
    "17:70", "'x_hours': " },
  { "byday", "good.json", "\"byday\": \"MO,TU,WE,TH,FR\"", "\"byday\": \"MO,TU,XX\"", "MO,TU,XX",
    "'byday': 'XX' is not a day" },
  { "closed-without-hours", "good.json", "\"address\": \"https://ibasho.example.org/\",",
    "\"address\": \"https://ibasho.example.org/\", \"x_closed\": \"holidays\",",
    "\"x_closed\": \"holidays\"", "needs opening hours" },
  { "duplicate-id", "good.json", "\"id\": \"kokoro-line\"", "\"id\": \"ibasho-minna\"",
    "\"id\": \"ibasho-minna\",\n      \"name\": \"例市こころの電話\"",
    "'ibasho-minna' is used by two services" },
  /* json-glib names the line of the token before the missing comma. */
  { "syntax", "good.json", "\"x_confidence\": \"medium\",", "\"x_confidence\": \"medium\"",
    "\"x_confidence\": \"medium\"", "Parse error" },
  { "written-twice", "good.json", "\"x_cost\": \"free_call\",",
    "\"x_cost\": \"free_call\",\n      \"x_cost\": \"free\",",
    "\"x_cost\": \"free\",\n      \"x_source\": \"https://www.city.example.lg.jp/kokoro/",
    "'x_cost' is written twice" },
  { "missing-cost", "good.json", "\"x_cost\": \"free_call\",", "",
    "{\n      \"id\": \"kokoro-line\"", "'x_cost': is required" },
  { "misspelt-i18n", "good.json", "\"x_say\": { \"en\"", "\"x_sai\": { \"en\"", "\"x_sai\"",
    "'x_sai': translates nothing here" },
  { "source", "good.json", "\"x_source\": \"https://ibasho.example.org/about\"",
    "\"x_source\": \"ibasho.example.org/about\"", "\"ibasho.example.org/about\"",
    "'x_source': must start with the URL" },
  { "emergency-without-phone", "good.json", "\"x_confidence\": \"medium\",",
    "\"x_confidence\": \"medium\",\n      \"x_emergency\": true,", "\"x_emergency\": true",
    "an emergency entry needs a phone" },
  { "fax", "good.json", "\"type\": \"voice\"", "\"type\": \"fax\"", "\"fax\"",
    "'fax' is not a phone the kiosk shows" },
  { "priority", "good.json", "\"x_cost\": \"free_call\",",
    "\"x_cost\": \"free_call\",\n      \"x_priority\": 99,", "\"x_priority\": 99",
    "must be a whole number from 0 to 30" },
  { "language", "good.json", "\"en\": \"Example City Kokoro Line\"",
    "\"fr\": \"Example City Kokoro Line\"", "\"fr\": \"Example City Kokoro Line\"",
    "'fr': is not a language code of the kiosk" },
  { "status", "good.json", "\"status\": \"active\",", "\"status\": \"open\",",
    "\"status\": \"open\"", "'open' is not a status" },
  { "24h-not-bool", "good.json", "\"x_24h\": true", "\"x_24h\": \"yes\"", "\"x_24h\": \"yes\"",
    "'x_24h': must be true or false" },
  /* No answer adds audience:men, and the entry answers no tag: nobody
   * would ever be shown it. */
  { "unreachable", "good.json",
    "{ \"taxonomy_term\": { \"taxonomy\": \"notalone-jp:audience\", \"code\": \"all\" } },\n"
    "        { \"taxonomy_term\": { \"taxonomy\": \"notalone-jp:tag\", \"code\": \"suicidal\" } }",
    "{ \"taxonomy_term\": { \"taxonomy\": \"notalone-jp:audience\", \"code\": \"men\" } }",
    "{\n      \"id\": \"kokoro-line\"", "no answers to the questions ever lead to this service" },
  { "csv-column", "good.csv", ",x_cost,", ",x_costs,", "id,status",
    "the column 'x_costs' is not one of the sheet's columns" },
  { "csv-quote", "good.csv", "\"Example City Welfare Division, Living Support\"",
    "\"Example City Welfare Division, Living Support", "5d3f0a4e", "is not closed" },
  { "csv-phone", "good.csv", "0120-000-111", "0120-000-11", "0120-000-11",
    "'number': malformed phone number" },
  { "csv-hours", "good.csv", "sat 13:00-17:00", "saturday 13:00", "saturday 13:00",
    "'hours': " },
  { "csv-translation", "good.csv", "Example City Kokoro Line", "", "kokoro-line,active",
    "'name': has no text in en" },
  { "csv-channel", "good.csv", ",visit,,mon-fri", ",,,mon-fri", ",,,mon-fri",
    "fills channel columns but not 'channel'" },
  { "csv-cells", "good.csv", "0120-000-111,24h,,,", "0120-000-111,24h,,,,,extra", "extra",
    "the row has 30 cells but there are only 28 columns" },
  { "csv-category", "good.csv", "living_costs;food_housing", "living_costs;food",
    "living_costs;food", "'categories': 'food' is not a known category" },
};

static void
test_bad (gconstpointer data)
{
  const BadCase *c = data;
  g_autoptr(NakCatalogue) catalogue = nak_test_open_catalogue ();
  g_autofree char *good = read_data (c->file);
  g_autoptr(GString) text = g_string_new (good);
  g_autofree char *path = NULL;
  g_autofree char *where = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(NakLocalSet) set = NULL;

  g_assert_cmpuint (g_string_replace (text, c->find, c->replace, 1), ==, 1);
  path = write_tmp (c->file, text->str);
  set = nak_local_set_load (catalogue, path, ja_en, &error);
  g_assert_null (set);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  where = g_strdup_printf ("%s:%u:", c->file, line_of (text->str, c->at));
  if (!g_str_has_prefix (error->message, where) || strstr (error->message, c->reason) == NULL)
    g_error ("expected \"%s … %s\", got \"%s\"", where, c->reason, error->message);
}

static void
test_bad_file_kinds (void)
{
  g_autoptr(NakCatalogue) catalogue = nak_test_open_catalogue ();
  g_autofree char *latin1 = write_tmp ("local.csv", "id,name\nx,\xe9t\xe9\n");
  g_autofree char *empty = write_tmp ("local.json", "");
  g_autofree char *scalar = write_tmp ("local2.json", "42\n");
  g_autofree char *other = write_tmp ("local.xlsx", "PK");
  struct { const char *path; const char *reason; } cases[] = {
    { latin1, "local.csv:1: the file is not UTF-8" },
    { empty, "local.json:1: the file is empty" },
    { scalar, "local2.json:1: expected a list of HSDS services" },
    { other, "must end in .json (HSDS JSON) or .csv" },
    { "/nonexistent/local.json", "local.json: " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(NakLocalSet) set = nak_local_set_load (catalogue, cases[i].path, ja_en, &error);

      g_assert_null (set);
      g_assert_nonnull (error);
      if (strstr (error->message, cases[i].reason) == NULL)
        g_error ("%s: expected \"%s\", got \"%s\"", cases[i].path, cases[i].reason,
                 error->message);
    }
}

/* A language the kiosk offers must be written; one it does not offer is
 * filled with the English text, so that nothing is ever missing. */
static void
test_languages_offered (void)
{
  g_autoptr(NakCatalogue) catalogue = nak_test_open_catalogue ();
  g_autofree char *path = data_path ("good.json");
  const char * const ja_en_ko[] = { "ja", "en", "ko", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(NakLocalSet) set = nak_local_set_load (catalogue, path, ja_en_ko, &error);

  g_assert_null (set);
  g_assert_error (error, NAK_LOCAL_ERROR, NAK_LOCAL_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "good.json:6: 'name': has no text in ko "));
  g_clear_error (&error);

  /* NULL: every language of the catalogue is offered. */
  set = nak_local_set_load (catalogue, path, NULL, &error);
  g_assert_null (set);
  g_assert_nonnull (strstr (error->message, "has no text in zh_CN, ko,"));
  g_clear_error (&error);

  set = nak_local_set_load (catalogue, path, ja_en, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nak_text_store_get (set->texts, "entry:local_kokoro_line", "name", "ko"), ==,
                   "Example City Kokoro Line");
  g_assert_cmpstr (nak_text_store_get (set->texts, "entry:local_kokoro_line", "name", "th"), ==,
                   "Example City Kokoro Line");
  /* A text with no English falls back to the Japanese. */
  g_assert_cmpstr (nak_text_store_get (set->texts, "entry:local_ibasho_minna", "note.1", "ko"),
                   ==, NULL);
  g_assert_cmpstr (nak_text_store_get (set->texts, "entry:local_kokoro_line", "summary", "id"), ==,
                   "Someone listens, day and night, when you feel overwhelmed.");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("NAK_NOW", TODAY, TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/local/import/json-good-file-gives-three-entries", test_json_good);
  g_test_add_func ("/local/import/csv-good-file-gives-the-same-entries", test_csv_good);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/local/import/refuses-%s", bad_cases[i].name);

      g_test_add_data_func (name, &bad_cases[i], test_bad);
    }
  g_test_add_func ("/local/import/refuses-unreadable-files", test_bad_file_kinds);
  g_test_add_func ("/local/import/offered-languages-must-be-written", test_languages_offered);
  return g_test_run ();
}
