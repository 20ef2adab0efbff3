"""Child process of the large-trajectory figure: one session on the large document, timed step
by step, with its own peak memory.

    python -m benchmarks.large_session app FILE.staan        what the application does
    python -m benchmarks.large_session baseline FILE WORDS   the same with bare tools

Prints one JSON line of timings (seconds) and ``peak_rss_mb``. Imports and the QApplication come first and are
not timed: a user opens a large file in an application that is already running.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView

from .measure import peak_rss_mb


def _timed(results: dict[str, Any], name: str, action: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    value = action()
    results[name] = time.perf_counter() - start
    return value


def _scroll(app: QApplication, model: QAbstractTableModel) -> None:
    """Show a table over ``model``, paint it, scroll to the bottom right and paint again."""
    view = QTableView()
    view.resize(1280, 800)
    view.setModel(model)
    view.show()
    app.processEvents()
    view.scrollToBottom()
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    app.processEvents()
    view.close()


def app_session(path: Path) -> dict[str, Any]:
    from staan_desktop.reports.pdf import render_pdf
    from staan_desktop.services import queries
    from staan_desktop.services.interchange import load_info, load_tree
    from staan_desktop.services.store import open_document

    app = QApplication.instance() or QApplication(["large_session"])
    results: dict[str, Any] = {}

    def open_and_info() -> Any:
        doc = open_document(path)
        load_info(doc)  # title and status: what the window title and the first page need
        return doc

    doc = _timed(results, "open", open_and_info)
    tree = _timed(results, "load_tree", lambda: load_tree(doc))
    try:
        from staan_desktop.gui.models.scoring_model import ScoringModel

        def fill() -> QAbstractTableModel:
            model = ScoringModel()
            model.load(queries.scoring_grid(doc))
            return model

        results["grid_source"] = "ScoringModel"
    except ImportError:  # before the GUI's model existed: the service query it uses
        fill = lambda: _Trivial(len(queries.scoring_grid(doc).task_fields), 12)  # noqa: E731
        results["grid_source"] = "queries.scoring_grid"
    grid_model = _timed(results, "grid", fill)
    _timed(results, "scroll", lambda: _scroll(app, grid_model))

    calls: list[tuple[int, int]] = []
    pdf = _timed(results, "export", lambda: render_pdf(tree, None, lambda done, total: calls.append((done, total))))
    results["progress_calls"] = len(calls)
    results["progress_complete"] = bool(calls) and calls[-1][0] == calls[-1][1]
    results["pdf_bytes"] = len(pdf)
    pdf, tree, grid_model = b"", None, None  # freed before the window's own open is measured
    doc.close()
    results.update(_app_open(app, path))
    return results


def _app_open(app: QApplication, path: Path) -> dict[str, Any]:
    """Open the document the way the main window does (lock, checks, its first page built and
    filled), until it has painted; then show every other page once, as the user first goes to
    it (a page is built when first shown), each timed until painted. Skipped with a reason when
    the GUI's API moved on."""
    try:
        from staan_desktop.gui.app import create_application, prepare
        from staan_desktop.gui.documents import open_locked
        from staan_desktop.gui.main_window import MainWindow
        from staan_desktop.gui.settings import Settings

        create_application(["large_session"])
        settings = Settings()
        prepare(app, settings)
        window = MainWindow(settings)
        window.show()
        app.processEvents()

        def open_in_window() -> None:
            window.show_document(open_locked(path))
            app.processEvents()

        results: dict[str, Any] = {}
        _timed(results, "app_open", open_in_window)
        visits: dict[str, float] = {}
        for row in range(1, len(window.page_specs)):
            start = time.perf_counter()
            window.go_to(row)
            app.processEvents()
            visits[window.page_specs[row].key] = time.perf_counter() - start
        if visits:
            slowest = max(visits, key=visits.__getitem__)
            results.update(first_visit_max=visits[slowest], first_visit_page=slowest,
                           first_visit_total=sum(visits.values()), first_visit_pages=len(visits))
        window.release_document()
        window.close()
        return results
    except Exception as exc:  # noqa: BLE001 - reported as a skipped row, not a crash
        return {"app_open_error": f"{type(exc).__name__}: {exc}"}


class _Trivial(QAbstractTableModel):
    """The cheapest possible model of a given shape: the floor for the grid's scrolling."""

    def __init__(self, rows: int, columns: int) -> None:
        super().__init__()
        self.rows, self.columns = rows, columns

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else self.rows

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.columns

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return f"{index.row()}·{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None


def baseline_session(path: Path, words: Path) -> dict[str, Any]:
    from .pdf_export import plain_paragraphs_pdf

    app = QApplication.instance() or QApplication(["large_session"])
    results: dict[str, Any] = {}
    plain_paragraphs_pdf(["warm"])  # font registration is once per process, not per export

    def open_and_info() -> sqlite3.Connection:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        conn.execute("SELECT title, subtitle, status FROM trajectory").fetchone()
        return conn

    conn = _timed(results, "open", open_and_info)
    tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    _timed(results, "load_tree", lambda: [conn.execute(f'SELECT * FROM "{name}"').fetchall() for name in tables])
    shape = conn.execute("SELECT count(*), (SELECT count(*) FROM criterion) FROM task_field WHERE shortlisted").fetchone()
    _timed(results, "grid", lambda: conn.execute(
        "SELECT task_field_id, criterion_id, count(*), sum(value), min(value), max(value) FROM score "
        "WHERE municipality_id IS NOT NULL GROUP BY task_field_id, criterion_id").fetchall())
    _timed(results, "scroll", lambda: _scroll(app, _Trivial(shape[0], shape[1] + 3)))
    texts = words.read_text(encoding="utf-8").split("\n\n")
    _timed(results, "export", lambda: plain_paragraphs_pdf(texts))
    conn.close()
    return results


if __name__ == "__main__":
    mode, file = sys.argv[1], Path(sys.argv[2])
    output = app_session(file) if mode == "app" else baseline_session(file, Path(sys.argv[3]))
    output["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(output))
