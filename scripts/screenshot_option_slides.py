"""Screenshots of the verkenning's projector slides (SWOT, comparison, verdicts and decision)
at 1366×768 and 1920×1080, to look at them.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshot_option_slides.py [OUT_DIR]

The document is the one the slides' test uses (tests/gui/projector/test_option_slides.py): the
example verkenning with scores and one failed knock-out added. Throw-away data folder and settings.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sandboxed_app import ROOT, sandboxed_app

SIZES = ((1366, 768), (1920, 1080))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    qapp, _settings, scratch = sandboxed_app(prefix="staan-option-slides-")
    sys.path.insert(0, str(ROOT / "tests"))
    from gui.projector.test_option_slides import scored_example  # the slides' test document

    from staan_desktop.gui.projector.window import ProjectorWindow
    from staan_desktop.services import interchange

    tree = scored_example()
    doc = interchange.create_from_tree(scratch / "verkenning.staan", tree)
    projector = ProjectorWindow()
    projector.set_document(doc, tree.trajectory.title)
    projector.show()
    for width, height in SIZES:
        projector.resize(width, height)
        for page, name in (("options", "swot"), ("frame", "comparison"), ("decision", "decision")):
            projector.show_page(page)
            for _ in range(10):
                qapp.processEvents()
            target = out / f"projector-{name}-{width}x{height}.png"
            projector.grab().save(str(target))
            print(target)
    doc.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
