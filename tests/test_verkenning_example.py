"""The verkenning of seed 004 (Noaberkracht and Oldenzaal), in part, as a shipped example: the
five forms of cooperation with their descriptions and SWOTs, the toetsingskader in four steps and
the two basisrichtingen. Checked against the seed when it is at hand (``../shared/seeds`` or
``$STAAN_SEEDS``): nothing dropped, moved or invented in those parts."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from reports.pdf_helpers import pdf_text, squash

from staan_desktop.domain import document as d
from staan_desktop.domain import markup
from staan_desktop.reports.json_interchange import from_json
from staan_desktop.reports.pdf import RenderOptions, render_pdf
from staan_desktop.resources import resource_path
from staan_desktop.services.interchange import create_from_tree, load_tree
from staan_desktop.services.tree import validate_tree

SUPERSCRIPTS = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
SEED_DIR = Path(os.environ.get("STAAN_SEEDS", Path(__file__).resolve().parents[2] / "shared" / "seeds"))
EXAMPLE = "examples/verkenning-noaberkracht.json"


@pytest.fixture(scope="module")
def example() -> d.Trajectory:
    tree = from_json(resource_path(EXAMPLE).read_bytes())
    validate_tree(tree)
    return tree


@pytest.fixture(scope="module")
def seed() -> str:
    files = sorted(SEED_DIR.glob("004_*.txt")) if SEED_DIR.is_dir() else []
    if not files:
        pytest.skip(f"verkenning 004_*.txt not found in {SEED_DIR}")
    return files[0].read_text("utf-8")


def test_the_example_opens_and_prints_every_swot_point(example: d.Trajectory, tmp_path: Path) -> None:
    with create_from_tree(tmp_path / "verkenning.staan", example) as doc:
        assert load_tree(doc) == example
    text = squash("".join(pdf_text(render_pdf(example, RenderOptions(reproducible=True)))))
    for option in example.options:
        assert squash(f"SWOT van {option.name}") in text
        for point in (*option.swot.strengths, *option.swot.weaknesses, *option.swot.opportunities, *option.swot.threats):
            assert squash(point) in text
    assert squash("Basisrichtingen om verder uit te werken:") in text


def _seed_swots(seed: str) -> list[tuple[tuple[str, ...], ...]]:
    lines = seed.splitlines()
    rows = [lines[i + 1] for i, line in enumerate(lines) if line.startswith("Sterktes\tZwaktes\tKansen\tBedreigingen")]
    return [tuple(tuple(p.strip() for p in re.sub(r"<[^>]+>", "", cell).split("•") if p.strip())
                  for cell in row.split("\t")) for row in rows]


def test_every_swot_of_the_seed_in_order(example: d.Trajectory, seed: str) -> None:
    ours = [(o.swot.strengths, o.swot.weaknesses, o.swot.opportunities, o.swot.threats) for o in example.options]
    assert ours == _seed_swots(seed)
    names = re.findall(r"^8\.\d Vorm \d (.+?)(?:\.{2,}|\t|$)", seed, flags=re.MULTILINE)
    assert [o.name for o in example.options] == list(dict.fromkeys(n.strip() for n in names))


def test_descriptions_are_the_seeds_words(example: d.Trajectory, seed: str) -> None:
    # The seed's footnote lines interrupt paragraphs at page breaks; the example joins them.
    # A footnote mark is compared as the seed's superscript number is: left out of the words.
    body = squash(SUPERSCRIPTS.sub("", "".join(line for line in seed.splitlines() if not re.match(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]", line))))
    for option in example.options:
        for paragraph in option.description.split("\n\n"):
            assert squash(re.sub(r"\[\^[^\]]*\]", "", paragraph)) in body, paragraph[:60]


def test_toetsingskader_and_basisrichtingen_of_the_seed(example: d.Trajectory, seed: str) -> None:
    flat = squash(seed)
    steps = {s.title: s for s in example.frame}
    assert list(steps) == ["Stap 1", "Stap 2", "Stap 3", "Stap 4"]
    for criterion in steps["Stap 3"].criteria:
        assert squash(f"- {criterion}") in flat
    assert [c.name for c in example.criteria] == list(steps["Stap 3"].criteria) and len(example.criteria) == 7
    assert [k.condition for k in steps["Stap 2"].knock_outs] == [
        "gezonde financiële positie van de gemeenten niet wordt aangetast;", "autonome positie van gemeenteraden gewaarborgd is."]
    assert squash("Alle modellen gaan uit van autonomie van de raden en een gezonde financiële positie.") in flat
    assert example.decision is not None
    chosen = [(c.option, c.reason) for c in example.decision.choices if c.status is d.OptionStatus.CHOSEN]
    assert chosen == [("Ambtelijke fusie", "Een ambtelijk fusiemodel"), ("Zelf bouwen; het combinatiemodel", "Een combinatiemodel")]
    assert squash("1. Een combinatiemodel 2. Een ambtelijk fusiemodel") in flat


def test_the_example_is_made_by_the_services_as_the_demo_is(tmp_path: Path, example: d.Trajectory) -> None:
    from staan_desktop.services.errors import DocumentError
    from staan_desktop.services.interchange import create_example, example_tree

    assert example_tree("verkenning-noaberkracht") == example
    with create_example(tmp_path / "v.staan", "verkenning-noaberkracht") as doc:
        assert load_tree(doc) == example
    with pytest.raises(DocumentError, match="Het voorbeeld ‘onbekend’ bestaat niet"):
        example_tree("onbekend")


def _chapter_9(seed: str) -> list[str]:
    lines = seed.splitlines()
    return lines[lines.index("9. Ervaringen van andere gemeenten") + 1:lines.index("10. Verdieping en meningsvorming")]


def test_reference_cases_are_the_seeds_and_belong_to_the_forms_they_show(example: d.Trajectory, seed: str) -> None:
    cases = re.findall(r"<h3>(.*?)</h3>\s*<p>(.*?)</p>", "\n".join(_chapter_9(seed)))
    ours = [(o.name, r.name, r.description) for o in example.options for r in o.references]
    # Every case of the seed, word for word, none invented, each once.
    assert sorted(description for _o, _n, description in ours) == sorted(body.strip() for _h, body in cases)
    by_case = {description: (option, name) for option, name, description in ours}
    for heading, body in cases:
        option, name = by_case[body.strip()]
        assert squash(name) in squash(heading + body)  # named as the seed names it (BAR: in its text)
        assert option in ("Gezamenlijke taakuitvoering", "Opgavegericht samenwerken", "Ambtelijke fusie")
    # The BNLP case is the experience the seed cites under Gezamenlijke taakuitvoering, the BAR
    # case heads "Ambtelijke fusie", the AV case realises opgaven together.
    assert by_case[cases[1][1].strip()][0] == "Gezamenlijke taakuitvoering"
    assert by_case[cases[2][1].strip()][0] == "Opgavegericht samenwerken"
    assert by_case[cases[3][1].strip()][0] == "Ambtelijke fusie" == cases[3][0]


def test_the_experiences_of_other_municipalities_are_the_seeds_chapter_9(example: d.Trajectory, seed: str) -> None:
    section = next(s for s in example.sections if s.title == "Ervaringen van andere gemeenten")
    titles = [s.title for s in example.sections]
    assert titles.index("Vormen van samenwerking") < titles.index(section.title) < titles.index("Verdieping en meningsvorming")
    chapter = [line for line in _chapter_9(seed) if "<h3>" not in line]
    flat = squash("\n".join(chapter))
    ours = [section.blocks[0].text] + [f"{c.title}\n\n{c.blocks[0].text}" for c in section.children]
    # In the seed's order, nothing dropped, moved or invented: together they are the chapter.
    assert squash("".join(ours)) == flat
    assert [c.title for c in section.children] == [
        "De gemeenten ervaren voor- en nadelen van de samenwerking", "De bezochte gemeenten hebben een aantal tips gegeven",
        "Betrek de medewerkers", "Verdeel de kosten op basis van een goede sleutel", "Stoppen is (nagenoeg) geen optie",
    ]


def test_the_reference_cases_are_printed_with_their_forms(example: d.Trajectory) -> None:
    text = squash("".join(pdf_text(render_pdf(example, RenderOptions(reproducible=True)))))
    for option in example.options:
        for reference in option.references:
            assert squash(reference.name) in text and squash(reference.description[:80]) in text
    assert squash("Stoppen is (nagenoeg) geen optie") in text


# The parts that follow the session (issue 20): parties, the councils' kaders and questions with
# where the verkenning answers them, key figures, cost keys and existing cooperations.


def _bullets_after(seed: str, opening: str, closing: str) -> list[str]:
    """The "- " items between two lines of the seed; an item cut by a page break continues."""
    lines = seed.splitlines()
    start = lines.index(opening)
    items: list[str] = []
    for line in lines[start + 1 : lines.index(closing, start)]:
        if line.startswith("- "):
            items.append(line[2:])
        elif line.strip():
            items[-1] += " " + line.strip()
    return items


KADERS = ("Breng vanuit het perspectief opschalen de meerwaarde in beeld van diverse samenwerkingsmogelijkheden met de "
          "gemeente Oldenzaal en houd daarbij de volgende kaders en randvoorwaarden voor ogen:")
VRAGEN = "De verkenning van de samenwerking met Noaberkracht moet voor Oldenzaal antwoord bieden op een aantal vragen:"


def test_parties_of_the_seed(example: d.Trajectory, seed: str) -> None:
    flat = squash(seed)
    assert example.municipalities == ("Dinkelland", "Tubbergen", "Oldenzaal")
    parties = {p.name: p for p in example.parties}
    assert list(parties) == ["Noaberkracht", "Losser", "Externe begeleiding"]
    # Noaberkracht is the organisation of Dinkelland and Tubbergen: their raadsvoorstel speaks of it.
    assert parties["Noaberkracht"].kind is d.PartyKind.ORGANISATIE
    assert parties["Noaberkracht"].acts_for == ("Dinkelland", "Tubbergen")
    assert squash("het raadsvoorstel van Dinkelland en Tubbergen") in flat and squash("uitvoeringskracht van Noaberkracht") in flat
    assert parties["Losser"].kind is d.PartyKind.TOEKOMSTIG
    assert parties["Externe begeleiding"].kind is d.PartyKind.EXTERN
    for party in parties.values():
        assert squash(party.description) in flat


def test_the_councils_kaders_and_questions_with_where_answered(example: d.Trajectory, seed: str) -> None:
    kaders = [m for m in example.mandates if m.kind is d.MandateKind.KADER]
    vragen = [m for m in example.mandates if m.kind is d.MandateKind.VRAAG]
    assert [m.text for m in kaders] == _bullets_after(seed, KADERS, "Dit staat in de raadsinformatiebrief van Oldenzaal")
    assert [m.text for m in vragen] == _bullets_after(seed, VRAGEN, "Oldenzaal wil ervaringen die elders in Nederland zijn opgedaan en de lessons learned meenemen.")
    assert (len(kaders), len(vragen)) == (9, 5) and example.mandates == (*kaders, *vragen)
    assert {m.municipality for m in kaders} == {"Noaberkracht"}  # the raden of Dinkelland and Tubbergen together
    assert {m.municipality for m in vragen} == {"Oldenzaal"}
    # Each is answered in a chapter of the verkenning, named as its heading (and contents) name it.
    headings = set(seed.splitlines())
    contents = squash("\n".join(seed.splitlines()[:35]))
    for mandate in example.mandates:
        assert mandate.answered_in in headings and squash(mandate.answered_in) in contents, mandate.answered_in
        assert mandate.status is d.QuestionStatus.BEANTWOORD


def test_chapter_2_prints_the_kaders_and_questions_as_the_mandates_hold_them(example: d.Trajectory) -> None:
    """The seed lists them in its chapter 2, under the council they come from; the mandates keep
    them with where they are answered (an annex). Both hold the same words, in the same order."""
    raadsvoorstel, raadsinformatiebrief, _toetsingskader = example.sections[1].children
    lists = [[item for node in markup.parse(b.text) if isinstance(node, markup.BulletList)
              for item in map(markup.plain_text, node.items)] for b in (raadsvoorstel.blocks[-1], raadsinformatiebrief.blocks[-1])]
    assert lists == [[m.text for m in example.mandates if m.kind is kind] for kind in (d.MandateKind.KADER, d.MandateKind.VRAAG)]


def test_key_figures_and_cost_keys_of_the_seed(example: d.Trajectory, seed: str) -> None:
    (stress,) = example.key_figures
    found = re.search(r"\(Tubbergen een (\d+), Dinkelland een (\d+) en Oldenzaal een (\d+)\)", seed)
    assert found is not None and "BDO-Benchmark van 2022" in seed
    assert {v.municipality: v.value for v in stress.values} == dict(zip(("Tubbergen", "Dinkelland", "Oldenzaal"), map(float, found.groups())))
    # The five ways of dividing costs the seed heard, in its order; it names no figures for them
    # and leaves the choice to a later phase, so no key is chosen and none has terms.
    heard = [t.rstrip(";.") for t in _bullets_after(seed, "Ongeacht het construct worden kosten gemaakt door de deelnemende gemeenten. "
             "In een verdere fase wordt gesproken over het delen van de kosten. Diverse manieren zijn denkbaar om de verdeling tot "
             "stand te laten komen. Gehoord zijn:", "De verdeling kan wel eens scheef gaan (in geval van crisis) dit vraagt afstemming vooraf.")]
    assert [k.description for k in example.cost_keys] == heard and len(heard) == 5
    assert not any(k.chosen or k.terms or k.reasons for k in example.cost_keys)


def test_existing_cooperations_of_the_seed(example: d.Trajectory, seed: str) -> None:
    flat = squash(seed)
    assert [c.name for c in example.cooperations] == ["GGD", "Twenteboard"]
    ggd, board = example.cooperations
    assert squash("gezondheid (GGD)") in flat and ggd.field == "gezondheid"
    assert "de Twenteboard waar één van de bestuurders de vier gemeenten vertegenwoordigt" in seed
    assert squash("Noordoost Twente gemeenten (Dinkelland, Oldenzaal, Tubbergen en Losser)") in flat
    assert board.parties == ("Dinkelland", "Oldenzaal", "Tubbergen", "Losser")


def test_the_pdf_prints_where_each_is_answered(example: d.Trajectory) -> None:
    text = squash("".join(pdf_text(render_pdf(example, RenderOptions(reproducible=True)))))
    assert squash("Kaders en vragen van de raden: waar beantwoord") in text
    assert squash("Dinkelland en Tubbergen (Noaberkracht)") in text
    for mandate in example.mandates:
        assert squash(mandate.text) in text and squash(mandate.answered_in) in text
    for heading in ("Partijen", "Kerngetallen", "Kostenverdeelsleutels", "Bestaande samenwerkingen"):
        assert squash(heading) in text


# The principles, the risks and the conditions of the seed, as its own chapters with text
# (chapter 2's leading principles, 4, 6 with 6.3 on the risks, 7 on the conditions and the
# opening of 8), with its footnotes where it has them.


def _words(text: str) -> str:
    """What a reader reads of markup ``text``: its words without formatting or footnotes."""
    out = []
    for node in markup.parse(text):
        runs = node.items if isinstance(node, markup.BulletList) else (node.inlines,)
        out += [("- " if isinstance(node, markup.BulletList) else "") + markup.plain_text(run) for run in runs]
    return "\n".join(out)


def _notes(text: str) -> list[str]:
    return [i.text for node in markup.parse(text)
            for run in (node.items if isinstance(node, markup.BulletList) else (node.inlines,))
            for i in run if isinstance(i, markup.FootnoteMark)]


def _seed_chunk(seed: str, first: str, last: str | None) -> str:
    """The seed from the line ``first`` up to (not with) the line ``last`` (or to its end), as a
    reader reads it: without the footnotes' own lines, the superscript marks and the numbers of
    paragraphs."""
    lines = seed.splitlines()
    start = lines.index(first)
    end = lines.index(last, start) if last is not None else len(lines)
    chunk = [line for line in lines[start + 1 : end] if not re.match(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]", line)]
    return SUPERSCRIPTS.sub("", re.sub(r"(?m)^\d\.\d ", "", "\n".join(chunk)))


def _section_words(section: d.Section, decision: d.OptionsDecision | None = None) -> str:
    """The words of ``section`` in its order; a decision block reads as the decision's reasons,
    the seed's words it stands for (its basisrichtingen are the seed's list that follows)."""
    reads = {d.BlockKind.TEXT: lambda b: _words(b.text), d.BlockKind.DECISION: lambda b: decision.reasons if decision else ""}
    text = "".join(reads[b.kind](b) for b in section.blocks if b.kind in reads)
    return text + "".join(c.title + _section_words(c, decision) for c in section.children)


CHAPTERS = [  # (title in the example, first line of the seed, the line it ends before)
    ("De opdracht van de raden", "2. De opdracht van de raden", "STAP 1: Voor alle opties is de **mogelijke meerwaarde van "
     "samenwerking voor inwoners** basis voor de analyse en de vergelijking"),
    ("Wat is de urgentie?", "4. Wat is de urgentie?", "5. Zijn Noaberkracht en Oldenzaal logische partners?"),
    ("De mogelijke meerwaarde en nadelen/risico's van samenwerking", "6. De mogelijke meerwaarde en nadelen/risico's van samenwerking",
     "7. Randvoorwaarden voor samenwerking"),
    ("Randvoorwaarden voor samenwerking", "7. Randvoorwaarden voor samenwerking", "8. Vormen van samenwerking"),
]
OPENING_CHAPTERS = [  # chapter 1, the process (3), the partners (5) and chapter 10 to the seed's end
    ("Inleiding", "1. Inleiding", "2. De opdracht van de raden"),
    ("Zo zag het verkenningsproces eruit", "3. Zo zag het verkenningsproces eruit", "4. Wat is de urgentie?"),
    ("Zijn Noaberkracht en Oldenzaal logische partners?", "5. Zijn Noaberkracht en Oldenzaal logische partners?",
     "6. De mogelijke meerwaarde en nadelen/risico's van samenwerking"),
    ("Verdieping en meningsvorming", "10. Verdieping en meningsvorming", None),
]


@pytest.mark.parametrize(("title", "first", "last"), CHAPTERS)
def test_the_chapters_of_principles_risks_and_conditions_are_the_seeds(example: d.Trajectory, seed: str,
                                                                       title: str, first: str, last: str) -> None:
    section = next(s for s in example.sections if s.title == title)
    # Chapter 2 to its four steps, which are the toetsingskader's (a block of its own).
    expected = _seed_chunk(seed, first, last)
    # In the seed's order, nothing dropped, moved or invented: together they are the chapter.
    assert squash(_section_words(section)) == squash(expected)


def test_the_opening_of_the_forms_chapter_is_the_seeds(example: d.Trajectory, seed: str) -> None:
    section = next(s for s in example.sections if s.title == "Vormen van samenwerking")
    assert [b.kind for b in section.blocks] == [d.BlockKind.TEXT, d.BlockKind.OPTIONS]
    assert squash(_words(section.blocks[0].text)) == squash(_seed_chunk(seed, "8. Vormen van samenwerking", "8.1 Vorm 1 Organisch samenwerken"))


def test_principles_risks_and_conditions_are_where_the_seed_has_them(example: d.Trajectory) -> None:
    titles = [s.title for s in example.sections]
    assert titles == ["Inleiding", "De opdracht van de raden", "Zo zag het verkenningsproces eruit",
                      "Wat is de urgentie?", "Zijn Noaberkracht en Oldenzaal logische partners?",
                      "De mogelijke meerwaarde en nadelen/risico's van samenwerking", "Randvoorwaarden voor samenwerking",
                      "Vormen van samenwerking", "Ervaringen van andere gemeenten", "Verdieping en meningsvorming"]
    raadsvoorstel = example.sections[1].children[0]
    assert raadsvoorstel.blocks[0].text.endswith(
        "Het betreft de volgende leidende principes:\n\n1. het samenlevingsgericht besturen en werken (dienstverlening);\n"
        "2. de kwaliteit (effectiviteit) van het bestuur en de ambtelijke organisatie;\n"
        "3. een gezonde financiële positie is hierbij een voorwaarde.")
    risks = next(c for c in example.sections[5].children if c.title == "Nadelen of risico's van samenwerking")
    for heading in ("Inwoners moeten geen hinder ervaren en vooral baat bij samenwerking hebben", "Risico op kostenoverschrijding",
                    "Voor bestuur en organisatie treden veranderingen op", "Met drie partijen neemt de complexiteit in coördinatie toe.",
                    "Het risico op kapitaalvernietiging"):
        assert f"**{heading}**" in risks.blocks[0].text
    assert [c.title for c in example.sections[6].children] == [
        "Bestuurlijk commitment is nodig", "Het algemeen belang blijvend voorop", "Er hoort een bepaalde houding en gedrag bij",
        "Rendement in samenwerking vraagt investeren", "Eenduidig beleid", "Faciliteiten op elkaar afstemmen",
        "Het moet goed geregeld worden", "Aandacht voor cultuur"]


def _seed_notes(seed: str) -> list[str]:
    notes = []
    for line in seed.splitlines():
        found = re.match(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ (.+)$", line)
        if found:
            text = found.group(1).strip()
            link = re.fullmatch(r"\[(.*)\]\(#\)", text)  # a link without a target: its words
            notes.append((link.group(1) if link else text).replace("\\(", "(").replace("\\)", ")"))
    return notes


def test_every_footnote_of_the_seed_in_its_order_and_place(example: d.Trajectory, seed: str) -> None:
    ours: list[tuple[str, str]] = []  # (the note, the words of the paragraph that has its mark)

    def walk(sections: tuple[d.Section, ...]) -> None:
        for section in sections:
            for block in section.blocks:
                texts = {d.BlockKind.TEXT: [block.text], d.BlockKind.OPTIONS: [o.description for o in example.options]}
                for text in texts.get(block.kind, []):
                    for paragraph in text.split("\n\n"):
                        ours.extend((note, squash(_words(paragraph))) for note in _notes(paragraph))
            walk(section.children)

    walk(example.sections)
    assert [note for note, _ in ours] == _seed_notes(seed) and len(ours) == 8
    # Each mark follows the words the seed's mark follows (the end of its sentence).
    body = squash("".join(line for line in seed.splitlines() if not re.match(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ ", line)))
    marks = list(SUPERSCRIPTS.finditer(body))
    assert len(marks) == 8
    for (_note, paragraph), mark in zip(ours, marks):
        before = SUPERSCRIPTS.sub("", body[mark.start() - 40 : mark.start()])
        assert paragraph.endswith(before) or before + body[mark.end() : mark.end() + 1] in paragraph, before


def test_the_pdf_prints_the_principles_risks_conditions_and_footnotes(example: d.Trajectory, seed: str) -> None:
    text = squash("".join(pdf_text(render_pdf(example, RenderOptions(reproducible=True)))))
    for words in ("3. een gezonde financiële positie is hierbij een voorwaarde.", "Risico op kostenoverschrijding",
                  "Bestuurlijk commitment is nodig", "Aandacht voor cultuur", *_seed_notes(seed)):
        assert squash(words) in text, words


# Chapter 1 (Inleiding with its Leeswijzer), chapter 3 on the process, chapter 5 on the partners
# and chapter 10 around the decision: the seed's chapters with text, its headings as the parts.

OPENING_HEADINGS = {
    "Inleiding": ["Elke gemeente heeft verwachtingen bij de verkenning", "De verkenning is uitgevoerd door de gemeenten",
                  "In dit verslag leest u over het proces en wat de inhoudelijke resultaten van de verkenning zijn", "Leeswijzer"],
    "Zo zag het verkenningsproces eruit": [
        "In de eerste sprint is gezorgd voor een goede rol- en taakverdeling", "De tweede sprint legde de basis voor een goede afweging",
        "Sprint 3 en 4 richtten zich op de kennis vanuit de organisaties", "Een tussenbericht gaf beeld van de resultaten tot dusver",
        "Na de zomer ging het bestuur in gesprek (sprint 5 en 6)",
        "Dit verslag biedt een informatie- en gespreksbasis voor oordeels- en besluitvorming"],
    "Zijn Noaberkracht en Oldenzaal logische partners?": [
        "Maatschappelijke verbindingen", "Formele samenwerkingen en regionale indelingen (verbonden partijen)",
        "De gemeenten lijken op elkaar (cultuur)"],
    "Verdieping en meningsvorming": [
        "Meerwaarde in samenwerking vraagt een betekenisvolle stap",
        "Er zijn ook vraagtekens gezet bij het aangaan van een verdergaande samenwerking", "Samenwerking heeft consequenties",
        "Weging van de verschillende modellen", "Hoe nu verder?"],
}


@pytest.mark.parametrize(("title", "first", "last"), OPENING_CHAPTERS)
def test_the_introduction_process_partners_and_closing_chapters_are_the_seeds(example: d.Trajectory, seed: str,
                                                                             title: str, first: str, last: str | None) -> None:
    section = next(s for s in example.sections if s.title == title)
    # In the seed's order, nothing dropped, moved or invented: together they are the chapter.
    assert squash(_section_words(section, example.decision)) == squash(_seed_chunk(seed, first, last))
    # Its headings are the seed's, as parts of the chapter (1.1 Leeswijzer without its number).
    assert [c.title for c in section.children] == OPENING_HEADINGS[title]
    lines = set(seed.splitlines())
    assert all(h in lines or f"1.1 {h}" in lines for h in OPENING_HEADINGS[title])
    assert all(len(c.blocks) >= 1 and not c.children for c in section.children)


def test_the_decision_stands_where_the_seed_weighs_the_models(example: d.Trajectory, seed: str) -> None:
    closing = next(s for s in example.sections if s.title == "Verdieping en meningsvorming")
    weging = next(c for c in closing.children if c.title == "Weging van de verschillende modellen")
    assert [b.kind for b in weging.blocks] == [d.BlockKind.DECISION, d.BlockKind.TEXT]
    assert [b.kind for b in closing.blocks] == [d.BlockKind.TEXT]
    assert example.decision is not None
    # The decision's reasons open the part, the seed's two basisrichtingen follow them.
    part = _seed_chunk(seed, "Weging van de verschillende modellen", "Hoe nu verder?")
    assert squash(part).startswith(squash(example.decision.reasons))
    assert _words(weging.blocks[1].text).startswith("Binnen de colleges en de directies is vrij vertaald aangegeven")


def test_the_pdf_prints_the_introduction_process_partners_and_closing_in_order(example: d.Trajectory) -> None:
    text = squash("".join(pdf_text(render_pdf(example, RenderOptions(reproducible=True)))))
    at = 0
    for title, _first, _last in OPENING_CHAPTERS:
        section = next(s for s in example.sections if s.title == title)
        # Each heading and the opening words of each paragraph, in the order of the chapter.
        pieces = [title, *(p[:40] for b in section.blocks if b.kind is d.BlockKind.TEXT for p in b.text.split("\n\n"))]
        for child in section.children:
            pieces += [child.title, *(p[:40] for b in child.blocks if b.kind is d.BlockKind.TEXT for p in b.text.split("\n\n"))]
        at = text.index(squash(title), at)
        for piece in pieces:
            found = text.find(squash(piece), at)
            assert found >= 0, piece
            at = found


def test_the_toetsingskader_is_where_the_seed_has_it(example: d.Trajectory, seed: str) -> None:
    """Inside chapter 2, under the seed's heading, its whole paragraph before the four steps."""
    assert [c.title for c in example.sections[1].children] == [
        "Dit staat in het raadsvoorstel van Dinkelland en Tubbergen", "Dit staat in de raadsinformatiebrief van Oldenzaal",
        "Operationalisering in (intern) Toetsingskader"]
    part = example.sections[1].children[-1]
    assert part.title == "Operationalisering in (intern) Toetsingskader"
    assert [b.kind for b in part.blocks] == [d.BlockKind.TEXT, d.BlockKind.FRAME]
    assert squash(_words(part.blocks[0].text)) == squash(
        _seed_chunk(seed, "Operationalisering in (intern) Toetsingskader", "STAP 1: Voor alle opties is de **mogelijke meerwaarde "
                    "van samenwerking voor inwoners** basis voor de analyse en de vergelijking"))


def test_the_pdf_numbers_the_chapters_as_the_seed_does(example: d.Trajectory, seed: str) -> None:
    """The seed's text refers to its chapters by number ("In hoofdstuk 3 staat omschreven ...",
    "zie hoofdstuk 5"): the PDF's chapters carry the same numbers."""
    text = squash("".join(pdf_text(render_pdf(example, RenderOptions(reproducible=True)))))
    lines = seed.splitlines()
    for number, section in enumerate(example.sections, start=1):
        assert f"{number}. {section.title}" in lines
        assert squash(f"{number}. {section.title}") in text, section.title


def test_the_decision_opens_on_the_page_of_its_basisrichtingen(example: d.Trajectory) -> None:
    """The heading, the caption "Besluit" and the lead-in are never left at the foot of a page
    without the basisrichtingen they announce (in the example they fall at a page's end)."""
    pages = [squash(page) for page in pdf_text(render_pdf(example, RenderOptions(reproducible=True)))]
    (page,) = [p for p in pages if squash("Basisrichtingen om verder uit te werken:") in p]
    assert squash("Weging van de verschillende modellen") in page
    assert squash("Zelf bouwen; het combinatiemodel: Een combinatiemodel") in page
