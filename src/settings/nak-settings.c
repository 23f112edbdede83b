/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The site's settings, read once at start from a keyfile staff can edit. */
#define G_LOG_DOMAIN "Nak-Settings"

#include "config.h"

#include "nak-settings.h"
#include "i18n/nak-languages.h"

#include <stdlib.h>
#include <string.h>

/* The file is documented in data/kiosk.conf.example. It is looked for at
 * $NAK_SETTINGS, then SYSCONFDIR/notalone-kiosk/kiosk.conf, then
 * PKGDATADIR/kiosk.conf. A missing file means defaults. A bad value never
 * stops the kiosk: it is reported (as a warning for the log, and in
 * `warnings` for the staff screen) and the default is used instead. */

#define GROUP "Kiosk"

/* Logs a problem for staff in `log_domain` and adds it to `warnings` (may
 * be NULL), the list the application keeps of what was wrong at start. */
void
nak_settings_warn_in (const char *log_domain,
                      GPtrArray  *warnings,
                      const char *format,
                      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_log (log_domain, G_LOG_LEVEL_WARNING, "%s", message);
  if (warnings != NULL)
    g_ptr_array_add (warnings, g_steal_pointer (&message));
}

NakSettings *
nak_settings_new_default (void)
{
  NakSettings *self = g_new0 (NakSettings, 1);
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
  const NakLanguage *all;
  guint n;

  self->site_name = g_strdup ("NotAlone Kiosk");
  self->idle_seconds = 90;
  self->countdown_seconds = 20;
  self->paper = NAK_PAPER_A4;
  all = nak_languages_get_all (&n);
  for (guint i = 0; i < n; i++)
    g_strv_builder_add (b, all[i].code);
  self->languages = g_strv_builder_end (b);
  self->default_language = g_strdup ("ja");
  self->local_first = TRUE;
  self->text_scale = 1.0;
  return self;
}

void
nak_settings_free (NakSettings *self)
{
  if (self == NULL)
    return;
  g_free (self->site_name);
  g_free (self->printer);
  g_strfreev (self->languages);
  g_free (self->default_language);
  g_free (self->staff_pin);
  g_free (self->local_entries);
  g_free (self->source);
  g_free (self);
}

gboolean
nak_settings_has_language (NakSettings *self,
                           const char  *code)
{
  return code != NULL && g_strv_contains ((const char * const *) self->languages, code);
}

/* The keys this file knows; any other is most likely a typo, whose value
 * would otherwise be silently ignored. */
static const char * const known_keys[] = {
  "site-name", "idle-seconds", "countdown-seconds", "printer", "paper", "languages",
  "default-language", "staff-pin", "local-first", "local-entries", "text-scale", NULL
};

/* The value of `key`, stripped; NULL when absent or empty, and when it is
 * not UTF-8 text (with a warning). */
static char *
get_string (GKeyFile   *kf,
            const char *key,
            GPtrArray  *warnings)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = g_key_file_get_string (kf, GROUP, key, &error);

  if (value == NULL)
    {
      if (!g_error_matches (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_KEY_NOT_FOUND))
        nak_settings_warn (warnings, "%s: %s; using the default", key, error->message);
      return NULL;
    }
  g_strstrip (value);
  if (*value == '\0')
    return NULL;
  return g_steal_pointer (&value);
}

static gboolean
has_control_chars (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_iscntrl (*p))
      return TRUE;
  return FALSE;
}

static void
read_seconds (GKeyFile   *kf,
              const char *key,
              guint       min,
              guint       max,
              guint      *out,
              GPtrArray  *warnings)
{
  g_autofree char *text = get_string (kf, key, warnings);
  char *end = NULL;
  guint64 v;

  if (text == NULL)
    return;
  v = g_ascii_strtoull (text, &end, 10);
  if (end == text || *end != '\0' || v < min || v > max)
    {
      nak_settings_warn (warnings, "%s: '%s' is not a number of seconds from %u to %u; using %u", key, text,
            min, max, *out);
      return;
    }
  *out = (guint) v;
}

/* A CUPS queue name (any printable character but space, tab, '/', '\\' and
 * '#') or an ipp:// or ipps:// address. */
static gboolean
is_valid_printer (const char *printer)
{
  if (g_str_has_prefix (printer, "ipp://") || g_str_has_prefix (printer, "ipps://"))
    return strlen (printer) > strlen ("ipps://") && strpbrk (printer, " \t") == NULL &&
           !has_control_chars (printer);
  return strpbrk (printer, " \t/\\#") == NULL && !has_control_chars (printer) &&
         strlen (printer) <= 127;
}

static void
apply_languages (NakSettings *self,
                 GKeyFile    *kf,
                 GPtrArray   *warnings)
{
  g_auto(GStrv) langs = g_key_file_get_string_list (kf, GROUP, "languages", NULL, NULL);
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (langs != NULL)
    {
      for (guint i = 0; langs[i] != NULL; i++)
        {
          g_strstrip (langs[i]);
          if (*langs[i] == '\0')
            continue;
          if (!nak_languages_is_supported (langs[i]))
            nak_settings_warn (warnings, "languages: '%s' is not a supported language; left out", langs[i]);
          else if (!g_hash_table_add (seen, langs[i]))
            nak_settings_warn (warnings, "languages: '%s' is listed twice; shown once", langs[i]);
          else
            g_strv_builder_add (b, langs[i]);
        }
      if (g_hash_table_size (seen) > 0)
        {
          g_strfreev (self->languages);
          self->languages = g_strv_builder_end (b);
        }
      else
        nak_settings_warn (warnings, "languages: no supported language listed; offering all of them");
    }
  /* Japanese is always offered: the desk must be able to read the screen. */
  if (!nak_settings_has_language (self, "ja"))
    {
      g_autoptr(GStrvBuilder) with_ja = g_strv_builder_new ();

      g_strv_builder_add (with_ja, "ja");
      g_strv_builder_addv (with_ja, (const char **) self->languages);
      g_strfreev (self->languages);
      self->languages = g_strv_builder_end (with_ja);
    }
}

static void
apply (NakSettings *self,
       GKeyFile    *kf,
       GPtrArray   *warnings)
{
  g_autofree char *site = get_string (kf, "site-name", warnings);
  g_autofree char *printer = get_string (kf, "printer", warnings);
  g_autofree char *paper = get_string (kf, "paper", warnings);
  g_autofree char *lang = get_string (kf, "default-language", warnings);
  g_autofree char *pin = get_string (kf, "staff-pin", warnings);
  g_autofree char *local = get_string (kf, "local-entries", warnings);
  g_autofree char *scale = get_string (kf, "text-scale", warnings);
  g_autofree char *local_first = get_string (kf, "local-first", warnings);
  g_auto(GStrv) keys = g_key_file_get_keys (kf, GROUP, NULL, NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    if (!g_strv_contains (known_keys, keys[i]))
      nak_settings_warn (warnings, "%s: not a setting (a misspelt name?); ignored", keys[i]);

  if (site != NULL)
    {
      if (g_utf8_strlen (site, -1) > 60 || has_control_chars (site))
        nak_settings_warn (warnings, "site-name: longer than 60 characters or not one line; using '%s'",
              self->site_name);
      else
        {
          g_free (self->site_name);
          self->site_name = g_steal_pointer (&site);
        }
    }

  read_seconds (kf, "idle-seconds", 30, 900, &self->idle_seconds, warnings);
  read_seconds (kf, "countdown-seconds", 10, 120, &self->countdown_seconds, warnings);

  if (printer != NULL)
    {
      if (!is_valid_printer (printer))
        nak_settings_warn (warnings, "printer: '%s' is neither a CUPS queue name nor an ipp:// address; "
                        "using the CUPS default", printer);
      else
        self->printer = g_steal_pointer (&printer);
    }

  if (paper != NULL)
    {
      if (g_ascii_strcasecmp (paper, "a4") == 0)
        self->paper = NAK_PAPER_A4;
      else if (g_ascii_strcasecmp (paper, "letter") == 0)
        self->paper = NAK_PAPER_LETTER;
      else
        nak_settings_warn (warnings, "paper: '%s' is not A4 or Letter; using A4", paper);
    }

  apply_languages (self, kf, warnings);

  if (lang != NULL)
    {
      if (nak_settings_has_language (self, lang))
        {
          g_free (self->default_language);
          self->default_language = g_steal_pointer (&lang);
        }
      else
        nak_settings_warn (warnings, "default-language: '%s' is not an enabled language; using Japanese", lang);
    }

  if (pin != NULL)
    {
      gboolean digits = strlen (pin) >= 4 && strlen (pin) <= 8;

      for (const char *p = pin; *p != '\0' && digits; p++)
        digits = g_ascii_isdigit (*p);
      if (digits)
        self->staff_pin = g_steal_pointer (&pin);
      else
        nak_settings_warn (warnings, "staff-pin: must be 4 to 8 digits; no PIN is set (staff then leave the kiosk by stopping its service)");
    }

  if (local_first != NULL)
    {
      if (g_str_equal (local_first, "true"))
        self->local_first = TRUE;
      else if (g_str_equal (local_first, "false"))
        self->local_first = FALSE;
      else
        nak_settings_warn (warnings, "local-first: '%s' is not true or false; using true", local_first);
    }

  if (local != NULL)
    {
      /* The kiosk's working directory is nobody's business: a relative path
       * would point somewhere different under systemd and by hand. */
      if (!g_path_is_absolute (local))
        nak_settings_warn (warnings, "local-entries: '%s' is not an absolute path (/etc/…); no local "
                        "entries are loaded", local);
      else
        self->local_entries = g_steal_pointer (&local);
    }

  if (scale != NULL)
    {
      char *end = NULL;
      double v = g_ascii_strtod (scale, &end);

      /* Written so that NaN, which compares false with anything, fails too. */
      if (end == scale || *end != '\0' || !(v >= 1.0 && v <= 2.0))
        nak_settings_warn (warnings, "text-scale: '%s' is not a number from 1.0 to 2.0; using 1.0", scale);
      else
        self->text_scale = v;
    }
}

/* Reads `path`. Never fails: problems become warnings and defaults. */
NakSettings *
nak_settings_load (const char *path,
                   GPtrArray  *warnings)
{
  NakSettings *self = nak_settings_new_default ();
  g_autoptr(GKeyFile) kf = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  if (!g_key_file_load_from_file (kf, path, G_KEY_FILE_NONE, &error))
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        nak_settings_warn (warnings, "%s: %s; using the default settings", path, error->message);
      return self;
    }
  self->source = g_strdup (path);
  if (!g_key_file_has_group (kf, GROUP))
    {
      nak_settings_warn (warnings, "%s: no [%s] group; using the default settings", path, GROUP);
      return self;
    }
  apply (self, kf, warnings);
  return self;
}

NakSettings *
nak_settings_load_default (GPtrArray *warnings)
{
  const char *env = g_getenv ("NAK_SETTINGS");
  g_autofree char *etc = g_build_filename (SYSCONFDIR, "notalone-kiosk", "kiosk.conf", NULL);
  g_autofree char *share = g_build_filename (PKGDATADIR, "kiosk.conf", NULL);

  if (env != NULL && *env != '\0')
    return nak_settings_load (env, warnings);
  if (g_file_test (etc, G_FILE_TEST_EXISTS))
    return nak_settings_load (etc, warnings);
  return nak_settings_load (share, warnings);
}
