"""Screenshots of capture pages on the demo document, for docs/ and for checking by eye.

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshot_pages.py [--scale 130]

Writes docs/scoring-grid.png and docs/interests-grid.png (and, with --all, every capture
page as docs/page-<name>.png). The page is grabbed with QWidget.grab() at the size it gets
in the window on a 1280×800 projector. The demo document is the reference startdocument;
the scoring grid additionally gets municipal scores on two task fields, so that the dissent
mark and the mean shown for a missing agreed score are visible.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: The room a page gets inside the window on a 1280×800 beamer, beside the navigation.
PAGE_SIZE = (1030, 760)


def demo_document(folder: Path):  # type: ignore[no-untyped-def]
    from staan_desktop.services import edits, interchange, queries

    try:
        doc = interchange.create_demo(folder / "demo.staan")
    except FileNotFoundError:  # no demo yet: the template, which has no scores to show
        doc = interchange.create_from_tree(folder / "demo.staan", interchange.template_tree("staan-werkwijze"))
    # Municipal scores on Vastgoed and ICT: a spread the room should discuss, and no agreement yet.
    fields = {f.name: f.id for f in queries.task_fields(doc)}
    municipalities = queries.municipalities(doc)
    criteria = queries.criteria(doc)
    for name, rows in (("Vastgoed", ((5, 4), (2, 3), (4, 4), (3, 3))), ("ICT", ((2, 3), (3, 2), (2, 2), (1, 2)))):
        if name not in fields:
            continue
        for municipality, values in zip(municipalities, rows):
            for criterion, value in zip(criteria, values):
                edits.set_score(doc, task_field_id=fields[name], criterion_id=criterion.id, municipality_id=municipality.id, value=value)
        if name == "ICT":
            for criterion in criteria[:2]:
                edits.set_score(doc, task_field_id=fields[name], criterion_id=criterion.id, municipality_id=None, value=None)
    return doc


def grab(page, path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    page.resize(*PAGE_SIZE)
    page.show()
    for _ in range(5):
        QApplication.processEvents()
    image = page.grab()
    image.save(str(path))
    print(f"saved {path} ({image.width()}x{image.height()})")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=115, help="text size in percent, as in the settings")
    parser.add_argument("--all", action="store_true", help="also every other capture page")
    parser.add_argument("--out", default=str(ROOT / "docs"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from staan_desktop.gui import i18n, theme
    from staan_desktop.gui.context import WorkspaceContext
    from staan_desktop.gui.pages import PAGES
    from staan_desktop.gui.pages.interests import InterestsPage
    from staan_desktop.gui.pages.scoring import ScoringPage

    app = QApplication.instance() or QApplication([sys.argv[0], "-style", theme.STYLE])
    i18n.set_language("nl")  # Dutch numbers too: "2,5", not "2.5"
    theme.apply(app, "light", args.scale)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory(prefix="staan-pages-") as folder:
        doc = demo_document(Path(folder))
        context = WorkspaceContext(doc)

        scoring = ScoringPage(context)
        scoring.refresh(None)
        scoring.view.setCurrentIndex(scoring.proxy.index(7, 2))  # Vastgoed, where they disagree
        scoring.view.setFocus(Qt.FocusReason.OtherFocusReason)
        grab(scoring, out / "scoring-grid.png")
        # Five criteria, the class and the dissent mark should fit without scrolling sideways.
        overflow = scoring.view.horizontalHeader().length() - scoring.view.viewport().width()
        print(f"scoring grid: columns {'fit' if overflow <= 0 else f'{overflow} px too wide'}")

        interests = InterestsPage(context)
        interests.refresh(None)
        interests.view.setCurrentIndex(interests.model.index(0, 1))
        grab(interests, out / "interests-grid.png")

        if args.all:
            for page_class in (entry.load() for entry in PAGES):
                if page_class in (ScoringPage, InterestsPage) or page_class.__module__.endswith("overview"):
                    continue
                page = page_class(context)
                page.refresh(None)
                name = page_class.__module__.rsplit(".", 1)[-1].replace("_", "-")
                grab(page, out / f"page-{name}.png")
                page.deleteLater()
        doc.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
