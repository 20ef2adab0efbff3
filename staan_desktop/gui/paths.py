"""Where the application keeps its own files (the demo document, logs) on this machine.

``STAAN_DATA_DIR`` overrides the platform's folder so that tests and portable installs never
touch the user's real profile. ``platformdirs`` is imported when a folder is first asked for:
a document named on the command line opens without it.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "STAAN Desktop"
ORGANISATION = "STAAN"
DATA_DIR_ENV = "STAAN_DATA_DIR"


def _private_dir(path: Path) -> Path:
    # Logs and the demo may hold names of people: readable by the owner only.
    path.mkdir(parents=True, exist_ok=True)
    try:
        path.chmod(0o700)
    except OSError:
        pass
    return path


def data_dir() -> Path:
    import platformdirs

    override = os.environ.get(DATA_DIR_ENV)
    base = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, ORGANISATION))
    return _private_dir(base)


def log_dir() -> Path:
    import platformdirs

    override = os.environ.get(DATA_DIR_ENV)
    base = Path(override) / "logs" if override else Path(platformdirs.user_log_dir(APP_NAME, ORGANISATION))
    return _private_dir(base)


def demo_path() -> Path:
    return data_dir() / "Voorbeeldtraject.staan"


#: The file each shipped example is made into (``name`` as in ``interchange.EXAMPLES``).
EXAMPLE_FILES = {
    "verkenning-noaberkracht": "Voorbeeldverkenning.staan",
    "startgesprek-bel": "Voorbeeld startgesprek BEL.staan",
}


def example_path(name: str = "verkenning-noaberkracht") -> Path:
    """Where a shipped example is made the first time it is opened."""
    return data_dir() / EXAMPLE_FILES.get(name, f"Voorbeeld {name}.staan")


def documents_dir() -> Path:
    """The folder offered for new documents until the user picks a default in the settings."""
    import platformdirs

    home = Path(platformdirs.user_documents_dir())
    return home if home.is_dir() else Path.home()
