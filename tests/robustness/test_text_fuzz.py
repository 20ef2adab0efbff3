"""Text fuzzing through the services: every ``add_``/``update_``/``rename_``/``set_`` edit with a
text argument gets any Unicode (and the nasty cases: NUL, line breaks, half characters, markup,
right-to-left marks, the exact length limits). Nothing crashes: a text is either stored exactly
(names stripped of surrounding whitespace, by design) or refused with a Dutch message and
nothing changed. Then JSON (export → import → export identical) and the PDF export of fuzzed
content through the services.

More examples: ``STAAN_FUZZ_EXAMPLES=500 .venv/bin/python -m pytest tests/robustness/test_text_fuzz.py``.
"""

from __future__ import annotations

import inspect
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from staan_desktop.domain import register_tables as r
from staan_desktop.domain import tables as t
from staan_desktop.domain.document import MAX_NAME, MAX_TEXT
from staan_desktop.services import edits
from staan_desktop.services.errors import ValidationError
from staan_desktop.services.interchange import export_json, import_json, load_tree
from staan_desktop.services.store import Document, create_document

from .helpers import assert_user_message

EXAMPLES = int(os.environ.get("STAAN_FUZZ_EXAMPLES", "20"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)

SPECIALS = [
    "", " ", "\t", "  spaties eromheen  ", "\u00a0harde spatie\u00a0", "\u3000ideografisch\u3000",
    "\x00", "a\x00b", "\n", "regel 1\nregel 2", "a\r\nb", "\r", "\x1f\x7f\x85",
    "<b>vet</b>", '<font name="x" color="red">rood</font>', "<para>", "&amp; &lt; &#x41;", "]]>", "<!-- -->",
    "'\"`\\", "%s %d {0} {{}}", "NaN", "null", "None", "DROP TABLE statement; --",
    "\u202eomgekeerd\u202c", "\u200f\u200e", "\ufeffbom", "\u200b\u200d", "e\u0301", "ĳsselmonde Café Ñandú",
    "😀👍🏽👨‍👩‍👧", "中文 日本語 한국어", "العربية עברית", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\U0010ffff",
    "\ud800", "a\udfffb", "\udbff\udc00",  # half characters (lone surrogates)
    "x" * MAX_NAME, "x" * (MAX_NAME + 1), " " + "x" * MAX_NAME + " ", "ab" * 8, "abcdefgh", " abcdefgh ",
    "y" * MAX_TEXT, "y" * (MAX_TEXT + 1),
]
texts = st.one_of(
    st.text(max_size=200),
    st.text(st.characters(min_codepoint=0, max_codepoint=0x7F), max_size=40),
    st.text(st.characters(categories=["Zs", "Cc", "Cf", "Cs", "Mn", "So"]), max_size=20),
    st.sampled_from(SPECIALS),
)


# What a service must do with a text ---------------------------------------------------------


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def expected(kind: str, value: str, taken: set[str] = frozenset()) -> str | None:  # type: ignore[assignment]
    """What ends up stored, or ``None`` when the service must refuse."""
    if not _encodable(value) or "\x00" in value:
        return None
    if kind in ("name", "letter"):
        name = value.strip()
        limit = 8 if kind == "letter" else MAX_NAME
        if not name or len(name) > limit or "\n" in name or "\r" in name or name in taken:
            return None
        return name
    if len(value) > (MAX_NAME if kind == "short" else MAX_TEXT) or (kind == "required" and not value.strip()):
        return None
    return value


# The edits ----------------------------------------------------------------------------------


@dataclass
class Spec:
    func: str
    param: str
    kind: str  # name | letter | short | text | required
    row: type
    column: str
    #: For an update: the keyword of the id and the fixture item it names.
    target: tuple[str, str] | None = None
    #: The other arguments (callables get the fixture items).
    fixed: dict[str, Any] = field(default_factory=dict)
    #: For unique names: the column whose other values the new one may not repeat.
    unique: bool = False

    @property
    def id(self) -> str:
        return f"{self.func}.{self.param}"


def _c(key: str) -> Callable[[dict[str, int]], int]:
    return lambda items: items[key]


SPECS = [
    Spec("update_trajectory", "title", "name", t.TrajectoryRow, "title", ("", "trajectory")),
    *[
        Spec("update_trajectory", p, "text", t.TrajectoryRow, p, ("", "trajectory"))
        for p in ("subtitle", "procesmanager", "author_role", "document_date", "version_label", "differences")
    ],
    # A short name is free text of a name's length (the document's rules read it back so).
    Spec("update_trajectory", "short_name", "short", t.TrajectoryRow, "short_name", ("", "trajectory")),
    Spec("add_municipality", "name", "name", t.MunicipalityRow, "name", unique=True),
    Spec("rename_municipality", "name", "name", t.MunicipalityRow, "name", ("municipality_id", "municipality"), unique=True),
    *[Spec("add_conference", p, "text", t.ConferenceRow, p) for p in ("date", "place", "theme")],
    *[Spec("update_conference", p, "text", t.ConferenceRow, p, ("conference_id", "conference")) for p in ("date", "place", "theme")],
    Spec("add_participant", "name", "name", t.ParticipantRow, "name", fixed={"conference_id": _c("conference")}),
    Spec("add_participant", "function", "text", t.ParticipantRow, "function", fixed={"conference_id": _c("conference"), "name": "P"}),
    Spec("update_participant", "name", "name", t.ParticipantRow, "name", ("participant_id", "participant"), {"municipality_id": None}),
    Spec("update_participant", "function", "text", t.ParticipantRow, "function", ("participant_id", "participant"), {"municipality_id": None, "name": "P"}),
    Spec("add_question", "text", "required", t.QuestionRow, "text", fixed={"conference_id": _c("conference")}),
    Spec("update_question", "text", "required", t.QuestionRow, "text", ("question_id", "question")),
    Spec("add_section", "title", "name", t.SectionRow, "title"),
    Spec("rename_section", "title", "name", t.SectionRow, "title", ("section_id", "section")),
    Spec("add_block", "text", "text", t.BlockRow, "text", fixed={"section_id": _c("section")}),
    Spec("update_block", "text", "text", t.BlockRow, "text", ("block_id", "block")),
    Spec("add_statement", "text", "required", t.StatementRow, "text"),
    Spec("update_statement", "text", "required", t.StatementRow, "text", ("statement_id", "statement")),
    Spec("add_motive", "letter", "letter", t.MotiveRow, "letter", fixed={"name": "Klant"}),
    Spec("add_motive", "name", "name", t.MotiveRow, "name", fixed={"letter": "K"}),
    Spec("add_motive", "explanation", "text", t.MotiveRow, "explanation", fixed={"letter": "K", "name": "Klant"}),
    Spec("update_motive", "letter", "letter", t.MotiveRow, "letter", ("motive_id", "motive"), {"name": "Klant", "explanation": ""}),
    Spec("update_motive", "name", "name", t.MotiveRow, "name", ("motive_id", "motive"), {"letter": "K", "explanation": ""}),
    Spec("update_motive", "explanation", "text", t.MotiveRow, "explanation", ("motive_id", "motive"), {"letter": "K", "name": "Klant"}),
    Spec("add_rule", "text", "required", t.RuleRow, "text"),
    Spec("update_rule", "text", "required", t.RuleRow, "text", ("rule_id", "rule")),
    Spec("add_interest_category", "name", "name", t.InterestCategoryRow, "name", unique=True),
    Spec("rename_interest_category", "name", "name", t.InterestCategoryRow, "name", ("category_id", "category"), unique=True),
    Spec("add_interest", "text", "required", t.InterestItemRow, "text",
         fixed={"category_id": _c("category"), "municipality_id": _c("municipality")}),
    Spec("update_interest", "text", "required", t.InterestItemRow, "text", ("item_id", "interest")),
    Spec("add_task_field", "name", "name", t.TaskFieldRow, "name", unique=True),
    *[Spec("add_task_field", p, "text", t.TaskFieldRow, p, fixed={"name": _c("fresh")}) for p in ("description", "footnote")],
    Spec("update_task_field", "name", "name", t.TaskFieldRow, "name", ("task_field_id", "task_field"), unique=True),
    *[Spec("update_task_field", p, "text", t.TaskFieldRow, p, ("task_field_id", "task_field")) for p in ("description", "footnote")],
    Spec("set_override", "reason", "required", t.TaskFieldRow, "override_reason", ("task_field_id", "task_field"), {"class_key": None}),
    Spec("add_criterion", "name", "name", t.CriterionRow, "name", unique=True),
    Spec("update_criterion", "name", "name", t.CriterionRow, "name", ("criterion_id", "criterion"),
         {"weight": 1.0, "scale_min": 1, "scale_max": 5}, unique=True),
    Spec("add_class", "key", "name", t.ClassRow, "key", fixed={"name": "Klasse"}, unique=True),
    Spec("add_class", "name", "name", t.ClassRow, "name", fixed={"key": _c("fresh")}),
    Spec("add_class", "note", "text", t.ClassRow, "note", fixed={"key": _c("fresh"), "name": "Klasse"}),
    Spec("update_class", "name", "name", t.ClassRow, "name", ("class_id", "class"), {"note": "", "min_ratio": 0.5}),
    Spec("update_class", "note", "text", t.ClassRow, "note", ("class_id", "class"), {"name": "Klasse", "min_ratio": 0.5}),
    Spec("set_score", "note", "text", t.ScoreRow, "note",
         fixed={"task_field_id": _c("task_field"), "criterion_id": _c("criterion"), "municipality_id": None, "value": 3}),
    Spec("add_owner", "person", "name", t.OwnerRow, "person", fixed={"task_field_id": _c("task_field")}),
    Spec("add_owner", "from_date", "text", t.OwnerRow, "from_date", fixed={"task_field_id": _c("task_field"), "person": "P"}),
    Spec("update_owner", "person", "name", t.OwnerRow, "person", ("owner_id", "owner"), {"municipality_id": None, "role": "eigenaar"}),
    Spec("update_owner", "from_date", "text", t.OwnerRow, "from_date", ("owner_id", "owner"),
         {"municipality_id": None, "role": "eigenaar", "person": "P"}),
    Spec("add_role", "name", "name", t.RoleRow, "name", unique=True),
    *[Spec("add_role", p, "text", t.RoleRow, p, fixed={"name": _c("fresh")}) for p in ("description", "responsibilities_title")],
    Spec("update_role", "name", "name", t.RoleRow, "name", ("role_id", "role"), {"description": "", "responsibilities_title": ""}, unique=True),
    Spec("update_role", "description", "text", t.RoleRow, "description", ("role_id", "role"), {"name": "Stuurgroep", "responsibilities_title": ""}),
    Spec("update_role", "responsibilities_title", "text", t.RoleRow, "responsibilities_title", ("role_id", "role"),
         {"name": "Stuurgroep", "description": ""}),
    Spec("add_responsibility", "text", "required", t.ResponsibilityRow, "text", fixed={"role_id": _c("role")}),
    Spec("add_responsibility", "footnote", "text", t.ResponsibilityRow, "footnote", fixed={"role_id": _c("role"), "text": "T"}),
    Spec("update_responsibility", "text", "required", t.ResponsibilityRow, "text", ("responsibility_id", "responsibility")),
    Spec("update_responsibility", "footnote", "text", t.ResponsibilityRow, "footnote", ("responsibility_id", "responsibility"), {"text": "T"}),
    Spec("add_member", "name", "name", t.MemberRow, "name", fixed={"role_id": _c("role")}),
    Spec("update_member", "name", "name", t.MemberRow, "name", ("member_id", "member"), {"municipality_id": None}),
    # What follows the session.
    Spec("add_party", "name", "name", t.MunicipalityRow, "name", fixed={"kind": "extern"}, unique=True),
    Spec("add_party", "description", "text", t.MunicipalityRow, "description", fixed={"name": _c("fresh"), "kind": "extern"}),
    Spec("add_action", "description", "required", r.ActionItemRow, "description"),
    Spec("add_figure", "name", "name", r.KeyFigureRow, "name", unique=True),
    *[Spec("add_figure", p, "text", r.KeyFigureRow, p, fixed={"name": _c("fresh")}) for p in ("unit", "source")],
    Spec("add_cost_key", "name", "name", r.CostKeyRow, "name", unique=True),
    Spec("add_cost_key", "description", "text", r.CostKeyRow, "description", fixed={"name": _c("fresh")}),
    Spec("add_rubric", "name", "name", r.KnowledgeRubricRow, "name", unique=True),
    Spec("add_knowledge_question", "text", "required", r.KnowledgeQuestionRow, "text", fixed={"rubric_id": _c("rubric")}),
    Spec("add_open_question", "text", "required", r.OpenQuestionRow, "text"),
    Spec("add_mandate", "text", "required", r.MandateRow, "text"),
    Spec("add_cooperation", "name", "name", r.CooperationRow, "name", unique=True),
]
#: Arguments that are a choice from a list or a reference, not free text.
NOT_FREE_TEXT = {("add_block", "kind"), ("add_owner", "role"), ("update_owner", "role"), ("set_override", "class_key"),
                 ("add_party", "kind"), ("add_figure", "as_of")}


def test_every_text_argument_of_every_edit_is_fuzzed() -> None:
    covered = {(s.func, s.param) for s in SPECS} | {("add_task_fields", "names")}
    missing = []
    for name in edits.__all__:
        func = getattr(edits, name)
        if not callable(func) or name.split("_")[0] not in ("add", "update", "rename", "set"):
            continue
        for param in inspect.signature(func).parameters.values():
            if "str" in str(param.annotation) and (name, param.name) not in NOT_FREE_TEXT:
                if param.kind is param.VAR_KEYWORD:
                    if not any(s.func == name for s in SPECS):
                        missing.append(f"{name}(**{param.name})")
                elif (name, param.name) not in covered:
                    missing.append(f"{name}({param.name})")
    assert not missing, f"edits with text arguments that nobody fuzzes: {missing}"


# The document ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fuzz_doc() -> Iterator[tuple[Document, dict[str, int]]]:
    """One document for all examples, on a RAM disk where there is one: fuzzing is about
    text, and the durability of each commit is proven elsewhere."""
    base = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    with tempfile.TemporaryDirectory(prefix="staan-fuzz-", dir=base) as folder:
        doc = create_document(Path(folder) / "fuzz.staan")
        items: dict[str, int] = {}
        edits.update_trajectory(doc, title="Fuzz")
        items["municipality"] = edits.add_municipality(doc, name="Assen").item_id  # type: ignore[assignment]
        items["conference"] = edits.add_conference(doc).item_id  # type: ignore[assignment]
        items["participant"] = edits.add_participant(doc, conference_id=items["conference"], name="P").item_id  # type: ignore[assignment]
        items["question"] = edits.add_question(doc, conference_id=items["conference"], text="V").item_id  # type: ignore[assignment]
        items["section"] = edits.add_section(doc, title="H").item_id  # type: ignore[assignment]
        items["block"] = edits.add_block(doc, section_id=items["section"]).item_id  # type: ignore[assignment]
        items["statement"] = edits.add_statement(doc, text="U").item_id  # type: ignore[assignment]
        items["motive"] = edits.add_motive(doc, letter="K", name="Klant").item_id  # type: ignore[assignment]
        items["rule"] = edits.add_rule(doc, text="R").item_id  # type: ignore[assignment]
        items["category"] = edits.add_interest_category(doc, name="C").item_id  # type: ignore[assignment]
        items["interest"] = edits.add_interest(
            doc, category_id=items["category"], municipality_id=items["municipality"], text="B"
        ).item_id  # type: ignore[assignment]
        items["task_field"] = edits.add_task_field(doc, name="T").item_id  # type: ignore[assignment]
        items["criterion"] = edits.add_criterion(doc, name="Cr").item_id  # type: ignore[assignment]
        items["class"] = edits.add_class(doc, key="k", name="Klasse").item_id  # type: ignore[assignment]
        items["owner"] = edits.add_owner(doc, task_field_id=items["task_field"], person="P").item_id  # type: ignore[assignment]
        items["role"] = edits.add_role(doc, name="Stuurgroep").item_id  # type: ignore[assignment]
        items["responsibility"] = edits.add_responsibility(doc, role_id=items["role"], text="T").item_id  # type: ignore[assignment]
        items["member"] = edits.add_member(doc, role_id=items["role"], name="L").item_id  # type: ignore[assignment]
        items["rubric"] = edits.add_rubric(doc, name="Rubriek").item_id  # type: ignore[assignment]
        with doc.reading() as session:
            items["trajectory"] = session.exec(select(t.TrajectoryRow.id)).one()  # type: ignore[assignment]
        yield doc, items
        doc.close()


_counter = iter(range(10**9))


def _read(doc: Document, spec: Spec, item_id: int | None) -> tuple[Any, int]:
    with doc.reading() as session:
        count = len(session.exec(select(spec.row.id)).all())  # type: ignore[attr-defined]
        value = getattr(session.get(spec.row, item_id), spec.column) if item_id is not None else None
        return value, count


def _taken(doc: Document, spec: Spec, item_id: int | None) -> set[str]:
    if not spec.unique:
        return set()
    with doc.reading() as session:
        rows = session.exec(select(spec.row)).all()
        return {getattr(r, spec.column) for r in rows if r.id != item_id}


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_text_through_the_services(fuzz_doc: tuple[Document, dict[str, int]], spec: Spec) -> None:
    doc, items = fuzz_doc

    @FUZZ
    @given(value=texts)
    def check(value: str) -> None:
        items["fresh"] = f"uniek {next(_counter)}"  # type: ignore[assignment]
        kwargs = {k: (v(items) if callable(v) else v) for k, v in spec.fixed.items()}
        item_id = None
        if spec.target is not None:
            keyword, key = spec.target
            item_id = items[key]
            if keyword:
                kwargs[keyword] = item_id
        if spec.func == "add_municipality":
            with doc.reading() as session:  # stay under the 50 municipalities a trajectory may have
                others = session.exec(select(t.MunicipalityRow.id).where(t.MunicipalityRow.id != items["municipality"])).all()
            for other in others:
                edits.remove(doc, "municipality", other)
        kwargs[spec.param] = value
        want = expected(spec.kind, value, _taken(doc, spec, item_id))
        before, count = _read(doc, spec, item_id)
        func = getattr(edits, spec.func)
        if want is None:
            with pytest.raises(ValidationError) as refused:
                func(doc, **kwargs)
            assert_user_message(refused.value.message)
            assert _read(doc, spec, item_id) == (before, count), "a refused edit changed the document"
        else:
            change = func(doc, **kwargs)
            stored, _ = _read(doc, spec, item_id if spec.target else change.item_id)
            assert stored == want

    check()


@FUZZ
@given(value=texts)
def test_pasted_list_of_task_fields(fuzz_doc: tuple[Document, dict[str, int]], value: str) -> None:
    doc, _items = fuzz_doc
    with doc.reading() as session:
        taken = set(session.exec(select(t.TaskFieldRow.name)).all())
    lines = value.splitlines() if _encodable(value) else [value]
    names = []
    refused = False
    for raw in lines:
        if not raw.strip():
            continue
        cleaned = raw.strip().lstrip("-•*").strip() or raw
        name = expected("name", cleaned)
        if name is None:
            refused = True
            break
        if name not in taken and name not in names:
            names.append(name)
    if refused:
        with pytest.raises(ValidationError) as raised:
            edits.add_task_fields(doc, names=lines)
        assert_user_message(raised.value.message)
        with doc.reading() as session:
            assert set(session.exec(select(t.TaskFieldRow.name)).all()) == taken  # all or nothing
    else:
        ids = edits.add_task_fields(doc, names=lines).added_ids
        with doc.reading() as session:
            assert [session.get(t.TaskFieldRow, i).name for i in ids] == names  # type: ignore[union-attr]


# JSON and PDF of fuzzed content ---------------------------------------------------------------

valid_names = texts.filter(lambda v: expected("name", v) is not None and len(v) < 2000)
valid_texts = texts.filter(lambda v: expected("required", v) is not None and len(v) < 2000)


@settings(FUZZ, max_examples=max(3, EXAMPLES // 3))
@given(
    title=valid_names, municipality=valid_names, statement=valid_texts, block=valid_texts,
    task_field=valid_names, description=valid_texts, person=valid_names, role=valid_texts,
)
def test_fuzzed_content_round_trips_through_json_and_exports_as_pdf(
    tmp_path_factory: pytest.TempPathFactory, title: str, municipality: str, statement: str, block: str,
    task_field: str, description: str, person: str, role: str,
) -> None:
    from staan_desktop.services.pdf_export import export_pdf

    folder = tmp_path_factory.mktemp("rond")
    with create_document(folder / "a.staan") as doc:
        edits.update_trajectory(doc, title=title, subtitle=statement, differences=block)
        mun = edits.add_municipality(doc, name=municipality).item_id
        edits.add_municipality(doc, name="Tweede gemeente" if municipality.strip() != "Tweede gemeente" else "Derde")
        edits.add_statement(doc, text=statement)
        section = edits.add_section(doc, title=title).item_id
        edits.add_block(doc, section_id=section, text=block)
        tf = edits.add_task_field(doc, name=task_field, description=description, shortlisted=True).item_id
        criterion = edits.add_criterion(doc, name=title).item_id
        edits.set_score(doc, task_field_id=tf, criterion_id=criterion, municipality_id=mun, value=4, note=description)
        edits.add_owner(doc, task_field_id=tf, person=person, municipality_id=mun)
        role_id = edits.add_role(doc, name=person, description=role).item_id
        edits.add_member(doc, role_id=role_id, name=person, municipality_id=mun)
        edits.add_responsibility(doc, role_id=role_id, text=role, footnote=statement)
        tree = load_tree(doc)
        export_json(doc, folder / "een.json")
        with import_json(folder / "een.json", folder / "b.staan") as again:
            assert load_tree(again) == tree
            export_json(again, folder / "twee.json")
        assert (folder / "een.json").read_bytes() == (folder / "twee.json").read_bytes()
        assert tree.trajectory.title == title.strip() and tree.statements == (statement,)
        export_pdf(doc, folder / "a.pdf")
    assert (folder / "a.pdf").read_bytes().startswith(b"%PDF")
