"""A case of the hostile corpus (see :mod:`.hostile_corpus`) and the builders every part of it
shares: the healthy document, files made once per process, SQL applied to a copy."""

from __future__ import annotations

import functools
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

Builder = Callable[[Path, bytes], Path]
NAME = "x.staan"
MB = 1 << 20


@dataclass(frozen=True)
class Case:
    name: str
    build: Builder
    #: "document", "journal", "wal", "lock" or "json"
    kind: str = "document"
    read_only: str = "refused"
    editing: str = "refused"
    #: For accepted documents: whether ``check`` reports problems (exit 1) all the same.
    check_problems: bool = False


@functools.cache
def real_document() -> bytes:
    """The demo document's bytes, made once per process."""
    from staan_desktop.services.interchange import create_demo

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.staan"
        create_demo(path).close()
        return path.read_bytes()


_built: dict[str, dict[str, bytes]] = {}


def _cached(key: str, make: Callable[[Path, bytes], None]) -> Builder:
    """A builder whose files are made once per process (some take a second) and then copied:
    ``make`` gets a folder holding ``x.staan`` (the demo) and changes it and what lies beside."""

    def build(directory: Path, real: bytes) -> Path:
        if key not in _built:
            with tempfile.TemporaryDirectory() as folder:
                work = Path(folder)
                (work / NAME).write_bytes(real)
                make(work, real)
                _built[key] = {p.name: p.read_bytes() for p in work.iterdir() if p.is_file() and not p.is_symlink()}
        for name, data in _built[key].items():
            (directory / name).write_bytes(data)
        return directory / NAME

    return build


def _sql(*statements: str, writable_schema: bool = False) -> Callable[[Path, bytes], None]:
    def make(work: Path, _real: bytes) -> None:
        conn = sqlite3.connect(work / NAME, isolation_level=None)
        try:
            if writable_schema:
                conn.execute("PRAGMA writable_schema=ON")
            for statement in statements:
                conn.execute(statement)
        finally:
            conn.close()

    return make


def document(key: str, *statements: str, writable_schema: bool = False, **expect: object) -> Case:
    return Case(key, _cached(key, _sql(*statements, writable_schema=writable_schema)), **expect)  # type: ignore[arg-type]
