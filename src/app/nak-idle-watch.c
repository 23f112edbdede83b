/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Notices a quiet kiosk: warns, counts down, then asks for the session to be wiped. */
#define G_LOG_DOMAIN "Nak-App"

#include "config.h"

#include "nak-idle-watch.h"

/* States: idle → (no poke for idle time) → warning, with a countdown that
 * ticks every second → (no poke for countdown time) → "timeout" signal and
 * back to stopped. Any poke (a tap, a key) returns to idle. The window
 * starts the watch when a visit begins and stops it on the attract screen,
 * where there is nothing to wipe. No time limit without a warning and a way
 * to extend it: the warning's button is a poke. */
struct _NakIdleWatch
{
  GObject  parent_instance;

  guint    idle_ms;
  guint    countdown_ms;
  guint    idle_id;
  guint    tick_id;
  gint64   deadline;     /* monotonic µs when the countdown ends */
  gboolean warning;
};

G_DEFINE_FINAL_TYPE (NakIdleWatch, nak_idle_watch, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_WARNING,
  PROP_SECONDS_LEFT,
  N_PROPS
};

enum
{
  TIMEOUT,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_warning (NakIdleWatch *self,
             gboolean      warning)
{
  if (self->warning == warning)
    return;
  self->warning = warning;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNING]);
}

static gboolean
on_tick (gpointer user_data)
{
  NakIdleWatch *self = user_data;

  if (g_get_monotonic_time () >= self->deadline)
    {
      self->tick_id = 0;
      set_warning (self, FALSE);
      g_signal_emit (self, signals[TIMEOUT], 0);
      return G_SOURCE_REMOVE;
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDS_LEFT]);
  return G_SOURCE_CONTINUE;
}

static gboolean
on_idle (gpointer user_data)
{
  NakIdleWatch *self = user_data;

  self->idle_id = 0;
  self->deadline = g_get_monotonic_time () + (gint64) self->countdown_ms * 1000;
  set_warning (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDS_LEFT]);
  self->tick_id = g_timeout_add (MIN (self->countdown_ms, 250), on_tick, self);
  return G_SOURCE_REMOVE;
}

static void
nak_idle_watch_dispose (GObject *object)
{
  NakIdleWatch *self = NAK_IDLE_WATCH (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  G_OBJECT_CLASS (nak_idle_watch_parent_class)->dispose (object);
}

static void
nak_idle_watch_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  NakIdleWatch *self = NAK_IDLE_WATCH (object);

  switch (prop_id)
    {
    case PROP_WARNING:
      g_value_set_boolean (value, self->warning);
      break;
    case PROP_SECONDS_LEFT:
      g_value_set_uint (value, nak_idle_watch_get_seconds_left (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nak_idle_watch_class_init (NakIdleWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nak_idle_watch_dispose;
  object_class->get_property = nak_idle_watch_get_property;

  properties[PROP_WARNING] =
    g_param_spec_boolean ("warning", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECONDS_LEFT] =
    g_param_spec_uint ("seconds-left", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The countdown ran out: wipe the session. */
  signals[TIMEOUT] = g_signal_new ("timeout", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
nak_idle_watch_init (NakIdleWatch *self)
{
}

NakIdleWatch *
nak_idle_watch_new (guint idle_seconds,
                    guint countdown_seconds)
{
  NakIdleWatch *self = g_object_new (NAK_TYPE_IDLE_WATCH, NULL);

  self->idle_ms = idle_seconds * 1000;
  self->countdown_ms = countdown_seconds * 1000;
  return self;
}

/* For tests: the same behaviour in milliseconds. */
void
nak_idle_watch_set_timeouts_ms (NakIdleWatch *self,
                                guint         idle_ms,
                                guint         countdown_ms)
{
  g_return_if_fail (NAK_IS_IDLE_WATCH (self));
  self->idle_ms = idle_ms;
  self->countdown_ms = countdown_ms;
}

/* Something happened: start (or restart) the quiet-time clock. */
void
nak_idle_watch_poke (NakIdleWatch *self)
{
  g_return_if_fail (NAK_IS_IDLE_WATCH (self));

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  set_warning (self, FALSE);
  self->idle_id = g_timeout_add (self->idle_ms, on_idle, self);
}

void
nak_idle_watch_stop (NakIdleWatch *self)
{
  g_return_if_fail (NAK_IS_IDLE_WATCH (self));

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  set_warning (self, FALSE);
}

gboolean
nak_idle_watch_get_warning (NakIdleWatch *self)
{
  g_return_val_if_fail (NAK_IS_IDLE_WATCH (self), FALSE);
  return self->warning;
}

guint
nak_idle_watch_get_seconds_left (NakIdleWatch *self)
{
  gint64 left;

  g_return_val_if_fail (NAK_IS_IDLE_WATCH (self), 0);
  if (!self->warning)
    return 0;
  left = self->deadline - g_get_monotonic_time ();
  return left <= 0 ? 0 : (guint) ((left + 999999) / 1000000);
}
