"""The complete content of one trajectory as plain, immutable data.

This tree is what the JSON interchange carries, what the PDF renderer reads and what the
fingerprint of a signed-off version is computed over. The database is one way to store it;
the tree is the meaning. References between parts use names (municipalities, criteria, task
fields and classes are unique by name or key), so the JSON reads like the startdocument.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Annotated, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from .status import Status as Status  # re-exported: the tree's status is read from here

#: Upper bound on any single text; generous for a chapter, small enough to refuse a
#: JSON file that is only a very long string.
MAX_TEXT = 200_000
MAX_NAME = 500

#: A name as the edit services store it: no surrounding whitespace, no line breaks, no NUL.
Name = Annotated[
    str, StringConstraints(min_length=1, max_length=MAX_NAME, pattern=r"^[^\s\x00](?:[^\n\r\x00]*[^\s\x00])?$")
]
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT)]

#: Upper bound on the entries of any one list (statements, task fields, scores of one task
#: field …): far above a real trajectory (the large test case has 500 task fields of 510 scores),
#: low enough that a file of a million entries is refused before it is stored.
MAX_ITEMS = 10_000

_Item = TypeVar("_Item")
#: A list of the tree: ordered, at most :data:`MAX_ITEMS` entries.
Items = Annotated[tuple[_Item, ...], Field(max_length=MAX_ITEMS)]

MIN_MUNICIPALITIES = 2
MAX_MUNICIPALITIES = 50
FORMAT_NAME = "staan"
FORMAT_VERSION = 1


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BlockKind(str, Enum):
    """What a block in a section shows: free text, or one of the structured parts."""

    TEXT = "text"
    STATEMENTS = "statements"
    MOTIVES = "motives"
    INTERESTS = "interests"
    DIFFERENCES = "differences"
    CRITERIA = "criteria"
    CLASSIFICATION = "classification"
    SCORES = "scores"
    OWNERS = "owners"
    ROLES = "roles"
    RULES = "rules"
    #: The options (forms of cooperation): description, SWOT matrix, reference cases, and the
    #: comparison of options × criteria.
    OPTIONS = "options"
    #: The toetsingskader: its steps with knock-out verdicts per option.
    FRAME = "frame"
    #: The decision on the options.
    DECISION = "decision"
    # What follows the session; printed where a section places them, otherwise as an annex.
    PARTIES = "parties"
    ACTIONS = "actions"
    KEY_FIGURES = "key_figures"
    COST_KEYS = "cost_keys"
    MANDATES = "mandates"
    OPEN_QUESTIONS = "open_questions"
    KNOWLEDGE_AGENDA = "knowledge_agenda"
    COOPERATIONS = "cooperations"


class OwnerRole(str, Enum):
    EIGENAAR = "eigenaar"
    PROJECTLEIDER = "projectleider"


class TrajectoryInfo(_Model):
    title: Name
    subtitle: Text = ""
    short_name: Annotated[str, StringConstraints(max_length=MAX_NAME)] = ""
    procesmanager: Text = ""
    #: May the procesmanager's name be published? ``None``: the default (not, as for staff).
    procesmanager_public: bool | None = None
    #: The author named in PDF metadata: a role, not a person, unless chosen.
    author_role: Text = "procesmanager samenwerking"
    document_date: Text = ""
    version_label: Text = ""
    status: Status = Status.CONCEPT
    character_keywords: Items[Name] = ()
    #: Safe markup: the noted differences between the municipalities (tempo, inhoud, schaal).
    differences: Text = ""


class PartyKind(str, Enum):
    """Who sits around the table besides the municipalities themselves."""

    GEMEENTE = "gemeente"
    #: An organisation that acts for one or more municipalities (a shared service organisation).
    ORGANISATIE = "organisatie"
    #: An adviser, a funder, the province: involved, but not a partner in the cooperation.
    EXTERN = "extern"
    #: A prospective partner that observes for now (the door kept open).
    TOEKOMSTIG = "toekomstig"


PARTY_KIND_LABELS: dict[PartyKind, str] = {
    PartyKind.GEMEENTE: "gemeente",
    PartyKind.ORGANISATIE: "organisatie namens gemeenten",
    PartyKind.EXTERN: "externe partij",
    PartyKind.TOEKOMSTIG: "toekomstige partner, waarnemer",
}


class Party(_Model):
    """A party that is not one of the municipalities. Everywhere a municipality is named
    (participants, owners, members, interests) a party may be named instead; only the
    municipalities score and share costs."""

    name: Name
    kind: PartyKind
    #: For an organisation: the municipalities it acts for.
    acts_for: Items[Name] = ()
    description: Text = ""


class Participant(_Model):
    name: Name
    #: A municipality or a party.
    municipality: Name | None = None
    function: Text = ""
    #: May the name be published (Woo, AVG)? ``None`` follows the default for the person's role
    #: (:mod:`staan_desktop.domain.publication`); ``True``/``False`` is an explicit choice.
    public_function: bool | None = None


class Conference(_Model):
    date: Text = ""
    place: Text = ""
    theme: Text = ""
    participants: Items[Participant] = ()
    questions: Items[Text] = ()


class Block(_Model):
    kind: BlockKind = BlockKind.TEXT
    #: Safe markup (see :mod:`staan_desktop.domain.markup`); only text blocks use it.
    text: Text = ""


class Section(_Model):
    title: Name
    blocks: Items[Block] = ()
    children: Items[Section] = ()


class Motive(_Model):
    letter: Annotated[str, StringConstraints(min_length=1, max_length=8)]
    name: Name
    explanation: Text = ""


class InterestColumn(_Model):
    municipality: Name
    items: Items[Text] = ()


class InterestCategory(_Model):
    name: Name
    columns: Items[InterestColumn] = ()


class Criterion(_Model):
    name: Name
    weight: float = Field(default=1.0, ge=0, le=1000)
    scale_min: int = Field(default=1, ge=-1000, le=1000)
    scale_max: int = Field(default=5, ge=-1000, le=1000)


class CriterionWeight(_Model):
    """One municipality's own weight of one criterion."""

    criterion: Name
    weight: float = Field(ge=0, le=1000, allow_inf_nan=False)


class WeightSet(_Model):
    """A municipality's own weights, compared beside the shared ones (which stay the weights
    that classify). A criterion it gives no weight keeps the shared weight."""

    municipality: Name
    weights: Annotated[tuple[CriterionWeight, ...], Field(min_length=1, max_length=MAX_ITEMS)]


class ClassDef(_Model):
    """One class of the classification, e.g. *zeer kansrijk*.

    ``min_ratio`` is the lowest normalised weighted score (0 … 1) that earns the class;
    the classes are tried from the highest ``min_ratio`` down.
    """

    key: Name
    name: Name
    note: Text = ""
    min_ratio: float = Field(default=0.0, ge=0.0, le=1.0)


class Score(_Model):
    criterion: Name
    #: ``None`` is the score the municipalities agreed on together.
    municipality: Name | None = None
    #: Within every criterion's possible scale; validate_tree checks the criterion's own.
    value: int = Field(ge=-1000, le=1000)
    note: Text = ""


class Owner(_Model):
    person: Name
    municipality: Name | None = None
    role: OwnerRole = OwnerRole.EIGENAAR
    from_date: Text = ""
    #: May the name be published (Woo, AVG)? ``None`` follows the default for the person's role
    #: (:mod:`staan_desktop.domain.publication`); ``True``/``False`` is an explicit choice.
    public_function: bool | None = None


class Override(_Model):
    class_key: Name | None
    reason: Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT)]


class TaskField(_Model):
    name: Name
    description: Text = ""
    footnote: Text = ""
    shortlisted: bool = False
    override: Override | None = None
    scores: Items[Score] = ()
    owners: Items[Owner] = ()


class Swot(_Model):
    """Sterkten, zwakten, kansen en bedreigingen of one option, each an ordered list."""

    strengths: Items[Text] = ()
    weaknesses: Items[Text] = ()
    opportunities: Items[Text] = ()
    threats: Items[Text] = ()


class ReferenceCase(_Model):
    """A cooperation elsewhere that shows the option at work (e.g. Meerinzicht, BAR)."""

    name: Name
    description: Text = ""


class Option(_Model):
    """A form of cooperation or scenario weighed beside the others, scored on the criteria
    like a task field."""

    name: Name
    #: Safe markup, printed with the option.
    description: Text = ""
    swot: Swot = Swot()
    references: Items[ReferenceCase] = ()
    scores: Items[Score] = ()


class Verdict(str, Enum):
    """How an option fares on one knock-out condition."""

    PASS = "voldoet"
    FAIL = "voldoet niet"
    UNKNOWN = "onbekend"


class KnockOutVerdict(_Model):
    option: Name
    verdict: Verdict = Verdict.UNKNOWN
    reason: Text = ""


class KnockOut(_Model):
    """A condition every option must meet; an option that fails it leaves the ranking."""

    condition: Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT)]
    verdicts: Items[KnockOutVerdict] = ()


class FrameStep(_Model):
    """One step of the toetsingskader: what it asks, its knock-outs and the criteria it weighs."""

    title: Name
    #: Safe markup.
    description: Text = ""
    knock_outs: Items[KnockOut] = ()
    #: Names of criteria of the document.
    criteria: Items[Name] = ()


class OptionStatus(str, Enum):
    CHOSEN = "gekozen"
    NOT_CHOSEN = "niet gekozen"
    LATER = "later"
    EXCLUDED = "uitgesloten"


class OptionChoice(_Model):
    option: Name
    status: OptionStatus
    reason: Text = ""


class OptionsDecision(_Model):
    """The decision of a verkenning: which options go on as *basisrichtingen*, why, and what
    the others are. A decision in its own right, not an override of a class."""

    decided_on: Text = ""
    #: Safe markup: the reasons.
    reasons: Text = ""
    choices: Items[OptionChoice] = ()


class Responsibility(_Model):
    text: Text
    footnote: Text = ""


class Member(_Model):
    name: Name
    municipality: Name | None = None
    #: May the name be published (Woo, AVG)? ``None`` follows the default for the person's role
    #: (:mod:`staan_desktop.domain.publication`); ``True``/``False`` is an explicit choice.
    public_function: bool | None = None


class Role(_Model):
    name: Name
    #: Safe markup, like a text block.
    description: Text = ""
    responsibilities_title: Text = ""
    responsibilities: Items[Responsibility] = ()
    members: Items[Member] = ()


class MethodPart(str, Enum):
    """A structured part a method may use; each has its page in the window (same key)."""

    CONFERENCES = "conferences"
    AMBITION = "ambition"
    MOTIVES = "motives"
    INTERESTS = "interests"
    TASK_FIELDS = "task_fields"
    SCORING = "scoring"
    CRITERIA = "criteria"
    OWNERS = "owners"
    ROLES = "roles"
    RULES = "rules"
    OPTIONS = "options"
    FRAME = "frame"
    DECISION = "decision"


class MethodTerms(_Model):
    """What the method calls its parts, lower case as in running text; the window and the PDF
    say these words instead of hard-coded ones. The defaults are the STAAN-werkwijze's."""

    task_field: Name = "taakveld"
    task_fields: Name = "taakvelden"
    conference: Name = "werkconferentie"
    conferences: Name = "werkconferenties"
    #: Who prepared the questions of the annex (``De managementteams hebben zich … voorbereid``).
    prepared_by: Name = "De managementteams"


class MethodChapter(_Model):
    """A chapter a new trajectory of the method starts with: its title and the kinds of its
    blocks (text blocks start empty)."""

    title: Name
    blocks: Items[BlockKind] = ()
    children: Items[MethodChapter] = ()


class Method(_Model):
    """How a trajectory is worked: its chapters, the names of its parts and which structured
    parts it uses. A trajectory without one follows the STAAN-werkwijze."""

    key: Annotated[str, StringConstraints(min_length=1, max_length=80, pattern=r"^[a-z0-9][a-z0-9-]*$")]
    name: Name
    description: Text = ""
    parts: Items[MethodPart] = ()
    terms: MethodTerms = MethodTerms()
    chapters: Items[MethodChapter] = ()


class ActionKind(str, Enum):
    """A result the cooperation is to deliver, or an action that someone takes on."""

    RESULTAAT = "resultaat"
    ACTIE = "actie"


class ActionStatus(str, Enum):
    OPEN = "open"
    IN_UITVOERING = "in uitvoering"
    GEREED = "gereed"
    VERVALLEN = "vervallen"


class ActionItem(_Model):
    """One line of the register of results and actions that the session leaves behind."""

    kind: ActionKind = ActionKind.ACTIE
    description: Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT)]
    owner_person: Text = ""
    #: A municipality or a party.
    owner_party: Name | None = None
    target_date: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    #: What it belongs to: a task field, an option (by name) and/or a chapter (by title).
    task_field: Name | None = None
    option: Name | None = None
    chapter: Name | None = None


class FigureValue(_Model):
    municipality: Name
    value: float = Field(ge=0, le=1e15, allow_inf_nan=False)


class KeyFigure(_Model):
    """A number known for each municipality (inhabitants, formatie in fte, case load, area …),
    with where it comes from and the day it describes."""

    name: Name
    unit: Text = ""
    source: Text = ""
    as_of: date | None = None
    values: Items[FigureValue] = ()


class CostKeyTerm(_Model):
    figure: Name
    weight: float = Field(default=1.0, gt=0, le=1000, allow_inf_nan=False)


class CostKey(_Model):
    """A way to divide shared costs: the weighted mix of key figures that sets each
    municipality's share (see :mod:`staan_desktop.domain.cost_keys`)."""

    name: Name
    description: Text = ""
    terms: Items[CostKeyTerm] = ()
    #: At most one key is the chosen one; ``reasons`` says why.
    chosen: bool = False
    reasons: Text = ""


class QuestionStatus(str, Enum):
    OPEN = "open"
    IN_BEHANDELING = "in behandeling"
    BEANTWOORD = "beantwoord"


RequiredText = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT)]


class KnowledgeQuestion(_Model):
    text: RequiredText
    status: QuestionStatus = QuestionStatus.OPEN
    #: Where it is answered: a chapter, a product, a meeting.
    answered_in: Text = ""


class KnowledgeRubric(_Model):
    """One rubric of the knowledge agenda: the questions the work is to answer and the
    products it is expected to deliver."""

    name: Name
    questions: Items[KnowledgeQuestion] = ()
    products: Items[RequiredText] = ()
    owner: Text = ""
    #: A municipality or a party.
    owner_party: Name | None = None


class OpenQuestion(_Model):
    """A challenge or open question of a session, grouped under a theme."""

    theme: Text = ""
    text: RequiredText
    status: QuestionStatus = QuestionStatus.OPEN
    answered_in: Text = ""


class MandateKind(str, Enum):
    KADER = "kader"
    VRAAG = "vraag"


class Mandate(_Model):
    """A frame (kader) or question a council gave along, and where the document answers it."""

    #: The council's municipality, or an organisation that acts for municipalities (their
    #: councils together); ``None``: all councils together.
    municipality: Name | None = None
    kind: MandateKind = MandateKind.KADER
    text: RequiredText
    answered_in: Text = ""
    status: QuestionStatus = QuestionStatus.OPEN


class Cooperation(_Model):
    """An existing cooperation the municipalities already take part in."""

    name: Name
    #: Who takes part, as written (may name organisations outside this trajectory).
    parties: Items[Name] = ()
    field: Text = ""
    legal_form: Text = ""
    task_fields: Items[Name] = ()
    options: Items[Name] = ()


class Trajectory(_Model):
    """Everything a startdocument says."""

    format: str = FORMAT_NAME
    format_version: int = FORMAT_VERSION
    trajectory: TrajectoryInfo
    municipalities: Items[Name] = ()
    parties: Items[Party] = ()
    conferences: Items[Conference] = ()
    sections: Items[Section] = ()
    statements: Items[Text] = ()
    motives: Items[Motive] = ()
    interests: Items[InterestCategory] = ()
    criteria: Items[Criterion] = ()
    classes: Items[ClassDef] = ()
    task_fields: Items[TaskField] = ()
    roles: Items[Role] = ()
    rules: Items[Text] = ()
    actions: Items[ActionItem] = ()
    key_figures: Items[KeyFigure] = ()
    cost_keys: Items[CostKey] = ()
    knowledge_agenda: Items[KnowledgeRubric] = ()
    open_questions: Items[OpenQuestion] = ()
    mandates: Items[Mandate] = ()
    cooperations: Items[Cooperation] = ()
    options: Items[Option] = ()
    frame: Items[FrameStep] = ()
    decision: OptionsDecision | None = None
    #: The method the trajectory follows; ``None``: the STAAN-werkwijze (older documents).
    method: Method | None = None
    #: Municipalities' own weights of the criteria, compared with the shared weights
    #: (:mod:`staan_desktop.domain.weight_sets`).
    weight_sets: Items[WeightSet] = ()
