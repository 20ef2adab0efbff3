"""The installer, checked without building it (scripts/build_installer.sh builds it for real
in about two minutes): the PyInstaller spec and what it bundles, the Inno Setup script, the
Linux desktop entry and MIME type."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"staan_installer_{name}", INSTALLER / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle = _load("bundle")


# --- The PyInstaller spec and what it bundles ------------------------------------------------


def test_spec_is_python_and_uses_the_bundle_lists() -> None:
    source = (INSTALLER / "staan.spec").read_text(encoding="utf-8")
    tree = ast.parse(source)
    calls = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"} <= calls
    for name in ("bundle.datas()", "bundle.EXCLUDES", "bundle.HIDDEN_IMPORTS", "bundle.keep", "bundle.orphaned"):
        assert name in source
    assert "exclude_binaries=True" in source  # one folder, not one file
    assert "main.py" in source


def test_every_bundled_file_exists_and_lands_where_the_code_looks() -> None:
    datas = bundle.datas()
    assert all(Path(src).is_file() for src, _dest in datas)
    targets = {dest for _src, dest in datas}
    for folder in ("resources/fonts", "resources/templates", "resources/demo", "resources/schema",
                   "resources/icons", "staan_desktop/migrations", "staan_desktop/migrations/versions",
                   "qtawesome/fonts"):
        assert folder in targets, folder
    names = {(Path(src).name, dest) for src, dest in datas}
    assert ("staan.json", "resources/demo") in names
    assert ("staan.svg", "resources/icons") in names
    assert ("env.py", "staan_desktop/migrations") in names
    # Every migration, or an old document could not be brought up to date.
    for version in (ROOT / "staan_desktop" / "migrations" / "versions").glob("*.py"):
        assert (version.name, "staan_desktop/migrations/versions") in names
    # Exactly the icon fonts the icon registry draws from: one missing breaks every icon.
    from staan_desktop.gui.icons import FONTS

    fonts = {Path(src).name for src, dest in datas if dest == "qtawesome/fonts"}
    assert fonts == {name for pair in FONTS.values() for name in pair}


def test_compiled_translations_are_shipped_not_their_sources() -> None:
    patterns = [pattern for pattern, dest in bundle.RESOURCE_GLOBS if dest == "resources/translations"]
    assert patterns == ["resources/translations/*.qm"]


def test_heavy_and_developer_modules_are_excluded() -> None:
    excludes = set(bundle.EXCLUDES)
    for qt in ("QtWebEngineCore", "QtWebEngineWidgets", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia",
               "QtPdf", "QtCharts", "QtDataVisualization", "QtDesigner", "QtHelp", "QtNetwork",
               "QtOpenGL", "QtSql", "QtTest"):
        assert f"PySide6.{qt}" in excludes, qt
    for module in ("tkinter", "pytest", "hypothesis", "tests", "setuptools", "staan_desktop.gui.i18n_build"):
        assert module in excludes, module
    assert not bundle.is_app_module("staan_desktop.migrations.env")
    assert bundle.is_app_module("staan_desktop.gui.main_window")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def test_the_application_imports_nothing_the_bundle_leaves_out() -> None:
    """Whoever starts using an excluded module (say QtSvg) learns it here, not from a user."""
    excluded = set(bundle.EXCLUDES)
    offenders = []
    for path in [ROOT / "main.py", *sorted((ROOT / "staan_desktop").rglob("*.py"))]:
        if "migrations" in path.parts or path.name == "i18n_build.py":
            continue
        for name in _imports(path):
            parts = name.split(".")
            if any(".".join(parts[:i]) in excluded for i in range(1, len(parts) + 1)):
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert not offenders, "remove these from installer/bundle.py EXCLUDES or stop importing them:\n" + "\n".join(offenders)


#: Runs every feature in one process, as the bundle would: the selftest's import of every
#: module (and library module) of the application, then the command line from a new document
#: to a signed-off version signed with a certificate and verified. Prints sys.modules.
_EVERY_FEATURE = r"""
import datetime, json, sys
from pathlib import Path
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

sys.path.insert(0, sys.argv[2])
from main import main
from staan_desktop.gui.selftest import import_all

tmp = Path(sys.argv[1])
key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Proef")])
now = datetime.datetime.now(datetime.timezone.utc)
cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(1).not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1)).sign(key, hashes.SHA256()))
(tmp / "c.p12").write_bytes(pkcs12.serialize_key_and_certificates(b"c", key, cert, None, serialization.NoEncryption()))
before = set(sys.modules)  # the certificate's own imports are the test's, not the application's
import_all()
doc = str(tmp / "a.staan")
for args in (["new", doc], ["export", doc, "--json", str(tmp / "a.json"), "--pdf", str(tmp / "a.pdf")],
             ["import", str(tmp / "a.json"), "-o", str(tmp / "b.staan")], ["check", doc], ["info", doc],
             ["signoff", doc, "--date", "2026-12-01", "--member", "A", "--member", "B"],
             ["export", doc, "--pdf", str(tmp / "fields.pdf"), "--comments"],
             ["export", doc, "--pdf", str(tmp / "signed.pdf"), "--sign", str(tmp / "c.p12")],
             ["verify", str(tmp / "signed.pdf"), doc], ["verify", str(tmp / "fields.pdf"), doc],
             ["history", doc], ["draft", doc], ["diff", doc, "1", "concept"], ["comments", doc, "--all"]):
    if main(["staan", *args]) != 0:
        raise SystemExit(f"staan {args[0]} failed")
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_no_feature_imports_an_excluded_module(tmp_path: Path) -> None:
    """The static check above sees the application's own imports; this one also what the
    libraries import on the way, when every feature runs (signing and verifying included)."""
    pytest.importorskip("cryptography")
    env = {**__import__("os").environ, "STAAN_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", _EVERY_FEATURE, str(tmp_path), str(ROOT)], env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    loaded = set(__import__("json").loads(result.stdout.strip().splitlines()[-1]))
    excluded = set(bundle.EXCLUDES) - set(bundle.IMPORTED_IF_PRESENT)
    offenders = sorted(m for m in loaded if any(m == e or m.startswith(e + ".") for e in excluded))
    assert not offenders, "the application needs these; remove them from installer/bundle.py EXCLUDES:\n" + "\n".join(offenders)
    # Sanity: the run went through the signing stack (else this test would prove nothing).
    assert {"pyhanko.sign.signers", "pyhanko.sign.validation", "reportlab.pdfgen.canvas"} <= loaded


def test_what_is_imported_if_present_has_a_fallback() -> None:
    """The packages that import these still import without them, as in the bundle."""
    code = ("import sys\n"
            "class Block:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name in sys.argv[1:]: raise ImportError(name)\n"
            "sys.meta_path.insert(0, Block())\n"
            "import aiohttp, aiohttp.http_parser, aiohttp.http_writer, aiohttp._websocket.reader, yarl, propcache, frozenlist\n"
            "import pyhanko.sign.timestamps, mako.exceptions\n"
            "assert not set(sys.argv[1:]) & set(sys.modules)\n")
    subprocess.run([sys.executable, "-c", code, *bundle.IMPORTED_IF_PRESENT], check=True)


@pytest.mark.parametrize(("dest", "kept"), [
    # Qt's translations: only the interface languages.
    ("PySide6/Qt/translations/qtbase_nl.qm", True),
    ("PySide6/Qt/translations/qtbase_en.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_help_nl.qm", False),
    ("PySide6/translations/qtbase_nl.qm", True),  # Windows layout
    # Plugins a window needs, and those it never loads.
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so", False),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
    # Qt libraries of unused modules, also the links PyInstaller puts beside the program.
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("libQt6Network.so.6", False),
    ("PySide6/Qt/lib/libQt6Qml.so.6", False),
    ("PySide6/Qt/lib/libQt6Gui.so.6", True),
    ("PySide6/Qt/lib/libQt6WaylandClient.so.6", True),
    ("PySide6/Qt/lib/libQt6WaylandCompositor.so.6", False),
    ("PySide6/Qt6Pdf.dll", False),
    ("PySide6/Qt6Widgets.dll", True),
    ("PySide6/opengl32sw.dll", False),
    ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", False),
    ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", True),
    ("PySide6/Qt/qml/QtQuick/qmldir", False),
    # Everything else stays.
    ("resources/fonts/DejaVuSans.ttf", True),
    ("qtawesome/fonts/materialdesignicons6-webfont-6.9.96.ttf", True),
    ("libpython3.11.so.1.0", True),
])
def test_keep(dest: str, kept: bool) -> None:
    assert bundle.keep(dest) is kept


def test_orphaned_drops_only_what_nothing_kept_links_against() -> None:
    links = {
        "/src/libqgtk3.so": ["libgtk-3.so.0", "libcairo.so.2", "libglib-2.0.so.0"],
        "/src/libcairo.so.2": ["libpixman-1.so.0"],
        "/src/libQt6Gui.so.6": ["libglib-2.0.so.0"],
        "/src/_ctypes_only.so": [],
    }
    kept = [("libcairo.so.2", "/src/libcairo.so.2"), ("libpixman-1.so.0", "/src/libpixman-1.so.0"),
            ("libglib-2.0.so.0", "/src/libglib-2.0.so.0"), ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6"),
            ("libctypes.so.1", "/src/libctypes.so.1")]
    dropped = [("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so")]
    orphans = bundle.orphaned(kept, dropped, lambda src: links.get(src, []))
    assert orphans == {"libcairo.so.2", "libpixman-1.so.0"}


def test_orphaned_ignores_case_and_macos_paths() -> None:
    kept = [("Foo.DLL", "/src/foo")]
    dropped = [("PySide6/plugins/x/bar.dll", "/src/bar")]
    assert bundle.orphaned(kept, dropped, lambda src: ["@rpath/foo.dll"] if src == "/src/bar" else []) == {"Foo.DLL"}


# --- The build script -------------------------------------------------------------------------


def test_build_script_builds_translations_runs_the_selftest_and_reports_the_size() -> None:
    script = ROOT / "scripts" / "build_installer.sh"
    text = script.read_text(encoding="utf-8")
    assert script.stat().st_mode & 0o111, "scripts/build_installer.sh must be executable"
    assert "staan_desktop.gui.i18n_build" in text
    assert "installer/staan.spec" in text
    assert "--selftest" in text and "QT_QPA_PLATFORM=offscreen" in text
    assert "du -sh dist/STAAN" in text
    assert '"/DAppVersion=$version"' in text
    if shutil.which("bash"):
        subprocess.run(["bash", "-n", str(script)], check=True)


# --- Inno Setup (Windows) ---------------------------------------------------------------------

ISS = (INSTALLER / "staan.iss").read_text(encoding="utf-8")
#: Windows knows the installed application by this; changing it orphans every installation.
APP_ID = "E7646A33-0549-40A8-979B-8912D0D6FDD6"


def _setup_value(name: str) -> str:
    match = re.search(rf"^{name}=(.*)$", ISS, re.MULTILINE)
    assert match, f"[Setup] {name} missing"
    return match.group(1).strip()


def test_inno_app_id_is_the_fixed_guid() -> None:
    # "{{" is Inno Setup's escape for a literal brace.
    assert _setup_value("AppId") == "{{" + APP_ID + "}"
    assert re.fullmatch(r"[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}", APP_ID)


def test_inno_installs_per_user_without_administrator() -> None:
    assert _setup_value("PrivilegesRequired") == "lowest"
    assert not re.search(r"^PrivilegesRequiredOverridesAllowed=", ISS, re.MULTILINE)
    assert _setup_value("DefaultDirName").startswith(("{autopf}", "{userpf}"))
    assert not re.search(r"^Root:\s*HK(LM|CR)\b", ISS, re.MULTILINE), "machine-wide registry needs an administrator"
    assert re.search(r'^Name: "\{autoprograms\}\\', ISS, re.MULTILINE), "Start-menu entry"


def test_inno_version_comes_from_the_build_with_a_default() -> None:
    assert re.search(r"^#ifndef AppVersion\s*$\s*#define AppVersion \"[0-9][^\"]*\"\s*$\s*#endif", ISS, re.MULTILINE)
    assert _setup_value("AppVersion") == "{#AppVersion}"


def test_inno_associates_staan_files() -> None:
    assert _setup_value("ChangesAssociations") == "yes"
    registry = [line for line in ISS.splitlines() if line.startswith("Root:")]
    assert all(line.startswith("Root: HKCU; Subkey: \"Software\\Classes\\") for line in registry)
    assert any('Subkey: "Software\\Classes\\.staan"' in line and 'ValueData: "{#ProgId}"' in line for line in registry)
    assert any("\\shell\\open\\command" in line and '""%1""' in line for line in registry)
    assert 'Source: "..\\dist\\STAAN\\*"' in ISS


# --- Linux and macOS ------------------------------------------------------------------------


def test_desktop_entry_opens_staan_documents() -> None:
    entry = (INSTALLER / "linux" / "staan-desktop.desktop").read_text(encoding="utf-8")
    assert "MimeType=application/x-staan;" in entry
    assert re.search(r"^Exec=.* %f$", entry, re.MULTILINE)
    assert "Icon=staan-desktop" in entry
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(INSTALLER / "linux" / "staan-desktop.desktop")], check=True)


def test_mime_type_matches_the_file_format() -> None:
    from staan_desktop.services.store import APPLICATION_ID, SQLITE_HEADER, SUFFIX

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(INSTALLER / "linux" / "staan-desktop-mime.xml").getroot()
    mime = root.find("m:mime-type", ns)
    assert mime.get("type") == "application/x-staan"
    assert mime.find("m:glob", ns).get("pattern") == f"*{SUFFIX}"
    header = mime.find("m:magic/m:match", ns)
    assert header.get("offset") == "0"
    assert header.get("value").replace("\\000", "\0").encode() == SQLITE_HEADER
    app_id = header.find("m:match", ns)
    assert app_id.get("offset") == "68"
    assert app_id.get("value").encode() == APPLICATION_ID.to_bytes(4, "big")


def test_icon_is_svg() -> None:
    svg = ET.parse(ROOT / "resources" / "icons" / "staan.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"


def test_linux_install_script_is_posix_sh() -> None:
    script = INSTALLER / "linux" / "install.sh"
    assert script.stat().st_mode & 0o111
    if shutil.which("sh"):
        subprocess.run(["sh", "-n", str(script)], check=True)


def test_macos_bundle_claims_staan_documents() -> None:
    spec = (INSTALLER / "staan.spec").read_text(encoding="utf-8")
    assert "CFBundleDocumentTypes" in spec and '"public.filename-extension": ["staan"]' in spec


def test_bundle_module_runs_without_pyinstaller_or_qt() -> None:
    code = ("import sys, runpy; runpy.run_path(sys.argv[1]); "
            "assert not any(m.startswith(('PySide6', 'PyInstaller')) for m in sys.modules)")
    subprocess.run([sys.executable, "-c", code, str(INSTALLER / "bundle.py")], check=True)

