"""One block of a chapter: an editable text, or a labelled placeholder for a structured part
(the statements, the interests tables, the scores…) that links to the page where it is made."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from staan_desktop.domain.document import BlockKind
from staan_desktop.services import edits
from staan_desktop.services.queries import Block

from .. import icons
from ..context import WorkspaceContext
from ..i18n import QT_TRANSLATE_NOOP
from ..pages import SPECS
from ..text_binding import TextBinding
from .markup_editor import MarkupEditor, MarkupPreview


def _tr(text: str) -> str:
    return QCoreApplication.translate("BlockWidget", text)


#: kind → (what the placeholder says, the key of the page that makes it). Translated when shown.
STRUCTURED: dict[str, tuple[str, str]] = {
    BlockKind.STATEMENTS.value: (QT_TRANSLATE_NOOP("BlockWidget", "Uitspraken van het gedeeld beeld"), "ambition"),
    BlockKind.MOTIVES.value: (QT_TRANSLATE_NOOP("BlockWidget", "De motieven (de 5 K's)"), "motives"),
    BlockKind.INTERESTS.value: (QT_TRANSLATE_NOOP("BlockWidget", "Tabellen met de belangen per gemeente"), "interests"),
    BlockKind.DIFFERENCES.value: (QT_TRANSLATE_NOOP("BlockWidget", "Verschillen tussen de gemeenten"), ""),
    BlockKind.CRITERIA.value: (QT_TRANSLATE_NOOP("BlockWidget", "De criteria waarop is gescoord"), "scoring"),
    BlockKind.CLASSIFICATION.value: (QT_TRANSLATE_NOOP("BlockWidget", "De indeling: zeer kansrijk, kansrijk, kansrijk op termijn"), "scoring"),
    BlockKind.SCORES.value: (QT_TRANSLATE_NOOP("BlockWidget", "De scoretabel"), "scoring"),
    BlockKind.OWNERS.value: (QT_TRANSLATE_NOOP("BlockWidget", "Eigenaren en projectleiders per taakveld"), "owners"),
    BlockKind.ROLES.value: (QT_TRANSLATE_NOOP("BlockWidget", "De rollen: stuurgroep, eigenaar, projectleider, procesmanager"), "roles"),
    BlockKind.RULES.value: (QT_TRANSLATE_NOOP("BlockWidget", "Spelregels"), "rules"),
    BlockKind.OPTIONS.value: (QT_TRANSLATE_NOOP("BlockWidget", "De opties met hun SWOT en de vergelijking"), "options"),
    BlockKind.FRAME.value: (QT_TRANSLATE_NOOP("BlockWidget", "Het toetsingskader met de knock-outs per optie"), "frame"),
    BlockKind.DECISION.value: (QT_TRANSLATE_NOOP("BlockWidget", "Het besluit over de opties"), "decision"),
    # What follows the session: edited on their pages where there is one, otherwise from the JSON.
    BlockKind.PARTIES.value: (QT_TRANSLATE_NOOP("BlockWidget", "De partijen aan tafel"), ""),
    BlockKind.ACTIONS.value: (QT_TRANSLATE_NOOP("BlockWidget", "Resultaten en acties"), ""),
    BlockKind.KEY_FIGURES.value: (QT_TRANSLATE_NOOP("BlockWidget", "Kerngetallen per gemeente"), ""),
    BlockKind.COST_KEYS.value: (QT_TRANSLATE_NOOP("BlockWidget", "Kostenverdeelsleutels naast elkaar"), ""),
    BlockKind.MANDATES.value: (QT_TRANSLATE_NOOP("BlockWidget", "Kaders en vragen van de raden: waar beantwoord"), ""),
    BlockKind.OPEN_QUESTIONS.value: (QT_TRANSLATE_NOOP("BlockWidget", "Uitdagingen en open vragen"), ""),
    BlockKind.KNOWLEDGE_AGENDA.value: (QT_TRANSLATE_NOOP("BlockWidget", "Kennisagenda"), ""),
    BlockKind.COOPERATIONS.value: (QT_TRANSLATE_NOOP("BlockWidget", "Bestaande samenwerkingen"), ""),
}


class BlockWidget(QFrame):
    #: Move this block one place: -1 up, +1 down.
    move_requested = Signal(int, int)
    remove_requested = Signal(int)
    #: The name of the page class that makes a structured block.
    open_page = Signal(str)

    def __init__(self, block: Block, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block = block
        self.context = context
        self.binding: TextBinding | None = None
        self.editor: MarkupEditor | None = None
        self.preview: MarkupPreview | None = None
        self.differences: DifferencesEditor | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)

        caption = QLabel(self)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(caption, 1)
        for icon, tip, slot in (
            ("move-up", QCoreApplication.translate("BlockWidget", "Blok omhoog (Alt+↑)"), lambda: self.move_requested.emit(block.id, -1)),
            ("move-down", QCoreApplication.translate("BlockWidget", "Blok omlaag (Alt+↓)"), lambda: self.move_requested.emit(block.id, 1)),
            ("remove", QCoreApplication.translate("BlockWidget", "Blok verwijderen"), lambda: self.remove_requested.emit(block.id)),
        ):
            button = QPushButton(icons.get(icon), "", self)
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            button.setEnabled(not context.read_only)
            top.addWidget(button)
        layout.addLayout(top)

        if block.kind == BlockKind.TEXT.value:
            caption.setText(QCoreApplication.translate("BlockWidget", "Tekst"))
            self.editor = MarkupEditor(self)
            self.editor.setObjectName(f"block{block.id}")
            self.editor.setReadOnly(context.read_only)
            self.preview = MarkupPreview(self)
            self.binding = TextBinding(
                self.editor,
                context,
                QCoreApplication.translate("BlockWidget", "Tekst wijzigen"),
                lambda text: edits.update_block(context.doc, block_id=block.id, text=text),
                ("block", block.id, "text"),
            )
            self.editor.textChanged.connect(lambda: self.preview.show_markup(self.editor.toPlainText()))
            self.editor.installEventFilter(self)
            self.binding.show(block.text)
            self.preview.show_markup(block.text)
            layout.addWidget(self.editor)
            layout.addWidget(self.preview)
            return

        label, page = STRUCTURED.get(block.kind, (block.kind, ""))
        caption.setText(_tr(label))
        font = caption.font()
        font.setBold(True)
        caption.setFont(font)
        self.setStyleSheet("BlockWidget { border: 2px dashed palette(mid); border-radius: 6px; }")
        if block.kind == BlockKind.DIFFERENCES.value:
            self.differences = DifferencesEditor(context, self)
            layout.addWidget(self.differences)
        if page:
            where = QLabel(QCoreApplication.translate("BlockWidget", "Dit deel wordt ingevuld op de pagina ‘{0}’.").format(SPECS[page].translated_title()), self)
            where.setTextFormat(Qt.TextFormat.PlainText)
            where.setWordWrap(True)  # beside the outline on a laptop with panels open: never wider than the page
            go = QPushButton(icons.get("next"), QCoreApplication.translate("BlockWidget", "Naar ‘{0}’").format(SPECS[page].translated_title()), self)
            go.clicked.connect(lambda: self.open_page.emit(page))
            row = QHBoxLayout()
            row.addWidget(where, 1)
            row.addWidget(go)
            layout.addLayout(row)

    def show_text(self, text: str) -> None:
        if self.binding is not None:
            self.binding.show(text)

    def flush(self) -> None:
        for binding in (self.binding, self.differences.binding if self.differences else None):
            if binding is not None:
                binding.flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.editor
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_requested.emit(self.block.id, -1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return False


class DifferencesEditor(QFrame):
    """The noted differences between the municipalities: text of the trajectory itself."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = MarkupEditor(self)
        self.editor.setReadOnly(context.read_only)
        self.binding = TextBinding(
            self.editor,
            context,
            QCoreApplication.translate("BlockWidget", "Verschillen tussen de gemeenten wijzigen"),
            lambda text: edits.update_trajectory(context.doc, differences=text),
            ("trajectory", 1, "differences"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)
