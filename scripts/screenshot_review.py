"""Screenshot of review and sign-off for the docs: the demo document after a secretary and the
facilitator commented and the steering group signed version 1 off, with the comments dock open.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshot_review.py [OUT.png]
        [--size 1600x900] [--dark] [--lang en]

The comment and the sign-off go through the window's own Beoordeling menu; only the dialogs are
answered by the script. Throw-away data folder and settings: the user's own are never touched.
"""

from __future__ import annotations

import argparse
import sys

from sandboxed_app import ROOT, sandboxed_app


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "review.png"))
    parser.add_argument("--size", default="1600x900")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--lang", default="nl")
    args = parser.parse_args()

    qapp, settings, scratch = sandboxed_app(dark=args.dark, lang=args.lang, AUTHOR_NAME="Roel Schrotenboer")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from staan_desktop.gui import paths
    from staan_desktop.gui.main_window import MainWindow
    from staan_desktop.gui.pages.chapters import ChaptersPage
    from staan_desktop.gui.review.comments_panel import AddCommentDialog
    from staan_desktop.gui.review.signoff_dialog import SignoffDialog
    from staan_desktop.services import interchange, review

    # A secretary's comments, made as a reviewer would before the meeting.
    demo = paths.demo_path()
    interchange.create_demo(demo).close()
    secretary = review.open_for_review(demo, "Marieke de Vries")
    review.add_comment(secretary, text="Graag de datum van de tweede werkconferentie nog even nakijken.",
                       target_table="section", target_id=2, party="Assen")
    review.mark_section_checked(secretary, 1)
    review.add_comment(secretary, text="Zijn de spelregels over het delen van informatie al besproken met de griffie?")
    secretary.close()

    def fill_comment(dialog: AddCommentDialog) -> int:
        dialog.text.setPlainText("De ambitie sluit nu goed aan op de uitkomst van de tweede werkconferentie.")
        dialog.accept()
        return dialog.result()

    def fill_sign_off(dialog: SignoffDialog) -> int:
        # The date stays the dialog's own (today): the decision is taken after the comments.
        dialog.meeting.setText("Stuurgroep 3")
        dialog.members.setPlainText("Anna Bakker\nJan de Vries")
        dialog.sign_off()
        return dialog.result()

    AddCommentDialog.exec = fill_comment  # type: ignore[method-assign]
    SignoffDialog.exec = fill_sign_off  # type: ignore[method-assign]

    window = MainWindow(settings)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    window.open_demo()

    def act() -> None:
        if window.current is None:
            QTimer.singleShot(200, act)
            return
        row = next(r for r, page in enumerate(window.pages) if isinstance(page, ChaptersPage))
        window.go_to(row)
        chapters = window.pages[row]
        chapters.outline.setCurrentItem(chapters.outline.topLevelItem(0))
        window.review.add_comment.trigger()
        window.review.sign_off.trigger()
        window.review.show_comments(True)
        QTimer.singleShot(600, grab)

    def grab() -> None:
        QApplication.processEvents()
        screen = window.screen()
        frame = window.frameGeometry()
        image = screen.grabWindow(0, window.x(), window.y(), frame.width(), frame.height())
        if image.isNull() or image.width() < 10:
            image = window.grab()
        image.save(args.out)
        print(f"saved {args.out} ({image.width()}x{image.height()})")
        window.close()
        qapp.quit()

    QTimer.singleShot(1200, act)
    return qapp.exec()


if __name__ == "__main__":
    sys.exit(main())
