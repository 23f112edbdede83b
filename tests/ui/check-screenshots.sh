#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `notalone-kiosk --screenshots DIR` renders every screen kind: check that
# each one was written and is a real picture (not an empty frame).
set -eu
kiosk=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
NAK_NOW=2026-11-24T11:00:00 "$kiosk" --screenshots "$dir" >/dev/null
status=0
for name in attract question-who question-category question-follow-up question-more results \
            detail idle-countdown crisis crisis-results under18-topic under18-detail \
            under18-channel under18-results info-faq info-hints info-signs info-survey \
            large-text results-ja results-en; do
  f="$dir/$name.png"
  if [ ! -s "$f" ]; then
    echo "missing: $name.png"; status=1; continue
  fi
  size=$(wc -c < "$f")
  # A 1920×1080 screen with text and pictures compresses to well over 40 kB.
  if [ "$size" -lt 40000 ]; then
    echo "suspiciously small ($size bytes): $name.png"; status=1
  fi
done
[ $status -eq 0 ] && echo "all screenshots written"
exit $status
