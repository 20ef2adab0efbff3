"""One classification rule everywhere: the scoring grid, the projector, the PDF and the command
line give every task field the same class, ratio and dissent mark."""

from __future__ import annotations

import itertools

from pytestqt.qtbot import QtBot

from staan_desktop.domain.outcomes import classify_all
from staan_desktop.gui.context import WorkspaceContext
from staan_desktop.gui.models.scoring_model import ScoringModel
from staan_desktop.gui.projector.scoreboard import Reveal, build_board
from staan_desktop.reports.scoring import classify_tree
from staan_desktop.services import edits, queries
from staan_desktop.services.interchange import load_tree
from staan_desktop.services.store import Document


def municipal_round(doc: Document) -> None:
    """The municipalities score six short-listed fields: close together on every other one,
    far apart on the rest; two of them lose their agreed scores, so that the mean counts."""
    grid = queries.scoring_grid(doc)
    close, wide = itertools.cycle([3, 4, 3, 4, 4]), itertools.cycle([1, 2, 3, 4, 5, 5, 4, 2, 3])
    for number, field in enumerate(grid.task_fields[:6]):
        values = close if number % 2 else wide
        for criterion in grid.criteria:
            for municipality in grid.municipalities:
                edits.set_score(doc, task_field_id=field.id, criterion_id=criterion.id,
                                municipality_id=municipality.id, value=next(values))
    for field in grid.task_fields[:2]:
        for criterion in grid.criteria:
            edits.set_score(doc, task_field_id=field.id, criterion_id=criterion.id, municipality_id=None, value=None)


def test_grid_projector_pdf_and_cli_agree(qtbot: QtBot, demo_doc: Document) -> None:
    municipal_round(demo_doc)
    tree = load_tree(demo_doc)
    cli = {name: (o.label, o.ratio, o.dissent) for name, o in classify_all(tree).items()}
    pdf = {r.task_field.name: (r.outcome.label, r.outcome.ratio, r.outcome.dissent) for r in classify_tree(tree)}
    model = ScoringModel(WorkspaceContext(demo_doc))
    model.reload()
    grid = {model.task_field(row).name: (o.label, o.ratio, o.dissent) for row in range(model.rowCount())
            for o in [model.outcome(row)]}
    board = build_board(queries.scoring_grid(demo_doc), {}, Reveal(everything=True))
    projector = {row.name: (row.class_label, row.dissent) for row in board.rows}

    assert len(cli) == 13
    assert grid == cli and pdf == cli
    assert projector == {name: (label, dissent) for name, (label, _ratio, dissent) in cli.items()}
    assert any(dissent for _label, _ratio, dissent in cli.values())
    assert any(not dissent for _label, _ratio, dissent in cli.values())
    assert len({label for label, _ratio, _dissent in cli.values()}) >= 2
