"""A refusal reads in the window's language: the services say it with a code, the window renders
it when it shows it (issue 17). The command line and the Dutch window keep the Dutch sentence."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from staan_desktop.gui import i18n
from staan_desktop.gui.refusals import render
from staan_desktop.services import queries
from staan_desktop.services.edits import scoring


def _score_nine(window) -> None:  # type: ignore[no-untyped-def]
    """Type a 9 on a criterion scored 1 to 5: the service refuses, nothing is written."""
    doc = window.current.doc
    field = queries.task_fields(doc)[0]
    criterion = queries.criteria(doc)[0]
    assert (criterion.scale_min, criterion.scale_max) == (1, 5)
    result = window.context.edit("Score", lambda: scoring.set_score(
        doc, task_field_id=field.id, criterion_id=criterion.id, municipality_id=None, value=9))
    assert result is None


def _name_of_first_criterion(window) -> str:  # type: ignore[no-untyped-def]
    return queries.criteria(window.current.doc)[0].name


def test_a_refused_score_reads_in_english_in_the_english_window(qtbot, window, open_doc, demo_file) -> None:  # type: ignore[no-untyped-def]
    open_doc(window, demo_file)
    refusals: list[str] = []
    window.context.refused.connect(lambda message, _details: refusals.append(message))
    assert i18n.set_language("en")
    _score_nine(window)
    name = _name_of_first_criterion(window)
    assert refusals == [f"A score on ‘{name}’ lies between 1 and 5."]
    assert refusals[0] in window.status.currentMessage()


def test_the_dutch_window_keeps_the_dutch_sentence(qtbot, window, open_doc, demo_file) -> None:  # type: ignore[no-untyped-def]
    open_doc(window, demo_file)
    refusals: list[str] = []
    window.context.refused.connect(lambda message, _details: refusals.append(message))
    _score_nine(window)
    assert refusals == [f"Een score op ‘{_name_of_first_criterion(window)}’ ligt tussen 1 en 5."]
    assert refusals[0] in window.status.currentMessage()


def test_a_file_that_cannot_be_opened_is_refused_in_the_language_of_the_window(  # type: ignore[no-untyped-def]
    qtbot, window, message_boxes, tmp_path: Path
) -> None:
    garbage = tmp_path / "kapot.staan"
    garbage.write_bytes(b"dit is geen database, maar een brief" * 40)
    assert i18n.set_language("en")
    window.open_path(garbage)
    qtbot.waitUntil(lambda: len(message_boxes) == 1, timeout=10_000)
    assert message_boxes[0]["text"] == "The file ‘kapot.staan’ is not a STAAN document (not an SQLite database)."

    assert i18n.set_language("nl")  # switched back: the next refusal is Dutch, nothing kept from before
    window.open_path(garbage)
    qtbot.waitUntil(lambda: len(message_boxes) == 2, timeout=10_000)
    assert message_boxes[1]["text"] == "Het bestand ‘kapot.staan’ is geen STAAN-document (geen SQLite-database)."


def test_after_a_language_switch_the_next_refusal_is_in_the_new_language(qtbot, window, open_doc, demo_file) -> None:  # type: ignore[no-untyped-def]
    open_doc(window, demo_file)
    refusals: list[str] = []
    window.context.refused.connect(lambda message, _details: refusals.append(message))
    _score_nine(window)
    assert i18n.set_language("en")
    _score_nine(window)
    assert i18n.set_language("nl")
    _score_nine(window)
    name = _name_of_first_criterion(window)
    assert refusals == [
        f"Een score op ‘{name}’ ligt tussen 1 en 5.",
        f"A score on ‘{name}’ lies between 1 and 5.",
        f"Een score op ‘{name}’ ligt tussen 1 en 5.",
    ]


def test_a_nested_reason_and_a_phrase_are_translated_too(qapp) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.domain.messages import msg, phrase
    from staan_desktop.gui.refusals import render

    gone = msg("backups.failed_because", name="a.staan", reason=msg("store.exists", name="b.staan"))
    empty = msg("edit.empty", what=phrase("De naam van het motief"))
    assert i18n.set_language("en")
    assert render(gone) == "The backup of ‘a.staan’ could not be made: the file ‘b.staan’ already exists."
    assert render(empty) == "The name of the motive must not be empty."
    assert render(msg("edit.empty", what="Het Motief van Assen")) == "Het Motief van Assen must not be empty."  # typed words stay
    assert i18n.set_language("nl")
    assert render(empty) == "De naam van het motief mag niet leeg zijn."


def test_a_document_held_elsewhere_refuses_edits_in_the_language_of_the_moment(  # type: ignore[no-untyped-def]
    qtbot, window, open_doc, demo_file
) -> None:
    """The reason a document is read-only is kept as a message: an edit refused after a language
    switch names the holder in the new language, not in the one the document was opened in."""
    from staan_desktop.services import edits, locking

    locking.lock_path(demo_file).write_text(
        '{"user": "marieke", "host": "laptop-griffie", "pid": 4242, "since": "2025-03-14T09:12:00"}', encoding="utf-8"
    )
    assert i18n.set_language("en")
    opened = open_doc(window, demo_file)
    assert "Opened by marieke on laptop-griffie since 14-03-2025 09:12" in window.banner.text.text()
    refusals: list[str] = []
    window.context.refused.connect(lambda message, _details: refusals.append(message))
    window.context.edit("Titel", lambda: edits.update_trajectory(opened.doc, title="Gekaapt"))
    assert i18n.set_language("nl")
    window.context.edit("Titel", lambda: edits.update_trajectory(opened.doc, title="Gekaapt"))
    assert refusals == ["Opened by marieke on laptop-griffie since 14-03-2025 09:12",
                        "Geopend door marieke op laptop-griffie sinds 14-03-2025 09:12"]


def test_a_cost_key_that_cannot_be_computed_says_why_in_the_language_of_the_window(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from staan_desktop.domain import document as d
    from staan_desktop.domain.cost_keys import compare
    from staan_desktop.gui.models.figures_model import ComparisonModel
    from staan_desktop.services.figures import FiguresView

    comparisons = tuple(compare([d.CostKey(name="leeg")], [], ["Assen"]))
    model = ComparisonModel()
    model.set_view(FiguresView(((1, "Assen"),), (), (), comparisons))  # type: ignore[arg-type]
    tooltip = lambda: model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)  # noqa: E731
    assert tooltip() == "De verdeelsleutel ‘leeg’ gebruikt nog geen kerngetal."
    assert i18n.set_language("en")
    assert tooltip() == "The cost key ‘leeg’ uses no key figure yet."
    assert comparisons[0].problem == "De verdeelsleutel ‘leeg’ gebruikt nog geen kerngetal."  # the PDF's words


def test_a_refused_weight_wifi_network_or_name_list_reads_in_the_language_of_the_window(qapp) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from staan_desktop.gui.refusals import render
    from staan_desktop.services.edits.weights import clean_weight
    from staan_desktop.services.errors import ValidationError
    from staan_desktop.services.room.cards import parse_list
    from staan_desktop.services.room.wifi import network

    refusals = []
    for attempt in (lambda: clean_weight(5000), lambda: network("  "), lambda: parse_list("Anna; Assen; Emmen")):
        with pytest.raises(ValidationError) as refused:
            attempt()
        refusals.append(refused.value)
    dutch = [
        "Een gewicht is een getal van 0 tot en met 1000.",
        "Vul de naam van het wifi-netwerk in.",
        "Regel 1 van de namenlijst is geen ‘naam; gemeente’.",
    ]
    assert [error.message for error in refusals] == dutch  # the command line's words
    assert i18n.set_language("en")
    assert [render(error.text) for error in refusals] == [
        "A weight is a number from 0 up to and including 1000.",
        "Enter the name of the Wi-Fi network.",
        "Line 1 of the name list is not ‘name; municipality’.",
    ]
    assert i18n.set_language("nl")
    assert [render(error.text) for error in refusals] == dutch


# Parameters that used to be Dutch text built in Dutch (issue 17) ---------------------------


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    """The window's language is English for the test; Dutch again after it."""
    assert i18n.set_language("en")
    yield
    assert i18n.set_language("nl")


def _said(error: BaseException) -> tuple[str, str]:
    """(the Dutch line the command line prints, the line the English window shows)."""
    from staan_desktop.domain.messages import message_of
    from staan_desktop.gui.refusals import render

    return message_of(error).dutch(), render(message_of(error))


def _assert_english(lines: list[tuple[str, str]]) -> None:
    from dutch_words import dutch_in

    dutch = {english: sorted(dutch_in(english)) for _nl, english in lines if dutch_in(english)}
    assert not dutch, dutch


def _refused_tree(base: str, change: Callable[[dict[str, Any]], None]) -> BaseException:
    """The refusal of importing ``base`` (the demo or an example) after ``change`` to its JSON."""
    from staan_desktop.reports.json_interchange import InterchangeError, from_json, to_json
    from staan_desktop.services.errors import ValidationError
    from staan_desktop.services.interchange import demo_tree, example_tree
    from staan_desktop.services.tree import validate_tree

    data = json.loads(to_json(demo_tree() if base == "demo" else example_tree(base)))
    change(data)
    with pytest.raises((InterchangeError, ValidationError)) as refused:
        validate_tree(from_json(json.dumps(data)))
    return refused.value


GOOD = "verkenning-noaberkracht"
BEL = "startgesprek-bel"


def _participant(d: dict[str, Any]) -> None:
    d["conferences"][0]["participants"].append({"name": "Xyla", "municipality": "Qwerty"})


def _column(d: dict[str, Any]) -> None:
    d["interests"][0].update(name="Xyla", columns=[*d["interests"][0]["columns"], {"municipality": "Qwerty", "items": []}])


def _owner(d: dict[str, Any]) -> None:
    d["task_fields"][0]["owners"].append({"person": "Xyla", "municipality": "Qwerty"})


def _member(d: dict[str, Any]) -> None:
    d["roles"][0].update(name="Board", members=[{"name": "Xyla", "municipality": "Qwerty"}])


def _action(d: dict[str, Any]) -> None:
    d["actions"][0].update(description="Xyla", task_field="Qwerty")


def _action_party(d: dict[str, Any]) -> None:
    d["actions"][0].update(description="Xyla", owner_party="Qwerty")


def _rubric(d: dict[str, Any]) -> None:
    d["knowledge_agenda"][0].update(name="Xyla", owner_party="Qwerty")


def _cooperation(d: dict[str, Any]) -> None:
    d["cooperations"][0]["task_fields"] = ["Qwerty"]


def _acts_for_twice(d: dict[str, Any]) -> None:
    d["parties"][0]["acts_for"] = ["Dinkelland", "Dinkelland"]


def _column_twice(d: dict[str, Any]) -> None:
    d["interests"][0]["name"] = "Xyla"
    d["interests"][0]["columns"][0]["municipality"] = "Assen"


def _figure_twice(d: dict[str, Any]) -> None:
    figure = d["key_figures"][0]
    figure.update(name="Xyla", values=[figure["values"][0], figure["values"][0]])


def _term_twice(d: dict[str, Any]) -> None:
    d["key_figures"][0]["name"] = "Xyla"
    d["cost_keys"][1]["terms"] = [{"figure": "Xyla", "weight": 1.0}, {"figure": "Xyla", "weight": 2.0}]


def _option_twice(d: dict[str, Any]) -> None:
    d["cooperations"][0]["options"] = [d["options"][0]["name"]] * 2


def _mandate(d: dict[str, Any]) -> None:
    d["mandates"][0].update(municipality="Qwerty", text="Xyla")


TREE_PLACES = [
    ("demo", _participant, "Deelnemer ‘Xyla’ verwijst naar de onbekende gemeente ‘Qwerty’."),
    ("demo", _column, "De categorie ‘Xyla’ verwijst naar de onbekende gemeente ‘Qwerty’."),
    ("demo", _owner, "Eigenaar ‘Xyla’ verwijst naar de onbekende gemeente ‘Qwerty’."),
    ("demo", _member, "Lid ‘Xyla’ van ‘Board’ verwijst naar de onbekende gemeente ‘Qwerty’."),
    (BEL, _action, "Actie ‘Xyla’ hoort bij het onbekende taakveld ‘Qwerty’."),
    (BEL, _action_party, "Actie ‘Xyla’ verwijst naar de onbekende gemeente ‘Qwerty’."),
    (BEL, _rubric, "Rubriek ‘Xyla’ verwijst naar de onbekende gemeente ‘Qwerty’."),
    (GOOD, _cooperation, "Samenwerking ‘GGD’ verwijst naar het onbekende taakveld ‘Qwerty’."),
    (GOOD, _acts_for_twice, "Bij ‘Noaberkracht’ de gemeente ‘Dinkelland’ komt twee keer voor."),
    ("demo", _column_twice, "In ‘Xyla’ de gemeente ‘Assen’ komt twee keer voor."),
    (GOOD, _figure_twice, "In kerngetal ‘Xyla’ de gemeente ‘Dinkelland’ komt twee keer voor."),
    (GOOD, _term_twice, "In verdeelsleutel ‘Case load’ het kerngetal ‘Xyla’ komt twee keer voor."),
    (GOOD, _option_twice, "Bij samenwerking ‘GGD’ de optie ‘Organisch samenwerken’ komt twee keer voor."),
    (GOOD, _mandate, "Het kader ‘Xyla’ komt van ‘Qwerty’, die geen gemeente is."),
]


def test_a_tree_import_names_the_place_of_its_fault_in_english(english) -> None:  # type: ignore[no-untyped-def]
    """Before: the place ("Deelnemer ‘Xyla’", "In kerngetal ‘Xyla’ de gemeente") was an f-string
    in Dutch passed as a phrase; no translation matched it, so it stayed Dutch in English."""
    lines = [_said(_refused_tree(base, change)) for base, change, _dutch in TREE_PLACES]
    assert [dutch for dutch, _english in lines] == [dutch for _base, _change, dutch in TREE_PLACES]
    assert lines[0][1] == "Participant ‘Xyla’ refers to the unknown municipality ‘Qwerty’."
    assert lines[-1][1] == "The frame ‘Xyla’ comes from ‘Qwerty’, which is not a municipality."
    _assert_english(lines)


def _classes_ratio(d: dict[str, Any]) -> None:
    d["classes"][0]["min_ratio"] = 2.0


def _long_name(d: dict[str, Any]) -> None:
    d["motives"][0]["letter"] = "XXXXXXXXXX"


def _party_kind(d: dict[str, Any]) -> None:
    d["parties"][0]["kind"] = "Qwerty"


def test_pydantic_bounds_in_an_import_or_a_row_read_in_english(english, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Before: the bound was glued on in Dutch ("dit getal is te groot (ten hoogste 1)"), and a
    row's reason ("een traject heeft ten hoogste 1 van deze rijen", "2 en verder") too."""
    from staan_desktop.services import tree
    from staan_desktop.services.errors import as_refusal
    from staan_desktop.services.interchange import create_demo

    lines = [_said(_refused_tree(base, change)) for base, change in
             (("demo", _classes_ratio), ("demo", _long_name), (GOOD, _party_kind))]
    assert lines[0] == ("Het JSON-bestand klopt niet bij ‘classes.0.min_ratio’: dit getal is te groot (ten hoogste 1)",
                        "The JSON file is not right at ‘classes.0.min_ratio’: this number is too large (at most 1)")
    assert "(ten hoogste 8)" in lines[1][0] and "(at most 8)" in lines[1][1]
    assert lines[2][0].endswith("deze waarde bestaat niet (verwacht 'gemeente', 'organisatie', 'extern' of 'toekomstig')")
    assert lines[2][1].endswith("(expected 'gemeente', 'organisatie', 'extern' or 'toekomstig')")  # the file's own values

    monkeypatch.setitem(tree.TABLE_LIMITS, "municipality", 1)
    with create_demo(tmp_path / "demo.staan") as doc, doc.reading() as session, pytest.raises(ValueError) as counted:
        tree.check_counts(session)
    refusal = as_refusal(counted.value, doc.path)
    assert refusal is not None
    lines.append(_said(refusal))
    assert "(tabel ‘municipality’, rij 2 en verder: een traject heeft ten hoogste 1 van deze rijen)" in lines[-1][0]
    assert "(table ‘municipality’, row 2 onwards: a trajectory has at most 1 of these rows)" in lines[-1][1]
    _assert_english(lines)


def test_a_file_whose_schema_differs_is_refused_in_english(english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Before: each difference ("vreemd onderdeel: tabel ‘x’") was a Dutch line put as it was
    into the English sentence."""
    import sqlite3

    from staan_desktop.gui.refusals import reason_text
    from staan_desktop.services.file_admission import ForeignDocument, inspect_file
    from staan_desktop.services.interchange import create_demo

    path = tmp_path / "xyla.staan"
    create_demo(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE xyla (a)")
        connection.execute("CREATE INDEX ix_qwerty ON criterion (name)")
    with pytest.raises(ForeignDocument) as refused:
        inspect_file(path)
    dutch, english_line = _said(refused.value)
    assert dutch.startswith("Het bestand ‘xyla.staan’ is niet geopend: het wijkt af van een STAAN-document — "
                            "vreemd onderdeel: index ‘ix_qwerty’ op ‘criterion’, en nog 1 verschil(len).")
    assert english_line.startswith("The file ‘xyla.staan’ was not opened: it differs from a STAAN document — "
                                   "foreign part: index ‘ix_qwerty’ on ‘criterion’, and 1 more difference(s).")
    assert refused.value.problems[1] == "vreemd onderdeel: tabel ‘xyla’"  # the command line's lines stay Dutch
    # The details behind "Show details" list every difference, in the window's language too.
    details = refused.value.details
    assert details == "vreemd onderdeel: index ‘ix_qwerty’ op ‘criterion’\nvreemd onderdeel: tabel ‘xyla’"
    assert reason_text(details) == "foreign part: index ‘ix_qwerty’ on ‘criterion’\nforeign part: table ‘xyla’"
    _assert_english([(dutch, english_line), (details, reason_text(details))])


def test_listed_value_words_read_in_english(english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Before: the allowed values were joined in Dutch (", een "), the criteria named or
    "(nog geen criteria)", the missing municipalities joined with " en "."""
    from staan_desktop.domain import document as d
    from staan_desktop.domain.cost_keys import compare
    from staan_desktop.services.edits import frame
    from staan_desktop.services.edits.core import clean_choice
    from staan_desktop.services.edits.parties import clean_kind
    from staan_desktop.services.errors import ValidationError
    from staan_desktop.services.interchange import create_example

    refusals: list[BaseException] = []
    with create_example(tmp_path / "bel.staan", BEL) as doc:  # a trajectory with no criteria yet
        step = frame.add_frame_step(doc, title="Xyla").item_id
        for attempt in (
            lambda: clean_kind("gemeente"),
            lambda: clean_choice(d.ActionStatus, "klaar", "De status"),
            lambda: clean_choice(d.MandateKind, "wens", "De soort"),
            lambda: frame.add_step_criterion_named(doc, step_id=step, name="Qwerty"),
        ):
            with pytest.raises(ValidationError) as refused:
                attempt()
            refusals.append(refused.value)
    lines = [_said(error) for error in refusals]
    key = d.CostKey(name="Xyla", terms=(d.CostKeyTerm(figure="Inwoners", weight=1),))
    figure = d.KeyFigure(name="Inwoners", values=(d.FigureValue(municipality="Aaa", value=3),))
    comparison = compare([key], [figure], ["Aaa", "Bbb", "Ccc"])[0]
    assert comparison.reason is not None
    lines.append((comparison.problem, render(comparison.reason)))
    assert lines == [
        ("Een partij is een organisatie, een extern of een toekomstig.",
         "A party is an organisation, an external party or a prospective partner."),
        ("De status is open, in uitvoering, gereed of vervallen.", "The status is open, in progress, done or dropped."),
        ("De soort is kader of vraag.", "The kind is frame or question."),
        ("Het criterium ‘Qwerty’ bestaat niet; kies uit (nog geen criteria).",
         "The criterion ‘Qwerty’ does not exist; choose from (no criteria yet)."),
        ("Het kerngetal ‘Inwoners’ ontbreekt voor ‘Bbb’ en ‘Ccc’; zonder dat getal is ‘Xyla’ niet te berekenen.",
         "The key figure ‘Inwoners’ is missing for ‘Bbb’ and ‘Ccc’; without it ‘Xyla’ cannot be calculated."),
    ]
    _assert_english(lines)


def test_the_rooms_advice_on_reaching_it_reads_in_english(english) -> None:  # type: ignore[no-untyped-def]
    """Before: the room panel showed the advice ("Telefoons kunnen de zaal … niet bereiken")
    as the Dutch line the command line prints."""
    import errno

    from staan_desktop.gui.refusals import reason_text
    from staan_desktop.services.room.addresses import unreachable_advice

    port = 8765
    refused = ConnectionRefusedError(errno.ECONNREFUSED, "refused")
    advice = [unreachable_advice("127.0.0.1", port, refused, platform) for platform in ("linux", "win32")]
    lines = [(text, reason_text(text)) for text in advice]
    assert lines[0] == (
        f"Telefoons kunnen de zaal op 127.0.0.1:{port} niet bereiken (geweigerd of geen route); controleer de firewall "
        "van deze computer en of de telefoons op hetzelfde netwerk zitten.",
        f"Phones cannot reach the room on 127.0.0.1:{port} (refused or no route); check this computer's firewall "
        "and that the phones are on the same network.",
    )
    assert lines[1][1].startswith(f"Phones probably cannot reach the room on 127.0.0.1:{port}: Windows Defender Firewall")
    _assert_english(lines)


def test_what_a_rescue_left_out_reads_in_english(english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Before: the rescue's list of what it left out ("tabel ‘score’, rij 3: de score 9 valt
    buiten de schaal 1–5") was Dutch behind "Show details" of the English window."""
    from staan_desktop.services.rescue import RESCUED_TITLE, rescue

    from ..robustness.test_hostile_rows import ROW_CASES

    lines: list[tuple[str, str]] = []
    for name, make in ROW_CASES.items():
        folder = tmp_path / name
        folder.mkdir()
        report = rescue(make(folder), folder / "gered.staan")
        lines += [(str(item), render(item.message())) for item in report.left_out]
    assert len(lines) >= len(ROW_CASES) // 2, lines
    assert all(dutch.startswith("tabel ‘") for dutch, _ in lines), lines  # the command line's words
    assert all(english.startswith("table ‘") for _, english in lines), lines
    # The title a rescued document gets is a value stored in it, the same in every language.
    _assert_english([(dutch, english.replace(RESCUED_TITLE, "")) for dutch, english in lines])
