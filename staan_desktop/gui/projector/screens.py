"""Which screen the projector window goes to, and how it is put there.

With a beamer attached, the projector window fills the screen the laptop's window is not on;
with one screen it opens as an ordinary window beside the workspace (to try things out, or to
drag onto a beamer that is attached later). The facilitator can send it to the next screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

#: The projector on a screen of its own: an ordinary window, full screen there.
BEAMER_FLAGS = Qt.WindowType.Window
#: The projector beside the workspace on one screen: owned by it, so never behind it.
OWNED_FLAGS = (
    Qt.WindowType.Dialog
    | Qt.WindowType.WindowTitleHint
    | Qt.WindowType.WindowSystemMenuHint
    | Qt.WindowType.WindowMinMaxButtonsHint
    | Qt.WindowType.WindowCloseButtonHint
)


def screens() -> list[QScreen]:
    return list(QGuiApplication.screens())


def default_screen(laptop: QScreen | None) -> QScreen | None:
    """The first screen that is not the laptop's; ``None`` when there is only one."""
    others = [screen for screen in screens() if screen is not laptop]
    return others[0] if others and len(screens()) > 1 else None


def following(current: QScreen | None, laptop: QScreen | None) -> QScreen | None:
    """The next screen in the system's order after ``current`` (``None``: the laptop's, in a
    window), wrapping round."""
    all_screens = screens()
    if len(all_screens) < 2:
        return None
    order: list[QScreen | None] = [s for s in all_screens if s is not laptop] + [None]
    position = order.index(current) if current in order else -1
    return order[(position + 1) % len(order)]


def describe(screen: QScreen | None) -> str:
    if screen is None:
        return ""
    size = screen.size()
    name = screen.model() or screen.name() or screen.manufacturer()
    return f"{name} ({size.width()}×{size.height()})".strip()


def place(window: QWidget, screen: QScreen | None, laptop: QScreen | None) -> None:
    """Full screen on ``screen``; a window of two thirds of the laptop's screen otherwise, in
    front of the workspace (which keeps the keys: the facilitator types there).

    In front because the workspace owns it: on one screen it is a window of the dialog kind
    (with the buttons of an ordinary window), which the window system keeps above its owner —
    a transient window on X11, an owned window on Windows — and below the owner's own dialogs.
    Staying on top of everything hid those dialogs (the name asked at a first comment, the
    sign-off) behind the projector while they had the keys."""
    if screen is not None:
        window.setWindowFlags(BEAMER_FLAGS)
        if window.isFullScreen():
            window.showNormal()  # a full-screen window does not move between screens
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
        window.showFullScreen()
        return
    window.setWindowFlags(OWNED_FLAGS)
    if window.isFullScreen():
        window.showNormal()
    area = (laptop or QGuiApplication.primaryScreen()).availableGeometry()
    width, height = area.width() * 2 // 3, area.height() * 2 // 3
    window.setGeometry(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2, width, height)
    window.show()
