"""Figure 3: durable edit latency through the services, against a bare ``sqlite3`` INSERT plus
COMMIT with the same durability pragmas, in a file in the same directory (so on the same
disk: the fsyncs of a commit are most of the cost and depend only on the disk).

The baseline keeps one connection open, as the cheapest possible writer would. The three
kinds of edit alternate, so that disk and machine noise hit them alike.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .measure import Row, alternate, median, p99, ratio_at_most, value_at_most

if TYPE_CHECKING:
    from staan_desktop.services.store import Document

P99_BUDGET_MS = 20.0


def _bare_writer(path: Path) -> tuple[sqlite3.Connection, Callable[[], None]]:
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    for pragma in ("journal_mode=DELETE", "synchronous=FULL", "foreign_keys=ON"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE statement (id INTEGER PRIMARY KEY, text TEXT NOT NULL, position INTEGER NOT NULL)")
    conn.commit()
    counter = iter(range(10**9))

    def insert() -> None:
        i = next(counter)
        conn.execute("INSERT INTO statement (text, position) VALUES (?, ?)", (f"Uitspraak {i}", i))
        conn.commit()

    return conn, insert


def edit_rows(doc: Document, workdir: Path, repeats: int, label: str = "") -> list[Row]:
    """set_score and add_statement on ``doc`` against the bare writer; the large-trajectory
    figure uses this too, on the large document."""
    from staan_desktop.services import edits, queries

    grid = queries.scoring_grid(doc)
    task_field = grid.task_fields[len(grid.task_fields) // 2]
    criterion = grid.criteria[-1]
    municipality = grid.municipalities[-1]
    values = iter(range(10**9))

    def set_score() -> None:
        value = criterion.scale_min + next(values) % (criterion.scale_max - criterion.scale_min + 1)
        edits.set_score(doc, task_field_id=task_field.id, criterion_id=criterion.id,
                        municipality_id=municipality.id, value=value)

    texts = iter(range(10**9))

    def add_statement() -> None:
        edits.add_statement(doc, text=f"Benchmark-uitspraak {next(texts)}")

    conn, bare_insert = _bare_writer(workdir / f"bare-{len(label)}.sqlite")
    try:
        for action in (set_score, add_statement, bare_insert):  # warm-up, not counted
            action()
        seconds = alternate(repeats, set_score=set_score, add_statement=add_statement, bare=bare_insert)
    finally:
        conn.close()
    ms = {name: [s * 1000 for s in samples] for name, samples in seconds.items()}
    rows = []
    for name in ("set_score", "add_statement"):
        rows.append(Row(f"{label}{name}, median", median(ms[name]), "ms", median(ms["bare"]),
                        "sqlite3 INSERT+COMMIT, same pragmas & dir", ratio_at_most(3), note=f"{repeats} edits"))
        rows.append(Row(f"{label}{name}, p99", p99(ms[name]), "ms", p99(ms["bare"]),
                        "sqlite3 INSERT+COMMIT, p99", value_at_most(P99_BUDGET_MS, "ms")))
    return rows

def run(workdir: Path, repeats: int) -> list[Row]:
    from staan_desktop.services.interchange import create_demo

    path = workdir / "edits-demo.staan"
    path.unlink(missing_ok=True)
    doc = create_demo(path)
    try:
        return edit_rows(doc, workdir, repeats)
    finally:
        doc.close()
