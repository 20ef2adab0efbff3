"""How the room (participants scoring and contributing from their phones) is stored in a
``.staan`` file, apart from the content.

Who voted is stored apart from what was voted: :class:`RoomVoterRow` says that a device took
part in a round (and under which client-generated submission id, so that a resend is
recognised), :class:`RoomBallotRow` holds the scores, with the municipality they count for but
no reference to a device or a voter. Text contributions wait in :class:`RoomContributionRow`
until the facilitator accepts them; only then do they become content (a statement) through the
ordinary edit service.

Not content of the startdocument: not in the trajectory tree, the JSON, the undo history or
the fingerprint of a signed-off version. The municipality's score that a round yields *is*
content: it is written through ``set_score`` when the facilitator closes the round.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from . import tables as _tables  # noqa: F401  (the naming convention must be set first)


def _ref(table: str, nullable: bool = False, ondelete: str = "CASCADE") -> int | None:
    # Field() is typed Any; to the model the attribute is an optional id.
    field: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey(f"{table}.id", ondelete=ondelete), nullable=nullable, index=True),
    )
    return field


class RoomSessionRow(SQLModel, table=True):
    """One opening of the room. Only the SHA-256 of its token is kept: a copy of the file
    does not let anyone into a room, and a token of another session is simply not this one."""

    __tablename__ = "room_session"
    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(unique=True)
    #: ISO 8601 in UTC; ``closed_at`` stays empty while the room is open (or was killed).
    opened_at: str
    closed_at: str = ""


class RoomRoundRow(SQLModel, table=True):
    __tablename__ = "room_round"
    id: int | None = Field(default=None, primary_key=True)
    session_id: int | None = _ref("room_session")
    #: ``room_rules.ROUND_KINDS``: scoring task fields or options, texts, a poll.
    kind: str
    #: ``room_rules.RULES``: how the participants' scores make their municipality's score.
    rule: str = "mean"
    #: ``room_rules.ANONYMITY``: what is stored of who sent what, and shown at the reveal.
    anonymity: str = "municipality"
    #: A poll's question (its choices are :class:`RoomChoiceRow`).
    question: str = ""
    #: The option whose SWOT, or the interest category whose interests, the round collects
    #: (no foreign key: the text is checked by the edit service when it is accepted).
    target_id: int | None = None
    state: str = "open"
    revealed: bool = False
    opened_at: str
    closed_at: str = ""


class RoomVoterRow(SQLModel, table=True):
    """That a device voted in a round; what it voted is in :class:`RoomBallotRow`."""

    __tablename__ = "room_voter"
    __table_args__ = (
        UniqueConstraint("round_id", "device", name="uq_room_voter_round_id"),
        UniqueConstraint("submission", name="uq_room_voter_submission"),
    )
    id: int | None = Field(default=None, primary_key=True)
    round_id: int | None = _ref("room_round")
    #: SHA-256 of the device's key (``hand:`` and a number for a hand vote).
    device: str
    #: The id the phone generated for this submission: a resend carries the same one.
    submission: str


class RoomBallotRow(SQLModel, table=True):
    """One score given in a round, for a municipality, by nobody in particular."""

    __tablename__ = "room_ballot"
    id: int | None = Field(default=None, primary_key=True)
    round_id: int | None = _ref("room_round")
    municipality_id: int | None = _ref("municipality")
    #: A task field's or an option's id, after the round's kind.
    item_id: int
    criterion_id: int | None = _ref("criterion")
    value: int
    #: Entered by the facilitator for someone without a phone.
    hand: bool = False
    #: Lets the running room replace this ballot when its phone votes again: an HMAC of the
    #: device under a secret that lives only in the room's memory, so the file cannot link it
    #: to :class:`RoomVoterRow`; cleared when the round closes.
    replace_key: str | None = None
    #: The participant's name, only in a round ``named``.
    name: str = ""


class RoomContributionRow(SQLModel, table=True):
    """A text sent from a phone, waiting for the facilitator: ``room_rules.CONTRIBUTION_STATES``."""

    __tablename__ = "room_contribution"
    id: int | None = Field(default=None, primary_key=True)
    round_id: int | None = _ref("room_round")
    municipality_id: int | None = _ref("municipality", nullable=True, ondelete="SET NULL")
    submission: str = Field(unique=True)
    text: str
    status: str = "pending"
    #: The statement it became when accepted.
    statement_id: int | None = _ref("statement", nullable=True, ondelete="SET NULL")
    submitted_at: str
    #: A SWOT round's quadrant (``option_tables.QUADRANTS``), else empty.
    quadrant: str = ""
    #: The participant's name, only in a round ``named``.
    name: str = ""
    #: The interest, SWOT point or task field (an idea) it became when accepted (the
    #: statement's is ``statement_id``).
    made_id: int | None = None


class RoomChoiceRow(SQLModel, table=True):
    """One answer a poll offers."""

    __tablename__ = "room_choice"
    id: int | None = Field(default=None, primary_key=True)
    round_id: int | None = _ref("room_round")
    text: str
    position: int


class RoomVoteRow(SQLModel, table=True):
    """One participant's choice in a poll; who chose is in :class:`RoomVoterRow`, as for a
    ballot. The municipality only when the round is by municipality or named, the name only
    when named."""

    __tablename__ = "room_vote"
    id: int | None = Field(default=None, primary_key=True)
    round_id: int | None = _ref("room_round")
    choice_id: int | None = _ref("room_choice")
    municipality_id: int | None = _ref("municipality", nullable=True, ondelete="SET NULL")
    name: str = ""
    replace_key: str | None = None
