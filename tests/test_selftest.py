"""``STAAN --selftest`` in-process: the same code the installer build runs in the bundle."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from staan_desktop.gui import selftest


@pytest.fixture
def window_settings(qapp, tmp_path: Path) -> None:
    """The main window of an in-process selftest stores its settings here, not in the test's."""
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture
def demo_pdf(tmp_path: Path) -> tuple[Path, str]:
    from staan_desktop.services.interchange import create_demo, load_tree

    doc = create_demo(tmp_path / "demo.staan")
    title = load_tree(doc).trajectory.title
    doc.close()
    selftest.export_pdf(tmp_path / "demo.staan", tmp_path / "demo.pdf")
    return tmp_path / "demo.pdf", title


def test_selftest_passes(window_settings, capsys: pytest.CaptureFixture[str]) -> None:
    environment = dict(os.environ)
    assert selftest.run_selftest() == 0
    out, err = capsys.readouterr()
    assert out.startswith("Zelftest geslaagd: STAAN Desktop ")
    assert "titel in de tekst" in out  # pypdf is there in the tests: the thorough check ran
    assert out.count("\n") == 1
    assert dict(os.environ) == environment  # the redirections do not outlive the test


def test_a_failure_is_one_dutch_line(window_settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(selftest, "export_pdf", lambda _doc, target: Path(target).write_bytes(b"%PDF-1.4 kapot"))
    assert selftest.run_selftest() == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("Zelftest mislukt: de PDF is verdacht klein (14 bytes)")
    assert err.count("\n") == 1


def test_check_pdf_refuses_what_is_not_the_startdocument(demo_pdf: tuple[Path, str], tmp_path: Path) -> None:
    pdf, title = demo_pdf
    assert selftest.check_pdf(pdf, title) == "titel in de tekst"
    with pytest.raises(selftest.SelftestFailure, match="niet in de tekst"):
        selftest.check_pdf(pdf, "Een heel ander traject")
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"<html>" + b" " * 20_000)
    with pytest.raises(selftest.SelftestFailure, match="geen PDF"):
        selftest.check_pdf(fake, title)


def test_without_pypdf_the_title_is_found_in_the_document_information(
        demo_pdf: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    pdf, title = demo_pdf
    monkeypatch.setattr(selftest, "pdf_text", lambda _data: None)
    assert selftest.check_pdf(pdf, title) == "titel in de documentgegevens"
    with pytest.raises(selftest.SelftestFailure, match="staat niet in de PDF"):
        selftest.check_pdf(pdf, "Een heel ander traject")


@pytest.mark.parametrize("display", [{}, {"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"}])
def test_offscreen_is_forced_only_without_a_display(monkeypatch: pytest.MonkeyPatch, display: dict[str, str]) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in display.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    selftest.choose_platform()
    assert os.environ["QT_QPA_PLATFORM"] == ("xcb" if display else "offscreen")


def test_imports_inside_functions_are_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "lazy_example.py").write_text(textwrap.dedent("""
        import json
        from . import sibling

        def later():
            from xml.dom import minidom
            import email.message as message

            class Inner:
                def deeper(self):
                    import pyhanko.sign
    """), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    modules, maybe = selftest.imported_names("lazy_example")
    assert modules == {"json", "xml.dom", "email.message", "pyhanko.sign"}
    assert maybe == {"xml.dom.minidom"}


def test_importing_the_selftest_does_not_start_qt() -> None:
    """main.py imports it for every command, the command line included."""
    code = "import sys, staan_desktop.gui.selftest; assert not any(m.startswith('PySide6') for m in sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parent.parent)
