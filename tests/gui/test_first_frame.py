"""The window's first frame shows the document from a first look at the file, before the
database layer is loaded; then the document opens for editing in the same place."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLineEdit

from staan_desktop.gui import first_paint, main_window
from staan_desktop.gui.app import start_window
from staan_desktop.gui.settings import DEMO_CREATED, FIRST_LOOK, LAST_FILE

ROOT = Path(__file__).resolve().parents[2]
DEMO_TITLE = "Startdocument samenwerking Noord-Drentse gemeenten STAAN"


@pytest.mark.parametrize("kept", [False, True], ids=["looked-at", "kept-from-last-time"])
def test_the_first_frame_is_drawn_without_the_database_layer(demo_file: Path, tmp_path: Path, kept: bool):
    """What the first frame needs loads none of these: they take four times as long as Qt; with
    the look kept when the file was last closed, not even sqlite3. Nor does it name anything in
    Qt's own namespace, whose 93 enum classes PySide builds all at once (15 ms): the menus,
    shortcuts, icons, labels and colours are all set up without it."""
    ini = tmp_path / "settings.ini"
    if kept:
        from PySide6.QtCore import QSettings

        from staan_desktop.gui.settings import FIRST_LOOK, Settings
        from staan_desktop.services.glance import remember

        store = QSettings(str(ini), QSettings.Format.IniFormat)
        Settings(store).set(FIRST_LOOK, remember(demo_file))
        store.sync()
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QSettings
        from staan_desktop.gui.app import create_application, prepare, start_window, Settings
        app = create_application(["staan"])
        settings = Settings(QSettings({str(ini)!r}, QSettings.Format.IniFormat))
        prepare(app, settings)
        window = start_window(settings, Path({str(demo_file)!r}))
        window.grab()
        qt_namespace = "Qt" in vars(sys.modules["PySide6.QtCore"])  # PySide makes a class when first named
        print(window.windowTitle())
        print(app.style().name())
        print(" ".join(sorted({{name.split(".")[0] for name in sys.modules}}
                             & {{"sqlalchemy", "sqlmodel", "pydantic", "alembic", "reportlab", "pyhanko", "sqlite3"}})))
        print(qt_namespace)
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60, check=True)
    title, style, loaded, qt_namespace = (result.stdout.splitlines() + ["", ""])[:4]
    assert title.startswith(DEMO_TITLE) and demo_file.name in title
    assert style.lower() == "fusion"  # on every platform, whatever its own style
    assert loaded == ("" if kept else "sqlite3")
    assert qt_namespace == "False", "the first frame named something in Qt's namespace"


def test_closing_keeps_a_look_for_the_next_start(qtbot, settings, demo_file, painted_only):
    from staan_desktop.services.glance import glance, recall

    window = _started(qtbot, settings, demo_file)
    qtbot.waitUntil(lambda: window.current is not None, timeout=10_000)
    window.close()
    assert recall(settings.get(FIRST_LOOK), demo_file) == glance(demo_file)
    assert window.glance is None
    again = _started(qtbot, settings, demo_file)
    assert again.glance == glance(demo_file)


def test_the_collector_pauses_for_the_start_up_only(demo_file: Path, tmp_path: Path):
    """``main.py`` pauses Python's cyclic garbage collector while the window starts; the
    window turns it on again after its first frame (here: quit once the document is editable)."""
    code = textwrap.dedent(
        f"""
        import atexit, gc
        import benchmarks.launch as launch
        atexit.register(lambda: print("collector on:", gc.isenabled()))
        launch.app({str(demo_file)!r})
        """
    )
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state")}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60, check=True)
    assert "EDITABLE" in result.stdout
    assert result.stdout.splitlines()[-1] == "collector on: True"


def test_the_shell_has_the_behaviour_it_takes_from_qts_defaults(qtbot, settings, demo_file):
    """The shell sets these by leaving Qt's defaults alone (naming them would build Qt's namespace)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QToolBar

    window = main_window.MainWindow(settings, shell_only=True)
    qtbot.addWidget(window)
    keyed = [action for action in window.findChildren(QAction) if action.shortcuts()]
    assert len(keyed) > 20 and {action.shortcutContext() for action in keyed} == {Qt.ShortcutContext.WindowShortcut}
    assert window.file_actions.close.shortcuts() == [QKeySequence("Ctrl+W"), QKeySequence("Ctrl+F4")]
    assert window.navigation.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert window.navigation.textElideMode() == Qt.TextElideMode.ElideRight
    assert window.workspace.orientation() == Qt.Orientation.Horizontal
    assert window.findChild(QToolBar, "mainToolBar").toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert QGuiApplication.highDpiScaleFactorRoundingPolicy() == Qt.HighDpiScaleFactorRoundingPolicy.PassThrough


@pytest.fixture
def painted_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Completion must come from the first paint, not from the fallback for an unpainted window."""
    monkeypatch.setattr(first_paint, "UNPAINTED_MS", 600_000)


def _started(qtbot, settings, named: Path | None):  # type: ignore[no-untyped-def]
    window = start_window(settings, named)
    qtbot.addWidget(window)
    return window


def test_the_first_frame_shows_the_overview_then_the_document_opens_for_editing(
    qtbot, settings, demo_file, painted_only
):
    window = _started(qtbot, settings, demo_file)
    assert window.session is None and window.current is None, "nothing loaded before the first frame"
    preview = window.stack.currentWidget()
    assert preview.objectName() == "OverviewForm"
    title = preview.findChild(QLineEdit, "titleEdit")
    assert title.text() == DEMO_TITLE and title.isReadOnly(), "a first look cannot store anything"
    assert window.windowTitle().startswith(f"{DEMO_TITLE} — {demo_file.name}")
    assert window.navigation.currentRow() == 0

    qtbot.waitUntil(lambda: window.current is not None, timeout=10_000)
    page = window.stack.currentWidget()
    assert type(page).__name__ == "OverviewPage"
    assert [window.stack.widget(i).objectName() for i in range(window.stack.count())] == ["OverviewPage"]
    assert window.glance is None and window.session is not None
    edit = page.findChild(QLineEdit, "titleEdit")
    assert edit.text() == DEMO_TITLE and not edit.isReadOnly()
    assert window.windowTitle().startswith(f"{DEMO_TITLE} — {demo_file.name}")
    # The real page stores what is typed (the first look could not).
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Nieuwe titel")
    edit.editingFinished.emit()
    from staan_desktop.services.interchange import load_info

    assert load_info(window.current.doc).title == "Nieuwe titel"


def test_the_menu_bar_is_complete_in_the_first_frame(qtbot, settings, demo_file, painted_only):
    window = _started(qtbot, settings, demo_file)
    first = [action.text() for action in window.menuBar().actions()]
    assert "Beoo&rdeling" in first and "&Sessie" in first
    qtbot.waitUntil(lambda: window.current is not None, timeout=10_000)
    assert [action.text() for action in window.menuBar().actions()] == first
    assert window.review.menu.actions() and window.actions_.menus["session"].actions()


def test_the_last_document_gets_the_first_look_too(qtbot, settings, demo_file, painted_only):
    settings.set(LAST_FILE, str(demo_file))
    window = _started(qtbot, settings, None)
    assert window.glance is not None and window.glance.path == demo_file
    qtbot.waitUntil(lambda: window.current is not None, timeout=10_000)
    assert window.current.path == demo_file.resolve()


def test_a_file_without_a_first_look_still_gets_its_dutch_refusal(qtbot, settings, tmp_path, message_boxes, painted_only):
    fake = tmp_path / "notities.staan"
    fake.write_text("boodschappen\n", encoding="utf-8")
    window = _started(qtbot, settings, fake)
    assert window.glance is None
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=10_000)
    assert message_boxes[0]["text"].startswith("Het bestand ‘notities.staan’ is geen STAAN-document")
    assert window.body.currentWidget() is window.empty
    assert fake.read_text(encoding="utf-8") == "boodschappen\n"


def test_a_look_that_the_opening_then_refuses_leaves_the_empty_window(
    qtbot, settings, demo_file, tmp_path, message_boxes, monkeypatch, painted_only
):
    """The file may change between the look and the opening (or fail a check the look does not
    make): the window then says why and shows no stale overview."""
    from staan_desktop.gui import documents
    from staan_desktop.services.errors import DocumentError

    def refuse(path, progress=None, take_over=None):  # type: ignore[no-untyped-def]
        raise DocumentError("Het bestand is beschadigd.")

    monkeypatch.setattr(documents, "open_locked", refuse)
    window = _started(qtbot, settings, demo_file)
    assert window.glance is not None
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=10_000)
    assert message_boxes[0]["text"] == "Het bestand is beschadigd."
    assert window.body.currentWidget() is window.empty and window.glance is None
    assert DEMO_TITLE not in window.windowTitle()
    assert window.stack.count() == 0


def test_a_document_held_by_another_instance_shows_its_look_then_the_banner(qtbot, settings, demo_file, painted_only):
    from staan_desktop.services import locking

    other = locking.acquire(demo_file)
    try:
        window = _started(qtbot, settings, demo_file)
        assert window.glance is not None
        qtbot.waitUntil(lambda: window.current is not None, timeout=10_000)
        assert window.current.doc.read_only and window.banner.isVisible()
    finally:
        other.release()


def test_an_unpainted_window_still_completes(qtbot, settings, monkeypatch):
    monkeypatch.setattr(first_paint, "UNPAINTED_MS", 50)
    window = main_window.MainWindow(settings, shell_only=True)
    qtbot.addWidget(window)
    done: list[bool] = []
    first_paint.after_first_paint(window, lambda: done.append(True))
    qtbot.waitUntil(lambda: done == [True], timeout=5_000)
    window.show()
    qtbot.waitExposed(window)
    window.repaint()
    qtbot.wait(100)
    assert done == [True], "once, also when the window is painted later"


def test_the_work_waits_for_the_first_paint_and_runs_once(qtbot, settings, painted_only):
    window = main_window.MainWindow(settings, shell_only=True)
    qtbot.addWidget(window)
    done: list[bool] = []
    first_paint.after_first_paint(window, lambda: done.append(True))
    qtbot.wait(100)
    assert done == [], "not before the window is painted"
    window.show()
    qtbot.waitUntil(lambda: done == [True], timeout=5_000)
    window.repaint()
    qtbot.wait(50)
    assert done == [True]


def test_a_copy_keeps_its_first_look_separate(qtbot, settings, demo_file, tmp_path, painted_only):
    copy = tmp_path / "kopie.staan"
    shutil.copyfile(demo_file, copy)
    window = _started(qtbot, settings, copy)
    assert window.glance.path == copy
    qtbot.waitUntil(lambda: window.current is not None, timeout=10_000)
    assert window.current.path == copy.resolve()


def test_without_any_document_the_first_frame_invites_to_start_one(qtbot, settings, painted_only):
    settings.set(DEMO_CREATED, True)  # not the very first start: no demo is made
    window = _started(qtbot, settings, None)
    assert window.body.currentWidget() is window.empty
    actions = [button.defaultAction() for button in window.empty.buttons]
    assert actions == [window.file_actions.new, window.file_actions.open, window.actions_.demo]


def test_a_file_without_a_first_look_starts_on_the_chapters_not_on_the_invitation(
    qtbot, settings, tmp_path, message_boxes, painted_only
):
    """The invitation to open a document would flash by just before the document shows."""
    fake = tmp_path / "notities.staan"
    fake.write_text("boodschappen\n", encoding="utf-8")
    window = _started(qtbot, settings, fake)
    assert window.body.currentWidget() is window.workspace
    assert window._empty is None, "the invitation is made only when it is shown"
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=10_000)  # then the refusal, and the invitation
    assert window.body.currentWidget() is window.empty
