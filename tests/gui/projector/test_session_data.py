"""The data behind the session, without widgets: the stored agenda, who has scored, and the
board the projector is built from (where hidden scores are left out)."""

from __future__ import annotations

from pathlib import Path

import pytest

from staan_desktop.domain.agenda import DEFAULT_AGENDA, with_minutes
from staan_desktop.gui.projector.scoreboard import Mark, Reveal, build_board
from staan_desktop.services import agenda, edits, interchange, queries
from staan_desktop.services.checks import check_document
from staan_desktop.services.errors import ReadOnlyError, ValidationError
from staan_desktop.services.signoff import sign_off
from staan_desktop.services.store import open_document

from .conftest import SECRET_A, SECRET_B, blind_tree


@pytest.fixture
def doc(tmp_path: Path):  # type: ignore[no-untyped-def]
    document = interchange.create_from_tree(tmp_path / "blind.staan", blind_tree())
    yield document
    document.close()


def ids(doc):  # type: ignore[no-untyped-def]
    fields = {f.name: f.id for f in queries.task_fields(doc)}
    crits = {c.name: c.id for c in queries.criteria(doc)}
    towns = {m.name: m.id for m in queries.municipalities(doc)}
    return fields, crits, towns


def test_planned_minutes_are_checked_and_stored(doc):
    assert agenda.agenda(doc) == DEFAULT_AGENDA
    steps = agenda.set_planned_minutes(doc, key="scoren", minutes=55)
    assert steps[6].minutes == 55 and agenda.agenda(doc)[6].minutes == 55
    agenda.set_planned_minutes(doc, key="scoren", minutes=50)  # the same row, updated
    assert agenda.agenda(doc)[6].minutes == 50
    for key, minutes in (("koffie", 10), ("scoren", 0), ("scoren", 481), ("scoren", True)):
        with pytest.raises(ValidationError):
            agenda.set_planned_minutes(doc, key=key, minutes=minutes)  # type: ignore[arg-type]
    assert check_document(doc.path).problems == []


def test_stored_minutes_out_of_range_fall_back_to_the_default():
    assert with_minutes({"scoren": 9999, "onbekend": 5})[6] == DEFAULT_AGENDA[6]


def test_the_agenda_is_not_content(doc):
    """Planning time is allowed on a signed-off version and never changes its fingerprint."""
    sign_off(doc, decided_on="2026-12-01", members=["Anna Bakker"])
    before = interchange.load_tree(doc)
    agenda.set_planned_minutes(doc, key="ambitie", minutes=40)
    assert interchange.load_tree(doc) == before
    assert agenda.agenda(doc)[1].minutes == 40


def test_a_read_only_document_refuses_planned_minutes(doc):
    with open_document(doc.path, read_only=True) as read_only:
        with pytest.raises(ReadOnlyError):
            agenda.set_planned_minutes(read_only, key="ambitie", minutes=40)


def test_progress_says_who_scored_how_much_and_never_what(doc):
    fields, crits, towns = ids(doc)
    for crit in crits.values():
        edits.set_score(doc, task_field_id=fields["Belastingen"], criterion_id=crit, municipality_id=towns["Assen"], value=SECRET_B)
    edits.set_score(doc, task_field_id=fields["Belastingen"], criterion_id=crits["tempo"], municipality_id=None, value=500)
    progress = agenda.scoring_progress(doc)
    assert progress == {(fields["Belastingen"], towns["Assen"]): 2}  # the agreed score is nobody's


def test_a_hidden_row_of_the_board_holds_no_value_at_all(doc):
    fields, crits, towns = ids(doc)
    for crit in crits.values():
        edits.set_score(doc, task_field_id=fields["Belastingen"], criterion_id=crit, municipality_id=towns["Assen"], value=SECRET_B)
        edits.set_score(doc, task_field_id=fields["Belastingen"], criterion_id=crit, municipality_id=towns["Aa en Hunze"], value=SECRET_A)
    grid, progress = queries.scoring_grid(doc), agenda.scoring_progress(doc)
    hidden = build_board(grid, progress, Reveal())
    row = next(r for r in hidden.rows if r.name == "Belastingen")
    assert all(cell.hidden and cell.text == "" and cell.level is None and cell.detail == "" for cell in row.cells)
    assert (row.class_label, row.class_rank, row.dissent) == ("", None, False)
    assert row.progress == (Mark.DONE, Mark.DONE, Mark.NONE)
    assert str(SECRET_A) not in repr(hidden) and str(SECRET_B) not in repr(hidden)
    shown = build_board(grid, progress, Reveal(task_fields=frozenset({fields["Belastingen"]})))
    row = next(r for r in shown.rows if r.name == "Belastingen")
    assert row.cells[0].text == "525" and row.cells[0].detail == f"≠ {SECRET_A}–{SECRET_B}" and row.dissent


def test_hiding_one_field_of_a_revealed_matrix_keeps_the_others():
    everything = Reveal(everything=True)
    one_less = everything.toggled(2, [1, 2, 3])
    assert not one_less.shows(2) and one_less.shows(1) and one_less.shows(3)
    assert one_less.toggled(2, [1, 2, 3]).task_fields == frozenset({1, 2, 3})


def test_the_agenda_starts_with_terugblik_acties_while_items_are_open(doc):
    """A session that follows an earlier one looks back first: while the register has open or
    running results and actions, the agenda starts with "Terugblik acties" on the register page
    (where the projector shows them, overdue first); when all are done or dropped it does not."""
    assert agenda.agenda(doc)[0].key == "kennismaking"
    item = edits.add_action(doc, description="Opdracht formuleren", target_date="2007-01-01").item_id
    first = agenda.agenda(doc)[0]
    assert (first.key, first.title, first.view) == ("terugblik", "Terugblik acties", "register")
    assert [s.key for s in agenda.agenda(doc)[1:]] == [s.key for s in DEFAULT_AGENDA]
    assert agenda.set_planned_minutes(doc, key="terugblik", minutes=5)[0].minutes == 5
    edits.update_action(doc, action_id=item, status="gereed")
    assert agenda.agenda(doc)[0].key == "kennismaking"
