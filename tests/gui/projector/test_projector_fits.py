"""Every projector slide fits the window at any size: rendered at 1024×768, 1366×768, 1920×1080
and 3840×2160 with 1, 3, 13 and 60 short-listed task fields, long statements and three
municipalities with weights of their own (the ranking per weight set after the scoring matrix),
no text is elided, clipped or smaller than the readable minimum. What does not fit at that minimum is
paged (and the slide says so), never cut off."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QWidget

from staan_desktop.domain.agenda import with_minutes
from staan_desktop.domain.document import (
    Criterion,
    CriterionWeight,
    InterestCategory,
    InterestColumn,
    Owner,
    OwnerRole,
    Score,
    TaskField,
    WeightSet,
)
from staan_desktop.gui.projector import style
from staan_desktop.gui.projector.dot_plot import DotRow
from staan_desktop.gui.projector.weight_sets_slide import WeightSetsSlide
from staan_desktop.gui.projector.window import PAGE_VIEWS, ProjectorWindow
from staan_desktop.services import interchange

SIZES = ((1024, 768), (1366, 768), (1920, 1080), (3840, 2160))
COUNTS = (1, 3, 13, 60)
TOWNS = ("Aa en Hunze", "Assen", "Noordenveld", "Tynaarlo")
LONG = (
    "Samenwerking is geen doel op zich maar een middel om de kwaliteit van de dienstverlening aan "
    "inwoners en ondernemers te verbeteren, de kwetsbaarheid van de ambtelijke organisaties te "
    "verminderen en de kosten beheersbaar te houden, met behoud van de eigen identiteit van elke "
    "gemeente en met oog voor wat de raden hebben meegegeven. "
)
NAMES = ("Personeels- en salarisadministratie", "Belastingen", "Frontoffice/KCC", "Inkoop", "ICT", "Juridische zaken")


def tree(count: int):  # type: ignore[no-untyped-def]
    base = interchange.template_tree("staan-werkwijze", "Samenwerking in de regio: een verkenning")
    criteria = base.criteria or (Criterion(name="gedeeld ambitieniveau"), Criterion(name="vergelijkbare belangen"))
    fields = []
    for number in range(count):
        name = f"{NAMES[number % len(NAMES)]} {number + 1}"
        scores = tuple(Score(criterion=c.name, value=1 + (number + i) % 5) for i, c in enumerate(criteria))
        owners = (Owner(person="Judith Jansen-van der Velde", municipality=TOWNS[number % 4], role=OwnerRole.EIGENAAR),)
        fields.append(TaskField(name=name, shortlisted=True, scores=scores, owners=owners))
    interests = tuple(
        InterestCategory(
            name=f"Organisatiebelang {c + 1}",
            columns=tuple(InterestColumn(municipality=t, items=("Continuïteit van de dienstverlening", "Behoud van eigen identiteit")) for t in TOWNS),
        )
        for c in range(3)
    )
    return base.model_copy(
        update={
            "municipalities": TOWNS,
            "criteria": criteria,
            "statements": (LONG * 4, *(f"Uitspraak {n + 1}: {LONG}" for n in range(7))),
            "task_fields": tuple(fields),
            "interests": interests,
            # Three municipalities weigh the criteria their own way: the ranking per weight set
            # is one more slide after the scoring matrix, and must fit as well.
            "weight_sets": tuple(
                WeightSet(municipality=town, weights=(CriterionWeight(criterion=criteria[i % len(criteria)].name, weight=3.0 + i),))
                for i, town in enumerate(TOWNS[:3])
            ),
        }
    )


@pytest.fixture(scope="module", params=COUNTS)
def document(request, tmp_path_factory):  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.mktemp("fits")) / f"velden-{request.param}.staan"
    doc = interchange.create_from_tree(path, tree(request.param))
    yield doc
    doc.close()


def minimum_pixels(width: int, height: int) -> float:
    """The smallest text a slide may use: half the body size of that window, and never under
    14 px (read from the back of a meeting room)."""
    return max(14.0, style.base_pixels(width, height) * style.MIN_READABLE)


def visible_rect(widget: QWidget, window: QWidget) -> QRect:
    """What of ``widget`` can be seen: its rectangle cut by every ancestor up to ``window``."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(window.rect())


def label_problems(label: QLabel, window: QWidget, minimum: float) -> list[str]:
    text = label.text()
    if not text.strip():
        return []
    problems = []
    pixels = label.font().pixelSize()
    if pixels < minimum - 0.5:
        problems.append(f"{pixels}px < {minimum:.0f}px")
    full = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
    if visible_rect(label, window) != full:
        problems.append(f"clipped: {full} shows {visible_rect(label, window)}")
    inner = label.contentsRect()
    metrics = QFontMetrics(label.font())
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            problems.append(f"wrapped text needs {needed}px, has {label.height()}px")
    else:
        widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
        if widest > inner.width() + 1:
            problems.append(f"needs {widest}px wide, has {inner.width()}px")
        if metrics.height() * (text.count("\n") + 1) > inner.height() + 1:
            problems.append(f"needs {metrics.height()}px high, has {inner.height()}px")
    return [f"{text[:40]!r}: {p}" for p in problems]


def table_problems(table: QTableView, window: QWidget, minimum: float) -> list[str]:
    problems = []
    model = table.model()
    header = table.horizontalHeader()
    header_metrics = QFontMetrics(header.font())
    if model.columnCount() and header.font().pixelSize() < minimum - 0.5:
        problems.append(f"header {header.font().pixelSize()}px < {minimum:.0f}px")
    for column in range(model.columnCount()):
        lines = str(model.headerData(column, Qt.Orientation.Horizontal) or "").split("\n")
        widest = max(header_metrics.horizontalAdvance(line) for line in lines)
        if widest + 20 > header.sectionSize(column):
            problems.append(f"header {lines!r} needs {widest + 20}px, has {header.sectionSize(column)}px")
        if header_metrics.lineSpacing() * len(lines) > header.height():
            problems.append(f"header {lines!r} is cut at the bottom")
    if visible_rect(table, window) != QRect(table.mapTo(window, QPoint(0, 0)), table.size()):
        problems.append("table clipped")
    columns = sum(table.columnWidth(c) for c in range(model.columnCount()))
    if columns > table.viewport().width() + 1:
        problems.append(f"columns need {columns}px, the table shows {table.viewport().width()}px: the last are cut off")
    viewport = table.viewport().height()
    metrics = QFontMetrics(table.font())
    if model.rowCount() and table.font().pixelSize() < minimum - 0.5:
        problems.append(f"cells {table.font().pixelSize()}px < {minimum:.0f}px")
    for row in range(model.rowCount()):
        if table.isRowHidden(row):
            continue
        bottom = table.rowViewportPosition(row) + table.rowHeight(row)
        if bottom > viewport + 1:
            problems.append(f"row {row} below the bottom ({bottom} > {viewport})")
            break
        for column in range(model.columnCount()):
            span = table.columnSpan(row, column)
            width = sum(table.columnWidth(c) for c in range(column, column + span)) - 30
            text = str(model.index(row, column).data() or "")
            bold = QFont(table.font())
            bold.setBold(True)
            wrapped = QFontMetrics(bold).boundingRect(QRect(0, 0, max(1, width + 6), 100_000), int(Qt.TextFlag.TextWordWrap), text)
            if text and wrapped.height() > table.rowHeight(row) - 6:
                problems.append(f"cell {text[:30]!r} needs {wrapped.height()}px high, the row has {table.rowHeight(row) - 6}px")
            if text and metrics.horizontalAdvance(text) > width and "\n" not in text:
                # The delegate wraps at word boundaries; one word that is too wide is elided.
                if any(metrics.horizontalAdvance(word) > width for word in text.split()):
                    problems.append(f"cell {text[:30]!r} needs {metrics.horizontalAdvance(text)}px, has {width}px")
    return problems


def slide_problems(projector: ProjectorWindow, minimum: float) -> list[str]:
    problems = []
    for label in projector.findChildren(QLabel):
        if label.isVisibleTo(projector) and label.window() is projector:
            problems += label_problems(label, projector, minimum)
    for table in projector.findChildren(QTableView):
        if table.isVisibleTo(projector):
            problems += table_problems(table, projector, minimum)
    for row in projector.findChildren(DotRow):
        if row.isVisibleTo(projector) and row.window() is projector:
            problems += dot_row_problems(row, projector, minimum)
    return problems


def dot_row_problems(row: DotRow, window: QWidget, minimum: float) -> list[str]:
    """A row of a dot plot: its name whole (wrapped within its row), readable, on the screen."""
    problems = []
    if row.font().pixelSize() < minimum - 0.5:
        problems.append(f"{row.font().pixelSize()}px < {minimum:.0f}px")
    if row.heightForWidth(row.width()) > row.height() + 1:
        problems.append(f"needs {row.heightForWidth(row.width())}px, has {row.height()}px")
    full = QRect(row.mapTo(window, QPoint(0, 0)), row.size())
    if visible_rect(row, window) != full:
        problems.append(f"clipped: {full} shows {visible_rect(row, window)}")
    return [f"dot plot {row.label[:40]!r}: {p}" for p in problems]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_slide_fits(qtbot, document, size) -> None:  # type: ignore[no-untyped-def]
    projector = ProjectorWindow()
    qtbot.addWidget(projector)
    projector.set_document(document, "Samenwerking in de regio: een verkenning — werkconferentie 12 mei")
    projector.resize(800, 600)
    projector.show()
    qtbot.waitExposed(projector)
    projector.set_agenda(with_minutes({}), 2)  # as after F8
    projector.resize(*size)  # as when maximised: the slide shown must fit again at once
    minimum = minimum_pixels(*size)
    failures = {}
    weight_slide_seen = False
    for page in sorted(set(PAGE_VIEWS) | {"OverviewPage"}):
        projector.show_page(page)
        pages = 1
        while True:
            for _ in range(3):
                QApplication.processEvents()
            weight_slide_seen |= any(s.isVisibleTo(projector) for s in projector.findChildren(WeightSetsSlide))
            problems = slide_problems(projector, minimum)
            if problems:
                failures[f"{page} (page {pages})"] = problems[:4]
            view = projector.view
            if view is None or not view.next_page():
                break
            pages += 1
    assert not failures, "\n".join(f"{page}: {problems}" for page, problems in failures.items())
    assert weight_slide_seen, "the ranking per weight set was not among the slides"
