"""Start the window on the document it opens with: the shell paints first, with the file's
name; then the document layer loads on a worker thread, the document tools are built in steps
and the document opens (lock, checks, backup) on a worker too. See the package's docstring.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from ..settings import DEMO_CREATED, LAST_FILE, Settings
from .first_paint import after_first_paint
from .loader import load_document_layer, run_in_steps

if TYPE_CHECKING:
    from ..main_window import MainWindow


def initial_document(settings: Settings, path: Path | None) -> Path | None:
    """What the window opens at start: the named file; else the last one used; else, the very
    first time, the demo (made when it is opened); else nothing."""
    if path is not None:
        return path
    last = settings.get(LAST_FILE)
    if last and Path(last).is_file():
        return Path(last)
    if not settings.get(DEMO_CREATED):
        return paths.demo_path()
    return None


def open_initial(window: MainWindow, settings: Settings, path: Path | None) -> None:
    target = initial_document(settings, path)
    if target is None:
        return
    if target == paths.demo_path() and not settings.get(DEMO_CREATED):
        settings.set(DEMO_CREATED, True)
        window.open_demo()  # made from the shipped content the very first time
    else:
        window.open_path(target)


def start_window(settings: Settings, named: Path | None) -> MainWindow:
    """Show the shell, named after the document it opens; once that frame is painted, load the
    document layer behind it and open the document."""
    from ..main_window import MainWindow

    window = MainWindow(settings, shell_only=True)
    target = initial_document(settings, named)
    if target is None:
        window.show_empty()
    else:
        window.show_opening(target)
    window.show()

    def layer_loaded() -> None:
        run_in_steps(window, window.tool_steps, then=lambda: open_initial(window, settings, named))

    after_first_paint(window, lambda: load_document_layer(window, layer_loaded))
    return window
