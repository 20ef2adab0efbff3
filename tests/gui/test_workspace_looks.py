"""Icons by meaning, Fusion in light or dark, text size for a projector, shortcuts listed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from staan_desktop.gui import icons, theme
from staan_desktop.gui.settings import COLOR_SCHEME, TEXT_SCALE
from staan_desktop.gui.workspace import page_shortcuts


def test_every_icon_meaning_draws_and_unknown_ones_fail_loudly(qapp):
    for name in icons.ICONS:
        assert not icons.get(name).isNull(), name
    with pytest.raises(KeyError):
        icons.get("export-pdff")


def test_every_registered_page_has_a_known_icon(qapp):
    from staan_desktop.gui.pages import PAGES

    for page in PAGES:
        assert page.icon in icons.ICONS, page.key


@pytest.fixture
def restore_look(qapp):  # type: ignore[no-untyped-def]
    font, palette = QApplication.font(), QApplication.palette()
    yield
    QApplication.setFont(font)
    QApplication.setPalette(palette)
    icons.clear_cache()


def test_dark_and_light_follow_the_setting_in_fusion(qapp, restore_look):
    from PySide6.QtWidgets import QStyleFactory

    theme.apply(qapp, "dark")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    theme.apply(qapp, "light")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 180
    # Light is Fusion's own palette, role by role and in every state, also after dark — but for
    # the selection of active and inactive windows, darkened to read at WCAG AA (test_contrast).
    fusion, ours = QStyleFactory.create(theme.STYLE).standardPalette(), QApplication.palette()
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
    roles = [role for role in QPalette.ColorRole if role not in (QPalette.ColorRole.NoRole, QPalette.ColorRole.NColorRoles)]
    selection = {(g, r) for g in groups[:2] for r in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText)}
    assert {(g, r): ours.color(g, r).name(QColor.NameFormat.HexArgb) for g in groups for r in roles if (g, r) not in selection} == {
        (g, r): fusion.color(g, r).name(QColor.NameFormat.HexArgb) for g in groups for r in roles if (g, r) not in selection
    }
    assert {ours.color(g, QPalette.ColorRole.Highlight).name().upper() for g in groups[:2]} == {theme.LIGHT_HIGHLIGHT}
    theme.apply(qapp, "system")
    system_dark = QApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    assert (QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128) == system_dark


def _dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def test_the_window_starts_in_the_system_colours_and_follows_them(qapp, restore_look, settings, monkeypatch):
    """Asked at start (the colours last seen are no longer kept in the settings: asking costs
    less than the noise of a launch), and again when the system's scheme changes."""
    from staan_desktop.gui import app as gui_app

    def system(dark: bool) -> None:
        monkeypatch.setattr(theme, "system_is_dark", lambda: dark)

    system(True)
    gui_app.prepare(qapp, settings)
    assert _dark()
    gui_app.follow_system(qapp, settings)
    system(False)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not _dark()
    # A chosen scheme stays whatever the system says.
    settings.set(COLOR_SCHEME, "light")
    system(True)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not _dark()


def test_text_size_steps_for_the_projector(qtbot, window, restore_look):
    base = QApplication.font().pointSizeF()
    window.actions_.larger.trigger()
    assert window.settings.get(TEXT_SCALE) == 115
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.15, rel=0.02)
    window.actions_.normal_size.trigger()
    assert window.settings.get(TEXT_SCALE) == 100
    assert QApplication.font().pointSizeF() == pytest.approx(base, rel=0.02)


def test_icons_are_redrawn_when_the_palette_turns_dark(qtbot, window, restore_look):
    window.settings.set(COLOR_SCHEME, "light")
    window.apply_appearance()
    light = window.file_actions.new.icon().pixmap(32, 32).toImage()
    window.settings.set(COLOR_SCHEME, "dark")
    window.apply_appearance()
    qtbot.waitUntil(lambda: window.file_actions.new.icon().pixmap(32, 32).toImage() != light)


def test_page_shortcuts_default_to_the_position_and_never_repeat(qapp, test_pages):
    from staan_desktop.gui.pages import PageSpec

    second = PageSpec("second", "Tweede", "page-rules", frozenset(), "rules:RulesPage", shortcut="Ctrl+1")  # taken

    assert page_shortcuts(test_pages) == ["Ctrl+1", "Ctrl+2", "Ctrl+3"]
    assert page_shortcuts([test_pages[0], second, test_pages[1]]) == ["Ctrl+1", "", "Ctrl+3"]
    # A page the method hides has no keys, and the next listed page takes its place.
    assert page_shortcuts(test_pages, [True, False, True]) == ["Ctrl+1", "", "Ctrl+2"]


def test_the_shortcuts_dialog_lists_every_frequent_action(qtbot, window):
    from staan_desktop.gui.shortcuts_dialog import ShortcutsDialog

    actions = [*window.file_actions.findChildren(type(window.file_actions.new)), *window.actions_.findChildren(type(window.file_actions.new)), *window.page_actions]
    dialog = ShortcutsDialog(actions, window)
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    for what, keys in {"Nieuw…": "Ctrl+N", "Openen…": "Ctrl+O", "Sluiten": "Ctrl+W", "Afsluiten": "Ctrl+Q",
                       "Ongedaan maken": "Ctrl+Z", "Overzicht": "Ctrl+1", "Gemeenten": "Ctrl+2"}.items():
        assert keys in rows[what], what
    assert "Ctrl+Y" in rows["Opnieuw"] and "Ctrl+Shift+Z" in rows["Opnieuw"]
    assert "F6" in rows["Wisselen tussen hoofdstukken en pagina"]
