"""The look: Fusion everywhere (the same on every machine the facilitator borrows), in the
system's light or dark colours unless the settings force one — a projector is easier to read light.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleFactory

from . import icons

_base_point_size: float | None = None


#: The style of every window (set by gui/app.py when the application is made).
STYLE = "Fusion"

_role = QPalette.ColorRole

_DARK = {
    _role.Window: "#202124",
    _role.WindowText: "#E8EAED",
    _role.Base: "#17181A",
    _role.AlternateBase: "#26282B",
    _role.ToolTipBase: "#303134",
    _role.ToolTipText: "#E8EAED",
    _role.PlaceholderText: "#8A8D91",
    _role.Text: "#E8EAED",
    _role.Button: "#2B2D30",
    _role.ButtonText: "#E8EAED",
    _role.BrightText: "#FF6B6B",
    _role.Light: "#3C4043",
    _role.Midlight: "#313336",
    _role.Mid: "#26282B",
    _role.Dark: "#111214",
    _role.Shadow: "#000000",
    _role.Highlight: "#2F6BC6",  # white on it reads at 5.2:1 (WCAG AA)
    _role.HighlightedText: "#FFFFFF",
    _role.Link: "#8AB4F8",
    _role.LinkVisited: "#C58AF9",
}
_DARK_DISABLED = {role: "#7C7F84" for role in (_role.Text, _role.WindowText, _role.ButtonText)}


def _palette(colours: dict[QPalette.ColorRole, str], disabled: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    for role, value in disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(value))
    return palette


@cache
def _fusion() -> QStyle:
    style = QStyleFactory.create(STYLE)
    assert style is not None, STYLE
    return style


#: The light scheme's selection: Fusion's own blue (#308CC6) carries white text at 3.7:1 only;
#: this darker blue of the same hue reads at 5.0:1 (WCAG AA asks 4.5:1).
LIGHT_HIGHLIGHT = "#2A74AA"


def light_palette() -> QPalette:
    """Fusion's own light colours, whatever the system's scheme, with a selection that reads."""
    palette = _fusion().standardPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, _role.Highlight, QColor(LIGHT_HIGHLIGHT))
        palette.setColor(group, _role.HighlightedText, QColor("#FFFFFF"))
    return palette


def dark_palette() -> QPalette:
    return _palette(_DARK, _DARK_DISABLED)


def is_dark_palette(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def muted_text(palette: QPalette | None = None) -> str:
    """Secondary text (hints, an empty score) for the current colours: as soft as it can be
    while it reads at WCAG AA on the window, the fields and their alternate rows. (The
    placeholder colour of the light palette, half-transparent black, reads at 3.9:1 only.)"""
    from staan_desktop.domain import class_palette

    palette = palette or QGuiApplication.palette()
    name = lambda role: palette.color(role).name()  # noqa: E731
    return class_palette.muted(
        name(_role.WindowText), (name(_role.Window), name(_role.Base), name(_role.AlternateBase))
    )


def error_text(palette: QPalette | None = None) -> str:
    """A refusal in words (red), readable on the window in light and dark schemes."""
    return "#FF8A80" if is_dark_palette(palette) else "#B3261E"


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(choice: str) -> bool:
    """Dark colours for this choice ("system" asks the system)."""
    if choice == "system":
        return system_is_dark()
    return choice == "dark"


def apply(app: QApplication, color_scheme: str = "system", text_scale: int = 100) -> None:
    """Set palette and text size (the style is chosen when the application is made); safe to
    call again when a setting changes."""
    global _base_point_size
    palette = dark_palette() if is_dark(color_scheme) else light_palette()
    icons.clear_cache()  # before the palette change reaches the widgets that redraw icons
    app.setPalette(palette)
    font = QFont(app.font())
    if _base_point_size is None:
        _base_point_size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(_base_point_size * text_scale / 100)
    app.setFont(font)
