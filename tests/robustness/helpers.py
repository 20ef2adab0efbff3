"""What the robustness tests share: hashes, integrity checks and the test of a user message."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

#: Words that betray a message that was not written for the user: Python exception names,
#: tracebacks, raw SQLite, JSON or pydantic texts.
_NOT_FOR_USERS = re.compile(
    r"Traceback|File \"|\b[A-Z][A-Za-z]*(Error|Exception|Warning)\b|sqlite3|pydantic|"
    r"no such (table|column)|malformed|not a database|disk I/O|unable to open|readonly database|"
    r"is locked|Expecting|Input should|Field required|Extra inputs|object has no attribute|"
    r"codec can't|invalid continuation|NoneType|\bat line \d|errno|Errno",
)


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def integrity(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` on a read-only connection; ``[]`` means healthy."""
    conn = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows if r[0] != "ok"]


def assert_user_message(message: str) -> None:
    """A message a facilitator can read: present, one piece of Dutch, no programmer's text."""
    assert isinstance(message, str) and message.strip(), "empty message"
    assert not _NOT_FOR_USERS.search(message), f"not a message for users: {message!r}"
    assert len(message) < 600, f"message too long: {message!r}"
