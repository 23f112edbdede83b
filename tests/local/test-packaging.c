/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Flatpak manifest, desktop file, metainfo and icons: valid, pinned, one app id. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

/* flatpak-builder needs the network, which the test machines do not have.
 * So the manifest is checked here instead: it parses, it asks for exactly
 * the sandbox the kiosk needs (no network at all, printing through CUPS),
 * every source is pinned, and its modules match what the meson files ask
 * for, through flatpak/dependencies.txt. */

#define MANIFEST SRCDIR "/flatpak/" APP_ID_BASE ".json"

static JsonParser *parser;

static JsonObject *
manifest (void)
{
  return json_node_get_object (json_parser_get_root (parser));
}

static JsonArray *
modules (void)
{
  return json_object_get_array_member (manifest (), "modules");
}

static JsonObject *
find_module (const char *name)
{
  for (guint i = 0; i < json_array_get_length (modules ()); i++)
    {
      JsonObject *m = json_array_get_object_element (modules (), i);

      if (g_strcmp0 (json_object_get_string_member (m, "name"), name) == 0)
        return m;
    }
  return NULL;
}

static gboolean
is_hex (const char *text,
        gsize       length)
{
  if (text == NULL || strlen (text) != length)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isxdigit (text[i]) || g_ascii_isupper (text[i]))
      return FALSE;
  return TRUE;
}

static void
test_identity (void)
{
  JsonObject *m = manifest ();

  g_assert_cmpstr (json_object_get_string_member (m, "app-id"), ==, APP_ID_BASE);
  g_assert_cmpstr (json_object_get_string_member (m, "runtime"), ==, "org.gnome.Platform");
  g_assert_cmpstr (json_object_get_string_member (m, "sdk"), ==, "org.gnome.Sdk");
  /* GNOME 43 carries GTK 4.8, the GTK of Debian 12 that the tests run with. */
  g_assert_cmpstr (json_object_get_string_member (m, "runtime-version"), ==, "43");
  g_assert_cmpstr (json_object_get_string_member (m, "command"), ==, "notalone-kiosk");
}

static gboolean
has_arg (JsonArray  *args,
         const char *prefix)
{
  for (guint i = 0; i < json_array_get_length (args); i++)
    if (g_str_has_prefix (json_array_get_string_element (args, i), prefix))
      return TRUE;
  return FALSE;
}

static void
test_sandbox (void)
{
  JsonArray *args = json_object_get_array_member (manifest (), "finish-args");
  const char *needed[] = { "--socket=wayland", "--socket=fallback-x11", "--device=dri",
                           "--socket=cups", "--share=ipc" };
  /* Offline is a guarantee only if nothing can reach a network or the host. */
  const char *never[] = { "--share=network", "--socket=x11", "--filesystem=host",
                          "--filesystem=home", "--socket=system-bus", "--socket=session-bus",
                          "--talk-name=org.freedesktop.Flatpak", "--device=all" };

  for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
    if (!has_arg (args, needed[i]))
      g_error ("finish-args lacks %s", needed[i]);
  for (guint i = 0; i < G_N_ELEMENTS (never); i++)
    for (guint k = 0; k < json_array_get_length (args); k++)
      {
        const char *arg = json_array_get_string_element (args, k);

        /* host-etc (read-only, for /etc/notalone-kiosk) is not host. */
        if (g_str_equal (arg, never[i]) ||
            (g_str_has_prefix (arg, never[i]) && arg[strlen (never[i])] == ':'))
          g_error ("finish-args must not have %s", arg);
      }
  g_assert_true (has_arg (args, "--filesystem=host-etc:ro"));
}

/* Every source is pinned: a git tag with its commit, or a file's sha256. */
static void
test_pinned (void)
{
  for (guint i = 0; i < json_array_get_length (modules ()); i++)
    {
      JsonObject *m = json_array_get_object_element (modules (), i);
      const char *name = json_object_get_string_member (m, "name");
      JsonArray *sources = json_object_get_array_member (m, "sources");

      g_assert_nonnull (name);
      g_assert_cmpuint (json_array_get_length (sources), >, 0);
      if (json_object_has_member (m, "build-options"))
        {
          JsonObject *options = json_object_get_object_member (m, "build-options");
          JsonNode *build_args = json_object_get_member (options, "build-args");

          if (build_args != NULL && JSON_NODE_HOLDS_ARRAY (build_args))
            g_assert_false (has_arg (json_node_get_array (build_args), "--share=network"));
        }
      for (guint k = 0; k < json_array_get_length (sources); k++)
        {
          JsonObject *s = json_array_get_object_element (sources, k);
          const char *type = json_object_get_string_member (s, "type");

          if (g_str_equal (type, "git"))
            {
              if (!is_hex (json_object_get_string_member_with_default (s, "commit", NULL), 40) ||
                  !json_object_has_member (s, "tag") || json_object_has_member (s, "branch"))
                g_error ("module %s: a git source needs a tag and its 40-digit commit", name);
            }
          else if (g_str_equal (type, "file") || g_str_equal (type, "archive"))
            {
              if (!is_hex (json_object_get_string_member_with_default (s, "sha256", NULL), 64))
                g_error ("module %s: %s needs its sha256", name,
                         json_object_get_string_member (s, "url"));
              g_assert_true (g_str_has_prefix (json_object_get_string_member (s, "url"),
                                               "https://"));
            }
          else if (g_str_equal (type, "dir"))
            /* Only the kiosk itself is built from this tree. */
            g_assert_cmpstr (name, ==, "notalone-kiosk");
          else
            g_error ("module %s: source type %s is not checked here", name, type);
        }
    }
  /* libharu is the release the PDF code was measured with (Debian 12's). */
  {
    JsonObject *harus = json_array_get_object_element (
      json_object_get_array_member (find_module ("libharu"), "sources"), 0);

    g_assert_cmpstr (json_object_get_string_member (harus, "tag"), ==, "RELEASE_2_3_0");
    g_assert_cmpstr (json_object_get_string_member (harus, "commit"), ==,
                     "4ae1d5f4c84459f130bf1b1ef4c5c330af8eca5d");
  }
  /* The app comes last: everything it links is built before it. */
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (modules (),
                                                    json_array_get_length (modules ()) - 1),
                     "name"), ==, "notalone-kiosk");
}

/* The names in dependency('…') and find_library('…') of every meson.build. */
static void
collect_dependencies (const char *dir,
                      GHashTable *names)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GRegex) re = g_regex_new ("(dependency|find_library)\\s*\\(\\s*'([^']+)'", 0, 0, NULL);
  const char *entry;

  g_assert_nonnull (d);
  while ((entry = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, entry, NULL);

      if (entry[0] == '.' || g_str_has_prefix (entry, "_build") || g_str_equal (entry, "flatpak"))
        continue;
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        collect_dependencies (path, names);
      else if (g_str_equal (entry, "meson.build"))
        {
          g_autofree char *text = NULL;
          g_autoptr(GMatchInfo) match = NULL;

          g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
          g_regex_match (re, text, 0, &match);
          while (g_match_info_matches (match))
            {
              g_autofree char *name = g_match_info_fetch (match, 2);

              /* libm is part of the C library everywhere. */
              if (!g_str_equal (name, "m"))
                g_hash_table_add (names, g_steal_pointer (&name));
              g_match_info_next (match, NULL);
            }
        }
    }
}

static void
test_modules_match_meson (void)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) provided = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTableIter iter;
  gpointer key, value;

  collect_dependencies (SRCDIR, wanted);
  g_assert_true (g_hash_table_contains (wanted, "hpdf"));
  g_assert_true (g_hash_table_contains (wanted, "gtk4"));

  g_assert_true (g_file_get_contents (SRCDIR "/flatpak/dependencies.txt", &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;
      char *hash = strchr (lines[i], '#');

      if (hash != NULL)
        *hash = '\0';
      words = g_strsplit_set (g_strstrip (lines[i]), " \t", -1);
      if (words[0] == NULL || *words[0] == '\0')
        continue;
      for (guint k = 1; words[k] != NULL; k++)
        if (*words[k] != '\0')
          {
            g_hash_table_insert (provided, g_strdup (words[0]), g_strdup (words[k]));
            break;
          }
    }

  g_hash_table_iter_init (&iter, wanted);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *how = g_hash_table_lookup (provided, key);

      if (how == NULL)
        g_error ("meson needs %s: say in flatpak/dependencies.txt whether the runtime has it "
                 "or a module builds it", (const char *) key);
      if (g_str_has_prefix (how, "module:"))
        {
          if (find_module (how + strlen ("module:")) == NULL)
            g_error ("%s: the manifest has no module %s", (const char *) key, how);
          g_hash_table_add (used, (char *) how + strlen ("module:"));
        }
      else
        g_assert_cmpstr (how, ==, "runtime");
    }

  /* And no module is built that nothing needs (fonts and the app aside). */
  g_hash_table_iter_init (&iter, provided);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (wanted, key))
      g_error ("flatpak/dependencies.txt lists %s, which no meson.build asks for",
               (const char *) key);
  for (guint i = 0; i < json_array_get_length (modules ()); i++)
    {
      const char *name = json_object_get_string_member (
        json_array_get_object_element (modules (), i), "name");

      if (!g_str_equal (name, "fonts") && !g_str_equal (name, "notalone-kiosk") &&
          !g_hash_table_contains (used, name))
        g_error ("the manifest builds %s, which no dependency needs", name);
    }
}

/* Every font package the PDF writer names, and the screen's CJK faces, are
 * unpacked into the app: a handout must print in each of the languages. */
static void
test_fonts (void)
{
  JsonObject *fonts = find_module ("fonts");
  JsonArray *sources = json_object_get_array_member (fonts, "sources");
  g_autofree char *code = NULL;
  g_autoptr(GRegex) re = g_regex_new ("\"(fonts-[a-z0-9-]+)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GString) urls = g_string_new (NULL);
  guint n = 0;

  g_assert_nonnull (fonts);
  for (guint i = 0; i < json_array_get_length (sources); i++)
    g_string_append_printf (urls, "%s\n", json_object_get_string_member (
                              json_array_get_object_element (sources, i), "url"));
  g_assert_true (g_file_get_contents (SRCDIR "/src/print/nak-pdf-fonts.c", &code, NULL, NULL));
  g_regex_match (re, code, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *package = g_match_info_fetch (match, 1);
      g_autofree char *file = g_strdup_printf ("/%s_", package);

      if (strstr (urls->str, file) == NULL)
        g_error ("the PDF writer uses %s, which the fonts module does not unpack", package);
      n++;
      g_match_info_next (match, NULL);
    }
  g_assert_cmpuint (n, >=, 4);
  g_assert_nonnull (strstr (urls->str, "/fonts-noto-cjk_"));
}

static char *
read_built (const char *name)
{
  g_autofree char *path = g_build_filename (BUILDDIR, "data", name, NULL);
  char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    g_error ("%s was not built", path);
  return text;
}

/* One app id everywhere: the desktop file, the metainfo, the icons. */
static void
test_app_id (void)
{
  g_autofree char *desktop_name = g_strdup_printf ("%s.desktop", APP_ID);
  g_autofree char *metainfo_name = g_strdup_printf ("%s.metainfo.xml", APP_ID);
  g_autofree char *desktop = read_built (desktop_name);
  g_autofree char *metainfo = read_built (metainfo_name);
  g_autofree char *id = g_strdup_printf ("<id>%s</id>", APP_ID);
  g_autofree char *launchable = g_strdup_printf ("<launchable type=\"desktop-id\">%s</launchable>",
                                                 desktop_name);
  g_autoptr(GKeyFile) kf = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  const char *icons[] = { "/icons/hicolor/scalable/apps/" APP_ID_BASE ".svg",
                          "/icons/hicolor/symbolic/apps/" APP_ID_BASE "-symbolic.svg" };

  g_key_file_load_from_data (kf, desktop, -1, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_key_file_get_string (kf, "Desktop Entry", "Icon", NULL), ==, APP_ID);
  g_assert_true (g_str_has_prefix (g_key_file_get_string (kf, "Desktop Entry", "Exec", NULL),
                                   "notalone-kiosk"));
  g_assert_nonnull (strstr (metainfo, id));
  g_assert_nonnull (strstr (metainfo, launchable));
  g_assert_nonnull (strstr (metainfo, "<binary>notalone-kiosk</binary>"));

  /* The icons are there under the base id (meson renames them to the
   * profile's id) and are SVG documents. */
  for (guint i = 0; i < G_N_ELEMENTS (icons); i++)
    {
      g_autofree char *path = g_strconcat (SRCDIR, icons[i], NULL);
      g_autofree char *svg = NULL;

      g_assert_true (g_file_get_contents (path, &svg, NULL, NULL));
      g_assert_nonnull (strstr (svg, "<svg xmlns=\"http://www.w3.org/2000/svg\""));
      g_assert_nonnull (strstr (svg, "viewBox="));
    }
  /* The Flatpak installs the same id: the manifest's app-id (test_identity). */
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  parser = json_parser_new ();
  if (!json_parser_load_from_file (parser, MANIFEST, &error))
    g_error ("%s is not valid JSON: %s", MANIFEST, error->message);

  g_test_add_func ("/packaging/flatpak/runtime-and-command", test_identity);
  g_test_add_func ("/packaging/flatpak/no-network-prints-through-cups", test_sandbox);
  g_test_add_func ("/packaging/flatpak/every-source-is-pinned", test_pinned);
  g_test_add_func ("/packaging/flatpak/modules-match-what-meson-needs", test_modules_match_meson);
  g_test_add_func ("/packaging/flatpak/fonts-for-every-language", test_fonts);
  g_test_add_func ("/packaging/app-id-is-the-same-everywhere", test_app_id);
  status = g_test_run ();
  g_object_unref (parser);
  return status;
}
