"""Rounds the facilitator opens, closes and reveals; a scoring round's ballots become each
municipality's score through the scoring services when it closes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import Future

from sqlalchemy import update
from sqlmodel import Session, col, select

from staan_desktop.domain import room_rules
from staan_desktop.domain import tables as t
from staan_desktop.domain.messages import msg, phrase
from staan_desktop.domain.option_tables import OptionRow
from staan_desktop.domain.room_tables import RoomBallotRow, RoomChoiceRow, RoomRoundRow, RoomVoteRow

from ..changes import Change
from ..errors import ValidationError
from .base import RoomBase
from .model import Criterion, Item, Round, now, parse_choices


class RoundsMixin(RoomBase):
    def open_round(
        self, kind: str, rule: str = "mean", *, anonymity: str = "municipality", question: str = "",
        choices: Sequence[str] = (), target_id: int | None = None,
    ) -> Future[Round]:
        """Open a round: scoring the short-listed task fields or the options on every
        criterion, ambition statements, a poll (``question`` and ``choices``), interests for
        the category ``target_id`` or SWOT points for the option ``target_id``. ``anonymity``
        says what is stored of who sent what and is shown on every phone. One round at a time."""
        if kind not in room_rules.ROUND_KINDS:
            raise ValidationError(msg("room.no_such_round_kind", kind=kind))
        if rule not in room_rules.RULES:
            raise ValidationError(msg("room.no_such_rule", rule=rule))
        if anonymity not in room_rules.ANONYMITY:
            raise ValidationError(msg("room.choose_anonymity"))
        if anonymity == "anonymous" and kind in room_rules.MUNICIPAL_KINDS:
            raise ValidationError(msg("room.anonymous_not_for_kind"))
        asked, offered = parse_choices(question, choices) if kind == "poll" else ("", ())
        self._require_open()

        def store(session: Session) -> Round:
            if self.round is not None and self.round.state == "open":
                raise ValidationError(msg("room.round_open"))
            items, criteria = self._questions(session, kind)
            if kind in room_rules.SCORING_KINDS and not (items and criteria):
                what = "preferente taakvelden" if kind == "task_fields" else "opties"
                raise ValidationError(msg("room.nothing_to_score", what=phrase(what)))
            target = self._target(session, kind, target_id)
            row = RoomRoundRow(
                session_id=self.session_id, kind=kind, rule=rule, anonymity=anonymity, question=asked,
                target_id=target.id if target else None, opened_at=now(),
            )
            session.add(row)
            session.flush()
            assert row.id is not None
            if kind == "poll":
                made = [RoomChoiceRow(round_id=row.id, text=text, position=n) for n, text in enumerate(offered)]
                session.add_all(made)
                session.flush()
                items = tuple(Item(choice.id, choice.text) for choice in made if choice.id is not None)
            return Round(row.id, kind, rule, items, criteria, anonymity=anonymity, question=asked, target=target)

        future = self.writer.grouped(store)
        future.add_done_callback(self._after(lambda opened: setattr(self, "round", opened), "round"))
        return future

    def targets(self) -> dict[str, tuple[Item, ...]]:
        """What a SWOT round (``swot``: the options) and an interests round (``interests``:
        the interest categories) can be opened for."""
        with self.doc.reading() as session:
            options = session.exec(select(OptionRow).order_by(col(OptionRow.position)))
            categories = session.exec(select(t.InterestCategoryRow).order_by(col(t.InterestCategoryRow.position)))
            return {
                "swot": tuple(Item(row.id, row.name) for row in options if row.id is not None),
                "interests": tuple(Item(row.id, row.name) for row in categories if row.id is not None),
            }

    def _target(self, session: Session, kind: str, target_id: int | None) -> Item | None:
        """The option of a SWOT round, the interest category of an interests round."""
        if kind not in ("swot", "interests"):
            return None
        found: OptionRow | t.InterestCategoryRow | None = None
        if isinstance(target_id, int):
            found = session.get(OptionRow if kind == "swot" else t.InterestCategoryRow, target_id)  # type: ignore[assignment]
        if found is None or found.id is None:
            raise ValidationError(msg("room.choose_swot_option") if kind == "swot" else msg("room.choose_interest_category"))
        return Item(found.id, found.name)

    def _questions(self, session: Session, kind: str) -> tuple[tuple[Item, ...], tuple[Criterion, ...]]:
        if kind not in room_rules.SCORING_KINDS:
            return (), ()
        if kind == "task_fields":
            fields = session.exec(
                select(t.TaskFieldRow).where(col(t.TaskFieldRow.shortlisted)).order_by(col(t.TaskFieldRow.position))
            )
            items = tuple(Item(row.id, row.name) for row in fields if row.id is not None)
        else:
            options = session.exec(select(OptionRow).order_by(col(OptionRow.position)))
            items = tuple(Item(row.id, row.name) for row in options if row.id is not None)
        criteria = tuple(
            Criterion(row.id, row.name, row.scale_min, row.scale_max)
            for row in session.exec(select(t.CriterionRow).order_by(col(t.CriterionRow.position)))
            if row.id is not None
        )
        return items, criteria

    def close_round(self) -> Future[list[Change]]:
        """Close the open round. A scoring round's ballots become each municipality's score
        (by the round's rule) through the scoring services, as undoable changes."""
        current = self.round
        if current is None or current.state != "open":
            raise ValidationError(msg("room.no_open_round"))
        return self._close_round(current)

    def _close_round(self, current: Round) -> Future[list[Change]]:
        def close() -> list[Change]:
            def mark(session: Session) -> None:
                row = session.get(RoomRoundRow, current.id)
                assert row is not None
                row.state, row.closed_at = "closed", now()
                session.add(row)
                # The key that let the running room replace a vote is no use any more: gone,
                # so not even the room's own secret could link a vote to a device afterwards.
                for table in (RoomBallotRow, RoomVoteRow):
                    session.execute(
                        update(table).where(col(table.round_id) == current.id).values(replace_key=None)
                    )

            # Closed first (no ballot can come in between), then the scores written; a crash
            # in between leaves the ballots in the file, from which the scores can be made again.
            self.writer.commit_now(mark)
            current.state = "closed"
            return self._apply_scores(current) if current.scoring else []

        future = self.writer.alone(close)
        future.add_done_callback(self._after(lambda _changes: None, "round"))
        return future

    def _apply_scores(self, current: Round) -> list[Change]:
        from ..edits.options import set_option_score
        from ..edits.scoring import set_score

        changes = []
        for (municipality_id, item_id, criterion_id), value in self.aggregates(current.id).items():
            if current.kind == "task_fields":
                changes.append(
                    set_score(
                        self.doc, task_field_id=item_id, criterion_id=criterion_id,
                        municipality_id=municipality_id, value=value,
                    )
                )
            else:
                changes.append(
                    set_option_score(
                        self.doc, option_id=item_id, criterion_id=criterion_id,
                        municipality_id=municipality_id, value=value,
                    )
                )
        return changes

    def aggregates(self, round_id: int) -> dict[tuple[int, int, int], int]:
        """(municipality, item, criterion) → that municipality's score by the round's rule."""
        with self.doc.reading() as session:
            row = session.get(RoomRoundRow, round_id)
            if row is None:
                return {}
            values: dict[tuple[int, int, int], list[int]] = defaultdict(list)
            for ballot in session.exec(select(RoomBallotRow).where(RoomBallotRow.round_id == round_id)):
                assert ballot.municipality_id is not None and ballot.criterion_id is not None
                values[(ballot.municipality_id, ballot.item_id, ballot.criterion_id)].append(ballot.value)
            return {key: room_rules.aggregate(found, row.rule) for key, found in values.items()}

    def reveal(self) -> Future[None]:
        """Show the current (or last) round's results to the phones."""
        current = self.round
        if current is None:
            raise ValidationError(msg("room.no_round_yet"))

        def store(session: Session) -> None:
            row = session.get(RoomRoundRow, current.id)
            assert row is not None
            row.revealed = True
            session.add(row)

        future = self.writer.grouped(store)
        future.add_done_callback(self._after(lambda _none: setattr(current, "revealed", True), "round"))
        return future
