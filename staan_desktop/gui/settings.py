"""Every setting the application keeps, declared once with its type and default.

``QSettings.value()`` hands back strings unless told otherwise (and an empty list as ``None``),
so nothing outside this module reads QSettings directly: :class:`Settings` always passes
``type=``, falls back to the default for values that do not fit, and prunes recent files that
no longer exist.

What is kept is the user's, never a document's: preferences, the window's place, the paths of
recent documents (names the file system shows anyone who may list the folder, and what the
Recent menu needs) and the user's own name for comments and sign-offs (asked once, like a
mail program's sender name; it is about the person at this computer, not read from any
document). No title, no name of a municipality or person from a document, no procesmanager
field is stored here. The file is still private: created ``0600`` in a ``0700`` folder, since
paths and the user's name are personal.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

log = logging.getLogger(__name__)

MAX_RECENT = 8


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    type: type[T]
    default: T
    #: Allowed values, when only a few make sense; anything else reads as the default.
    choices: tuple[Any, ...] = ()


RECENT_FILES: Key[list[str]] = Key("files/recent", list, [])
LAST_FILE: Key[str] = Key("files/last", str, "")
DEFAULT_FOLDER: Key[str] = Key("files/default_folder", str, "")
DEMO_CREATED: Key[bool] = Key("files/demo_created", bool, False)
WINDOW_GEOMETRY: Key[QByteArray] = Key("window/geometry", QByteArray, QByteArray())
WINDOW_STATE: Key[QByteArray] = Key("window/state", QByteArray, QByteArray())
SPLITTER_STATE: Key[QByteArray] = Key("window/splitter", QByteArray, QByteArray())
LANGUAGE: Key[str] = Key("ui/language", str, "nl", choices=("nl", "en"))
COLOR_SCHEME: Key[str] = Key("ui/color_scheme", str, "system", choices=("system", "light", "dark"))
#: Text size in percent of the system's, for a projector at the back of a room.
TEXT_SCALE: Key[int] = Key("ui/text_scale", int, 100, choices=(80, 90, 100, 115, 130, 150, 175, 200))
AUTHOR_NAME: Key[str] = Key("comments/author", str, "")
#: The municipality a reviewer speaks for, asked with the name when a document is opened for review.
AUTHOR_PARTY: Key[str] = Key("comments/party", str, "")
#: Minutes between automatic backups while the document changes, and how many are kept per
#: document (gui/backup_actions.py). Choices, so that a hand-edited 0 cannot mean "every tick".
BACKUP_INTERVAL: Key[int] = Key("backups/interval_minutes", int, 5, choices=(1, 2, 5, 10, 15, 30, 60))
BACKUP_KEEP: Key[int] = Key("backups/keep", int, 10, choices=(3, 5, 10, 20, 30, 50))
#: The municipality's Word template last chosen in the Word export (a path, "" for none).
WORD_TEMPLATE: Key[str] = Key("export/word_template", str, "")
#: The Wi-Fi the room's second QR code joins: kept here (a file only this user can read), never
#: in a document, so that a .staan file passed on does not carry the venue's password.
ROOM_WIFI_SSID: Key[str] = Key("room/wifi_ssid", str, "")
ROOM_WIFI_PASSWORD: Key[str] = Key("room/wifi_password", str, "")

KEYS: tuple[Key[Any], ...] = (
    RECENT_FILES,
    LAST_FILE,
    DEFAULT_FOLDER,
    DEMO_CREATED,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    SPLITTER_STATE,
    LANGUAGE,
    COLOR_SCHEME,
    TEXT_SCALE,
    AUTHOR_NAME,
    AUTHOR_PARTY,
    BACKUP_INTERVAL,
    BACKUP_KEEP,
    WORD_TEMPLATE,
    ROOM_WIFI_SSID,
    ROOM_WIFI_PASSWORD,
)


#: Keys earlier versions wrote that held document content (a first look at the last document:
#: its title, procesmanager and counts) or are no longer used; removed when the settings open.
OBSOLETE = ("files/first_look", "ui/system_dark")


def keep_private(store: QSettings, folder: bool) -> None:
    """Make the file behind ``store`` readable by its owner only (and, with ``folder``, the
    application's folder it is in). Qt writes the file through a temporary file that takes the
    permissions of the file it replaces, so a file created ``0600`` before the first write
    stays so. The Windows registry has no such file."""
    if store.format() == QSettings.Format.NativeFormat and sys.platform == "win32":
        return
    path = Path(store.fileName())
    try:
        if folder:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.parent.chmod(0o700)
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))  # never truncates
        path.chmod(0o600)
    except OSError as exc:  # a read-only profile: Qt reports its own status on writing
        log.warning("could not make the settings file %s private: %s", path, exc)


class Settings:
    """Typed access to the user's settings (``QSettings()`` of the application by default)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()
        # The application's own folder only; a store handed in may live anywhere.
        keep_private(self.store, folder=store is None)
        for name in OBSOLETE:
            self.store.remove(name)

    def get(self, key: Key[T]) -> T:
        try:
            value = self.store.value(key.name, key.default, type=key.type)
        except (TypeError, ValueError):
            return key.default
        if value is None or not isinstance(value, key.type):
            return key.default
        if isinstance(value, list):
            # Only a list key gets here with a list (``value`` is a ``key.type``); its items are
            # made the strings a ``Key[list[str]]`` promises.
            value = cast(T, [str(item) for item in value if item])
        if key.choices and value not in key.choices:
            return key.default
        return value

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
