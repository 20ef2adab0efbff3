"""The widgets of the overview page: the trajectory's names and date, its status and how far the
content has come, kept apart from the page's editing (gui/pages/overview.py), which fills it
from the document.

The texts keep the translation context of the page ("OverviewPage").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from staan_desktop.domain.status import Status

from ..i18n import QT_TRANSLATE_NOOP
from ..public_function import public_choices
from ..widgets.labels import heading, show_number

if TYPE_CHECKING:
    from staan_desktop.services.queries import ContentCounts

CONTEXT = "OverviewPage"

#: (field of TrajectoryInfo, label, undo text); the title may not be empty.
FIELDS = (
    ("title", QT_TRANSLATE_NOOP("OverviewPage", "&Titel:"), QT_TRANSLATE_NOOP("OverviewPage", "Titel wijzigen")),
    ("subtitle", QT_TRANSLATE_NOOP("OverviewPage", "&Ondertitel:"), QT_TRANSLATE_NOOP("OverviewPage", "Ondertitel wijzigen")),
    ("short_name", QT_TRANSLATE_NOOP("OverviewPage", "&Korte naam:"), QT_TRANSLATE_NOOP("OverviewPage", "Korte naam wijzigen")),
    ("procesmanager", QT_TRANSLATE_NOOP("OverviewPage", "&Procesmanager:"), QT_TRANSLATE_NOOP("OverviewPage", "Procesmanager wijzigen")),
    ("document_date", QT_TRANSLATE_NOOP("OverviewPage", "&Datum:"), QT_TRANSLATE_NOOP("OverviewPage", "Datum wijzigen")),
    ("version_label", QT_TRANSLATE_NOOP("OverviewPage", "&Versie:"), QT_TRANSLATE_NOOP("OverviewPage", "Versie wijzigen")),
)

#: What the content summary counts: (label, field of :class:`~staan_desktop.services.queries.ContentCounts`).
COUNTS = (
    (QT_TRANSLATE_NOOP("OverviewPage", "Gemeenten"), "municipalities"),
    (QT_TRANSLATE_NOOP("OverviewPage", "Werkconferenties"), "conferences"),
    (QT_TRANSLATE_NOOP("OverviewPage", "Uitspraken gedeeld beeld"), "statements"),
    (QT_TRANSLATE_NOOP("OverviewPage", "Motieven"), "motives"),
    (QT_TRANSLATE_NOOP("OverviewPage", "Taakvelden (groslijst)"), "task_fields"),
    (QT_TRANSLATE_NOOP("OverviewPage", "Preferente taakvelden"), "shortlisted"),
    (QT_TRANSLATE_NOOP("OverviewPage", "Rollen"), "roles"),
    (QT_TRANSLATE_NOOP("OverviewPage", "Opties"), "options"),
    (QT_TRANSLATE_NOOP("OverviewPage", "SWOT-punten"), "swot_points"),
    (QT_TRANSLATE_NOOP("OverviewPage", "Stappen toetsingskader"), "frame_steps"),
    (QT_TRANSLATE_NOOP("OverviewPage", "Knock-outvoorwaarden"), "knock_outs"),
    (QT_TRANSLATE_NOOP("OverviewPage", "Gekozen opties"), "chosen_options"),
    (QT_TRANSLATE_NOOP("OverviewPage", "Resultaten en acties"), "results_and_actions"),
    (QT_TRANSLATE_NOOP("OverviewPage", "Kerngetallen"), "key_figures"),
)

HEADING = QT_TRANSLATE_NOOP("OverviewPage", "Overzicht van het traject")
STATUS = QT_TRANSLATE_NOOP("OverviewPage", "Status:")
ABOUT = QT_TRANSLATE_NOOP("OverviewPage", "Traject")
DETAILS = QT_TRANSLATE_NOOP("OverviewPage", "Inhoud van het startdocument")
REQUIRED = QT_TRANSLATE_NOOP("OverviewPage", "verplicht")
DATE_EXAMPLE = QT_TRANSLATE_NOOP("OverviewPage", "bijvoorbeeld: 14 maart 2025")
SIGNED = QT_TRANSLATE_NOOP("OverviewPage", "Vastgesteld")
PUBLISH_PM = QT_TRANSLATE_NOOP("OverviewPage", "Naam procesmanager p&ubliceren:")
DRAFT = QT_TRANSLATE_NOOP("OverviewPage", "Concept")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class OverviewForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OverviewForm")
        self._labels: list[QLabel] = []
        self._status: Status | None = None
        #: Count field → its label in the words of the document's method (see show_parts).
        self._titles: dict[str, str] = {}
        #: field → its line edit
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for field, _label, _undo_text in FIELDS:
            edit = self.edits[field] = QLineEdit(self)
            edit.setObjectName(f"{field}Edit")
            label = QLabel(self)
            label.setBuddy(edit)
            self._labels.append(label)
            form.addRow(label, edit)
        # Whether the procesmanager's name appears in the public version (domain/publication.py).
        self.procesmanager_public = QComboBox(self)
        self.procesmanager_public.setObjectName("procesmanagerPublicCombo")
        # Its choices are long sentences: sized by them, the page would squeeze the side panels
        # at 1366 px. The open list still shows them in full.
        self.procesmanager_public.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.procesmanager_public.setMinimumContentsLength(14)
        self._publish_caption = QLabel(self)
        self._publish_caption.setWordWrap(True)
        self._publish_caption.setBuddy(self.procesmanager_public)
        form.addRow(self._publish_caption, self.procesmanager_public)
        self.status_label = QLabel(self)
        self._status_caption = QLabel(self)
        form.addRow(self._status_caption, self.status_label)

        self.details = QGroupBox(self)
        details_form = QFormLayout(self.details)
        self._count_values: list[QLabel] = []
        self._count_labels: list[QLabel] = []
        for _label, _count in COUNTS:
            caption, value = QLabel(self.details), show_number(QLabel(self.details))
            self._count_labels.append(caption)
            self._count_values.append(value)
            details_form.addRow(caption, value)

        columns = QHBoxLayout()
        self.about = QGroupBox(self)
        self.about.setLayout(form)
        columns.addWidget(self.about, 3)
        columns.addWidget(self.details, 2)
        self.heading = heading("", self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 18)  # the same margins as the capture pages
        outer.setSpacing(12)
        outer.addWidget(self.heading)
        outer.addLayout(columns)
        outer.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        for label, (_field, text, _undo) in zip(self._labels, FIELDS):
            label.setText(tr(text))
        self.heading.setText(tr(HEADING))
        self._publish_caption.setText(tr(PUBLISH_PM))
        current = self.procesmanager_public.currentIndex()
        self.procesmanager_public.clear()
        for choice, value in public_choices():
            self.procesmanager_public.addItem(choice, value)
        self.procesmanager_public.setCurrentIndex(max(current, 0))
        self._status_caption.setText(tr(STATUS))
        self.about.setTitle(tr(ABOUT))
        self.details.setTitle(tr(DETAILS))
        for label, (text, count) in zip(self._count_labels, COUNTS):
            label.setText(self._titles.get(count) or tr(text))
        self.edits["title"].setPlaceholderText(tr(REQUIRED))
        self.edits["document_date"].setPlaceholderText(tr(DATE_EXAMPLE))
        self.show_status(self._status)

    def show_status(self, status: Status | None) -> None:
        self._status = status
        if status is not None:
            self.status_label.setText(tr(SIGNED) if status == Status.VASTGESTELD else tr(DRAFT))

    def show_parts(self, shown: Mapping[str, bool], titles: Mapping[str, str]) -> None:
        """Count only what the document's method uses (``shown``: count field → whether it is
        used), with the method's word where it has its own (``titles``: count field → label)."""
        self._titles = dict(titles)
        layout = self.details.layout()
        assert isinstance(layout, QFormLayout), "made in __init__"
        for row, (_text, count) in enumerate(COUNTS):
            layout.setRowVisible(row, shown.get(count, True))
        self.retranslate()

    def show_counts(self, counts: ContentCounts) -> None:
        for value, (_text, count) in zip(self._count_values, COUNTS):
            value.setText(str(getattr(counts, count)))

    def show_info(self, info: Mapping[str, str]) -> None:
        for field, edit in self.edits.items():
            edit.setText(info[field])
