"""Moderation of texts, and what a phone may see: the open round's questions, its own
acknowledgements, and results only after the facilitator revealed them, attributed as the
round's anonymity allows (anonymous: nobody; by municipality; named: name and municipality)."""

from __future__ import annotations

from collections import Counter, defaultdict
from concurrent.futures import Future
from typing import Any

from sqlmodel import Session, col, select

from staan_desktop.domain.messages import msg
from staan_desktop.domain.room_tables import RoomContributionRow, RoomRoundRow, RoomVoteRow

from ..changes import Change
from ..errors import ValidationError
from .base import RoomBase
from .model import Device, Pending, Round


class ResultsMixin(RoomBase):
    _results_cache: tuple[tuple[int, int], dict[int | None, list[Any]]] | None

    def pending(self) -> list[Pending]:
        """Texts waiting for the facilitator, oldest first."""
        with self.doc.reading() as session:
            kinds = {row.id: row.kind for row in session.exec(select(RoomRoundRow).where(RoomRoundRow.session_id == self.session_id))}
            rows = session.exec(
                select(RoomContributionRow)
                .where(RoomContributionRow.status == "pending")
                .order_by(col(RoomContributionRow.id))
                .limit(1000)
            )
            return [
                Pending(
                    row.id, row.round_id, self.municipalities.get(row.municipality_id or -1, ""), row.text,
                    kind=kinds.get(row.round_id, "statements"), quadrant=row.quadrant, name=row.name,
                )
                for row in rows
                if row.id is not None and row.round_id is not None
            ]

    def moderate(self, contribution_id: int, *, accept: bool, text: str | None = None) -> Future[Change | None]:
        """Accept a text, possibly as the facilitator corrected it, or reject it. Accepted, it
        becomes content through the edit service of its round: an ambition statement
        (``add_statement``), an interest of its municipality in the round's category
        (``add_interest``), a point of the round's option's SWOT (``add_swot_item``) or, an
        idea, a new task field on the long list, not short-listed (``add_task_field``)."""

        def decide() -> Change | None:
            with self.doc.reading() as session:
                row = session.get(RoomContributionRow, contribution_id)
                if row is None or row.status != "pending":
                    raise ValidationError(msg("room.submission_handled"))
                round_row = session.get(RoomRoundRow, row.round_id)
                assert round_row is not None
                wording = row.text if text is None else text
                found = (round_row.kind, round_row.target_id, row.municipality_id, row.quadrant)
            change = _accepted(self.doc, wording, *found) if accept else None

            def mark(session: Session) -> None:
                stored = session.get(RoomContributionRow, contribution_id)
                assert stored is not None
                stored.status = "accepted" if accept else "rejected"
                made = change.item_id if change is not None else None
                if found[0] == "statements":
                    stored.statement_id = made
                else:
                    stored.made_id = made
                if change is not None:
                    stored.text = wording
                session.add(stored)

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
            "name": device.name,
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
            "anonymity": current.anonymity,
            "needs_name": current.anonymity == "named" and not device.name,
            "question": current.question,
            "target": current.target.name if current.target else "",
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
        if current.kind == "poll":
            return {"poll": found.get(None, [])}
        return {"texts": found.get(None, [])}

    def _read_results(self, current: Round) -> dict[int | None, list[Any]]:
        if current.scoring:
            per: dict[int | None, list[Any]] = defaultdict(list)
            for (municipality, item, criterion), value in sorted(self.aggregates(current.id).items()):
                per[municipality].append([item, criterion, value])
            return per
        if current.kind == "poll":
            return {None: self._poll_results(current)}
        with self.doc.reading() as session:
            rows = session.exec(
                select(RoomContributionRow)
                .where(RoomContributionRow.round_id == current.id, RoomContributionRow.status == "accepted")
                .order_by(col(RoomContributionRow.id))
                .limit(500)
            ).all()
            return {None: [
                {"text": row.text, "quadrant": row.quadrant, "by": self._by(current, row.name, row.municipality_id)}
                for row in rows
            ]}

    def _poll_results(self, current: Round) -> list[dict[str, Any]]:
        """Per choice: the count, and who chose it as far as the round's anonymity allows."""
        with self.doc.reading() as session:
            votes = session.exec(select(RoomVoteRow).where(RoomVoteRow.round_id == current.id)).all()
        per: dict[int, list[RoomVoteRow]] = defaultdict(list)
        for vote in votes:
            if vote.choice_id is not None:
                per[vote.choice_id].append(vote)
        results = []
        for choice in current.items:
            chosen = per.get(choice.id, [])
            by: list[str] = []
            if current.anonymity == "named":
                by = sorted(self._by(current, vote.name, vote.municipality_id) for vote in chosen)
            elif current.anonymity == "municipality":
                counts = Counter(self.municipalities.get(vote.municipality_id or -1, "") for vote in chosen)
                by = [f"{name} {count}" for name, count in sorted(counts.items())]
            results.append({"id": choice.id, "text": choice.name, "count": len(chosen), "by": by})
        return results

    def _by(self, current: Round, name: str, municipality_id: int | None) -> str:
        if current.anonymity == "anonymous":
            return ""
        municipality = self.municipalities.get(municipality_id or -1, "")
        if current.anonymity == "named" and name:
            return f"{name} ({municipality})" if municipality else name
        return municipality


def _accepted(doc: Any, wording: str, kind: str, target_id: int | None, municipality_id: int | None, quadrant: str) -> Change:
    from ..edits.options import add_swot_item
    from ..edits.scoring import add_task_field
    from ..edits.text import add_interest, add_statement

    if kind == "statements":
        return add_statement(doc, text=wording)
    if kind == "ideas":
        # The long list only: short-listing stays the room's decision, taken in the window.
        return add_task_field(doc, name=wording, shortlisted=False)
    if target_id is None:
        raise ValidationError(msg("room.target_gone"))
    if kind == "interests":
        if municipality_id is None:
            raise ValidationError(msg("room.interest_municipality_gone"))
        return add_interest(doc, category_id=target_id, municipality_id=municipality_id, text=wording)
    return add_swot_item(doc, option_id=target_id, quadrant=quadrant, text=wording)
