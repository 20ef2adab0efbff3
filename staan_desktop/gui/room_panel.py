"""The room in the window: Sessie › Zaal openen, a panel to run rounds, moderate statements and
enter hand votes, and the join card (QR code and address) on the projector.

The room itself (:mod:`staan_desktop.services.room`) runs its server and its writer on threads
of its own; nothing here waits for them. What the room stores comes back as a future, whose
result is brought to the GUI thread by a queued signal; the scores a closed round wrote and an
accepted statement go on the undo stack like the facilitator's own edits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QScrollArea,
    QWidget,
)

from staan_desktop.domain.messages import verbatim
from staan_desktop.services.edits import Change
from staan_desktop.services.errors import StaanError, ValidationError
from staan_desktop.services.room.model import CardSpec

from .context import WorkspaceContext
from .errors import show_refusal
from .refusals import reason_text
from .room_card import JoinCard, qr_pixmap
from .room_dialogs import CardsDialog, ask_poll, ask_target
from .room_view import RoomPanel, RoomScoresCommand
from .settings import ROOM_WIFI_PASSWORD, ROOM_WIFI_SSID, Settings
from .tasks import Progress, run_task

if TYPE_CHECKING:
    from staan_desktop.services.room.room import Round
    from staan_desktop.services.room.server import OpenRoom
    from staan_desktop.services.room.wifi import WifiNetwork

log = logging.getLogger(__name__)

# The room's usual port (one number for the firewall rule); another when it is taken.
PORT = 8765
# How often the presence and the count of votes are read from the room's memory, in ms.
REFRESH_MS = 2000


class _Relay(QObject):
    """Lives on the GUI thread; what the room's threads report arrives here queued."""

    finished = Signal(object, object)  # handler, future
    heard = Signal(str)  # what kind of thing the room stored


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
        p.poll.clicked.connect(self.open_poll)
        p.interests.clicked.connect(lambda: self.open_text_round("interests"))
        p.swot.clicked.connect(lambda: self.open_text_round("swot"))
        p.cards.clicked.connect(self.print_cards)
        p.wifi_ssid.editingFinished.connect(self._wifi_changed)
        p.wifi_password.editingFinished.connect(self._wifi_changed)
        settings = Settings()
        p.wifi_ssid.setText(settings.get(ROOM_WIFI_SSID))
        p.wifi_password.setText(settings.get(ROOM_WIFI_PASSWORD))
        p.score_fields.clicked.connect(lambda: self.open_round("task_fields"))
        p.score_options.clicked.connect(lambda: self.open_round("options"))
        p.statements.clicked.connect(lambda: self.open_round("statements"))
        p.ideas.clicked.connect(lambda: self.open_round("ideas"))
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
        p.preflight.setText(reason_text(advice))
        p.hosts.clear()
        for address, label in hosts:
            p.hosts.addItem(label, address)
        p.hosts.setCurrentIndex(max(0, p.hosts.findData(opened.server.host)))
        self._fill_hand_vote()
        self._show_wifi()
        p.cards_state.clear()
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

    def open_round(self, kind: str, **extra: Any) -> None:
        """Open a round of ``kind`` with the rule and anonymity chosen in the panel; ``extra``:
        a poll's question and choices, the option or category of a text round."""
        if self.opened is None:
            return
        room, rule, anonymity = self.opened.room, self.panel.rule.currentData(), self.panel.anonymity.currentData()
        self._call(lambda: room.open_round(kind, rule, anonymity=anonymity, **extra), lambda _round: self._fill_hand_vote())

    def open_poll(self) -> None:
        asked = ask_poll(self.window) if self.opened is not None else None
        if asked is not None:
            self.open_round("poll", question=asked[0], choices=asked[1])

    def open_text_round(self, kind: str) -> None:
        """Interests for a category, or SWOT points for an option: which one is asked first."""
        if self.opened is None:
            return
        items = [(item.id, item.name) for item in self.opened.room.targets()[kind]]
        if kind == "swot":
            title, label, missing = self.tr("SWOT van een optie"), self.tr("Optie"), self.tr("Er zijn nog geen opties.")
        else:
            title, label, missing = (
                self.tr("Belangen verzamelen"), self.tr("Categorie"), self.tr("Er zijn nog geen categorieën van belangen.")
            )
        if not items:
            show_refusal(self.window, ValidationError(verbatim(missing)), title)
            return
        chosen = ask_target(self.window, title, label, items)
        if chosen is not None:
            self.open_round(kind, target_id=chosen)

    # Join cards and the Wi-Fi -----------------------------------------------------------------

    def print_cards(self) -> None:
        opened = self.opened
        if opened is None:
            return
        dialog = CardsDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            specs = dialog.cards()
        except StaanError as exc:
            show_refusal(self.window, exc, self.tr("Aanmeldkaarten"))
            return
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Aanmeldkaarten bewaren"), self.tr("aanmeldkaarten.pdf"), self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        self.cards_to(opened, specs, Path(path))

    def cards_to(self, opened: OpenRoom, specs: list[CardSpec], path: Path) -> None:
        """Issue ``specs`` in the open room and write their PDF at ``path`` (off the GUI thread)."""
        from staan_desktop.services.room.cards import print_cards

        def done(count: int) -> None:
            self.panel.cards_state.setText(
                self.tr("{0} kaarten in ‘{1}’; voortaan doet alleen mee wie een kaart heeft.").format(count, path.name)
            )
            self._refresh()

        run_task(
            self.window, self.tr("Aanmeldkaarten"), lambda _progress: print_cards(opened, specs, path), done,
            lambda error: show_refusal(self.window, error, self.tr("Aanmeldkaarten")),
        )

    def wifi_network(self) -> WifiNetwork | None:
        """The Wi-Fi as typed in the panel, or ``None`` (none given, or not valid: then the
        panel says why)."""
        from staan_desktop.services.room.wifi import network

        p = self.panel
        p.wifi_state.clear()
        if not p.wifi_ssid.text().strip():
            return None
        try:
            return network(p.wifi_ssid.text(), p.wifi_password.text())
        except ValidationError as exc:
            p.wifi_state.setText(exc.message)
            return None

    def _wifi_changed(self) -> None:
        settings = Settings()
        settings.set(ROOM_WIFI_SSID, self.panel.wifi_ssid.text().strip())
        settings.set(ROOM_WIFI_PASSWORD, self.panel.wifi_password.text())
        self._show_wifi()

    def _show_wifi(self) -> None:
        wifi = self.wifi_network()
        if wifi is None:
            self.panel.wifi_code.clear()
        else:
            self.panel.wifi_code.setPixmap(qr_pixmap(wifi.payload(), 3))
        if self._card is not None and self._card.isVisible():
            self.show_card(True)

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
        kind = item.data(Qt.ItemDataRole.UserRole + 1)
        label = {
            "interests": self.tr("Belang uit de zaal"), "swot": self.tr("SWOT-punt uit de zaal"),
            "ideas": self.tr("Taakveld uit de zaal"),
        }.get(kind, self.tr("Uitspraak uit de zaal"))

        def stored(change: Change | None) -> None:
            if change is not None and context is not None and context is self.context:
                context.edit(label, lambda: change)

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
        kinds = {
            "interests": self.tr("Belang"), "strengths": self.tr("Sterkte"), "weaknesses": self.tr("Zwakte"),
            "opportunities": self.tr("Kans"), "threats": self.tr("Bedreiging"), "ideas": self.tr("Idee"),
        }
        for pending in self.opened.room.pending():
            who = ", ".join(part for part in (pending.name, pending.municipality) if part) or self.tr("anoniem")
            part = kinds.get(pending.quadrant or pending.kind, "")
            item = QListWidgetItem(f"{part + ': ' if part else ''}{pending.text}  [{who}]")
            item.setData(Qt.ItemDataRole.UserRole, pending.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, pending.kind)
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
        used, issued = room.cards_used()
        if issued:
            self.panel.cards.setToolTip(self.tr("Kaarten: {0} van {1} gebruikt").format(used, issued))
            self.panel.presence.setText(
                self.panel.presence.text() + " — " + self.tr("kaarten: {0} van {1} gebruikt").format(used, issued)
            )

    # The join card on the projector -----------------------------------------------------------

    def show_card(self, on: bool) -> None:
        projector = self._projector()
        if not on or self.opened is None or projector is None:
            if self._card is not None:
                self._card.hide()
            return
        if self._card is None or self._card.parent() is not projector:
            self._card = JoinCard(projector)
        wifi = self.wifi_network()
        self._card.show_url(
            self.opened.join_url, self.tr("Doe mee met uw telefoon: scan de code"),
            wifi.payload() if wifi else "", self.tr("Eerst de wifi: {0}").format(wifi.ssid) if wifi else "",
        )
        self._card.show()
        self._card.raise_()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Zaal open voor telefoons"))
        self.dock.setWindowTitle(self.tr("Zaal"))
        self.panel.retranslate()
