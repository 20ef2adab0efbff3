"""The register of results and actions: typed edits with undo, real target dates, overdue
relative to a given day, the `.ics` file read back by icalendar, the PDF table and the CLI."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from staan_desktop.cli import main as cli_main
from staan_desktop.domain import document as d
from staan_desktop.domain.register import is_overdue, review_items
from staan_desktop.reports.pdf import RenderOptions, render_pdf
from staan_desktop.services import edits, queries, register
from staan_desktop.services.edits.core import remove, revert
from staan_desktop.services.errors import ValidationError
from staan_desktop.services.interchange import create_from_tree, load_tree

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from pdf_helpers import pdf_text, squash  # noqa: E402

TODAY = dt.date(2008, 3, 1)


def item(**kw) -> d.ActionItem:
    return d.ActionItem(description=kw.pop("description", "x"), **kw)


@pytest.mark.parametrize(
    ("target", "status", "overdue"),
    [
        (dt.date(2008, 2, 29), d.ActionStatus.OPEN, True),
        (dt.date(2008, 2, 29), d.ActionStatus.IN_UITVOERING, True),
        (dt.date(2008, 3, 1), d.ActionStatus.OPEN, False),  # the target day itself is in time
        (dt.date(2008, 2, 29), d.ActionStatus.GEREED, False),
        (dt.date(2008, 2, 29), d.ActionStatus.VERVALLEN, False),
        (None, d.ActionStatus.OPEN, False),
    ],
)
def test_overdue_is_relative_to_the_given_day(target, status, overdue) -> None:
    assert is_overdue(item(target_date=target, status=status), TODAY) is overdue


def test_review_shows_active_items_overdue_first() -> None:
    items = [
        item(description="later", target_date=dt.date(2008, 6, 1)),
        item(description="klaar", target_date=dt.date(2008, 1, 1), status=d.ActionStatus.GEREED),
        item(description="zonder datum"),
        item(description="te laat", target_date=dt.date(2008, 1, 1)),
    ]
    assert [(i.description, late) for i, late in review_items(items, TODAY)] == [
        ("te laat", True), ("later", False), ("zonder datum", False),
    ]


@pytest.fixture
def doc(new_doc):
    edits.add_municipality(new_doc, name="Blaricum")
    edits.add_municipality(new_doc, name="Eemnes")
    edits.add_party(new_doc, name="InAxis", kind="extern")
    edits.add_task_field(new_doc, name="Belastingen")
    return new_doc


def test_add_update_and_undo_an_action(doc) -> None:
    party = {p.name: p.id for p in queries.municipalities(doc)}["Eemnes"]
    tf = queries.task_fields(doc)[0].id
    change = edits.add_action(
        doc, description="Gemeenschappelijke regeling vaststellen", owner_person="Gemeentesecretaris",
        owner_party_id=party, target_date="2007-01-01", status="in uitvoering", task_field_id=tf, kind="resultaat",
    )
    tree = load_tree(doc)
    assert tree.actions[0].target_date == dt.date(2007, 1, 1)
    assert tree.actions[0].owner_party == "Eemnes" and tree.actions[0].status is d.ActionStatus.IN_UITVOERING
    assert tree.actions[0].task_field == "Belastingen"
    before = load_tree(doc)
    update = edits.update_action(doc, action_id=change.item_id, status="gereed", target_date=dt.date(2007, 2, 1))
    assert load_tree(doc).actions[0].status is d.ActionStatus.GEREED
    redo = revert(doc, update)
    assert load_tree(doc) == before
    revert(doc, redo)
    assert load_tree(doc).actions[0].target_date == dt.date(2007, 2, 1)
    removal = remove(doc, "action_item", change.item_id)
    assert load_tree(doc).actions == ()
    revert(doc, removal)
    assert load_tree(doc).actions[0].description == "Gemeenschappelijke regeling vaststellen"
    views = register.actions(doc, today=dt.date(2007, 3, 1))
    assert [v.overdue for v in views] == [False]  # done is never overdue


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"description": "  "}, "mag niet leeg"),
        ({"description": "x", "target_date": "1/1/08"}, "geen geldige datum"),
        ({"description": "x", "target_date": "2008-02-30"}, "geen geldige datum"),
        ({"description": "x", "status": "klaar"}, "De status is open"),
        ({"description": "x", "owner_party_id": 999}, "bestaat niet"),
        ({"description": "x", "wie": "ik"}, "geen gegeven"),
    ],
)
def test_bad_actions_are_refused_in_dutch_and_write_nothing(doc, kwargs, message) -> None:
    before = doc.path.read_bytes()
    with pytest.raises(ValidationError, match=message):
        edits.add_action(doc, **kwargs)
    assert doc.path.read_bytes() == before


def tree_with_actions() -> d.Trajectory:
    return d.Trajectory(
        trajectory=d.TrajectoryInfo(title="BEL", short_name="BEL"),
        municipalities=("Blaricum", "Eemnes", "Laren"),
        parties=(d.Party(name="InAxis", kind=d.PartyKind.EXTERN),),
        sections=(d.Section(title="Resultaten"),),
        actions=(
            item(kind=d.ActionKind.RESULTAAT, description="Eén gemeenschappelijke regeling", target_date=dt.date(2007, 1, 1),
                 status=d.ActionStatus.GEREED, chapter="Resultaten"),
            item(kind=d.ActionKind.RESULTAAT, description="Eén operationele werkorganisatie BEL",
                 target_date=dt.date(2008, 1, 1), owner_person="Léon Sonnenschein", owner_party="InAxis"),
            item(description="Schema van de werkgroepen maken"),
        ),
    )


def test_ics_is_read_back_by_icalendar(tmp_path) -> None:
    with create_from_tree(tmp_path / "bel.staan", tree_with_actions()) as doc:
        count = register.export_ics(doc, tmp_path / "bel.ics", today=dt.date(2008, 2, 1),
                                    stamp=dt.datetime(2008, 2, 1, 12, tzinfo=dt.UTC))
    assert count == 2
    cal = Calendar.from_ical((tmp_path / "bel.ics").read_bytes())
    events = list(cal.walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == [dt.date(2007, 1, 1), dt.date(2008, 1, 1)]
    assert [str(e["summary"]) for e in events] == [
        "Resultaat: Eén gemeenschappelijke regeling",
        "TE LAAT: Resultaat: Eén operationele werkorganisatie BEL",
    ]
    assert "Eigenaar: Léon Sonnenschein, InAxis" in str(events[1]["description"])
    assert len({str(e["uid"]) for e in events}) == 2


def test_cli_exports_ics_and_lists_the_register(tmp_path, capsys) -> None:
    with create_from_tree(tmp_path / "bel.staan", tree_with_actions()):
        pass
    assert cli_main(["export", str(tmp_path / "bel.staan"), "--ics", str(tmp_path / "uit.ics"), "--today", "2008-02-01"]) == 0
    assert len(list(Calendar.from_ical((tmp_path / "uit.ics").read_bytes()).walk("VEVENT"))) == 2
    assert cli_main(["acties", str(tmp_path / "bel.staan"), "--today", "2008-02-01"]) == 0
    out = capsys.readouterr().out
    assert "Eén operationele werkorganisatie BEL — Léon Sonnenschein, InAxis — 1 januari 2008  TE LAAT" in out
    assert "3 items, 1 te laat" in out
    assert cli_main(["export", str(tmp_path / "bel.staan")]) == 1  # still asks where to


def test_pdf_prints_the_register_with_overdue_marked() -> None:
    text = squash(" ".join(pdf_text(render_pdf(tree_with_actions(), RenderOptions(reproducible=True, today=dt.date(2008, 2, 1))))))
    assert squash("Resultaten en acties") in text
    assert squash("Resultaat: Eén operationele werkorganisatie BEL Léon Sonnenschein, InAxis (externe partij) 1 januari 2008 open, te laat") in text
    assert squash("1 januari 2007 gereed Resultaten") in text
    undated = squash(" ".join(pdf_text(render_pdf(tree_with_actions(), RenderOptions(reproducible=True)))))
    assert "telaat" not in undated


def test_a_concept_pdf_with_overdue_items_verifies(tmp_path) -> None:
    """The concept marks items overdue as of the day it was exported; ``verify`` renders it
    again as of that day (the PDF's creation date), not as of the day it checks."""
    from staan_desktop.services.pdf_export import export_pdf
    from staan_desktop.services.verification import verify_pdf

    with create_from_tree(tmp_path / "bel.staan", tree_with_actions()) as doc:
        export_pdf(doc, tmp_path / "bel.pdf")
        assert "telaat" in squash(" ".join(pdf_text((tmp_path / "bel.pdf").read_bytes())))
        report = verify_pdf(tmp_path / "bel.pdf", doc)
    assert report.ok, report.text
