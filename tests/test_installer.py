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
icu_data = _load("icu_data")


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
    assert fonts == set(FONTS.values())


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
    # The size budget fails the build, not just a line in its output.
    assert "BUDGET_BYTES=${BUDGET_BYTES:-160000000}" in text and '-gt "$BUDGET_BYTES"' in text
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


def test_inno_offers_the_room_firewall_rule_only_with_administrator_rights() -> None:
    from staan_desktop.cli_room import DEFAULT_PORT
    from staan_desktop.gui.room_panel import PORT

    task = next(line for line in ISS.splitlines() if line.startswith('Name: "roomfirewall"'))
    assert "Check: IsAdmin" in task
    rules = [line for line in ISS.splitlines() if "netsh.exe" in line]
    add = next(line for line in rules if "add rule" in line)
    assert "Tasks: roomfirewall" in add and "Check: IsAdmin" in add
    # Inbound, this program only, the room's one port: what the room and the command line use.
    assert f"localport={DEFAULT_PORT}" in add and DEFAULT_PORT == PORT
    assert "dir=in" in add and "program=\"\"{app}\\{#AppExe}\"\"" in add and "protocol=TCP" in add
    assert any("delete rule" in line and "RunOnceId" in line for line in rules), "removed on uninstall"
    assert _setup_value("PrivilegesRequired") == "lowest"  # still a per-user install


# --- Linux and macOS ------------------------------------------------------------------------


def test_desktop_entry_opens_staan_documents() -> None:
    entry = (INSTALLER / "linux" / "staan-desktop.desktop").read_text(encoding="utf-8")
    assert "MimeType=application/x-staan;" in entry
    assert re.search(r"^Exec=.* %f$", entry, re.MULTILINE)
    assert "Icon=staan-desktop" in entry
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(INSTALLER / "linux" / "staan-desktop.desktop")], check=True)


def test_mime_type_matches_the_file_format() -> None:
    from staan_desktop.services.file_format import APPLICATION_ID, SQLITE_HEADER, SUFFIX

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


# --- ICU data (Linux) -----------------------------------------------------------------------


@pytest.mark.parametrize(("name", "max_bytes", "kept"), [
    # Collation: the Unicode order (root) and the interface languages; others fall back to root.
    ("coll/root.res", None, True), ("coll/ucadata.icu", None, True), ("coll/nl.res", None, True),
    ("coll/en_US_POSIX.res", None, True), ("coll/de.res", None, False), ("coll/de_.res", None, False),
    ("coll/res_index.res", None, True),
    # Time zones and what every locale shares.
    ("zone/nl.res", None, True), ("zone/fr.res", None, False), ("zone/pool.res", None, True),
    ("zone/tzdbNames.res", None, True), ("zoneinfo64.res", None, True), ("metaZones.res", None, True),
    ("supplementalData.res", None, True), ("likelySubtags.res", None, True), ("pool.res", None, True),
    ("root.res", None, True), ("nl_BE.res", None, True), ("en_GB.res", None, True), ("sv.res", None, False),
    ("cnvalias.icu", None, True), ("uts46.nrm", None, True),
    # What no Qt call reads.
    ("brkitr/word.brk", None, False), ("brkitr/cjdict.dict", None, False), ("translit/root.res", None, False),
    ("curr/nl.res", None, False), ("unit/nl.res", None, False), ("rbnf/nl.res", None, False),
    # Code pages: single-byte ones stay.
    ("ibm-5348_P100-1997.cnv", 1, True), ("ibm-943_P15A-2003.cnv", 2, False), ("gb18030.cnv", 4, False),
])
def test_icu_keep(name: str, max_bytes: int | None, kept: bool) -> None:
    assert icu_data.keep(name, max_bytes) is kept


def test_icu_data_library_is_recognised_by_its_path() -> None:
    assert icu_data.is_data_library("PySide6/Qt/lib/libicudata.so.73")
    assert icu_data.is_data_library("libicudata.so.74")
    assert not icu_data.is_data_library("PySide6/Qt/lib/libicuuc.so.73")
    assert not icu_data.is_data_library("PySide6/icudt73.dll")


def test_spec_replaces_the_icu_data_library() -> None:
    source = (INSTALLER / "staan.spec").read_text(encoding="utf-8")
    assert "icu_data.is_data_library(dest)" in source and "icu_data.build(" in source


def _qt_icu_data() -> Path:
    spec = importlib.util.find_spec("PySide6")
    found = sorted(Path(next(iter(spec.submodule_search_locations))).glob("Qt/lib/libicudata.so.*")) if spec else []
    if not found:
        pytest.skip("this Qt for Python brings no ICU data library (only Linux does)")
    return found[0]


def _icu_symbol(library: Path) -> str:
    return "icudt" + library.name.rsplit(".", 1)[-1] + "_dat"


def test_icu_package_is_read_and_written_back_unchanged() -> None:
    library = _qt_icu_data()
    blob = icu_data.read_symbol(library, _icu_symbol(library))
    assert icu_data.write_package(*icu_data.parse_package(blob)) == blob


def test_smaller_icu_data_keeps_what_qt_reads(tmp_path: Path) -> None:
    if not (shutil.which("as") and shutil.which("ld")):
        pytest.skip("binutils (as, ld) not installed")
    library = _qt_icu_data()
    before, after = icu_data.build(library, tmp_path / library.name)
    assert after < 8_000_000 < 25_000_000 < before
    _header, _prefix, items = icu_data.parse_package(icu_data.read_symbol(tmp_path / library.name, _icu_symbol(library)))
    names = [name for name, _data in items]
    assert names == sorted(names)
    for needed in ("coll/root.res", "coll/ucadata.icu", "coll/nl.res", "coll/res_index.res", "zone/nl.res",
                   "zone/res_index.res", "zoneinfo64.res", "metaZones.res", "timezoneTypes.res", "cnvalias.icu",
                   "res_index.res", "root.res", "nl.res", "en.res", "supplementalData.res"):
        assert needed in names, needed
    assert not [name for name in names if name.startswith(("brkitr/", "translit/"))]


#: Everything Qt asks ICU (libQt6Core imports ucol_*, u_strToUpper/Lower, ucal_*, ucnv_*),
#: printed as JSON: collation, case mapping, time-zone names, single-byte code pages.
_ICU_PROBE = r"""
import ctypes, json, sys
from PySide6.QtCore import QCollator, QCoreApplication, QDateTime, QLocale, QStringDecoder, QTimeZone, Qt

app = QCoreApplication([])
words = ["zebra", "Ézé", "apple", "Appel", "ijs", "IJssel", "10", "9", "éclair", "eclair", "ß", "straße", "b", "B"]
out = {}
for name in ("nl_NL", "en_US", "de_DE"):
    collator = QCollator(QLocale(name))
    out[f"sort {name}"] = sorted(words, key=collator.sortKey)
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    out[f"numeric {name}"] = sorted(["Bijlage 10", "bijlage 9", "Bijlage 2"], key=collator.sortKey)
for name in ("nl_NL", "en_US", "tr_TR"):
    out[f"case {name}"] = [QLocale(name).toUpper("ĳssel straße istanbul"), QLocale(name).toLower("IJSSEL İSTANBUL ΣΟΦΟΣ")]
summer = QDateTime.fromString("2026-07-01T12:00:00Z", Qt.DateFormat.ISODate)
for zone in (b"Europe/Amsterdam", b"America/New_York"):
    tz = QTimeZone(zone)
    for name in ("nl_NL", "en_US"):
        out[f"tz {zone} {name}"] = [tz.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(name)),
                                    tz.displayName(summer, QTimeZone.NameType.ShortName, QLocale(name)), tz.offsetFromUtc(summer)]
maps = [line.split()[-1] for line in open("/proc/self/maps") if "libicu" in line]
icuuc = ctypes.CDLL(next(path for path in maps if "libicuuc" in path))
suffix = "_" + next(path for path in maps if "libicuuc" in path).rsplit(".", 1)[-1]
ucnv_open, ucnv_to_uchars, ucnv_close = (getattr(icuuc, f"ucnv_{name}{suffix}") for name in ("open", "toUChars", "close"))
ucnv_open.restype = ctypes.c_void_p
for codec in ("windows-1252", "windows-1250", "ISO-8859-15", "IBM850", "KOI8-R", "macintosh", "Shift_JIS"):
    error = ctypes.c_int(0)
    converter = ucnv_open(codec.encode(), ctypes.byref(error))
    text = None
    if error.value <= 0:
        buffer = (ctypes.c_uint16 * 256)()
        n = ucnv_to_uchars(ctypes.c_void_p(converter), buffer, 256, bytes(range(0x80, 0x100)), 128, ctypes.byref(error))
        ucnv_close(ctypes.c_void_p(converter))
        text = bytes(buffer)[:2 * n].decode("utf-16-le")
    out[f"codec {codec}"] = [QStringDecoder(codec).isValid(), text]
out["data"] = next(path for path in maps if "libicudata" in path)
print(json.dumps(out, ensure_ascii=False))
"""


def test_qt_answers_the_same_with_the_smaller_icu_data(tmp_path: Path) -> None:
    """Qt on the original data and on the smaller copy (found first through LD_LIBRARY_PATH,
    as the bundle's copy is found beside libicuuc): the same collation, case mapping, time
    zones and single-byte code pages; only the multi-byte code pages are gone."""
    if not (shutil.which("as") and shutil.which("ld")):
        pytest.skip("binutils (as, ld) not installed")
    library = _qt_icu_data()
    icu_data.build(library, tmp_path / library.name)
    import json
    import os

    def probe(**env: str) -> dict:
        result = subprocess.run([sys.executable, "-c", _ICU_PROBE], env={**os.environ, **env}, capture_output=True,
                                text=True, check=False)
        assert result.returncode == 0, result.stderr[-3000:]
        return json.loads(result.stdout)

    full = probe()
    small = probe(LD_LIBRARY_PATH=str(tmp_path))
    assert Path(full.pop("data")) == library.resolve()
    assert Path(small.pop("data")) == (tmp_path / library.name).resolve()
    assert full.pop("codec Shift_JIS")[0] is True
    assert small.pop("codec Shift_JIS") == [False, None]
    assert small == full
    assert full["codec windows-1252"][1][0] == "€"
    assert full["sort nl_NL"].index("eclair") < full["sort nl_NL"].index("éclair") < full["sort nl_NL"].index("Ézé")
