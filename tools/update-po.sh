#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Brings po/LANG.po up to date with the sources (creating it if needed), so
# a translator sees every new string as untranslated:
#   tools/update-po.sh ja      (or several: tools/update-po.sh ja en ko)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
pot=$(mktemp --suffix=.pot)
trap 'rm -f "$pot"' EXIT
xgettext --files-from=po/POTFILES.in --directory=. --output="$pot" --from-code=UTF-8 \
  --add-comments=Translators: --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=T:2 --keyword=nak_i18n_gettext_for:2 --keyword=nak_i18n_ngettext_for:2,3 \
  --keyword=g_dngettext:2,3 --package-name=notalone-kiosk

plural_forms() {
  case "$1" in
    ja|zh_CN|ko|th|vi|id) echo "nplurals=1; plural=0;" ;;
    tl) echo "nplurals=2; plural=(n > 1);" ;;
    *) echo "nplurals=2; plural=(n != 1);" ;;
  esac
}

for lang in "$@"; do
  po="po/$lang.po"
  if [ ! -f "$po" ]; then
    msginit --no-translator --locale="$lang" --input="$pot" --output-file="$po" >/dev/null 2>&1
  fi
  msgmerge --quiet --no-fuzzy-matching --update --backup=none "$po" "$pot"
  sed -i "s/^\"Plural-Forms: .*\\\\n\"$/\"Plural-Forms: $(plural_forms "$lang")\\\\n\"/" "$po"
  sed -i 's/^"Content-Type: text\/plain; charset=.*\\n"$/"Content-Type: text\/plain; charset=UTF-8\\n"/' "$po"
  msgattrib --no-obsolete --output-file="$po" "$po"
  echo "$po: $(msgattrib --untranslated "$po" | grep -c '^msgid' || true) msgids untranslated (header counts as one)"
done
