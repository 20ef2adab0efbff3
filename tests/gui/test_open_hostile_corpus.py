"""The file-trust corpus (``tests/robustness/hostile_corpus.py``: foreign schema objects,
journals, WAL files, lock files, huge and older files) through the window's own open path.

Opening in the window opens for editing, so a case that opening repairs (a journal of the file's
own rolled back after a copy into the backups, a WAL file converted) may change what lies in its
folder; every other case leaves every byte as it was. Never the "something unexpected" dialog,
never longer than 5 s, a refusal always one Dutch line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from staan_desktop.gui.pages import PAGES

from ..robustness.helpers import assert_user_message
from ..robustness.hostile_corpus import CASES, real_document
from .test_open_hostile import GENERIC_TITLE, SECONDS, _folder, _open_in_window, unexpected  # noqa: F401

WINDOW_CASES = {case.name: case for case in CASES if case.kind != "json"}


@pytest.mark.parametrize("name", list(WINDOW_CASES))
def test_window_refuses_opens_or_repairs_every_file_of_the_trust_corpus(  # type: ignore[no-untyped-def]
    name: str, qtbot, make_window, message_boxes, unexpected, tmp_path: Path  # noqa: F811
) -> None:
    case = WINDOW_CASES[name]
    folder = tmp_path / "corpus"
    folder.mkdir()
    path = case.build(folder, real_document())
    before = _folder(folder)
    window = make_window(PAGES)

    elapsed = _open_in_window(qtbot, window, path, message_boxes)

    assert elapsed < SECONDS, f"opening took {elapsed:.1f} s"
    assert not unexpected, f"unexpected error: {unexpected[0]}"
    assert all(box["title"] != GENERIC_TITLE for box in message_boxes), message_boxes
    for box in message_boxes:
        assert_user_message(box["text"])
    if message_boxes:
        assert window.current is None
    window.release_document()
    if case.editing == "refused":
        assert _folder(folder) == before  # the file, and whatever lies beside it
    for entry in folder.iterdir():  # the 1 GB sparse ones: keep the temporary folder small
        if entry.is_file() and entry.stat().st_size > 64 << 20:
            entry.unlink()
