/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The site settings file: good values are read, every bad value is logged and gives the default. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "settings/nak-settings.h"

static char *
write_conf (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nak-settings-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, "kiosk.conf", NULL);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

static NakSettings *
load_text (const char *text,
           GPtrArray  *warnings)
{
  g_autofree char *path = write_conf (text);

  return nak_settings_load (path, warnings);
}

static void
test_good (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(NakSettings) s = load_text ("# A library in Example City\n"
                                        "[Kiosk]\n"
                                        "site-name=例市立図書館\n"
                                        "idle-seconds=120\n"
                                        "countdown-seconds=30\n"
                                        "printer=ipp://192.168.1.20/ipp/print\n"
                                        "paper=Letter\n"
                                        "languages=en; ja ;pt_BR;vi\n"
                                        "default-language=en\n"
                                        "staff-pin=2468\n"
                                        "local-first=false\n"
                                        "local-entries=/etc/notalone-kiosk/local.csv\n"
                                        "text-scale=1.25\n",
                                        warnings);
  const char * const langs[] = { "en", "ja", "pt_BR", "vi", NULL };

  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_cmpstr (s->site_name, ==, "例市立図書館");
  g_assert_cmpuint (s->idle_seconds, ==, 120);
  g_assert_cmpuint (s->countdown_seconds, ==, 30);
  g_assert_cmpstr (s->printer, ==, "ipp://192.168.1.20/ipp/print");
  g_assert_cmpint (s->paper, ==, NAK_PAPER_LETTER);
  g_assert_true (g_strv_equal ((const char * const *) s->languages, langs));
  g_assert_cmpstr (s->default_language, ==, "en");
  g_assert_cmpstr (s->staff_pin, ==, "2468");
  g_assert_false (s->local_first);
  g_assert_cmpstr (s->local_entries, ==, "/etc/notalone-kiosk/local.csv");
  g_assert_cmpfloat (s->text_scale, ==, 1.25);
  g_assert_nonnull (s->source);
}

/* The example file shipped for staff must itself be clean. */
static void
test_example (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(NakSettings) s = nak_settings_load (EXAMPLE_CONF, warnings);

  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_nonnull (s->source);
  g_assert_nonnull (s->staff_pin);
  g_assert_nonnull (s->local_entries);
}

static void
test_defaults (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(NakSettings) s = nak_settings_load ("/nonexistent/kiosk.conf", warnings);
  g_autoptr(NakSettings) empty = load_text ("[Kiosk]\nsite-name=\nidle-seconds=  \n", warnings);

  /* No file is not a problem: the defaults, and nothing to warn about. */
  g_assert_cmpuint (warnings->len, ==, 0);
  g_assert_null (s->source);
  g_assert_cmpstr (s->site_name, ==, "NotAlone Kiosk");
  g_assert_cmpuint (s->idle_seconds, ==, 90);
  g_assert_cmpuint (s->countdown_seconds, ==, 20);
  g_assert_null (s->printer);
  g_assert_cmpint (s->paper, ==, NAK_PAPER_A4);
  g_assert_cmpuint (g_strv_length (s->languages), ==, 11);
  g_assert_cmpstr (s->default_language, ==, "ja");
  g_assert_null (s->staff_pin);
  g_assert_true (s->local_first);
  g_assert_null (s->local_entries);
  g_assert_cmpfloat (s->text_scale, ==, 1.0);
  /* An empty value is the same as no value. */
  g_assert_cmpstr (empty->site_name, ==, "NotAlone Kiosk");
  g_assert_cmpuint (empty->idle_seconds, ==, 90);
}

typedef enum
{
  SITE, IDLE, COUNTDOWN, PRINTER, PAPER, LANGS, DEFAULT_LANG, PIN, LOCAL_FIRST, LOCAL, SCALE,
  NONE,
} Field;

typedef struct
{
  const char *lines;    /* what follows [Kiosk] */
  guint       n;        /* warnings expected */
  const char *pattern;  /* each must match this */
  Field       field;    /* which must then hold its default */
} BadValue;

static const BadValue bad_values[] = {
  { "site-name=例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例例",
    1, "*site-name:*", SITE },
  { "site-name=two\\nlines", 1, "*site-name:*", SITE },
  { "site-name=\xff\xfe", 1, "*site-name:*UTF-8*", SITE },
  { "idle-seconds=abc", 1, "*idle-seconds: 'abc'*", IDLE },
  { "idle-seconds=29", 1, "*idle-seconds: '29'*30 to 900*", IDLE },
  { "idle-seconds=901", 1, "*idle-seconds: '901'*", IDLE },
  { "idle-seconds=-60", 1, "*idle-seconds: '-60'*", IDLE },
  { "idle-seconds=60s", 1, "*idle-seconds: '60s'*", IDLE },
  { "idle-seconds=1e2", 1, "*idle-seconds: '1e2'*", IDLE },
  { "countdown-seconds=9", 1, "*countdown-seconds: '9'*", COUNTDOWN },
  { "countdown-seconds=121", 1, "*countdown-seconds: '121'*", COUNTDOWN },
  { "printer=Front desk", 1, "*printer: 'Front desk'*", PRINTER },
  { "printer=http://192.168.1.20/", 1, "*printer: 'http://*", PRINTER },
  { "printer=office/hl", 1, "*printer: 'office/hl'*", PRINTER },
  { "printer=hl#2", 1, "*printer: 'hl#2'*", PRINTER },
  { "printer=ipp://", 1, "*printer: 'ipp://'*", PRINTER },
  { "paper=A3", 1, "*paper: 'A3'*", PAPER },
  { "languages=xx;yy", 3, "*languages:*", LANGS },
  { "languages=;;", 1, "*languages: no supported language*", LANGS },
  { "default-language=fr", 1, "*default-language: 'fr'*", DEFAULT_LANG },
  { "languages=ja;en\ndefault-language=ko", 1, "*default-language: 'ko'*", DEFAULT_LANG },
  { "staff-pin=12a4", 1, "*staff-pin:*4 to 8 digits*", PIN },
  { "staff-pin=123", 1, "*staff-pin:*", PIN },
  { "staff-pin=123456789", 1, "*staff-pin:*", PIN },
  { "local-first=yes", 1, "*local-first: 'yes'*", LOCAL_FIRST },
  { "local-entries=local.csv", 1, "*local-entries: 'local.csv' is not an absolute path*", LOCAL },
  { "text-scale=nan", 1, "*text-scale: 'nan'*", SCALE },
  { "text-scale=inf", 1, "*text-scale: 'inf'*", SCALE },
  { "text-scale=0.5", 1, "*text-scale: '0.5'*", SCALE },
  { "text-scale=2.5", 1, "*text-scale: '2.5'*", SCALE },
  { "text-scale=big", 1, "*text-scale: 'big'*", SCALE },
  { "idle_seconds=120", 1, "*idle_seconds: not a setting*", IDLE },
};

static void
assert_default (NakSettings *s,
                Field        field)
{
  g_autoptr(NakSettings) d = nak_settings_new_default ();

  switch (field)
    {
    case SITE: g_assert_cmpstr (s->site_name, ==, d->site_name); break;
    case IDLE: g_assert_cmpuint (s->idle_seconds, ==, d->idle_seconds); break;
    case COUNTDOWN: g_assert_cmpuint (s->countdown_seconds, ==, d->countdown_seconds); break;
    case PRINTER: g_assert_null (s->printer); break;
    case PAPER: g_assert_cmpint (s->paper, ==, d->paper); break;
    case LANGS:
      g_assert_true (g_strv_equal ((const char * const *) s->languages,
                                   (const char * const *) d->languages));
      break;
    case DEFAULT_LANG: g_assert_cmpstr (s->default_language, ==, "ja"); break;
    case PIN: g_assert_null (s->staff_pin); break;
    case LOCAL_FIRST: g_assert_true (s->local_first); break;
    case LOCAL: g_assert_null (s->local_entries); break;
    case SCALE: g_assert_cmpfloat (s->text_scale, ==, 1.0); break;
    case NONE:
    default: break;
    }
}

static void
test_bad_value (gconstpointer data)
{
  const BadValue *c = data;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = g_strdup_printf ("[Kiosk]\n%s\n", c->lines);
  g_autoptr(NakSettings) s = NULL;

  /* Each warning goes to the log (for the journal) … */
  for (guint i = 0; i < c->n; i++)
    g_test_expect_message ("Nak-Settings", G_LOG_LEVEL_WARNING, c->pattern);
  s = load_text (text, warnings);
  g_test_assert_expected_messages ();
  /* … and to the list the staff screen shows. */
  g_assert_cmpuint (warnings->len, ==, c->n);
  g_assert_true (g_pattern_match_simple (c->pattern, g_ptr_array_index (warnings, 0)));
  assert_default (s, c->field);
}

/* A language left out or listed twice is reported; the good ones stay. */
static void
test_partly_bad_languages (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(NakSettings) s = NULL;
  const char * const langs[] = { "ja", "en", "ko", NULL };

  g_test_expect_message ("Nak-Settings", G_LOG_LEVEL_WARNING, "*'xx' is not a supported*");
  g_test_expect_message ("Nak-Settings", G_LOG_LEVEL_WARNING, "*'en' is listed twice*");
  s = load_text ("[Kiosk]\nlanguages=en;xx;en;ko\n", warnings);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (warnings->len, ==, 2);
  /* Japanese is always offered, first, for the desk. */
  g_assert_true (g_strv_equal ((const char * const *) s->languages, langs));
}

static void
test_bad_files (void)
{
  struct { const char *text; const char *pattern; } cases[] = {
    { "site-name=no group\n", "*does not start with a group*using the default settings*" },
    { "[Kiosk]\nthis line is not a key\n", "*using the default settings*" },
    { "[Other]\nsite-name=x\n", "*no [Kiosk] group*" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(NakSettings) s = NULL;

      g_test_expect_message ("Nak-Settings", G_LOG_LEVEL_WARNING, cases[i].pattern);
      s = load_text (cases[i].text, warnings);
      g_test_assert_expected_messages ();
      g_assert_cmpuint (warnings->len, ==, 1);
      g_assert_cmpstr (s->site_name, ==, "NotAlone Kiosk");
    }
}

/* $NAK_SETTINGS names the file first (tests, a staff member trying one). */
static void
test_load_default_env (void)
{
  g_autofree char *path = write_conf ("[Kiosk]\nsite-name=From the environment\n");
  g_autoptr(NakSettings) s = NULL;

  g_setenv ("NAK_SETTINGS", path, TRUE);
  s = nak_settings_load_default (NULL);
  g_unsetenv ("NAK_SETTINGS");
  g_assert_cmpstr (s->site_name, ==, "From the environment");
  g_assert_cmpstr (s->source, ==, path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/settings/good-values-are-read", test_good);
  g_test_add_func ("/settings/shipped-example-is-clean", test_example);
  g_test_add_func ("/settings/no-file-means-defaults", test_defaults);
  for (guint i = 0; i < G_N_ELEMENTS (bad_values); i++)
    {
      g_autofree char *name = g_strdup_printf ("/settings/bad-value-%u-warns-and-keeps-default", i);

      g_test_add_data_func (name, &bad_values[i], test_bad_value);
    }
  g_test_add_func ("/settings/partly-bad-languages-keep-the-good-ones",
                   test_partly_bad_languages);
  g_test_add_func ("/settings/unreadable-file-means-defaults", test_bad_files);
  g_test_add_func ("/settings/environment-names-the-file", test_load_default_env);
  return g_test_run ();
}
