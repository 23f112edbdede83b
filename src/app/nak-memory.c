/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fewer page faults while the kiosk starts. */
#define _DEFAULT_SOURCE /* MADV_HUGEPAGE */
#define G_LOG_DOMAIN "Nak-App"

#include "config.h"

#include "nak-memory.h"

#ifdef __GLIBC__
#include <errno.h>
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

/* Most of what the first frame costs beyond GTK's own work is the kernel
 * handing the process fresh memory, one 4 KiB page fault at a time: about
 * 10,700 faults up to the first frame, some 14 us each on this machine (a
 * virtual one; less on bare metal). Most of them come from malloc: GTK's
 * 8 MB frame buffer, decoded pictures, font and glyph caches, the Thai
 * word-break dictionary, each in a fresh mmap, plus a heap grown 128 KiB at
 * a time. So, before anything else:
 *
 *  - allocations up to 32 MB come from the heap instead of their own mmap,
 *    and freed memory stays there for the next frame rather than being
 *    returned and faulted in again;
 *  - the heap is grown once, by 64 MB of address space (not memory: pages
 *    are only backed when touched), and that range is marked for
 *    transparent huge pages, so the kernel backs it 2 MB at a time where
 *    it can (THP "always" or "madvise", the usual settings).
 *
 * About 5,500 faults remain, and the first frame comes 60-80 ms sooner
 * (bench/bench-ui). The cost is a few MB more resident memory. Where THP
 * is off, the advice is ignored and only the first point applies. */
#define HEAP_RESERVE (64u << 20)
#define MMAP_THRESHOLD (32u << 20)
#define HUGE_PAGE (2u << 20)

void
nak_memory_prepare (void)
{
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
  uintptr_t grown, start, end;
  void *probe;

  mallopt (M_MMAP_THRESHOLD, MMAP_THRESHOLD);
  mallopt (M_TRIM_THRESHOLD, 2 * HEAP_RESERVE);
  mallopt (M_TOP_PAD, HEAP_RESERVE);
  /* More than the heap has spare, so malloc extends it by the reserve now. */
  probe = malloc (1u << 20);
  if (probe == NULL)
    return;
  grown = (uintptr_t) probe;
  end = (uintptr_t) sbrk (0);
  free (probe);
  /* Only if the block really came from the brk heap just below the break. */
  if (grown >= end || end - grown > HEAP_RESERVE + (4u << 20))
    return;
  start = (grown + HUGE_PAGE - 1) & ~(uintptr_t) (HUGE_PAGE - 1);
  end &= ~(uintptr_t) (HUGE_PAGE - 1);
  if (end > start && madvise ((void *) start, end - start, MADV_HUGEPAGE) != 0)
    g_debug ("No huge pages for the heap: %s", g_strerror (errno));
#endif
}
