"""The first look at a file (services/glance.py): the same title, status and counts the
services read, from sqlite3 alone, read-only, and nothing at all for anything unexpected."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from staan_desktop.domain.status import Status
from staan_desktop.services import edits, interchange, queries
from staan_desktop.services.glance import INFO_FIELDS, glance, recall, remember, stamp
from staan_desktop.services.store import open_document


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("glance") / "demo.staan"
    interchange.create_demo(path).close()
    return path


def _state(path: Path) -> tuple[bytes, int, list[str]]:
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


def test_a_look_reads_what_the_services_read(demo: Path):
    seen = glance(demo)
    assert seen is not None
    doc = open_document(demo, read_only=True)
    try:
        info = interchange.load_info(doc)
        assert seen.info == {field: getattr(info, field) for field in INFO_FIELDS}
        assert seen.status == info.status
        assert seen.counts == queries.content_counts(doc)
    finally:
        doc.close()
    assert seen.title == "Startdocument samenwerking Noord-Drentse gemeenten STAAN"


def test_a_look_follows_edits_and_a_signed_status(demo: Path, tmp_path: Path):
    path = tmp_path / "kopie.staan"
    shutil.copyfile(demo, path)
    doc = open_document(path)
    try:
        edits.update_trajectory(doc, title="’s-Hertogenbosch <b>&amp;</b> 😀", version_label="0.2")
        with doc.transaction() as session:
            session.connection().exec_driver_sql("UPDATE trajectory SET status = 'vastgesteld'")
    finally:
        doc.close()
    seen = glance(path)
    assert seen is not None
    assert seen.title == "’s-Hertogenbosch <b>&amp;</b> 😀" and seen.info["version_label"] == "0.2"
    assert seen.status is Status.VASTGESTELD


@pytest.mark.parametrize("name", ["met spatie.staan", "vraag?teken#hekje%25.staan", "Ĳsselstein – ‘de’ 😀.staan"])
def test_any_file_name_can_be_looked_at(demo: Path, tmp_path: Path, name: str):
    path = tmp_path / name
    shutil.copyfile(demo, path)
    seen = glance(path)
    assert seen is not None and seen.path == path


def test_a_look_never_writes(demo: Path, tmp_path: Path):
    path = tmp_path / "alleen-kijken.staan"
    shutil.copyfile(demo, path)
    before = _state(path)
    assert glance(path) is not None
    assert _state(path) == before  # same bytes, same time, no journal or lock file beside it


def _foreign_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE trajectory (title TEXT)")
    connection.execute("INSERT INTO trajectory VALUES ('niet van ons')")
    connection.commit()
    connection.close()


def _altered(sql: str):  # type: ignore[no-untyped-def]
    """A copy of the demo changed by ``sql`` behind the services' back."""
    def make(path: Path, demo: Path) -> None:
        shutil.copyfile(demo, path)
        connection = sqlite3.connect(path)
        connection.execute(sql)
        connection.commit()
        connection.close()

    return make


@pytest.mark.parametrize("make", [
    pytest.param(lambda path, demo: None, id="missing"),
    pytest.param(lambda path, demo: path.mkdir(), id="a folder"),
    pytest.param(lambda path, demo: path.write_bytes(b""), id="empty"),
    pytest.param(lambda path, demo: path.write_text("geen database", encoding="utf-8"), id="text"),
    pytest.param(lambda path, demo: path.write_bytes(demo.read_bytes()[:4096]), id="cut off"),
    pytest.param(lambda path, demo: _foreign_sqlite(path), id="foreign SQLite"),
    pytest.param(_altered("ALTER TABLE trajectory DROP COLUMN version_label"), id="missing column"),
    pytest.param(_altered("UPDATE trajectory SET status = 'onbekend'"), id="unknown status"),
    pytest.param(_altered("DELETE FROM trajectory"), id="no trajectory"),
])
def test_anything_unexpected_is_no_look_and_stays_as_it_was(demo: Path, tmp_path: Path, make):  # type: ignore[no-untyped-def]
    path = tmp_path / "vreemd.staan"
    make(path, demo)
    before = _state(path) if path.is_file() else None
    assert glance(path) is None
    assert (_state(path) if path.is_file() else None) == before


def test_a_kept_look_comes_back_while_the_file_is_unchanged(demo: Path, tmp_path: Path):
    path = tmp_path / "bewaard ‘kijkje’ 😀.staan"
    shutil.copyfile(demo, path)
    kept = remember(path)
    assert recall(kept, path) == glance(path)
    other_name = tmp_path / ".." / tmp_path.name / path.name
    assert recall(kept, other_name) == glance(other_name), "the same file by another name"


def test_a_kept_look_is_forgotten_when_the_file_changed(demo: Path, tmp_path: Path):
    path = tmp_path / "gewijzigd.staan"
    shutil.copyfile(demo, path)
    kept = remember(path)
    doc = open_document(path)
    try:
        edits.update_trajectory(doc, title="Nieuwe titel")
        assert recall(kept, path) is None, "an edit still in the write-ahead log"
    finally:
        doc.close()
    assert recall(kept, path) is None
    assert recall(remember(path), path).title == "Nieuwe titel"  # type: ignore[union-attr]
    kept = remember(path)
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1))
    assert recall(kept, path) is None, "touched by another program"


def test_a_kept_look_is_of_one_file_only(demo: Path, tmp_path: Path):
    first, second = tmp_path / "een.staan", tmp_path / "twee.staan"
    shutil.copyfile(demo, first)
    shutil.copyfile(demo, second)
    os.utime(second, ns=(first.stat().st_atime_ns, first.stat().st_mtime_ns))  # same size and time
    assert recall(remember(first), second) is None
    first.unlink()
    assert remember(first) == "" and recall(remember(second), first) is None


@pytest.mark.parametrize(
    "kept",
    ["", "niet python", "__import__('os').system('false')", "(1, 2)", "[1, 2, 3, 4, 5]", "('x',) * 5", "[" * 100_000,
     "('{path}', {stamp}, {{'title': 1}}, 'concept', (1, 2, 3, 4, 5, 6, 7))",
     "('{path}', {stamp}, {info}, 'onbekend', (1, 2, 3, 4, 5, 6, 7))",
     "('{path}', {stamp}, {info}, 'concept', (1, 2))"],
)
def test_anything_else_kept_is_no_look(demo: Path, kept: str):
    real = remember(demo)
    info = repr({field: "x" for field in INFO_FIELDS})
    text = kept.format(path=str(demo.resolve()), stamp=repr(stamp(demo)), info=info)
    assert recall(text, demo) is None
    assert recall(real, demo) == glance(demo)
