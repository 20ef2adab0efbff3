"""A full disk and read-only media, during an edit, a save-as, a backup, a JSON and a PDF export.

Each gives a clear Dutch message; the document stays intact and usable (``integrity_check``,
unchanged content, a later edit works once there is space again) and no partial file
replaces a good one.

Two ways to fill a disk: ``RLIMIT_FSIZE`` in a child process (works everywhere on POSIX; the
kernel refuses to let a file grow, SIGXFSZ ignored so that ``write`` gets ``EFBIG``), and — when
this runs as root and may mount — a small tmpfs filled to the last byte (a real ``ENOSPC``).
Read-only media is a tmpfs remounted read-only (root only; ``chmod`` does not stop root).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from staan_desktop.services import backups, edits, locking
from staan_desktop.services.errors import DocumentError, ReadOnlyError, StaanError
from staan_desktop.services.files import write_atomically
from staan_desktop.services.interchange import create_demo, export_json, load_tree
from staan_desktop.services.pdf_export import export_pdf
from staan_desktop.services.store import copy_document, open_document

from .helpers import assert_user_message, integrity, sha

ROOT = Path(__file__).resolve().parents[2]
OLD = b"%PDF-1.4 the good old file\n"

posix_only = pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")


def _render_pdf(doc) -> bytes:  # noqa: ANN001
    from staan_desktop.reports.pdf import render_pdf

    return render_pdf(load_tree(doc))


# RLIMIT_FSIZE: a child process whose files may not grow ------------------------------------

CHILD = textwrap.dedent(
    """
    import json, resource, signal, sys
    from pathlib import Path
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() then fails with EFBIG
    from staan_desktop.services import backups, edits
    from staan_desktop.services.errors import StaanError
    from staan_desktop.services.files import write_atomically
    from staan_desktop.services.interchange import export_json, load_tree
    from staan_desktop.services.store import copy_document, open_document

    from staan_desktop.services.pdf_export import export_pdf

    op, path, target, backup_root = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
    doc = open_document(path)
    pdf = b""
    if op == "bytes":
        from staan_desktop.reports.pdf import render_pdf
        pdf = render_pdf(load_tree(doc))
    limit = path.stat().st_size if op == "edit" else 8192
    result = {}
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    try:
        if op == "edit":
            edits.add_statement(doc, text="groot " * 30_000)
        elif op == "save_as":
            copy_document(path, target)
        elif op == "backup":
            backups.backup_now(doc, root=backup_root)
        elif op == "json":
            export_json(doc, target)
        elif op == "pdf":
            export_pdf(doc, target)
        elif op == "bytes":
            write_atomically(target, pdf)
        result["failed"] = False
    except StaanError as exc:
        result.update(failed=True, kind=type(exc).__name__, message=exc.message, details=exc.details)
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    # Space is back: the same open document takes the next edit.
    edits.add_statement(doc, text="na de volle schijf")
    result["later_edit"] = "ok"
    print(json.dumps(result))
    """
)

OPERATIONS = ["edit", "save_as", "backup", "json", "pdf", "bytes"]


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    create_demo(tmp_path / "doc" / "traject.staan").close() if (tmp_path / "doc").mkdir() is None else None
    return tmp_path / "doc" / "traject.staan"


def _only(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


@posix_only
@pytest.mark.parametrize("op", OPERATIONS)
def test_file_size_limit(tmp_path: Path, demo_path: Path, op: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / ("kopie.staan" if op == "save_as" else "uit." + ("json" if op == "json" else "pdf"))
    target.write_bytes(OLD)
    backup_root = tmp_path / "backups"
    with open_document(demo_path, read_only=True) as doc:
        before_tree = load_tree(doc)
    before = sha(demo_path)

    run = subprocess.run(
        [sys.executable, "-c", CHILD, op, str(demo_path), str(target), str(backup_root)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])

    assert result["failed"], f"{op} did not notice the full disk"
    assert result["kind"] == "DocumentError"
    assert_user_message(result["message"])
    assert result["later_edit"] == "ok"
    # The document: intact, unchanged but for the later edit, nothing left beside it.
    assert integrity(demo_path) == []
    with open_document(demo_path, read_only=True) as doc:
        after_tree = load_tree(doc)
    assert after_tree.statements == before_tree.statements + ("na de volle schijf",)
    assert after_tree.model_copy(update={"statements": before_tree.statements}) == before_tree
    assert _only(demo_path.parent) == [demo_path.name]
    assert before != sha(demo_path)  # (the later edit did land)
    # The target: the old file as it was, no temporary left.
    assert target.read_bytes() == OLD
    assert _only(out) == [target.name]
    if backup_root.exists():
        assert [p for p in backup_root.rglob("*") if p.is_file()] == []


# A real full disk: a tmpfs filled to the last byte ------------------------------------------


def _can_mount() -> bool:
    return os.name == "posix" and os.geteuid() == 0 and shutil.which("mount") is not None


def _mount_tmpfs(where: Path, size: str) -> None:
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")


def _unmount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if not _can_mount():
        pytest.skip("a real full disk needs root and mount (the RLIMIT_FSIZE tests cover the rest)")
    disk = tmp_path / f"disk-{uuid.uuid4().hex[:8]}"
    _mount_tmpfs(disk, "4m")
    try:
        yield disk
    finally:
        _unmount(disk)


def _fill(disk: Path) -> Path:
    filler = disk / "vulsel"
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
        try:
            while True:
                handle.write(b"\0")
        except OSError:
            pass
    return filler


def test_a_really_full_disk(small_disk: Path, tmp_path: Path) -> None:
    path = small_disk / "traject.staan"
    create_demo(path).close()
    out = small_disk / "uit"
    out.mkdir()
    for name in ("kopie.staan", "uit.json", "uit.pdf"):
        (out / name).write_bytes(OLD)
    doc = open_document(path)
    tree = load_tree(doc)
    pdf = _render_pdf(doc)
    before = sha(path)
    filler = _fill(small_disk)

    attempts = {
        "edit": lambda: edits.add_statement(doc, text="groot " * 30_000),
        "small edit": lambda: edits.add_statement(doc, text="klein"),
        "save_as": lambda: copy_document(path, out / "kopie.staan"),
        "backup": lambda: backups.backup_now(doc, root=small_disk / "backups"),
        "json": lambda: export_json(doc, out / "uit.json"),
        "pdf": lambda: export_pdf(doc, out / "uit.pdf"),
        "bytes": lambda: write_atomically(out / "uit.pdf", pdf),
    }
    for what, attempt in attempts.items():
        with pytest.raises(DocumentError) as raised:
            attempt()
        assert_user_message(raised.value.message)
        assert "vol" in raised.value.message, (what, raised.value.message)
        assert sha(path) == before, what
        assert integrity(path) == [], what
    for name in ("kopie.staan", "uit.json", "uit.pdf"):
        assert (out / name).read_bytes() == OLD
    assert _only(out) == ["kopie.staan", "uit.json", "uit.pdf"]
    assert not (small_disk / "backups").exists() or [p for p in (small_disk / "backups").rglob("*") if p.is_file()] == []
    assert load_tree(doc) == tree  # still readable while the disk is full

    filler.unlink()
    edits.add_statement(doc, text="weer ruimte")
    assert load_tree(doc).statements[-1] == "weer ruimte"
    backups.backup_now(doc, root=small_disk / "backups")
    write_atomically(out / "uit.pdf", pdf)
    doc.close()
    assert integrity(path) == []
    assert sorted(p.name for p in small_disk.iterdir()) == ["backups", "traject.staan", "uit"]


# Read-only media ----------------------------------------------------------------------------


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    if not _can_mount():
        pytest.skip("read-only media needs root and mount here: chmod does not stop root, and "
                    "the unprivileged case is covered by tests/services/test_locking.py")
    disk = tmp_path / f"ro-{uuid.uuid4().hex[:8]}"
    _mount_tmpfs(disk, "8m")
    try:
        create_demo(disk / "traject.staan").close()
        (disk / "uit.pdf").write_bytes(OLD)
        done = subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot remount read-only: {done.stderr.strip()}")
        yield disk
    finally:
        _unmount(disk)


def test_read_only_media(read_only_disk: Path, tmp_path: Path) -> None:
    path = read_only_disk / "traject.staan"
    before = sha(path)

    # As the application opens it: the lock cannot be made, so it opens read-only and says why.
    with pytest.raises(locking.LockError) as no_lock:
        locking.acquire(path)
    assert_user_message(no_lock.value.message)
    assert "alleen-lezen" in no_lock.value.message
    with open_document(path, read_only=True, read_only_reason=no_lock.value.message) as doc:
        tree = load_tree(doc)
        with pytest.raises(ReadOnlyError) as refused:
            edits.add_statement(doc, text="mag niet")
        assert refused.value.message == no_lock.value.message
        # Reading works, and so do copies to somewhere writable: backup, save-as, exports.
        info = backups.backup_now(doc, root=tmp_path / "backups")
        assert backups.verify_backup(info)
        copy_document(path, tmp_path / "kopie.staan")
        export_json(doc, tmp_path / "uit.json")
        assert integrity(tmp_path / "kopie.staan") == []

    # Opened for writing anyway (no lock service in between): every write is refused clearly.
    with open_document(path) as doc:
        assert load_tree(doc) == tree
        attempts = {
            "edit": lambda: edits.add_statement(doc, text="mag niet"),
            "save_as": lambda: copy_document(tmp_path / "kopie.staan", read_only_disk / "kopie.staan"),
            "backup": lambda: backups.backup_now(doc, root=read_only_disk / "backups"),
            "json": lambda: export_json(doc, read_only_disk / "uit.json"),
            "pdf": lambda: export_pdf(doc, read_only_disk / "uit.pdf"),
            "bytes": lambda: write_atomically(read_only_disk / "uit.pdf", b"%PDF new"),
        }
        for what, attempt in attempts.items():
            with pytest.raises(StaanError) as raised:
                attempt()
            assert_user_message(raised.value.message)
            assert "alleen-lezen" in raised.value.message or "kan niet worden geschreven" in raised.value.message, (
                what,
                raised.value.message,
            )
    assert sha(path) == before
    assert (read_only_disk / "uit.pdf").read_bytes() == OLD
    assert sorted(p.name for p in read_only_disk.iterdir()) == ["traject.staan", "uit.pdf"]
