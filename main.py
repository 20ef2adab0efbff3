"""Start STAAN Desktop: the window, or with a subcommand the command line.

    python main.py                     the window, on the last document (the demo the first time)
    python main.py traject.staan       the window, on that document (what a double-click does)
    python main.py export …            the command line (see ``python main.py --help``)
    python main.py --selftest          check an installation: demo, window, PDF; one line, exit 0

The window's modules are imported only when the window is wanted, so the command line starts
without loading Qt.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path


def wants_window(args: list[str]) -> bool:
    if not args:
        return True
    first = args[0]
    if first.startswith("-"):
        # Qt's own options (-style fusion, -platform offscreen) go to the window; help to the CLI.
        return first not in ("-h", "--help", "--version")
    return first.lower().endswith(".staan") or Path(first).is_file()


def no_display_message() -> str | None:
    """On Linux without a screen Qt would abort with an English message; say it in Dutch."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "staan: er is geen beeldscherm (DISPLAY en WAYLAND_DISPLAY zijn niet gezet). Start STAAN Desktop "
        "op een bureaublad, of op een machine zonder scherm met: xvfb-run -a make run"
    )


def main(argv: list[str]) -> int:
    if argv[1:] == ["--selftest"]:
        from staan_desktop.gui.selftest import run_selftest

        return run_selftest()
    if wants_window(argv[1:]):
        message = no_display_message()
        if message:
            print(message, file=sys.stderr)
            return 1
        # Start-up makes many objects and frees almost none, so the cyclic collector would only
        # hold the first frame back; the window turns it on again once that frame is painted.
        gc.disable()
        from staan_desktop.gui.app import main as gui_main

        return gui_main(argv)
    from staan_desktop.cli import main as cli_main

    return cli_main(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
