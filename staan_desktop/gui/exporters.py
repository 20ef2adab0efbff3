"""What the File ▸ Exporteren submenu offers. Each exporter becomes one menu entry that asks for
a file name and runs off the GUI thread; adding a format is adding an entry here::

    EXPORTERS.insert(0, Exporter(
        key="pdf",
        title=QT_TRANSLATE_NOOP("Exporter", "Startdocument als &PDF…"),
        icon="export-pdf",
        suffix=".pdf",
        file_filter=QT_TRANSLATE_NOOP("Exporter", "PDF-bestanden (*.pdf)"),
        run=lambda doc, target, progress: render_pdf(doc, target, progress),
        shortcut="Ctrl+E",
    ))
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from staan_desktop.services.interchange import export_json
from staan_desktop.services.store import Document

from .tasks import Progress

CONTEXT = "Exporter"


@dataclass(frozen=True)
class Exporter:
    key: str
    #: Dutch menu text, marked with QT_TRANSLATE_NOOP("Exporter", …).
    title: str
    icon: str
    suffix: str
    file_filter: str
    #: Runs on a worker thread; writes ``target`` completely or not at all.
    run: Callable[[Document, Path, Progress], None]
    shortcut: str = ""

    def translated_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)

    def translated_filter(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.file_filter)


def _json(doc: Document, target: Path, _progress: Progress) -> None:
    export_json(doc, target)


EXPORTERS: list[Exporter] = [
    Exporter(
        key="json",
        title=QT_TRANSLATE_NOOP("Exporter", "Als &JSON-bestand…"),
        icon="export-json",
        suffix=".json",
        file_filter=QT_TRANSLATE_NOOP("Exporter", "JSON-bestanden (*.json)"),
        run=_json,
    ),
]
