"""An edit interrupted by a crash: the rollback journal beside a document, and the WAL files of
a document that another program switched to write-ahead logging.

SQLite applies a *hot* journal (one without a live writer) at the next connection that may
write. That is right for the journal of this very file after a crash, and wrong for one that
cannot belong to it — a document replaced by a mailed copy while the old journal stayed — whose
pages would be written into the document and damage it. So a read-only command never applies a
journal (it reports the interrupted edit), and opening for editing:

1. sets aside (renames) a journal whose header cannot be of this file — wrong page size or
   sector size, or an original first page of another file (application id, change counter,
   page count);
2. copies the file and its journal into the backups;
3. lets SQLite roll back, then runs ``integrity_check`` and confirms the document's identity
   (application id, the schema of its revision, its single trajectory row);
4. if that fails, puts the copies back and refuses with a Dutch line.

The rollback journal format (https://www.sqlite.org/fileformat.html#the_rollback_journal): a
header of magic, record count, checksum nonce, the database size before the transaction in
pages, sector size and page size, padded to a sector; then records of a page number, the
page's original content and a checksum.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from staan_desktop.domain.messages import Message, msg

from .errors import DocumentError
from .file_format import APPLICATION_ID, SQLITE_HEADER

MAGIC = bytes.fromhex("d9d505f920a163d7")
#: How many journal records are looked at for the original first page (a journal of a real
#: edit holds a few dozen; a bound keeps a huge garbage journal cheap).
_MAX_RECORDS_SCANNED = 100_000


def journal_path(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + "-journal")


def wal_paths(path: Path) -> tuple[Path, Path]:
    path = Path(path)
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def odd_side_file(path: Path) -> Path | None:
    """A journal, WAL or shared-memory file beside ``path`` that is not a regular file (a FIFO,
    a link, a folder): SQLite would open it and a FIFO would block it forever."""
    for side in (journal_path(path), *wal_paths(path)):
        try:
            status = os.lstat(side)
        except OSError:
            continue
        if not stat.S_ISREG(status.st_mode):
            return side
    return None


def is_wal(header: bytes) -> bool:
    """Bytes 18 and 19 of the header are 2 in write-ahead-log mode, 1 with a rollback journal."""
    return len(header) >= 20 and (header[18] == 2 or header[19] == 2)


def _page_size(header: bytes) -> int:
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def _power_of_two(value: int, low: int, high: int) -> bool:
    return low <= value <= high and value & (value - 1) == 0


def foreign_reason(path: Path) -> str | None:
    """Why the journal beside ``path`` cannot belong to it, or ``None`` when it may. Reads
    the journal's header and looks for its copy of the first page; writes nothing."""
    journal = journal_path(path)
    with open(path, "rb") as handle:
        header = handle.read(100)
    try:
        with open(journal, "rb", buffering=0) as handle:
            head = handle.read(28)
            size = os.fstat(handle.fileno()).st_size
            if head[:8] != MAGIC:
                return "het is geen logboek van SQLite"
            if len(head) < 28:
                return None  # SQLite's own, cut off: see incomplete_reason
            initial_pages = int.from_bytes(head[16:20], "big")
            sector = int.from_bytes(head[20:24], "big")
            page_size = int.from_bytes(head[24:28], "big")
            if page_size != _page_size(header):
                return f"paginagrootte {page_size}, het document {_page_size(header)}"
            if not _power_of_two(sector, 32, 65536):
                return f"ongeldige sectorgrootte {sector}"
            # Each original page is kept once: a journal is never much larger than the
            # document was (and a huge one would otherwise be copied into the backups).
            if size > 2 * (initial_pages + 1) * (page_size + 8) + (1 << 20):
                return "groter dan een logboek van dit document kan zijn"
            first_page = _original_first_page(handle, size, sector, page_size, initial_pages)
    except OSError as exc:
        return f"onleesbaar ({exc.strerror})"
    counter = int.from_bytes(header[24:28], "big")
    if first_page is None:
        # The first page was not changed by the interrupted edit, so the document's header is
        # the one from before it and must state the size the journal started from.
        if header[92:96] == header[24:28] and int.from_bytes(header[28:32], "big") != initial_pages:
            return "de omvang past niet bij het document"
        return None
    if not first_page.startswith(SQLITE_HEADER) or int.from_bytes(first_page[68:72], "big") != APPLICATION_ID:
        return "de oorspronkelijke eerste pagina is niet van een STAAN-document"
    original = int.from_bytes(first_page[24:28], "big")
    # The change counter goes up by one at the commit that the journal protects.
    if counter not in (original, (original + 1) & 0xFFFFFFFF):
        return f"wijzigingsteller {original}, het document {counter}"
    if first_page[92:96] == first_page[24:28] and int.from_bytes(first_page[28:32], "big") != initial_pages:
        return "de omvang in het logboek is inwendig tegenstrijdig"
    return None


def incomplete_reason(path: Path) -> str | None:
    """Why the journal beside ``path`` (one that may belong to it) cannot restore it: its header
    is cut off, or it holds fewer records than its header says were written before the
    document was changed. Neither applying it nor setting it aside gives back the last
    committed state; only a backup can."""
    journal = journal_path(path)
    try:
        with open(journal, "rb", buffering=0) as handle:
            head = handle.read(28)
            size = os.fstat(handle.fileno()).st_size
    except OSError as exc:
        return f"onleesbaar ({exc.strerror})"
    if len(head) < 28:
        return "de kop is afgekapt"
    records = int.from_bytes(head[8:12], "big")
    sector, page_size = int.from_bytes(head[20:24], "big"), int.from_bytes(head[24:28], "big")
    if records not in (0, 0xFFFFFFFF) and size < sector + records * (page_size + 8):
        return f"het noemt {records} pagina's maar is afgekapt"
    return None


def _original_first_page(handle: BinaryIO, size: int, sector: int, page_size: int, initial_pages: int) -> bytes | None:
    """The journal's copy of page 1 (its state before the edit), or ``None`` if the edit left
    it alone. A journal is a chain of segments (a new one after each spill of the page cache
    into the file), each a header and its records; all are searched, within a bound."""
    record = 4 + page_size + 4
    segment, budget = 0, _MAX_RECORDS_SCANNED
    while segment + 28 <= size and budget > 0:
        handle.seek(segment)
        head = handle.read(28)
        if head[:8] != MAGIC:
            return None
        count = int.from_bytes(head[8:12], "big")
        start = segment + sector
        if count == 0xFFFFFFFF:  # not counted (some file systems): as many as fit
            count = max(0, (size - start) // record)
        for index in range(min(count, budget)):
            offset = start + index * record
            if offset + record > size:
                return None
            handle.seek(offset)
            number = int.from_bytes(handle.read(4), "big")
            if number == 1:
                return handle.read(page_size)
            if number == 0 or number > max(initial_pages, 1):
                # SQLite ends a rollback at a record it cannot use; a page past the original
                # size is never journaled. Either way nothing further is applied.
                return None
        budget -= count
        end = start + count * record
        segment = -(-end // sector) * sector  # the next segment starts on a sector boundary
    return None


def trajectory_ids(copy: Path) -> list[object] | None:
    """The trajectory ids in ``copy`` read as its bytes stand, journal ignored (``immutable``:
    no lock, no rollback, nothing written), or ``None`` when they cannot be read there."""
    from .inspection import bound, uri

    try:
        connection = sqlite3.connect(uri(copy, "ro") + "&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        connection.execute("PRAGMA trusted_schema=OFF")
        bound(connection, 1.0)
        kinds = connection.execute("SELECT type FROM sqlite_master WHERE name = 'trajectory'").fetchall()
        if kinds != [("table",)]:
            return None
        return [row[0] for row in connection.execute("SELECT id FROM trajectory LIMIT 3")]
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def set_aside(side_file: Path) -> Path:
    """Rename a side file (journal, WAL) out of SQLite's way, never over anything."""
    for n in range(1000):
        aside = side_file.with_name(f"{side_file.name}.opzij-{_stamp()}" + (f"-{n}" if n else ""))
        if not aside.exists():
            os.rename(side_file, aside)
            return aside
    raise DocumentError(msg("journal.not_moved_aside", name=side_file.name))


def copy_aside(path: Path, side_files: list[Path], reason: str) -> Path:
    """Copies of the document and its side files in a new folder of its backups, so that what
    was found can always be put back. Owner-only, like every backup."""
    from .backups import _fsync_dir, _make_private_dirs, backup_dir

    folder = backup_dir(path) / f"{reason}-{_stamp()}"
    _make_private_dirs(folder)
    for source in [path, *side_files]:
        target = folder / source.name
        shutil.copyfile(source, target)
        os.chmod(target, 0o600)
        with open(target, "rb") as handle:
            os.fsync(handle.fileno())
    _fsync_dir(folder)
    _prune_copies(path, reason)
    return folder


def _prune_copies(path: Path, reason: str, keep: int = 5) -> None:
    from .backups import backup_dir

    folders = sorted(p for p in backup_dir(path).glob(f"{reason}-*") if p.is_dir())
    for old in folders[:-keep]:
        shutil.rmtree(old, ignore_errors=True)


def put_back(folder: Path, path: Path, side_files: list[Path]) -> None:
    """Restore the document and its side files exactly as copied by :func:`copy_aside`."""
    for target in [*side_files, path]:
        source = folder / target.name
        tmp = target.with_name(f".{target.name}.terug")
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    for extra in (journal_path(path), *wal_paths(path)):
        if extra not in side_files and extra.exists():
            extra.unlink()


def repair(
    path: Path, side_files: list[Path], reason: str, act: Callable[[], None], confirm: Callable[[Path], None], failure: Message
) -> Path:
    """Copy ``path`` and ``side_files`` into the backups, run ``act`` (a rollback or a
    conversion SQLite performs on the file) and ``confirm`` with the copy of the file as it was
    (raises :class:`DocumentError` when the result is not this document, healthy); on failure
    put the copies back and refuse with ``failure`` and the cause."""
    try:
        folder = copy_aside(path, side_files, reason)
    except OSError as exc:
        raise DocumentError(
            msg("journal.no_backup", name=path.name),
            str(exc),
        ) from exc
    try:
        act()
        confirm(folder / path.name)
    except (DocumentError, sqlite3.Error, OSError) as exc:
        try:
            put_back(folder, path, side_files)
        except OSError as again:
            raise DocumentError(
                msg("journal.put_back_failed", name=path.name, folder=folder),
                f"{exc}; {again}",
            ) from again
        raise DocumentError(
            msg("journal.put_back_because", failure=failure, reason=exc.text) if isinstance(exc, DocumentError)
            else msg("journal.put_back", failure=failure),
            exc.details if isinstance(exc, DocumentError) else str(exc),
        ) from exc
    return folder
