"""Screenshots of the projector's ranking per weight set (the slide after the scoring matrix
and after the options' comparison) at 1366×768 and 1920×1080, to look at them.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshot_weight_sets_slide.py [OUT_DIR]

The task fields are the demo's short list with varied agreed scores, Assen, Noordenveld and
Tynaarlo weighing the criteria their own way; the options are those of the option slides' test (the example verkenning with scores
and one failed knock-out) with three municipalities' weights. Throw-away data folder and settings.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from sandboxed_app import ROOT, sandboxed_app

SIZES = ((1366, 768), (1920, 1080))


def varied_demo():  # type: ignore[no-untyped-def]
    """The demo's short list with agreed scores that differ per task field and criterion (the
    demo's own put seven task fields on one place), and three municipalities' own weights."""
    sys.path.insert(0, str(ROOT / "tests"))
    from gui.projector.test_weight_sets_slide import with_sets

    from staan_desktop.domain import document as d
    from staan_desktop.services import interchange

    demo = interchange.demo_tree()
    scores = random.Random(1)  # the same picture every run
    fields = tuple(
        tf.model_copy(update={"scores": tuple(d.Score(criterion=c.name, value=scores.choice((2, 3, 3, 4, 4, 5)))
                                              for c in demo.criteria), "override": None})
        for tf in demo.task_fields
    )
    return with_sets(demo.model_copy(update={"task_fields": fields}),
                     {"Assen": {0: 2.0}, "Noordenveld": {4: 0.0}, "Tynaarlo": {1: 3.0}})


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    qapp, _settings, scratch = sandboxed_app(prefix="staan-weight-slide-")
    sys.path.insert(0, str(ROOT / "tests"))
    from gui.projector.test_option_slides import scored_example  # the slides' test document
    from gui.projector.test_weight_sets_slide import with_sets

    from staan_desktop.gui.projector.scoreboard import Reveal
    from staan_desktop.gui.projector.window import ProjectorWindow
    from staan_desktop.services import interchange

    documents = {
        "scoring": interchange.create_from_tree(scratch / "demo.staan", varied_demo()),
        "frame": interchange.create_from_tree(scratch / "verkenning.staan", with_sets(
            scored_example(), {"Dinkelland": {6: 0.0}, "Tubbergen": {1: 3.0}, "Oldenzaal": {2: 5.0, 3: 0.0}})),
    }
    projector = ProjectorWindow()
    projector.show()
    for page, doc in documents.items():
        projector.set_document(doc, "Samenwerking in de regio")
        projector.set_reveal(Reveal(everything=True))
        for width, height in SIZES:
            projector.resize(width, height)
            projector.show_page("OverviewPage")
            projector.show_page(page)
            view = projector.views["scoring" if page == "scoring" else "options_comparison"]
            while getattr(view, "stage", None) != "weights" and not getattr(view, "on_weights", False):
                if not view.next_page():
                    raise SystemExit(f"{page}: no ranking per weight set")
            for _ in range(10):
                qapp.processEvents()
            name = "task-fields" if page == "scoring" else "options"
            target = out / f"projector-weight-sets-{name}-{width}x{height}.png"
            projector.grab().save(str(target))
            print(target)
    for doc in documents.values():
        doc.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
