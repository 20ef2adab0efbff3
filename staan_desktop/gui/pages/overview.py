"""The trajectory at a glance: its names and date (editable) and how far the content has come."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from staan_desktop.domain.document import Status, TrajectoryInfo
from staan_desktop.services import edits
from staan_desktop.services.edits import Change
from staan_desktop.services.interchange import load_info
from staan_desktop.services.queries import content_counts

from ..context import WorkspaceContext
from ..text_binding import TextBinding
from ..widgets.beamer import heading
from .base import Page

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
)


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("OverviewPage", text)


class OverviewPage(Page):
    title = QT_TRANSLATE_NOOP("Page", "Overzicht")
    icon = "page-overview"
    shortcut = "Ctrl+1"
    tables = frozenset({"trajectory", "municipality", "conference", "statement", "motive", "task_field", "role"})
    #: The counts are only a summary: an undo elsewhere shows the page where it was made.
    home_tables = frozenset({"trajectory"})

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._labels: list[QLabel] = []
        self._info: TrajectoryInfo | None = None
        self.bindings: dict[str, TextBinding] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for field, _label, undo_text in FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"{field}Edit")
            label = QLabel(self)
            label.setBuddy(edit)
            self._labels.append(label)
            form.addRow(label, edit)
            self.bindings[field] = TextBinding(
                edit,
                context,
                _tr(undo_text),
                lambda value, field=field: edits.update_trajectory(context.doc, **{field: value}),
                ("trajectory", field),
                required=field == "title",
            )
        self.status_label = QLabel(self)
        self._status_caption = QLabel(self)
        form.addRow(self._status_caption, self.status_label)

        self.details = QGroupBox(self)
        details_form = QFormLayout(self.details)
        self.details.setLayout(details_form)
        self._count_values: list[QLabel] = []
        self._count_labels: list[QLabel] = []
        for _label, _count in COUNTS:
            caption, value = QLabel(self.details), QLabel(self.details)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._count_labels.append(caption)
            self._count_values.append(value)
            details_form.addRow(caption, value)

        columns = QHBoxLayout()
        left = QGroupBox(self)
        left.setLayout(form)
        self.about = left
        columns.addWidget(left, 3)
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
            label.setText(_tr(text))
        for binding, (_field, _text, undo_text) in zip(self.bindings.values(), FIELDS):
            binding.undo_text = _tr(undo_text)
        self.heading.setText(self.tr("Overzicht van het traject"))
        self._status_caption.setText(self.tr("Status:"))
        self.about.setTitle(self.tr("Traject"))
        self.details.setTitle(self.tr("Inhoud van het startdocument"))
        for label, (text, _count) in zip(self._count_labels, COUNTS):
            label.setText(_tr(text))
        self.bindings["title"].edit.setPlaceholderText(self.tr("verplicht"))
        self.bindings["document_date"].edit.setPlaceholderText(self.tr("bijvoorbeeld: 14 maart 2025"))
        self._show_status()

    def refresh(self, change: Change | None) -> None:
        # The trajectory's own fields and counts in SQL: load_tree would read every score.
        info = self._info = load_info(self.context.doc)
        for field, binding in self.bindings.items():
            binding.show(str(getattr(info, field)))
            binding.set_read_only(self.read_only)
        counts = content_counts(self.context.doc)
        for value, (_text, count) in zip(self._count_values, COUNTS):
            value.setText(str(getattr(counts, count)))
        self._show_status()

    def _show_status(self) -> None:
        if self._info is None:
            return
        signed = self._info.status == Status.VASTGESTELD
        self.status_label.setText(self.tr("Vastgesteld") if signed else self.tr("Concept"))
