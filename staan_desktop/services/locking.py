"""One writer per document: a lock file beside it says who has it open.

SQLite's own locks last only as long as one transaction, so two facilitators could both have a
document open and overwrite each other's work edit by edit. A ``NAME.staan.lock`` file, made
atomically with ``O_CREAT | O_EXCL``, holds ``{user, host, pid, since}`` of the instance that
writes. Whoever finds it already there opens the document read-only and is told who holds it.

Usage (the GUI and the CLI both do this)::

    try:
        lock = locking.acquire(path)
    except locking.LockError as exc:
        doc = open_document(path, read_only=True, read_only_reason=exc.message)
    else:
        doc = open_document(path)
    ...
    lock.release()          # on close; a crash leaves a stale lock that the next opener takes over

A lock left by a crashed instance on the same machine is taken over: its process is gone, or the
number now belongs to another process (the lock predates the last boot, or that process started
after the lock was written). A lock from another machine is never taken over automatically: we
cannot see whether that process lives. The user may judge it gone (that laptop crashed) and take
it over by naming the holder they were shown: ``acquire(path, take_over=holder)``.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import stat
import sys
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from staan_desktop.domain.messages import Message, msg, phrase

from .errors import StaanError

SUFFIX = ".lock"
#: A lock file without readable content is being written right now, unless it is older than this.
_UNREADABLE_GRACE_SECONDS = 10.0


class LockError(StaanError):
    """The document cannot be opened for writing; ``message`` says why (shown in the banner)."""


class DocumentLocked(LockError):
    """Another running instance holds the document."""

    def __init__(self, holder: LockInfo) -> None:
        super().__init__(holder.message())
        self.holder = holder


class LockUnavailable(LockError):
    """No lock file can be made (a read-only folder or share): nothing could be written anyway."""


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    #: ISO 8601 local time, seconds precision.
    since: str

    def message(self) -> Message:
        when: str
        try:
            moment = datetime.fromisoformat(self.since)
            when = moment.strftime("%d-%m-%Y %H:%M") if moment.date() != datetime.now().date() else moment.strftime("%H:%M")
        except ValueError:
            when = self.since or phrase("onbekende tijd")
        return msg("locking.held", user=self.user, host=self.host, when=when)

    def describe(self) -> str:
        return self.message().dutch()


def lock_path(document: Path) -> Path:
    document = Path(document)
    return document.with_name(document.name + SUFFIX)


def _me() -> LockInfo:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (some containers): still lock
        user = "onbekend"
    return LockInfo(user, socket.gethostname(), os.getpid(), datetime.now().isoformat(timespec="seconds"))


#: Clock jitter allowed when comparing the lock's time (seconds, local) with boot and start times.
_CLOCK_SLACK_SECONDS = 120.0


def _boot_time() -> float | None:
    """When this machine last started (epoch seconds), or None where we cannot tell."""
    try:
        if sys.platform.startswith("linux"):
            for line in Path("/proc/stat").read_text().splitlines():
                if line.startswith("btime "):
                    return float(line.split()[1])
        elif sys.platform == "win32":
            import ctypes

            uptime_ms = ctypes.windll.kernel32.GetTickCount64  # type: ignore[attr-defined]
            uptime_ms.restype = ctypes.c_ulonglong
            return time.time() - uptime_ms() / 1000
        elif sys.platform == "darwin":
            import subprocess

            out = subprocess.run(["sysctl", "-n", "kern.boottime"], capture_output=True, text=True, timeout=5).stdout
            return float(out.split("sec =")[1].split(",")[0])
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return None


def _process_start(pid: int) -> float | None:
    """When process ``pid`` started (epoch seconds); Linux only, None elsewhere or if gone."""
    if not sys.platform.startswith("linux"):
        return None
    boot = _boot_time()
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        # The command name may hold spaces and parentheses: count fields after the last ")".
        ticks = int(stat.rsplit(")", 1)[1].split()[19])
        return None if boot is None else boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _since_epoch(holder: LockInfo) -> float | None:
    try:
        return datetime.fromisoformat(holder.since).timestamp()
    except ValueError:
        return None


def _pid_reused(holder: LockInfo) -> bool:
    """The lock's process cannot be the one alive under that pid now: the lock was written
    before this machine last booted, or the living process started after the lock was written
    (a crash, a reboot, and an unrelated program that got the same number)."""
    since = _since_epoch(holder)
    if since is None:
        return False
    boot = _boot_time()
    if boot is not None and since < boot - _CLOCK_SLACK_SECONDS:
        return True
    started = _process_start(holder.pid)
    return started is not None and started > since + _CLOCK_SLACK_SECONDS


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        # os.kill(pid, 0) would send CTRL_C_EVENT on Windows; ask the kernel instead.
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by someone else
    except OSError:
        return False
    return True


def read_lock(document: Path) -> LockInfo | None:
    """Who holds ``document``, or ``None`` if nobody (or the lock file is not readable yet, or
    is no lock file at all)."""
    try:
        return _read(lock_path(document))
    except ForeignLock:
        return None


#: A lock file holds one short JSON object; anything larger was not written by us.
MAX_LOCK_BYTES = 4096


class ForeignLock(LockUnavailable):
    """Something that is not a lock file stands in its place (a FIFO, a link to a device, a
    huge file): never read, never removed; the document is opened read-only."""


def _foreign(path: Path) -> ForeignLock:
    return ForeignLock(
        msg("locking.foreign_lock", name=path.name)
    )


def _read_bytes(path: Path) -> bytes | None:
    """The bytes of a lock file, read only when it is a small regular file: opened without
    following a link and without blocking (a FIFO), and looked at (fstat) before it is read.
    ``None`` when there is no file; :class:`ForeignLock` when something else stands there."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if path.is_symlink() or (path.exists() and not path.is_file()):
            raise _foreign(path) from exc
        return None  # unreadable for now (permissions): judged by its age like an empty one
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_LOCK_BYTES:
            raise _foreign(path)
        return os.read(fd, MAX_LOCK_BYTES + 1)
    finally:
        os.close(fd)


def _read(path: Path) -> LockInfo | None:
    data = _read_bytes(path)
    if data is None:
        return None
    try:
        parsed = json.loads(data.decode("utf-8"))
        pid = int(parsed["pid"])
        if not -1 <= pid < 1 << 31:
            return None  # no process has that number (and os.kill would overflow)
        return LockInfo(str(parsed["user"]), str(parsed["host"]), pid, str(parsed["since"]))
    except (ValueError, KeyError, TypeError, RecursionError):
        return None


def _is_stale(holder: LockInfo | None, written: float) -> bool:
    """Whether a lock file last written at ``written`` (a time stamp) and naming ``holder`` is
    left over: an unreadable one once it is old, else one of a process that is gone."""
    if holder is None:
        return time.time() - written > _UNREADABLE_GRACE_SECONDS
    return holder.host == socket.gethostname() and (not _pid_alive(holder.pid) or _pid_reused(holder))


def _identity(status: os.stat_result) -> tuple[int, int, int, int]:
    """Tells one lock file from the next: a file made right after another one was removed may
    get its inode number, but not also its size and modification time."""
    return status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns


def _create(path: Path, me: LockInfo) -> bool:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    except OSError as exc:
        raise LockUnavailable(
            msg("locking.folder_read_only"), str(exc)
        ) from exc
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(asdict(me), handle)
        handle.flush()
        os.fsync(handle.fileno())
    return True


class DocumentLock:
    """The lock this instance holds on one document. Release it when the document closes."""

    def __init__(self, document: Path, info: LockInfo) -> None:
        self.document = Path(document)
        self.info = info
        self._held = True

    @property
    def held(self) -> bool:
        return self._held

    def release(self) -> None:
        """Remove the lock file, but only if it is still ours (someone may have taken over a
        lock they judged stale, e.g. after this machine slept through a network outage)."""
        if not self._held:
            return
        self._held = False
        if read_lock(self.document) == self.info:
            lock_path(self.document).unlink(missing_ok=True)

    def __enter__(self) -> DocumentLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def acquire(document: Path, take_over: LockInfo | None = None) -> DocumentLock:
    """Take the lock on ``document``; raise :class:`DocumentLocked` (with who holds it) or
    :class:`LockUnavailable`. A stale lock of a crashed instance on this machine is taken over,
    and so is the lock of ``take_over`` if it is still exactly that one (not if it was released
    and taken by someone else since the user was shown it)."""
    path = lock_path(document)
    me = _me()
    for _attempt in range(3):
        if _create(path, me):
            return DocumentLock(document, me)
        try:
            seen = path.stat()
        except FileNotFoundError:
            continue  # released in the meantime: try to take it again
        holder = _read(path)
        if not (_is_stale(holder, seen.st_mtime) or (take_over is not None and holder == take_over)):
            if holder is None:
                holder = LockInfo("iemand anders", "een andere computer", 0, "")
            raise DocumentLocked(holder)
        # Move the stale lock aside under a unique name first: of two instances taking over at
        # once, only one rename succeeds, so they cannot both end up believing they hold it.
        aside = path.with_name(f"{path.name}.stale-{me.pid}-{time.monotonic_ns()}")
        try:
            os.replace(path, aside)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise LockUnavailable(
                msg("locking.stale_lock"), str(exc)
            ) from exc
        moved = aside.stat()
        if _identity(moved) != _identity(seen) or _read(aside) != holder:
            # Not the file judged stale: another instance took over between our look and our
            # rename (its new lock may not even be written yet). Give its lock back.
            try:
                os.link(aside, path)
            except OSError:
                pass
        aside.unlink(missing_ok=True)
    holder = read_lock(document) or LockInfo("iemand anders", "een andere computer", 0, "")
    raise DocumentLocked(holder)
