"""A guard against a reference-counting bug in PySide6 6.12.0 on CPython 3.11.

Every call of a Qt method that returns nothing (``setText``, ``setFont``, ``fillRect``…)
drops one reference to ``None`` that it never took. CPython 3.11 aborts the whole process
("Fatal Python error: none_dealloc") when ``None``'s count reaches zero. The workspace starts
with some 50,000 references and a tour of its pages costs about 1,000; a session timer that
updates two labels every second costs another 30,000 an hour. A three-hour work conference
would end in a crash in front of the room.

So, while a window lives, the count is checked every few seconds and, when it runs low, raised
by what the bug took: a write to ``None``'s reference count, with no memory behind it. From
CPython 3.12 ``None`` is immortal and this does nothing. Remove it once PySide is fixed (the
test in tests/gui/projector/test_none_reserve.py says when).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QTimer

#: Below this many references to None, add :data:`TOP_UP` (both far above any real use).
LOW = 2_000_000
TOP_UP = 4_000_000
CHECK_MS = 2_000

_timer: QTimer | None = None


def applies() -> bool:
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def top_up() -> None:
    """Raise None's reference count when it runs low (CPython 3.11 and older only)."""
    if not applies() or sys.getrefcount(None) >= LOW:
        return
    # ob_refcnt is the first field of every CPython object, at the object's address.
    count = ctypes.c_ssize_t.from_address(id(None))
    count.value += TOP_UP


def keep_topped_up(owner: QObject) -> None:
    """Top up now and every few seconds while ``owner`` lives (once per process is enough)."""
    global _timer
    top_up()
    if _timer is not None or not applies():
        return
    _timer = QTimer(owner)
    _timer.setInterval(CHECK_MS)
    _timer.timeout.connect(top_up)
    _timer.destroyed.connect(_forget)
    _timer.start()


def _forget() -> None:
    global _timer
    _timer = None
