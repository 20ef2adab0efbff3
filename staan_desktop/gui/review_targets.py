"""Which item a review comment is about, read from the page on screen, and the way back: from a
comment in the list to its page and item.

Pages know nothing of comments. The item is read from what the facilitator last selected: the
current row of a list or table whose model says which table it shows (the record and text-list
models every capture page uses, the task fields, the scoring grid) or the chapter in the outline.
A page that shows something else can offer ``comment_target() -> (table, id, label) | None``
and ``show_item(table, id)`` itself; without any of these the comment is about the whole document.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTreeWidget, QWidget

from .pages import PageSpec

Target = tuple[str, int, str]

# The models and the chapters page are imported inside the functions: the window starts without
# loading any page module (they load when their page is first shown), and so does this one.


def _source(model: QAbstractItemModel, index: QModelIndex) -> tuple[QAbstractItemModel, QModelIndex]:
    while isinstance(model, QAbstractProxyModel):
        index = model.mapToSource(index)
        model = model.sourceModel()
    return model, index


def _item(model: QAbstractItemModel, index: QModelIndex) -> tuple[str, int | None] | None:
    """(table, id) of the row at ``index`` of a model we know, else ``None``."""
    from .models.record_table_model import RECORD_ID_ROLE, RecordTableModel
    from .models.scoring_model import TASK_FIELD_ID_ROLE, ScoringModel
    from .models.task_fields_model import TaskFieldsModel
    from .models.text_list_model import ITEM_ID_ROLE, TextListModel

    if isinstance(model, RecordTableModel):
        return model.table, index.siblingAtColumn(0).data(RECORD_ID_ROLE)
    if isinstance(model, TextListModel):
        return model.spec.table, index.data(ITEM_ID_ROLE)
    if isinstance(model, TaskFieldsModel):
        fields = model.fields
        return "task_field", fields[index.row()].id if 0 <= index.row() < len(fields) else None
    if isinstance(model, ScoringModel):
        return "task_field", index.data(TASK_FIELD_ID_ROLE)
    return None


def _views(page: QWidget) -> list[QAbstractItemView]:
    """The page's views, the one with the keyboard focus (or holding it) first."""
    views = [v for v in page.findChildren(QAbstractItemView) if v.isVisibleTo(page)]
    focus = QApplication.focusWidget()
    return sorted(views, key=lambda v: not (focus is not None and (v is focus or v.isAncestorOf(focus))))


def comment_target(page: QWidget | None) -> Target | None:
    """(table, id, label for the dialog) of the item selected on ``page``; ``None``: nothing is."""
    from .pages.chapters import SECTION_ID, ChaptersPage

    if page is None:
        return None
    own = getattr(page, "comment_target", None)
    if callable(own):
        return own()
    if isinstance(page, ChaptersPage):
        item = page.outline.currentItem()
        if item is not None and isinstance(item.data(0, SECTION_ID), int):
            return "section", item.data(0, SECTION_ID), " ".join(item.text(0).split())
        return None
    for view in _views(page):
        index = view.currentIndex()
        if not index.isValid():
            continue
        model, source = _source(view.model(), index)
        found = _item(model, source)
        if found is not None and isinstance(found[1], int):
            label = index.siblingAtColumn(0).data(Qt.ItemDataRole.DisplayRole) or index.data() or ""
            return found[0], found[1], " ".join(str(label).split())
    return None


def home_row(pages: Sequence[PageSpec], table: str) -> int | None:
    """The row of the page where ``table`` is edited (its home, the most specific first), else of
    a page that shows it."""
    homes = [(len(spec.home()), row) for row, spec in enumerate(pages) if table in spec.home()]
    shows = [(len(spec.tables), row) for row, spec in enumerate(pages) if table in spec.tables]
    best = min(homes or shows, default=None)
    return best[1] if best else None


def show_item(page: QWidget, table: str, item_id: int) -> bool:
    """Select item ``item_id`` of ``table`` on ``page`` when a view there lists it."""
    from .pages.chapters import SECTION_ID, ChaptersPage

    own = getattr(page, "show_item", None)
    if callable(own):
        return bool(own(table, item_id))
    if isinstance(page, ChaptersPage) and table == "section":
        outline: QTreeWidget = page.outline
        for found in outline.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if found.data(0, SECTION_ID) == item_id:
                outline.setCurrentItem(found)
                return True
        return False
    for view in _views(page):
        proxy = view.model()
        model, _ = _source(proxy, QModelIndex())
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if _item(model, index) == (table, item_id):
                if isinstance(proxy, QAbstractProxyModel):
                    index = _map_from_source(proxy, index)
                view.setCurrentIndex(index)
                view.scrollTo(index)
                return True
    return False


def _map_from_source(proxy: QAbstractProxyModel, index: QModelIndex) -> QModelIndex:
    chain = [proxy]
    source = proxy.sourceModel()
    while isinstance(source, QAbstractProxyModel):
        chain.append(source)
        source = source.sourceModel()
    for model in reversed(chain):
        index = model.mapFromSource(index)
    return index
