"""The agenda of a work conference: the steps of the STAAN werkwijze, each with a planned
duration, and the arithmetic of the clock that keeps the room on time.

The steps are fixed by the method (kennismaking … eigenaren); what a facilitator adjusts per
trajectory is how long each may take. Those planned minutes belong to the document (they are
part of preparing the session); how far the clock has run does not — it is the state of one
sitting, kept in memory. Time is passed in as seconds, so the rules here stay pure.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

#: Planned minutes a facilitator may choose for one step (a whole day at most).
MIN_MINUTES = 1
MAX_MINUTES = 480


@dataclass(frozen=True)
class AgendaStep:
    #: Stable name of the step, stored with its planned minutes.
    key: str
    #: Dutch title as the room sees it.
    title: str
    minutes: int
    #: What the step works on, as a page of the workspace shows it: ``overview``, ``ambition``,
    #: ``motives``, ``interests``, ``task_fields``, ``scoring``, ``owners`` or ``register``.
    view: str


#: The agenda of the STAAN werkwijze: a first work conference of about three hours.
DEFAULT_AGENDA: tuple[AgendaStep, ...] = (
    AgendaStep("kennismaking", "Kennismaking", 15, "overview"),
    AgendaStep("ambitie", "Gedeelde ambitie", 30, "ambition"),
    AgendaStep("motieven", "De 5 K's", 20, "motives"),
    AgendaStep("belangen", "Belangen", 30, "interests"),
    AgendaStep("groslijst", "Groslijst van taakvelden", 20, "task_fields"),
    AgendaStep("indikken", "Indikken tot preferente taakvelden", 20, "task_fields"),
    AgendaStep("scoren", "Scoren", 40, "scoring"),
    AgendaStep("eigenaren", "Eigenaren en projectleiders", 15, "owners"),
)

#: A session that follows an earlier one starts by looking back at what was agreed: the open
#: and overdue items of the register, on the projector.
REVIEW_STEP = AgendaStep("terugblik", "Terugblik acties", 10, "register")

STEP_KEYS = frozenset(step.key for step in (REVIEW_STEP, *DEFAULT_AGENDA))


def check_minutes(minutes: object) -> int:
    """The planned minutes of a step, or :class:`ValueError` with a Dutch sentence."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValueError("De geplande duur is een heel aantal minuten.")
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValueError(f"De geplande duur ligt tussen {MIN_MINUTES} en {MAX_MINUTES} minuten.")
    return minutes


def with_minutes(planned: dict[str, int], *, review: bool = False) -> tuple[AgendaStep, ...]:
    """The default agenda with the planned minutes that were stored, starting with
    "Terugblik acties" when ``review`` (there are results or actions still open); unknown keys
    (from a newer version) and values out of range are ignored rather than trusted."""
    steps = []
    for step in (REVIEW_STEP, *DEFAULT_AGENDA) if review else DEFAULT_AGENDA:
        minutes = planned.get(step.key)
        try:
            steps.append(replace(step, minutes=check_minutes(minutes)) if minutes is not None else step)
        except ValueError:
            steps.append(step)
    return tuple(steps)


def total_minutes(steps: tuple[AgendaStep, ...]) -> int:
    return sum(step.minutes for step in steps)


def clock(seconds: float) -> str:
    """``m:ss`` (or ``h:mm:ss`` from an hour), never negative: how a timer reads aloud."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@dataclass(frozen=True)
class TimerReading:
    """What the timer of the current step says, as ``m:ss`` texts. When ``over`` is true the
    screens say so in words ("+2:10 over tijd"), so the warning never rests on colour alone."""

    elapsed: str
    remaining: str
    #: How far past the planned time (``0:00`` while on time).
    late: str
    over: bool


def reading(elapsed_seconds: float, planned_minutes: int) -> TimerReading:
    planned = planned_minutes * 60
    seconds = max(0, int(elapsed_seconds))
    over = seconds > planned
    return TimerReading(clock(seconds), clock(planned - seconds), clock(seconds - planned), over)
