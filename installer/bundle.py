"""What goes into the PyInstaller bundle, as plain data, so that tests can check it without
running PyInstaller (installer/staan.spec is only the glue that hands this to PyInstaller).

Nothing here imports Qt or the application: the spec and the tests import this file directly.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "STAAN"

# --- Our files ----------------------------------------------------------------------------

#: (glob, folder in the bundle). ``resources.py`` looks for ``resources/…`` beside the frozen
#: modules (sys._MEIPASS); ``store.py`` finds the migrations at ``staan_desktop/migrations``
#: relative to its own ``__file__``, and Alembic reads them as files, not through the import
#: system, so they must be on disk as ``.py`` files.
RESOURCE_GLOBS: list[tuple[str, str]] = [
    ("resources/fonts/*", "resources/fonts"),
    # The sRGB profile of the PDF/A output intent.
    ("resources/icc/*", "resources/icc"),
    ("resources/templates/*.json", "resources/templates"),
    ("resources/demo/*.json", "resources/demo"),
    ("resources/examples/*.json", "resources/examples"),
    ("resources/schema/*.json", "resources/schema"),
    ("resources/icons/*.svg", "resources/icons"),
    ("resources/icons/*.png", "resources/icons"),
    # The room's page for participants' phones (services/room/server.py reads it at start).
    ("resources/room/*", "resources/room"),
    # Only the compiled .qm: the .ts sources are for translators.
    ("resources/translations/*.qm", "resources/translations"),
    ("staan_desktop/migrations/*.py", "staan_desktop/migrations"),
    ("staan_desktop/migrations/*.mako", "staan_desktop/migrations"),
    ("staan_desktop/migrations/versions/*.py", "staan_desktop/migrations/versions"),
]

#: Folders that must contribute at least one file; none means a broken checkout.
REQUIRED = ("resources/fonts", "resources/templates", "resources/demo", "resources/examples", "resources/icons",
            "staan_desktop/migrations", "staan_desktop/migrations/versions")


def icon_font_files() -> set[str]:
    """The qtawesome font files that ``gui/icons.py`` draws from (its ``FONTS``),
    read from the source so that neither Qt nor qtawesome starts inside PyInstaller. The
    application draws its icons itself, so the other ten fonts would be dead weight."""
    tree = ast.parse((ROOT / "staan_desktop" / "gui" / "icons.py").read_text(encoding="utf-8"))
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else (node.targets[0] if isinstance(node, ast.Assign) else None)
        if isinstance(target, ast.Name) and target.id == "FONTS" and node.value is not None:
            return set(ast.literal_eval(node.value).values())
    raise SystemExit("staan_desktop/gui/icons.py declares no FONTS")


def qtawesome_fonts_dir() -> Path:
    """qtawesome's fonts folder, found without importing qtawesome."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("qtawesome is not installed in this environment")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


def datas() -> list[tuple[str, str]]:
    found = [(str(path), target) for pattern, target in RESOURCE_GLOBS
             for path in sorted(ROOT.glob(pattern)) if path.is_file()]
    for folder in REQUIRED:
        if not any(target == folder for _src, target in found):
            raise SystemExit(f"nothing to bundle from {folder}")
    wanted = icon_font_files()
    found += [(str(p), "qtawesome/fonts") for p in sorted(qtawesome_fonts_dir().iterdir()) if p.name in wanted]
    if {Path(src).name for src, dest in found if dest == "qtawesome/fonts"} != wanted:
        raise SystemExit(f"icon fonts missing from qtawesome: {sorted(wanted)}")
    return found


def missing_translations() -> list[str]:
    """The .ts files without an up-to-date .qm (the build script runs i18n_build first)."""
    stale = []
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            stale.append(ts.name)
    return stale


# --- Python modules -----------------------------------------------------------------------

#: Loaded from files or by name, which PyInstaller's import scan cannot see.
HIDDEN_IMPORTS = [
    "staan_desktop.gui.selftest",
    # The migration scripts (read as files at run time) import these.
    "alembic.op",
    "sqlmodel.sql.sqltypes",
    "sqlalchemy.dialects.sqlite",
]

#: Qt for Python modules the application does not import. tests/test_installer.py checks that
#: no source file imports one: whoever starts using one takes it out of this list.
QT_EXCLUDES = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus",
    "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLabsStyleKit",
    "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc",
    "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtPrintSupport",
    "QtQml", "QtQmlFeatures", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
    "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvg", "QtSvgWidgets", "QtTest",
    "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
    "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
]

#: Modules that are imported when present, each with a fallback: leaving them out changes
#: nothing the application does.
IMPORTED_IF_PRESENT = [
    # Mako colours a template's traceback with Pygments when it is there, else prints it plain.
    "pygments", "mako.ext",
    # pyHanko imports aiohttp for timestamp servers, which the application never contacts: the
    # compiled speed-ups of aiohttp and its helpers would never run.
    "aiohttp._http_parser", "aiohttp._http_writer", "aiohttp._websocket.mask", "aiohttp._websocket.reader_c",
    "yarl._quoting_c", "multidict._multidict", "propcache._helpers_c", "frozenlist._frozenlist",
]

EXCLUDES = [
    *(f"PySide6.{name}" for name in QT_EXCLUDES),
    # Other Qt bindings, which qtpy would try first if they happened to be installed.
    "PyQt5", "PyQt6", "PySide2",
    # Toolkits and developer tools never used at run time.
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "pydoc_data", "lib2to3", "readline",
    "test", "tests", "pytest", "_pytest", "pytestqt", "xdist", "hypothesis", "pluggy",
    "IPython", "matplotlib", "numpy",
    # The type checker and its runtime, reached through pydantic's mypy plugin module (a
    # development tool of pydantic's users, never imported by the application): 3.5 MB.
    "mypy", "mypyc", "librt", "ast_serialize", "pydantic.mypy", "pydantic.v1.mypy", "sqlalchemy.testing",
    # SQLAlchemy's asyncio extension and the greenlets it runs on: the application's database
    # work is synchronous (the room server's writer is a thread of its own).
    "sqlalchemy.ext.asyncio", "greenlet",
    # The pure-Python decimal module, a fallback for when the C one (_decimal) is missing.
    "_pydecimal",
    # Build-time helpers reached through optional paths of cffi.
    "setuptools", "pkg_resources", "distutils", "_distutils_hack",
    # Debugging and self-test tools, reached only through ReportLab's and SQLAlchemy's
    # `if __name__ == "__main__"` tests and test helpers.
    "unittest", "doctest", "pdb", "bdb", "pydoc", "reportlab.graphics.testshapes", "reportlab.lib.testutils",
    # Process pools (and the XML-RPC their connections offer): the application uses threads.
    "multiprocessing", "concurrent.futures.process", "xmlrpc",
    # cryptography loads its compiled _cffi_backend; cffi's Python side and its C parser
    # generate bindings at build time.
    "cffi", "pycparser",
    *IMPORTED_IF_PRESENT,
    # Pillow: ReportLab imports PIL.Image, and the Word export draws its chart with Pillow's
    # ImageDraw and ImageFont (reports/docx/raster.py); the optional codecs (AVIF alone is 5 MB),
    # colour management and Tk/Qt glue stay out; PIL.Image skips a format plugin that is missing.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingcms", "PIL.ImageCms", "PIL._imagingmath", "PIL.ImageMath",
    "PIL._imagingmorph", "PIL.ImageMorph", "PIL._imagingtk", "PIL.ImageTk", "PIL.ImageQt",
    "PIL.ImageShow", "PIL.ImageGrab",
    # pyHanko needs lxml.etree (XMP metadata when it checks a PDF someone signed in their
    # reader), not the HTML, objectify or schematron parts.
    "lxml.html", "lxml.objectify", "lxml.isoschematron", "lxml.cssselect", "lxml.doctestcompare",
    "lxml.ElementInclude", "lxml.sax",
    # Codecs for Chinese, Japanese and Korean text encodings: never used here (1 MB).
    "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw",
    "_multibytecodec",
    # The developer's tool that compiles .ts/.ui: it runs before the build, not in it.
    "staan_desktop.gui.i18n_build",
]


def is_app_module(name: str) -> bool:
    """For collect_submodules("staan_desktop"): the migrations ship as files, and excluded
    modules stay out."""
    return not (name.startswith("staan_desktop.migrations") or name in EXCLUDES)


# --- Qt files PyInstaller's hooks collect but this application never loads ----------------

#: Qt's own translations (dialog buttons…): only the languages of the interface.
QT_TRANSLATIONS_KEPT = {"qtbase_en.qm", "qtbase_nl.qm"}

#: Plugin folders of no use to a window on a laptop: QML and Designer tooling, database and
#: network plugins, embedded-device input and platforms, Wayland compositor plugins and the
#: Wayland client's GL buffer plugins (they need QtOpenGL; widgets draw in shared memory).
DROPPED_PLUGIN_DIRS = {
    "designer", "qmltooling", "sqldrivers", "networkinformation", "tls", "bearer",
    "egldeviceintegrations", "generic", "vectorimageformats", "position", "sensors",
    "multimedia", "webview", "texttospeech", "renderers", "sceneparsers", "geometryloaders",
    "wayland-graphics-integration-server", "wayland-graphics-integration-client",
}

#: Single plugins. GTK's platform theme drags in half a GTK stack (8 MB) that need not match
#: the user's GTK; without it Qt uses the desktop portal or its own look. Also: kiosk and
#: framebuffer platforms, the on-screen keyboard (QtQuick), the PDF image format (QtPdf), the
#: obsolete wl_shell, rarely seen image formats.
DROPPED_PLUGINS = re.compile(
    r"(lib)?(qgtk3|q?eglfs|qlinuxfb|qvnc|qvkkhrdisplay|qminimalegl|qtvirtualkeyboardplugin|qpdf"
    r"|wl-shell-plugin|qtiff|qwebp|qtga|qwbmp|qicns)\.(so|dll|dylib)$"
)

#: Qt libraries that only dropped modules and plugins use: libQt6Qml.so.6 (Linux),
#: Qt6Qml.dll (Windows), QtQml.framework (macOS).
DROPPED_QT_LIBS = re.compile(
    r"^(lib)?Qt6?(Qml|Quick|Pdf|Network|Designer|Help|Sql|Test|OpenGL|Labs|Lottie|WebEngine"
    r"|WebChannel|WebSockets|Multimedia|3D|Charts|DataVisualization|Graphs|Positioning|Location"
    r"|VirtualKeyboard|WaylandCompositor|WlShellIntegration|WaylandEgl|EglFS|EglFs|SvgWidgets)"
)

#: Windows: the software OpenGL renderer (20 MB) serves QtQuick and QOpenGLWidget, not
#: widgets, which Qt paints without OpenGL.
DROPPED_FILES = {"opengl32sw.dll", "d3dcompiler_47.dll"}


def keep(dest: str) -> bool:
    """Whether a file PyInstaller collected stays, by its path in the bundle."""
    parts = dest.replace("\\", "/").split("/")
    name = parts[-1]
    frameworks = [p for p in parts if p.endswith(".framework")]
    if name.lower() in DROPPED_FILES or DROPPED_QT_LIBS.match(frameworks[0] if frameworks else name):
        return False  # also the copies PyInstaller links beside the executable
    if parts[0] != "PySide6":
        return True
    if "qml" in parts:
        return False
    if "translations" in parts and name.endswith(".qm"):
        return name in QT_TRANSLATIONS_KEPT
    if "plugins" in parts:
        rest = parts[parts.index("plugins") + 1:]
        return not (len(rest) > 1 and rest[0] in DROPPED_PLUGIN_DIRS or DROPPED_PLUGINS.match(name))
    return True


def orphaned(kept: Iterable[tuple[str, str]], dropped: Iterable[tuple[str, str]],
             imports_of: Callable[[str], Iterable[str]]) -> set[str]:
    """Libraries (by path in the bundle) that only dropped files linked against.

    ``kept`` and ``dropped`` are (path in bundle, source path) pairs; ``imports_of(source)``
    names the libraries a binary links against. PyInstaller collected these for the dropped
    plugins (for libqgtk3: cairo, pango, gdk-pixbuf…); nothing kept needs them. A library
    loaded through ctypes is never a candidate, as no dropped file links against it.
    """
    # Windows compares DLL names regardless of case; macOS gives @rpath/… names.
    by_name = {Path(dest).name.lower(): (dest, src) for dest, src in kept}

    def closure(start: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(start)
        while todo:
            for name in (Path(n).name.lower() for n in imports_of(todo.pop())):
                if name in by_name and name not in seen:
                    seen.add(name)
                    todo.append(by_name[name][1])
        return seen

    candidates = closure(src for _dest, src in dropped)
    roots = [src for dest, src in kept if Path(dest).name.lower() not in candidates]
    return {by_name[name][0] for name in candidates - closure(roots)}
