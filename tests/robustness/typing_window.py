"""A real main window that types steadily into one field until it is killed (see
``test_typing_crash.py``).

    python typing_window.py DOCUMENT SETTINGS.ini KIND        type, one line per keystroke
    python typing_window.py DOCUMENT SETTINGS.ini KIND --show print what the field shows

KIND is ``line`` (the overview's subtitle), ``paragraph`` (the first text block of the chapters
page), ``new-item`` (the entry of the shared ambition's statements) or ``cell`` (the first
municipality's cell of the interests grid). Keys are sent as key events to the widget that has
the focus, every :data:`EVERY_MS` milliseconds, without a pause; each line printed is the
number of characters typed so far. ``--show`` opens the window again after the crash and prints,
as JSON, the text of the field that has the focus and whether it is marked as restored.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

#: What is typed, over and over: letters only, so that no service trims or splits it.
ALPHABET = "abcdefghijklmnopqrstuvwxyz"
EVERY_MS = 40
PAGES = {"line": "overview", "paragraph": "chapters", "new-item": "ambition", "cell": "interests"}


def main() -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

    document, ini, kind = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    show = "--show" in sys.argv
    from staan_desktop.gui.app import create_application
    from staan_desktop.gui.settings import Settings

    app = create_application([sys.argv[0]])
    from staan_desktop.gui.main_window import MainWindow

    window = MainWindow(Settings(QSettings(ini, QSettings.Format.IniFormat)))
    window.resize(1366, 768)
    window.show()
    window.open_path(document)
    typed = 0

    def field():  # type: ignore[no-untyped-def]
        page = window.stack.currentWidget()
        if kind == "line":
            return page.findChild(QLineEdit, "subtitleEdit")
        if kind == "paragraph":
            return next(e for e in page.findChildren(QPlainTextEdit) if e.objectName().startswith("block"))
        if kind == "new-item":
            return page.statements.entry
        return None

    def report() -> None:
        widget = QApplication.focusWidget()
        from staan_desktop.gui.typing_drafts import is_marked

        text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText() if widget else None
        print(json.dumps({"text": text, "marked": bool(widget and is_marked(widget))}), flush=True)
        app.quit()

    def key() -> None:
        nonlocal typed
        target = QApplication.focusWidget()
        if target is None:
            # On a loaded machine another window can take the activation for a moment; a key
            # sent to no widget aborts Qt, so wait for the window to have its focus back.
            window.activateWindow()
            return
        QTest.keyClicks(target, ALPHABET[typed % len(ALPHABET)])
        typed += 1
        print(typed, flush=True)

    def start() -> None:
        if window.current is None:
            QTimer.singleShot(50, start)
            return
        row = [spec.key for spec in window.page_specs].index(PAGES[kind])
        window.go_to(row)
        page = window.stack.currentWidget()
        if show:
            if kind == "new-item":
                page.statements.entry.setFocus()
            QTimer.singleShot(1000, report)  # a restored cell opens by itself once shown
            return
        window.activateWindow()
        if kind == "cell":
            page.view.setFocus()
            page.view.setCurrentIndex(page.model.index(0, 1))
        else:
            widget = field()
            widget.setFocus()
            widget.selectAll()
        ticker = QTimer(window)
        ticker.timeout.connect(key)
        ticker.start(EVERY_MS)
        print("typing", flush=True)

    QTimer.singleShot(0, start)
    app.exec()


if __name__ == "__main__":
    main()
