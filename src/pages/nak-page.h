/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The base of every screen kind: it gets the session and the catalogue it shows. */
#pragma once

#include <gtk/gtk.h>

#include "catalogue/nak-catalogue.h"
#include "flow/nak-session.h"

G_BEGIN_DECLS

#define NAK_TYPE_PAGE (nak_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (NakPage, nak_page, NAK, PAGE, GtkWidget)

struct _NakPageClass
{
  GtkWidgetClass parent_class;

  /* Called once the page is on screen: put the focus where a keyboard or
   * screen-reader user expects to start. */
  void (*shown) (NakPage *self);
};

NakSession   *nak_page_get_session   (NakPage    *self);
void          nak_page_adopt_session (NakPage    *self,
                                      NakSession *session);
NakCatalogue *nak_page_get_catalogue (NakPage    *self);
const char   *nak_page_get_step_id   (NakPage    *self);
const char   *nak_page_get_language  (NakPage    *self);
void          nak_page_shown         (NakPage    *self);
const char   *nak_page_step_text     (NakPage    *self,
                                      const char *field);

G_END_DECLS
