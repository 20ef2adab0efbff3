"""The room's panel as the facilitator sees it (its widgets, no behaviour: that is
:class:`.room_panel.RoomControls`), and the undo step for the scores a closed round wrote."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from staan_desktop.services import edits
from staan_desktop.services.edits import Change

from .context import WorkspaceContext


class RoomScoresCommand(QUndoCommand):
    """The municipalities' scores a closed round wrote through ``set_score``: already done when
    pushed; undo and redo revert them all, and the window redraws once."""

    def __init__(self, context: WorkspaceContext, text: str, changes: list[Change]) -> None:
        super().__init__(text)
        self._context = context
        self._changes = changes
        self._first = True

    def _notify(self) -> None:
        if self._changes:
            self._context._after(self._changes[-1])

    def redo(self) -> None:
        if not self._first:
            self._changes = [edits.revert(self._context.doc, change) for change in reversed(self._changes)]
        self._first = False
        self._notify()

    def undo(self) -> None:
        self._changes = [edits.revert(self._context.doc, change) for change in reversed(self._changes)]
        self._notify()


class RoomPanel(QWidget):
    """What the facilitator does with the room: rounds, moderation, hand votes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = QLabel(self)
        self.address.setWordWrap(True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Another network of this laptop (the hotspot instead of the venue's Wi-Fi): the room
        # opens again there, with a new address and code.
        self.hosts = QComboBox(self)
        self.code = QLabel(self)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preflight = QLabel(self)
        self.preflight.setWordWrap(True)
        self.show_card = QPushButton(self)
        self.show_card.setCheckable(True)
        self.presence = QLabel(self)
        self.presence.setWordWrap(True)

        # The second QR code: the Wi-Fi the phones join first (remembered in the settings).
        self.wifi = QGroupBox(self)
        self.wifi_ssid = QLineEdit(self.wifi)
        self.wifi_password = QLineEdit(self.wifi)
        self.wifi_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.wifi_code = QLabel(self.wifi)
        self.wifi_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wifi_state = QLabel(self.wifi)
        self.wifi_state.setWordWrap(True)
        self.wifi_form = QFormLayout(self.wifi)
        # Labels of their own: addRow("", …) makes none, so a translated text had nowhere to go.
        self.wifi_labels = [QLabel(self.wifi), QLabel(self.wifi)]
        self.wifi_form.addRow(self.wifi_labels[0], self.wifi_ssid)
        self.wifi_form.addRow(self.wifi_labels[1], self.wifi_password)
        self.wifi_form.addRow(self.wifi_code)
        self.wifi_form.addRow(self.wifi_state)
        self.cards = QPushButton(self)
        self.cards_state = QLabel(self)
        self.cards_state.setWordWrap(True)

        self.rounds = QGroupBox(self)
        self.rule = QComboBox(self.rounds)
        self.anonymity = QComboBox(self.rounds)
        self.score_fields = QPushButton(self.rounds)
        self.score_options = QPushButton(self.rounds)
        self.statements = QPushButton(self.rounds)
        self.poll = QPushButton(self.rounds)
        self.interests = QPushButton(self.rounds)
        self.swot = QPushButton(self.rounds)
        self.ideas = QPushButton(self.rounds)
        self.close_round = QPushButton(self.rounds)
        self.reveal = QPushButton(self.rounds)
        self.round_state = QLabel(self.rounds)
        self.round_state.setWordWrap(True)
        rounds = QVBoxLayout(self.rounds)
        rounds.addWidget(self.rule)
        rounds.addWidget(self.anonymity)
        for button in (self.score_fields, self.score_options, self.statements, self.poll, self.interests, self.swot,
                       self.ideas):
            rounds.addWidget(button)
        row = QHBoxLayout()
        row.addWidget(self.close_round)
        row.addWidget(self.reveal)
        rounds.addLayout(row)
        rounds.addWidget(self.round_state)

        self.moderation = QGroupBox(self)
        self.pending = QListWidget(self.moderation)
        self.pending.setWordWrap(True)
        self.accept = QPushButton(self.moderation)
        self.reject = QPushButton(self.moderation)
        moderation = QVBoxLayout(self.moderation)
        moderation.addWidget(self.pending)
        row = QHBoxLayout()
        row.addWidget(self.accept)
        row.addWidget(self.reject)
        moderation.addLayout(row)

        self.hand = QGroupBox(self)
        self.hand_municipality = QComboBox(self.hand)
        self.hand_item = QComboBox(self.hand)
        self.hand_criterion = QComboBox(self.hand)
        self.hand_value = QSpinBox(self.hand)
        self.hand_add = QPushButton(self.hand)
        self.hand_form = QFormLayout(self.hand)
        self.hand_labels = [QLabel(self.hand) for _ in range(4)]
        for label, field in zip(
            self.hand_labels, (self.hand_municipality, self.hand_item, self.hand_criterion, self.hand_value), strict=True
        ):
            self.hand_form.addRow(label, field)
        self.hand_form.addRow(self.hand_add)

        layout = QVBoxLayout(self)
        for widget in (self.address, self.hosts, self.code, self.show_card, self.preflight, self.wifi, self.cards,
                       self.cards_state, self.presence, self.rounds, self.moderation, self.hand):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.show_card.setText(self.tr("QR-code op de projector"))
        self.hosts.setToolTip(self.tr("Het netwerk waarop telefoons de zaal bereiken"))
        self.rounds.setTitle(self.tr("Ronde"))
        current = self.rule.currentIndex()
        self.rule.clear()
        self.rule.addItem(self.tr("Gemeentescore: gemiddelde"), "mean")
        self.rule.addItem(self.tr("Gemeentescore: mediaan"), "median")
        self.rule.setCurrentIndex(max(0, current))
        current = self.anonymity.currentIndex()
        self.anonymity.clear()
        self.anonymity.addItem(self.tr("Per gemeente"), "municipality")
        self.anonymity.addItem(self.tr("Anoniem"), "anonymous")
        self.anonymity.addItem(self.tr("Op naam"), "named")
        self.anonymity.setCurrentIndex(max(0, current))
        self.anonymity.setToolTip(self.tr("Wat er bewaard en getoond wordt van wie wat inzond; de telefoons tonen het"))
        self.poll.setText(self.tr("Peiling…"))
        self.interests.setText(self.tr("Belangen verzamelen…"))
        self.swot.setText(self.tr("SWOT van een optie…"))
        self.ideas.setText(self.tr("Ideeën voor taakvelden verzamelen"))
        self.ideas.setToolTip(self.tr("Opgenomen ideeën komen als taakveld op de lange lijst, niet preferent"))
        self.wifi.setTitle(self.tr("Wifi voor de telefoons (niet in het document)"))
        for label, text in zip(self.wifi_labels, (self.tr("Netwerk"), self.tr("Wachtwoord")), strict=True):
            label.setText(text)
        self.cards.setText(self.tr("Aanmeldkaarten afdrukken…"))
        self.score_fields.setText(self.tr("Scoren: preferente taakvelden"))
        self.score_options.setText(self.tr("Scoren: opties"))
        self.statements.setText(self.tr("Uitspraken verzamelen"))
        self.close_round.setText(self.tr("Ronde sluiten"))
        self.reveal.setText(self.tr("Uitkomst tonen"))
        self.moderation.setTitle(self.tr("Ingestuurde teksten"))
        self.accept.setText(self.tr("Opnemen"))
        self.reject.setText(self.tr("Weigeren"))
        self.hand.setTitle(self.tr("Handstemming"))
        texts = (self.tr("Gemeente"), self.tr("Onderdeel"), self.tr("Criterium"), self.tr("Score"))
        for label, text in zip(self.hand_labels, texts, strict=True):
            label.setText(text)
        self.hand_add.setText(self.tr("Handstem toevoegen"))
