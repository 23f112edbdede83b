#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A whole visit driven from outside the kiosk, through AT-SPI, the way a
screen reader drives it (issue 3): every push button is found by its role
and accessible name and pressed through its "click" action; nothing is
tapped, and nothing is read from inside the process.

The test starts its own session bus and accessibility bus, then the real
binary with GTK's AT-SPI backend on, and after each press checks what a
blind visitor would notice: the next screen's heading (or its words) is
there and the last one's is gone, the focus moved onto the new screen,
every button on screen has a name and can be pressed, and 110 and 119 are
always there to be read. The results must list, as named buttons, the
same entries as the engine (the CLI, with the same answers and clock).
The detail screen must have the entry's name as its heading.

A second visit then goes Back and Starts over in the middle of the flow:
Back must bring the question before back, with the focus on the answer
given there, said as pressed, and let it be changed; Start over must
bring the first question back with nothing carried over. The results at
the end must be the engine's for the answers as they were changed, and
for those alone. On the way, Back on the first question must lead to the
welcome screen (still in the chosen language), and Start back in.

TAP on stdout. Skips (a "1..0 # SKIP" plan) only when pyatspi cannot be
imported or there is no display: tools/kiosk.sh test installs both.
"""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback

TIMEOUT = float(os.environ.get("NAK_ATSPI_TIMEOUT", "10"))
# The first start also starts the registry daemon and loads the fonts.
START_TIMEOUT = 3 * TIMEOUT
NOW = "2026-11-24T11:00:00"

# The words on screen, as the app shows them: po/ja.po and po/en.po (the
# app's own words), src/i18n/nak-languages.c (the language bar),
# data/catalogue/flow/*.step (questions and answers) and
# data/catalogue/entries/*.entry (the entries' names).
JA_WELCOME = "ひとりで悩みを抱えていませんか？ 一緒に相談先を探しましょう。"
JA_START = "はじめる"
ENGLISH = "English"
EN_WELCOME = "Are you carrying a worry alone? Let's find help together."
START = "Start"
WHO = "Who would you like help for?"
FOR_ME = "For myself"
CATEGORY = "What are you worried about?"
FOOD_HOUSING = "Food, housing and housework"
FOLLOW_UP = "What is hardest for you right now?"
RENT = "I can't pay the rent, or I may lose my home"
MORE = "Is anything else worrying you?"
DONE = "No, show me where to get help"
RESULTS = "Where you can get help"
HOUSING_BENEFIT = "Housing Security Benefit"
YOU_CAN_SAY = "You can say:"
BACK_TO_LIST = "Back to the list"
FINISH = "Finish and clear"
# The same answers, as ids, for the CLI.
ANSWERS = "who.me,category.food_housing,fu_food_housing.rent,more.done"

# The second visit: answers given, then taken back with Back and Start over
# (po/en.po: the navigation bar's "Back" and "Start over").
BACK = "Back"
START_OVER = "Start over"
FOR_SOMEONE = "For someone close to me"
WORK = "Work and the workplace"
WORK_FOLLOW_UP = "Which of these is closest to your work worry?"
LOST_JOB = "I lost my job, or may be let go"
LIVING_COSTS = "Living and medical costs"
MONEY_FOLLOW_UP = "Which of these is closest to your money worry?"
CARE = "Caring for family"
CARE_FOLLOW_UP = "Which of these is closest to your worry?"
ELDERLY = "Caring for an older family member is hard"
# The progress line under each question (po/en.po), as far as it is fixed.
QUESTION_1 = "Question 1 ·"
QUESTION_2 = "Question 2 ·"
# What is left once Back and Start over have done their work; the
# answers before them must leave no trace in the results.
CHANGED_ANSWERS = "who.someone,category.care,fu_care.elderly,more.done"

# Police and fire/ambulance: on every screen, as words to be read.
EMERGENCY = {n: re.compile(rf"(?<!\d){n}(?!\d)") for n in ("110", "119")}
# What GTK says when a widget has no name of its own: its type name.
TYPE_NAME = re.compile(r"^(Gtk|Gdk|Nak)[A-Z]\w*$")

PR_SET_CHILD_SUBREAPER = 36
BUS_LAUNCHERS = ["/usr/libexec/at-spi-bus-launcher",
                 "/usr/lib/at-spi2-core/at-spi-bus-launcher"]


def comment(text):
    for line in str(text).splitlines() or [""]:
        print("# " + line)
    sys.stdout.flush()


def skip_all(reason):
    # Under meson's TAP protocol a skip is a "1..0 # SKIP" plan and status
    # 0: status 77 would count as an error.
    print("1..0 # SKIP " + reason)
    sys.exit(0)


class Failure(Exception):
    pass


def need(env, name):
    value = env.get(name)
    if not value:
        raise Failure(f"{name} is not set (run this test through meson test)")
    return value


class Session:
    """A private session bus, its accessibility bus, and the kiosk on them.
    Everything started here is stopped in close(), whatever happened."""

    def __init__(self):
        # What the buses start is orphaned when they stop: made children of
        # this process instead of init, they are collected in close().
        try:
            import ctypes
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
        except (OSError, AttributeError):
            pass
        self.tmp = tempfile.mkdtemp(prefix="nak-atspi-")
        os.chmod(self.tmp, 0o700)
        self.procs = []   # (name, Popen), stopped in reverse order
        self.kiosk = None

    def spawn(self, name, argv, env, stdout=None):
        log = os.path.join(self.tmp, name + ".log")
        with open(log, "wb") as err:
            proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL,
                                    stdout=stdout if stdout is not None else err,
                                    stderr=err, start_new_session=True)
        self.procs.append((name, proc))
        return proc

    def start_buses(self):
        env = dict(os.environ)
        # The launcher puts the accessibility bus's socket under the runtime
        # directory: ours, not the user's.
        env["XDG_RUNTIME_DIR"] = self.tmp
        for var in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS"):
            env.pop(var, None)
        bus = self.spawn("dbus-daemon", ["dbus-daemon", "--session", "--nofork",
                                         "--print-address=1"], env, stdout=subprocess.PIPE)
        address = bus.stdout.readline().decode().strip()
        bus.stdout.close()
        if not address:
            raise Failure("dbus-daemon did not start: " + self.log_tail("dbus-daemon"))
        env["DBUS_SESSION_BUS_ADDRESS"] = address

        launcher = next((p for p in BUS_LAUNCHERS if os.access(p, os.X_OK)), None)
        if launcher is None:
            raise Failure("at-spi-bus-launcher not found (package at-spi2-core)")
        # Without DISPLAY it leaves the X root window alone: the virtual
        # display is shared with the other UI tests.
        launcher_env = dict(env)
        launcher_env.pop("DISPLAY", None)
        self.spawn("at-spi-bus-launcher", [launcher, "--launch-immediately"], launcher_env)

        a11y = self.wait_for_a11y_bus(address)
        env["AT_SPI_BUS_ADDRESS"] = a11y
        self.env = env
        # libatspi (pyatspi) reads these when it is imported.
        os.environ.update(XDG_RUNTIME_DIR=self.tmp, DBUS_SESSION_BUS_ADDRESS=address,
                          AT_SPI_BUS_ADDRESS=a11y)

    def wait_for_a11y_bus(self, address):
        from gi.repository import Gio, GLib

        flags = (Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT |
                 Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION)
        conn = Gio.DBusConnection.new_for_address_sync(address, flags, None, None)
        deadline = time.monotonic() + START_TIMEOUT
        try:
            while True:
                try:
                    # No auto-start: the launcher started above is the one.
                    reply = conn.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus",
                                           "GetAddress", None, GLib.VariantType("(s)"),
                                           Gio.DBusCallFlags.NO_AUTO_START, 1000, None)
                    if reply.unpack()[0]:
                        return reply.unpack()[0]
                except GLib.Error:
                    pass
                if time.monotonic() > deadline:
                    raise Failure("the accessibility bus did not come up: " +
                                  self.log_tail("at-spi-bus-launcher"))
                time.sleep(0.05)
        finally:
            conn.close_sync(None)

    def start_kiosk(self, kiosk):
        env = dict(self.env)
        env.update(GTK_A11Y="atspi", NAK_NOW=NOW,
                   NAK_SETTINGS=os.path.join(self.tmp, "kiosk.conf"))
        env.pop("NO_AT_BRIDGE", None)
        # Default settings, but no idle countdown in the middle of the visit
        # on a slow machine.
        with open(env["NAK_SETTINGS"], "w", encoding="utf-8") as conf:
            conf.write("[Kiosk]\nidle-seconds=900\n")
        # Windowed: without --kiosk the window is an ordinary one.
        self.kiosk = self.spawn("notalone-kiosk", [kiosk], env)

    def log_tail(self, name, lines=20):
        path = os.path.join(self.tmp, name + ".log")
        try:
            with open(path, encoding="utf-8", errors="replace") as log:
                return "\n".join(log.read().splitlines()[-lines:])
        except OSError:
            return ""

    @staticmethod
    def reap_orphans():
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                time.sleep(0.02)

    def close(self):
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(sig, signal.SIG_IGN)
        for _, proc in reversed(self.procs):
            # First the process alone, so that it can stop what it started;
            # then its group (each was started in a session of its own), in
            # case something of it is left: the accessibility bus, the registry.
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    pass
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            if proc.poll() is None:
                proc.wait()
        self.procs = []
        self.reap_orphans()
        shutil.rmtree(self.tmp, ignore_errors=True)


class Stale(Exception):
    """The tree changed while it was being read: read it again."""


class Node:
    __slots__ = ("obj", "role", "role_name", "name", "text", "focused", "pressed", "in_list",
                 "actions")


def read_tree(pyatspi, app):
    """Everything the application exposes, read live (no cache)."""
    from gi.repository import GLib

    nodes = []

    def visit(obj, in_list):
        if obj is None:
            raise Stale()
        node = Node()
        node.obj = obj
        node.role = obj.getRole()
        node.role_name = obj.getRoleName()
        node.name = obj.name or ""
        node.text = ""
        node.actions = []
        if node.role != pyatspi.ROLE_PUSH_BUTTON:
            try:
                text = obj.queryText()
                node.text = text.getText(0, text.characterCount) or ""
            except NotImplementedError:
                pass
        else:
            try:
                action = obj.queryAction()
                node.actions = [action.getName(i) for i in range(action.nActions)]
            except NotImplementedError:
                pass
        state = obj.getState()
        node.focused = state.contains(pyatspi.STATE_FOCUSED)
        node.pressed = state.contains(pyatspi.STATE_PRESSED)
        node.in_list = in_list
        nodes.append(node)
        below_list = in_list or node.role == pyatspi.ROLE_LIST
        for i in range(obj.childCount):
            visit(obj.getChildAtIndex(i), below_list)

    try:
        app.clearCache()
        visit(app, False)
    except (GLib.Error, RuntimeError) as e:
        raise Stale() from e
    return nodes


def says(node, words):
    return words in node.name or words in node.text


class Screen:
    """What a screen must expose once it is shown."""

    def __init__(self, heading=None, texts=(), gone=(), focus=None, cards=None,
                 progress=None, pressed=None, absent=()):
        self.heading = heading
        self.texts = list(texts)
        self.gone = list(gone)
        self.focus = focus        # the focused button's name (a card's: its start)
        self.cards = cards        # the entries' names, in order, for the results
        self.progress = progress  # what the progress line under a question says
        # The names of every push button said to be pressed: the current
        # language, and after Back the answer given before.
        self.pressed = pressed
        self.absent = list(absent)  # push buttons that must not be there

    def problems(self, pyatspi, nodes, frame_active):
        """What is wrong: (whether the screen is there at all, the list)."""
        found = []
        headings = [n.name or n.text for n in nodes if n.role == pyatspi.ROLE_HEADING]
        if self.heading is not None and self.heading not in headings:
            found.append(f"no heading {self.heading!r} (headings: {headings})")
        for words in self.texts:
            if not any(says(n, words) for n in nodes):
                found.append(f"nothing says {words!r}")
        reached = not found
        if self.progress is not None and not any(says(n, self.progress) for n in nodes):
            found.append(f"nothing says {self.progress!r}")
        for words in self.gone:
            if words in headings:
                found.append(f"the last screen's heading {words!r} is still exposed")
        for number, pattern in EMERGENCY.items():
            if not any(pattern.search(n.name) or pattern.search(n.text) for n in nodes):
                found.append(f"the emergency number {number} is not exposed")
        buttons = [n for n in nodes if n.role == pyatspi.ROLE_PUSH_BUTTON]
        for b in buttons:
            if not b.name.strip() or TYPE_NAME.match(b.name):
                found.append(f"a push button has no name a screen reader could say ({b.name!r})")
            if "click" not in b.actions:
                found.append(f"push button {b.name!r} cannot be pressed (actions: {b.actions})")
        if self.pressed is not None:
            pressed = sorted(b.name for b in buttons if b.pressed)
            if pressed != sorted(self.pressed):
                found.append(f"the buttons said to be pressed are {pressed}, "
                             f"not {sorted(self.pressed)}")
        for name in self.absent:
            if any(b.name == name for b in buttons):
                found.append(f"push button {name!r} is exposed, and should not be")
        if self.cards is not None:
            cards = [b.name for b in buttons if b.in_list]
            if len(cards) != len(self.cards):
                found.append(f"{len(cards)} result cards exposed, {len(self.cards)} expected")
            else:
                for name, expected in zip(cards, self.cards):
                    if not name.startswith(expected):
                        found.append(f"card {name!r} should start with {expected!r}")
        # A screen reader reads what has the focus first. Only an active
        # window has a focused widget; on a virtual display shared with
        # other tests, another window may be active for a moment.
        if self.focus is not None and frame_active:
            focused = [n for n in nodes if n.focused]
            if not any(n.role == pyatspi.ROLE_PUSH_BUTTON and n.name.startswith(self.focus)
                       for n in focused):
                found.append(f"the focus is not on {self.focus!r} but on "
                             f"{[(n.role_name, n.name) for n in focused]}")
        return reached, found



class Visit:
    def __init__(self, pyatspi, app, frame, kiosk):
        self.pyatspi = pyatspi
        self.app = app
        self.frame = frame
        self.kiosk = kiosk

    def read(self, deadline):
        while True:
            if self.kiosk.poll() is not None:
                raise Failure(f"the kiosk exited with status {self.kiosk.returncode}")
            try:
                return read_tree(self.pyatspi, self.app)
            except Stale:
                if time.monotonic() > deadline:
                    raise Failure("the accessibility tree never held still long enough to be read")
                time.sleep(0.02)

    def wait_for(self, screen, timeout):
        """Reads the tree until the screen is all there and right; returns
        whether it came at all and the problems still found when the time
        is up (none: all is well)."""
        deadline = time.monotonic() + timeout
        while True:
            nodes = self.read(deadline)
            active = self.frame.getState().contains(self.pyatspi.STATE_ACTIVE)
            reached, problems = screen.problems(self.pyatspi, nodes, active)
            if not problems:
                if screen.focus is not None and not active:
                    comment("the window is not active: the focus was not checked")
                return True, []
            if time.monotonic() > deadline:
                return reached, problems
            time.sleep(0.05)

    def press(self, name, prefix=False):
        """Presses the one push button named `name` (or whose name starts
        so) through its "click" action, as a screen reader does."""
        nodes = self.read(time.monotonic() + TIMEOUT)
        matches = [n for n in nodes if n.role == self.pyatspi.ROLE_PUSH_BUTTON and
                   (n.name.startswith(name) if prefix else n.name == name)]
        if len(matches) != 1:
            names = [n.name for n in nodes if n.role == self.pyatspi.ROLE_PUSH_BUTTON]
            raise Failure(f"{len(matches)} push buttons named {name!r} (buttons: {names})")
        action = matches[0].obj.queryAction()
        index = [action.getName(i) for i in range(action.nActions)].index("click")
        if not action.doAction(index):
            raise Failure(f"the click action of {name!r} failed")


def find_app(pyatspi, pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is not None and app.name == "notalone-kiosk" and app.get_process_id() == pid:
                return app
        except Exception:   # an application going away as we look
            continue
    return None


def expected_results(kiosk, answers):
    """The entries the engine recommends for the same answers and clock."""
    out = subprocess.run([kiosk, "--answers", answers, "--json", "--lang", "en", "--now", NOW],
                         check=True, capture_output=True, text=True, timeout=60,
                         env=dict(os.environ, NAK_SETTINGS="/nonexistent")).stdout
    return [r["name"] for r in json.loads(out)["results"]]


def start(session, kiosk):
    """Starts the buses and the kiosk; returns a Visit on its window."""
    session.start_buses()
    session.start_kiosk(kiosk)
    # Only now: libatspi finds the accessibility bus when it is loaded.
    import pyatspi
    from gi.repository import Atspi

    deadline = time.monotonic() + START_TIMEOUT

    def not_yet(what):
        if session.kiosk.poll() is not None:
            raise Failure(f"the kiosk exited with status {session.kiosk.returncode}")
        if time.monotonic() > deadline:
            raise Failure(what)
        time.sleep(0.05)

    app = find_app(pyatspi, session.kiosk.pid)
    while app is None:
        not_yet("the kiosk never appeared on the accessibility bus")
        app = find_app(pyatspi, session.kiosk.pid)
    # Every answer afresh from the kiosk, never from a cache.
    app.setCacheMask(Atspi.Cache.NONE)
    while True:
        frames = [app.getChildAtIndex(i) for i in range(app.childCount)]
        frames = [f for f in frames if f is not None and f.getRole() == pyatspi.ROLE_FRAME]
        if frames:
            return Visit(pyatspi, app, frames[0], session.kiosk)
        not_yet("the kiosk has no window on the accessibility bus")


def main():
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        skip_all("no display")
    # pyatspi itself is imported once the buses are up (libatspi looks for
    # the accessibility bus when it is loaded): here, only whether it can be.
    try:
        import importlib
        import importlib.util
        import gi
        gi.require_version("Atspi", "2.0")
        importlib.import_module("gi.repository.Atspi")
        if importlib.util.find_spec("pyatspi") is None:
            raise ImportError("No module named 'pyatspi'")
    except (ImportError, ValueError) as e:
        skip_all(f"pyatspi cannot be imported ({e}); install python3-pyatspi gir1.2-atspi-2.0")

    try:
        kiosk = need(os.environ, "NAK_KIOSK")
        need(os.environ, "NAK_CATALOGUE")
        cards = expected_results(kiosk, ANSWERS)
        changed_cards = expected_results(kiosk, CHANGED_ANSWERS)
    except (Failure, OSError, subprocess.SubprocessError, ValueError, KeyError) as e:
        print("1..1\nnot ok 1 - the engine's results for the same answers")
        comment(e)
        return 1

    steps = [
        # (what is pressed, how it is found, the screen that must follow)
        ("the welcome screen, in Japanese", None,
         Screen(heading=JA_WELCOME, focus=JA_START)),
        (f"{ENGLISH!r} on the language bar", (ENGLISH, False),
         Screen(heading=EN_WELCOME, gone=[JA_WELCOME], focus=START)),
        (f"{START!r}", (START, False),
         Screen(heading=WHO, gone=[EN_WELCOME], focus=FOR_ME)),
        (f"{FOR_ME!r}", (FOR_ME, False),
         Screen(heading=CATEGORY, gone=[WHO], focus=FOOD_HOUSING)),
        (f"{FOOD_HOUSING!r}", (FOOD_HOUSING, False),
         Screen(heading=FOLLOW_UP, gone=[CATEGORY], focus=RENT)),
        (f"{RENT!r}", (RENT, False),
         Screen(heading=MORE, gone=[FOLLOW_UP], focus=DONE)),
        (f"{DONE!r}", (DONE, False),
         Screen(heading=RESULTS, gone=[MORE], cards=cards, focus=cards[0] if cards else None)),
        (f"the card {HOUSING_BENEFIT!r}", (HOUSING_BENEFIT, True),
         Screen(heading=HOUSING_BENEFIT, texts=[YOU_CAN_SAY], gone=[RESULTS],
                focus=BACK_TO_LIST)),
        (f"{BACK_TO_LIST!r}", (BACK_TO_LIST, False),
         Screen(heading=RESULTS, gone=[HOUSING_BENEFIT], cards=cards,
                focus=cards[0] if cards else None)),
        (f"{FINISH!r}", (FINISH, False),
         Screen(heading=JA_WELCOME, gone=[RESULTS, EN_WELCOME], focus=JA_START)),
        # A second visit: three answers, then Start over in the middle.
        (f"{ENGLISH!r} again", (ENGLISH, False),
         Screen(heading=EN_WELCOME, gone=[JA_WELCOME], focus=START)),
        (f"{START!r} again", (START, False),
         Screen(heading=WHO, gone=[EN_WELCOME], focus=FOR_ME, absent=[START_OVER])),
        (f"{FOR_ME!r} again", (FOR_ME, False),
         Screen(heading=CATEGORY, gone=[WHO], focus=FOOD_HOUSING)),
        (f"{WORK!r}", (WORK, False),
         Screen(heading=WORK_FOLLOW_UP, gone=[CATEGORY], focus=LOST_JOB)),
        (f"{LOST_JOB!r}", (LOST_JOB, False),
         Screen(heading=MORE, gone=[WORK_FOLLOW_UP], focus=DONE)),
        (f"{START_OVER!r} in the middle: the first question, nothing carried over",
         (START_OVER, False),
         Screen(heading=WHO, gone=[MORE], progress=QUESTION_1, focus=FOR_ME,
                pressed=[ENGLISH], absent=[START_OVER])),
        # Back on the first question: the welcome screen, still in English;
        # Start brings the first question back.
        (f"{BACK!r} on the first question: the welcome screen", (BACK, False),
         Screen(heading=EN_WELCOME, gone=[WHO], focus=START)),
        (f"{START!r} once more", (START, False),
         Screen(heading=WHO, gone=[EN_WELCOME], progress=QUESTION_1, focus=FOR_ME,
                absent=[START_OVER])),
        # Two answers, then Back: the second question again, with the
        # answer given there, which is then changed.
        (f"{FOR_SOMEONE!r}", (FOR_SOMEONE, False),
         Screen(heading=CATEGORY, gone=[WHO], focus=FOOD_HOUSING, pressed=[ENGLISH])),
        (f"{LIVING_COSTS!r}", (LIVING_COSTS, False),
         Screen(heading=MONEY_FOLLOW_UP, gone=[CATEGORY])),
        (f"{BACK!r} after two answers: the question before, on the answer given",
         (BACK, False),
         Screen(heading=CATEGORY, gone=[MONEY_FOLLOW_UP], progress=QUESTION_2,
                focus=LIVING_COSTS, pressed=[ENGLISH, LIVING_COSTS])),
        (f"{CARE!r}, a changed answer", (CARE, False),
         Screen(heading=CARE_FOLLOW_UP, gone=[CATEGORY, MONEY_FOLLOW_UP], focus=ELDERLY,
                pressed=[ENGLISH])),
        (f"{ELDERLY!r}", (ELDERLY, False),
         Screen(heading=MORE, gone=[CARE_FOLLOW_UP], focus=DONE)),
        (f"{DONE!r}: the results of the changed answers alone", (DONE, False),
         Screen(heading=RESULTS, gone=[MORE], cards=changed_cards,
                focus=changed_cards[0] if changed_cards else None)),
    ]
    print(f"1..{1 + len(steps)}")
    sys.stdout.flush()

    session = Session()
    try:
        try:
            visit = start(session, kiosk)
            print("ok 1 - the kiosk is on the accessibility bus")
        except Exception as e:
            print("not ok 1 - the kiosk is on the accessibility bus")
            comment(e if isinstance(e, Failure) else traceback.format_exc())
            comment(session.log_tail("notalone-kiosk"))
            for n in range(2, len(steps) + 2):
                print(f"ok {n} # SKIP the kiosk could not be driven")
            return 1

        # A screen that came with something wrong is reported, and the
        # visit goes on; one that did not come ends it.
        failed = stuck = False
        for number, (what, button, screen) in enumerate(steps, start=2):
            label = what if button is None else "press " + what
            if stuck:
                print(f"ok {number} - {label} # SKIP the visit could not go on")
                continue
            try:
                if button is not None:
                    visit.press(*button)
                reached, problems = visit.wait_for(screen,
                                                   START_TIMEOUT if button is None else TIMEOUT)
            except Failure as e:
                reached, problems = False, [str(e)]
            except Exception:
                reached, problems = False, [traceback.format_exc()]
            failed = failed or bool(problems)
            stuck = not reached
            print(f"{'not ok' if problems else 'ok'} {number} - {label}")
            for p in problems:
                comment(p)
            sys.stdout.flush()
        if failed:
            comment("the kiosk's log:")
            comment(session.log_tail("notalone-kiosk"))
        return 1 if failed else 0
    finally:
        session.close()
        sys.stdout.flush()


def on_signal(signum, frame):
    # meson ends a test that runs too long with SIGTERM: clean up on the way out.
    raise SystemExit(128 + signum)


if __name__ == "__main__":
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, on_signal)
    sys.exit(main())
