"""Documents whose rows break their rules, and more hostile JSON: every command answers in one
Dutch line (or correctly), within 5 s, without a traceback or warning, and changes no byte;
every such document can be rescued into an ordinary valid document.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from staan_desktop import cli
from staan_desktop.services.errors import RescuableError, StaanError
from staan_desktop.services.interchange import create_demo, import_json, load_tree
from staan_desktop.services.rescue import rescue
from staan_desktop.services.checks import check_document
from staan_desktop.services.store import open_document

from .corpus_cases import JSON_CASES, READABLE_ROW_CASES, RESCUE_REPAIRS, ROW_CASES, cases
from .helpers import assert_user_message, sha
from .test_crash_reopen import _crash_in_the_middle_of_a_big_edit

ROOT = Path(__file__).resolve().parents[2]
SECONDS = 5.0
#: Rescue writes a whole new document (10,000 statements take a few seconds through the
#: ordinary import path): bounded, but not an answer within 5 s.
RESCUE_SECONDS = 30.0


def _state(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` and its hash: the document, and a journal if there is one."""
    return {p.name: sha(p) for p in sorted(folder.iterdir()) if p.is_file()}


def _answer(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Run a command in-process; return its exit code and its stderr, checked for form."""
    started = time.monotonic()
    code = cli.main(argv)
    elapsed = time.monotonic() - started
    _out, err = capsys.readouterr()
    assert elapsed < SECONDS, f"{argv[0]} took {elapsed:.1f} s"
    assert "Traceback" not in err and "Warning" not in err, err
    lines = err.strip().splitlines()
    if code != 0 and argv[0] == "check" and lines[0].startswith("Het document"):
        for line in lines:  # check lists every problem it found, one per line
            assert_user_message(line)
    elif code != 0:
        assert len(lines) == 1, err
        assert lines[0].startswith("staan: "), err
        assert_user_message(lines[0].removeprefix("staan: "))
    return code, err


def test_the_row_corpus_covers_the_issue() -> None:
    names = list(ROW_CASES)
    for word in ("te-lang", "tekst", "onbekende-status", "diep-genest", "ongeldige-utf8", "versie-", "update-verdwijnt"):
        assert any(word in name for name in names), word
    assert len(ROW_CASES) >= 45 and len(JSON_CASES) >= 40
    every = [name for name, _build in cases()]
    assert len(every) == len(set(every)), "two cases share a name"
    assert len(every) >= 250


@pytest.mark.parametrize("case", list(ROW_CASES))
def test_every_command_refuses_a_hostile_row_in_one_dutch_line(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = ROW_CASES[case](tmp_path)
    before = _state(tmp_path)
    out = tmp_path / "uit"
    out.mkdir()
    answers = {}
    for argv in (
        ["info", str(path)],
        ["export", str(path), "--json", str(out / "uit.json")],
        ["history", str(path)],
        ["diff", str(path), "concept", "concept"],
        ["comments", str(path), "--all"],
        ["check", str(path)],
        # Last: exporting a signed-off version's PDF records its hash in the document.
        ["export", str(path), "--pdf", str(out / "uit.pdf")],
    ):
        name = " ".join(argv[:1] + argv[2:3] if argv[0] == "export" else argv[:1])
        answers[name], _err = _answer(argv, capsys)
        if not (name == "export --pdf" and answers[name] == 0):
            assert _state(tmp_path) == before, f"{name} changed the file"
        assert {p.name for p in tmp_path.iterdir()} == {*before, "uit"}, f"{name} left a file beside the document"
    if case not in READABLE_ROW_CASES:
        assert set(answers.values()) != {0}, "nothing noticed that the document is hostile"


@pytest.mark.parametrize("case", ["rij-update-verdwijnt"])
def test_an_update_that_vanishes_is_refused_not_a_traceback(case: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """A trigger swallows the UPDATE: SQLAlchemy's StaleDataError becomes a Dutch line."""
    path = ROW_CASES[case](tmp_path)
    code, err = _answer(["signoff", str(path), "--date", "2026-12-01", "--member", "Tonnie Vos"], capsys)
    assert code == 1 and "niets veranderd" in err
    from staan_desktop.services import edits

    with open_document(path) as doc, pytest.raises(StaanError) as refused:
        edits.update_trajectory(doc, title="Nieuwe titel")
    assert_user_message(refused.value.message)


def test_a_refusal_offers_the_rescue_and_names_the_row(tmp_path: Path) -> None:
    path = ROW_CASES["rij-onbekende-status"](tmp_path)
    with open_document(path, read_only=True) as doc, pytest.raises(RescuableError) as refused:
        load_tree(doc)
    assert refused.value.path == path
    assert "trajectory" in refused.value.message and "status" in refused.value.message


def test_main_py_says_one_line_and_no_warning(tmp_path: Path) -> None:
    """The real entry point, as a user runs it (warnings are shown there, not in pytest)."""
    for case in ("rij-tekst-ongeldige-utf8", "versie-diep-genest", "rij-trefwoorden-diep-genest", "rij-titel-te-lang"):
        folder = tmp_path / case
        folder.mkdir()
        path = ROW_CASES[case](folder)
        commands = [["export", "--pdf", str(tmp_path / "uit.pdf")]] + ([] if case.startswith("versie-") else [["info"]])
        for command in commands:
            argv = [sys.executable, "-W", "default", str(ROOT / "main.py"), command[0], str(path), *command[1:]]
            result = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=60)
            assert result.returncode == 1, (case, result.stdout)
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1, result.stderr
            assert_user_message(lines[0].removeprefix("staan: "))


# Rescue -----------------------------------------------------------------------------------


def _rescued_is_ordinary(target: Path) -> None:
    report = check_document(target)
    assert report.ok, report.problems
    with open_document(target) as doc:
        load_tree(doc)


@pytest.mark.parametrize("case", list(ROW_CASES))
def test_rescue_writes_an_ordinary_document_and_lists_what_was_left_out(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = ROW_CASES[case](tmp_path)
    before = _state(tmp_path)
    target = tmp_path / "uit" / "gered.staan"
    target.parent.mkdir()
    started = time.monotonic()
    code = cli.main(["rescue", str(path), "-o", str(target)])
    out, err = capsys.readouterr()
    assert time.monotonic() - started < RESCUE_SECONDS
    assert code == 0, err
    assert _state(tmp_path) == before
    _rescued_is_ordinary(target)
    if case not in READABLE_ROW_CASES | RESCUE_REPAIRS:
        assert "weggelaten: tabel" in out, out
    # What was readable is there: the demo's municipalities, unless the case damaged one.
    with open_document(target, read_only=True) as doc:
        tree = load_tree(doc)
    assert len(tree.municipalities) >= 3 and len(tree.task_fields) >= 5


def test_rescue_never_queries_a_view_nor_runs_foreign_objects(tmp_path: Path) -> None:
    """A table replaced by a recursive view (it would never end), a trigger and a foreign
    table: rescue ignores all three, quickly, and leaves the file as it was."""
    path = tmp_path / "x.staan"
    create_demo(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(
        "DROP TABLE rule;"
        "CREATE VIEW rule AS WITH RECURSIVE n(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM n) "
        "SELECT id, 'x' AS text, id AS position FROM n;"
        "CREATE TABLE spion (id INTEGER PRIMARY KEY, log TEXT);"
        "CREATE TRIGGER kopie AFTER INSERT ON statement BEGIN INSERT INTO spion(log) VALUES (new.text); END;"
        "CREATE TRIGGER stil BEFORE INSERT ON municipality BEGIN SELECT RAISE(IGNORE); END;"
    )
    conn.close()
    before = _state(tmp_path)
    (tmp_path / "uit").mkdir()
    target = tmp_path / "uit" / "gered.staan"
    started = time.monotonic()
    report = rescue(path, target)
    assert time.monotonic() - started < RESCUE_SECONDS  # the recursive view was never queried
    assert _state(tmp_path) == before
    assert any(item.table == "rule" and "geen tabel" in item.reason for item in report.left_out)
    _rescued_is_ordinary(target)
    with sqlite3.connect(target) as check:
        names = {row[0] for row in check.execute("SELECT name FROM sqlite_master")}
    assert "spion" not in names and "kopie" not in names and "stil" not in names
    with open_document(target, read_only=True) as doc:
        tree = load_tree(doc)
    assert len(tree.municipalities) >= 3 and tree.rules == ()


def test_rescue_leaves_a_hot_journal_and_its_document_as_they_were(tmp_path: Path) -> None:
    path = tmp_path / "traject.staan"
    create_demo(path).close()
    _crash_in_the_middle_of_a_big_edit(path)
    assert Path(str(path) + "-journal").exists()
    before = _state(tmp_path)
    (tmp_path / "uit").mkdir()
    target = tmp_path / "uit" / "gered.staan"
    rescue(path, target)
    assert _state(tmp_path) == before
    _rescued_is_ordinary(target)
    with open_document(target, read_only=True) as doc:
        tree = load_tree(doc)
    # The journal was rolled back in the copy: the interrupted edit is not in the rescue.
    assert all(len(text) < 3000 for text in tree.statements)


def test_rescue_refuses_to_overwrite_and_refuses_foreign_files(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = ROW_CASES["rij-onbekende-status"](tmp_path)
    existing = tmp_path / "bestaat.staan"
    existing.write_bytes(b"iets")
    code, err = _answer(["rescue", str(path), "-o", str(existing)], capsys)
    assert code == 1 and existing.read_bytes() == b"iets"
    foreign = tmp_path / "anders.staan"
    foreign.write_bytes(b"PK\x03\x04" + b"\x00" * 500)
    code, _err = _answer(["rescue", str(foreign), "-o", str(tmp_path / "nieuw.staan")], capsys)
    assert code == 1 and not (tmp_path / "nieuw.staan").exists()


# JSON -------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", list(JSON_CASES))
def test_hostile_json_is_refused_within_seconds(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = JSON_CASES[case](tmp_path)
    before = _state(tmp_path)
    target = tmp_path / "uit.staan"
    started = time.monotonic()
    with pytest.raises(StaanError) as refused:
        import_json(source, target).close()
    assert time.monotonic() - started < SECONDS
    assert_user_message(refused.value.message)
    code, _err = _answer(["import", str(source), "-o", str(target)], capsys)
    assert code == 1
    assert not target.exists()
    assert _state(tmp_path) == before


def test_a_million_statements_are_refused_and_rescued_up_to_what_a_document_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.staan"
    create_demo(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO statement (text, position) SELECT 'uitspraak ' || value, value FROM "
            "(WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 1000000) SELECT value FROM n)"
        )
    conn.close()
    before = _state(tmp_path)
    code, err = _answer(["info", str(path)], capsys)
    assert code == 1 and "ten hoogste 10000" in err
    (tmp_path / "uit").mkdir()
    target = tmp_path / "uit" / "gered.staan"
    report = rescue(path, target)
    assert _state(tmp_path) == before
    assert any(item.table == "statement" and "meer kan een traject niet bevatten" in item.reason for item in report.left_out)
    with open_document(target, read_only=True) as doc:
        assert len(load_tree(doc).statements) == 10_000
