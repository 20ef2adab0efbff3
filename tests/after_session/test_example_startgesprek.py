"""The shipped example ``resources/examples/startgesprek-bel.json`` carries seed 003 (the
startgesprek of the BEL municipalities) completely, each part in its structured place.

The seed is parsed here on its own terms: headings, paragraphs (a paragraph cut by a page break
mid-sentence continues), "- " bullets, the numbered results with their "Per d/m/jj" dates, the
challenges under their two themes, and the tab-separated knowledge agenda with "•" items.
Every check compares that with the example, so dropping, moving or inventing content fails.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from pathlib import Path

import pytest

from staan_desktop.domain import document as d
from staan_desktop.domain import markup
from staan_desktop.reports.json_interchange import from_json
from staan_desktop.resources import resource_path
from staan_desktop.services.tree import validate_tree

EXAMPLE = resource_path("examples/startgesprek-bel.json")
#: Section titles as the seed writes them (a trailing colon is dropped in the example).
HEADINGS = (
    "Doel startgesprek", "Context van het project", "De aanloop: Hoe is het zover gekomen?",
    "Kritische momenten in de aanloop", "Emoties", "Aansturing", "Mijlpalen markeren en vieren",
    "Het innovatieve aspect van het experiment:", "Het achterliggende probleem waar dit experiment een oplossing voor wil bieden",
    "Zijn er nog andere oplossingsmogelijkheden overwogen?", "De doelstellingen van het experiment:",
    "De te behalen resultaten", "Voortbouwen op bestaande kennis", "De uitdagingen voor het experiment",
    "Wat is de kennisverwachting van InAxis?", "Kennisagenda; de potentiële kennisproductie van het experiment",
)
RESULTS, CHALLENGES, AGENDA = HEADINGS[11], HEADINGS[13], HEADINGS[15]
THEMES = ("Veranderproces", "Hoe gaat de oplossing werken?")
RESULT = re.compile(r"^- (\d) Per (\d{1,2})/(\d{1,2})/(\d\d) (.+)$")


def _seed_file() -> Path | None:
    for parent in Path(__file__).resolve().parents:
        found = sorted((parent / "shared" / "seeds").glob("003_*.txt"))
        if found:
            return found[0]
    return None


@cache
def seed_regions() -> dict[str, list[str]]:
    path = _seed_file()
    if path is None:
        pytest.skip("seed 003_*.txt not found beside the project (../shared/seeds)")
    regions: dict[str, list[str]] = {"": []}
    current = ""
    for line in path.read_text("utf-8").splitlines():
        line = line.rstrip()
        if line in HEADINGS:
            current = line
            regions[current] = []
        else:
            regions[current].append(line)
    assert list(regions)[1:] == list(HEADINGS), "the seed's headings changed"
    return regions


def seed_units(lines: list[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for line in lines:
        if not line.strip():
            continue
        if line.startswith("- "):
            out.append(("bullet", line[2:].strip()))
        elif out and out[-1][0] == "para" and not out[-1][1].endswith((".", ":", "?", "!", "”", ";")):
            out[-1] = ("para", f"{out[-1][1]} {line.strip()}")  # cut by a page break mid-sentence
        else:
            out.append(("para", line.strip()))
    return out


def example_units(section: d.Section) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for block in section.blocks:
        if block.kind is not d.BlockKind.TEXT:
            out.append(("block", block.kind.value))
            continue
        for node in markup.parse(block.text):
            if isinstance(node, markup.Paragraph):
                out.append(("para", " ".join(markup.plain_text(node.inlines).split())))
            else:
                out += [("bullet", markup.plain_text(item)) for item in node.items]
    return out


@cache
def example() -> d.Trajectory:
    tree = from_json(EXAMPLE.read_bytes())
    validate_tree(tree)
    return tree


def section(title: str) -> d.Section:
    return next(s for s in example().sections if s.title == title.rstrip(":"))


def test_sections_are_the_seed_headings_in_order() -> None:
    seed_regions()
    assert [s.title for s in example().sections] == [h.rstrip(":") for h in HEADINGS]
    assert all(not s.children for s in example().sections)


@pytest.mark.parametrize("heading", [h for h in HEADINGS if h not in (RESULTS, CHALLENGES, AGENDA)])
def test_prose_sections_carry_the_seed_text_exactly(heading: str) -> None:
    assert example_units(section(heading)) == seed_units(seed_regions()[heading])


def test_results_are_actions_with_real_target_dates() -> None:
    expected = []
    for line in seed_regions()[RESULTS]:
        if line.strip():
            number, day, month, year, text = RESULT.match(line).groups()  # type: ignore[union-attr]
            expected.append((text, dt.date(2000 + int(year), int(month), int(day))))
    assert len(expected) == 4
    tree = example()
    assert [(a.description, a.target_date) for a in tree.actions] == expected
    assert {(a.kind, a.chapter, a.status) for a in tree.actions} == {
        (d.ActionKind.RESULTAAT, RESULTS, d.ActionStatus.OPEN)}
    assert example_units(section(RESULTS)) == [("block", "actions")]


def test_challenges_are_open_questions_under_their_theme() -> None:
    units = seed_units(seed_regions()[CHALLENGES])
    first_theme = units.index(("para", THEMES[0]))
    prose, rest = units[:first_theme], units[first_theme:]
    expected, theme = [], ""
    for kind, text in rest:
        if kind == "para" and text in THEMES:
            theme = text
        else:
            assert kind == "bullet"
            expected.append((theme, text))
    assert len(expected) == 12
    assert [(q.theme, q.text) for q in example().open_questions] == expected
    assert example_units(section(CHALLENGES)) == [*prose, ("block", "open_questions")]


def test_knowledge_agenda_rubrics_questions_and_products() -> None:
    rubrics, prose = [], []
    for line in seed_regions()[AGENDA]:
        if "\t" in line:
            name, cell = line.split("\t", 1)
            if cell.strip():
                rubrics.append((name, [item.strip() for item in cell.split("•")[1:]]))
        elif line.strip():
            prose.append(("para", line.strip()))
    assert [name for name, _ in rubrics] == ["Strategisch/ bestuurlijk niveau", "Inhoudelijk organisatiekundig",
                                             "Communicatie & overdracht", "Externe factoren", "Beleidsinhoudelijk", "Producten"]
    agenda = example().knowledge_agenda
    assert [k.name for k in agenda] == [name for name, _ in rubrics]
    for rubric, (name, items) in zip(agenda, rubrics):
        if name == "Producten":
            assert (rubric.products, rubric.questions) == (tuple(items), ())
        else:
            assert ([q.text for q in rubric.questions], rubric.products) == (items, ())
            assert all(q.status is d.QuestionStatus.OPEN and not q.answered_in for q in rubric.questions)
    assert example_units(section(AGENDA)) == [*prose, ("block", "knowledge_agenda")]


def test_parties_participants_and_date() -> None:
    head = [line for line in seed_regions()[""] if line.strip()]
    assert "Naam experiment\t320 BEL gemeenten Blaricum-Eemnes-Laren" in head
    assert "Datum startgesprek\t15 maart 2007" in head
    assert "BEL gemeenten: Gemeentesecretarissen Eemnes, Laren, Blaricum, Harry ter Braak (WagenaarHoes)" in head
    assert "InAxis: Léon Sonnenschein" in head
    tree = example()
    assert (tree.trajectory.subtitle, tree.trajectory.document_date) == ("320 BEL gemeenten Blaricum-Eemnes-Laren", "15 maart 2007")
    assert sorted(tree.municipalities) == ["Blaricum", "Eemnes", "Laren"]
    assert [(p.name, p.kind) for p in tree.parties] == [("WagenaarHoes", d.PartyKind.EXTERN), ("InAxis", d.PartyKind.EXTERN)]
    (conference,) = tree.conferences
    assert conference.date == "15 maart 2007"
    assert [(p.name, p.municipality) for p in conference.participants] == [
        ("Gemeentesecretaris", "Eemnes"), ("Gemeentesecretaris", "Laren"), ("Gemeentesecretaris", "Blaricum"),
        ("Harry ter Braak", "WagenaarHoes"), ("Léon Sonnenschein", "InAxis"),
    ]


def test_nothing_else_is_invented() -> None:
    tree = example()
    assert (tree.statements, tree.motives, tree.interests, tree.criteria, tree.classes, tree.task_fields,
            tree.roles, tree.rules, tree.key_figures, tree.cost_keys, tree.mandates, tree.cooperations) == ((),) * 12
    # Structured parts are not repeated as text anywhere.
    text = " ".join(b.text for s in tree.sections for b in s.blocks)
    for item in [*(a.description for a in tree.actions), *(q.text for q in tree.open_questions),
                 *(q.text for k in tree.knowledge_agenda for q in k.questions), *(p for k in tree.knowledge_agenda for p in k.products)]:
        assert item not in text


def test_the_example_document_passes_the_checks_a_file_gets_when_opened(tmp_path: Path) -> None:
    """What the File menu makes of the example is an ordinary document: nothing in it is
    refused by the inspection (e.g. a block kind it does not know)."""
    from staan_desktop.services.checks import check_document
    from staan_desktop.services.interchange import create_example, load_tree

    with create_example(tmp_path / "bel.staan", "startgesprek-bel") as doc:
        assert load_tree(doc) == example()
    assert check_document(tmp_path / "bel.staan").problems == []
