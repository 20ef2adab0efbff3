"""Screenshots of the projector view for the docs: the demo document in a live session.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshot_projector.py [OUT_DIR]
        [--size 1920x1080] [--dark]

Writes projector-ambition.png, projector-scores-hidden.png, projector-scores-revealed.png,
projector-title.png, projector-interests.png and projector-laptop.png (the facilitator's window
with the session panel) to OUT_DIR (default docs/). The demo's scores were agreed in the room;
to show blind scoring, the script plays a second round: the agreed scores are cleared and three
of the four municipalities score, the last one not yet done. Throw-away data folder and
settings: the user's own are never touched.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sandboxed_app import ROOT, sandboxed_app

#: Per municipality, how far its score lies from the demo's agreed score (cycled over the
#: criteria); Noordenveld is harsh on Juridisch and ICT, which shows as dissent.
#: Within one point of each other (close enough to agree), except where DISSENT says.
OFFSETS = {"Aa en Hunze": (0, 1, 0, 0, 0), "Assen": (0, 0, -1, 0, 0), "Noordenveld": (0, 0, 0, 1, 0), "Tynaarlo": (0, 0, 0, 0, -1)}
DISSENT = {("Noordenveld", "Juridisch"): -3, ("Noordenveld", "ICT"): -2}
#: Tynaarlo has scored only the first fields; Noordenveld is halfway through one field.
TYNAARLO_DONE = 6


def play_blind_round(doc) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.services import edits, queries

    grid = queries.scoring_grid(doc)
    towns = {m.name: m.id for m in grid.municipalities}
    for row, field in enumerate(grid.task_fields):
        for col, criterion in enumerate(grid.criteria):
            agreed = grid.summaries[(field.id, criterion.id)].agreed
            assert agreed is not None
            edits.set_score(doc, task_field_id=field.id, criterion_id=criterion.id, municipality_id=None, value=None)
            for name, offsets in OFFSETS.items():
                if name == "Tynaarlo" and row >= TYNAARLO_DONE:
                    continue
                if name == "Noordenveld" and row == len(grid.task_fields) - 1 and col >= 2:
                    continue
                value = agreed + offsets[(col + row) % len(offsets)] + DISSENT.get((name, field.name), 0)
                value = min(criterion.scale_max, max(criterion.scale_min, value))
                edits.set_score(doc, task_field_id=field.id, criterion_id=criterion.id, municipality_id=towns[name], value=value)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs"))
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    qapp, settings, scratch = sandboxed_app(prefix="staan-projector-")

    from PySide6.QtWidgets import QApplication

    from staan_desktop.gui.main_window import MainWindow
    from staan_desktop.services import edits, interchange

    path = scratch / "Werkconferentie STAAN.staan"
    interchange.create_demo(path).close()

    window = MainWindow(settings)
    window.resize(1440, 860)
    window.show()
    window.open_path(path)
    while window.current is None:
        qapp.processEvents()
    session = window.session
    now = [0.0]
    session.clock.now = lambda: now[0]
    session.actions["dark_projector"].setChecked(args.dark)
    session.actions["projector"].setChecked(True)  # what F5 does
    projector = session.projector
    assert projector is not None
    width, height = (int(v) for v in args.size.split("x"))
    projector.showNormal()
    projector.resize(width, height)

    def settle() -> None:
        for _ in range(8):
            QApplication.processEvents()

    def shot(name: str) -> None:
        settle()
        image = projector.grab()
        image.save(str(out / name))
        print(f"saved {out / name} ({image.width()}x{image.height()})")

    session.clock.go(0)
    now[0] += 4 * 60 + 12
    session.clock.ticked.emit()
    shot("projector-title.png")

    session.clock.go(1)  # gedeelde ambitie
    now[0] += 17 * 60 + 20
    context = window.context
    assert context is not None
    context.edit(
        "Uitspraak",
        lambda: edits.add_statement(context.doc, text="We beginnen klein en concreet, en bouwen vertrouwen op door resultaat."),
    )
    session.clock.ticked.emit()
    shot("projector-ambition.png")

    session.clock.go(3)  # belangen
    now[0] += 8 * 60
    session.clock.ticked.emit()
    shot("projector-interests.png")

    play_blind_round(context.doc)
    # Many scores at once: tell the screens that scores changed, as one change would.
    scores_changed = edits.Change(
        edits.Table.SCORE, edits.Action.UPDATED, None, edits.FormerValues({}), frozenset({edits.Table.SCORE})
    )
    window.workspace.route(scores_changed, follow=False)
    projector.on_changed(scores_changed)
    session.clock.go(6)  # scoren
    now[0] += 42 * 60 + 10  # 40 minutes planned: over time
    session.clock.ticked.emit()
    shot("projector-scores-hidden.png")

    session.actions["reveal_all"].setChecked(True)
    shot("projector-scores-revealed.png")

    window.resize(1440, 860)
    settle()
    laptop = window.grab()
    laptop.save(str(out / "projector-laptop.png"))
    print(f"saved {out / 'projector-laptop.png'} ({laptop.width()}x{laptop.height()})")

    session.actions["projector"].setChecked(False)
    window.close()
    qapp.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
