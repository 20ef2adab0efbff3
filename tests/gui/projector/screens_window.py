"""A real main window on a machine with the screens a JSON file describes (Qt's offscreen
platform makes them real ``QScreen``s), which shows the projector with F5, as a facilitator
does, and prints as JSON where the projector went (see ``test_projector_screens.py``).

    python screens_window.py DOCUMENT SETTINGS.ini

The platform is chosen by the caller: ``QT_QPA_PLATFORM=offscreen:configfile=SCREENS.json``.
The window is put on the first screen the file names, as a laptop's window is; after F5 the
projector is activated (a click on it) and F11 pressed there twice.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtTest import QTest

    from staan_desktop.gui.app import create_application
    from staan_desktop.gui.settings import Settings

    document, ini, laptop_name = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = create_application([sys.argv[0]])
    from staan_desktop.gui.main_window import MainWindow

    laptop = next(screen for screen in app.screens() if screen.name() == laptop_name)
    window = MainWindow(Settings(QSettings(ini, QSettings.Format.IniFormat)))
    window.setScreen(laptop)
    window.setGeometry(laptop.availableGeometry().adjusted(0, 0, -100, -100))
    window.show()
    window.open_path(document)
    report: dict[str, object] = {}

    def projector_facts() -> dict[str, object]:
        projector = window.session.projector if window.session is not None else None
        if projector is None:
            return {"shown": False}
        geometry = projector.geometry()
        return {
            "shown": projector.isVisible(),
            "screen": projector.screen().name(),
            "full_screen": projector.isFullScreen(),
            "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
            "on_top_of_everything": bool(projector.windowFlags() & Qt.WindowType.WindowStaysOnTopHint),
            # Owned by the workspace (a dialog-kind window with it as transient parent): the
            # window system keeps it above the workspace and below the workspace's dialogs.
            "owned": projector.windowType() == Qt.WindowType.Dialog
            and projector.windowHandle() is not None
            and projector.windowHandle().transientParent() is window.windowHandle(),
        }

    def step(tries: int = 200) -> None:
        # F5 is a shortcut of the window: it works once the document is open and the window
        # has the keys (a loaded machine takes a while for both).
        if (window.current is None or not window.isActiveWindow()) and tries > 0:
            window.activateWindow()
            QTimer.singleShot(50, lambda: step(tries - 1))
            return
        report["window_screen"] = window.screen().name()
        QTest.keyClick(window, Qt.Key.Key_F5)  # the projector, as a facilitator turns it on
        QTimer.singleShot(100, lambda: wait_for_projector(100))

    def wait_for_projector(tries: int) -> None:
        """Until the projector is up (a loaded machine takes a while), then a moment more for
        the window system to settle who has the keys."""
        projector = window.session.projector if window.session is not None else None
        if (projector is None or not projector.isVisible()) and tries > 0:
            QTimer.singleShot(100, lambda: wait_for_projector(tries - 1))
            return
        QTimer.singleShot(300, after_f5)

    def after_f5() -> None:
        report["after_f5"] = projector_facts()
        report["workspace_active"] = window.isActiveWindow()
        projector = window.session.projector if window.session is not None else None
        if projector is not None:
            projector.activateWindow()  # F11 is pressed where the projector has the keys
            app.processEvents()
            report["projector_active"] = projector.isActiveWindow()
            QTest.keyClick(projector, Qt.Key.Key_F11)
            app.processEvents()
            report["after_f11"] = projector_facts()
            QTest.keyClick(projector, Qt.Key.Key_F11)
            app.processEvents()
            report["after_second_f11"] = projector_facts()
            report["window_full_screen"] = window.isFullScreen()
        print(json.dumps(report), flush=True)
        window.session.show_projector(False) if window.session is not None else None
        window.release_document()
        app.quit()

    QTimer.singleShot(0, lambda: step())
    app.exec()


if __name__ == "__main__":
    main()
