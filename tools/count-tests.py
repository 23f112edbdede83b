#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts the tests of a meson run from its JSON log and prints
'N passed, N failed'. A TAP test counts each of its subtests; any other
test counts once. A test that crashed or timed out counts as failed even
when some of its subtests passed."""
import json
import re
import sys

passed = failed = skipped = 0
with open(sys.argv[1], encoding="utf-8") as log:
    for line in log:
        line = line.strip()
        if not line:
            continue
        try:
            t = json.loads(line)
        except ValueError:
            # A damaged log line is a test we cannot vouch for.
            print("count-tests: unreadable line in the test log", file=sys.stderr)
            failed += 1
            continue
        ok_lines = re.findall(r"^ok \d+", t.get("stdout", ""), re.M)
        skip_lines = re.findall(r"^ok \d+.*# SKIP", t.get("stdout", ""), re.M)
        bad_lines = re.findall(r"^not ok \d+", t.get("stdout", ""), re.M)
        result = t.get("result")
        if ok_lines or bad_lines:
            passed += len(ok_lines) - len(skip_lines)
            skipped += len(skip_lines)
            failed += len(bad_lines)
            if result not in ("OK", "SKIP", "EXPECTEDFAIL") and not bad_lines:
                failed += 1
        elif result in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif result == "SKIP":
            skipped += 1
        else:
            failed += 1
print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
