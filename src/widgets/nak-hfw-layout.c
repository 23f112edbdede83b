/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A bin layout for text that wraps: widths never depend on the height. */
#define G_LOG_DOMAIN "Nak-Widgets"

#include "config.h"

#include "nak-hfw-layout.h"

/* Every screen of the kiosk is laid out width first: the window's width is
 * shared out, and wrapped words take the height they need. GTK 4.8 still
 * asks some widgets for their width at a given height: GtkStack for its
 * visible page, GtkViewport for its content, and any widget not set to
 * fill (`halign` or `valign` other than fill). A wrapping GtkLabel
 * answers that with a binary search of a dozen or more Pango layouts, and
 * Pango 1.50 reshapes the text for every line of each of them: most of the
 * time spent showing a new screen went there.
 * This layout answers a width question with the child's own width (the
 * height given is ignored), so the question stops here. Its children are
 * given the whole box. To centre them (what `halign` and `valign` would
 * do, at that price), set this layout's own centring: a child then gets
 * its natural width, and its height for that width, in the middle. */
struct _NakHfwLayout
{
  GtkLayoutManager parent_instance;

  gboolean center_vertically;
  gboolean center_horizontally;
};

G_DEFINE_FINAL_TYPE (NakHfwLayout, nak_hfw_layout, GTK_TYPE_LAYOUT_MANAGER)

static GtkSizeRequestMode
nak_hfw_layout_get_request_mode (GtkLayoutManager *manager,
                                 GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
nak_hfw_layout_measure (GtkLayoutManager *manager,
                        GtkWidget        *widget,
                        GtkOrientation    orientation,
                        int               for_size,
                        int              *minimum,
                        int              *natural,
                        int              *minimum_baseline,
                        int              *natural_baseline)
{
  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min = 0, child_nat = 0;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, orientation,
                          orientation == GTK_ORIENTATION_HORIZONTAL ? -1 : for_size,
                          &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }
  *minimum_baseline = *natural_baseline = -1;
}

static void
nak_hfw_layout_allocate (GtkLayoutManager *manager,
                         GtkWidget        *widget,
                         int               width,
                         int               height,
                         int               baseline)
{
  NakHfwLayout *self = NAK_HFW_LAYOUT (manager);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_width = width, child_height = height, child_min = 0, child_nat = 0;
      GskTransform *at = NULL;

      if (!gtk_widget_should_layout (child))
        continue;
      if (self->center_horizontally)
        {
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat,
                              NULL, NULL);
          child_width = MAX (child_min, MIN (child_nat, width));
        }
      if (self->center_vertically)
        {
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width, &child_min, &child_nat,
                              NULL, NULL);
          child_height = MAX (child_min, MIN (child_nat, height));
        }
      if (child_width != width || child_height != height)
        at = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT ((width - child_width) / 2,
                                                                  (height - child_height) / 2));
      gtk_widget_allocate (child, child_width, child_height, -1, at);
    }
}

static void
nak_hfw_layout_class_init (NakHfwLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->get_request_mode = nak_hfw_layout_get_request_mode;
  manager_class->measure = nak_hfw_layout_measure;
  manager_class->allocate = nak_hfw_layout_allocate;
}

static void
nak_hfw_layout_init (NakHfwLayout *self)
{
}

GtkLayoutManager *
nak_hfw_layout_new (void)
{
  return g_object_new (NAK_TYPE_HFW_LAYOUT, NULL);
}

void
nak_hfw_layout_set_center_vertically (NakHfwLayout *self,
                                      gboolean      center)
{
  g_return_if_fail (NAK_IS_HFW_LAYOUT (self));
  self->center_vertically = center;
  gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
}

void
nak_hfw_layout_set_center_horizontally (NakHfwLayout *self,
                                        gboolean      center)
{
  g_return_if_fail (NAK_IS_HFW_LAYOUT (self));
  self->center_horizontally = center;
  gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
}
