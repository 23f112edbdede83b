/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The next screens, built while the visitor reads this one. */
#define G_LOG_DOMAIN "Nak-Pages"

#include "config.h"

#include "nak-page-ahead.h"

/* Building a screen and laying out its words takes longer than one frame
 * on a kiosk's small CPU; reading a question takes seconds. So while a
 * question is on screen, this builds the page each of its answers leads
 * to, on a copy of the session (nak_session_copy: the visitor's own
 * answers are not touched). The pages wait in the stack, not shown. The
 * stack measures them in the next frame, and after that frame they are
 * given the stack's size, so their words are laid out at the width they
 * will have (and GTK does not keep asking for frames to place them). When
 * the visitor answers, the page for that answer is taken as it is if its
 * session is equal to the visitor's (nak_session_equal); the others are
 * removed. Work starts after the new screen's first frame and goes one
 * page per idle turn at low priority, so frames always come first. Nothing
 * is built ahead for a screen that needs no answer, and everything goes
 * with the wizard: a look ahead holds no more of the visitor than the
 * screen on show does. */
typedef struct
{
  GtkWidget  *page;       /* a child of the stack, not shown */
  NakSession *session;    /* the copy it was built for */
  gint64      built_at;
  gint64      frame;      /* the frame counter when it was built */
  gboolean    placed;     /* given the stack's size */
} Ahead;

struct _NakPageAhead
{
  GtkStack         *stack;       /* borrowed: it owns us through the wizard */
  NakPageBuildFunc  build;
  gpointer          user_data;
  NakSession       *from;        /* a copy of the session being looked from */
  GPtrArray        *choices;     /* answer ids still to look at */
  GPtrArray        *ready;       /* of Ahead */
  GPtrArray        *stale;       /* pages to remove from the stack */
  guint             idle_id;
  gboolean          start_after_paint;
  GdkFrameClock    *clock;
  gulong            painted_id;
};

static void
ahead_free (gpointer data)
{
  Ahead *a = data;

  g_object_unref (a->session);
  g_free (a);
}

static void on_after_paint (GdkFrameClock *clock,
                            NakPageAhead  *self);

/* Follows the stack's frames while there is something to do after one. */
static gboolean
watch_frames (NakPageAhead *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self->stack));

  if (clock == NULL)
    return FALSE;
  if (self->painted_id == 0)
    {
      self->clock = g_object_ref (clock);
      self->painted_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), self);
    }
  return TRUE;
}

static void
unwatch_frames (NakPageAhead *self)
{
  /* A clock disposed with its window has dropped its handlers already. */
  if (self->painted_id != 0 && g_signal_handler_is_connected (self->clock, self->painted_id))
    g_signal_handler_disconnect (self->clock, self->painted_id);
  self->painted_id = 0;
  g_clear_object (&self->clock);
}

static void
build_one (NakPageAhead *self,
           const char   *choice_id)
{
  g_autoptr(NakSession) session = nak_session_copy (self->from);
  const NakStep *step;
  Ahead *a;

  if (!nak_session_choose (session, choice_id, NULL))
    return;
  step = nak_flow_get_step (nak_session_get_flow (session), nak_session_get_current_step (session));
  if (step == NULL || (step->kind != NAK_STEP_CHOICE && step->kind != NAK_STEP_RESULTS))
    return;
  a = g_new0 (Ahead, 1);
  a->page = self->build (session, self->user_data);
  if (a->page == NULL)
    {
      g_free (a);
      return;
    }
  a->session = g_steal_pointer (&session);
  a->built_at = g_get_monotonic_time ();
  gtk_stack_add_child (self->stack, a->page);
  a->placed = !watch_frames (self);
  if (!a->placed)
    a->frame = gdk_frame_clock_get_frame_counter (self->clock);
  g_ptr_array_add (self->ready, a);
}

static gboolean
on_idle (gpointer user_data)
{
  NakPageAhead *self = user_data;

  if (self->stale->len > 0)
    {
      GtkWidget *page = g_ptr_array_steal_index (self->stale, self->stale->len - 1);

      gtk_stack_remove (self->stack, page);
      return G_SOURCE_CONTINUE;
    }
  if (self->choices->len > 0)
    {
      g_autofree char *choice_id = g_ptr_array_steal_index (self->choices, 0);

      build_one (self, choice_id);
      return G_SOURCE_CONTINUE;
    }
  self->idle_id = 0;
  return G_SOURCE_REMOVE;
}

static void
schedule (NakPageAhead *self)
{
  if (self->idle_id == 0 && (self->stale->len > 0 || self->choices->len > 0))
    self->idle_id = g_idle_add_full (G_PRIORITY_LOW, on_idle, self, NULL);
}

/* After a frame: pages built before it began have their style and sizes
 * now, and are placed; and the work waiting for the new screen's first
 * frame can start (an idle would otherwise run while the frame clock waits
 * for its next slot, ahead of the new screen). */
static void
on_after_paint (GdkFrameClock *clock,
                NakPageAhead  *self)
{
  gint64 frame = gdk_frame_clock_get_frame_counter (clock);
  GtkWidget *stack = GTK_WIDGET (self->stack);
  gboolean mapped = gtk_widget_get_mapped (stack);
  gboolean unplaced = FALSE;
  guint placed = 0;

  for (guint i = 0; i < self->ready->len; i++)
    {
      Ahead *a = g_ptr_array_index (self->ready, i);
      int min_width, min_height;

      if (a->placed)
        continue;
      /* Two pages a frame at most, so a tap is not kept waiting long. */
      if (!mapped || a->frame >= frame || placed == 2)
        {
          unplaced = TRUE;
          continue;
        }
      /* Never below its minimum: the stack may not have its final size
       * yet (GTK warns of such an allocation). */
      gtk_widget_measure (a->page, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      min_width = MAX (gtk_widget_get_width (stack), min_width);
      gtk_widget_measure (a->page, GTK_ORIENTATION_VERTICAL, min_width, &min_height, NULL, NULL,
                          NULL);
      gtk_widget_allocate (a->page, min_width, MAX (gtk_widget_get_height (stack), min_height), -1,
                           NULL);
      a->placed = TRUE;
      placed++;
    }
  if (self->start_after_paint)
    {
      self->start_after_paint = FALSE;
      schedule (self);
    }
  /* More to place: one more frame (a short one, with nothing to draw).
   * Off screen, the frames that come when the wizard is shown again do. */
  if (unplaced && mapped)
    gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
  else if (!unplaced && self->choices->len == 0)
    unwatch_frames (self);
}

NakPageAhead *
nak_page_ahead_new (GtkStack         *stack,
                    NakPageBuildFunc  build,
                    gpointer          user_data)
{
  NakPageAhead *self = g_new0 (NakPageAhead, 1);

  self->stack = stack;
  self->build = build;
  self->user_data = user_data;
  self->choices = g_ptr_array_new_with_free_func (g_free);
  self->ready = g_ptr_array_new_with_free_func (ahead_free);
  self->stale = g_ptr_array_new ();
  return self;
}

/* Stops building and forgets every page built ahead; they stay in the
 * stack (the wizard's dispose removes them with everything else). */
static void
stop (NakPageAhead *self)
{
  unwatch_frames (self);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  self->start_after_paint = FALSE;
  g_ptr_array_set_size (self->choices, 0);
  g_ptr_array_set_size (self->ready, 0);
  g_ptr_array_set_size (self->stale, 0);
  g_clear_object (&self->from);
}

void
nak_page_ahead_free (NakPageAhead *self)
{
  stop (self);
  g_ptr_array_unref (self->choices);
  g_ptr_array_unref (self->ready);
  g_ptr_array_unref (self->stale);
  g_free (self);
}

/* The visitor is now where `session` is: the pages built for the last
 * screen go, and the pages its answers lead to will be built. */
void
nak_page_ahead_look (NakPageAhead *self,
                     NakSession   *session)
{
  const NakStep *step;

  g_clear_handle_id (&self->idle_id, g_source_remove);
  for (guint i = 0; i < self->ready->len; i++)
    g_ptr_array_add (self->stale, ((Ahead *) g_ptr_array_index (self->ready, i))->page);
  g_ptr_array_set_size (self->ready, 0);
  g_ptr_array_set_size (self->choices, 0);
  g_clear_object (&self->from);

  step = nak_flow_get_step (nak_session_get_flow (session), nak_session_get_current_step (session));
  if (step != NULL && step->kind == NAK_STEP_CHOICE)
    {
      self->from = nak_session_copy (session);
      for (guint i = 0; i < step->choices->len; i++)
        {
          const NakChoice *choice = g_ptr_array_index (step->choices, i);

          g_ptr_array_add (self->choices, g_strdup (choice->id));
        }
    }
  self->start_after_paint = watch_frames (self);
  if (!self->start_after_paint)
    schedule (self);
}

/* The page built ahead for where `session` is now, or NULL. It is no
 * longer this object's: it stays in the stack for the caller to show (and
 * to give the visitor's session, nak_page_adopt_session). `built_at` is
 * when it was built (g_get_monotonic_time), for pages that go stale. */
GtkWidget *
nak_page_ahead_take (NakPageAhead *self,
                     NakSession   *session,
                     gint64       *built_at)
{
  for (guint i = 0; i < self->ready->len; i++)
    {
      Ahead *a = g_ptr_array_index (self->ready, i);

      if (nak_session_equal (a->session, session))
        {
          GtkWidget *page = a->page;

          *built_at = a->built_at;
          g_ptr_array_remove_index_fast (self->ready, i);
          return page;
        }
    }
  return NULL;
}
