"""The list of review comments: the facilitator sees the open ones, jumps to the item and
resolves them; a reviewer sees them too and can withdraw their own. Comments are not undoable
edits (they are notes, not content), so they go straight to ``services.review``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from staan_desktop.services import review
from staan_desktop.services.errors import StaanError
from staan_desktop.services.store import Document

from ..forms.ui_add_comment_dialog import Ui_AddCommentDialog
from ..refusals import refusal_text
from .table_model import RECORD_ROLE, RecordsModel


class CommentsPanel(QWidget):
    #: (table, id) of the item a comment is about: the workspace shows that page and item.
    jump_requested = Signal(str, int)
    #: A service refused (message, details); the workspace shows it like any refusal.
    refused = Signal(str, str)

    def __init__(self, doc: Document, facilitator: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        #: The facilitator's name for "afgehandeld door"; reviewers have theirs on the document.
        self.facilitator = facilitator
        self.is_reviewer = isinstance(doc, review.ReviewDocument)

        self.show_all = QCheckBox(self.tr("Ook afgehandelde opmerkingen tonen"), self)
        self.show_all.toggled.connect(self.refresh)
        self.model = RecordsModel(
            [self.tr("Onderdeel"), self.tr("Opmerking"), self.tr("Van"), self.tr("Datum"), self.tr("Status")],
            [
                lambda c: c.target_label + ("" if c.target_exists else self.tr(" (bestaat niet meer)")),
                lambda c: " ".join(c.text.split()),
                lambda c: f"{c.author} ({c.party})" if c.party else c.author,
                lambda c: c.created_at[:16].replace("T", " "),
                lambda c: self.tr("open") if c.is_open else self.tr("afgehandeld door %1").replace("%1", c.resolved_by),
            ],
            self,
            tooltip=lambda c: c.text + (f"\n\n↳ {c.resolution}" if c.resolution else ""),
        )
        # Readable beside the pages at 1366×768: never a sliver with one word a line.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 44)
        self.table = QTableView(self)
        self.table.setObjectName("commentsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # In a narrow dock the comment must be readable in full, not only in its tooltip: the other
        # columns are as wide as a date (names, date and time wrap), the comment takes the rest,
        # and rows grow with its text.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # The comment keeps at least a third of the narrowest panel: the columns around it give way
        # (the part's name, the author and the status wrap; the date fits).
        self._date_width = self.table.fontMetrics().horizontalAdvance("2026-12-01") + 12
        for column in (0, 2, 3, 4):
            header.resizeSection(column, self._date_width)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._jump_to)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.resolution = QLineEdit(self)
        self.resolution.setPlaceholderText(self.tr("Hoe is het afgehandeld? (mag leeg blijven)"))
        self.jump_button = QPushButton(self.tr("Ga naar onderdeel"), self)
        self.jump_button.clicked.connect(lambda: self._jump_to(self.table.currentIndex()))
        self.resolve_button = QPushButton(self.tr("Afhandelen"), self)
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.withdraw_button = QPushButton(self.tr("Intrekken"), self)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.resolution.setVisible(not self.is_reviewer)
        self.resolve_button.setVisible(not self.is_reviewer)

        # The reason on a line of its own, the buttons below it: side by side they needed more
        # than the panel keeps beside a wide page at 1366 px, and were cut.
        buttons = QHBoxLayout()
        buttons.addWidget(self.jump_button)
        buttons.addStretch(1)
        for button in (self.resolve_button, self.withdraw_button):
            buttons.addWidget(button)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.show_all)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.resolution)
        layout.addLayout(buttons)
        # Never narrower than its row of buttons either, whatever the page beside it asks for.
        row = sum(button.minimumSizeHint().width() + buttons.spacing() for button in (self.jump_button, self.resolve_button, self.withdraw_button))
        margins = layout.contentsMargins()
        self.setMinimumWidth(max(self.minimumWidth(), row + margins.left() + margins.right()))
        self.refresh()

    def refresh(self) -> None:
        comments = review.list_comments(self.doc, open_only=not self.show_all.isChecked())
        self.model.set_records(comments)
        self._fit_author_column()
        self.table.setColumnHidden(4, not self.show_all.isChecked())  # only open ones: all say "open"
        open_count = sum(1 for c in comments if c.is_open)
        self.count_label.setText(self.tr("%n openstaande opmerking(en)", "", open_count))
        self._update_buttons()

    def _fit_author_column(self) -> None:
        """Names and municipalities wrap at spaces, but a word is never cut: the author column is
        as wide as the longest word in it ("(Tynaarlo)" read "(Tynaa…"), within bounds that
        leave the comment most of the panel."""
        metrics = self.table.fontMetrics()
        words = [word for row in range(self.model.rowCount()) for word in str(self.model.index(row, 2).data()).split()]
        widest = max((metrics.horizontalAdvance(word) for word in words), default=0) + 12
        self.table.horizontalHeader().resizeSection(2, min(max(widest, self._date_width * 3 // 4), self._date_width * 3 // 2))

    def selected(self) -> review.CommentView | None:
        index = self.table.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def _update_buttons(self) -> None:
        comment = self.selected()
        self.jump_button.setEnabled(bool(comment and comment.target_table and comment.target_exists))
        self.resolve_button.setEnabled(bool(comment and comment.is_open and self.facilitator))
        own = comment is not None and (not self.is_reviewer or comment.author == getattr(self.doc, "author", ""))
        self.withdraw_button.setEnabled(bool(comment and comment.is_open and own))

    def _jump_to(self, index: QModelIndex) -> None:
        comment = index.data(RECORD_ROLE) if index.isValid() else None
        if comment is not None and comment.target_table and comment.target_exists and comment.target_id is not None:
            self.jump_requested.emit(comment.target_table, comment.target_id)

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except StaanError as exc:
            self.refused.emit(refusal_text(exc), exc.details)
        self.refresh()

    def resolve_selected(self) -> None:
        comment = self.selected()
        if comment is not None:
            text = self.resolution.text()
            self._run(lambda: review.resolve_comment(self.doc, comment.id, resolved_by=self.facilitator, resolution=text))
            self.resolution.clear()

    def withdraw_selected(self) -> None:
        comment = self.selected()
        if comment is not None:
            self._run(lambda: review.withdraw_comment(self.doc, comment.id))


class AddCommentDialog(QDialog):
    """Asks for the text of a comment on ``target_label``, and for whom its writer speaks; the
    caller stores it with ``review.add_comment`` (the page knows which item is meant). The
    form is drawn in Qt Designer (``ui/add_comment_dialog.ui``)."""

    def __init__(self, target_label: str, parent: QWidget | None = None, *, author: str = "", party: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_AddCommentDialog()
        self.ui.setupUi(self)
        self._target_label = target_label
        self.text = self.ui.commentEdit
        self.ui.authorLabel.setText(author)
        self.ui.authorCaption.setVisible(bool(author))
        self.ui.authorLabel.setVisible(bool(author))
        self.ui.partyEdit.setText(party)
        self.buttons = self.ui.buttonBox
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.text.textChanged.connect(lambda: ok.setEnabled(bool(self.comment_text())))
        # Enter starts a new line in the comment; Ctrl+Enter places it, as in mail and chat.
        self.text.installEventFilter(self)
        self._retranslate()
        self.text.setFocus()

    def _retranslate(self) -> None:
        self.ui.aboutLabel.setText(self.tr("Bij: %1").replace("%1", self._target_label))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(self.tr("Ctrl+Enter"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.text
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if self.comment_text():
                self.accept()
            return True
        return super().eventFilter(watched, event)

    def comment_text(self) -> str:
        return self.text.toPlainText().strip()

    def party(self) -> str:
        """The municipality the writer speaks for (empty: none given)."""
        return " ".join(self.ui.partyEdit.text().split())
