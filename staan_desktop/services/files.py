"""Writing files so that a failure never replaces a good file with a broken one."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from staan_desktop.domain.messages import msg

from .errors import DocumentError


def write_failure_reason(exc: BaseException) -> str:
    """Why writing failed, in words a facilitator understands — never the system's English."""
    if isinstance(exc, OSError) and exc.errno is not None:
        if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return "de schijf is vol"
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return "de map is alleen-lezen of er mag niet in worden geschreven"
        if exc.errno == errno.ENAMETOOLONG:
            return "de naam is te lang"
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return "de map bestaat niet (meer)"
        return "de schijf gaf een fout"
    text = str(exc).lower()  # SQLite's messages
    if "full" in text:
        return "de schijf is vol"
    if "readonly" in text or "read-only" in text:
        return "de map is alleen-lezen of er mag niet in worden geschreven"
    if "malformed" in text or "not a database" in text:
        return "het bestand is beschadigd"
    if "locked" in text or "busy" in text:
        return "een ander programma houdt het bestand bezet"
    # SQLite reports a file that may not grow (EFBIG) as an I/O error.
    return "de schijf gaf een fout (is ze vol?)"


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename it
    over ``path``. On any error the old file (if any) is untouched and the temporary is gone."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise DocumentError(msg("files.no_such_folder", directory=directory))
    if path.is_dir():
        raise DocumentError(msg("backups.is_folder", name=path.name))
    tmp: Path | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
        tmp = Path(tmp_name)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        reason = write_failure_reason(exc)
        raise DocumentError(msg("files.not_written", name=path.name, reason=reason), str(exc)) from exc
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
