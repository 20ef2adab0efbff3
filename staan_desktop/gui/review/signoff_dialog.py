"""Recording the steering group's decision (which freezes the version), and starting a new
concept version afterwards. After either, the workspace should clear its undo stack: an undo
of an edit from before the freeze would be refused, and after a new draft it is meaningless.

The sign-off form is drawn in Qt Designer (``ui/signoff_dialog.ui``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from staan_desktop.domain.review_info import SignoffInfo
from staan_desktop.services import review, signoff, versions
from staan_desktop.services.errors import StaanError
from staan_desktop.services.interchange import load_tree
from staan_desktop.services.store import Document

from ..forms.ui_signoff_dialog import Ui_SignoffDialog
from ..refusals import refusal_text


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
        self.ui = Ui_SignoffDialog()
        self.ui.setupUi(self)
        state = versions.state(doc)
        self.ui.introLabel.setText(
            self.tr("Hiermee wordt versie %1 vastgesteld en bevroren. Daarna kan de inhoud alleen nog "
                    "worden gewijzigd in een nieuwe conceptversie.").replace("%1", str(state.working))
        )
        self.date = self.ui.dateEdit
        self.date.setDate(QDate.currentDate())
        self.meeting = self.ui.meetingEdit
        self.members = self.ui.membersEdit
        self.members.setPlainText("\n".join(steering_group_members(doc)))

        open_count = len(review.open_comments(doc))
        self.warning = self.ui.warningLabel
        if open_count:
            self.warning.setText(self.tr("Let op: er staan nog %n opmerking(en) open.", "", open_count))
        self.error = self.ui.error
        # A refusal speaks of what was entered: once that changes, it no longer holds.
        self.date.dateChanged.connect(self.error.clear)
        self.meeting.textChanged.connect(self.error.clear)
        self.members.textChanged.connect(self.error.clear)

        self.buttons = self.ui.buttonBox
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Vaststellen"))
        self.buttons.accepted.connect(self.sign_off)

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
            self.error.setText(refusal_text(exc))
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
        QMessageBox.warning(parent, title, refusal_text(exc))
        return False
    return True
