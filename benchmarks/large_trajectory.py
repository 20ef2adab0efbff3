"""Figure 4: the largest trajectory we promise to handle (see :mod:`benchmarks.generate`).

Each session runs in a fresh child process (:mod:`benchmarks.large_session`) so that its peak
memory is its own; the bare-tools baseline session runs in its own child, alternating with
the application's. The document is written once per run by the services (that time is shown
as information) and is then in the OS file cache for every session, as a file just saved is.
Durable edits on the large document are timed here, after the sessions.
"""

from __future__ import annotations

import time
from pathlib import Path

from . import edit_latency
from .generate import Size
from .measure import Row, child_env, median, run_child, value_at_most
from .words import paragraphs

GOALS = {
    "open": value_at_most(1.0, "s"),
    "grid": value_at_most(0.2, "s"),
    "export": value_at_most(10.0, "s"),
    "app_open": value_at_most(1.0, "s"),
}
MEMORY_GOAL = value_at_most(400, "MB")

#: (key in the session output, label, what the baseline session did instead)
STEPS = (
    ("open", "open_document + trajectory info", "sqlite3 connect + SELECT"),
    ("load_tree", "load_tree (whole tree)", "sqlite3 SELECT * of every table"),
    ("grid", "scoring grid model filled", "sqlite3 GROUP BY of the scores"),
    ("scroll", "grid shown, scrolled to bottom-right", "QTableView over a trivial model"),
    ("export", "PDF export with progress", "plain Paragraphs, same words & font"),
)


def _sessions(path: Path, words: Path, repeats: int, workdir: Path) -> tuple[list[dict], list[dict]]:
    env = child_env(workdir / "large-home")
    apps, bases = [], []
    for _ in range(repeats):
        apps.append(run_child("benchmarks.large_session", ["app", str(path)], env))
        bases.append(run_child("benchmarks.large_session", ["baseline", str(path), str(words)], env))
    return apps, bases


def run(workdir: Path, size: Size, repeats: int, edit_repeats: int) -> list[Row]:
    from staan_desktop.services.interchange import create_from_tree

    from .generate import large_tree

    tag = f"large ({size.municipalities}×{size.task_fields}×{size.criteria}, {size.scores:,} scores): "
    tree = large_tree(size)
    words = workdir / "large-words.txt"
    words.write_text("\n\n".join(paragraphs(tree)), encoding="utf-8")
    path = workdir / "large.staan"
    path.unlink(missing_ok=True)
    start = time.perf_counter()
    create_from_tree(path, tree).close()
    created = time.perf_counter() - start
    del tree

    apps, bases = _sessions(path, words, repeats, workdir)
    rows = [Row(tag + "create from tree (import)", created, "s", note=f"{path.stat().st_size / 1e6:.0f} MB file")]
    for key, label, baseline_name in STEPS:
        note = f"median of {repeats}"
        if key == "grid":
            note += f"; {apps[0]['grid_source']}"
        if key == "export":
            note += (f"; {apps[0]['progress_calls']} progress callbacks, "
                     f"{'complete' if all(a['progress_complete'] for a in apps) else 'INCOMPLETE'}; "
                     f"{apps[0]['pdf_bytes'] / 1e6:.1f} MB PDF")
        rows.append(Row(f"  {label}", median([a[key] for a in apps]), "s", median([b[key] for b in bases]),
                        baseline_name, GOALS.get(key), note=note))
    if "app_open" in apps[0]:
        rows.append(Row("  open in the main window (first page)", median([a["app_open"] for a in apps]), "s",
                        median([b["open"] for b in bases]), "sqlite3 connect + SELECT", GOALS["app_open"],
                        note="gui: open_locked + MainWindow.show_document + paint; other pages build when shown"))
        if "first_visit_max" in apps[0]:
            rows.append(Row("  first visit of another page, slowest", median([a["first_visit_max"] for a in apps]),
                            "s", note=f"{apps[0]['first_visit_page']}; all {apps[0]['first_visit_pages']} others "
                                      f"together {median([a['first_visit_total'] for a in apps]):.2f} s; median of {repeats}"))
    else:
        rows.append(Row("  open in the main window (first page)", None, "s", goal=GOALS["app_open"],
                        note=f"skipped: {apps[0].get('app_open_error')}"))
    rows.append(Row("  peak memory (RSS) of the session", max(a["peak_rss_mb"] for a in apps), "MB",
                    max(b["peak_rss_mb"] for b in bases),
                    "the baseline session", MEMORY_GOAL, note=f"max of {repeats} child processes"))

    from staan_desktop.services.store import open_document

    doc = open_document(path)
    try:
        rows += edit_latency.edit_rows(doc, workdir, edit_repeats, label="  large: ")
    finally:
        doc.close()
    return rows
