"""The body of the window while a document is open: the chapter navigation on the left and one
page per chapter on the right, with every change routed to the pages that show it.

Pages are built when first shown: opening a document builds and reads only the page on screen
(on a large trajectory the scoring page alone reads for a third of a second), and a page
built later reads the document as it is then, so it needs none of the changes before it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, overload

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QStackedWidget, QWidget

from . import icons
from .errors import report_unexpected
from .navigation import Navigation
from .pages import PageSpec
from .pages.base import Page
from .panel_room import PanelRoom
from .window_actions import flush_focused_field

if TYPE_CHECKING:
    from staan_desktop.services.edits import Change

    from .context import WorkspaceContext

log = logging.getLogger(__name__)

#: Pages of a part whose key is not the part's own (see MethodPart): scoring the options is
#: part of the options.
PAGE_PARTS = {"option_scores": "options"}


def page_shortcuts(pages: Sequence[PageSpec], shown: Sequence[bool] | None = None) -> list[str]:
    """Each page's own shortcut, or Ctrl+<position in the navigation> for the first nine; never
    one twice. ``shown``: which pages the document's method lists (all when not given). The
    position counts only those, as the person counts the list they see: a verkenning hides
    the task-field pages, and Ctrl+5 must reach its fifth entry, not a hidden page."""
    taken: set[str] = set()
    result = []
    position = 0
    for row, page in enumerate(pages):
        if shown is not None and not shown[row]:
            result.append("")
            continue
        position += 1
        wanted = page.shortcut or (f"Ctrl+{position}" if position <= 9 else "")
        key = QKeySequence(wanted).toString()
        if key and key in taken:
            log.warning("shortcut %s of %s is already taken; left out", wanted, page.key)
            key = ""
        taken.add(key)
        result.append(key)
    return result


class Pages(Sequence[QWidget]):
    """The pages of the open document in navigation order (none without a document). Asking
    for a page builds it if it was not shown yet: ``workspace.pages[row]`` is always the real
    page (or the QLabel that stands in for one that failed to build). The workspace itself
    touches only :meth:`Workspace.built_pages`, so that nothing is built before it is shown."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def __len__(self) -> int:
        return len(self._workspace.specs) if self._workspace.context is not None else 0

    @overload
    def __getitem__(self, row: int) -> QWidget: ...

    @overload
    def __getitem__(self, row: slice) -> list[QWidget]: ...

    def __getitem__(self, row: int | slice) -> QWidget | list[QWidget]:
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(len(self)))]
        if row < 0:
            row += len(self)
        if not 0 <= row < len(self):
            raise IndexError(row)
        return self._workspace.page(row)


class PageStack(QStackedWidget):
    """The pages, one shown at a time, asking the window for the room of the page shown: a
    stacked widget asks for the largest minimum of all its pages, so one wide page (the owners'
    table) once built kept the panels beside every other page at their narrowest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page is not None else super().minimumSizeHint()


class Workspace(QSplitter):
    def __init__(self, specs: Sequence[PageSpec], parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.specs = list(specs)
        self.context: WorkspaceContext | None = None
        #: Page key → its title in the words of the document's method (see apply_method).
        self.method_titles: dict[str, str] = {}
        #: What stands in for the first page before a document is open (see show_preview).
        self._preview: QWidget | None = None
        #: Row → the built page; a page that failed to build is a QLabel.
        self._built: dict[int, QWidget] = {}
        #: Every page, built on first use (see :class:`Pages`).
        self.pages = Pages(self)
        shortcuts = page_shortcuts(self.specs)
        self.navigation = Navigation(self)
        self.navigation.set_pages(self.specs, shortcuts)
        self.page_actions: list[QAction] = []
        for row, (page, shortcut) in enumerate(zip(self.specs, shortcuts)):
            action = icons.action(self, page.icon, keys=[shortcut], text=page.translated_title())
            # A page reached by its keys takes the typing at once: no Tab or Insert first.
            action.triggered.connect(lambda _checked=False, row=row: self.go_to(row, focus=True))
            self.page_actions.append(action)
        # No title bar above the pages: each page heads itself (a projector has no height to
        # spare), and the highlighted chapter in the navigation says where one is.
        self.stack = PageStack(self)
        self.panel_room = PanelRoom(self.stack)
        self.addWidget(self.navigation)
        self.addWidget(self.stack)
        self.setStretchFactor(1, 1)
        self.setSizes([250, 1000])
        self.setChildrenCollapsible(False)
        self.navigation.currentRowChanged.connect(self._show_page)
        self.navigation.enter_page.connect(self.focus_page)

    # Pages ------------------------------------------------------------------------------

    def show_context(self, context: WorkspaceContext) -> None:
        """Show ``context``'s document on the current page (the first the first time); the
        other pages are built when the user goes to them."""
        self.clear()
        self.context = context
        self.apply_method(context)
        row = max(self.navigation.currentRow(), 0)
        if self.navigation.isRowHidden(row):
            row = 0  # the overview: every method has it
        self.navigation.setCurrentRow(row)
        self._show_page(row)

    def apply_method(self, context: WorkspaceContext) -> None:
        """Show only the pages of the parts the document's method uses, named in its words:
        a verkenning has no task fields to score, a startgesprek calls its meeting so."""
        from staan_desktop.domain.document import MethodPart, MethodTerms
        from staan_desktop.domain.methods import capital, parts_of, terms_of
        from staan_desktop.services import methods

        method = methods.method_of(context.doc)
        used = parts_of(method)
        parts = {part.value for part in MethodPart}
        terms, default = terms_of(method), MethodTerms()
        #: Page key → the method's word for its title, where it differs from the werkwijze's.
        self.method_titles = {
            key: capital(getattr(terms, field))
            for key, field in (("conferences", "conferences"), ("task_fields", "task_fields"))
            if getattr(terms, field) != getattr(default, field)
        }
        shown = []
        for row, spec in enumerate(self.specs):
            part = PAGE_PARTS.get(spec.key, spec.key)
            hidden = part in parts and MethodPart(part) not in used
            self.navigation.setRowHidden(row, hidden)
            self.page_actions[row].setEnabled(not hidden)
            shown.append(not hidden)
        self._set_shortcuts(page_shortcuts(self.specs, shown))
        self.retranslate()

    def _set_shortcuts(self, shortcuts: Sequence[str]) -> None:
        """Give each page action its keys, and the navigation the same keys in its tooltips."""
        for action, shortcut in zip(self.page_actions, shortcuts):
            action.setShortcuts([QKeySequence(shortcut)] if shortcut else [])
        self.navigation.set_shortcuts(shortcuts)

    def is_shown(self, row: int) -> bool:
        """Whether the page at ``row`` belongs to the document's method (is in the navigation)."""
        return 0 <= row < len(self.specs) and not self.navigation.isRowHidden(row)

    def show_preview(self, widget: QWidget) -> None:
        """Show ``widget`` as the first page while no document is open (the window's first
        frame); showing a document or clearing removes it."""
        self.clear()
        self._preview = widget
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self.navigation.setCurrentRow(0)

    def page(self, row: int) -> QWidget:
        """The page at ``row``, built and filled first if it has not been shown yet."""
        page = self._built.get(row)
        if page is None:
            if self.context is None:
                raise LookupError("no document is shown")
            page = self._built[row] = self._make_page(self.specs[row], self.context)
            self.stack.addWidget(page)
        return page

    def built_pages(self) -> Iterator[tuple[int, QWidget]]:
        """(row, page) of the pages built so far, in navigation order."""
        return iter(sorted(self._built.items(), key=lambda item: item[0]))

    def _make_page(self, spec: PageSpec, context: WorkspaceContext) -> QWidget:
        """A page that fails to build or load must not take the workspace down with it."""
        try:
            page = spec.build(context, self.stack)
            page.refresh(None)
            if context.read_only:
                page.look_read_only()
            return page
        except Exception as exc:  # noqa: BLE001 - shown to the user and logged
            report_unexpected(type(exc), exc, exc.__traceback__)
            broken = QLabel(self.tr("Deze pagina kon niet worden getoond; zie het logbestand."), self.stack)
            broken.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return broken

    def clear(self) -> None:
        for _row, page in self.built_pages():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._built.clear()
        if self._preview is not None:
            self.stack.removeWidget(self._preview)
            self._preview.deleteLater()
            self._preview = None
        self.context = None

    def route(self, change: Change, follow: bool) -> None:
        """Let every built page that shows ``change`` redraw; with ``follow`` (undo, redo) also
        show the page where it can be seen: the home of the changed table, else any page
        showing it, the most specific (fewest tables) first. A page not built yet needs no
        redraw: it reads the document when it is first shown."""
        for row, page in self.built_pages():
            if isinstance(page, Page) and self.specs[row].shows(change):
                try:
                    page.refresh(change)
                except Exception as exc:  # noqa: BLE001 - one page's bug must not stop the others
                    report_unexpected(type(exc), exc, exc.__traceback__)
        if not follow:
            return
        current = self.current_spec() if isinstance(self.stack.currentWidget(), Page) else None
        if current is not None and change.table in current.home():
            return
        candidates = [
            (change.table not in spec.home(), len(spec.home()), len(spec.tables), row)
            for row, spec in enumerate(self.specs)
            if spec.shows(change) and not self._failed(row) and self.is_shown(row)
        ]
        if not candidates:
            return
        best = min(candidates)
        if best[0] and current is not None and current.shows(change):
            return  # no page is its home, and this one shows it: stay
        self.go_to(best[-1])

    def _failed(self, row: int) -> bool:
        """Whether the page at ``row`` was built and failed (a QLabel stands in for it)."""
        return row in self._built and not isinstance(self._built[row], Page)

    # Moving around ----------------------------------------------------------------------

    def go_to(self, row: int, focus: bool = False) -> None:
        if 0 <= row < self.navigation.count() and not self.navigation.isRowHidden(row):
            self.navigation.setCurrentRow(row)
            if focus:
                self.focus_page()

    def go_to_key(self, key: str, focus: bool = False) -> None:
        """Show the page with this key (see gui/pages/__init__.py); an unknown key does nothing."""
        row = self.row_of(key)
        if row is not None:
            self.go_to(row, focus)

    def row_of(self, key: str) -> int | None:
        return next((row for row, spec in enumerate(self.specs) if spec.key == key), None)

    def step(self, delta: int) -> None:
        """The next (or previous) page of the method, round the end."""
        if self.specs:
            row = self.navigation.currentRow()
            for _ in self.specs:
                row = (row + delta) % len(self.specs)
                if self.is_shown(row):
                    break
            self.go_to(row, focus=True)

    def _show_page(self, row: int) -> None:
        if self.context is not None and 0 <= row < len(self.specs):
            self.panel_room.before_switch()
            self.stack.setCurrentWidget(self.page(row))
            self.panel_room.after_switch()

    def current_spec(self) -> PageSpec | None:
        """The spec of the page the navigation points at (shown, or about to be)."""
        row = self.navigation.currentRow()
        return self.specs[row] if 0 <= row < len(self.specs) else None

    def current_key(self) -> str:
        spec = self.current_spec()
        return spec.key if spec is not None else ""

    def current_title(self) -> str:
        spec = self.current_spec()
        return self.title_of(spec) if spec is not None else ""

    def title_of(self, spec: PageSpec) -> str:
        """The page's title, in the method's word where it has its own."""
        return self.method_titles.get(spec.key) or spec.translated_title()

    def focus_page(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, Page):
            page.focus_first()

    def toggle_focus(self) -> None:
        if self.navigation.hasFocus():
            self.focus_page()
        else:
            self.navigation.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # Looks ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.navigation.retranslate(self.method_titles)
        for action, page in zip(self.page_actions, self.specs):
            action.setText(self.title_of(page))
        self._rebuild_pages()

    def _rebuild_pages(self) -> None:
        """After a language switch every page speaks the new language at once: the pages built
        so far are built again (as a sign-off does), since a page sets most of its texts when
        it is made; pages not built yet will be in the new language when first shown. What is
        being typed is stored first, and the cursor returns to the page it was on."""
        if self.context is None or not self._built:
            return
        flush_focused_field()
        focused = QApplication.focusWidget()
        focus = focused is not None and self.stack.isAncestorOf(focused)
        self.show_context(self.context)
        if focus:
            self.focus_page()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self.navigation.restyle()
        super().changeEvent(event)
