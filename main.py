"""Start STAAN Desktop: the window (optionally with a FILE.staan), or a command without one."""

import sys
from pathlib import Path


def _wants_gui(args: list[str]) -> bool:
    return not args or args[0].endswith(".staan") or Path(args[0]).is_file() or args[0].startswith("-") and args[0] not in ("-h", "--help", "--version")


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if _wants_gui(arguments):
        from staan_desktop.app import main as gui_main

        sys.exit(gui_main(sys.argv))
    from staan_desktop.cli import main as cli_main

    sys.exit(cli_main(arguments))
