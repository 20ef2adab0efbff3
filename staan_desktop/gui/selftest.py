"""``STAAN --selftest``: does this installation work? For the installer build and for support.

Makes a document from the demo in a temporary folder, builds the main window on it without
showing it, exports the startdocument as PDF through the same service as ``staan export --pdf``
and checks the result. Exits 0 with one line on success; otherwise one Dutch line that says
which step failed, and exit code 1. Nothing is written outside the temporary folder that the
application can redirect (settings, data folder); it is removed afterwards.

Everything the bundle could lack is touched on the way: the migrations (creating a document
runs them), the demo, Qt's platform plugin, qtawesome's fonts, the translations, the PDF fonts.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from types import CodeType
from typing import Any, Protocol, TypeVar, runtime_checkable

T = TypeVar("T")

#: A PDF of the demo is far larger; a smaller file means an empty or broken document.
MIN_PDF_BYTES = 10_000


class SelftestFailure(Exception):
    """One step failed; ``str()`` is the Dutch line for the user."""


def has_display() -> bool:
    """Whether a real window system is reachable (Windows and macOS always have one)."""
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def choose_platform() -> None:
    """Without a display Qt would abort the process (xcb cannot connect), so the offscreen
    platform is forced; with one, the installed platform plugin is part of what is tested."""
    if not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _step(what: str, action: Callable[[], T]) -> T:
    try:
        return action()
    except SelftestFailure:
        raise
    except Exception as exc:  # noqa: BLE001 - every failure becomes the one line for the user
        if os.environ.get("STAAN_SELFTEST_TRACE"):
            traceback.print_exc()
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise SelftestFailure(f"{what} mislukt: {reason}") from exc


def _isolate(folder: Path) -> None:
    """Settings, data and logs of this run go to ``folder``, never to the user's profile."""
    os.environ["STAAN_DATA_DIR"] = str(folder / "data")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(folder / name.lower())


def _application() -> tuple[Any, bool]:
    """The QApplication made as ``app.main`` makes it; True when this call made it."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from staan_desktop.gui.app import create_application

    if QApplication.instance() is not None:
        return create_application(sys.argv[:1]), False
    # Our own process (``STAAN --selftest``): the application's QSettings() then write an .ini
    # file in the temporary folder, not the registry or the user's real settings.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ["XDG_CONFIG_HOME"])
    return create_application(sys.argv[:1] or ["staan"]), True


def check_translations() -> str:
    """Qt's own Dutch (dialog buttons) and each interface translation that is present. (The
    installer build refuses to start while a .ts file has no up-to-date .qm.)"""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from staan_desktop.gui import i18n

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_nl", qt_dir):
        raise SelftestFailure(f"Qt-vertaling qtbase_nl ontbreekt in {qt_dir}")
    found = [i18n.SOURCE_LANGUAGE]
    for language in i18n.LANGUAGES:
        qm = Path(i18n.translation_file(language))
        if language != i18n.SOURCE_LANGUAGE and qm.exists():
            if not QTranslator().load(str(qm)):
                raise SelftestFailure(f"vertaling ‘{qm.name}’ is onleesbaar")
            found.append(language)
    return ", ".join(found)


#: Not part of the running application: loaded as files by Alembic, or a developer's tool.
NOT_IMPORTED = ("staan_desktop.migrations", "staan_desktop.gui.i18n_build", "staan_desktop.gui.selftest")


@runtime_checkable
class _CodeLoader(Protocol):
    """A loader that hands out a module's code: the file system's, and a frozen build's."""

    def get_code(self, fullname: str, /) -> CodeType | None: ...


def imported_names(module_name: str) -> tuple[set[str], set[str]]:
    """The absolute imports anywhere in a module, also those inside functions (the application
    imports pyHanko, pypdf and the PDF renderer only when they are needed): the modules, and
    for ``from a import b`` the ``a.b`` that may be a submodule or just a name in ``a``."""
    import dis
    import importlib.util
    import types

    spec = importlib.util.find_spec(module_name)
    code = spec.loader.get_code(module_name) if spec and isinstance(spec.loader, _CodeLoader) else None
    modules: set[str] = set()
    maybe: set[str] = set()
    todo: list[CodeType] = [code] if code is not None else []
    while todo:
        current = todo.pop()
        consts: list[object] = []
        for instruction in dis.get_instructions(current):
            # IMPORT_NAME follows LOAD_CONST level and LOAD_CONST fromlist; level 0 is absolute.
            if instruction.opname == "IMPORT_NAME" and len(consts) == 2 and consts[0] == 0:
                modules.add(instruction.argval)
                fromlist = consts[1] if isinstance(consts[1], tuple) else ()
                maybe.update(f"{instruction.argval}.{item}" for item in fromlist if item != "*")
            consts = [*consts[-1:], instruction.argval] if instruction.opname == "LOAD_CONST" else []
        todo += [c for c in current.co_consts if isinstance(c, types.CodeType)]
    return modules, maybe


def _submodule_exists(name: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False  # the parent is missing: reported when the parent itself is imported


def import_all() -> int:
    """Every module of the application loads, and so does every library module it imports,
    also later in a function: nothing it needs was left out of the bundle.

    A module that fails for another reason than a missing module is tried again after the
    rest, so that an import cycle that only bites in alphabetical order does not count."""
    import importlib
    import pkgutil

    import staan_desktop

    own = [m.name for m in pkgutil.walk_packages(staan_desktop.__path__, "staan_desktop.")
           if not m.name.startswith(NOT_IMPORTED)]
    libraries: set[str] = set()
    for name in own:
        modules, maybe = imported_names(name)
        libraries |= modules | {m for m in maybe if not m.startswith("staan_desktop") and _submodule_exists(m)}
    libraries = {lib for lib in libraries
                 if lib.split(".")[0] not in sys.stdlib_module_names and not lib.startswith("staan_desktop")}
    names = own + sorted(libraries)
    for _attempt in range(2):
        failed: list[tuple[str, Exception]] = []
        for name in names:
            try:
                importlib.import_module(name)
            except ModuleNotFoundError as exc:
                raise SelftestFailure(f"{name} ontbreekt of mist de module ‘{exc.name}’") from exc
            except Exception as exc:  # noqa: BLE001 - retried once, then reported
                failed.append((name, exc))
        if not failed:
            return len(names)
        names = [name for name, _exc in failed]
    name, error = failed[0]
    raise SelftestFailure(f"{name} laadt niet: {error}") from error


def build_window(app: Any, own_app: bool, doc_path: Path) -> Any:
    """The main window on the document with every page built and painted once, never shown
    on a screen. Opened synchronously (the window's own open runs on a worker thread and
    reports a refusal in a dialog, which would wait for a click that never comes)."""
    from staan_desktop.gui.app import prepare
    from staan_desktop.gui.documents import open_locked
    from staan_desktop.gui.main_window import MainWindow
    from staan_desktop.gui.pages.base import Page
    from staan_desktop.gui.settings import Settings

    settings = Settings()
    if own_app:
        # Language, look and keys as at a real start; a host application (the tests) keeps its own.
        prepare(app, settings)
    window = MainWindow(settings)
    try:
        window.show_document(open_locked(doc_path))
        broken = [type(page).__name__ for page in window.pages if not isinstance(page, Page)]
        if len(window.pages) != len(window.page_specs) or broken:
            raise SelftestFailure(f"{len(broken)} van de {len(window.page_specs)} pagina's konden niet worden getoond")
        for row in range(len(window.pages)):
            window.go_to(row)
            app.processEvents()
            window.grab()  # renders the page: styles, qtawesome's icon fonts, texts
    except BaseException:
        _close(window, app)
        raise
    return window


def _close(window: Any, app: Any) -> None:
    window.close()  # releases the document and its lock, stores the (temporary) settings
    window.deleteLater()
    app.processEvents()


def export_pdf(doc_path: Path, target: Path) -> None:
    """As ``staan export --pdf`` does it: the export service, on the document opened writable
    under its lock (the window has released it)."""
    from staan_desktop.services.locking import acquire
    from staan_desktop.services.pdf_export import export_pdf as service
    from staan_desktop.services.store import open_document

    lock = acquire(doc_path)
    try:
        with open_document(doc_path) as doc:
            service(doc, target)
    finally:
        lock.release()


def export_word(doc_path: Path, target: Path) -> str:
    """The Word export as ``staan export --docx`` does it, and the chart drawn as a picture
    (python-docx's template and Pillow's fonts must be in the installation)."""
    from staan_desktop.reports.docx.raster import drawing_png
    from staan_desktop.reports.pdf.charts import score_chart
    from staan_desktop.services.interchange import load_tree
    from staan_desktop.services.store import open_document
    from staan_desktop.services.word_export import export_docx

    with open_document(doc_path, read_only=True) as doc:
        export_docx(doc, target)
        png = drawing_png(score_chart(load_tree(doc)))
    if not target.read_bytes().startswith(b"PK") or not png.startswith(b"\x89PNG"):
        raise RuntimeError("Word-bestand of grafiek onleesbaar")
    return f"{target.stat().st_size // 1024} kB"


def pdf_text(data: bytes) -> str | None:
    """The text of every page, or None when pypdf is not in this installation."""
    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    import io

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _pdf_string(title: str) -> list[bytes]:
    """How ReportLab may write ``title`` in the document information (latin-1 or UTF-16)."""
    escaped = title.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    forms = [b"<FEFF" + title.encode("utf-16-be").hex().upper().encode() + b">",
             b"(\xfe\xff" + title.encode("utf-16-be") + b")"]
    try:
        forms.append(b"(" + escaped.encode("latin-1") + b")")
    except UnicodeEncodeError:
        pass
    return forms


def check_pdf(path: Path, title: str) -> str:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise SelftestFailure("de PDF is geen PDF-bestand (kop ontbreekt)")
    if len(data) <= MIN_PDF_BYTES:
        raise SelftestFailure(f"de PDF is verdacht klein ({len(data)} bytes)")
    if b"%%EOF" not in data[-1024:]:
        raise SelftestFailure("de PDF is onvolledig (einde ontbreekt)")
    wanted = " ".join(title.split())
    text = pdf_text(data)
    if text is not None:
        if wanted not in " ".join(text.split()):
            raise SelftestFailure(f"de titel ‘{wanted}’ staat niet in de tekst van de PDF")
        return "titel in de tekst"
    if not any(form in data for form in _pdf_string(title)):
        raise SelftestFailure(f"de titel ‘{wanted}’ staat niet in de PDF")
    return "titel in de documentgegevens"


def _say(line: str, error: bool = False) -> None:
    # A windowed Windows build has no console: sys.stdout and sys.stderr are None there.
    stream = sys.stderr if error else sys.stdout
    if stream is not None:
        print(line, file=stream, flush=True)


def selftest(folder: Path) -> str:
    from staan_desktop import __version__

    _isolate(folder)
    choose_platform()
    doc_path = folder / "zelftest.staan"

    def make_demo() -> str:
        from staan_desktop.services.interchange import create_demo

        doc = create_demo(doc_path)
        try:
            from staan_desktop.services.interchange import load_tree

            return load_tree(doc).trajectory.title
        finally:
            doc.close()

    modules = _step("Onderdelen laden", import_all)
    title = _step("Voorbeelddocument maken", make_demo)
    app, own_app = _step("Qt starten", _application)
    languages = _step("Vertalingen laden", check_translations)
    window = _step("Hoofdvenster opbouwen", lambda: build_window(app, own_app, doc_path))
    _close(window, app)
    pdf = folder / "zelftest.pdf"
    _step("PDF exporteren", lambda: export_pdf(doc_path, pdf))
    how = _step("PDF controleren", lambda: check_pdf(pdf, title))
    word = _step("Word exporteren", lambda: export_word(doc_path, folder / "zelftest.docx"))
    return (f"Zelftest geslaagd: STAAN Desktop {__version__}, {modules} modules, "
            f"Qt-platform {app.platformName()}, talen {languages}, "
            f"PDF {pdf.stat().st_size // 1024} kB ({how}), Word {word}.")


def run_selftest() -> int:
    """The ``--selftest`` command: 0 when everything works, 1 with one Dutch line otherwise."""
    saved = dict(os.environ)
    try:
        with tempfile.TemporaryDirectory(prefix="staan-zelftest-", ignore_cleanup_errors=True) as tmp:
            line = selftest(Path(tmp))
    except SelftestFailure as exc:
        _say(f"Zelftest mislukt: {exc}", error=True)
        return 1
    except Exception as exc:  # noqa: BLE001 - the promise is one line, whatever happened
        _say(f"Zelftest mislukt: onverwachte fout ({type(exc).__name__}: {exc})", error=True)
        return 1
    finally:
        # Running in-process (the tests) must not leave the redirections behind.
        os.environ.clear()
        os.environ.update(saved)
    _say(line)
    return 0
