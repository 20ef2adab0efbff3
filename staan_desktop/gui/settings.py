"""Every setting the application keeps, declared once with its type and default.

``QSettings.value()`` hands back strings unless told otherwise (and an empty list as ``None``),
so nothing outside this module reads QSettings directly: :class:`Settings` always passes
``type=``, falls back to the default for values that do not fit, and prunes recent files that
no longer exist.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

MAX_RECENT = 8


class Key(NamedTuple, Generic[T]):
    name: str
    type: type
    default: T
    #: Allowed values, when only a few make sense; anything else reads as the default.
    choices: tuple[Any, ...] = ()


RECENT_FILES: Key[list[str]] = Key("files/recent", list, [])
LAST_FILE: Key[str] = Key("files/last", str, "")
DEFAULT_FOLDER: Key[str] = Key("files/default_folder", str, "")
DEMO_CREATED: Key[bool] = Key("files/demo_created", bool, False)
#: A first look at the document last closed, for the next start's first frame
#: (services/glance.py: remember, recall).
FIRST_LOOK: Key[str] = Key("files/first_look", str, "")
WINDOW_GEOMETRY: Key[QByteArray] = Key("window/geometry", QByteArray, QByteArray())
WINDOW_STATE: Key[QByteArray] = Key("window/state", QByteArray, QByteArray())
SPLITTER_STATE: Key[QByteArray] = Key("window/splitter", QByteArray, QByteArray())
LANGUAGE: Key[str] = Key("ui/language", str, "nl", choices=("nl", "en"))
COLOR_SCHEME: Key[str] = Key("ui/color_scheme", str, "system", choices=("system", "light", "dark"))
#: Whether the system asked for dark colours when last seen: the first frame's colours in
#: "system" mode, before the system itself is asked (gui/app.py).
SYSTEM_DARK: Key[bool] = Key("ui/system_dark", bool, False)
#: Text size in percent of the system's, for a projector at the back of a room.
TEXT_SCALE: Key[int] = Key("ui/text_scale", int, 100, choices=(80, 90, 100, 115, 130, 150, 175, 200))
AUTHOR_NAME: Key[str] = Key("comments/author", str, "")
#: Minutes between automatic backups while the document changes, and how many are kept per
#: document (gui/backup_actions.py). Choices, so that a hand-edited 0 cannot mean "every tick".
BACKUP_INTERVAL: Key[int] = Key("backups/interval_minutes", int, 5, choices=(1, 2, 5, 10, 15, 30, 60))
BACKUP_KEEP: Key[int] = Key("backups/keep", int, 10, choices=(3, 5, 10, 20, 30, 50))

KEYS: tuple[Key[Any], ...] = (
    RECENT_FILES,
    LAST_FILE,
    DEFAULT_FOLDER,
    DEMO_CREATED,
    FIRST_LOOK,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    SPLITTER_STATE,
    LANGUAGE,
    COLOR_SCHEME,
    SYSTEM_DARK,
    TEXT_SCALE,
    AUTHOR_NAME,
    BACKUP_INTERVAL,
    BACKUP_KEEP,
)


class Settings:
    """Typed access to the user's settings (``QSettings()`` of the application by default)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    def get(self, key: Key[T]) -> T:
        try:
            value = self.store.value(key.name, key.default, type=key.type)
        except (TypeError, ValueError):
            return key.default
        if value is None or not isinstance(value, key.type):
            return key.default
        if key.type is list:
            value = [str(item) for item in value if item]
        if key.choices and value not in key.choices:
            return key.default
        return value  # type: ignore[no-any-return]

    def set(self, key: Key[T], value: T) -> None:
        if not isinstance(value, key.type):
            raise TypeError(f"{key.name} expects {key.type.__name__}, not {type(value).__name__}")
        if key.choices and value not in key.choices:
            raise ValueError(f"{key.name} must be one of {key.choices}, not {value!r}")
        self.store.setValue(key.name, value)

    def sync(self) -> None:
        self.store.sync()

    # Recent files ----------------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        """The recent documents that still exist, newest first; missing ones are forgotten."""
        names = self.get(RECENT_FILES)
        present = [Path(name) for name in names if Path(name).is_file()]
        if len(present) != len(names):
            self.set(RECENT_FILES, [str(path) for path in present])
        return present

    def add_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        others = [name for name in self.get(RECENT_FILES) if Path(name).resolve() != path]
        self.set(RECENT_FILES, [str(path), *others][:MAX_RECENT])
        self.set(LAST_FILE, str(path))

    def forget_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        self.set(RECENT_FILES, [name for name in self.get(RECENT_FILES) if Path(name).resolve() != path])
        if self.get(LAST_FILE) and Path(self.get(LAST_FILE)).resolve() == path:
            self.set(LAST_FILE, "")

    def clear_recent(self) -> None:
        self.set(RECENT_FILES, [])
