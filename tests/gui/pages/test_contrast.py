"""Every text colour on its background meets WCAG AA (4.5:1): in the window's light and dark
schemes (fields, hints, the classes and warnings of the scoring grid) and on the projector in
both of its themes. The classes have one palette, shared by window, projector and PDF."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from staan_desktop.domain import class_palette
from staan_desktop.gui import theme
from staan_desktop.gui.models.scoring_model import CLASS_SYMBOL_ROLE, DISSENT_COLOUR, DISSENT_TEXT
from staan_desktop.gui.pages.scoring import ScoringPage
from staan_desktop.gui.projector import style
from staan_desktop.gui.widgets.labels import hint
from staan_desktop.reports.pdf import charts
from staan_desktop.services import edits, queries

AA = 4.5
Role = QPalette.ColorRole


def ratio(front: str, back: str) -> float:
    return class_palette.contrast(front, back)


@pytest.fixture
def scheme(qapp):  # type: ignore[no-untyped-def]
    def use(name: str) -> QPalette:
        theme.apply(qapp, name)
        return QApplication.palette()

    yield use
    theme.apply(qapp, "light")


def test_each_class_has_one_colour_and_symbol_everywhere() -> None:
    for rank in range(3):
        background, text = class_palette.colours(rank)
        assert ratio(text, background) >= AA, (rank, background, text)
        assert style.class_colours(rank)[0].name().upper() == background.upper()  # projector
        assert charts.CLASS_COLOURS[rank] == background  # PDF chart
    assert [class_palette.symbol(rank, 3) for rank in range(3)] == ["●●●", "●●", "●"]
    assert len(set(class_palette.CLASS_BACKGROUNDS[:3])) == 3
    for rank in range(len(class_palette.CLASS_BACKGROUNDS)):
        assert ratio(*reversed(class_palette.colours(rank))) >= AA


@pytest.mark.parametrize("name", ["light", "dark"])
def test_window_text_reads_in_both_schemes(qtbot, scheme, name, context, open_page) -> None:  # type: ignore[no-untyped-def]
    palette = scheme(name)
    colour = lambda role: palette.color(role).name()  # noqa: E731
    pairs = {
        "text on fields": (colour(Role.Text), colour(Role.Base)),
        "text on alternate rows": (colour(Role.Text), colour(Role.AlternateBase)),
        "text on the window": (colour(Role.WindowText), colour(Role.Window)),
        "button text": (colour(Role.ButtonText), colour(Role.Button)),
        "refusal on the window": (theme.error_text(), colour(Role.Window)),
        "dissent": (DISSENT_TEXT, DISSENT_COLOUR),
    }
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):  # a selection in a window without focus too
        pairs[f"selected text, {group.name}"] = (
            palette.color(group, Role.HighlightedText).name(), palette.color(group, Role.Highlight).name()
        )
    label = hint("Enter voegt toe")
    qtbot.addWidget(label)
    muted = label.palette().color(Role.WindowText).name()
    for background in (Role.Window, Role.Base, Role.AlternateBase):
        pairs[f"hint on {background.name}"] = (muted, colour(background))
        pairs[f"empty score on {background.name}"] = (theme.muted_text(), colour(background))

    # The classification column of the real scoring grid: its own text colour on its colour.
    edits.add_task_fields(context.doc, names=["Belastingen", "Inkoop", "ICT"])
    for field in queries.task_fields(context.doc):
        edits.update_task_field(context.doc, task_field_id=field.id, shortlisted=True)
    page = open_page(ScoringPage)
    page.view.setFocus()
    for digits in ("55555", "33333", "11111"):
        QTest.keyClicks(page.view, digits)
    model, column = page.model, page.model.classification_column

    seen = set()
    for row in range(model.rowCount()):
        index = model.index(row, column)
        background, text = index.data(Qt.ItemDataRole.BackgroundRole), index.data(Qt.ItemDataRole.ForegroundRole)
        if background is not None:
            pairs[f"class {index.data()}"] = (text.name(), background.name())
            assert index.data(CLASS_SYMBOL_ROLE) in ("●●●", "●●", "●")
            seen.add(background.name().upper())
    assert len(seen) >= 2, "the scores should have made at least two classes"
    failing = {what: round(ratio(*pair), 2) for what, pair in pairs.items() if ratio(*pair) < AA}
    assert not failing, failing


@pytest.mark.parametrize("projector_theme", [style.LIGHT, style.DARK], ids=lambda t: t.name)
def test_projector_text_reads_in_both_themes(projector_theme) -> None:  # type: ignore[no-untyped-def]
    t = projector_theme
    pairs = {
        "text": (t.text, t.background),
        "muted": (t.muted, t.background),
        "accent marks": (t.accent, t.background),
        "heading band": (t.band_text, t.band),
        "over-time badge": (t.warning_text, t.warning),
        "hidden cells": (t.text, t.hidden),
        "hidden cells, muted": (t.muted, t.hidden),
    }
    for level in [step / 20 for step in range(21)]:
        background, text = style.score_colours(level)
        pairs[f"score at {level:.2f}"] = (text.name(), background.name())
    for rank in range(3):
        background, text = style.class_colours(rank)
        pairs[f"class {rank}"] = (text.name(), background.name())
    failing = {what: round(ratio(*pair), 2) for what, pair in pairs.items() if ratio(*pair) < AA}
    assert not failing, failing
