/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Only what is on screen is in the accessibility tree. */
#define G_LOG_DOMAIN "Nak-Widgets"

#include "config.h"

#include "nak-a11y.h"

/* GTK 4.8 keeps every page of a stack in the AT-SPI tree, the ones off
 * screen too, and the child of a revealer that is closed; it marks none of
 * them as showing or not. A screen reader then reads, and can press, the
 * welcome screen's buttons while the visitor is on a question, or "Clear
 * now" of a countdown that is not there. Marking them hidden takes them
 * out of the tree, as they are out of sight. */

static void
sync_pages (GtkStack *stack)
{
  GtkWidget *visible = gtk_stack_get_visible_child (stack);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN,
                                 child != visible, -1);
}

/* From now on, keeps the pages of `stack` that are not on screen hidden
 * from assistive technologies, as pages are added, removed and shown. */
void
nak_a11y_hide_inactive_pages (GtkStack *stack)
{
  GtkSelectionModel *pages;

  g_return_if_fail (GTK_IS_STACK (stack));

  /* The stack keeps only a weak pointer to its list of pages: the stack
   * holds it here, so that it lives, and tells of new pages, as long as
   * the stack does. */
  pages = gtk_stack_get_pages (stack);
  g_object_set_data_full (G_OBJECT (stack), "nak-a11y-pages", pages, g_object_unref);
  g_signal_connect_object (pages, "items-changed", G_CALLBACK (sync_pages), stack,
                           G_CONNECT_SWAPPED);
  g_signal_connect (stack, "notify::visible-child", G_CALLBACK (sync_pages), NULL);
  sync_pages (stack);
}

static void
sync_revealer (GtkRevealer *revealer)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (revealer), GTK_ACCESSIBLE_STATE_HIDDEN,
                               !gtk_revealer_get_reveal_child (revealer), -1);
}

/* From now on, keeps `revealer` hidden from assistive technologies while
 * it is closed. */
void
nak_a11y_hide_unrevealed (GtkRevealer *revealer)
{
  g_return_if_fail (GTK_IS_REVEALER (revealer));

  g_signal_connect (revealer, "notify::reveal-child", G_CALLBACK (sync_revealer), NULL);
  sync_revealer (revealer);
}
