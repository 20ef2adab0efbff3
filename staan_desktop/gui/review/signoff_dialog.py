"""Recording the steering group's decision (which freezes the version), and starting a new
concept version afterwards. After either, the workspace should clear its undo stack: an undo
of an edit from before the freeze would be refused, and after a new draft it is meaningless."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from staan_desktop.domain.review_info import SignoffInfo
from staan_desktop.services import review, signoff, versions
from staan_desktop.services.errors import StaanError
from staan_desktop.services.interchange import load_tree
from staan_desktop.services.store import Document


def steering_group_members(doc: Document) -> list[str]:
    """The members of the role called *stuurgroep*, to start the list of who agreed."""
    tree = load_tree(doc)
    return [m.name for role in tree.roles if "stuurgroep" in role.name.lower() for m in role.members]


class SignoffDialog(QDialog):
    """Asks for date, meeting and members, then signs off. :attr:`info` is set on success."""

    def __init__(self, doc: Document, recorded_by: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.recorded_by = recorded_by
        self.info: SignoffInfo | None = None
        state = versions.state(doc)
        self.setWindowTitle(self.tr("Vaststellen door de stuurgroep"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr("Hiermee wordt versie %1 vastgesteld en bevroren. Daarna kan de inhoud alleen nog "
                    "worden gewijzigd in een nieuwe conceptversie.").replace("%1", str(state.working)),
            self,
        )
        intro.setWordWrap(True)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.meeting = QLineEdit(self)
        self.meeting.setPlaceholderText(self.tr("bijvoorbeeld: Stuurgroep 3"))
        self.members = QPlainTextEdit(self)
        self.members.setPlaceholderText(self.tr("Eén naam per regel"))
        self.members.setTabChangesFocus(True)
        self.members.setPlainText("\n".join(steering_group_members(doc)))
        form = QFormLayout()
        form.addRow(self.tr("Datum van het besluit"), self.date)
        form.addRow(self.tr("Vergadering"), self.meeting)
        form.addRow(self.tr("Ingestemd door"), self.members)

        open_count = len(review.open_comments(doc))
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        if open_count:
            self.warning.setText(self.tr("Let op: er staan nog %n opmerking(en) open.", "", open_count))
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Vaststellen"))
        self.buttons.accepted.connect(self.sign_off)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def member_names(self) -> list[str]:
        return [line.strip() for line in self.members.toPlainText().splitlines() if line.strip()]

    def sign_off(self) -> None:
        try:
            self.info = signoff.sign_off(
                self.doc,
                decided_on=self.date.date().toString("yyyy-MM-dd"),
                members=self.member_names(),
                meeting=self.meeting.text(),
                recorded_by=self.recorded_by,
            )
        except StaanError as exc:
            # Stay open so that the facilitator can correct the date or the names.
            self.error.setText(exc.message)
            return
        self.accept()


def start_new_draft(doc: Document, parent: QWidget | None = None, started_by: str = "") -> bool:
    """Ask, then start a new concept version; returns whether it was started."""
    state = versions.state(doc)
    title = QCoreApplication.translate("NewDraft", "Nieuwe conceptversie")
    question = QCoreApplication.translate(
        "NewDraft", "Versie %1 blijft vastgesteld zoals die is. Wilt u verder werken in een nieuwe conceptversie %2?"
    )
    answer = QMessageBox.question(
        parent, title, question.replace("%1", str(state.working)).replace("%2", str(state.working + 1))
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        versions.start_new_draft(doc, started_by=started_by)
    except StaanError as exc:
        QMessageBox.warning(parent, title, exc.message)
        return False
    return True
