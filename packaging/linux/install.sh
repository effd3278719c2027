#!/usr/bin/env bash
# Install, upgrade or remove the custody-app bundle (this folder) on Linux.
#
#   ./install.sh               for this user: ~/.local/lib/custody-app, ~/.local/bin/custody-app
#   sudo ./install.sh --system for everyone:  /opt/custody-app, /usr/local/bin/custody-app
#   ./install.sh --uninstall [--system]       remove the program; the data directory stays
#
# Upgrading is installing the new bundle over the old one: the program is
# replaced; the database stays in the user data directory
# (~/.local/share/custody-app/custody.sqlite3) and is migrated the next time it
# is opened, the old file kept aside beside it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
id=uk.police.CustodyApp
system=0
uninstall=0
for arg in "$@"; do
  case "$arg" in
    --system) system=1 ;;
    --uninstall) uninstall=1 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

if [ "$system" = 1 ]; then
  prefix=/usr/local; lib=/opt/custody-app
else
  prefix="$HOME/.local"; lib="$prefix/lib/custody-app"
fi
share="$prefix/share"
bin="$prefix/bin"

remove_program() {
  rm -f "$bin/custody-app" "$share/applications/$id.desktop" "$share/metainfo/$id.metainfo.xml" \
        "$share/icons/hicolor/scalable/apps/$id.svg"
  rm -rf "$lib"
}

if [ "$uninstall" = 1 ]; then
  remove_program
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
  echo "custody-app removed. The data directory (the database and its backups) was left in place."
  exit 0
fi

[ -x "$here/custody-app" ] || { echo "install.sh: run it from the unpacked bundle folder" >&2; exit 2; }
if [ "$here" = "$lib" ]; then echo "install.sh: already installed here" >&2; exit 2; fi
remove_program
mkdir -p "$lib" "$bin" "$share/applications" "$share/metainfo" "$share/icons/hicolor/scalable/apps"
cp -a "$here/." "$lib/"
ln -sf "$lib/custody-app" "$bin/custody-app"
# the menu entry starts this copy, whether or not $bin is on PATH
sed "s|^Exec=custody-app|Exec=$lib/custody-app|" "$here/share/applications/$id.desktop" \
  > "$share/applications/$id.desktop"
install -m 0644 "$here/share/metainfo/$id.metainfo.xml" "$share/metainfo/"
install -m 0644 "$here/share/icons/hicolor/scalable/apps/$id.svg" "$share/icons/hicolor/scalable/apps/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
echo "custody-app $("$lib/custody-app" --version | cut -d' ' -f2) installed in $lib ($bin/custody-app)."
