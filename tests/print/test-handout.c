/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The handout as a reader sees it: its sentences, and the PDF in every language. */
#include "config.h"

#include <glib/gstdio.h>

#include "nak-print-test-util.h"
#include "catalogue/nak-catalogue.h"
#include "print/nak-pdf-writer.h"

/* The catalogue has only ja and en texts so far; other languages fall back
 * to English there. So that every script is really printed, each language
 * also gets one program written in it (our own fixture sentences), with the
 * Japanese beside it as on a real handout. */
typedef struct
{
  const char *lang;
  const char *name;
  const char *summary;
  const char *say;
  const char *worry;
} Fixture;

static const Fixture fixtures[] = {
  { "en", "Listening line for any worry",
    "Staff listen to any worry, about daily life or feelings.", "I have a worry I can't tell anyone.", "I am worried about paying my rent." },
  { "zh_CN", "24小时倾诉热线", "工作人员会倾听您在生活或情绪上的任何烦恼，并和您一起想办法。",
    "我有一件无法告诉别人的烦恼，希望有人能听我说。", "我担心付不起房租。" },
  { "ko", "24시간 상담 전화", "생활이나 마음에 관한 어떤 고민이든 전화로 들어 주고 함께 생각합니다.",
    "누구에게도 말할 수 없는 고민이 있어서 이야기를 들어 주셨으면 합니다.",
    "집세를 낼 수 없을까 봐 걱정입니다." },
  { "pt_BR", "Linha de escuta para qualquer preocupação",
    "A equipe ouve qualquer preocupação, sobre a vida diária ou sentimentos, "
    "e pensa junto com você.",
    "Tenho uma preocupação que não consigo contar a ninguém.",
    "Estou preocupado em pagar o aluguel." },
  { "es", "Línea de escucha para cualquier preocupación",
    "El personal escucha cualquier preocupación, sobre la vida diaria o los sentimientos.",
    "Tengo una preocupación que no puedo contar a nadie.",
    "Me preocupa no poder pagar el alquiler." },
  { "tl", "Linya ng pakikinig para sa anumang alalahanin",
    "Makikinig ang mga kawani sa anumang alalahanin mo tungkol sa buhay o damdamin.",
    "May alalahanin ako na hindi ko masabi kaninuman.", "Nag-aalala ako sa pagbabayad ng upa." },
  { "th", "สายด่วนรับฟังปัญหาตลอด 24 ชั่วโมง",
    "เจ้าหน้าที่จะรับฟังทุกเรื่องที่คุณกังวล ทั้งเรื่องชีวิตประจำวันและความรู้สึก "
    "และช่วยคิดหาทางออกไปด้วยกัน",
    "ฉันมีเรื่องกังวลที่ไม่สามารถบอกใครได้ และอยากให้มีคนรับฟัง",
    "ฉันกังวลเรื่องการจ่ายค่าเช่าบ้าน" },
  { "vi", "Đường dây lắng nghe 24 giờ",
    "Nhân viên sẽ lắng nghe mọi lo lắng của bạn, về cuộc sống hằng ngày hay về cảm xúc, và cùng "
    "bạn suy nghĩ.", "Tôi có một nỗi lo không thể nói với ai và muốn có người lắng nghe.",
    "Tôi lo lắng về việc trả tiền thuê nhà." },
  { "ne", "२४ घण्टा परामर्श हटलाइन",
    "कर्मचारीले तपाईंको दैनिक जीवन वा भावनासम्बन्धी कुनै पनि चिन्ता सुन्छन् "
    "र तपाईंसँगै समाधान खोज्छन्।",
    "मसँग कसैलाई भन्न नसकिने चिन्ता छ, र कसैले सुनिदिए हुन्थ्यो।",
    "मलाई घरभाडा तिर्ने बारेमा चिन्ता छ।" },
  { "id", "Saluran mendengarkan untuk setiap kekhawatiran",
    "Petugas mendengarkan setiap kekhawatiran tentang kehidupan sehari-hari atau perasaan.",
    "Saya punya kekhawatiran yang tidak bisa saya ceritakan kepada siapa pun.",
    "Saya khawatir tidak bisa membayar sewa rumah." },
  { "ja", NULL, NULL, NULL, NULL },
};

#define JA_NAME "よりそいホットライン"
#define FIXTURE_PHONE "0120-279-338"

static GDateTime *
test_now (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (9 * 3600);

  return g_date_time_new (tz, 2026, 11, 24, 11, 0, 0);
}

static char *
fixture_url (const Fixture *f)
{
  return g_strdup_printf ("https://notalone.example/handout/%s", f->lang);
}

/* A real handout from the catalogue, with the fixture's program first. */
static NakHandout *
build_handout (const Fixture *f)
{
  g_autoptr(NakCatalogue) catalogue = nak_catalogue_new_for_path (g_getenv ("NAK_CATALOGUE"),
                                                                   NULL);
  g_autoptr(GDateTime) now = test_now ();
  g_autoptr(NakSession) session = NULL;
  g_autoptr(NakResult) result = NULL;
  g_auto(GStrv) languages = nak_handout_languages_for (f->lang);
  g_autoptr(GError) error = NULL;
  NakHandout *handout;
  NakHandoutBlock *block;

  g_assert_nonnull (catalogue);
  result = nak_test_result_for (catalogue, f->lang, now, &session);
  handout = nak_handout_new_for_result (catalogue, session, result, now,
                                        (const char * const *) languages, "Test Ward Office",
                                        &error);
  g_assert_no_error (error);
  if (f->name == NULL)
    return handout;

  {
    const char *worry[] = { f->worry, "家賃の支払いが心配です。" };
    const char *name[] = { f->name, JA_NAME };
    const char *summary[] = { f->summary, "暮らしのことでも心のことでも、どんな悩みでも聞きます。" };
    const char *say[] = { f->say, "誰にも話せない悩みがあって、聞いてほしいです。" };

    nak_handout_block_add_row (g_ptr_array_index (handout->blocks, 1), FALSE,
                               NAK_HANDOUT_STYLE_BODY, 2, worry);
    block = nak_handout_add_block (handout, NAK_HANDOUT_BLOCK_ENTRY);
    block->number = 1;
    block->phone = g_strdup (FIXTURE_PHONE);
    block->url = fixture_url (f);
    nak_handout_block_add_row (block, TRUE, NAK_HANDOUT_STYLE_NAME, 2, name);
    nak_handout_block_add_row (block, FALSE, NAK_HANDOUT_STYLE_BODY, 2, summary);
    nak_handout_block_add_row (block, FALSE, NAK_HANDOUT_STYLE_SAY, 2, say);
    /* Move it to the top of the programs, on the first page. */
    g_ptr_array_insert (handout->blocks, 3,
                        g_ptr_array_steal_index (handout->blocks, handout->blocks->len - 1));
  }
  return handout;
}

static void
test_model_sentences (void)
{
  g_autoptr(NakHandout) handout = build_handout (&fixtures[G_N_ELEMENTS (fixtures) - 1]);
  g_auto(GStrv) en_ja = nak_handout_languages_for ("en");
  g_autofree char *ja = nak_handout_dup_text (handout, 0);

  /* A Japanese visitor gets Japanese alone; anyone else gets Japanese too. */
  g_assert_cmpuint (nak_handout_get_n_languages (handout), ==, 1);
  g_assert_cmpstrv (en_ja, ((const char * const[]) { "en", "ja", NULL }));

  /* The worries are the visitor's own words, never answer ids. */
  g_assert_nonnull (strstr (ja, "ひとり親で子育てしている"));
  g_assert_nonnull (strstr (ja, "家賃が払えない・住まいを失いそう"));
  g_assert_null (strstr (ja, "food_housing"));
  g_assert_null (strstr (ja, "rent_overdue"));
  /* Programs with their numbers, what to say, emergency numbers, dates. */
  g_assert_nonnull (strstr (ja, "住居確保給付金"));
  g_assert_nonnull (strstr (ja, "家賃が払えず、住居確保給付金について聞きたいです。"));
  g_assert_nonnull (strstr (ja, "0120-279-338"));
  g_assert_nonnull (strstr (ja, "\n110\n"));
  g_assert_nonnull (strstr (ja, "\n119\n"));
  g_assert_nonnull (strstr (ja, "2026-11-24"));
  g_assert_nonnull (strstr (ja, "Test Ward Office"));
}

static void
test_model_bilingual (void)
{
  g_autoptr(NakHandout) handout = build_handout (&fixtures[0]);
  g_autofree char *en = nak_handout_dup_text (handout, 0);
  g_autofree char *ja = nak_handout_dup_text (handout, 1);

  g_assert_cmpuint (nak_handout_get_n_languages (handout), ==, 2);
  g_assert_nonnull (strstr (en, "I can't pay the rent, or I may lose my home"));
  g_assert_nonnull (strstr (en, "Housing Security Benefit"));
  g_assert_nonnull (strstr (ja, "住居確保給付金"));
  /* Every row has a text for each language, so the columns line up. */
  for (guint b = 0; b < handout->blocks->len; b++)
    {
      NakHandoutBlock *block = g_ptr_array_index (handout->blocks, b);

      for (guint r = 0; r < block->rows->len; r++)
        {
          NakHandoutRow *row = g_ptr_array_index (block->rows, r);

          g_assert_cmpuint (g_strv_length (row->texts), ==, 2);
        }
    }
}

static void
check_fonts_embedded (const char *path)
{
  g_autofree char *out = nak_test_run_tool (NULL, "pdffonts", path, NULL);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  g_autoptr(GRegex) row = g_regex_new ("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$",
                                       0, 0, NULL);
  guint fonts = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *embedded = NULL;

      if (!g_regex_match (row, lines[i], 0, &match))
        continue;
      fonts++;
      embedded = g_match_info_fetch (match, 1);
      if (!g_str_equal (embedded, "yes"))
        g_error ("Font not embedded: %s", lines[i]);
    }
  g_assert_cmpuint (fonts, >=, 2);
}

/* Renders the first pages, keeps them for people to look at when
 * NAK_HANDOUT_REVIEW_DIR is set, and returns what zbarimg decodes. */
static char *
render_and_decode (const char *path,
                   const char *dir,
                   const char *lang)
{
  g_autofree char *prefix = g_build_filename (dir, "page", NULL);
  const char *review = g_getenv ("NAK_HANDOUT_REVIEW_DIR");
  g_autoptr(GString) codes = g_string_new (NULL);
  int status;

  g_free (nak_test_run_tool (&status, "pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "2",
                             path, prefix, NULL));
  g_assert_cmpint (status, ==, 0);
  for (guint page = 1; page <= 2; page++)
    {
      g_autofree char *png = g_strdup_printf ("%s-%u.png", prefix, page);
      g_autofree char *decoded = NULL;

      if (!g_file_test (png, G_FILE_TEST_EXISTS))
        continue;
      decoded = nak_test_run_tool (NULL, "zbarimg", "--raw", "-q", png, NULL);
      g_string_append (codes, decoded);
      if (review != NULL)
        {
          g_autofree char *name = g_strdup_printf ("%s-%u.png", lang, page);
          g_autofree char *copy = g_build_filename (review, name, NULL);
          g_autoptr(GFile) from = g_file_new_for_path (png);
          g_autoptr(GFile) to = g_file_new_for_path (copy);

          g_mkdir_with_parents (review, 0755);
          g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);
        }
    }
  return g_string_free (g_steal_pointer (&codes), FALSE);
}

static char *
without_spaces (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (s, g_utf8_get_char (p));
  return g_string_free (s, FALSE);
}

/* The catalogue's name for an entry is in the text, wherever lines broke. */
static void
assert_catalogue_name (const char *text,
                       const char *entry_id,
                       const char *lang)
{
  g_autoptr(NakCatalogue) catalogue = nak_catalogue_new_for_path (g_getenv ("NAK_CATALOGUE"),
                                                                   NULL);
  NakEntry *entry = nak_catalogue_get_entry (catalogue, entry_id);
  g_autofree char *name = NULL, *flat = NULL, *flat_name = NULL;

  g_assert_nonnull (entry);
  name = g_utf8_normalize (nak_catalogue_get_entry_text (catalogue, entry, "name", lang), -1,
                           G_NORMALIZE_NFC);
  flat = without_spaces (text);
  flat_name = without_spaces (name);
  if (strstr (flat, flat_name) == NULL)
    g_error ("The %s name “%s” is not in the handout's text", lang, name);
}

/* Removes a test's scratch directory and what is in it. */
static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
test_pdf_language (gconstpointer data)
{
  const Fixture *f = data;
  g_autoptr(NakHandout) handout = build_handout (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nak-handout-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *codes = NULL;
  g_autofree char *url = fixture_url (f);
  g_autofree char *nfc_name = NULL;
  GStatBuf st;

  g_assert_no_error (error);
  path = g_build_filename (dir, "handout.pdf", NULL);
  g_assert_true (nak_pdf_writer_write_file (handout, NAK_PAPER_A4, path, &error));
  g_assert_no_error (error);

  /* Small enough to print and send quickly. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, <, 600 * 1024);

  /* The text comes back: names in both languages, and the phone numbers. */
  text = nak_test_run_tool (NULL, "pdftotext", path, "-", NULL);
  g_assert_nonnull (strstr (text, "住居確保給付金"));
  g_assert_nonnull (strstr (text, "110"));
  g_assert_nonnull (strstr (text, "119"));
  g_assert_nonnull (strstr (text, "0120-0-78310"));
  if (f->name != NULL)
    {
      nfc_name = g_utf8_normalize (f->name, -1, G_NORMALIZE_NFC);
      if (strstr (text, nfc_name) == NULL)
        g_error ("“%s” is not in the text of the %s handout:\n%s", nfc_name, f->lang, text);
      g_assert_nonnull (strstr (text, JA_NAME));
      g_assert_nonnull (strstr (text, FIXTURE_PHONE));
    }
  assert_catalogue_name (text, "jukyo_kakuho_kyufukin", f->lang);
  assert_catalogue_name (text, "jukyo_kakuho_kyufukin", "ja");

  check_fonts_embedded (path);

  /* The QR codes on the rendered pages lead to the web pages. */
  codes = render_and_decode (path, dir, f->lang);
  if (f->name != NULL)
    g_assert_nonnull (strstr (codes, url));
  g_assert_nonnull (strstr (codes, "https://youikuhi-soudan.jp/support_center.html"));

  if (g_getenv ("NAK_HANDOUT_REVIEW_DIR") != NULL)
    {
      g_autofree char *name = g_strdup_printf ("%s.pdf", f->lang);
      g_autofree char *copy = g_build_filename (g_getenv ("NAK_HANDOUT_REVIEW_DIR"), name, NULL);

      g_rename (path, copy);
    }
  remove_dir (dir);
}

static void
test_pdf_letter (void)
{
  g_autoptr(NakHandout) handout = build_handout (&fixtures[0]);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) a4 = nak_pdf_writer_render (handout, NAK_PAPER_A4, &error);
  g_autoptr(GBytes) letter = nak_pdf_writer_render (handout, NAK_PAPER_LETTER, &error);
  g_autofree char *dir = g_dir_make_tmp ("nak-letter-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "letter.pdf", NULL);
  g_autofree char *info = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (a4);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (letter, NULL),
                                      g_bytes_get_size (letter), NULL));
  info = nak_test_run_tool (NULL, "pdfinfo", path, NULL);
  g_assert_nonnull (strstr (info, "612 x 792 pts (letter)"));
  remove_dir (dir);
}

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *r)
{
  g_free (r->out);
  g_free (r->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* The kiosk's command line, with `fontconfig_file` as FONTCONFIG_FILE when set. */
static void
run_kiosk (Run        *r,
           const char *fontconfig_file,
           const char *handout,
           const char *lang,
           gboolean    walk)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                               G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;

  if (fontconfig_file != NULL)
    g_subprocess_launcher_setenv (launcher, "FONTCONFIG_FILE", fontconfig_file, TRUE);
  /* With --walk the answers are typed: the last two come from standard input. */
  proc = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("NAK_KIOSK"), "--answers",
                                      walk ? "me,childrearing,single,add,food_housing"
                                           : "me,childrearing,single,add,food_housing,rent,done",
                                      "--lang", lang, "--now", "2026-11-24T11:00:00",
                                      "--handout", handout, walk ? "--walk" : NULL, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, walk ? "rent\ndone\n" : NULL, NULL, &r->out, &r->err,
                                 &error);
  g_assert_no_error (error);
  r->status = g_subprocess_get_exit_status (proc);
}

static void
test_cli_walk_then_handout (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nak-walk-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "walk.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(Run) r = { 0 };

  run_kiosk (&r, NULL, path, "en", TRUE);
  g_assert_cmpint (r.status, ==, 0);
  /* The walk shows its questions and results as usual, and the PDF is written. */
  g_assert_nonnull (strstr (r.out, "Housing Security Benefit"));
  text = nak_test_run_tool (NULL, "pdftotext", path, "-", NULL);
  g_assert_nonnull (strstr (text, "I can't pay the rent, or I may lose my home"));
  g_assert_nonnull (strstr (text, "家賃が払えない・住まいを失いそう"));
  remove_dir (dir);
}

static void
test_cli_handout (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nak-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *head = NULL;
  g_auto(Run) r = { 0 };

  run_kiosk (&r, NULL, path, "en", FALSE);
  g_assert_cmpint (r.status, ==, 0);
  /* With --handout (and no --walk), the PDF is the only output. */
  g_assert_cmpstr (r.out, ==, "");
  g_assert_true (g_file_get_contents (path, &head, NULL, NULL));
  g_assert_true (g_str_has_prefix (head, "%PDF-"));
  text = nak_test_run_tool (NULL, "pdftotext", path, "-", NULL);
  g_assert_nonnull (strstr (text, "Housing Security Benefit"));
  g_assert_nonnull (strstr (text, "住居確保給付金"));
  g_assert_nonnull (strstr (text, "0120-279-338"));
  remove_dir (dir);
}

static void
test_cli_missing_font (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nak-nofont-XXXXXX", NULL);
  g_autofree char *conf = g_build_filename (dir, "fonts.conf", NULL);
  g_autofree char *path = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *xml = g_strdup_printf ("<?xml version=\"1.0\"?>\n<fontconfig>"
                                          "<cachedir>%s</cachedir></fontconfig>\n", dir);
  g_auto(Run) r = { 0 };

  /* A machine without the Japanese font: the error names it and its package. */
  g_assert_true (g_file_set_contents (conf, xml, -1, NULL));
  run_kiosk (&r, conf, path, "ja", FALSE);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "IPAGothic"));
  g_assert_nonnull (strstr (r.err, "fonts-ipafont-gothic"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/nak/handout/japanese-visitor-gets-japanese-sentences", test_model_sentences);
  g_test_add_func ("/nak/handout/bilingual-rows-line-up", test_model_bilingual);
  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *name = g_strdup_printf ("/nak/handout/pdf-reads-back/%s", fixtures[i].lang);

      g_test_add_data_func (name, &fixtures[i], test_pdf_language);
    }
  g_test_add_func ("/nak/handout/letter-paper", test_pdf_letter);
  g_test_add_func ("/nak/handout/cli-writes-only-the-pdf", test_cli_handout);
  g_test_add_func ("/nak/handout/cli-walk-then-handout", test_cli_walk_then_handout);
  g_test_add_func ("/nak/handout/missing-font-names-its-package", test_cli_missing_font);
  return g_test_run ();
}
