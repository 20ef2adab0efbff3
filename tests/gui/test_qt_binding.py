"""A session runs for hours: the Qt binding must not leak or drop references with every call.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``None`` on every call that returns
nothing (``setText``, ``setPixelSize`` …); after a few thousand calls the interpreter aborted
with ``none_dealloc``. pyproject.toml excludes that release; this test catches its return.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qapp) -> None:
    font = QFont()
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        font.setPixelSize(12)
        label.setText("Aa en Hunze")
    assert abs(sys.getrefcount(None) - before) < 50
