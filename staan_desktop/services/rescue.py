"""Rescue: a clean new document from what still validates in a refused file.

A refused file is never changed. Rescue copies it (with its journal, if any) into a private
temporary folder and reads the copy with plain ``sqlite3``: only the tables and columns this
version knows, only real tables (a view of the same name is never queried), ``trusted_schema``
off, every value as bytes. Each row must meet the rules of its columns
(:mod:`staan_desktop.domain.row_rules`) and its references; the rows that do are gathered in an
empty document of the current schema, read back as a :class:`Trajectory` tree like any
document, and written to the new file through the ordinary import path. So the result is an
ordinary valid document, and the report names every row that was left out and why.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from staan_desktop.domain import document as d
from staan_desktop.domain import tables as t
from staan_desktop.domain.messages import Message, msg, phrase, worded
from staan_desktop.domain.row_rules import row_problem

from .errors import DocumentError, ValidationError
from .file_admission import check_kind
from .interchange import create_from_tree, load_tree
from .store import create_document, open_document
from .tree import CONTENT_TABLES, TABLE_LIMITS, validate_tree

#: The beginning of a SQLite rollback journal; a file beside the document that does not start
#: with it is not copied along.
_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_MAX_SIDE_FILE = 64 * 1024 * 1024

#: What a rescued document starts from when its own trajectory row cannot be read.
RESCUED_TITLE = "Gered traject"


@dataclass(frozen=True)
class LeftOut:
    """One row (or a whole table) that is not in the rescued document, and why."""

    table: str
    row: object
    #: Dutch, keeping its message (:func:`~staan_desktop.domain.messages.worded`) for the window.
    reason: str

    def message(self) -> Message:
        """The line in the user's language: the window renders it, the command line prints it
        in Dutch (``str``)."""
        if self.row is None:
            return msg("rescue.left_out_table", table=self.table, reason=self.reason)
        return msg("rescue.left_out_row", table=self.table, row=self.row, reason=self.reason)

    def __str__(self) -> str:
        return self.message().dutch()


@dataclass
class RescueReport:
    target: Path
    kept: int = 0
    left_out: list[LeftOut] = field(default_factory=list)


def _copy_beside(source: Path, folder: Path) -> Path:
    """The document and its rollback journal, copied: SQLite may roll the copy back, never the
    original. A journal is copied only when it is a small regular file that looks like one."""
    copy = folder / "bron.staan"
    shutil.copyfile(source, copy)
    journal = source.with_name(source.name + "-journal")
    try:
        if journal.is_file() and not journal.is_symlink() and journal.stat().st_size <= _MAX_SIDE_FILE:
            with journal.open("rb") as handle:
                if handle.read(8) == _JOURNAL_MAGIC:
                    shutil.copyfile(journal, folder / "bron.staan-journal")
    except OSError:
        pass  # no journal then: the file as it stands
    return copy


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.text_factory = bytes  # decoded per value below: invalid UTF-8 costs one row, not the file
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA foreign_keys=OFF")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        # A journal that does not belong to this file can leave the copy unreadable: read the
        # file as it stands instead.
        conn.close()
        path.with_name(path.name + "-journal").unlink(missing_ok=True)
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?immutable=1", uri=True, isolation_level=None)
        conn.text_factory = bytes
        conn.execute("PRAGMA trusted_schema=OFF")
    return conn


def _real_tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {name.decode("utf-8", "replace") for (name,) in rows}


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    rows = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    return {row[1].decode("utf-8", "replace") for row in rows}


def _decoded(table: Any, values: dict[str, Any]) -> tuple[str, str] | None:
    """Turn the raw values into what SQLAlchemy would hand the ORM (text, JSON, booleans);
    ``(column, reason)`` when one cannot be."""
    for column in table.columns:
        value = values.get(column.name)
        if isinstance(value, bytes):  # no column of ours holds bytes: it is text
            try:
                value = value.decode("utf-8")
            except UnicodeDecodeError:
                return column.name, worded(msg("rescue.not_utf8"))
        kind = type(column.type).__name__
        if kind == "JSON" and isinstance(value, str):
            try:
                value = json.loads(value)
            except RecursionError:
                return column.name, worded(msg("rows.too_deep"))
            except ValueError:
                return column.name, worded(msg("rescue.not_json"))
        if kind == "Boolean" and value in (0, 1) and not isinstance(value, float):
            value = bool(value)
        values[column.name] = value
    return None


def _stored(table: Any, values: dict[str, Any]) -> tuple[Any, ...]:
    def stored(column: Any) -> Any:
        value = values[column.name]
        return json.dumps(value, ensure_ascii=False) if type(column.type).__name__ == "JSON" else value

    return tuple(stored(column) for column in table.columns)


class _Rescue:
    def __init__(self, source: sqlite3.Connection, scratch: sqlite3.Connection, report: RescueReport) -> None:
        self.source = source
        self.scratch = scratch
        self.report = report
        self.tables = _real_tables(source)
        self.scales: dict[int, tuple[int, int]] = {}
        self.class_keys: set[str] = set()

    def leave_out(self, table: str, row: object, reason: str) -> None:
        self.report.left_out.append(LeftOut(table, row, reason))

    def rows(self, table: Any) -> list[dict[str, Any]] | None:
        name = table.name
        if name not in self.tables:
            self.leave_out(name, None, worded(msg("rescue.no_table")))
            return None
        present = _columns(self.source, name)
        wanted = [c.name for c in table.columns if c.name in present]
        if "id" not in wanted:
            self.leave_out(name, None, worded(msg("rescue.no_id")))
            return None
        select = ", ".join(f'"{c}"' for c in wanted)
        limit = TABLE_LIMITS.get(name, -1)  # the rest is left out: a million statements still yield a document
        try:
            raw = self.source.execute(f'SELECT {select} FROM "{name}" ORDER BY "id" LIMIT ?', (limit,)).fetchall()
            if limit >= 0 and len(raw) == limit:
                (total,) = self.source.execute(f'SELECT count(*) FROM "{name}"').fetchone()
                if total > limit:
                    self.leave_out(name, None, worded(msg("rescue.over_limit", more=total - limit, limit=limit)))
        except sqlite3.DatabaseError:
            self.leave_out(name, None, worded(msg("rescue.table_unreadable")))
            return None
        rows = []
        for values in raw:
            row = dict(zip(wanted, values))
            for column in table.columns:  # a column an older version did not have: its default
                if column.name not in row:
                    row[column.name] = column.default.arg if column.default is not None and not callable(column.default.arg) else None
            rows.append(row)
        return rows

    def valid(self, table: Any, row: dict[str, Any]) -> bool:
        problem = _decoded(table, row) or row_problem(table, row)
        reason = None
        if problem is not None:
            column, why = problem
            reason = worded(msg("rescue.column", column=column, why=phrase(why))) if column else phrase(why)
        if reason is None:
            reason = self.cross_check(table.name, row)
        if reason is not None:
            self.leave_out(table.name, row.get("id"), reason)
            return False
        return True

    def cross_check(self, name: str, row: dict[str, Any]) -> str | None:
        """The rules between rows that the tree checks (validate_tree), as far as one row can
        break them."""
        if name == "criterion" and row["scale_min"] >= row["scale_max"]:
            return worded(msg("rescue.scale_order"))
        if name == "score":
            low, high = self.scales.get(row["criterion_id"], (None, None))
            if low is not None and not low <= row["value"] <= high:
                return worded(msg("rescue.score_outside", value=row["value"], low=low, high=high))
        if name == "task_field" and row["overridden"] and row["override_key"] is not None:
            if row["override_key"] not in self.class_keys:
                return worded(msg("rescue.override_unknown_class"))
        if name == "task_field" and row["overridden"] and not row["override_reason"]:
            return worded(msg("rescue.override_without_reason"))
        return None

    def insert(self, table: Any, row: dict[str, Any]) -> bool:
        columns = ", ".join(f'"{c.name}"' for c in table.columns)
        marks = ", ".join("?" for _ in table.columns)
        try:
            self.scratch.execute(f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})', _stored(table, row))
        except sqlite3.IntegrityError as exc:
            text = str(exc)
            reason = worded(msg("rescue.twice") if "UNIQUE" in text else msg("rescue.missing_reference"))
            self.leave_out(table.name, row.get("id"), reason)
            return False
        if table.name == "criterion":
            self.scales[row["id"]] = (row["scale_min"], row["scale_max"])
        if table.name == "classification_class":
            self.class_keys.add(row["key"])
        self.report.kept += 1
        return True

    def trajectory(self) -> None:
        table = t.sql_table(t.TrajectoryRow)
        rows = self.rows(table) or []
        for extra in rows[1:]:
            self.leave_out("trajectory", extra.get("id"), worded(msg("rescue.second_trajectory")))
        defaults = d.TrajectoryInfo(title=RESCUED_TITLE).model_dump(mode="json")
        defaults["character_keywords"] = []
        row = rows[0] if rows else None
        if row is None:
            self.leave_out("trajectory", None, worded(msg("rescue.no_trajectory", title=RESCUED_TITLE)))
            row = dict(defaults)
        row["id"] = 1
        # One column at a time: each unreadable value gives way to its default, the rest stays.
        for _ in range(2 * len(table.columns)):
            problem = _decoded(table, row) or row_problem(table, row)
            if problem is None:
                break
            column, why = problem
            self.leave_out("trajectory", 1, worded(msg("rescue.column_default", column=column, why=phrase(why))))
            row[column] = defaults.get(column)
        self.insert(table, row)

    def content(self) -> None:
        self.trajectory()
        for row_type in reversed(CONTENT_TABLES):  # parents before children
            table = t.sql_table(row_type)
            if table.name == "trajectory":
                continue
            rows = [row for row in self.rows(table) or [] if self.valid(table, row)]
            # A section may come before its parent: insert in rounds until nothing more fits.
            while rows:
                waiting = [row for row in rows if not self._fits(table, row)]
                if len(waiting) == len(rows):
                    for row in waiting:
                        self.leave_out(table.name, row.get("id"), worded(msg("rows.unplaced_section")))
                    break
                rows = waiting

    def _fits(self, table: Any, row: dict[str, Any]) -> bool:
        if table.name == "section" and row.get("parent_id") is not None:
            found = self.scratch.execute("SELECT 1 FROM section WHERE id = ?", (row["parent_id"],)).fetchone()
            if found is None:
                return False
        self.insert(table, row)
        return True

    def the_rest(self) -> None:
        """Tables that a rescued document starts without: versions, sign-offs and review notes
        belong to the original, which stays as it is."""
        content = {t.sql_table(row_type).name for row_type in CONTENT_TABLES}
        for table in t.metadata.sorted_tables:
            if table.name in content or table.name not in self.tables:
                continue
            try:
                ids = [row[0] for row in self.source.execute(f'SELECT rowid FROM "{table.name}"').fetchmany(1000)]
            except sqlite3.DatabaseError:
                continue
            for row_id in ids:
                self.leave_out(table.name, row_id, worded(msg("rescue.not_carried")))


def rescue(source: Path, target: Path) -> RescueReport:
    """Write to ``target`` a new document holding what validates in ``source``; ``source``
    (and its journal) stay byte-identical. Raises :class:`DocumentError` when nothing can be
    read at all or ``target`` exists."""
    source, target = Path(source), Path(target)
    check_kind(source)
    if target.exists() or target.is_symlink():
        raise DocumentError(msg("rescue.target_exists", name=target.name))
    report = RescueReport(target)
    with tempfile.TemporaryDirectory(prefix="staan-redden-") as folder:
        try:
            copy = _copy_beside(source, Path(folder))
        except OSError as exc:
            raise DocumentError(msg("rescue.unreadable", name=source.name), str(exc)) from exc
        scratch_doc = create_document(Path(folder) / "schoon.staan")
        scratch_doc.close()
        try:
            original = _connect(copy)
        except sqlite3.DatabaseError as exc:
            raise DocumentError(msg("rescue.nothing", name=source.name), str(exc)) from exc
        scratch = sqlite3.connect(Path(folder) / "schoon.staan", isolation_level=None)
        try:
            scratch.execute("PRAGMA foreign_keys=ON")
            scratch.execute("BEGIN")
            work = _Rescue(original, scratch, report)
            try:
                work.content()
                work.the_rest()
            except sqlite3.DatabaseError as exc:
                raise DocumentError(msg("rescue.nothing", name=source.name), str(exc)) from exc
            scratch.execute("COMMIT")
        finally:
            scratch.close()
            original.close()
        with open_document(Path(folder) / "schoon.staan", read_only=True) as doc:
            tree = load_tree(doc)
        try:
            validate_tree(tree)
        except ValidationError as exc:
            raise DocumentError(msg("rescue.failed", reason=exc.text)) from None
        create_from_tree(target, tree).close()
    return report
