"""Take the screenshot of the workspace for the README: the demo document in the real window.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshot_workspace.py [OUT.png]
        [--page ScoringPage|N] [--dark] [--lang en] [--read-only] [--size 1440x860]

It uses a throw-away data folder and settings, so it never touches the user's own.
"""

from __future__ import annotations

import argparse
import sys

from sandboxed_app import ROOT, sandboxed_app


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "workspace.png"))
    parser.add_argument(
        "--page", default="ScoringPage", help="page to show: its class name or its row in the navigation (0 = first)"
    )
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--read-only", action="store_true", help="show the banner of a document held elsewhere")
    parser.add_argument("--size", default="1440x860")
    args = parser.parse_args()

    qapp, settings, scratch = sandboxed_app(dark=args.dark, lang=args.lang)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from staan_desktop.gui.main_window import MainWindow
    window = MainWindow(settings)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()

    if args.read_only:
        from staan_desktop.gui import documents, paths
        from staan_desktop.services import interchange, locking

        interchange.create_demo(paths.demo_path()).close()
        lock_file = locking.lock_path(paths.demo_path())
        lock_file.write_text('{"user": "secretaris", "host": "laptop-griffie", "pid": 1, "since": "2025-03-14T09:12:00"}')
        window.show_document(documents.open_locked(paths.demo_path()))
    else:
        window.open_demo()

    def grab() -> None:
        if window.current is None:
            QTimer.singleShot(200, grab)
            return
        names = [type(page).__name__ for page in window.pages]
        window.go_to(int(args.page) if args.page.isdigit() else names.index(args.page) if args.page in names else 0)
        QApplication.processEvents()
        screen = window.screen()
        image = screen.grabWindow(0, window.x(), window.y(), window.frameGeometry().width(), window.frameGeometry().height())
        if image.isNull() or image.width() < 10:
            image = window.grab()
        image.save(args.out)
        print(f"saved {args.out} ({image.width()}x{image.height()})")
        window.close()
        qapp.quit()

    QTimer.singleShot(1200, grab)
    return qapp.exec()


if __name__ == "__main__":
    sys.exit(main())
