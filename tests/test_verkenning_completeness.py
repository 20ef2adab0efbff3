"""Seed 004 sentence by sentence against the shipped verkenning: every sentence of the seed's
body is printed in the example's PDF, inside the chapter the seed has it in, in the seed's order
and no more often than the seed has it there; and every sentence the example holds is the seed's.

Presence and order are checked on the PDF's text (what a reader gets, structured parts
included: the toetsingskader, the SWOTs, the decision); "invented" is checked on the example's
own text fields, since the PDF adds the application's captions and table headings to them.

What of the seed is not compared sentence by sentence, and why (nothing else is left out):

* the contents ("Inhoud" and its entries with their page numbers): page furniture; the PDF
  makes its own contents from the chapters;
* the superscript footnote marks in the text and the lone mark "⁵" on a line of its own: the PDF
  numbers its own marks; the notes' texts are compared, in order, with the PDF's footnotes;
* the quadrant headings of the five SWOT figures ("Sterktes  Zwaktes  Kansen  Bedreigingen")
  and their captions ("Figuur SWOT …"): the application draws every SWOT as a matrix with its
  own quadrant labels and caption ("SWOT van <vorm>"); the points in the quadrants are compared.

What is compared in another form than the seed's line, and why:

* the numbers of the seed's paragraphs ("6.1 ", "8.1 Vorm 1 "): the PDF numbers chapters and
  parts itself, and prints the forms under their names;
* "STAP N:" opens a step of the toetsingskader: the application prints it as the step's title
  "Stap N"; the criteria of STAP 3 are the verkenning's criteria, printed as a list of names
  without the seed's closing ";" or ".";
* the reference cases of chapter 9's figure ("<h3>…</h3> <p>…</p>") are printed with the form
  of cooperation each illustrates (chapter 8), so they are looked for there, each once; where
  they belong is checked in ``test_verkenning_example``;
* **bold** and *italic* in the seed are markup, compared by their words.

Of the example's own fields, two are the application's and not compared with the seed: the
author's role ("procesmanager samenwerking", the default printed as "Opgesteld door"; the seed
names no author) and the method the example follows (its name, description and words).
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pypdf
import pytest
from reports.pdf_helpers import squash

from staan_desktop.domain import document as d
from staan_desktop.domain import markup
from staan_desktop.reports.json_interchange import from_json
from staan_desktop.reports.pdf import RenderOptions, render_pdf
from staan_desktop.resources import resource_path

SEED_DIR = Path(os.environ.get("STAAN_SEEDS", Path(__file__).resolve().parents[2] / "shared" / "seeds"))
EXAMPLE = "examples/verkenning-noaberkracht.json"
SUPERSCRIPTS = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
FOOTNOTE_LINE = re.compile(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ (.+)$")
CONTENTS_ENTRY = re.compile(r"^(\d+)\. (.+?)(?:\.{2,})?\t\d+$")
SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


@dataclass
class SeedChapter:
    number: int
    title: str
    #: What a reader reads, in the seed's order.
    units: list[str] = field(default_factory=list)
    #: The reference cases of the chapter's figure, printed with their forms (chapter 8).
    cases: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def seed() -> str:
    files = sorted(SEED_DIR.glob("004_*.txt")) if SEED_DIR.is_dir() else []
    if not files:
        pytest.skip(f"verkenning 004_*.txt not found in {SEED_DIR}")
    return files[0].read_text("utf-8")


@pytest.fixture(scope="module")
def example() -> d.Trajectory:
    return from_json(resource_path(EXAMPLE).read_bytes())


def _sentences(text: str) -> list[str]:
    """A line of prose as its sentences; a list item without its bullet or number."""
    text = re.sub(r"^(?:- |• |\d+\. )", "", text.strip())
    return [s for s in SENTENCE_END.split(text) if s.strip()]


def _emphasis(text: str) -> str:
    """The seed's **bold** and *italic* as their words."""
    return re.sub(r"\*\*(.+?)\*\*|\*(\S.*?)\*", lambda m: m.group(1) or m.group(2), text)


def _note(text: str) -> str:
    link = re.fullmatch(r"\[(.*)\]\(#\)", text.strip())  # a link without a target: its words
    return (link.group(1) if link else text.strip()).replace("\\(", "(").replace("\\)", ")")


def seed_title_page(seed: str) -> list[str]:
    lines = seed.splitlines()
    return [line.strip() for line in lines[: lines.index("Inhoud")] if line.strip()]


def seed_chapters(seed: str) -> list[SeedChapter]:
    lines = seed.splitlines()
    contents = [m.groups() for m in map(CONTENTS_ENTRY.match, lines[lines.index("Inhoud") :]) if m]
    chapters = [SeedChapter(int(n), title.strip()) for n, title in contents if "." not in n]
    starts = [lines.index(f"{c.number}. {c.title}") for c in chapters]
    for chapter, start, end in zip(chapters, starts, [*starts[1:], len(lines)]):
        chapter.units.append(chapter.title)
        in_step_3 = False
        for raw in lines[start + 1 : end]:
            line = raw.strip()
            note = FOOTNOTE_LINE.match(line)
            if note:
                chapter.notes.append(_note(note.group(1)))
                continue
            line = _emphasis(SUPERSCRIPTS.sub("", line)).strip()
            if not line or line.startswith(("Sterktes\tZwaktes", "Figuur SWOT ")):
                continue
            if "<ul" in line:  # a SWOT figure: its quadrants' points, quadrant by quadrant
                chapter.units += [p.strip() for p in re.sub(r"<[^>]+>", "", line).split("•") if p.strip()]
                continue
            if "<h3>" in line:
                chapter.cases += [t.strip() for t in re.findall(r"<h3>(.*?)</h3>|<p>(.*?)</p>", line) for t in t if t]
                continue
            numbered = re.match(r"^\d+\.\d+ (?:Vorm \d+ )?(.+)$", line)
            if numbered:
                chapter.units.append(numbered.group(1))
                continue
            step = re.match(r"^STAP (\d): (.+)$", line)
            if step:
                in_step_3 = step.group(1) == "3"
                chapter.units += [f"Stap {step.group(1)}", *_sentences(step.group(2))]
                continue
            if in_step_3 and line.startswith("- "):
                chapter.units.append(line[2:].rstrip(";."))
                continue
            chapter.units += _sentences(line)
    return chapters


# -- the PDF as a reader reads it --------------------------------------------------------------


@dataclass
class PdfReading:
    title_page: str
    body: str  # squashed, page furniture and footnotes taken out, marks removed
    notes: str  # the footnotes' texts, squashed, in page order


def read_pdf(pdf: bytes, tree: d.Trajectory) -> PdfReading:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    chapter_1 = next(item for item in reader.outline if not isinstance(item, list) and str(item.title).startswith("1. "))
    first = reader.get_destination_page_number(chapter_1)
    furniture = {"CONCEPT", "CONCEPT – nog niet vastgesteld", tree.trajectory.title}
    body: list[str] = []
    notes: list[str] = []
    for page in reader.pages[first:]:
        lines = [line.strip() for line in (page.extract_text() or "").splitlines()]
        lines = [line for line in lines if line not in furniture and not re.fullmatch(r"pagina \d+ van \d+", line)]
        foot = next((i for i, line in enumerate(lines) if FOOTNOTE_LINE.match(line)), len(lines))
        body += lines[:foot]
        notes += [SUPERSCRIPTS.sub("", line) for line in lines[foot:]]
    return PdfReading(squash(reader.pages[0].extract_text() or ""), squash(SUPERSCRIPTS.sub("", "\n".join(body))),
                      squash("\n".join(notes)))


@pytest.fixture(scope="module")
def reading(example: d.Trajectory) -> PdfReading:
    return read_pdf(render_pdf(example, RenderOptions(reproducible=True)), example)


def chapter_spans(reading: PdfReading, chapters: list[SeedChapter]) -> dict[int, str]:
    """The PDF's text of each chapter: from its numbered heading to the next (the last to the
    first annex)."""
    at = 0
    starts = []
    for chapter in chapters:
        at = reading.body.index(squash(f"{chapter.number}. {chapter.title}"), at)
        starts.append(at)
    annex = reading.body.find(squash("Bijlage 1"), at)
    ends = [*starts[1:], annex if annex >= 0 else len(reading.body)]
    return {c.number: reading.body[s:e] for c, s, e in zip(chapters, starts, ends)}


def out_of_place(units: list[str], text: str) -> list[str]:
    """The units not found in ``text`` in their order: missing, or found only before the one
    that precedes them."""
    wrong = []
    at = 0
    for unit in units:
        want = squash(unit)
        found = text.find(want, at)
        if found < 0:
            wrong.append(("order: " if want in text else "missing: ") + unit)
            continue
        at = found + len(want)
    return wrong


def printed_too_often(chapter: SeedChapter, text: str) -> list[str]:
    """The chapter's sentences that ``text`` has more often than the seed's chapter (names and
    headings are left out: they recur in the application's captions and tables)."""
    words = squash("".join(chapter.units))
    sentences = [u for u in chapter.units if len(u) > 30 and u.endswith((".", "?", "!"))]
    return [u for u in sentences if text.count(squash(u)) > words.count(squash(u))]


# -- the example's own words -------------------------------------------------------------------


def _markup_units(text: str) -> list[str]:
    units: list[str] = []
    for node in markup.parse(text):
        runs = node.items if isinstance(node, markup.BulletList) else (node.inlines,)
        for run in runs:
            for line in markup.plain_text(run).splitlines():
                units += _sentences(line)
            units += [_note(i.text) for i in run if isinstance(i, markup.FootnoteMark)]
    return units


def example_units(tree: d.Trajectory) -> list[tuple[str, str]]:
    """(where, words) for every sentence or label the example holds as the seed's content."""
    info = tree.trajectory
    # Not the author's role: "procesmanager samenwerking" is the application's default for who
    # drew a document up (printed as "Opgesteld door"); the seed names no author.
    out: list[tuple[str, str]] = [("titel", info.title), ("ondertitel", info.subtitle), ("korte naam", info.short_name),
                                  ("procesmanager", info.procesmanager), ("datum", info.document_date),
                                  ("versie", info.version_label), ("verschillen", info.differences),
                                  *(("partij", m) for m in tree.municipalities)]

    def walk(sections: tuple[d.Section, ...], path: str) -> None:
        for section in sections:
            where = f"{path}/{section.title}"
            out.append((where, section.title))
            for block in section.blocks:
                out.extend((where, u) for u in _markup_units(block.text))
            walk(section.children, where)

    walk(tree.sections, "")
    for option in tree.options:
        out.append(("optie", option.name))
        out += [(option.name, u) for u in _markup_units(option.description)]
        swot = option.swot
        out += [(f"SWOT {option.name}", p) for p in (*swot.strengths, *swot.weaknesses, *swot.opportunities, *swot.threats)]
        for ref in option.references:
            out += [("referentie", ref.name), *(("referentie", u) for u in _markup_units(ref.description))]
    for step in tree.frame:
        out += [("stap", step.title.upper()), *(("stap", u) for u in _markup_units(step.description))]
        out += [("criterium", c) for c in step.criteria]
        for knock_out in step.knock_outs:
            out.append(("knock-out", knock_out.condition))
            out += [(f"oordeel {v.option}", u) for v in knock_out.verdicts for u in _sentences(v.reason)]
    out += [("criterium", c.name) for c in tree.criteria]
    if tree.decision is not None:
        out += [("besluit", u) for u in _markup_units(tree.decision.reasons)]
        out += [(f"keuze {c.option}", u) for c in tree.decision.choices for u in _sentences(c.reason)]
        out.append(("besluit", tree.decision.decided_on))
    for mandate in tree.mandates:
        out += [("kader of vraag", u) for u in _sentences(mandate.text)] + [("waar beantwoord", mandate.answered_in)]
        out.append(("partij", mandate.municipality or ""))
    for party in tree.parties:
        out += [("partij", party.name), *(("partij", u) for u in _sentences(party.description))]
    for figure in tree.key_figures:
        out += [("kerngetal", x) for x in (figure.name, figure.unit, figure.source)]
    for key in tree.cost_keys:
        out += [("verdeelsleutel", x) for x in (key.name, key.description, key.reasons)]
    for cooperation in tree.cooperations:
        out += [("samenwerking", x) for x in (cooperation.name, cooperation.field, cooperation.legal_form, *cooperation.parties)]
    return [(where, words.strip()) for where, words in out if words.strip()]


def seed_words(seed: str) -> str:
    """The whole seed as a reader reads it, squashed: marks, markup and the figures' tags out,
    the notes' links as their words."""
    lines = seed.splitlines()
    notes = [_note(m.group(1)) for m in map(FOOTNOTE_LINE.match, lines) if m]
    # The notes stand apart: their lines interrupt sentences at the seed's page breaks.
    body = "\n".join(line for line in lines if not FOOTNOTE_LINE.match(line))
    text = re.sub(r"<[^>]+>", " ", _emphasis(SUPERSCRIPTS.sub("", body)))
    return squash(text) + "\n" + "\n".join(squash(note) for note in notes)


def label_in(words: str, flat: str) -> bool:
    """A label (a name of a part) may start with a capital where the seed's words run on in a
    sentence; and the seed writes a step as "STAP N"."""
    return squash(words) in flat or squash(words[:1].lower() + words[1:]) in flat


LABELS = {"optie", "referentie", "stap", "criterium", "partij", "kerngetal", "verdeelsleutel", "samenwerking"}


# -- the checks --------------------------------------------------------------------------------


def test_the_seed_is_read_as_its_ten_chapters(seed: str) -> None:
    chapters = seed_chapters(seed)
    assert [c.number for c in chapters] == list(range(1, 11))
    assert chapters[0].units[:2] == ["Inleiding", "Oldenzaal en Noaberkracht verkennen of samenwerking tussen beide organisaties "
                                     "kan helpen om ook in de (nabije) toekomst alle taken adequaat uit te kunnen blijven voeren "
                                     "en om opgaven aan te kunnen."]
    assert chapters[-1].units[-1] == ("De belangrijkste afweging is nu wat de stip op de horizon is voor de drie partijen en wat "
                                      "een eerste haalbare stap is.")
    assert len(chapters[8].cases) == 8 and sum(len(c.notes) for c in chapters) == 8
    assert sum(len(c.units) for c in chapters) > 900


def test_the_title_page_is_the_seeds(seed: str, reading: PdfReading) -> None:
    assert out_of_place(seed_title_page(seed), reading.title_page) == []


@pytest.mark.parametrize("number", range(1, 11))
def test_every_sentence_of_the_chapter_in_its_order(seed: str, reading: PdfReading, number: int) -> None:
    chapters = seed_chapters(seed)
    chapter = chapters[number - 1]
    span = chapter_spans(reading, chapters)[number]
    wrong = out_of_place(chapter.units, span)
    assert wrong == [], f"{len(wrong)} of {len(chapter.units)}: " + " | ".join(w[:90] for w in wrong[:12])
    assert printed_too_often(chapter, span) == []


def test_the_reference_cases_are_printed_with_the_forms(seed: str, reading: PdfReading) -> None:
    chapters = seed_chapters(seed)
    forms = chapter_spans(reading, chapters)[8]
    cases = [case for c in chapters for case in c.cases]
    assert [case for case in cases if forms.count(squash(case)) < 1] == []
    # Each case's text once in the whole document: printed with its form, not again elsewhere.
    assert [case for case in cases if len(case) > 40 and reading.body.count(squash(case)) != 1] == []


def test_every_footnote_in_its_order(seed: str, reading: PdfReading) -> None:
    notes = [note for c in seed_chapters(seed) for note in c.notes]
    assert out_of_place(notes, reading.notes) == []


def invented(tree: d.Trajectory, seed: str) -> list[tuple[str, str]]:
    flat = seed_words(seed)
    return [(where, words) for where, words in example_units(tree)
            if not (label_in(words, flat) if where.split()[0] in LABELS else squash(words) in flat)]


def test_the_example_invents_nothing(seed: str, example: d.Trajectory) -> None:
    assert invented(example, seed) == []


def test_every_knock_out_verdict_gives_the_seeds_reason(seed: str, example: d.Trajectory, reading: PdfReading) -> None:
    """The seed weighs every model against both conditions of STAP 2 in one sentence of its
    chapter 10; each verdict quotes it, and the PDF prints it with the verdict."""
    reason = "Alle modellen gaan uit van autonomie van de raden en een gezonde financiële positie."
    assert reason in seed
    verdicts = [v for step in example.frame for k in step.knock_outs for v in k.verdicts]
    assert len(verdicts) == 2 * len(example.options) == 10
    assert all(v.verdict is d.Verdict.PASS and v.reason == reason for v in verdicts)
    chapters = seed_chapters(seed)
    assert chapter_spans(reading, chapters)[2].count(squash(reason)) >= 2


def test_the_check_catches_a_moved_a_dropped_and_an_invented_sentence(seed: str, example: d.Trajectory) -> None:
    """The same checks on an example with its chapter 1's two opening sentences swapped, its
    Leeswijzer left out, one sentence made up and one printed twice."""
    opening, *rest = example.sections
    first, second = opening.blocks[0].text.split("\n\n")
    made_up = "Deze zin staat niet in het verslag."
    changed = opening.model_copy(update={
        "blocks": (d.Block(text=f"{second}\n\n{first}"), d.Block(text=made_up), d.Block(text=first)),
        "children": opening.children[:-1]})
    tree = example.model_copy(update={"sections": (changed, *rest)})
    chapters = seed_chapters(seed)
    span = chapter_spans(read_pdf(render_pdf(tree, RenderOptions(reproducible=True)), tree), chapters)[1]
    wrong = out_of_place(chapters[0].units, span)
    assert wrong[0].startswith("order: Beide organisaties zien dat ze op termijn kwetsbaar worden")
    assert "missing: Leeswijzer" in wrong
    assert printed_too_often(chapters[0], span) == [first]
    assert invented(tree, seed) == [("/Inleiding", made_up)]
