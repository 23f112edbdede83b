/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One human-edited source file: its keys, and the line each key stands on. */
#define G_LOG_DOMAIN "Nak-Catalogue"

#include "config.h"

#include "nak-source-file.h"

#include <string.h>

/* GKeyFile parses the file but forgets where each key stood, and a reviewer
 * needs "entries/foo.entry:12: …". We keep the text and find the line again
 * when reporting: the first line of [group] that sets key (or key[lang]). */

G_DEFINE_QUARK (nak-source-error-quark, nak_source_error)

NakSourceFile *
nak_source_file_load (const char  *path,
                      const char  *display,
                      GError     **error)
{
  g_autoptr(NakSourceFile) self = g_new0 (NakSourceFile, 1);
  g_autoptr(GError) local = NULL;
  gsize length;

  self->display = g_strdup (display);
  if (!g_file_get_contents (path, &self->contents, &length, error))
    return NULL;

  if (!g_utf8_validate (self->contents, length, NULL))
    {
      g_set_error (error, NAK_SOURCE_ERROR, NAK_SOURCE_ERROR_SYNTAX,
                   "%s: the file is not valid UTF-8", display);
      return NULL;
    }

  self->keyfile = g_key_file_new ();
  if (!g_key_file_load_from_data (self->keyfile, self->contents, length, G_KEY_FILE_KEEP_TRANSLATIONS, &local))
    {
      g_set_error (error, NAK_SOURCE_ERROR, NAK_SOURCE_ERROR_SYNTAX, "%s: %s", display,
                   local->message);
      return NULL;
    }
  return g_steal_pointer (&self);
}

void
nak_source_file_free (NakSourceFile *self)
{
  if (self == NULL)
    return;
  g_free (self->display);
  g_free (self->contents);
  g_clear_pointer (&self->keyfile, g_key_file_unref);
  g_free (self);
}

/* 1-based line of `key` in `group` (or of the group header when key is
 * NULL or absent); 0 when the group is absent too. */
guint
nak_source_file_line (NakSourceFile *self,
                      const char    *group,
                      const char    *key)
{
  g_auto(GStrv) lines = g_strsplit (self->contents, "\n", -1);
  g_autofree char *header = g_strdup_printf ("[%s]", group);
  guint group_line = 0;
  gsize key_len = key != NULL ? strlen (key) : 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *l = lines[i];

      while (*l == ' ' || *l == '\t')
        l++;

      if (*l == '[')
        {
          if (group_line != 0)
            break;  /* end of our group */
          if (g_str_has_prefix (l, header))
            {
              group_line = i + 1;
              if (key == NULL)
                break;
            }
          continue;
        }

      if (group_line != 0 && key != NULL && strncmp (l, key, key_len) == 0)
        {
          const char *rest = l + key_len;

          while (*rest == ' ')
            rest++;
          if (*rest == '=' || *rest == '[')
            return i + 1;
        }
    }
  return group_line;
}

char *
nak_source_file_dup_where (NakSourceFile *self,
                           const char    *group,
                           const char    *key)
{
  guint line = nak_source_file_line (self, group, key);

  if (line == 0)
    return g_strdup (self->display);
  return g_strdup_printf ("%s:%u", self->display, line);
}

void
nak_source_file_fail (NakSourceFile  *self,
                      const char     *group,
                      const char     *key,
                      GError        **error,
                      NakSourceError  code,
                      const char     *format,
                      ...)
{
  g_autofree char *where = nak_source_file_dup_where (self, group, key);
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, NAK_SOURCE_ERROR, code, "%s: %s", where, what);
}

/* The stripped value, or NULL when absent or empty. */
char *
nak_source_file_get (NakSourceFile *self,
                     const char    *group,
                     const char    *key)
{
  g_autofree char *value = g_key_file_get_string (self->keyfile, group, key, NULL);

  if (value == NULL)
    return NULL;
  g_strstrip (value);
  if (*value == '\0')
    return NULL;
  return g_steal_pointer (&value);
}

char *
nak_source_file_require (NakSourceFile *self,
                         const char    *group,
                         const char    *key,
                         GError       **error)
{
  char *value = nak_source_file_get (self, group, key);

  if (value == NULL)
    nak_source_file_fail (self, group, key, error, NAK_SOURCE_ERROR_MISSING,
                          "[%s] needs '%s='", group, key);
  return value;
}

/* A ';'-separated list, entries stripped, empty ones dropped; never NULL. */
GStrv
nak_source_file_get_list (NakSourceFile *self,
                          const char    *group,
                          const char    *key)
{
  g_autofree char *value = nak_source_file_get (self, group, key);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (value != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (value, ";", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        {
          g_strstrip (parts[i]);
          if (*parts[i] != '\0')
            g_strv_builder_add (builder, parts[i]);
        }
    }
  return g_strv_builder_end (builder);
}

gboolean
nak_source_file_get_bool (NakSourceFile *self,
                          const char    *group,
                          const char    *key,
                          gboolean      *value,
                          GError       **error)
{
  g_autofree char *text = nak_source_file_get (self, group, key);

  *value = FALSE;
  if (text == NULL || g_str_equal (text, "false"))
    return TRUE;
  if (g_str_equal (text, "true"))
    {
      *value = TRUE;
      return TRUE;
    }
  nak_source_file_fail (self, group, key, error, NAK_SOURCE_ERROR_BAD_VALUE,
                        "'%s=' must be true or false, not '%s'", key, text);
  return FALSE;
}

/* Copies key[lang] for every language into `texts`. When the key is
 * required, or present in any language, it must be there in all of them:
 * a visitor must never meet a blank where a sentence should be. */
gboolean
nak_source_file_take_texts (NakSourceFile      *self,
                            const char         *group,
                            const char         *key,
                            gboolean            required,
                            const char * const *languages,
                            NakTextStore       *texts,
                            const char         *owner,
                            const char         *field,
                            GError            **error)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);
  guint present = 0;

  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *lkey = g_strdup_printf ("%s[%s]", key, languages[i]);
      g_autofree char *value = nak_source_file_get (self, group, lkey);

      if (value == NULL)
        {
          g_ptr_array_add (missing, g_strdup (languages[i]));
          continue;
        }
      present++;
      nak_text_store_set (texts, owner, field, languages[i], value);
    }

  if (missing->len > 0 && (required || present > 0))
    {
      g_ptr_array_add (missing, NULL);
      {
        g_autofree char *list = g_strjoinv (", ", (char **) missing->pdata);

        nak_source_file_fail (self, group, key, error, NAK_SOURCE_ERROR_MISSING_TEXT,
                              "'%s' has no text in %s", key, list);
      }
      return FALSE;
    }
  return TRUE;
}
