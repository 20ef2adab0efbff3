"""Does the sign-off history of a document still say what was signed off? (for ``check``;
missing or altered insert-only triggers are found with the rest of the schema, by inspection)

Reads the insert-only tables with plain ``sqlite3``, read-only, and reports in Dutch:

* a snapshot whose stored fingerprint no longer matches its content (or that cannot be read);
* a version without its sign-off record, or a missing version number in the sequence;
* sign-off records (date, meeting, members) that differ from the facts frozen in a snapshot
  of form ``staan-canonical-json/2`` (older snapshots hold no such facts: nothing to compare);
* while the latest version is frozen, content that differs from its snapshot: one of the two was
  changed outside STAAN (a forger who rewrites a snapshot *and* its fingerprint is caught here).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from staan_desktop.domain.fingerprint import KNOWN_FORMS, fingerprint_of_stored, sha256_hex
from staan_desktop.domain.review_tables import INSERT_ONLY_TABLES

from .inspection import connect_read_only
from .versions import signoff_mismatch

Query = Callable[[str], list[tuple[Any, ...]]]

#: More versions than this is not a document anyone made; stop reading rather than hang.
MAX_VERSIONS = 10_000
#: Seconds the queries may take before they are interrupted (a crafted file must not hang check).
TIME_LIMIT = 3.0


def history_problems(query: Query) -> list[str]:
    problems: list[str] = []
    rows = query(
        f"SELECT number, content, content_sha256, canonical_form FROM version ORDER BY number LIMIT {MAX_VERSIONS}"
    )
    signoffs: dict[int, list[tuple[Any, ...]]] = {}
    for signoff_id, number, decided_on, meeting in query(
        "SELECT id, version_number, decided_on, meeting FROM signoff ORDER BY id"
    ):
        signoffs.setdefault(number, []).append((signoff_id, decided_on, meeting))
    members: dict[int, list[str]] = {}
    for signoff_id, name in query("SELECT signoff_id, name FROM signoff_member ORDER BY signoff_id, position, id"):
        members.setdefault(signoff_id, []).append(name)
    for expected, (number, content, stored, form) in enumerate(rows, 1):
        if number != expected:
            problems.append(f"versie {expected} ontbreekt in de geschiedenis (de volgende is versie {number})")
        if not isinstance(content, str) or not isinstance(stored, str):
            problems.append(f"versie {number}: de opgeslagen inhoud of haar vingerafdruk is geen tekst")
            continue
        if form not in KNOWN_FORMS:
            problems.append(f"versie {number}: onbekende vorm van de vingerafdruk (‘{str(form)[:40]}’)")
            continue
        try:
            intact = fingerprint_of_stored(content) == stored and sha256_hex(content.encode("utf-8")) == stored
        except (ValueError, RecursionError):
            intact = False
        if not intact:
            problems.append(f"versie {number}: de opgeslagen inhoud klopt niet met haar vingerafdruk")
        found = signoffs.get(number, [])
        if len(found) != 1:
            problems.append(f"versie {number}: de vaststelling ontbreekt" if not found else
                            f"versie {number}: er zijn {len(found)} vaststellingen vastgelegd")
            continue
        signoff_id, decided_on, meeting = found[0]
        names = members.get(signoff_id, [])
        if not names:
            problems.append(f"versie {number}: bij de vaststelling staan geen leden van de stuurgroep")
        differs = signoff_mismatch(content, form, number, decided_on, meeting, names)
        if differs:
            problems.append(
                f"versie {number}: de vastgelegde vaststelling ({differs}) klopt niet met de vastgestelde versie"
            )
    known = {row[0] for row in rows}
    for number in sorted(set(signoffs) - known):
        problems.append(f"er is een vaststelling van versie {number}, maar die versie is er niet")
    return problems


def version_problems(path: Path) -> list[str]:
    """Everything wrong with the sign-off history of the document at ``path``; never writes."""
    conn = connect_read_only(path, seconds=TIME_LIMIT)
    try:
        query: Query = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
        tables = {name for (name,) in query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not set(INSERT_ONLY_TABLES) <= tables:
            return []  # a document from before sign-off existed: nothing to check yet
        problems = history_problems(query)
    except sqlite3.DatabaseError as exc:
        reason = "het lezen duurde te lang" if "interrupt" in str(exc) else str(exc)
        return [f"de geschiedenis van vastgestelde versies kan niet worden gelezen ({reason})"]
    finally:
        conn.close()
    return problems or frozen_content_problems(path)


def frozen_content_problems(path: Path) -> list[str]:
    """While the document is frozen, its content must be the latest snapshot's content."""
    from staan_desktop.domain.fingerprint import fingerprint, fingerprint_of_value, snapshot_parts

    from .errors import StaanError
    from .file_admission import inspect_file
    from .store import open_document
    from .tree import read_tree
    from .versions import state_in

    try:
        if inspect_file(path).needs_migration:
            return []  # an older schema is read once migrated; check only looks at it as it is
        with open_document(path, read_only=True) as doc, doc.reading() as session:
            current = state_in(session)
            if not current.frozen:
                return []
            number, content, form = session.connection().exec_driver_sql(
                "SELECT number, content, canonical_form FROM version WHERE number = ?", (current.working,)
            ).one()
            live = fingerprint(read_tree(session))
    except StaanError as exc:
        return [f"de inhoud kan niet met de vastgestelde versie worden vergeleken: {exc.message}"]
    try:
        frozen = fingerprint_of_value(snapshot_parts(content, form)[0])
    except (ValueError, RecursionError):
        return []  # reported by the fingerprint check
    if live != frozen:
        return [
            f"versie {number} is vastgesteld, maar de inhoud van het document wijkt af van de opgeslagen versie; "
            "een van beide is buiten STAAN gewijzigd"
        ]
    return []
