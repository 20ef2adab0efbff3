"""Screenshot of File ▸ Reservekopieën… for the docs: the demo document with backups made on
opening, while working, on closing and before a sign-off, over three days.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshot_backups.py [OUT.png]
        [--dark] [--lang en] [--window]

The backups are made by the backup service; their names are then moved back in time (a name
carries its moment), so that the list shows what a few days of work look like. With
``--window`` the whole screen is grabbed, the window behind the dialog included. Throw-away
data folder and settings: the user's own are never touched.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sandboxed_app import ROOT, sandboxed_app

#: (reason, how long ago, the title the document had then), oldest first.
HISTORY = (
    ("openen", timedelta(days=3, hours=2), None),
    ("interval", timedelta(days=3, hours=1, minutes=40), "Samenwerking Oost — eerste opzet"),
    ("sluiten", timedelta(days=3, hours=1), "Samenwerking Oost — na werkconferentie 1"),
    ("openen", timedelta(days=1, hours=5), None),
    ("vaststellen", timedelta(days=1, hours=4), "Samenwerking Oost — versie 1"),
    ("openen", timedelta(minutes=47), None),
    ("interval", timedelta(minutes=31), "Samenwerking Oost — versie 2 (concept)"),
    ("interval", timedelta(minutes=6), "Samenwerking Oost — versie 2, ambitie herschreven"),
)


def make_history(path: Path) -> None:
    from staan_desktop.services import backups, edits
    from staan_desktop.services.store import open_document

    now = datetime.now(UTC)
    with open_document(path) as doc:
        for reason, ago, title in HISTORY:
            if title:
                edits.update_trajectory(doc, title=title)
            info = backups.backup_now(doc, reason=reason, keep=50)
            stamp = (now - ago).strftime("%Y%m%dT%H%M%S%fZ")
            info.path.rename(info.path.with_name(f"{stamp}-{reason}-{info.digest}.staan"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "backups.png"))
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--window", action="store_true", help="grab the screen: the window behind the dialog too")
    args = parser.parse_args()

    qapp, settings, scratch = sandboxed_app(dark=args.dark, lang=args.lang, BACKUP_KEEP=20)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from staan_desktop.gui import paths
    from staan_desktop.gui.backups_dialog import BackupsDialog
    from staan_desktop.gui.main_window import MainWindow
    from staan_desktop.services import interchange

    demo = paths.demo_path()
    interchange.create_demo(demo).close()
    make_history(demo)

    shown: list[BackupsDialog] = []

    def show(dialog: BackupsDialog) -> int:
        shown.append(dialog)
        dialog.show()
        return BackupsDialog.DialogCode.Rejected

    BackupsDialog.exec = show  # type: ignore[method-assign]

    window = MainWindow(settings)
    window.resize(1280, 800)
    window.show()
    window.open_demo()

    def act() -> None:
        if window.current is None or window.backups.busy:
            QTimer.singleShot(200, act)
            return
        window.backups.action.trigger()
        QTimer.singleShot(800, grab)

    def grab() -> None:
        QApplication.processEvents()
        dialog = shown[0]
        if args.window:
            screen = window.screen()
            frame = window.frameGeometry()
            image = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        else:
            image = dialog.grab()
        image.save(args.out)
        print(f"saved {args.out} ({image.width()}x{image.height()})")
        dialog.close()
        window.close()
        qapp.quit()

    QTimer.singleShot(1200, act)
    return qapp.exec()


if __name__ == "__main__":
    sys.exit(main())
