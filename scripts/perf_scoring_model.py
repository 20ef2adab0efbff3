"""How long the scoring grid takes to load for the largest document we promise to handle:
50 municipalities × 500 short-listed task fields × 10 criteria, every score filled in.

Run: python scripts/perf_scoring_model.py  (prints the timings; the budget is 0.2 s)."""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from staan_desktop.domain import document as d  # noqa: E402
from staan_desktop.services import interchange, queries  # noqa: E402

BUDGET = 0.2


def big_tree(municipalities: int = 50, task_fields: int = 500, criteria: int = 10) -> d.Trajectory:
    rng = random.Random(4)
    muns = tuple(f"Gemeente {i:02d}" for i in range(municipalities))
    crits = tuple(d.Criterion(name=f"Criterium {c}") for c in range(criteria))
    fields = []
    for i in range(task_fields):
        scores = [
            d.Score(criterion=c.name, municipality=m, value=rng.randint(1, 5)) for c in crits for m in (None, *muns)
        ]
        fields.append(d.TaskField(name=f"Taakveld {i:03d}", shortlisted=True, scores=tuple(scores)))
    template = interchange.template_tree("staan-werkwijze")
    return d.Trajectory(
        trajectory=d.TrajectoryInfo(title="Groot traject"),
        municipalities=muns,
        criteria=crits,
        classes=template.classes,
        task_fields=tuple(fields),
    )


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from staan_desktop.gui.models.scoring_model import ScoringModel

    app = QApplication.instance() or QApplication([])  # noqa: F841 - models need an application
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        doc = interchange.create_from_tree(Path(folder) / "groot.staan", big_tree())
        print(f"document gemaakt in {time.perf_counter() - started:.1f} s")
        timings = []
        for _ in range(5):
            started = time.perf_counter()
            grid = queries.scoring_grid(doc)
            queried = time.perf_counter()
            model = ScoringModel()
            model.load(grid)
            done = time.perf_counter()
            timings.append((queried - started, done - queried, done - started))
        query, build, total = min(timings)
        scores = sum(s.count + (s.agreed is not None) for s in grid.summaries.values())
        print(f"{scores} scores; query {query * 1000:.0f} ms, model {build * 1000:.0f} ms, "
              f"samen {total * 1000:.0f} ms (budget {BUDGET * 1000:.0f} ms)")
        started = time.perf_counter()
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                model.data(model.index(row, col))
        cells = model.rowCount() * model.columnCount()
        print(f"alle {cells} cellen getoond (eerste keer, met indeling) in {(time.perf_counter() - started) * 1000:.0f} ms")
        from staan_desktop.gui.context import WorkspaceContext

        model.context = WorkspaceContext(doc)
        started = time.perf_counter()
        model.set_source(grid.municipalities[7].id)
        print(f"wisselen naar één gemeente: {(time.perf_counter() - started) * 1000:.0f} ms")
        model.setData(model.index(3, 2), 1)
        started = time.perf_counter()
        model.refresh(model.context.undo_stack.command(0).change)
        model.data(model.index(3, model.classification_column))
        print(f"één score bijwerken na een toets: {(time.perf_counter() - started) * 1000:.1f} ms")
        doc.close()
    return 0 if total < BUDGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
