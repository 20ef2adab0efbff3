"""What the File ▸ Exporteren submenu offers. Each exporter becomes one menu entry that asks for
a file name and runs off the GUI thread; adding a format is adding an entry here::

    EXPORTERS.append(Exporter(
        key="docx",
        title=QT_TRANSLATE_NOOP("Exporter", "Als &Word-bestand…"),
        icon="export",
        suffix=".docx",
        file_filter=QT_TRANSLATE_NOOP("Exporter", "Word-bestanden (*.docx)"),
        run=lambda doc, target, progress: write_docx(doc, target, progress),
    ))

An exporter with ``options`` asks for them after the file name (the PDF: comments annex and a
certificate to sign with); they reach ``run`` as keywords.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from .i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
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
    run: Callable[..., object]
    shortcut: str = ""
    #: Asked on the GUI thread after the file name: keywords for ``run``, or ``None`` to cancel.
    options: Callable[[Any, Document], dict[str, Any] | None] | None = None
    #: ``run`` reports progress often and writes nothing until it is done, so the user may stop
    #: it: the progress dialog then has a Cancel button.
    cancellable: bool = False
    #: Also a button on the main toolbar (the everyday exports; the rest only in the menu).
    toolbar: bool = True

    def translated_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)

    def translated_filter(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.file_filter)


# The services (and for PDF the renderer and pyHanko) are imported when an export runs: the
# window's first frame needs only the menu entries.


def _json(doc: Document, target: Path, _progress: Progress) -> None:
    from staan_desktop.services.interchange import export_json

    export_json(doc, target)


def _pdf(doc: Document, target: Path, progress: Progress, *, public: bool = False, **options: Any) -> None:
    if public:
        from staan_desktop.services.publication import export_public

        export_public(doc, version=options.get("version"), pdf_path=target)
        return
    from staan_desktop.services.pdf_export import export_pdf

    export_pdf(doc, target, progress=progress, **options)


def _ask_pdf_options(parent: Any, doc: Document) -> dict[str, Any] | None:
    from .pdf_options import ask_pdf_options

    return ask_pdf_options(parent, doc)


def _docx(doc: Document, target: Path, _progress: Progress, *, template: Path | None = None,
          public: bool = False) -> None:
    if public:
        from staan_desktop.services.publication import export_public

        export_public(doc, docx_path=target, template=template)
    else:
        from staan_desktop.services.word_export import export_docx

        export_docx(doc, target, template=template)


def _ask_word_options(parent: Any, doc: Document) -> dict[str, Any] | None:
    from .word_options import ask_word_options

    return ask_word_options(parent, doc)


def _public_pdf(doc: Document, target: Path, _progress: Progress) -> None:
    from staan_desktop.services.publication import export_public

    export_public(doc, pdf_path=target)


def _bundle(doc: Document, target: Path, _progress: Progress, *, template: Path | None = None) -> None:
    from staan_desktop.services.publication import export_bundle

    export_bundle(doc, target, template=template)


def _remembered_template(_parent: Any, _doc: Document) -> dict[str, Any]:
    from .word_options import remembered_template

    return remembered_template()


EXPORTERS: list[Exporter] = [
    Exporter(
        key="pdf",
        title=QT_TRANSLATE_NOOP("Exporter", "Startdocument als &PDF…"),
        icon="export-pdf",
        suffix=".pdf",
        file_filter=QT_TRANSLATE_NOOP("Exporter", "PDF-bestanden (*.pdf)"),
        run=_pdf,
        shortcut="Ctrl+E",
        options=_ask_pdf_options,
        cancellable=True,  # progress per page; the file is written at the end, atomically
    ),
    Exporter(
        key="docx",
        title=QT_TRANSLATE_NOOP("Exporter", "Startdocument als &Word-bestand…"),
        icon="export-word",
        suffix=".docx",
        file_filter=QT_TRANSLATE_NOOP("Exporter", "Word-bestanden (*.docx)"),
        run=_docx,
        options=_ask_word_options,
    ),
    Exporter(
        key="public-pdf",
        title=QT_TRANSLATE_NOOP("Exporter", "&Openbare versie als PDF…"),
        icon="export-public",
        suffix=".pdf",
        file_filter=QT_TRANSLATE_NOOP("Exporter", "PDF-bestanden (*.pdf)"),
        run=_public_pdf,
        toolbar=False,
    ),
    Exporter(
        key="bundle",
        title=QT_TRANSLATE_NOOP("Exporter", "&Publicatiebundel (ZIP)…"),
        icon="export-bundle",
        suffix=".zip",
        file_filter=QT_TRANSLATE_NOOP("Exporter", "ZIP-bestanden (*.zip)"),
        run=_bundle,
        options=_remembered_template,
        toolbar=False,
    ),
    Exporter(
        key="json",
        title=QT_TRANSLATE_NOOP("Exporter", "Als &JSON-bestand…"),
        icon="export-json",
        suffix=".json",
        file_filter=QT_TRANSLATE_NOOP("Exporter", "JSON-bestanden (*.json)"),
        run=_json,
    ),
]
