#!/usr/bin/env bash
# Installs the Debian tools the tests use (PDF text and fonts, a virtual screen) when they are
# missing and we may install them; otherwise says which tests will skip.
set -euo pipefail
need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb xauth)
# The Word export's tests convert the .docx with LibreOffice and compare its text with the PDF's.
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
# Qt's X11 platform plugin (the window under Xvfb) links these two and, since Qt 6.5, needs xcb-cursor.
ldconfig -p 2>/dev/null | grep -q libxcb-icccm.so.4 || need+=(libxcb-icccm4)
ldconfig -p 2>/dev/null | grep -q libxcb-keysyms.so.1 || need+=(libxcb-keysyms1)
ldconfig -p 2>/dev/null | grep -q libxcb-cursor.so.0 || need+=(libxcb-cursor0)
# The room's page in a real browser (tests/services/room/test_room_browser.py, Playwright).
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# The room's QR codes read back by a real decoder (tests/services/room/test_qr_decodes.py).
command -v zbarimg >/dev/null 2>&1 || need+=(zbar-tools)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${need[*]} …"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "Missing ${need[*]}: the tests that need them will be skipped." >&2
fi
