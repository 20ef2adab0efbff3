"""Every file of the hostile corpus through the window's own open path (File ▸ Open lands in
``MainWindow.open_path``): refused in a dialog with one Dutch line, or opened and every page
shown; never the "something unexpected" dialog, never longer than 5 s, never a changed byte.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from staan_desktop.gui import errors
from staan_desktop.gui.pages import PAGES

from ..robustness.corpus_cases import ROW_CASES, cases
from ..robustness.helpers import assert_user_message
from ..robustness.test_hostile_files import _fingerprint

SECONDS = 5.0
CASES = dict(cases())
GENERIC_TITLE = "Er ging iets mis"


class _Emitted(list):
    def emit(self, *args: object) -> None:
        self.append(args)


@pytest.fixture
def unexpected(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[object]:
    """What would have shown the "Er ging iets onverwachts mis" dialog: what reaches the
    application's reporter as unexpected, and whatever escapes into Qt's event loop (which
    the application's excepthook hands to that reporter)."""
    generic, refusals = _Emitted(), _Emitted()
    monkeypatch.setattr(errors, "_reporter", SimpleNamespace(report=generic, refuse=refusals))
    monkeypatch.setattr(errors, "_log_file", tmp_path / "staan.log")
    monkeypatch.setattr(sys, "excepthook", lambda _kind, error, _tb: generic.append((error,)))
    return generic


def _open_in_window(qtbot, window, path: Path, message_boxes: list[dict[str, str]]) -> float:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    window.open_path(path)
    qtbot.waitUntil(
        lambda: bool(message_boxes) or (window.current is not None and window.current.path == path.resolve()),
        timeout=int(SECONDS * 1000) + 2000,
    )
    return time.monotonic() - started


@pytest.mark.parametrize("case", list(CASES))
def test_window_refuses_or_opens_every_hostile_file(  # type: ignore[no-untyped-def]
    case: str, qtbot, make_window, message_boxes, unexpected, tmp_path: Path
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    path = CASES[case](folder)
    before = _folder(folder)
    window = make_window(PAGES)

    elapsed = _open_in_window(qtbot, window, path, message_boxes)

    assert elapsed < SECONDS, f"opening took {elapsed:.1f} s"
    assert not unexpected, f"unexpected error: {unexpected[0]}"
    assert all(box["title"] != GENERIC_TITLE for box in message_boxes), message_boxes
    if message_boxes:
        for box in message_boxes:
            assert_user_message(box["text"])
        assert window.current is None
    else:
        for row in range(len(window.pages)):  # every page reads its part of the document
            window.go_to(row)
            qtbot.wait(1)
        assert not unexpected, f"unexpected error on a page: {unexpected[0]}"
        assert not message_boxes, message_boxes
    window.release_document()
    assert _folder(folder) == before  # the file, and whatever lies beside it (a journal, a lock)


def _folder(folder: Path) -> dict[str, object]:
    return {entry.name: _fingerprint(entry) for entry in sorted(folder.iterdir())}


def test_the_refusal_offers_a_rescue_that_opens_the_new_document(  # type: ignore[no-untyped-def]
    qtbot, make_window, unexpected, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    folder = tmp_path / "corpus"
    folder.mkdir()
    path = ROW_CASES["rij-onbekende-status"](folder)
    before = _fingerprint(path)
    target = tmp_path / "gered.staan"
    shown: list[dict[str, str]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append({"title": box.windowTitle(), "text": box.text(), "details": box.detailedText()})
        rescue = [b for b in box.buttons() if b.text() == "Redden…"]
        if rescue:
            rescue[0].click()  # the user chooses "Redden…"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = make_window(PAGES)
    window.open_path(path)
    qtbot.waitUntil(lambda: window.current is not None and window.current.path == target.resolve(), timeout=15_000)

    assert not unexpected
    refusal, report = shown[0], shown[1]
    assert "status" in refusal["text"] and "Redden" in refusal["text"]
    assert "1 weggelaten" in report["text"] and "trajectory" in report["details"]
    assert not window.current.doc.read_only
    assert _fingerprint(path) == before


def test_a_file_whose_trigger_would_swallow_edits_is_refused_when_opened(  # type: ignore[no-untyped-def]
    qtbot, make_window, message_boxes, unexpected, tmp_path: Path
) -> None:
    """A trigger in the file would make every UPDATE vanish: the file is refused before any
    edit can be made (its schema is compared with the migrations' first), in a refusal dialog
    that offers the rescue, and it stays as it was."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    path = ROW_CASES["rij-update-verdwijnt"](folder)
    before = _fingerprint(path)
    window = make_window(PAGES)

    _open_in_window(qtbot, window, path, message_boxes)

    assert not unexpected and window.current is None
    [box] = message_boxes
    assert box["title"] != GENERIC_TITLE and "trigger" in box["text"] and "Redden" in box["text"]
    assert_user_message(box["text"])
    assert _fingerprint(path) == before
