"""Writing files so that a failure never replaces a good file with a broken one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import DocumentError


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename it
    over ``path``. On any error the old file (if any) is untouched and the temporary is gone."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise DocumentError(f"De map ‘{directory}’ bestaat niet.")
    if path.is_dir():
        raise DocumentError(f"‘{path.name}’ is een map; kies een bestandsnaam.")
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
        reason = "de schijf is vol" if exc.errno == 28 else (exc.strerror or str(exc))
        raise DocumentError(f"‘{path.name}’ kon niet worden geschreven: {reason}.", str(exc)) from exc
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
