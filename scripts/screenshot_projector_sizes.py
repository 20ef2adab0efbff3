"""Screenshots of projector slides at several window sizes, to see that they fit: the shared
ambition with long statements, and the scoring matrix with 13 short-listed task fields.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshot_projector_sizes.py [OUT_DIR]

Writes projector-fit-ambition-WxH.png and projector-fit-scores-WxH.png for 1024x768, 1366x768
and 1920x1080 to OUT_DIR (default docs/). The document is the one the layout test uses
(tests/gui/projector/test_projector_fits.py). Throw-away data folder and settings.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sandboxed_app import ROOT, sandboxed_app

SIZES = ((1024, 768), (1366, 768), (1920, 1080))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    qapp, _settings, scratch = sandboxed_app(prefix="staan-projector-sizes-")
    sys.path.insert(0, str(ROOT / "tests" / "gui" / "projector"))
    from test_projector_fits import tree  # the layout test's document

    from staan_desktop.gui.projector.scoreboard import Reveal
    from staan_desktop.gui.projector.window import ProjectorWindow
    from staan_desktop.services import interchange

    doc = interchange.create_from_tree(scratch / "fits.staan", tree(13))
    projector = ProjectorWindow()
    projector.set_document(doc, "Samenwerking in de regio: een verkenning — werkconferentie")
    projector.set_reveal(Reveal(everything=True))
    projector.show()
    for width, height in SIZES:
        projector.resize(width, height)
        for page, name in (("ambition", "ambition"), ("scoring", "scores")):  # pages by key
            projector.show_page(page)
            for _ in range(5):
                qapp.processEvents()
            target = out / f"projector-fit-{name}-{width}x{height}.png"
            projector.grab().save(str(target))
            print(target)
    doc.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
