"""The window at 1366×768 with the session panel and the comments panel open, as in a live
session on a laptop: on every page nothing a person reads or types in is cut. Every label and
button shows its whole text, every entry field has room for a name and shows its whole hint,
every choice shows what is chosen, the chapter list and the chapters' outline show whole titles,
the owners' table shows every column without scrolling, and the task fields' names are whole in
their column (the owners' "Persoon" field was 45 px wide, task-field names were cut, the
verkenning's outline cut its paragraph titles). The demo and both shipped examples."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

from staan_desktop.gui.pages import PAGES
from staan_desktop.gui.settings import AUTHOR_NAME
from staan_desktop.services import queries

#: An entry field takes at least this many average characters (a person's name).
ENTRY_CHARACTERS = 14
#: Pages whose grid scrolls between frozen columns, as a spreadsheet does (a criterion a
#: column); their own tests check what stays in view (test_the_scoring_grid_…).
SCROLLING_GRIDS = {"scoring"}


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Let the window finish laying itself out: a page shown for the first time asks the main
    window for more room, and the panels beside it yield only a few event rounds later. Widths
    read before that are the widths of no real screen."""
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(50)


def _shown(widget: QWidget, page: QWidget) -> bool:
    return widget.isVisibleTo(page) and widget.width() > 0


def _elided_choice(combo: QComboBox) -> bool:
    """Whether the style draws the chosen text shorter than it is: it elides the text to the
    combo box's edit field, which is narrower than the box by its frame and arrow."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo)
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) > field.width()


def _placeholder_room(edit: QLineEdit) -> int:
    """The width a line edit draws its placeholder in, as QLineEdit.paintEvent does: the
    style's contents rectangle less the text margins, the buttons inside it (a clear button)
    and the edit's own margin of 2 px on each side; a longer placeholder is elided."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    area = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    buttons = sum(button.width() for button in edit.findChildren(QToolButton) if button.isVisibleTo(edit))
    return area.width() - margins.left() - margins.right() - buttons - 2 * 2


def _shown_rows(view: QAbstractItemView) -> list[QModelIndex]:
    """The first-column index of every row the view lists (a tree's expanded rows)."""
    model = view.model()
    if model is None or not model.rowCount():
        return []
    if isinstance(view, QTreeView):
        rows, index = [], model.index(0, 0)
        while index.isValid():
            rows.append(index)
            index = view.indexBelow(index)
        return rows
    assert isinstance(view, QListView)
    return [model.index(row, view.modelColumn()) for row in range(model.rowCount()) if not view.isRowHidden(row)]


def _items_cut(view: QAbstractItemView) -> list[str]:
    """Items of a list or tree whose text does not fit where the style draws it: wider than
    its text rectangle without word wrap, or taller once wrapped (the style then elides the
    last line it has room for)."""
    style, cut = view.style(), []
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    for index in _shown_rows(view):
        text = index.data()
        if not text:
            continue
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(index)
        view.itemDelegateForIndex(index).initStyleOption(option, index)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        width = area.width() - 2 * margin
        wraps = bool(option.features & QStyleOptionViewItem.ViewItemFeature.WrapText)
        flags = Qt.TextFlag.TextWordWrap if wraps else Qt.TextFlag.TextSingleLine
        needed = QFontMetrics(option.font).boundingRect(QRect(0, 0, max(width, 1), 100_000), flags, text)
        if needed.width() > width or needed.height() > area.height():
            cut.append(f"{view.objectName() or type(view).__name__} ‘{text[:40]}’ {area.width()}×{area.height()}"
                       f" < {needed.width()}×{needed.height()}")
    return cut


def _rows_cut(page: QWidget) -> list[str]:
    """Rows lower than their wrapped text, in tables whose rows grow with it: a row measured
    when its column was wider keeps that height unless measured again."""
    cut = []
    for view in page.findChildren(QTableView):
        rows = view.verticalHeader()
        if not _shown(view, page) or view.model() is None or rows.sectionResizeMode(0) != QHeaderView.ResizeMode.ResizeToContents:
            continue
        for row in range(view.model().rowCount()):
            if view.rowHeight(row) < view.sizeHintForRow(row):
                cut.append(f"{view.objectName() or type(view).__name__} row {row}: {view.rowHeight(row)} < {view.sizeHintForRow(row)}")
    return cut


def _columns_out_of_view(page: QWidget) -> list[str]:
    """Columns of the page's tables that reach past the right edge of their view."""
    out = []
    for view in page.findChildren(QTableView):
        if not _shown(view, page) or view.model() is None:
            continue
        header = view.horizontalHeader()
        for column in range(header.count()):
            if not header.isSectionHidden(column):
                right = header.sectionViewportPosition(column) + header.sectionSize(column)
                if right > view.viewport().width() + 1:
                    title = view.model().headerData(column, Qt.Orientation.Horizontal)
                    out.append(f"column ‘{title}’ ends at {right} > {view.viewport().width()}")
    return out


def _cut(page: QWidget) -> list[str]:
    """What on ``page`` is narrower than what it has to show."""
    cut = []
    for label in page.findChildren(QLabel):
        if _shown(label, page) and not label.wordWrap() and label.text() and label.pixmap().isNull():
            if label.width() < label.sizeHint().width() - 1:
                cut.append(f"label ‘{label.text()[:40]}’ {label.width()} < {label.sizeHint().width()}")
    for button in page.findChildren(QAbstractButton):
        if _shown(button, page) and button.text() and button.width() < button.minimumSizeHint().width() - 1:
            cut.append(f"button ‘{button.text()}’ {button.width()} < {button.minimumSizeHint().width()}")
    for edit in page.findChildren(QLineEdit):
        if _shown(edit, page) and not isinstance(edit.parentWidget(), (QComboBox, QTableView, QAbstractSpinBox)) and edit.isEnabled():
            wanted = edit.fontMetrics().averageCharWidth() * ENTRY_CHARACTERS
            if edit.width() < wanted:
                cut.append(f"entry ‘{edit.placeholderText()[:30]}’ {edit.width()} < {wanted}")
        if _shown(edit, page) and edit.placeholderText():
            needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
            if needed > _placeholder_room(edit):
                cut.append(f"placeholder ‘{edit.placeholderText()}’ {_placeholder_room(edit)} < {needed}")
    for view in page.findChildren(QAbstractItemView):
        if isinstance(view, (QTreeView, QListView)) and _shown(view, page):
            cut.extend(_items_cut(view))
    for area in page.findChildren(QScrollArea):
        if _shown(area, page) and area.horizontalScrollBar().maximum() > 0:
            cut.append(f"{area.objectName() or 'scroll area'} hides {area.horizontalScrollBar().maximum()} px at its right")
    for spin in page.findChildren(QAbstractSpinBox):
        if _shown(spin, page) and spin.width() < spin.minimumSizeHint().width():
            cut.append(f"number ‘{spin.text()}’ {spin.width()} < {spin.minimumSizeHint().width()}")
    for combo in page.findChildren(QComboBox):
        if _shown(combo, page) and combo.currentText():
            wanted = combo.fontMetrics().horizontalAdvance(combo.currentText()) + 30  # the arrow
            if combo.width() < wanted:
                cut.append(f"choice ‘{combo.currentText()}’ {combo.width()} < {wanted}")
            elif _elided_choice(combo):
                cut.append(f"choice ‘{combo.currentText()}’ elided by the style")
    return cut


def _task_field_names_cut(page: QWidget, names: list[str]) -> list[str]:
    """Task-field names narrower than their column, in every table whose header says so. The
    scoring grid shows a readable part (about "Personeels- en sal", the rest in the tooltip):
    there the scores and the classification beside the names matter more."""
    from staan_desktop.gui.pages.scoring import READABLE_NAME, ScoringPage

    if isinstance(page, ScoringPage):
        header = page.view.horizontalHeader()
        problems = []
        if header.sectionSize(0) < page.view.fontMetrics().horizontalAdvance(READABLE_NAME):
            problems.append(f"scoring: names {header.sectionSize(0)} px")
        return problems
    cut = []
    for view in page.findChildren(QTableView):
        model = view.model()
        if model is None or not _shown(view, page):
            continue
        header = view.horizontalHeader()
        for column in range(header.count()):
            if str(model.headerData(column, Qt.Orientation.Horizontal)) != "Taakveld" or header.isSectionHidden(column):
                continue
            shown_font = model.index(0, column).data(Qt.ItemDataRole.FontRole) if model.rowCount() else None
            font = QFont(shown_font) if isinstance(shown_font, QFont) else QFont(view.font())
            # The names the column shows (an empty register shows none).
            shown = {model.index(row, column).data() for row in range(model.rowCount())} & set(names)
            if not shown:
                continue
            needed = max(QFontMetrics(font).horizontalAdvance(name) for name in shown) + 12
            if header.sectionSize(column) < needed:
                cut.append(f"{type(page).__name__}: Taakveld column {header.sectionSize(column)} < {needed}")
    return cut


@pytest.fixture
def desktop_font():  # type: ignore[no-untyped-def]
    """The font a Linux desktop session draws with (DejaVu Sans, 9 pt under X with fontconfig's
    defaults), whatever the test platform would pick on its own: widths are judged as seen."""
    app = QApplication.instance()
    before = app.font()
    if "DejaVu Sans" in QFontDatabase.families():
        app.setFont(QFont("DejaVu Sans", 9))
    yield
    app.setFont(before)


@pytest.fixture(params=["nl", "en"])
def language(request):  # type: ignore[no-untyped-def]
    """The window in Dutch and in English: a translation is often longer than its source."""
    from staan_desktop.gui import i18n

    i18n.set_language(request.param)
    yield request.param
    i18n.set_language("nl")


def _laptop(qtbot, make_window, open_doc, settings, path):  # type: ignore[no-untyped-def]
    """The window at 1366×768 over ``path`` with the session panel and the comments open."""
    settings.set(AUTHOR_NAME, "Roel Schrotenboer")
    window = make_window(PAGES)
    window.resize(1366, 768)
    open_doc(window, path)
    window.session.dock.show()
    window.review.show_comments(True)
    qtbot.waitUntil(lambda: window.review.dock.isVisible() and window.session.dock.isVisible())
    return window


@pytest.fixture
def laptop_window(qtbot, desktop_font, language, make_window, open_doc, demo_file, settings):  # type: ignore[no-untyped-def]
    return _laptop(qtbot, make_window, open_doc, settings, demo_file)


@pytest.fixture(params=["demo", "verkenning-noaberkracht", "startgesprek-bel"])
def any_laptop_window(request, qtbot, desktop_font, language, make_window, open_doc, demo_file, example_file, settings):  # type: ignore[no-untyped-def]
    """The same over the demo and over each example the File menu opens (other methods, other
    pages, longer titles)."""
    path = demo_file if request.param == "demo" else example_file(request.param)
    return _laptop(qtbot, make_window, open_doc, settings, path)


def test_every_page_holds_at_1366x768_with_both_panels_open(qtbot, any_laptop_window) -> None:
    window = any_laptop_window
    names = [field.name for field in queries.task_fields(window.context.doc)]
    problems: dict[str, list[str]] = {}
    for row, spec in enumerate(PAGES):
        if not window.workspace.is_shown(row):
            continue  # a page the document's method does not use
        window.go_to(row)
        _settle(qtbot)
        page = window.stack.currentWidget()
        found = _cut(page) + _task_field_names_cut(page, names)
        if spec.key not in SCROLLING_GRIDS:  # a row is read across at once
            found += _columns_out_of_view(page)
        found += _rows_cut(page)
        navigation = window.navigation
        for item in range(navigation.count()):
            text = navigation.item(item).text()
            needed = navigation.fontMetrics().horizontalAdvance(text) + navigation.iconSize().width() + 40
            if navigation.viewport().width() < needed:
                found.append(f"chapter list: ‘{text}’ {navigation.viewport().width()} < {needed}")
        if found:
            problems[spec.key] = found
    assert window.width() <= 1366, "the window did not grow past the screen"
    assert not problems, "\n".join(f"{key}: {found}" for key, found in problems.items())


def test_the_panels_read_at_1366x768(qtbot, laptop_window) -> None:
    """Beside every page: the widest page decides how much room the panels keep."""
    for row in range(len(PAGES)):
        laptop_window.go_to(row)
        _settle(qtbot)
    problems = {}
    for name, dock in (("session", laptop_window.session.dock), ("comments", laptop_window.review.dock)):
        found = _cut(dock.widget())
        for table in dock.widget().findChildren(QTableView):
            if _shown(table, dock.widget()) and table.horizontalScrollBar().maximum() > 0:
                found.append(f"{table.objectName() or 'table'} hides {table.horizontalScrollBar().maximum()} px at its right")
        if found:
            problems[name] = found
    assert not problems, "\n".join(f"{key}: {found}" for key, found in problems.items())


def _on_top(grid: QTableView, point: QPoint) -> tuple[QTableView | None, int]:
    """Which view is seen at ``point`` (grid coordinates) of the grid, and the column of the
    cell it shows there (-1: none): the grid itself or a view laid over it (a frozen column)."""
    widget = grid.childAt(point)
    view = widget.parentWidget() if widget is not None else None
    if not isinstance(view, QTableView) or widget is not view.viewport():
        return None, -1
    return view, view.indexAt(widget.mapFrom(grid, point)).column()


def _shown_width(grid: QTableView, column: int) -> int:
    """How many pixels of ``column`` are seen in the grid's first row, whichever view draws them."""
    area = grid.viewport().geometry()
    y = grid.viewport().mapTo(grid, grid.visualRect(grid.model().index(0, 0)).center()).y()
    return sum(_on_top(grid, QPoint(x, y))[1] == column for x in range(area.left(), area.right() + 1))


def test_the_scoring_grid_shows_its_classification_beside_both_panels(qtbot, laptop_window) -> None:
    """The name and the classification stay in view (frozen); the criteria scroll between them."""
    window = laptop_window
    window.workspace.go_to_key("scoring")
    QApplication.processEvents()
    page = window.stack.currentWidget()
    grid, model = page.view, page.model
    for keys in ("Ctrl+Home", "Ctrl+End"):  # the first criterion, then the last one, scrolled to
        grid.setFocus()
        qtbot.keyClick(grid, Qt.Key.Key_Home if keys == "Ctrl+Home" else Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        for column in (0, model.classification_column, model.dissent_column):
            # Less the frozen panes' edge lines.
            assert _shown_width(grid, column) >= grid.columnWidth(column) - 2, f"{keys}: column {column}"


def test_the_cell_being_scored_is_never_under_a_frozen_column(qtbot, laptop_window) -> None:
    """Typing a row of scores at 1366 px with both panels open: each criterion cell comes into
    view between the name and the classification as the cursor reaches it, and back."""
    window = laptop_window
    window.workspace.go_to_key("scoring")
    QApplication.processEvents()
    page = window.stack.currentWidget()
    grid, model = page.view, page.model
    criteria = range(1, model.classification_column)
    assert sum(grid.columnWidth(c) for c in range(model.columnCount())) > grid.viewport().width(), "all fit"

    def current_cell_in_view() -> bool:
        """The cell being typed in is seen whole: the grid's own cells lie on top at its edges."""
        cell = grid.visualRect(grid.currentIndex()).translated(grid.viewport().pos()).adjusted(1, 1, -1, -1)
        points = (cell.topLeft(), cell.center(), cell.bottomRight())
        return all(_on_top(grid, point) == (grid, grid.currentIndex().column()) for point in points)

    qtbot.keyClick(grid, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    seen = [(grid.currentIndex().column(), current_cell_in_view())]
    for key in [Qt.Key.Key_Right] * (len(criteria) - 1) + [Qt.Key.Key_Left] * (len(criteria) - 1):
        qtbot.keyClick(grid, key)
        seen.append((grid.currentIndex().column(), current_cell_in_view()))
    assert [column for column, _ in seen] == [*criteria, *reversed(criteria[:-1])]
    assert all(shown for _, shown in seen), seen
    qtbot.keyClick(grid, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(grid, "54321")
    assert grid.currentIndex().row() == 1 and grid.currentIndex().column() == 1 and current_cell_in_view()


def test_the_scoring_grid_gives_its_room_back_when_the_panels_open_later(qtbot, desktop_font, make_window, open_doc, demo_file, settings) -> None:  # type: ignore[no-untyped-def]
    """Scoring first on the full width, then both panels: the empty dissent column, stretched
    over the full width, does not keep the room the criteria need."""
    settings.set(AUTHOR_NAME, "Roel Schrotenboer")
    window = make_window(PAGES)
    window.resize(1366, 768)
    open_doc(window, demo_file)
    window.workspace.go_to_key("scoring")
    _settle(qtbot)
    window.session.dock.show()
    window.review.show_comments(True)
    _settle(qtbot)
    page = window.stack.currentWidget()
    header, dissent = page.view.horizontalHeader(), page.model.dissent_column
    assert header.sectionSize(dissent) <= header.sectionSizeFromContents(dissent).width() + 2


def test_a_first_start_fits_on_the_screen(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    """No size remembered yet: the window fits the screen with room for the title bar, so that
    its bottom (the status line, the panels' buttons) is not off a laptop's 768 pixels."""
    window = make_window(PAGES)
    area = window.screen().availableGeometry()
    assert window.height() < area.height(), (window.size(), area)


def test_titles_and_lists_wrap_again_when_the_panels_open_later(qtbot, desktop_font, make_window, open_doc, example_file, settings) -> None:  # type: ignore[no-untyped-def]
    """The verkenning's chapters, SWOT and criteria first on the full width, then both panels:
    items and rows wrapped at the wide width are laid out again at the narrow one, not cut to
    their old height (a tree, a list and a table keep the heights of the width they were first
    shown at)."""
    settings.set(AUTHOR_NAME, "Roel Schrotenboer")
    window = make_window(PAGES)
    window.resize(1366, 768)
    open_doc(window, example_file("verkenning-noaberkracht"))
    for key in ("chapters", "options", "criteria"):
        window.workspace.go_to_key(key)
        _settle(qtbot)
    window.session.dock.show()
    window.review.show_comments(True)
    _settle(qtbot)
    problems = {}
    for key in ("chapters", "options", "criteria"):
        window.workspace.go_to_key(key)
        _settle(qtbot)
        page = window.stack.currentWidget()
        views = [v for v in page.findChildren(QAbstractItemView) if isinstance(v, (QTreeView, QListView)) and _shown(v, page)]
        found = [problem for view in views for problem in _items_cut(view)] + _rows_cut(page)
        if found:
            problems[key] = found
    assert not problems, "\n".join(f"{key}: {found}" for key, found in problems.items())


def test_the_panels_get_their_width_back_after_a_wide_page(qtbot, laptop_window) -> None:
    """The owners' table narrows both panels to keep its columns in view; on the next page
    the panels are as wide as before it (the window never widened them again, and a built wide
    page kept every other page from giving them room)."""
    window = laptop_window
    panels = (window.session.dock, window.review.dock)
    window.workspace.go_to_key("overview")
    _settle(qtbot)
    before = [panel.width() for panel in panels]
    window.workspace.go_to_key("owners")
    _settle(qtbot)
    assert [panel.width() for panel in panels] < before, "the owners' page did not need the room"
    window.workspace.go_to_key("chapters")
    _settle(qtbot)
    assert [panel.width() for panel in panels] == before
