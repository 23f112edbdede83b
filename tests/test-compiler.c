/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The catalogue compiler refuses every kind of bad data with file, line and reason. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

/* Each case copies the small valid fixture in tests/data/compiler/valid,
 * makes one change to one file, runs the real compiler and checks that it
 * refuses with the file:line and the reason a reviewer needs. */

typedef struct
{
  const char *name;
  const char *file;       /* relative to the fixture */
  const char *find;       /* text to replace (NULL: write `replace` as the whole file) */
  const char *replace;
  const char *where;      /* expected "file:line" in the message */
  const char *why;        /* expected words of the reason */
} Case;

static const Case cases[] = {
  { "missing-source", "entries/housing_desk.entry", "source=https://www.example.go.jp/housing\n",
    "", "entries/housing_desk.entry", "needs 'source='" },
  { "source-not-a-url", "entries/housing_desk.entry", "source=https://www.example.go.jp/housing",
    "source=a leaflet I saw", "entries/housing_desk.entry:", "must start with the URL" },
  { "missing-check-date", "entries/housing_desk.entry", "checked=2026-11-01\n", "",
    "entries/housing_desk.entry", "needs 'checked='" },
  { "bad-check-date", "entries/housing_desk.entry", "checked=2026-11-01", "checked=2026-13-40",
    "entries/housing_desk.entry:9", "not a date" },
  { "check-date-after-catalogue", "entries/housing_desk.entry", "checked=2026-11-01",
    "checked=2026-12-24", "entries/housing_desk.entry:9", "later than the catalogue" },
  { "low-confidence", "entries/housing_desk.entry", "confidence=high", "confidence=low",
    "entries/housing_desk.entry:10", "low fact is not shipped" },
  { "malformed-phone", "entries/housing_desk.entry", "number=0120-000-000", "number=0120-000-00",
    "entries/housing_desk.entry:18", "malformed phone number" },
  { "phone-with-letters", "entries/housing_desk.entry", "number=0120-000-000",
    "number=0120-ABC-000", "entries/housing_desk.entry:18", "malformed phone number" },
  { "unknown-category", "entries/housing_desk.entry", "categories=food_housing",
    "categories=food_housing;weather", "entries/housing_desk.entry:3", "'weather' is not a known category" },
  { "unknown-audience", "entries/housing_desk.entry", "audience=all", "audience=everyone",
    "entries/housing_desk.entry:4", "'everyone' is not a known audience" },
  { "unknown-tag", "entries/housing_desk.entry", "tags=rent_overdue", "tags=rent_overdue;rainy_day",
    "entries/housing_desk.entry:5", "'rainy_day' is not a known situation tag" },
  { "missing-translation", "entries/housing_desk.entry", "summary[en]=You can talk about housing.\n",
    "", "entries/housing_desk.entry:13", "'summary' has no text in en" },
  { "bad-hours", "entries/housing_desk.entry", "hours=mon-fri 09:00-17:00",
    "hours=weekdays 9-5", "entries/housing_desk.entry:19", "not a" },
  { "bad-closing-rule", "entries/housing_desk.entry", "closed=holidays", "closed=sundays",
    "entries/housing_desk.entry:20", "not a closing rule" },
  { "no-channel", "entries/housing_desk.entry", "[Channel 1]", "[Not a channel]",
    "entries/housing_desk.entry", "at least one [Channel 1]" },
  { "syntax-error", "entries/housing_desk.entry", "kind=contact", "kind contact",
    "entries/housing_desk.entry", "" },
  { "no-start-step", "flow/who.step", "start=true", "start=false", "", "no step is marked start" },
  { "two-start-steps", "flow/worry.step", "kind=choice", "kind=choice\nstart=true",
    "flow/", "is marked start=true, but so is" },
  { "answer-leading-nowhere", "flow/worry.step", "next=results", "next=resluts",
    "flow/worry.step:9", "leads to 'resluts', which does not exist" },
  { "unreachable-step", "flow/lost.step", NULL,
    "[Step]\nkind=choice\ntitle[ja]=迷子\ntitle[en]=Lost\n\n[Choice x]\nlabel[ja]=x\nlabel[en]=x\nnext=results\n",
    "flow/lost.step:1", "cannot be reached from the start" },
  { "question-without-answers", "flow/worry.step",
    "\n[Choice rent]\nlabel[ja]=家賃\nlabel[en]=Rent\nnext=results\nadds=category:food_housing tag:rent_overdue\n",
    "\n", "flow/worry.step:1", "has no answers" },
  { "unknown-category-in-flow", "flow/worry.step", "adds=category:food_housing",
    "adds=category:weather", "flow/worry.step:9", "unknown category 'weather'" },
  { "missing-step-title", "flow/who.step", "title[en]=Who is it for?\n", "",
    "flow/who.step:4", "'title' has no text in en" },
  { "entry-never-recommended", "entries/housing_desk.entry",
    "categories=food_housing\naudience=all\ntags=rent_overdue\n", "categories=care\naudience=all\n", "entries/housing_desk.entry:1", "no path through the flow ever recommends" },
  { "missing-translation-file-key", "translations/ko.ini", "summary=주거에 대해 상담할 수 있습니다.\n", "",
    "translations/ko.ini", "has no 'summary=' in ko" },
  { "stale-translation-key", "translations/ko.ini", "title=상담처\n", "title=상담처\nhint=오래된 힌트\n",
    "translations/ko.ini:", "translates nothing" },
};

static void
copy_tree (GFile *from,
           GFile *to)
{
  g_autoptr(GFileEnumerator) e = NULL;
  GFileInfo *info;

  g_assert_true (g_file_make_directory_with_parents (to, NULL, NULL) || g_file_query_exists (to, NULL));
  e = g_file_enumerate_children (from, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_assert_nonnull (e);
  while ((info = g_file_enumerator_next_file (e, NULL, NULL)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;
      g_autoptr(GFile) a = g_file_get_child (from, g_file_info_get_name (info));
      g_autoptr(GFile) b = g_file_get_child (to, g_file_info_get_name (info));

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        copy_tree (a, b);
      else
        g_assert_true (g_file_copy (a, b, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
    }
}

static char *
make_fixture (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nak-compiler-XXXXXX", NULL);
  g_autofree char *src_path = g_build_filename (TEST_DATA_DIR, "compiler", "valid", NULL);
  g_autoptr(GFile) src = g_file_new_for_path (src_path);
  char *dst_path = g_build_filename (dir, "catalogue", NULL);
  g_autoptr(GFile) dst = g_file_new_for_path (dst_path);

  copy_tree (src, dst);
  return dst_path;
}

static int
compile (const char  *dir,
         char       **err)
{
  g_autofree char *out = g_build_filename (dir, "..", "out.sqlite", NULL);
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;

  proc = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                           &error, g_getenv ("NAK_COMPILER"), dir, out, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, NULL, err, &error);
  g_assert_no_error (error);
  return g_subprocess_get_exit_status (proc);
}

static void
test_valid_fixture_compiles (void)
{
  g_autofree char *dir = make_fixture ();
  g_autofree char *err = NULL;

  g_assert_cmpint (compile (dir, &err), ==, 0);
}

static void
test_refuses (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *dir = make_fixture ();
  g_autofree char *path = g_build_filename (dir, c->file, NULL);
  g_autofree char *out = g_build_filename (dir, "..", "out.sqlite", NULL);
  g_autofree char *err = NULL;

  if (c->find != NULL)
    {
      g_autofree char *contents = NULL;
      g_autoptr(GString) s = NULL;

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_nonnull (strstr (contents, c->find));
      s = g_string_new (contents);
      g_string_replace (s, c->find, c->replace, 1);
      g_assert_true (g_file_set_contents (path, s->str, s->len, NULL));
    }
  else
    g_assert_true (g_file_set_contents (path, c->replace, -1, NULL));

  g_assert_cmpint (compile (dir, &err), ==, 1);
  if (strstr (err, c->where) == NULL || strstr (err, c->why) == NULL)
    g_error ("%s: expected '%s' and '%s' in: %s", c->name, c->where, c->why, err);
  /* A refused catalogue writes nothing: the last good one stays. */
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/nak/compiler/valid-fixture-compiles", test_valid_fixture_compiles);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/nak/compiler/refuses/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_refuses);
    }
  return g_test_run ();
}
