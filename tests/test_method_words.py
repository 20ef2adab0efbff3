"""Nothing in the window or the PDF names a part the method does not use: the verkenning of
seed 004 (Verkenning met toetsingskader) has no task fields and calls its meetings
*bijeenkomsten*, so neither its PDF nor its window says "taakveld" or "werkconferentie"
except where the content itself does (a SWOT point of the seed speaks of "andere taakvelden").
The same tree without its method is a STAAN-werkwijze document and says both again."""

from __future__ import annotations

import re
from pathlib import Path

from reports.pdf_helpers import pdf_text, squash

from staan_desktop.domain import agenda as rules
from staan_desktop.domain import document as d
from staan_desktop.reports.json_interchange import from_json, to_json
from staan_desktop.reports.pdf import RenderOptions, render_pdf
from staan_desktop.resources import resource_path
from staan_desktop.services import agenda, methods
from staan_desktop.services.interchange import create_demo, create_example

WORDS = re.compile(r"taakveld|werkconferentie", re.IGNORECASE)


def example() -> d.Trajectory:
    """The example verkenning with a meeting (participants and questions) and a scores chapter,
    so that every place that once said "Werkconferentie" or "Taakveld" is printed."""
    tree = from_json(resource_path("examples/verkenning-noaberkracht.json").read_bytes())
    meeting = d.Conference(date="12 maart 2025", place="Oldenzaal", theme="Vormen van samenwerking",
                           participants=(d.Participant(name="A. Secretaris", municipality="Oldenzaal", function="gemeentesecretaris"),),
                           questions=("Welke vorm past bij de opdracht van de raden?",))
    sections = (*tree.sections, d.Section(title="Scores", blocks=(d.Block(kind=d.BlockKind.SCORES),)))
    return tree.model_copy(update={"conferences": (meeting,), "sections": sections})


def content_count(tree: d.Trajectory) -> int:
    """How often the content itself (not the method) says one of the words."""
    return len(WORDS.findall(to_json(tree.model_copy(update={"method": None}))))


def test_the_verkenning_pdf_speaks_the_methods_words() -> None:
    tree = example()
    assert tree.method is not None and tree.method.key == "verkenning"
    text = "\n".join(pdf_text(render_pdf(tree, RenderOptions(reproducible=True))))
    assert len(WORDS.findall(text)) <= content_count(tree), WORDS.findall(text)
    assert squash("Deelnemers bijeenkomst") in squash(text)
    assert squash("Bijeenkomst") in squash(text)  # the title page's label for the meeting
    assert squash("De deelnemers hebben zich aan de hand van de volgende vragen voorbereid op de bijeenkomst.") in squash(text)


def test_without_its_method_the_same_tree_is_a_werkwijze_document() -> None:
    tree = example().model_copy(update={"method": None})
    text = "\n".join(pdf_text(render_pdf(tree, RenderOptions(reproducible=True))))
    assert squash("Deelnemers werkconferentie") in squash(text)
    assert len(WORDS.findall(text)) > content_count(tree)


def test_the_startgesprek_of_seed_003_speaks_of_a_startgesprek() -> None:
    """The BEL example follows the Startgesprek method: its meeting is printed as the seed's
    "Datum startgesprek 15 maart 2007", not as a werkconferentie."""
    tree = from_json(resource_path("examples/startgesprek-bel.json").read_bytes())
    assert tree.method is not None and tree.method.key == "startgesprek"
    text = squash("\n".join(pdf_text(render_pdf(tree, RenderOptions(reproducible=True)))))
    assert squash("Deelnemers startgesprek") in text and squash("Startgesprek 15 maart 2007") in text
    assert len(WORDS.findall(text)) <= content_count(tree), WORDS.findall(text)


def test_the_verkenning_agenda_follows_its_method(tmp_path: Path) -> None:
    """The session of a verkenning weighs options against a toetsingskader: its agenda (F8) has
    steps for those and none for task fields it has not, and names no part it does not use."""
    with create_example(tmp_path / "verkenning.staan", "verkenning-noaberkracht") as doc:
        steps = agenda.agenda(doc)
        assert [s.key for s in steps] == ["kennismaking", "opties", "toetsingskader", "opties_scoren", "besluit"]
        assert not WORDS.findall("\n".join(s.title for s in steps))
        # The minutes of a verkenning's own steps are planned and kept like any other.
        assert agenda.set_planned_minutes(doc, key="toetsingskader", minutes=45)[2].minutes == 45


def test_the_werkwijze_agenda_is_as_it_was(tmp_path: Path) -> None:
    """The demo (the STAAN-werkwijze) keeps its agenda step for step, and so does a trajectory
    of that method or of none; the register's look back still comes first when there is one."""
    staan = next(m for m in methods.shipped() if m.key == "staan-werkwijze")
    assert rules.default_agenda(None) == rules.default_agenda(staan) == rules.DEFAULT_AGENDA
    with create_demo(tmp_path / "demo.staan") as doc:
        assert agenda.agenda(doc) == rules.DEFAULT_AGENDA
    assert rules.with_minutes({}, review=True, steps=rules.default_agenda(example().method))[0] == rules.REVIEW_STEP


def test_a_method_with_task_fields_of_its_own_name_says_its_word_in_the_agenda() -> None:
    """A saved method that scores its *onderwerpen* as the werkwijze scores task fields keeps
    those steps, named with its word."""
    method = d.Method(key="onderwerpen", name="Onderwerpen", parts=tuple(d.MethodPart),
                      terms=d.MethodTerms(task_field="onderwerp", task_fields="onderwerpen"))  # fmt: skip
    titles = [step.title for step in rules.default_agenda(method)]
    assert "Groslijst van onderwerpen" in titles and "Indikken tot preferente onderwerpen" in titles
    # It has options and criteria, so it scores its options too (after the knock-outs).
    assert titles[-5:] == ["Opties en SWOT", "Toetsingskader", "Opties scoren", "Besluit", "Eigenaren en projectleiders"]
    assert not WORDS.findall("\n".join(titles))


def test_a_method_that_scores_options_has_a_step_to_the_page_that_scores_them() -> None:
    """The verkenning scores its options on the criteria: its agenda leads to "Opties scoren"
    after the knock-outs of the toetsingskader; the startgesprek has options but no criteria."""
    steps = rules.default_agenda(example().method)
    assert [s.key for s in steps] == ["kennismaking", "opties", "toetsingskader", "opties_scoren", "besluit"]
    scoring = steps[3]
    assert (scoring.title, scoring.page, scoring.view) == ("Opties scoren", "option_scores", "options_comparison")
    startgesprek = d.Method(key="s", name="S", parts=(d.MethodPart.OPTIONS, d.MethodPart.DECISION))
    assert "opties_scoren" not in [s.key for s in rules.default_agenda(startgesprek)]


def test_the_words_of_a_saved_method_are_its_own_and_a_shipped_methods_are_not(tmp_path: Path) -> None:
    """The window translates a step's title around the method's word; the word itself only when
    it is a shipped method's (a user's own method speaks as they typed)."""
    method = d.Method(key="onderwerpen", name="Onderwerpen", parts=tuple(d.MethodPart),
                      terms=d.MethodTerms(task_field="onderwerp", task_fields="onderwerpen"))  # fmt: skip
    named = {s.key: s for s in rules.default_agenda(method, own_words=True)}
    assert (named["groslijst"].noun, named["groslijst"].own_words) == ("onderwerpen", True)
    assert named["scoren"].noun == "" and all(s.noun == "" for s in rules.DEFAULT_AGENDA)
    # A document of a shipped method is in the shipped words; one whose words were changed is not.
    with create_example(tmp_path / "v.staan", "verkenning-noaberkracht") as doc:
        assert agenda._shipped_words(methods.method_of(doc))
        custom = methods.method_of(doc)
        assert custom is not None
        assert not agenda._shipped_words(custom.model_copy(update={"terms": method.terms.model_copy(update={"task_field": "thema"})}))
