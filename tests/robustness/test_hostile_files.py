"""Hostile files: a generated corpus of broken, foreign, truncated, huge and malicious inputs.

Each is refused with a clear Dutch message (no traceback, no English exception text), nothing
crashes, and the file is byte-identical afterwards — through ``open_document`` (read-write and
read-only), ``check_document``, ``import_json`` and the command line (``staan check`` /
``staan import`` exit non-zero with one line on stderr).
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from staan_desktop import cli
from staan_desktop.reports.json_interchange import to_json
from staan_desktop.services.checks import check_document
from staan_desktop.services.errors import StaanError
from staan_desktop.services.interchange import create_demo, demo_tree, import_json
from staan_desktop.services.store import open_document

from .helpers import assert_user_message

ROOT = Path(__file__).resolve().parents[2]
PAGE = 4096
GB = 1 << 30

Builder = Callable[[Path, bytes], Path]


@pytest.fixture(scope="module")
def real_document(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("real") / "demo.staan"
    create_demo(path).close()
    return path.read_bytes()


def _bytes(data: bytes | Callable[[bytes], bytes], name: str = "x.staan") -> Builder:
    def build(directory: Path, real: bytes) -> Path:
        path = directory / name
        path.write_bytes(data(real) if callable(data) else data)
        return path

    return build


def _sqlite(setup: Callable[[sqlite3.Connection], None], from_real: bool = False) -> Builder:
    def build(directory: Path, real: bytes) -> Path:
        path = directory / "x.staan"
        if from_real:
            path.write_bytes(real)
        conn = sqlite3.connect(path, isolation_level=None)
        setup(conn)
        conn.close()
        return path

    return build


def _sparse(header: Callable[[bytes], bytes], size: int, name: str = "x.staan") -> Builder:
    def build(directory: Path, real: bytes) -> Path:
        path = directory / name
        with path.open("wb") as handle:
            handle.write(header(real))
            handle.truncate(size)  # holes: 2 GB without writing 2 GB
        return path

    return build


def _special(kind: str) -> Builder:
    def build(directory: Path, _real: bytes) -> Path:
        path = directory / "x.staan"
        if kind == "map":
            path.mkdir()
        elif kind == "gebroken link":
            path.symlink_to(directory / "bestaat-niet.staan")
        elif kind == "link-lus":
            path.symlink_to(directory / "y.staan")
            (directory / "y.staan").symlink_to(path)
        elif kind == "fifo":
            os.mkfifo(path)
        return path

    return build


def _noise(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def _with(offset: int, patch: bytes) -> Callable[[bytes], bytes]:
    return lambda real: real[:offset] + patch + real[offset + len(patch) :]


def _staan_cases() -> dict[str, Builder]:
    cases: dict[str, Builder] = {"leeg": _bytes(b"")}
    for i, size in enumerate([1, 15, 16, 99, 100, 101, 512, PAGE, 3 * PAGE, 65536, 300_000]):
        cases[f"ruis-{size}"] = _bytes(_noise(size, i))
    cases["sqlite-kop-en-ruis"] = _bytes(b"SQLite format 3\x00" + _noise(2 * PAGE, 99))
    cases["kop-van-echt-en-ruis"] = _bytes(lambda real: real[:100] + _noise(8 * PAGE, 98))
    # Truncated at many offsets: inside the header, around page boundaries, and at every page.
    offsets = {1, 15, 16, 17, 50, 99, 100, 101, 512, 1024, 2048, PAGE - 1, PAGE + 1, 2 * PAGE - 1}
    offsets |= {k * PAGE for k in range(1, 56)}
    for offset in sorted(offsets):
        cases[f"afgekapt-{offset}"] = _bytes(lambda real, o=offset: real[: min(o, len(real) - 1)])
    cases["afgekapt-laatste-byte"] = _bytes(lambda real: real[:-1])
    cases["paginagrootte-3"] = _bytes(_with(16, b"\x00\x03"))
    cases["paginagrootte-65537"] = _bytes(_with(16, b"\xff\xff"))
    cases["onbekende-schrijfversie"] = _bytes(_with(18, b"\x09\x09"))
    cases["pagina-2-en-3-ruis"] = _bytes(lambda real: real[:PAGE] + _noise(2 * PAGE, 7) + real[3 * PAGE :])
    cases["schema-pagina-ruis"] = _bytes(lambda real: real[:100] + _noise(PAGE - 100, 8) + real[PAGE:])
    cases["andere-toepassing"] = _sqlite(lambda c: c.executescript("CREATE TABLE klant(id, naam); INSERT INTO klant VALUES (1, 'x');"))
    cases["andere-toepassing-met-alembic"] = _sqlite(
        lambda c: c.executescript(
            "PRAGMA application_id = 1234; CREATE TABLE alembic_version(version_num); "
            "INSERT INTO alembic_version VALUES ('0001');"
        )
    )
    cases["verkeerd-application-id"] = _sqlite(lambda c: c.execute("PRAGMA application_id = 305419896"), from_real=True)
    cases["nieuwer-schema"] = _sqlite(lambda c: c.execute("UPDATE alembic_version SET version_num = '9999_toekomst'"), from_real=True)
    cases["geen-schemaversie"] = _sqlite(lambda c: c.execute("DROP TABLE alembic_version"), from_real=True)
    cases["lege-schemaversie"] = _sqlite(lambda c: c.execute("DELETE FROM alembic_version"), from_real=True)
    cases["map"] = _special("map")
    cases["gebroken-link"] = _special("gebroken link")
    cases["link-lus"] = _special("link-lus")
    cases["fifo"] = _special("fifo")
    cases["2gb-nullen-na-geldige-kop"] = _sparse(lambda real: real[:100], 2 * GB)
    cases["2gb-nullen-na-sqlite-kop"] = _sparse(lambda _real: b"SQLite format 3\x00", 2 * GB)
    cases["zip-als-staan"] = _bytes(b"PK\x03\x04" + _noise(2000, 5))
    cases["pdf-als-staan"] = _bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + _noise(2000, 6))
    cases["json-als-staan"] = _bytes(lambda _real: to_json(demo_tree()).encode())
    return cases


STAAN_CASES = _staan_cases()


def _fingerprint(path: Path) -> object:
    """What must not change: the bytes of a file, or what a special entry is."""
    if path.is_symlink():
        return ("link", os.readlink(path))
    if path.is_dir():
        return ("map", sorted(p.name for p in path.iterdir()))
    if not path.is_file():
        return ("bijzonder", path.stat().st_mode)
    stat = path.stat()
    if stat.st_size > 64 * 1024 * 1024:  # the sparse giants: size, and the bytes that are there
        with path.open("rb") as handle:
            return ("groot", stat.st_size, handle.read(PAGE), stat.st_mtime_ns)
    return ("bytes", path.read_bytes())


def _one_line_refusal(run: Callable[[], int], capsys: pytest.CaptureFixture[str]) -> str:
    code = run()
    out, err = capsys.readouterr()
    assert code != 0
    lines = err.strip().splitlines()
    assert lines and lines[0].startswith("staan: ") or lines[0].startswith("Het document"), err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize("case", list(STAAN_CASES))
def test_hostile_document_is_refused_and_untouched(
    case: str, tmp_path: Path, real_document: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    path = STAAN_CASES[case](tmp_path, real_document)
    before = _fingerprint(path)
    entries = sorted(p.name for p in tmp_path.iterdir())

    for read_only in (False, True):
        with pytest.raises(StaanError) as refused:
            open_document(path, read_only=read_only).close()
        assert_user_message(refused.value.message)
        assert _fingerprint(path) == before

    try:
        report = check_document(path)
    except StaanError as exc:
        assert_user_message(exc.message)
        line = _one_line_refusal(lambda: cli.main(["check", str(path)]), capsys)
        assert_user_message(line.removeprefix("staan: "))
    else:
        assert report.problems, "check_document found nothing wrong"
        for problem in report.problems:
            assert_user_message(problem)
        _one_line_refusal(lambda: cli.main(["check", str(path)]), capsys)

    assert _fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == entries  # no journal, .bak or copy beside it


# JSON imports -------------------------------------------------------------------------------


def _demo_data() -> dict:
    return json.loads(to_json(demo_tree()))


def _json(mutate: Callable[[dict], object]) -> Builder:
    def build(directory: Path, _real: bytes) -> Path:
        data = _demo_data()
        mutate(data)
        path = directory / "in.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path

    return build


def _raw(data: bytes | Callable[[], bytes]) -> Builder:
    def build(directory: Path, _real: bytes) -> Path:
        path = directory / "in.json"
        path.write_bytes(data() if callable(data) else data)
        return path

    return build


def _set(where: str, value: object) -> Callable[[dict], None]:
    """``where`` is a dotted path into the demo data, e.g. ``criteria.0.weight``."""

    def mutate(data: dict) -> None:
        *parents, last = where.split(".")
        node: object = data
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]  # type: ignore[index]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value  # type: ignore[index]

    return mutate


def _drop(where: str) -> Callable[[dict], None]:
    def mutate(data: dict) -> None:
        *parents, last = where.split(".")
        node: object = data
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]  # type: ignore[index]
        del node[last]  # type: ignore[index]

    return mutate


def _replaced(text: str, old: str, new: str) -> bytes:
    assert old in text, f"the demo document no longer has {old!r}"
    return text.replace(old, new, 1).encode()


def _first_scored(data: dict) -> dict:
    return next(tf for tf in data["task_fields"] if tf["scores"])


def _json_cases() -> dict[str, Builder]:
    demo_text = to_json(demo_tree())
    return {
        "json-leeg": _raw(b""),
        "json-geen-json": _raw(b"hallo wereld"),
        "json-ruis": _raw(_noise(5000, 11)),
        "json-ongeldige-utf8": _raw(b'{"format": "staan", "format_version": 1, "trajectory": {"title": "\xff\xfe\xc3"}}'),
        "json-halve-surrogaat": _raw(b'{"format": "staan", "format_version": 1, "trajectory": {"title": "a\\ud800b"}}'),
        "json-afgekapt": _raw(lambda: demo_text.encode()[: len(demo_text) // 2]),
        "json-lijst": _raw(b"[1, 2, 3]"),
        "json-getal": _raw(b"42"),
        "json-null": _raw(b"null"),
        "json-100k-haken": _raw(b"[" * 100_000),
        "json-100k-haken-binnenin": _raw(lambda: demo_text.rstrip()[:-1].encode() + b', "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"),
        "json-diep-object": _raw(lambda: b'{"a":' * 50_000 + b"1" + b"}" * 50_000),
        "json-nan": _raw(_replaced(demo_text, '"weight": 1.0', '"weight": NaN')),
        "json-infinity": _raw(_replaced(demo_text, '"weight": 1.0', '"weight": Infinity')),
        "json-min-infinity": _raw(_replaced(demo_text, '"min_ratio": 0.75', '"min_ratio": -Infinity')),
        "json-ander-formaat": _json(_set("format", "docx")),
        "json-geen-formaat": _json(_drop("format")),
        "json-nieuwere-versie": _json(_set("format_version", 2)),
        "json-versie-als-tekst": _json(_set("format_version", "1")),
        "json-geen-traject": _json(_drop("trajectory")),
        "json-traject-null": _json(_set("trajectory", None)),
        "json-titel-ontbreekt": _json(_drop("trajectory.title")),
        "json-titel-leeg": _json(_set("trajectory.title", "")),
        "json-titel-getal": _json(_set("trajectory.title", 123)),
        "json-titel-lijst": _json(_set("trajectory.title", ["a"])),
        "json-gemeenten-tekst": _json(_set("municipalities", "Assen")),
        "json-gemeenten-object": _json(_set("municipalities", {"Assen": 1})),
        "json-uitspraak-getal": _json(_set("statements.0", 5)),
        "json-gewicht-tekst": _json(_set("criteria.0.weight", "hoog")),
        "json-score-tekst": _json(lambda d: _first_scored(d)["scores"][0].update(value="3")),
        "json-score-waar": _json(lambda d: _first_scored(d)["scores"][0].update(value=True)),
        "json-score-breuk": _json(lambda d: _first_scored(d)["scores"][0].update(value=3.5)),
        "json-score-enorm": _json(lambda d: _first_scored(d)["scores"][0].update(value=10**40)),
        "json-score-buiten-schaal": _json(lambda d: _first_scored(d)["scores"][0].update(value=6)),
        "json-schaal-omgekeerd": _json(lambda d: d["criteria"][0].update(scale_min=5, scale_max=1)),
        "json-preferent-tekst": _json(_set("task_fields.0.shortlisted", "ja")),
        "json-onbekende-status": _json(_set("trajectory.status", "klaar")),
        "json-onbekende-bloksoort": _json(lambda d: d["sections"][0].update(blocks=[{"kind": "video", "text": ""}])),
        "json-onbekende-rol": _json(lambda d: d["task_fields"][0].update(owners=[{"person": "P", "role": "baas"}])),
        "json-onbekend-veld": _json(_set("onbekend", 1)),
        "json-onbekend-veld-diep": _json(_set("trajectory.kleur", "rood")),
        "json-titel-te-lang": _json(_set("trajectory.title", "x" * 501)),
        "json-tekst-te-lang": _json(_set("statements.0", "x" * 200_001)),
        "json-enorme-tekst": _json(_set("trajectory.differences", "é" * 5_000_000)),
        "json-51-gemeenten": _json(_set("municipalities", [f"Gemeente {i}" for i in range(51)])),
        "json-dubbele-gemeente": _json(lambda d: d["municipalities"].append(d["municipalities"][0])),
        "json-dubbel-criterium": _json(lambda d: d["criteria"].append(d["criteria"][0])),
        "json-dubbel-taakveld": _json(lambda d: d["task_fields"].append(d["task_fields"][0])),
        "json-dubbele-rol": _json(lambda d: d["roles"].append(d["roles"][0])),
        "json-dubbele-klasse": _json(lambda d: d["classes"].append(d["classes"][0])),
        "json-dubbele-score": _json(lambda d: _first_scored(d)["scores"].append(_first_scored(d)["scores"][0])),
        "json-onbekende-gemeente-deelnemer": _json(
            lambda d: d["conferences"][0]["participants"].append({"name": "P", "municipality": "Nergenshuizen"})
        ),
        "json-onbekende-gemeente-score": _json(
            lambda d: _first_scored(d)["scores"].append({"criterion": d["criteria"][0]["name"], "municipality": "Nergenshuizen", "value": 1})
        ),
        "json-onbekend-criterium": _json(
            lambda d: _first_scored(d)["scores"].append({"criterion": "Geluk", "value": 1})
        ),
        "json-onbekende-klasse": _json(lambda d: d["task_fields"][0].update(override={"class_key": "geheim", "reason": "r"})),
        "json-onbekende-gemeente-lid": _json(lambda d: d["roles"][0]["members"].append({"name": "L", "municipality": "Nergenshuizen"})),
        "json-onbekende-gemeente-belang": _json(
            lambda d: d["interests"][0]["columns"].append({"municipality": "Nergenshuizen", "items": ["x"]})
        ),
        "json-reden-leeg": _json(lambda d: d["task_fields"][0].update(override={"class_key": None, "reason": ""})),
        "json-map": _special_json("map"),
        "json-gebroken-link": _special_json("gebroken link"),
        "json-fifo": _special_json("fifo"),
        "json-2gb-spaties": _sparse(lambda _real: b"{", 2 * GB, name="in.json"),
    }


def _special_json(kind: str) -> Builder:
    def build(directory: Path, real: bytes) -> Path:
        path = _special(kind)(directory, real)
        return path.rename(directory / "in.json") if not path.is_symlink() else _relink(path, directory / "in.json")

    return build


def _relink(link: Path, new: Path) -> Path:
    target = os.readlink(link)
    link.unlink()
    new.symlink_to(target)
    return new


JSON_CASES = _json_cases()


def test_the_corpus_is_large_enough() -> None:
    assert len(STAAN_CASES) + len(JSON_CASES) >= 100
    assert len(STAAN_CASES) >= 60 and len(JSON_CASES) >= 40


@pytest.mark.parametrize("case", list(JSON_CASES))
def test_hostile_json_is_refused_and_untouched(
    case: str, tmp_path: Path, real_document: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    source = JSON_CASES[case](tmp_path, real_document)
    before = _fingerprint(source)
    target = tmp_path / "uit.staan"

    with pytest.raises(StaanError) as refused:
        import_json(source, target).close()
    assert_user_message(refused.value.message)
    assert not target.exists()

    line = _one_line_refusal(lambda: cli.main(["import", str(source), "-o", str(target)]), capsys)
    assert_user_message(line.removeprefix("staan: "))
    assert not target.exists()
    assert _fingerprint(source) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"] + (["y.staan"] if case == "link-lus" else [])


# The real entry point, for a few of them -----------------------------------------------------


@pytest.mark.parametrize("case", ["leeg", "andere-toepassing", "nieuwer-schema", "afgekapt-8192", "map"])
def test_main_py_check_refuses_with_one_line(case: str, tmp_path: Path, real_document: bytes) -> None:
    path = STAAN_CASES[case](tmp_path, real_document)
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "check", str(path)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert_user_message(lines[0].removeprefix("staan: "))
