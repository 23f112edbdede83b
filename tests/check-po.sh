#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks every language in po/LINGUAS against the sources as they are now:
# msgfmt --check must pass and no string may be untranslated or fuzzy.
set -eu
po_dir=$1
top=$(dirname "$po_dir")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$top"
xgettext --files-from=po/POTFILES.in --directory=. --output="$tmp/all.pot" \
  --from-code=UTF-8 --add-comments=Translators: --keyword=_ --keyword=N_ \
  --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=T:2 --keyword=nak_i18n_gettext_for:2 \
  --keyword=nak_i18n_ngettext_for:2,3 --keyword=g_dngettext:2,3 --flag=g_strdup_printf:1:c-format 2>"$tmp/xgettext.log" ||
  { cat "$tmp/xgettext.log"; exit 1; }

status=0
for lang in $(grep -v '^#' po/LINGUAS); do
  if [ ! -f "po/$lang.po" ]; then
    echo "po/$lang.po: missing"; status=1; continue
  fi
  if ! msgfmt --check --output-file=/dev/null "po/$lang.po" 2>"$tmp/msgfmt.log"; then
    echo "po/$lang.po: msgfmt --check failed:"; cat "$tmp/msgfmt.log"; status=1
  fi
  msgmerge --quiet --no-fuzzy-matching --output-file="$tmp/$lang.po" "po/$lang.po" "$tmp/all.pot"
  untranslated=$(msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep -c '^msgid ' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete "po/$lang.po" | grep -c '^msgid ' || true)
  # msgattrib prints the header as one msgid "" entry when anything matches.
  [ "$untranslated" -gt 0 ] && untranslated=$((untranslated - 1))
  [ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
  if [ "$untranslated" -ne 0 ] || [ "$fuzzy" -ne 0 ]; then
    echo "po/$lang.po: $untranslated untranslated, $fuzzy fuzzy"
    msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep '^msgid ' | head -20
    status=1
  else
    echo "po/$lang.po: complete"
  fi
done
exit $status
