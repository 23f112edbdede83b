#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands of the README, on a fresh Debian 12 machine:
#   tools/kiosk.sh run    install what is missing, build, start the kiosk
#   tools/kiosk.sh test   install what is missing, build (warnings are errors),
#                         run every test under a virtual display, and end with
#                         the line "N passed, N failed".
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/_build"
cd "$top"

# What building, running and testing need, all from Debian 12.
build_packages="meson ninja-build pkg-config gcc gettext python3
  libglib2.0-dev libgtk-4-dev libsqlite3-dev libhpdf-dev libcups2-dev libqrencode-dev
  libharfbuzz-dev libpango1.0-dev libfreetype-dev libfontconfig-dev librsvg2-common
  libjson-glib-dev"
font_packages="fonts-ipafont-gothic fonts-wqy-zenhei fonts-nanum fonts-noto-core
  fonts-noto-cjk fonts-thai-tlwg"
test_packages="xvfb xauth poppler-utils cups-ipp-utils dbus zbar-tools
  desktop-file-utils appstream sqlite3
  at-spi2-core python3-pyatspi gir1.2-atspi-2.0"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
  missing=""
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
      missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    echo "Installing:$missing"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      $missing >/dev/null
  fi
}

configure() {
  if [ -f "$build/build.ninja" ]; then
    meson configure "$build" "$@" >/dev/null
  else
    meson setup "$build" "$@" >/dev/null
  fi
}

case "${1:-}" in
  run)
    shift
    install_missing $build_packages $font_packages
    configure -Dprofile=default
    ninja -C "$build" >/dev/null
    export NAK_CATALOGUE="$build/data/catalogue.sqlite"
    export NAK_LOCALEDIR="$build/po"
    export GSETTINGS_SCHEMA_DIR="$build/data"
    exec "$build/src/notalone-kiosk" "$@"
    ;;
  test)
    install_missing $build_packages $font_packages $test_packages
    configure --werror
    ninja -C "$build"
    status=0
    xvfb-run -a -s "-screen 0 1920x1080x24" \
      meson test -C "$build" --print-errorlogs --num-processes 2 || status=$?
    python3 "$top/tools/count-tests.py" "$build/meson-logs/testlog.json"
    exit $status
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
