"""The hostile corpus as one list of (name, build): what the window's open path and the rescue
are tried on.

``build(folder)`` writes one hostile input into ``folder`` and returns its path. The list joins

* the documents and JSON files of :mod:`tests.robustness.test_hostile_files`;
* :data:`ROW_CASES` here: documents whose every byte is a valid SQLite file of the right
  schema, but whose rows break their rules (over-long texts, wrong types, unknown values,
  nested or broken JSON, invalid UTF-8, dangling references, nested snapshots, a trigger that
  makes an update vanish);
* :data:`JSON_CASES` here: more hostile JSON for ``import``;
* whatever :data:`EXTRA_SOURCES` adds (another corpus builder plugs in there with one line).
"""

from __future__ import annotations

import functools
import json
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

Build = Callable[[Path], Path]

#: More corpora: each a function returning (name, build) pairs.
EXTRA_SOURCES: list[Callable[[], Iterable[tuple[str, Build]]]] = []


@functools.cache
def demo_bytes() -> bytes:
    """The bytes of a fresh demo document (made once per process)."""
    from staan_desktop.services.interchange import create_demo

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.staan"
        create_demo(path).close()
        return path.read_bytes()


@functools.cache
def signed_bytes() -> bytes:
    """The demo with version 1 signed off (a frozen document with a stored snapshot)."""
    from staan_desktop.services.signoff import sign_off
    from staan_desktop.services.store import open_document

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "vastgesteld.staan"
        path.write_bytes(demo_bytes())
        with open_document(path) as doc:
            sign_off(doc, decided_on="2026-12-01", members=["Tonnie Vos", "Anne de Wit"], meeting="Stuurgroep 3")
        return path.read_bytes()


def _rows(sql: str | Callable[[sqlite3.Connection], None], base: Callable[[], bytes] = demo_bytes) -> Build:
    """A copy of ``base`` changed with plain SQL, past every rule (foreign keys off)."""

    def build(folder: Path) -> Path:
        path = folder / "x.staan"
        path.write_bytes(base())
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA foreign_keys=OFF")
        if callable(sql):
            sql(conn)
        else:
            conn.executescript(sql)
        conn.close()
        return path

    return build


def _first(table: str) -> str:
    return f"(SELECT min(id) FROM {table})"


def _nested_sections(depth: int) -> Callable[[sqlite3.Connection], None]:
    """Version 1's snapshot replaced by one whose first chapter is nested ``depth`` deep, with
    the fingerprint it would have: deep, but otherwise consistent. Written as canonical text
    (sorted keys, no spaces) by hand: json itself cannot go that deep."""

    def change(conn: sqlite3.Connection) -> None:
        from staan_desktop.domain.fingerprint import canonical_text, sha256_hex

        content = json.loads(conn.execute("SELECT content FROM version WHERE number = 1").fetchone()[0])
        content["sections"] = "@"
        nested = '{"blocks":[],"children":[' * depth + '{"blocks":[],"children":[],"title":"diep"}' + '],"title":"diep"}' * depth
        text = canonical_text(content).replace('"sections":"@"', f'"sections":[{nested}]')
        conn.execute("DROP TRIGGER trg_version_no_update")
        conn.execute(
            "UPDATE version SET content = ?, content_sha256 = ? WHERE number = 1", (text, sha256_hex(text.encode()))
        )

    return change


def _snapshot(text: str | bytes) -> Callable[[sqlite3.Connection], None]:
    def change(conn: sqlite3.Connection) -> None:
        conn.execute("DROP TRIGGER trg_version_no_update")
        conn.execute("UPDATE version SET content = ? WHERE number = 1", (text,))

    return change


def _action(assignment: str) -> str:
    """An action in the register whose one column breaks its rule."""
    return (
        "INSERT INTO action_item (kind, description, owner_person, target_date, status, position) "
        f"VALUES ('actie', 'Opdracht formuleren', '', '2008-01-01', 'open', 0); UPDATE action_item SET {assignment}"
    )


def _figure_value(value: str) -> str:
    """A key figure whose first municipality's value is ``value`` (SQL)."""
    return (
        "INSERT INTO key_figure (name, unit, source, as_of, position) VALUES ('Inwoners', '', '', '2008-01-01', 0); "
        "INSERT INTO figure_value (figure_id, municipality_id, value) "
        f"VALUES ((SELECT max(id) FROM key_figure), {_first('municipality')}, {value})"
    )


_DEEP = "[" * 100_000 + "]" * 100_000

#: Documents whose rows break their rules. Each is refused in one Dutch line (or read
#: correctly) by every command and by the window, and can be rescued.
ROW_CASES: dict[str, Build] = {
    "rij-titel-te-lang": _rows("UPDATE trajectory SET title = printf('%.501c', 'x')"),
    "rij-titel-leeg": _rows("UPDATE trajectory SET title = ''"),
    "rij-titel-met-regeleinde": _rows("UPDATE trajectory SET title = 'twee' || char(10) || 'regels'"),
    "rij-titel-blob": _rows("UPDATE trajectory SET title = x'00ff10'"),
    "rij-titel-leesbare-blob": _rows("UPDATE trajectory SET title = CAST('Titel' AS BLOB)"),
    "rij-tekst-te-lang": _rows(f"UPDATE statement SET text = printf('%.200001c', 'y') WHERE id = {_first('statement')}"),
    "rij-naam-te-lang": _rows(f"UPDATE municipality SET name = printf('%.501c', 'g') WHERE id = {_first('municipality')}"),
    "rij-hoofdstuk-te-lang": _rows(f"UPDATE section SET title = printf('%.600c', 'h') WHERE id = {_first('section')}"),
    "rij-opmerking-te-lang": _rows(
        "INSERT INTO review_comment (target_table, target_label, version_number, author, created_at, text, resolved_by, "
        "resolution) VALUES ('', '', 1, 'A', '2026-12-01T10:00:00+01:00', printf('%.200001c', 'o'), '', '')"
    ),
    "rij-schaal-tekst": _rows(f"UPDATE criterion SET scale_min = 'hoog' WHERE id = {_first('criterion')}"),
    "rij-schaal-breuk": _rows(f"UPDATE criterion SET scale_max = 4.5 WHERE id = {_first('criterion')}"),
    "rij-gewicht-tekst": _rows(f"UPDATE criterion SET weight = 'zwaar' WHERE id = {_first('criterion')}"),
    "rij-gewicht-enorm": _rows(f"UPDATE criterion SET weight = 1e308 WHERE id = {_first('criterion')}"),
    "rij-gewicht-oneindig": _rows(f"UPDATE criterion SET weight = 9e999 WHERE id = {_first('criterion')}"),
    "rij-drempel-negatief": _rows(f"UPDATE classification_class SET min_ratio = -1 WHERE id = {_first('classification_class')}"),
    "rij-positie-tekst": _rows(f"UPDATE statement SET position = 'eerst' WHERE id = {_first('statement')}"),
    "rij-verwijzing-tekst": _rows(f"UPDATE block SET section_id = 'een' WHERE id = {_first('block')}"),
    "rij-score-tekst": _rows(f"UPDATE score SET value = 'drie' WHERE id = {_first('score')}"),
    "rij-score-breuk": _rows(f"UPDATE score SET value = 2.5 WHERE id = {_first('score')}"),
    "rij-score-blob": _rows(f"UPDATE score SET value = x'03' WHERE id = {_first('score')}"),
    "rij-score-notitie-utf8": _rows(f"UPDATE score SET note = CAST(x'c328' AS TEXT) WHERE id = {_first('score')}"),
    "rij-preferent-tekst": _rows(f"UPDATE task_field SET shortlisted = 'misschien' WHERE id = {_first('task_field')}"),
    "rij-onbekende-status": _rows("UPDATE trajectory SET status = 'klaar'"),
    "rij-onbekende-bloksoort": _rows(f"UPDATE block SET kind = 'video' WHERE id = {_first('block')}"),
    "rij-onbekende-rol": _rows(f"UPDATE owner SET role = 'baas' WHERE id = {_first('owner')}"),
    "rij-onbekende-partijsoort": _rows(f"UPDATE municipality SET kind = 'adviseur' WHERE id = {_first('municipality')}"),
    "rij-namens-namen": _rows(f"""UPDATE municipality SET acts_for = '["Dinkelland"]' WHERE id = {_first('municipality')}"""),
    "rij-actie-onbekende-status": _rows(_action("status = 'bijna'")),
    "rij-actie-datum-tekst": _rows(_action("target_date = 'volgende week'")),
    "rij-actie-datum-getal": _rows(_action("target_date = 20080101")),
    "rij-kerngetal-negatief": _rows(_figure_value("-10")),
    "rij-kerngetal-tekst": _rows(_figure_value("'tienduizend'")),
    "rij-kerngetal-oneindig": _rows(_figure_value("9e999")),
    "rij-peildatum-tekst": _rows(_figure_value("1") + "; UPDATE key_figure SET as_of = 'vorig jaar'"),
    "rij-kader-onbekende-soort": _rows(
        "INSERT INTO mandate (kind, text, answered_in, status, position) VALUES ('wens', 'Kosten delen', '', 'open', 0)"
    ),
    "rij-samenwerking-taakvelden-namen": _rows(
        "INSERT INTO cooperation (name, parties, field, legal_form, task_field_ids, option_ids, position) "
        """VALUES ('GGD Twente', '[]', '', '', '["ICT"]', '[]', 0)"""
    ),
    "rij-rubriek-producten-getallen": _rows(
        "INSERT INTO knowledge_rubric (name, products, owner, position) VALUES ('Financiën', '[1, 2]', '', 0)"
    ),
    "rij-namens-geen-json": _rows(f"UPDATE municipality SET acts_for = '{{1' WHERE id = {_first('municipality')}"),
    "rij-trefwoorden-geen-json": _rows("UPDATE trajectory SET character_keywords = '{niet json'"),
    "rij-trefwoorden-object": _rows("""UPDATE trajectory SET character_keywords = '{"a": 1}'"""),
    "rij-trefwoorden-getallen": _rows("UPDATE trajectory SET character_keywords = '[1, 2, 3]'"),
    "rij-trefwoorden-diep-genest": _rows(lambda c: c.execute("UPDATE trajectory SET character_keywords = ?", (_DEEP,))),
    "rij-trefwoorden-utf8": _rows("UPDATE trajectory SET character_keywords = CAST(x'5b22ff225d' AS TEXT)"),
    "rij-tekst-ongeldige-utf8": _rows(f"UPDATE statement SET text = CAST(x'fffec3' AS TEXT) WHERE id = {_first('statement')}"),
    "rij-titel-ongeldige-utf8": _rows("UPDATE trajectory SET title = CAST(x'54c3' AS TEXT)"),
    "rij-naam-halve-surrogaat": _rows(f"UPDATE municipality SET name = CAST(x'eda080' AS TEXT) WHERE id = {_first('municipality')}"),
    "rij-score-zonder-criterium": _rows(f"UPDATE score SET criterion_id = 9999 WHERE id = {_first('score')}"),
    "rij-score-zonder-gemeente": _rows(
        "INSERT INTO score (task_field_id, criterion_id, municipality_id, value, note) "
        "SELECT task_field_id, criterion_id, 9999, value, note FROM score LIMIT 1"
    ),
    "rij-blok-zonder-hoofdstuk": _rows(f"UPDATE block SET section_id = 9999 WHERE id = {_first('block')}"),
    "rij-hoofdstuk-eigen-ouder": _rows(f"UPDATE section SET parent_id = id WHERE id = {_first('section')}"),
    "rij-20000-uitspraken": _rows(
        "INSERT INTO statement (text, position) SELECT 'uitspraak ' || value, value FROM (WITH RECURSIVE "
        "n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 20000) SELECT value FROM n)"
    ),
    "rij-60-gemeenten": _rows(
        "INSERT INTO municipality (name, position) SELECT 'Gemeente ' || value, 100 + value FROM (WITH RECURSIVE "
        "n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 60) SELECT value FROM n)"
    ),
    "rij-geen-traject": _rows("DELETE FROM trajectory"),
    "rij-twee-trajecten": _rows(
        "INSERT INTO trajectory SELECT 2, title || ' (2)', subtitle, short_name, procesmanager, author_role, "
        "document_date, version_label, status, character_keywords, differences, procesmanager_public FROM trajectory"
    ),
    "versie-diep-genest": _rows(_snapshot('{"a":' * 100_000 + "1" + "}" * 100_000), signed_bytes),
    "versie-lijsten-diep-genest": _rows(_snapshot(_DEEP), signed_bytes),
    "versie-secties-diep-genest": _rows(_nested_sections(3000), signed_bytes),
    "versie-secties-100-diep": _rows(_nested_sections(100), signed_bytes),
    "versie-geen-json": _rows(_snapshot("{niet json"), signed_bytes),
    "versie-ongeldige-utf8": _rows(
        lambda c: (c.execute("DROP TRIGGER trg_version_no_update"),
                   c.execute("UPDATE version SET content = CAST(x'7b22ff' AS TEXT) WHERE number = 1")),
        signed_bytes,
    ),
    "versie-leden-te-lang": _rows(
        "DROP TRIGGER trg_signoff_member_no_update; UPDATE signoff_member SET name = printf('%.600c', 'l')", signed_bytes
    ),
    "versie-nummer-tekst": _rows(
        "DROP TRIGGER trg_signoff_no_update; UPDATE signoff SET version_number = 'een'", signed_bytes
    ),
    # An update that silently does nothing: SQLAlchemy's StaleDataError when the window or a
    # command stores a change to the trajectory.
    "rij-update-verdwijnt": _rows(
        "CREATE TRIGGER verdwijn BEFORE UPDATE ON trajectory BEGIN SELECT RAISE(IGNORE); END"
    ),
}

#: Cases that hold nothing invalid until something is written (see "rij-update-verdwijnt"):
#: read-only commands answer normally.
READABLE_ROW_CASES = {
    "rij-update-verdwijnt",
    # Read as SQLAlchemy reads a boolean column (any non-zero value is true).
    "rij-preferent-tekst",
    # The trajectory's own fields: the first row, or the defaults without one.
    "rij-geen-traject",
    "rij-twee-trajecten",
    # Deep, but within what a document may hold: read and exported correctly.
    "versie-secties-100-diep",
    # Names of sign-off members are read as plain columns and shown as they are.
    "versie-leden-te-lang",
}

#: Cases whose damage rescue repairs rather than leaves out (a text stored as a blob).
RESCUE_REPAIRS = {"rij-titel-leesbare-blob"}


# JSON for ``import`` -------------------------------------------------------------------------


def _demo_json() -> dict:
    from staan_desktop.reports.json_interchange import to_json
    from staan_desktop.services.interchange import demo_tree

    return json.loads(to_json(demo_tree()))


def _json_bytes(data: bytes | Callable[[], bytes]) -> Build:
    def build(folder: Path) -> Path:
        path = folder / "in.json"
        path.write_bytes(data() if callable(data) else data)
        return path

    return build


def _json_edit(change: Callable[[dict], object]) -> Build:
    def data() -> bytes:
        value = _demo_json()
        change(value)
        return json.dumps(value, ensure_ascii=False).encode()

    return _json_bytes(data)


def _demo_text() -> str:
    return json.dumps(_demo_json(), ensure_ascii=False)


def _with_key_twice() -> bytes:
    # Duplicate keys: json.loads keeps the last, a reader of the file may see the first.
    text = _demo_text()
    return text.replace('"trajectory": {', '"trajectory": {"title": "Eerste", ', 1).encode()


def _nested_sections_json(depth: int) -> bytes:
    """The demo with its chapters replaced by one nested ``depth`` deep (written as text:
    json.dumps itself cannot go that deep)."""
    nested = '{"title": "diep", "children": [' * depth + '{"title": "diep"}' + "]}" * depth
    data = _demo_json()
    data["sections"] = "@SECTIONS@"
    return json.dumps(data, ensure_ascii=False).replace('"@SECTIONS@"', "[" + nested + "]").encode()


JSON_CASES: dict[str, Build] = {
    "json-bom-utf8": _json_bytes(lambda: b"\xef\xbb\xbf" + _demo_text().encode()),
    "json-bom-utf16": _json_bytes(lambda: _demo_text().encode("utf-16")),
    "json-utf16-zonder-bom": _json_bytes(lambda: _demo_text().encode("utf-16-le")),
    "json-utf32": _json_bytes(lambda: _demo_text().encode("utf-32")),
    "json-latin1": _json_bytes(lambda: _demo_text().encode("latin-1", "replace")),
    "json-dubbele-sleutel": _json_bytes(_with_key_twice),
    "json-dubbele-sleutel-format": _json_bytes(lambda: b'{"format": "docx", "format": "staan", "format_version": 1}'),
    "json-enorm-getal": _json_bytes(lambda: _demo_text().replace('"format_version": 1', '"format_version": ' + "9" * 5000, 1).encode()),
    "json-getal-met-exponent": _json_bytes(lambda: _demo_text().replace('"format_version": 1', '"format_version": 1e400', 1).encode()),
    "json-versie-breuk": _json_edit(lambda d: d.update(format_version=1.0)),
    "json-versie-waar": _json_edit(lambda d: d.update(format_version=True)),
    "json-score-1e400": _json_bytes(lambda: _demo_text().replace('"value": ', '"value": 1e400, "x": ', 1).encode()),
    "json-score-enorm-geheel": _json_edit(lambda d: next(tf for tf in d["task_fields"] if tf["scores"])["scores"][0].update(value=10**4000)),
    "json-gewicht-negatief": _json_edit(lambda d: d["criteria"][0].update(weight=-1)),
    "json-drempel-2": _json_edit(lambda d: d["classes"][0].update(min_ratio=2)),
    "json-secties-diep": _json_bytes(lambda: _nested_sections_json(5000)),
    "json-secties-300-diep": _json_bytes(lambda: _nested_sections_json(300)),
    "json-lijst-in-tekst-diep": _json_bytes(lambda: _demo_text().replace('"statements": [', '"statements": [' + "[" * 3000 + "]" * 3000 + ",", 1).encode()),
    "json-enorme-lijst-uitspraken": _json_edit(lambda d: d.update(statements=["u"] * 2_000_000)),
    "json-enorme-lijst-gemeenten": _json_edit(lambda d: d.update(municipalities=[f"G{i}" for i in range(200_000)])),
    "json-enorme-lijst-getallen": _json_bytes(lambda: _demo_text().replace('"rules": [', '"rules": [' + "1," * 3_000_000, 1).encode()),
    "json-lange-naam": _json_edit(lambda d: d["municipalities"].__setitem__(0, "x" * 10_000)),
    "json-lange-sleutel": _json_edit(lambda d: d.update({"k" * 1_000_000: 1})),
    "json-ongeldige-utf8-in-naam": _json_bytes(lambda: _demo_text().encode().replace(b'"municipalities": ["', b'"municipalities": ["\xc3\x28', 1)),
    "json-overlong-utf8": _json_bytes(lambda: _demo_text().encode().replace(b'"title": "', b'"title": "\xc0\xaf', 1)),
    "json-nul-teken": _json_bytes(lambda: _demo_text().replace('"title": "', '"title": "\\u0000', 1).encode()),
    "json-lege-sleutel": _json_edit(lambda d: d.update({"": 1})),
    "json-titel-object": _json_edit(lambda d: d["trajectory"].update(title={"nl": "Titel"})),
    "json-titel-null": _json_edit(lambda d: d["trajectory"].update(title=None)),
    "json-gemeenten-null": _json_edit(lambda d: d.update(municipalities=None)),
    "json-secties-object": _json_edit(lambda d: d.update(sections={"title": "x"})),
    "json-score-null": _json_edit(lambda d: next(tf for tf in d["task_fields"] if tf["scores"])["scores"][0].update(value=None)),
    "json-preferent-1": _json_edit(lambda d: d["task_fields"][0].update(shortlisted=1)),
    "json-trefwoorden-tekst": _json_edit(lambda d: d["trajectory"].update(character_keywords="a, b")),
    "json-status-hoofdletters": _json_edit(lambda d: d["trajectory"].update(status="CONCEPT")),
    "json-alleen-bom": _json_bytes(b"\xef\xbb\xbf"),
    "json-alleen-spaties": _json_bytes(b" \n\t " * 1000),
    "json-twee-objecten": _json_bytes(lambda: (_demo_text() + _demo_text()).encode()),
    "json-commentaar": _json_bytes(lambda: ("// commentaar\n" + _demo_text()).encode()),
    "json-afsluitende-komma": _json_bytes(lambda: _demo_text().replace('"rules": [', '"rules": ["a",', 1).replace("]}", ",]}", 1).encode() + b",]"),
    "json-enkele-aanhalingstekens": _json_bytes(lambda: _demo_text().replace('"', "'").encode()),
}


def cases() -> Iterator[tuple[str, Build]]:
    """Every hostile input: the existing corpus, the row and JSON cases here, and any extra."""
    from . import test_hostile_files as old

    for name, build in {**old.STAAN_CASES, **old.JSON_CASES}.items():
        yield name, (lambda folder, b=build: b(folder, demo_bytes()))
    yield from ROW_CASES.items()
    yield from JSON_CASES.items()
    for source in EXTRA_SOURCES:
        yield from source()
