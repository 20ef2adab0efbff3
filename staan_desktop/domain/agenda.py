"""The agenda of a work conference: the steps of the method the trajectory follows, each with a
planned duration, and the arithmetic of the clock that keeps the room on time.

The steps are fixed by the method: the STAAN werkwijze's run from kennismaking to eigenaren; a
method without task fields (a verkenning) has no steps for them, but steps for its options,
toetsingskader and besluit, and every step says the method's words. What a facilitator adjusts
per trajectory is how long each may take. Those planned minutes belong to the document (they are
part of preparing the session); how far the clock has run does not — it is the state of one
sitting, kept in memory. Time is passed in as seconds, so the rules here stay pure.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .document import Method, MethodPart
from .messages import MessageError, msg
from .methods import parts_of, terms_of

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
    #: What the step works on, as the projector shows it: ``overview``, ``ambition``, ``motives``,
    #: ``interests``, ``task_fields``, ``scoring``, ``owners``, ``register``, ``swot``,
    #: ``options_comparison`` or ``options_decision``.
    view: str
    #: The workspace page the step leads to, when it is not the one the view stands for (the
    #: comparison of the options is shown while scoring them *and* while testing them).
    page: str = ""
    #: The method's word in the title, where it replaced the werkwijze's "taakvelden": the
    #: window puts it in the translated title instead of showing the Dutch one.
    noun: str = ""
    #: Whether ``noun`` is the user's own word (a method they saved): shown as typed, never
    #: translated. The shipped methods' words are translated like the rest of the window.
    own_words: bool = False


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

#: The steps for the parts of a method without task fields (a verkenning, a startgesprek):
#: weighing the options, testing them against the toetsingskader (its knock-outs first, as
#: the seed's STAP 2 comes before its STAP 3), scoring them on the criteria — a method that
#: has both options and criteria scores its options — and the besluit. A step is there when
#: the method uses every part it names.
OPTION_STEPS: tuple[tuple[frozenset[MethodPart], AgendaStep], ...] = (
    (frozenset({MethodPart.OPTIONS}), AgendaStep("opties", "Opties en SWOT", 30, "swot")),
    (frozenset({MethodPart.FRAME}), AgendaStep("toetsingskader", "Toetsingskader", 30, "options_comparison")),
    (frozenset({MethodPart.OPTIONS, MethodPart.CRITERIA}),
     AgendaStep("opties_scoren", "Opties scoren", 30, "options_comparison", page="option_scores")),
    (frozenset({MethodPart.DECISION}), AgendaStep("besluit", "Besluit", 20, "options_decision")),
)

#: The part each step of the STAAN werkwijze works on (``None``: every method has it).
_STEP_PARTS: dict[str, MethodPart | None] = {
    "kennismaking": None,
    "ambitie": MethodPart.AMBITION,
    "motieven": MethodPart.MOTIVES,
    "belangen": MethodPart.INTERESTS,
    "groslijst": MethodPart.TASK_FIELDS,
    "indikken": MethodPart.TASK_FIELDS,
    "scoren": MethodPart.SCORING,
    "eigenaren": MethodPart.OWNERS,
}

#: The keys of the STAAN werkwijze's steps and of its look back.
STEP_KEYS = frozenset(step.key for step in (REVIEW_STEP, *DEFAULT_AGENDA))
#: Every step whose minutes a facilitator may plan, whichever method the trajectory follows.
PLANNABLE_KEYS = STEP_KEYS | {step.key for _, step in OPTION_STEPS}


def default_agenda(method: Method | None, *, own_words: bool = False) -> tuple[AgendaStep, ...]:
    """The agenda of a trajectory of ``method`` (``None``: the STAAN werkwijze, whose agenda is
    :data:`DEFAULT_AGENDA`): a step for each part the method uses, in the order of a session
    (the options after the scoring, the owners last), each named with the method's words
    (``own_words``: words of a method the user saved, which are never translated)."""
    parts = parts_of(method)
    task_fields = terms_of(method).task_fields
    staan = [
        _named(step, task_fields, own_words)
        for step in DEFAULT_AGENDA
        if _STEP_PARTS[step.key] is None or _STEP_PARTS[step.key] in parts
    ]
    options = [step for needs, step in OPTION_STEPS if needs <= parts]
    # The owners take up what was chosen, so they come after the options too.
    cut = len(staan) - 1 if staan[-1].key == "eigenaren" else len(staan)
    return (*staan[:cut], *options, *staan[cut:])


def _named(step: AgendaStep, task_fields: str, own_words: bool) -> AgendaStep:
    """``step`` with the method's word for task fields in its title, where it has one."""
    if "taakvelden" not in step.title or task_fields == "taakvelden":
        return step
    return replace(step, title=step.title.replace("taakvelden", task_fields), noun=task_fields, own_words=own_words)


def check_minutes(minutes: object) -> int:
    """The planned minutes of a step, or :class:`ValueError` with a Dutch sentence."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise MessageError(msg("agenda.whole_minutes"))
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise MessageError(msg("agenda.minutes_range", low=MIN_MINUTES, high=MAX_MINUTES))
    return minutes


def with_minutes(
    planned: dict[str, int], *, review: bool = False, steps: tuple[AgendaStep, ...] = DEFAULT_AGENDA
) -> tuple[AgendaStep, ...]:
    """The agenda ``steps`` (default: the STAAN werkwijze's) with the planned minutes that were
    stored, starting with "Terugblik acties" when ``review`` (there are results or actions still
    open); unknown keys (from a newer version) and values out of range are ignored rather than
    trusted."""
    planned_steps = []
    for step in (REVIEW_STEP, *steps) if review else steps:
        minutes = planned.get(step.key)
        try:
            planned_steps.append(replace(step, minutes=check_minutes(minutes)) if minutes is not None else step)
        except ValueError:
            planned_steps.append(step)
    return tuple(planned_steps)


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
