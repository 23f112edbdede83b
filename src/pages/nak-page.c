/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The base of every screen kind: it gets the session and the catalogue it shows. */
#define G_LOG_DOMAIN "Nak-Pages"

#include "config.h"

#include "nak-page.h"
#include "widgets/nak-hfw-bin.h"
#include "widgets/nak-hfw-layout.h"

/* The page contract, after gnome-initial-setup's GisPage: collaborators
 * come in as construct-only properties (never found through a global or
 * by walking up the tree), and `shown` handles focus. Pages are built for
 * one step in one language and thrown away after: a language switch builds
 * the page again from its template. */
typedef struct
{
  NakSession   *session;
  NakCatalogue *catalogue;
  char         *step_id;
} NakPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (NakPage, nak_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SESSION,
  PROP_CATALOGUE,
  PROP_STEP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nak_page_dispose (GObject *object)
{
  NakPagePrivate *priv = nak_page_get_instance_private (NAK_PAGE (object));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&priv->session);
  g_clear_object (&priv->catalogue);
  G_OBJECT_CLASS (nak_page_parent_class)->dispose (object);
}

static void
nak_page_finalize (GObject *object)
{
  NakPagePrivate *priv = nak_page_get_instance_private (NAK_PAGE (object));

  g_free (priv->step_id);
  G_OBJECT_CLASS (nak_page_parent_class)->finalize (object);
}

static void
nak_page_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  NakPagePrivate *priv = nak_page_get_instance_private (NAK_PAGE (object));

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, priv->session);
      break;
    case PROP_CATALOGUE:
      g_value_set_object (value, priv->catalogue);
      break;
    case PROP_STEP_ID:
      g_value_set_string (value, priv->step_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nak_page_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  NakPagePrivate *priv = nak_page_get_instance_private (NAK_PAGE (object));

  switch (prop_id)
    {
    case PROP_SESSION:
      priv->session = g_value_dup_object (value);
      break;
    case PROP_CATALOGUE:
      priv->catalogue = g_value_dup_object (value);
      break;
    case PROP_STEP_ID:
      priv->step_id = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nak_page_class_init (NakPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nak_page_dispose;
  object_class->finalize = nak_page_finalize;
  object_class->get_property = nak_page_get_property;
  object_class->set_property = nak_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, NAK_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATALOGUE] =
    g_param_spec_object ("catalogue", NULL, NULL, NAK_TYPE_CATALOGUE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STEP_ID] =
    g_param_spec_string ("step-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, NAK_TYPE_HFW_LAYOUT);
  g_type_ensure (NAK_TYPE_HFW_BIN);
  gtk_widget_class_set_css_name (widget_class, "page");
}

static void
nak_page_init (NakPage *self)
{
}

NakSession *
nak_page_get_session (NakPage *self)
{
  NakPagePrivate *priv = nak_page_get_instance_private (self);

  g_return_val_if_fail (NAK_IS_PAGE (self), NULL);
  return priv->session;
}

/* A page built ahead for a look-ahead copy of the session (NakPageAhead)
 * takes the visitor's own session once the visitor gives that answer: the
 * two are equal (nak_session_equal), so nothing on the page changes, and
 * its taps answer the visitor's session from then on. */
void
nak_page_adopt_session (NakPage    *self,
                        NakSession *session)
{
  NakPagePrivate *priv = nak_page_get_instance_private (self);

  g_return_if_fail (NAK_IS_PAGE (self));
  g_return_if_fail (NAK_IS_SESSION (session));
  g_return_if_fail (nak_session_equal (priv->session, session));
  g_set_object (&priv->session, session);
}

NakCatalogue *
nak_page_get_catalogue (NakPage *self)
{
  NakPagePrivate *priv = nak_page_get_instance_private (self);

  g_return_val_if_fail (NAK_IS_PAGE (self), NULL);
  return priv->catalogue;
}

const char *
nak_page_get_step_id (NakPage *self)
{
  NakPagePrivate *priv = nak_page_get_instance_private (self);

  g_return_val_if_fail (NAK_IS_PAGE (self), NULL);
  return priv->step_id;
}

const char *
nak_page_get_language (NakPage *self)
{
  NakPagePrivate *priv = nak_page_get_instance_private (self);

  g_return_val_if_fail (NAK_IS_PAGE (self), "ja");
  return priv->session != NULL ? nak_session_get_language (priv->session) : "ja";
}

void
nak_page_shown (NakPage *self)
{
  g_return_if_fail (NAK_IS_PAGE (self));

  if (NAK_PAGE_GET_CLASS (self)->shown != NULL)
    NAK_PAGE_GET_CLASS (self)->shown (self);
}

/* The current step's "title" or "hint" in the session's language. */
const char *
nak_page_step_text (NakPage    *self,
                    const char *field)
{
  NakPagePrivate *priv = nak_page_get_instance_private (self);
  g_autofree char *owner = NULL;

  g_return_val_if_fail (NAK_IS_PAGE (self), NULL);
  if (priv->step_id == NULL)
    return NULL;
  owner = g_strdup_printf ("step:%s", priv->step_id);
  return nak_catalogue_get_text (priv->catalogue, owner, field, nak_page_get_language (self));
}
