"""Moderation of texts, and what a phone may see: the open round's questions, its own
acknowledgements, and results only after the facilitator revealed them."""

from __future__ import annotations

from collections import defaultdict
from concurrent.futures import Future
from typing import Any

from sqlmodel import Session, col, select

from staan_desktop.domain.room_tables import RoomContributionRow

from ..changes import Change
from ..errors import ValidationError
from .base import RoomBase
from .model import Device, Pending, Round


class ResultsMixin(RoomBase):
    _results_cache: tuple[tuple[int, int], dict[int | None, list[Any]]] | None

    def pending(self) -> list[Pending]:
        """Texts waiting for the facilitator, oldest first."""
        with self.doc.reading() as session:
            rows = session.exec(
                select(RoomContributionRow)
                .where(RoomContributionRow.status == "pending")
                .order_by(col(RoomContributionRow.id))
                .limit(1000)
            )
            return [
                Pending(row.id, row.round_id, self.municipalities.get(row.municipality_id or -1, ""), row.text)
                for row in rows
                if row.id is not None and row.round_id is not None
            ]

    def moderate(self, contribution_id: int, *, accept: bool, text: str | None = None) -> Future[Change | None]:
        """Accept a text (it becomes an ambition statement through ``add_statement``, possibly
        as the facilitator corrected it) or reject it."""
        from ..edits.text import add_statement

        def decide() -> Change | None:
            with self.doc.reading() as session:
                row = session.get(RoomContributionRow, contribution_id)
                if row is None or row.status != "pending":
                    raise ValidationError("Deze inzending is al behandeld of bestaat niet.")
                wording = row.text if text is None else text
            change = add_statement(self.doc, text=wording) if accept else None

            def mark(session: Session) -> None:
                found = session.get(RoomContributionRow, contribution_id)
                assert found is not None
                found.status = "accepted" if accept else "rejected"
                found.statement_id = change.item_id if change is not None else None
                if change is not None:
                    found.text = wording
                session.add(found)

            self.writer.commit_now(mark)
            return change

        future = self.writer.alone(decide)
        future.add_done_callback(self._after(lambda _c: None, "contribution"))
        return future

    # What phones see ----------------------------------------------------------------------

    def state_for(self, device: Device) -> dict[str, Any]:
        """What one phone may see now: the open round's questions and whether it took part;
        results only after the facilitator revealed them. Never anyone else's contribution
        before the reveal."""
        current = self.round
        state: dict[str, Any] = {
            "title": self.title,
            "municipality": self.municipalities.get(device.municipality_id, ""),
            "round": None,
        }
        if current is None:
            return state
        state["round"] = {
            "id": current.id,
            "kind": current.kind,
            "state": current.state,
            "revealed": current.revealed,
            "done": device.digest in current.voted,
            "items": [{"id": i.id, "name": i.name} for i in current.items],
            "criteria": [
                {"id": c.id, "name": c.name, "min": c.scale_min, "max": c.scale_max} for c in current.criteria
            ],
        }
        if current.revealed:
            state["results"] = self._results(current, device)
        return state

    def _results(self, current: Round, device: Device) -> dict[str, Any]:
        # Read once per commit, not once per phone that asks.
        key = (current.id, self.writer.commits)
        cached = self._results_cache
        if cached is None or cached[0] != key:
            cached = self._results_cache = (key, self._read_results(current))
        found = cached[1]
        if current.scoring:
            return {"scores": found.get(device.municipality_id, [])}
        return {"statements": found.get(None, [])}

    def _read_results(self, current: Round) -> dict[int | None, list[Any]]:
        if current.scoring:
            per: dict[int | None, list[Any]] = defaultdict(list)
            for (municipality, item, criterion), value in sorted(self.aggregates(current.id).items()):
                per[municipality].append([item, criterion, value])
            return per
        with self.doc.reading() as session:
            texts = session.exec(
                select(RoomContributionRow.text)
                .where(RoomContributionRow.round_id == current.id, RoomContributionRow.status == "accepted")
                .order_by(col(RoomContributionRow.id))
                .limit(500)
            ).all()
        return {None: list(texts)}
