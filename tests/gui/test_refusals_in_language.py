"""A refusal reads in the window's language: the services say it with a code, the window renders
it when it shows it (issue 17). The command line and the Dutch window keep the Dutch sentence."""

from __future__ import annotations

from pathlib import Path

from staan_desktop.gui import i18n
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
