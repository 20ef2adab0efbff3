"""Backups of a document in the user's data folder, so that nothing is lost, ever.

A backup is a consistent snapshot made with SQLite's backup API into a temporary file beside
its final place, checked (``quick_check``), flushed to disk and only then renamed into place:
a failure (a full disk) leaves no partial file and raises :class:`DocumentError`.

Where: ``user_data_dir("STAAN Desktop") / "backups" / <document key>/``, where the key is the
document's file name plus a hash of its full path, so that two documents with the same name
in different folders keep their own backups. The last :data:`DEFAULT_KEEP` are kept.
``STAAN_DATA_DIR`` (a portable install, the GUI tests) moves the folder along with the
application's other files, so that such an install leaves nothing in the user's profile.

There is no scheduler here (and no Qt): the application calls :func:`backup_now` on open, on
close, before migration, export or sign-off, and from its own timer through the task helper.
``skip_unchanged=True`` makes a timer call cheap and harmless when nothing changed.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import platformdirs

from staan_desktop.domain.messages import msg, phrase

from .errors import DocumentError
from .file_admission import inspect_file
from .file_format import SUFFIX
from .files import write_failure_reason
from .inspection import connect
from .store import Document

APP_NAME = "STAAN Desktop"
#: The same override as the application's data folder (``gui/paths.py``).
DATA_DIR_ENV = "STAAN_DATA_DIR"
DEFAULT_KEEP = 10

#: Why a backup was made, as stored in its file name, and how the application can say it.
REASONS: dict[str, str] = {
    "handmatig": "handmatig gemaakt",
    "openen": "bij het openen",
    "interval": "automatisch tijdens het werk",
    "sluiten": "bij het sluiten",
    "herstel": "vóór het terugzetten van een reservekopie",
    "migratie": "vóór het bijwerken naar een nieuwe versie",
    "export": "vóór het exporteren",
    "vaststellen": "vóór het vaststellen",
}

_NAME = re.compile(r"^(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z]+)-(?P<digest>[0-9a-f]{16})\.staan$")
_STAMP = "%Y%m%dT%H%M%S%fZ"
#: A temporary file older than this in a backup folder is left over from a crash.
_STALE_TMP_SECONDS = 3600


@dataclass(frozen=True)
class BackupInfo:
    """One backup file. ``created`` is in UTC (show it with ``created.astimezone()``)."""

    path: Path
    created: datetime
    size: int
    reason: str
    #: The first 16 hex digits of the SHA-256 of the backup's bytes.
    digest: str

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)


def backup_root() -> Path:
    """The folder that holds the backup folders of all documents."""
    override = os.environ.get(DATA_DIR_ENV)
    base = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return base / "backups"


def document_key(path: Path) -> str:
    """The name of the backup folder of the document at ``path``: readable and unique."""
    full = os.path.normcase(str(Path(path).absolute().resolve()))
    stem = re.sub(r"[^0-9A-Za-z_-]+", "_", Path(path).stem).strip("_")[:40] or "document"
    return f"{stem}-{hashlib.sha256(full.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"


def backup_dir(path: Path, root: Path | None = None) -> Path:
    return (Path(root) if root is not None else backup_root()) / document_key(path)


def _fsync_dir(directory: Path) -> None:
    if os.name == "posix":
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _make_private_dirs(directory: Path) -> None:
    """Create ``directory`` and any missing parents readable by their owner only."""
    missing = []
    while not directory.exists():
        missing.append(directory)
        if directory.parent == directory:
            break
        directory = directory.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            sha.update(chunk)
    return sha.hexdigest()[:16]


def _info(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None
    created = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    return BackupInfo(path, created, size, match["reason"], match["digest"])


def _snapshot(source: Path, target: Path) -> None:
    """A consistent copy of ``source`` into the new file ``target``, checked and on disk."""
    src = connect(source, mode="ro", unbounded=True)
    try:
        src.execute("PRAGMA busy_timeout=5000")
        dst = connect(target, unbounded=True)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            rows = dst.execute("PRAGMA quick_check").fetchall()
        finally:
            dst.close()
    finally:
        src.close()
    problems = [r[0] for r in rows if r[0] != "ok"]
    if problems:
        raise DocumentError(msg("backups.backup_not_sound"), "\n".join(problems[:20]))
    os.chmod(target, 0o600)
    with target.open("rb") as handle:
        os.fsync(handle.fileno())


def backup_now(
    doc: Document | Path,
    *,
    reason: str = "handmatig",
    keep: int = DEFAULT_KEEP,
    root: Path | None = None,
    skip_unchanged: bool = False,
) -> BackupInfo:
    """Write a backup of ``doc`` (an open document or the path of one) and keep the newest
    ``keep``. With ``skip_unchanged`` and a newest backup of identical content, no new file
    is kept and that backup is returned. Raises :class:`DocumentError` (nothing left behind)."""
    source = Path(doc.path if isinstance(doc, Document) else doc)
    if not re.fullmatch(r"[a-z]+", reason):
        raise ValueError(f"reason must be lowercase letters, not {reason!r}")
    if not source.is_file():
        raise DocumentError(msg("backups.document_gone", name=source.name))
    directory = backup_dir(source, root)
    tmp: Path | None = None
    try:
        _make_private_dirs(directory)
        fd, tmp_name = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=directory)
        os.close(fd)
        tmp = Path(tmp_name)
        tmp.unlink()  # SQLite makes the file itself; an empty file would be "not a database".
        _snapshot(source, tmp)
        digest = _digest(tmp)
        if skip_unchanged:
            existing = list_backups(source, root=root)
            if existing and existing[0].digest == digest:
                return existing[0]
        info = _place(tmp, directory, reason, digest)
        tmp = None
        _fsync_dir(directory)
    except DocumentError as exc:
        raise DocumentError(msg("backups.failed_because", name=source.name, reason=exc.text), exc.details) from None
    except (OSError, sqlite3.Error) as exc:
        raise DocumentError(msg("backups.write_failed", name=source.name, reason=phrase(write_failure_reason(exc))), str(exc)) from None
    finally:
        if tmp is not None:
            for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
                try:
                    leftover.unlink(missing_ok=True)
                except OSError:
                    pass
    try:
        prune(source, keep=keep, root=root)
    except OSError:
        pass  # An old backup that cannot be removed now is removed next time.
    return info


def _place(tmp: Path, directory: Path, reason: str, digest: str) -> BackupInfo:
    """Rename ``tmp`` to its final name, never over another backup."""
    now = datetime.now(UTC)
    for attempt in range(1000):
        created = now + timedelta(microseconds=attempt)
        final = directory / f"{created.strftime(_STAMP)}-{reason}-{digest}{SUFFIX}"
        try:
            os.link(tmp, final)
        except FileExistsError:
            continue
        except OSError:
            # A file system without hard links: the names differ by the microsecond anyway.
            if final.exists():
                continue
            os.replace(tmp, final)
        else:
            tmp.unlink()
        info = _info(final)
        assert info is not None
        return info
    raise DocumentError(msg("backups.no_free_name"))


def list_backups(path: Path, *, root: Path | None = None) -> list[BackupInfo]:
    """The backups of the document at ``path``, newest first."""
    directory = backup_dir(path, root)
    try:
        entries = list(directory.iterdir())
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise DocumentError(msg("backups.unreadable"), str(exc)) from exc
    infos = [info for info in map(_info, entries) if info is not None]
    return sorted(infos, key=lambda i: (i.created, i.path.name), reverse=True)


def prune(path: Path, *, keep: int = DEFAULT_KEEP, root: Path | None = None) -> list[Path]:
    """Remove all but the newest ``keep`` backups of the document at ``path`` (and temporary
    files left by a crash); return what was removed."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    removed = []
    for info in list_backups(path, root=root)[keep:]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    directory = backup_dir(path, root)
    if directory.is_dir():
        cutoff = time.time() - _STALE_TMP_SECONDS
        for entry in directory.glob(".*.tmp*"):
            try:
                if entry.stat().st_mtime < cutoff:
                    entry.unlink()
                    removed.append(entry)
            except OSError:
                pass
    return removed


def verify_backup(backup: BackupInfo | Path) -> bool:
    """Whether the backup is still a healthy STAAN document (it is never changed)."""
    path = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    try:
        return inspect_file(path).ok
    except DocumentError:
        return False


def newest_verified_backup(path: Path, *, root: Path | None = None) -> BackupInfo | None:
    """The newest backup of the document at ``path`` that passes the checks, if any: what the
    application offers when the document itself turns out to be damaged."""
    for info in list_backups(path, root=root):
        if verify_backup(info):
            return info
    return None


def restore_backup(
    backup: BackupInfo | Path, target: Path, *, root: Path | None = None, keep: int = DEFAULT_KEEP
) -> Path:
    """Put the content of ``backup`` at ``target``.

    ``target`` may be a new path (a copy is written there) or the current document: that is
    first backed up itself (reason ``herstel``), or, when it is too damaged to be backed up,
    renamed aside to ``NAME.damaged`` (with a number if that exists). Returns ``target``.
    ``keep`` is the user's number of backups kept, so that this backup prunes no more than theirs.
    The application closes the document before, and opens it again after.
    """
    from .store import copy_document

    source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    target = Path(target)
    if not verify_backup(source):
        raise DocumentError(msg("backups.backup_not_restorable", name=source.name))
    if target.is_dir():
        raise DocumentError(msg("backups.is_folder", name=target.name))
    if target.exists() or target.is_symlink():
        try:
            inspect_file(target)
        except DocumentError:
            if not _looks_like_document(target):
                raise DocumentError(
                    msg("backups.not_overwritten", name=target.name)
                ) from None
            _set_aside(target)
        else:
            # One more than the user keeps, for now: the backup being restored may be the oldest,
            # and the room for this one must not be made by deleting it before it is copied.
            backup_now(target, reason="herstel", root=root, keep=keep + 1)
    copy_document(source, target)
    return target


def _looks_like_document(path: Path) -> bool:
    """A (possibly damaged) STAAN document, as opposed to some other file."""
    from .file_format import SQLITE_HEADER

    if path.suffix.lower() == SUFFIX:
        return True
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _set_aside(path: Path) -> Path:
    """Rename a damaged document out of the way, never over anything."""
    for n in range(1000):
        aside = path.with_name(f"{path.name}.damaged" + (f".{n}" if n else ""))
        if not aside.exists() and not aside.is_symlink():
            try:
                os.rename(path, aside)
            except OSError as exc:
                raise DocumentError(
                    msg("backups.damaged_not_moved", name=path.name), str(exc)
                ) from exc
            return aside
    raise DocumentError(msg("backups.damaged_not_moved", name=path.name))
