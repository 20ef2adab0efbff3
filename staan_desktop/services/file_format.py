"""What marks a file as a ``.staan`` document, for modules that must not import the database
layer to know it (the window's shell and its file dialogs: gui/shell/__init__.py)."""

from __future__ import annotations

#: ``PRAGMA application_id``: the bytes "STAN", so that ``file`` and we can tell our files.
APPLICATION_ID = 0x5354414E
SQLITE_HEADER = b"SQLite format 3\x00"
SUFFIX = ".staan"
