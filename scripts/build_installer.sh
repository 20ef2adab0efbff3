#!/usr/bin/env bash
# Build the one-folder application dist/STAAN with PyInstaller and prove it works by running
# its own --selftest. Prints the size and the build time. See docs/installer.md.
#
#   scripts/build_installer.sh            # Linux, macOS, or Git Bash on Windows
#   PYTHON=python3.12 scripts/build_installer.sh
#
# On Windows it also runs Inno Setup (iscc) when it is on PATH, giving dist/STAAN-Setup-<v>.exe.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

# 1. The virtualenv with the application and the build tools.
PYTHON=${PYTHON:-$(command -v python3 || command -v python)}
VENV=${VENV:-.venv}
[ -d "$VENV" ] || "$PYTHON" -m venv "$VENV"
PY="$VENV/bin/python"
[ -x "$PY" ] || PY="$VENV/Scripts/python.exe"  # a Windows venv
"$PY" -m pip install --quiet -e '.[installer]'
# Where pyproject.toml lacks the `installer` extra, pip only warns: install PyInstaller itself.
"$PY" -c 'import PyInstaller' 2>/dev/null || "$PY" -m pip install --quiet 'pyinstaller>=6.10'

# 2. What the bundle takes but git does not hold: compiled translations and the raster icon.
"$PY" -m staan_desktop.gui.i18n_build
"$PY" installer/render_icon.py build/icons >/dev/null

# 3. The bundle.
build_started=$SECONDS
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/staan.spec
build_seconds=$((SECONDS - build_started))

case "$(uname -s)" in
  Darwin) app="dist/STAAN.app/Contents/MacOS/STAAN" ;;
  MINGW*|MSYS*|CYGWIN*) app="dist/STAAN/STAAN.exe" ;;
  *) app="dist/STAAN/STAAN" ;;
esac

# 4. On Linux: every Qt library and plugin in the bundle must find the Qt libraries it links
#    against (one whose library was dropped would fail silently on a user's machine). System
#    libraries this build machine lacks (libwayland-cursor…) come from the user's system.
if [ "$(uname -s)" = Linux ] && command -v ldd >/dev/null; then
  missing=$(find dist/STAAN -name '*.so*' -type f -print0 \
    | LD_LIBRARY_PATH="$PWD/dist/STAAN/_internal" xargs -0 ldd 2>/dev/null | grep 'not found' | sort -u || true)
  if echo "$missing" | grep -Eq 'libQt6|pyside6|shiboken6'; then
    echo "Qt libraries missing from the bundle:" >&2
    echo "$missing" >&2
    exit 1
  fi
  [ -z "$missing" ] || echo "Not on this build machine, expected on the user's system:" $missing
fi

# 5. The bundle's own selftest (offscreen: the build machine may have no display).
QT_QPA_PLATFORM=offscreen "$app" --selftest

# 6. The size budget: 160 MB unpacked (bytes of files, links and folders, as `du -sb` counts).
#    A new dependency that would break it fails the build here, not at a user's download.
BUDGET_BYTES=${BUDGET_BYTES:-160000000}
size=$("$PY" - dist/STAAN <<'PY'
import os, sys
root = sys.argv[1]
print(sum(os.lstat(os.path.join(folder, name)).st_size
          for folder, dirs, files in os.walk(root) for name in dirs + files) + os.lstat(root).st_size)
PY
)
if [ "$size" -gt "$BUDGET_BYTES" ]; then
  echo "dist/STAAN is $size bytes, over the budget of $BUDGET_BYTES (see docs/installer.md)" >&2
  exit 1
fi

# 7. Windows: the per-user installer around dist/STAAN.
version=$("$PY" -c 'import staan_desktop; print(staan_desktop.__version__)')
if command -v iscc >/dev/null 2>&1; then
  # Git Bash would turn "/D…" into a path without these.
  MSYS_NO_PATHCONV=1 MSYS2_ARG_CONV_EXCL='*' iscc /Q "/DAppVersion=$version" installer/staan.iss
fi

echo "STAAN Desktop $version: $(du -sh dist/STAAN | cut -f1) ($size bytes) unpacked in dist/STAAN;" \
  "PyInstaller ${build_seconds}s, all steps $((SECONDS - started))s."
