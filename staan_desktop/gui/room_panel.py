"""The room in the window: Sessie › Zaal openen, a panel to run rounds, moderate statements and
enter hand votes, and the join card (QR code and address) on the projector.

The room itself (:mod:`staan_desktop.services.room`) runs its server and its writer on threads
of its own; nothing here waits for them. What the room stores comes back as a future, whose
result is brought to the GUI thread by a queued signal; the scores a closed round wrote and an
accepted statement go on the undo stack like the facilitator's own edits.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QPixmap, QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from staan_desktop.services import edits
from staan_desktop.services.edits import Change

from .context import WorkspaceContext
from .errors import show_refusal
from .tasks import Progress, run_task

if TYPE_CHECKING:
    from staan_desktop.services.room.room import Round
    from staan_desktop.services.room.server import OpenRoom

log = logging.getLogger(__name__)

# The room's usual port (one number for the firewall rule); another when it is taken.
PORT = 8765
# How often the presence and the count of votes are read from the room's memory, in ms.
REFRESH_MS = 2000


def qr_pixmap(text: str, scale: int) -> QPixmap:
    """The QR code of ``text`` as a pixmap (segno draws it; black on white, quiet zone 2)."""
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class _Relay(QObject):
    """Lives on the GUI thread; what the room's threads report arrives here queued."""

    finished = Signal(object, object)  # handler, future
    heard = Signal(str)  # what kind of thing the room stored


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


class JoinCard(QWidget):
    """The QR code and the address, large, over the whole projector window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("roomJoinCard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#roomJoinCard { background: white; } QLabel { color: black; }")
        self.heading = QLabel(self)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.code = QLabel(self)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address = QLabel(self)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.code, 1)
        layout.addWidget(self.address)
        self._url = ""
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())

    def show_url(self, url: str, heading: str) -> None:
        self._url = url
        self.heading.setText(heading)
        self.address.setText(url)
        self._fit()

    def _fit(self) -> None:
        side = max(120, min(self.width(), self.height()) * 2 // 3)
        font = self.font()
        font.setPixelSize(max(14, self.height() // 24))
        self.heading.setFont(font)
        self.address.setFont(font)
        if self._url:
            self.code.setPixmap(
                qr_pixmap(self._url, 10).scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
            self._fit()
        return False


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

        self.rounds = QGroupBox(self)
        self.rule = QComboBox(self.rounds)
        self.score_fields = QPushButton(self.rounds)
        self.score_options = QPushButton(self.rounds)
        self.statements = QPushButton(self.rounds)
        self.close_round = QPushButton(self.rounds)
        self.reveal = QPushButton(self.rounds)
        self.round_state = QLabel(self.rounds)
        self.round_state.setWordWrap(True)
        rounds = QVBoxLayout(self.rounds)
        rounds.addWidget(self.rule)
        for button in (self.score_fields, self.score_options, self.statements):
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
        self.hand_form.addRow("", self.hand_municipality)
        self.hand_form.addRow("", self.hand_item)
        self.hand_form.addRow("", self.hand_criterion)
        self.hand_form.addRow("", self.hand_value)
        self.hand_form.addRow(self.hand_add)

        layout = QVBoxLayout(self)
        for widget in (self.address, self.hosts, self.code, self.show_card, self.preflight, self.presence, self.rounds,
                       self.moderation, self.hand):
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
        self.score_fields.setText(self.tr("Scoren: preferente taakvelden"))
        self.score_options.setText(self.tr("Scoren: opties"))
        self.statements.setText(self.tr("Uitspraken verzamelen"))
        self.close_round.setText(self.tr("Ronde sluiten"))
        self.reveal.setText(self.tr("Uitkomst tonen"))
        self.moderation.setTitle(self.tr("Ingestuurde uitspraken"))
        self.accept.setText(self.tr("Opnemen"))
        self.reject.setText(self.tr("Weigeren"))
        self.hand.setTitle(self.tr("Handstemming"))
        for row, text in enumerate((self.tr("Gemeente"), self.tr("Onderdeel"), self.tr("Criterium"), self.tr("Score"))):
            label = self.hand_form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                label.widget().setText(text)  # type: ignore[union-attr]
        self.hand_add.setText(self.tr("Handstem toevoegen"))


class RoomControls(QObject):
    """Sessie › Zaal openen/sluiten and the room's panel, for the document of ``attach``."""

    # The room opened (with its join address) or closed (empty text); for tests and the status bar.
    room_changed = Signal(str)

    def __init__(self, window: QMainWindow, session_menu: QMenu, projector: Callable[[], QWidget | None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.context: WorkspaceContext | None = None
        self.opened: OpenRoom | None = None
        self._projector = projector or (lambda: None)
        self._card: JoinCard | None = None
        self.relay = _Relay(self)
        self.relay.finished.connect(self._finished)
        self.relay.heard.connect(self._heard)
        self.action = QAction(self)
        self.action.setObjectName("room")
        self.action.setCheckable(True)
        self.action.setEnabled(False)
        self.action.toggled.connect(self._toggled)
        session_menu.addSeparator()
        session_menu.addAction(self.action)
        window.addAction(self.action)

        self.panel = RoomPanel()
        self.dock = QDockWidget(window)
        self.dock.setObjectName("roomDock")
        scroll = QScrollArea(self.dock)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)
        self.dock.setWidget(scroll)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        p = self.panel
        p.score_fields.clicked.connect(lambda: self.open_round("task_fields"))
        p.score_options.clicked.connect(lambda: self.open_round("options"))
        p.statements.clicked.connect(lambda: self.open_round("statements"))
        p.close_round.clicked.connect(self.close_round)
        p.reveal.clicked.connect(self.reveal)
        p.accept.clicked.connect(lambda: self.moderate(True))
        p.reject.clicked.connect(lambda: self.moderate(False))
        p.show_card.toggled.connect(self.show_card)
        p.hand_add.clicked.connect(self.add_hand_vote)
        p.hosts.activated.connect(lambda _index: self._move_to(p.hosts.currentData()))
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._refresh)
        self.retranslate()

    # The document -----------------------------------------------------------------------------

    def attach(self, context: WorkspaceContext) -> None:
        self.detach()
        self.context = context
        self.action.setEnabled(not context.read_only)

    def detach(self) -> None:
        """The document closes: the room closes first (its tokens die, its server stops)."""
        if self.opened is not None:
            opened, self.opened = self.opened, None
            try:
                opened.close()
            except Exception:  # the document goes anyway; the room's file state is its own
                log.exception("closing the room with the document")
            self._closed()
        self.context = None
        self.action.setEnabled(False)

    # Opening and closing ------------------------------------------------------------------------

    def _toggled(self, on: bool) -> None:
        if on and self.opened is None:
            self.open_room()
        elif not on and self.opened is not None:
            self.close_room()

    def open_room(self, host: str | None = None) -> None:
        context = self.context
        if context is None:
            return

        def work(_progress: Progress) -> tuple[OpenRoom, str, list[tuple[str, str]]]:
            from staan_desktop.services.errors import DocumentError
            from staan_desktop.services.room import addresses
            from staan_desktop.services.room.room import Room
            from staan_desktop.services.room.server import open_room

            offered = addresses.choose()
            chosen = host or next((c.address for c in offered), "127.0.0.1")
            hosts = [(c.address, f"{c.address} ({c.interface})") for c in offered]
            if chosen not in {address for address, _ in hosts}:
                hosts.insert(0, (chosen, chosen))
            try:
                opened = open_room(Room(context.doc), chosen, PORT)
            except DocumentError:
                opened = open_room(Room(context.doc), chosen, 0)  # the usual port is taken
            if chosen == "127.0.0.1" and host is None:
                advice = self.tr("Geen netwerk gevonden: alleen deze computer kan de zaal bereiken. "
                                 "Verbind met wifi of zet een hotspot aan en open de zaal opnieuw.")
            else:
                advice = addresses.preflight(chosen, opened.server.port, opened.server.instance).advice
            return opened, advice, hosts

        run_task(self.window, self.tr("Zaal openen"), work, self._opened, self._open_failed)

    def _opened(self, result: tuple[OpenRoom, str, list[tuple[str, str]]]) -> None:
        opened, advice, hosts = result
        if self.context is None:  # the document closed meanwhile
            opened.close()
            return
        self.opened = opened
        opened.room.listeners.append(self.relay.heard.emit)
        self.action.blockSignals(True)  # opened from the panel or a test: the menu says so too
        self.action.setChecked(True)
        self.action.blockSignals(False)
        p = self.panel
        p.address.setText(opened.join_url)
        p.code.setPixmap(qr_pixmap(opened.join_url, 4))
        p.preflight.setText(advice)
        p.hosts.clear()
        for address, label in hosts:
            p.hosts.addItem(label, address)
        p.hosts.setCurrentIndex(max(0, p.hosts.findData(opened.server.host)))
        self._fill_hand_vote()
        self.dock.show()
        self.timer.start()
        self._refresh()
        self.room_changed.emit(opened.join_url)

    def _open_failed(self, error: BaseException) -> None:
        self.action.setChecked(False)
        show_refusal(self.window, error, self.tr("Zaal openen"))

    def close_room(self, then: Callable[[], None] | None = None) -> None:
        opened, self.opened = self.opened, None
        if opened is None:
            return
        self._closed()
        context = self.context

        def done(changes: list[Change]) -> None:
            self._scores_stored(context, changes)
            if then is not None:
                then()

        run_task(
            self.window, self.tr("Zaal sluiten"), lambda _progress: opened.close(), done,
            lambda error: show_refusal(self.window, error, self.tr("Zaal sluiten")),
        )

    def _move_to(self, host: str | None) -> None:
        """Open the room again on ``host`` (its old address and code stop working)."""
        if self.opened is None or not host or host == self.opened.server.host:
            return
        self.close_room(then=lambda: self.open_room(host))

    def _closed(self) -> None:
        self.timer.stop()
        self.show_card(False)
        self.panel.show_card.setChecked(False)
        self.action.setChecked(False)
        self.dock.hide()
        self.room_changed.emit("")

    # Rounds ---------------------------------------------------------------------------------

    def _deliver(self, future: Future[Any], handler: Callable[[Any], None]) -> None:
        future.add_done_callback(lambda done: self.relay.finished.emit(handler, done))

    @Slot(object, object)
    def _finished(self, handler: Callable[[Any], None], future: Future[Any]) -> None:
        error = future.exception()
        if error is not None:
            show_refusal(self.window, error, self.tr("Zaal"))
            return
        handler(future.result())
        self._refresh()

    def _call(self, start: Callable[[], Future[Any]], handler: Callable[[Any], None]) -> None:
        try:
            future = start()
        except Exception as exc:  # refused before anything was queued
            show_refusal(self.window, exc, self.tr("Zaal"))
            return
        self._deliver(future, handler)

    def open_round(self, kind: str) -> None:
        if self.opened is None:
            return
        room, rule = self.opened.room, self.panel.rule.currentData()
        self._call(lambda: room.open_round(kind, rule), lambda _round: self._fill_hand_vote())

    def close_round(self) -> None:
        if self.opened is None:
            return
        room, context = self.opened.room, self.context
        self._call(room.close_round, lambda changes: self._scores_stored(context, changes))

    def reveal(self) -> None:
        if self.opened is not None:
            self._call(self.opened.room.reveal, lambda _none: None)

    def _scores_stored(self, context: WorkspaceContext | None, changes: list[Change]) -> None:
        if context is None or not changes or context is not self.context:
            return
        context.undo_stack.push(RoomScoresCommand(context, self.tr("Scores uit de zaal"), changes))

    def moderate(self, accept: bool) -> None:
        item = self.panel.pending.currentItem()
        if self.opened is None or item is None:
            return
        room, context = self.opened.room, self.context
        contribution = int(item.data(Qt.ItemDataRole.UserRole))

        def stored(change: Change | None) -> None:
            if change is not None and context is not None and context is self.context:
                context.edit(self.tr("Uitspraak uit de zaal"), lambda: change)

        self._call(lambda: room.moderate(contribution, accept=accept), stored)

    def add_hand_vote(self) -> None:
        from staan_desktop.services.room.room import Score

        p = self.panel
        if self.opened is None or p.hand_item.currentData() is None or p.hand_criterion.currentData() is None:
            return
        score = Score(p.hand_item.currentData(), p.hand_criterion.currentData(), p.hand_value.value())
        room, municipality = self.opened.room, p.hand_municipality.currentData()
        self._call(lambda: room.hand_vote(municipality_id=municipality, scores=[score]), lambda _ack: None)

    def _fill_hand_vote(self) -> None:
        if self.opened is None:
            return
        room, p = self.opened.room, self.panel
        current: Round | None = room.round
        p.hand_municipality.clear()
        for key, name in room.municipalities.items():
            p.hand_municipality.addItem(name, key)
        p.hand_item.clear()
        p.hand_criterion.clear()
        scoring = current is not None and current.scoring and current.state == "open"
        if scoring and current is not None:
            for item in current.items:
                p.hand_item.addItem(item.name, item.id)
            for criterion in current.criteria:
                p.hand_criterion.addItem(criterion.name, criterion.id)
            p.hand_value.setRange(min(c.scale_min for c in current.criteria), max(c.scale_max for c in current.criteria))
        p.hand.setEnabled(scoring)

    # What the room reports --------------------------------------------------------------------

    @Slot(str)
    def _heard(self, kind: str) -> None:
        if kind == "contribution":
            self._fill_pending()
        elif kind == "round":
            self._fill_hand_vote()

    def _fill_pending(self) -> None:
        if self.opened is None:
            return
        p = self.panel
        chosen = p.pending.currentItem()
        keep = chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None
        p.pending.clear()
        for pending in self.opened.room.pending():
            item = QListWidgetItem(f"{pending.text}  [{pending.municipality}]")
            item.setData(Qt.ItemDataRole.UserRole, pending.id)
            p.pending.addItem(item)
            if pending.id == keep:
                p.pending.setCurrentItem(item)

    def _refresh(self) -> None:
        """Presence and the round's state, from the room's memory (no file access)."""
        if self.opened is None:
            return
        room = self.opened.room
        self.panel.presence.setText(
            self.tr("Aanwezig: {0}").format(" · ".join(f"{name} {count}" for name, count in room.presence().items()))
        )
        current = room.round
        if current is None:
            self.panel.round_state.setText(self.tr("Nog geen ronde."))
        else:
            state = self.tr("open") if current.state == "open" else self.tr("gesloten")
            shown = self.tr(", uitkomst getoond") if current.revealed else ""
            self.panel.round_state.setText(
                self.tr("Ronde {0} {1}: {2} telefoons deden mee{3}.").format(current.id, state, len(current.voted), shown)
            )
        self.panel.close_round.setEnabled(current is not None and current.state == "open")

    # The join card on the projector -----------------------------------------------------------

    def show_card(self, on: bool) -> None:
        projector = self._projector()
        if not on or self.opened is None or projector is None:
            if self._card is not None:
                self._card.hide()
            return
        if self._card is None or self._card.parent() is not projector:
            self._card = JoinCard(projector)
        self._card.show_url(self.opened.join_url, self.tr("Doe mee met uw telefoon: scan de code"))
        self._card.show()
        self._card.raise_()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Zaal open voor telefoons"))
        self.dock.setWindowTitle(self.tr("Zaal"))
        self.panel.retranslate()
