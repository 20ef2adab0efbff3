#!/usr/bin/env sh
# Install STAAN Desktop for the current user on Linux, without root: the program in
# ~/.local/opt/staan-desktop, a menu entry, the icon, and .staan files opening in it.
#
#   installer/linux/install.sh [BUNDLE]      BUNDLE: the PyInstaller folder (default dist/STAAN,
#                                            or ./STAAN beside this script in the tarball)
#   installer/linux/install.sh --uninstall
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/staan-desktop
link=$HOME/.local/bin/staan-desktop

refresh() {
  # Menus and file managers read these caches; each tool is optional on a minimal system.
  command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
  command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -qt "$data/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$target" "$link" "$data/applications/staan-desktop.desktop" \
    "$data/icons/hicolor/scalable/apps/staan-desktop.svg" "$data/mime/packages/staan-desktop-mime.xml"
  refresh
  echo "STAAN Desktop is verwijderd (uw .staan-bestanden blijven staan)."
  exit 0
fi

bundle=${1:-}
if [ -z "$bundle" ]; then
  for candidate in "$here/STAAN" "$here/../../dist/STAAN"; do
    [ -x "$candidate/STAAN" ] && bundle=$candidate && break
  done
fi
if [ -z "$bundle" ] || [ ! -x "$bundle/STAAN" ]; then
  echo "Geen programmamap gevonden; geef de map met STAAN erin op." >&2
  exit 1
fi

rm -rf "$target"
mkdir -p "$(dirname "$target")" "$(dirname "$link")" "$data/applications" \
  "$data/icons/hicolor/scalable/apps" "$data/mime/packages"
cp -R "$bundle" "$target"
ln -sf "$target/STAAN" "$link"
# The menu entry must name the program by its full path: ~/.local/bin is not always on the
# PATH of the desktop session.
sed "s|^Exec=.*|Exec=\"$target/STAAN\" %f|" "$here/staan-desktop.desktop" > "$data/applications/staan-desktop.desktop"
cp "$target/_internal/resources/icons/staan.svg" "$data/icons/hicolor/scalable/apps/staan-desktop.svg"
cp "$here/staan-desktop-mime.xml" "$data/mime/packages/staan-desktop-mime.xml"
refresh
command -v xdg-mime >/dev/null && xdg-mime default staan-desktop.desktop application/x-staan || true
echo "STAAN Desktop is geïnstalleerd in $target (opdracht: staan-desktop)."
