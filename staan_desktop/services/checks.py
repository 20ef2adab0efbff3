"""``check``: everything that can be seen wrong in a document, without writing a byte.

The structure (schema, counts, values) is inspected by the store; the sign-off history by
:mod:`.version_check`; this module puts them together, so that neither needs the other.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from . import inspection
from .file_admission import FileReport, inspect_schema
from .version_check import version_problems


def check_document(path: Path) -> FileReport:
    """Integrity (the full ``integrity_check``), foreign keys, the schema compared with the
    migrations' (foreign, missing or altered objects, the insert-only triggers of signed-off
    versions included), row counts and exactly one trajectory, values of the wrong storage type,
    over-long texts, unknown enumeration values, and the sign-off history."""
    path = Path(path)
    report, trusted = inspect_schema(path, collect=True)
    # What the tables say means what it says only where every table is the migrations' own.
    tables_trusted = all(trusted.values())
    conn = inspection.connect_read_only(path)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchmany(21)
        report.problems += [f"integriteit: {r[0]}" for r in rows if r[0] != "ok"]
        if tables_trusted:
            fk = conn.execute("PRAGMA foreign_key_check").fetchmany(20)
            report.problems += [f"verwijzing klopt niet in tabel {r[0]} (rij {r[1]})" for r in fk]
    except sqlite3.Error as exc:
        raise inspection.read_error(path.name, exc) from exc
    finally:
        conn.close()
    if tables_trusted:
        report.problems += version_problems(path)
    return report
