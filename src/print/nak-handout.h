/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The handout's content, in one or two languages, ready to lay out on paper. */
#pragma once

#include <glib.h>

#include "catalogue/nak-catalogue.h"
#include "flow/nak-matcher.h"
#include "flow/nak-session.h"

G_BEGIN_DECLS

/* The model holds only resolved strings: it is built on the thread that owns
 * the catalogue and gettext (the main thread) and then read, never changed,
 * by the PDF writer on a worker thread. It holds no personal data: only what
 * the catalogue says and the worries the visitor tapped, as sentences. */

typedef enum
{
  NAK_PAPER_A4,
  NAK_PAPER_LETTER,
} NakPaperSize;

typedef enum
{
  NAK_HANDOUT_STYLE_TITLE,    /* the sheet's title */
  NAK_HANDOUT_STYLE_HEADING,  /* a section heading */
  NAK_HANDOUT_STYLE_NAME,     /* a program or contact point's name */
  NAK_HANDOUT_STYLE_BODY,
  NAK_HANDOUT_STYLE_SAY,      /* "what you can say when you call" */
  NAK_HANDOUT_STYLE_SMALL,
} NakHandoutStyle;

typedef enum
{
  NAK_HANDOUT_BLOCK_TEXT,   /* rows only */
  NAK_HANDOUT_BLOCK_ENTRY,  /* a recommendation: names, big phone, QR of the web address, rows */
  NAK_HANDOUT_BLOCK_LINE,   /* one line of a phone list: big number beside its names */
  NAK_HANDOUT_BLOCK_NOTES,  /* an empty box to write in, titled by its rows */
} NakHandoutBlockKind;

/* One paragraph said in each of the handout's languages, side by side. */
typedef struct
{
  NakHandoutStyle  style;
  GStrv            texts;   /* one per handout language, in its order; "" when none */
} NakHandoutRow;

typedef struct
{
  NakHandoutBlockKind  kind;
  guint                number;  /* ENTRY: 1, 2 …; 0 for none */
  char                *phone;   /* ENTRY, LINE: the number in large digits, or NULL */
  char                *url;     /* ENTRY: printed and QR-coded, or NULL */
  GPtrArray           *head;    /* of NakHandoutRow: beside the phone and the QR code */
  GPtrArray           *rows;    /* of NakHandoutRow: below, full width */
} NakHandoutBlock;

typedef struct
{
  GStrv      languages;  /* the visitor's first, then "ja"; or "ja" alone */
  GPtrArray *blocks;     /* of NakHandoutBlock, top to bottom */
} NakHandout;

#define NAK_HANDOUT_ERROR (nak_handout_error_quark ())

typedef enum
{
  NAK_HANDOUT_ERROR_LANGUAGE,  /* a language the kiosk does not support */
} NakHandoutError;

GQuark           nak_handout_error_quark       (void);

NakHandout      *nak_handout_new               (const char * const *languages);
void             nak_handout_free              (NakHandout         *handout);
guint            nak_handout_get_n_languages   (const NakHandout   *handout);
NakHandoutBlock *nak_handout_add_block         (NakHandout         *handout,
                                                NakHandoutBlockKind kind);
void             nak_handout_block_free        (NakHandoutBlock    *block);
NakHandoutRow   *nak_handout_block_add_row     (NakHandoutBlock    *block,
                                                gboolean            head,
                                                NakHandoutStyle     style,
                                                guint               n_texts,
                                                const char * const *texts);
void             nak_handout_row_free          (NakHandoutRow      *row);
char            *nak_handout_dup_text          (const NakHandout   *handout,
                                                guint               language_index);

GStrv            nak_handout_languages_for     (const char         *visitor_language);
NakHandout      *nak_handout_new_for_result    (NakCatalogue       *catalogue,
                                                NakSession         *session,
                                                NakResult          *result,
                                                GDateTime          *now,
                                                const char * const *languages,
                                                const char         *site_name,
                                                GError            **error);

/* The command line's handout: the visitor's language with Japanese, on A4. */
gboolean         nak_handout_write_for_session (NakCatalogue       *catalogue,
                                                NakSession         *session,
                                                NakResult          *result,
                                                GDateTime          *now,
                                                const char         *path,
                                                GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NakHandout, nak_handout_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NakHandoutBlock, nak_handout_block_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NakHandoutRow, nak_handout_row_free)

G_END_DECLS
