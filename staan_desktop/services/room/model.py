"""What the room holds in memory and tells the phones: its limits, rounds, devices and
acknowledgements, and the checks of what a phone sends (pure: no file, no HTTP, no Qt)."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import NamedTuple

from staan_desktop.domain import room_rules
from staan_desktop.domain.messages import Message, msg

from ..errors import ValidationError

#: A room is a meeting: its token dies after this long even if nobody closes it.
SESSION_SECONDS = 12 * 3600
#: A phone counts as present when it asked something within this many seconds.
PRESENT_SECONDS = 45.0
#: Longest text a phone may send (a statement, not an essay).
MAX_CONTRIBUTION = 500
#: Devices that may join one room (a work conference has tens of participants).
MAX_DEVICES = 1000
#: Texts one device may send in one round.
MAX_CONTRIBUTIONS_PER_DEVICE = 20
#: Join cards one room may print (a sheet of eight per page: sixty pages at most).
MAX_CARDS = 480
#: Longest name a participant may give (a name, as on a badge).
MAX_NAME = 80


class RoomRefusal(ValidationError):
    """A request the room refuses; ``code`` tells the phone which text to show (its page
    translates it) and the server which HTTP status to answer."""

    def __init__(self, code: str, message: Message) -> None:
        super().__init__(message)
        self.code = code


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Item:
    id: int
    name: str


@dataclass(frozen=True)
class Criterion:
    id: int
    name: str
    scale_min: int
    scale_max: int


@dataclass
class Round:
    """A round as the room holds it in memory (the file holds the same in ``room_round``)."""

    id: int
    kind: str
    rule: str
    items: tuple[Item, ...] = ()
    criteria: tuple[Criterion, ...] = ()
    state: str = "open"
    revealed: bool = False
    anonymity: str = "municipality"
    #: A poll's question; its choices are ``items``.
    question: str = ""
    #: The option (SWOT round) or interest category (interests round) the texts are for.
    target: Item | None = None
    #: Digests of the devices that voted or sent text (so their page can say so).
    voted: set[str] = field(default_factory=set)
    #: Texts per device digest (a bound against flooding the moderation queue).
    sent: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    #: Submission id → device digest of every vote this round took, also those replaced by
    #: a later one (memory only, as long as the round): a late resend of a replaced vote is
    #: answered as stored and does not undo the change.
    seen: dict[str, str] = field(default_factory=dict)

    @property
    def scoring(self) -> bool:
        return self.kind in room_rules.SCORING_KINDS

    @property
    def voting(self) -> bool:
        """A round in which each participant's last vote counts (scores or a poll's choice)."""
        return self.scoring or self.kind == "poll"

    @property
    def texts(self) -> bool:
        return self.kind in room_rules.TEXT_KINDS


@dataclass
class Device:
    digest: str
    municipality_id: int
    last_seen: float
    #: Given on a named join card or typed on the phone when a round is named.
    name: str = ""


@dataclass(frozen=True)
class CardSpec:
    """Who a join card is for: a name and municipality, or nobody in particular."""

    name: str = ""
    municipality: str = ""


@dataclass
class Card:
    """A printed join card: one person, one device (memory only, as long as the room)."""

    number: int
    name: str = ""
    municipality_id: int | None = None
    #: The digest of the device that joined with it; empty while unused.
    device: str = ""


@dataclass(frozen=True)
class Ack:
    """What a phone is told after its submission is stored: ``duplicate`` when it was stored
    before (a resend after a lost answer)."""

    submission: str
    duplicate: bool = False
    #: The phone's earlier vote in this round was replaced by this one.
    changed: bool = False


class Score(NamedTuple):
    """One score of a ballot (a tuple: a full round is thousands of them at once)."""

    item_id: int
    criterion_id: int
    value: int


@dataclass(frozen=True)
class Pending:
    """A text waiting for the facilitator."""

    id: int
    round_id: int
    municipality: str
    text: str
    kind: str = "statements"
    #: A SWOT point's quadrant (``option_tables.QUADRANTS``).
    quadrant: str = ""
    name: str = ""



def parse_submission(value: object) -> str:
    if not isinstance(value, str) or not 8 <= len(value) <= 64 or not value.isascii() or not value.replace("-", "").isalnum():
        raise RoomRefusal("invalid", msg("room.invalid_submission_id"))
    return value


def parse_scores(current: Round, value: object) -> list[Score]:
    """The scores a phone sent, checked against the round's questions and scales."""
    items = {item.id for item in current.items}
    criteria = {criterion.id: criterion for criterion in current.criteria}
    if not isinstance(value, list) or not value or len(value) > len(items) * len(criteria):
        raise RoomRefusal("invalid", msg("room.scores_unreadable"))
    seen: set[tuple[int, int]] = set()
    scores = []
    for entry in value:
        # ``type(n) is int``: not a bool, not a float; the cheap test, run thousands of times.
        if type(entry) is not list or len(entry) != 3 or not all(type(n) is int for n in entry):
            raise RoomRefusal("invalid", msg("room.scores_unreadable"))
        item_id, criterion_id, score = entry
        criterion = criteria.get(criterion_id)
        key = (item_id, criterion_id)
        if item_id not in items or criterion is None or key in seen:
            raise RoomRefusal("invalid", msg("room.scores_other_round"))
        if not criterion.scale_min <= score <= criterion.scale_max:
            raise RoomRefusal(
                "invalid", msg("scoring.out_of_scale", name=criterion.name, low=criterion.scale_min, high=criterion.scale_max)
            )
        seen.add(key)
        scores.append(Score(item_id, criterion_id, score))
    return scores



def parse_name(value: object) -> str:
    """A participant's name as typed on the phone: one line, not empty, not long."""
    if not isinstance(value, str):
        raise RoomRefusal("name", msg("room.name_first"))
    clean = " ".join(value.split())
    if not clean or len(clean) > MAX_NAME or not clean.isprintable():
        raise RoomRefusal("name", msg("room.name_too_long", maximum=MAX_NAME))
    return clean


def parse_choices(question: object, choices: object) -> tuple[str, tuple[str, ...]]:
    """A poll's question and its choices as the facilitator gave them."""
    if not isinstance(question, str) or not question.strip():
        raise ValidationError(msg("room.poll_needs_question"))
    asked = " ".join(question.split())
    if len(asked) > room_rules.MAX_QUESTION:
        raise ValidationError(msg("room.question_too_long", maximum=room_rules.MAX_QUESTION))
    given = [" ".join(str(c).split()) for c in (choices if isinstance(choices, (list, tuple)) else ())]
    given = [c for c in given if c]
    if not 2 <= len(given) <= room_rules.MAX_CHOICES:
        raise ValidationError(msg("room.poll_choice_count", maximum=room_rules.MAX_CHOICES))
    if len(set(given)) != len(given):
        raise ValidationError(msg("room.poll_choices_equal"))
    if any(len(c) > room_rules.MAX_CHOICE for c in given):
        raise ValidationError(msg("room.choice_too_long", maximum=room_rules.MAX_CHOICE))
    return asked, tuple(given)
