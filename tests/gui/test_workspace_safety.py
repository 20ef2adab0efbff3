"""Long work off the GUI thread, and nothing unexpected closes the window silently."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QThread

from staan_desktop.gui import errors, tasks


def test_task_runs_off_the_gui_thread_and_delivers_on_it(qtbot, qapp):
    seen: dict[str, object] = {}
    progress_seen: list[tuple[int, int]] = []

    def work(progress: tasks.Progress) -> int:
        seen["worker"] = QThread.currentThread()
        for done in range(3):
            progress(done, 3)
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["delivered"] = QThread.currentThread()

    task = tasks.run_task(None, "Rekenen", work, done)
    task.relay.progressed.connect(lambda d, t: progress_seen.append((d, t)))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["worker"] is not qapp.thread()
    assert seen["delivered"] is qapp.thread()
    assert tasks.running() == 0


def test_task_errors_arrive_on_the_gui_thread(qtbot, qapp):
    failures: list[tuple[BaseException, object]] = []

    def work(_progress: tasks.Progress) -> None:
        raise ValueError("kapot")

    tasks.run_task(None, "Mislukt", work, lambda _r: None, lambda e: failures.append((e, QThread.currentThread())))
    qtbot.waitUntil(lambda: bool(failures))
    error, thread = failures[0]
    assert isinstance(error, ValueError) and str(error) == "kapot"
    assert thread is qapp.thread()


def test_cancel_stops_the_work_at_its_next_progress_report(qtbot):
    started = threading.Event()
    release = threading.Event()
    outcome: list[str] = []

    def work(progress: tasks.Progress) -> str:
        started.set()
        release.wait(5)
        progress(1, 2)  # raises TaskCancelled
        return "klaar"

    task = tasks.run_task(None, "Lang", work, lambda r: outcome.append(r), lambda e: outcome.append("fout"), cancellable=True)
    assert started.wait(5)
    from PySide6.QtWidgets import QPushButton

    task.dialog.findChild(QPushButton).click()  # what the user does
    release.set()
    qtbot.waitUntil(lambda: task.done)
    assert outcome == []  # neither done nor an error: the user asked for it


@pytest.fixture
def fresh_hooks(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """No error hooks and no log yet; both as they were after the test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(errors, "_reporter", None)
    monkeypatch.setattr(errors, "_log_file", None)
    root = logging.getLogger()
    handlers = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def hooks(fresh_hooks, tmp_path):  # type: ignore[no-untyped-def]
    log_file = errors.setup_logging(tmp_path)
    errors.install_excepthook()
    return log_file


def test_an_unexpected_exception_is_shown_and_logged_not_fatal(qtbot, hooks, message_boxes):
    try:
        raise RuntimeError("onverwacht")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert message_boxes == [], "shown from the event loop, not inside whatever raised"
    qtbot.waitUntil(lambda: bool(message_boxes))
    box = message_boxes[0]
    assert "onverwacht" in box["text"]
    assert "Uw werk is veilig" in box["informative"]
    assert str(hooks) in box["informative"]
    assert "Traceback" in box["details"]
    assert "RuntimeError: onverwacht" in hooks.read_text(encoding="utf-8")


def test_an_exception_in_another_thread_reaches_the_gui_thread(qtbot, hooks, message_boxes):
    def fail() -> None:
        raise KeyError("draad")

    thread = threading.Thread(target=fail)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(message_boxes))
    assert "draad" in message_boxes[0]["text"]


def test_a_page_that_fails_to_build_does_not_take_the_window_down(qtbot, make_window, open_doc, demo_file, test_pages, monkeypatch):
    from staan_desktop.gui.pages import PageSpec
    from staan_desktop.gui.pages.base import Page

    class BrokenPage(Page):
        def refresh(self, change):  # type: ignore[no-untyped-def]
            raise ZeroDivisionError("bug in een pagina")

    reported: list[BaseException] = []
    monkeypatch.setattr("staan_desktop.gui.workspace.report_unexpected", lambda _k, e, _t: reported.append(e))
    window = make_window(pages=[*test_pages, PageSpec("broken", "Kapot", "page-rules", frozenset(), BrokenPage)])
    open_doc(window, demo_file)
    assert len(window.pages) == 4
    assert not isinstance(window.pages[3], Page)
    assert isinstance(reported[0], ZeroDivisionError)
    window.go_to(0)
    assert window.stack.currentWidget() is window.pages[0]


def test_the_log_file_is_readable_by_its_owner_only(hooks):
    import os
    import stat

    if os.name == "posix":
        assert stat.S_IMODE(hooks.stat().st_mode) == 0o600


def test_an_error_before_the_log_is_started_starts_it(qtbot, fresh_hooks, tmp_path, message_boxes):
    """The application starts its log file after the first frame; an error before that must
    still reach a file, and the dialog must name it."""
    errors.install_excepthook()
    try:
        raise RuntimeError("vroeg")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    log_file = tmp_path / "userdata" / "logs" / errors.LOG_FILE_NAME
    assert "RuntimeError: vroeg" in log_file.read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: bool(message_boxes))
    assert str(log_file) in message_boxes[0]["informative"]


def test_messages_go_when_their_cause_is_gone(qtbot, make_window, open_doc, demo_file):
    """A refused score's message goes once a score is stored; a refusal in the status bar goes
    once an edit is stored again; "… is al geopend." goes when the document is closed."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from staan_desktop.gui.pages import PAGES
    from staan_desktop.services import queries

    window = make_window(PAGES)
    open_doc(window, demo_file)
    window.workspace.go_to_key("scoring", focus=True)
    page = window.stack.currentWidget()
    qtbot.keyClick(page.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_9)
    assert "valt buiten de schaal" in page.message.text()
    qtbot.keyClick(page.view, Qt.Key.Key_4)
    assert page.message.text() == "", "a score is stored: the refusal no longer holds"

    # A name refused on the municipalities page, then one that is stored.
    window.workspace.go_to_key("municipalities", focus=True)
    existing = queries.municipalities(window.context.doc)[0].name
    entry = QApplication.focusWidget()
    qtbot.keyClicks(entry, existing)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert "bestaat al" in window.status.currentMessage()
    entry.clear()
    qtbot.keyClicks(entry, "Tynaarlo-Zuid")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert window.status.currentMessage() == ""

    window.open_path(demo_file)
    assert "is al geopend" in window.status.currentMessage()
    window.close_document()
    assert window.status.currentMessage() == ""
