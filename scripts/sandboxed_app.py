"""The application as the screenshot scripts start it: a throw-away data folder and settings
(so the user's own are never touched), the chosen colour scheme and language applied."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def sandboxed_app(*, dark: bool = False, lang: str = "nl", prefix: str = "staan-shot-", **more: Any):  # type: ignore[no-untyped-def]
    """Return ``(QApplication, Settings, scratch folder)``; ``more`` are further settings keys
    (as declared in ``gui/settings.py``) to set before the look and language are applied."""
    scratch = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["STAAN_DATA_DIR"] = str(scratch / "data")
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    os.environ["XDG_DATA_HOME"] = str(scratch / "xdg-data")

    from PySide6.QtCore import QSettings

    from staan_desktop.gui import app as staan_app
    from staan_desktop.gui import settings as keys

    qapp = staan_app.create_application([sys.argv[0]])
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(scratch / "config"))
    settings = keys.Settings()
    settings.set(keys.COLOR_SCHEME, "dark" if dark else "light")
    settings.set(keys.LANGUAGE, lang)
    for name, value in more.items():
        settings.set(getattr(keys, name), value)
    staan_app.prepare(qapp, settings)
    return qapp, settings, scratch
