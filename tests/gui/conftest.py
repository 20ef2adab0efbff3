"""Fixtures for the workspace: every test gets its own settings file and data folder (never the
real home), a ready-made demo document to copy, and a main window over a small set of pages."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QListWidget, QVBoxLayout  # noqa: E402

from staan_desktop.services import interchange, queries  # noqa: E402
from staan_desktop.services.edits import Change  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Settings and the user data folder live in this test's temporary folder."""
    monkeypatch.setenv("STAAN_DATA_DIR", str(tmp_path / "userdata"))
    QCoreApplication.setOrganizationName("STAAN-test")
    QCoreApplication.setApplicationName("STAAN Desktop test")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    from staan_desktop.gui import i18n

    if QCoreApplication.instance() is not None and i18n.current_language() != "nl":
        i18n.set_language("nl")


@pytest.fixture(scope="session")
def _demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("master") / "demo.staan"
    interchange.create_demo(path).close()
    return path


@pytest.fixture
def demo_file(_demo_master: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo document (made once per session: migrations take a moment)."""
    target = tmp_path / "docs" / "Voorbeeld.staan"
    target.parent.mkdir()
    shutil.copyfile(_demo_master, target)
    target.chmod(0o600)
    return target


@pytest.fixture(scope="session")
def _example_masters(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each shipped example (interchange.EXAMPLES) made into a document once per session."""
    folder = tmp_path_factory.mktemp("examples")
    masters = {}
    for name in interchange.EXAMPLES:
        masters[name] = folder / f"{name}.staan"
        interchange.create_example(masters[name], name).close()
    return masters


@pytest.fixture
def example_file(_example_masters: dict[str, Path], tmp_path: Path) -> Callable[[str], Path]:
    """``example_file(name)``: a fresh copy of a shipped example, as the File menu opens it."""

    def copy(name: str) -> Path:
        target = tmp_path / "examples" / f"{name}.staan"
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(_example_masters[name], target)
        target.chmod(0o600)
        return target

    return copy


@pytest.fixture
def settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    from staan_desktop.gui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


# Pages for the workspace tests: small but real, so that the window's wiring is what is tested
# (and independent of the capture pages, which have their own tests in tests/gui/pages).


def _list_page(key: str, name: str, title: str, tables: frozenset[str], load: Callable):  # type: ignore[no-untyped-def, type-arg]
    """A page spec whose page lists what ``load`` reads."""
    from staan_desktop.gui.pages import PageSpec
    from staan_desktop.gui.pages.base import Page

    def __init__(self, context, parent=None) -> None:  # type: ignore[no-untyped-def]
        Page.__init__(self, context, parent)
        self.list = QListWidget(self)
        self.list.setObjectName("list")
        QVBoxLayout(self).addWidget(self.list)
        self.refreshes: list[Change | None] = []

    def refresh(self, change: Change | None) -> None:  # type: ignore[no-untyped-def]
        self.refreshes.append(change)
        self.list.clear()
        self.list.addItems([item_text(item) for item in load(self.context.doc)])

    def item_text(item) -> str:  # type: ignore[no-untyped-def]
        return getattr(item, "name", None) or getattr(item, "text", "")

    page = type(name, (Page,), {"key": key, "__init__": __init__, "refresh": refresh})
    return PageSpec(key, title, "page-municipalities", tables, page)


@pytest.fixture
def test_pages(qapp) -> list:  # type: ignore[no-untyped-def, type-arg]
    """Specs of three pages: the real overview and two small list pages."""
    from staan_desktop.gui.pages import SPECS

    municipalities = _list_page("test-municipalities", "MunicipalitiesTestPage", "Gemeenten", frozenset({"municipality"}),
                                queries.municipalities)
    rules = _list_page("test-rules", "RulesTestPage", "Spelregels", frozenset({"rule"}), queries.rules)
    return [SPECS["overview"], municipalities, rules]


@pytest.fixture
def make_window(qtbot, settings, test_pages) -> Iterator[Callable]:  # type: ignore[no-untyped-def]
    from staan_desktop.gui.main_window import MainWindow

    made = []

    def make(pages: list[type] | None = None, show: bool = True):  # type: ignore[no-untyped-def]
        window = MainWindow(settings, test_pages if pages is None else pages)
        qtbot.addWidget(window)
        made.append(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
        return window

    yield make
    for window in made:
        window.release_document()


@pytest.fixture
def window(make_window):  # type: ignore[no-untyped-def]
    return make_window()


@pytest.fixture
def open_doc(qtbot) -> Callable:  # type: ignore[no-untyped-def]
    """Open ``path`` in ``window`` and wait until it is shown (opening runs as a task)."""

    def do(window, path: Path):  # type: ignore[no-untyped-def]
        window.open_path(path)
        qtbot.waitUntil(lambda: window.current is not None and window.current.path == path.resolve(), timeout=10_000)
        # Keys reach the window's shortcuts only while it is the active window; on Qt's
        # offscreen platform a window left by an earlier test of the same worker can hold the
        # activation (seen as Ctrl+2 or Ctrl+W going nowhere when run under xdist).
        if window.isVisible() and not window.isActiveWindow():
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
        return window.current

    return do


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, str]]:
    """Every QMessageBox shown, answered at once with its default, instead of blocking."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[dict[str, str]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append({"title": box.windowTitle(), "text": box.text(), "informative": box.informativeText(),
                      "details": box.detailedText()})
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown

