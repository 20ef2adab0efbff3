"""Hoofdstukken: the chapters of the startdocument (Vooraf, Context, Procesregie,
Medezeggenschap, Communicatie and any the user adds) with their blocks in order.

Left the outline — Insert adds a chapter after the current one, Shift+Insert a paragraph
inside it, Alt+Up/Down moves it, Delete removes it (undoable), F2 goes to its title. Right the
chapter's title and blocks: text blocks are typed in place (Ctrl+B bold, Ctrl+I italic) with a
live preview; structured blocks are placeholders that link to the page that makes them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from staan_desktop.services import edits, queries
from staan_desktop.services.changes import Action, Table
from staan_desktop.services.edits import Change
from staan_desktop.services.interchange import load_tree
from staan_desktop.services.queries import Section

from .. import icons
from ..context import WorkspaceContext
from ..text_binding import TextBinding
from ..widgets.beamer import one_undo_step, plain_tooltip
from ..widgets.block_widgets import BlockWidget
from ..widgets.labels import heading, hint
from ..widgets.wrapped_tree import WrappedTree
from .base import Page

#: What visiting a chapter makes and hands to the visits of its paragraphs (its tree item, or nothing).
_Parent = TypeVar("_Parent")

SECTION_ID = Qt.ItemDataRole.UserRole + 1


class ChaptersPage(Page):
    key = "chapters"  # its title, icon and tables: gui/pages/__init__.py
    #: A structured block asks for the page that makes it (the page's key).
    open_page = Signal(str)

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._sections: dict[int, Section] = {}
        self._siblings: dict[int, list[int]] = {}
        self._current: int | None = None
        self._blocks: list[BlockWidget] = []
        self._rebuilding = False
        self._roots: tuple[Section, ...] = ()
        self._last_shape: tuple = ()
        self.open_page.connect(self._go_to_page)

        # Long titles (a verkenning's paragraphs are whole sentences) wrap, never cut.
        self.outline = WrappedTree(self)
        self.outline.currentItemChanged.connect(lambda item, _old: self._select(item.data(0, SECTION_ID) if item else None))
        self.outline.installEventFilter(self)
        # Right click, or the Menu key: what can be done with the chapter under the cursor.
        self.outline.viewport().installEventFilter(self)
        self.add_chapter_button = add_chapter = QPushButton(icons.get("add"), self.tr("Hoofdstuk"), self)
        add_chapter.setToolTip(self.tr("Hoofdstuk toevoegen na het huidige (Insert)"))
        add_chapter.clicked.connect(lambda: self.add_section(child=False))
        self.add_child_button = add_child = QPushButton(icons.get("add"), self.tr("Paragraaf"), self)
        add_child.setToolTip(self.tr("Paragraaf toevoegen in het huidige hoofdstuk (Shift+Insert)"))
        add_child.clicked.connect(lambda: self.add_section(child=True))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.outline, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(add_chapter)
        buttons.addWidget(add_child)
        left_layout.addLayout(buttons)

        self.title_edit = QLineEdit(self)
        self.title_binding = TextBinding(self.title_edit, context, self.tr("Hoofdstuk hernoemen"), required=True)
        self.title_edit.returnPressed.connect(self._title_done)
        self.blocks_area = QWidget(self)
        self.blocks_layout = QVBoxLayout(self.blocks_area)
        self.blocks_layout.setContentsMargins(0, 0, 0, 0)
        self.blocks_layout.setSpacing(14)
        self.add_block_button = QPushButton(icons.get("add"), self.tr("Tekstblok toevoegen"), self)
        self.add_block_button.clicked.connect(self.add_text_block)
        self.preview_check = QCheckBox(self.tr("&Voorbeeld tonen"), self)
        self.preview_check.setChecked(True)
        self.preview_check.toggled.connect(self._show_previews)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        form = QFormLayout()
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_edit, 1)
        title_row.addWidget(self.preview_check)
        title_label = QLabel(self.tr("&Titel:"), self)
        title_label.setBuddy(self.title_edit)
        form.addRow(title_label, title_row)
        body_layout.addLayout(form)
        body_layout.addWidget(self.blocks_area)
        body_layout.addWidget(self.add_block_button, 0, Qt.AlignmentFlag.AlignLeft)
        body_layout.addStretch(1)
        self.body_scroll = QScrollArea(self)  # not ``scroll``: that is QWidget's method
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setWidget(body)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.body_scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 850])
        # When the page is narrow (panels open beside it on a laptop) the text keeps room for a
        # readable line and the outline gives way, not the text shrinking to a sliver beside it.
        self.body_scroll.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Hoofdstukken van het startdocument"), self))
        layout.addWidget(splitter, 1)
        layout.addWidget(
            hint(
                self.tr(
                    "Overzicht: Insert voegt een hoofdstuk toe, Shift+Insert een paragraaf, Alt+↑/↓ verplaatst, "
                    "Delete verwijdert, F2 naar de titel · Tekst: Ctrl+B vet, Ctrl+I cursief, ‘- ’ opsomming, "
                    "lege regel nieuwe alinea, Alt+↑/↓ verplaatst het blok."
                ),
                self,
            )
        )
        self.setFocusProxy(self.outline)

    # Redrawing ----------------------------------------------------------------------------

    def refresh(self, change: Change | None) -> None:
        if self._rebuilding:
            return
        tables = set(change.tables or {change.table}) if change else {"section", "block", "trajectory"}
        self._load()
        if change is not None and change.table == Table.SECTION and change.action in (Action.ADDED, Action.RESTORED):
            self._current = change.item_id
        shape = self._shape()
        if change is None or ("section" in tables and shape != self._last_shape):
            self._last_shape = shape
            self._fill_outline()
        elif "section" in tables:
            self._update_titles()  # a rename: redraw texts, keep the open editors
        if change is not None and "block" in tables:
            self._show_blocks()
        if "trajectory" in tables:
            self._show_differences()
        # A signed-off or held document: say so by greying out, not by refusing after a click.
        self.add_chapter_button.setEnabled(not self.read_only)
        self.add_child_button.setEnabled(not self.read_only)
        self.title_edit.setReadOnly(self.read_only)

    def _load(self) -> None:
        self._sections.clear()
        self._siblings.clear()

        def walk(sections: tuple[Section, ...], parent: int | None) -> None:
            self._siblings[parent or 0] = [s.id for s in sections]
            for section in sections:
                self._sections[section.id] = section
                walk(section.children, section.id)

        self._roots = queries.sections(self.context.doc)
        walk(self._roots, None)

    def _shape(self) -> tuple:
        return tuple(sorted((parent, tuple(ids)) for parent, ids in self._siblings.items()))

    def _numbered(self, visit: Callable[[Section, str, _Parent | None], _Parent]) -> None:
        def walk(sections: tuple[Section, ...], prefix: str, parent: _Parent | None) -> None:
            for number, section in enumerate(sections, start=1):
                label = f"{prefix}{number}."
                walk(section.children, label, visit(section, f"{label}  {section.title}", parent))

        walk(self._roots, "", None)

    def _update_titles(self) -> None:
        items: dict[int, QTreeWidgetItem] = {}
        iterator = [self.outline.topLevelItem(i) for i in range(self.outline.topLevelItemCount())]
        while iterator:
            item = iterator.pop()
            assert item is not None, "an index below the count always names an item"
            items[item.data(0, SECTION_ID)] = item
            iterator.extend(item.child(i) for i in range(item.childCount()))
        checks = self._checks()
        self._numbered(lambda section, text, _parent: self._label(items[section.id], section.id, text, checks))
        current = self._sections.get(self._current) if self._current is not None else None
        if current is not None:
            self.title_binding.show(current.title)

    # Review: which chapters a reviewer marked as checked ---------------------------------------

    def _checks(self) -> dict[int, list[str]]:
        from staan_desktop.services import review

        return {sid: [c.checked_by for c in found] for sid, found in review.section_checks(self.context.doc).items()}

    def _label(self, item: QTreeWidgetItem, section_id: int, text: str, checks: dict[int, list[str]]) -> None:
        """The chapter's number and title, with ✓ once a reviewer has checked it."""
        who = checks.get(section_id, [])
        item.setText(0, f"{text}  ✓" if who else text)
        tip = plain_tooltip(text) or ""
        if who:
            tip = plain_tooltip(text + "\n" + self.tr("Gecontroleerd door {0}").format(", ".join(who))) or ""
        item.setToolTip(0, tip)

    def refresh_checks(self) -> None:
        """Show again which chapters are checked (checks are review notes, not edits)."""
        self._update_titles()

    def _fill_outline(self) -> None:
        wanted = self._current if self._current in self._sections else None
        self.outline.blockSignals(True)
        self.outline.clear()
        items: dict[int, QTreeWidgetItem] = {}
        checks = self._checks()

        def add(section: Section, text: str, parent: QTreeWidgetItem | None) -> QTreeWidgetItem:
            item = QTreeWidgetItem([text])
            item.setData(0, SECTION_ID, section.id)
            self._label(item, section.id, text, checks)
            if parent is None:
                self.outline.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[section.id] = item
            return item

        self._numbered(add)
        self.outline.expandAll()
        self.outline.blockSignals(False)
        if wanted is None and self._roots:
            wanted = self._roots[0].id
        if wanted is not None:
            self.outline.blockSignals(True)  # one build of the blocks, below, not two
            self.outline.setCurrentItem(items[wanted])
            self.outline.blockSignals(False)
        self._select(wanted, force=True)

    def _select(self, section_id: int | None, force: bool = False) -> None:
        if section_id == self._current and not force:
            return
        self._current = section_id
        section = self._sections.get(section_id) if section_id is not None else None
        doc = self.context.doc
        if section is None:
            self.title_binding.retarget(None, None)
        else:
            self.title_binding.retarget(
                lambda title: edits.rename_section(doc, section_id=section.id, title=title),
                ("section", section.id, "title"),
                section.title,
            )
        self._show_blocks(rebuild=True)

    def _show_blocks(self, rebuild: bool = False) -> None:
        section = self._sections.get(self._current) if self._current is not None else None
        blocks = section.blocks if section else ()
        if not rebuild and [b.id for b in blocks] == [w.block.id for w in self._blocks]:
            for widget, block in zip(self._blocks, blocks):
                widget.show_text(block.text)
            return
        self._rebuilding = True
        try:
            for widget in self._blocks:
                widget.flush()  # what was typed in a block that is about to go is stored first
                widget.hide()  # gone at once, not when the event loop gets round to deleting it
                self.blocks_layout.removeWidget(widget)
                widget.deleteLater()
            self._blocks = []
        finally:
            self._rebuilding = False
        if self._current is not None and self._current in self._sections:
            blocks = self._sections[self._current].blocks  # again: a flush may have stored text
        for block in blocks:
            widget = BlockWidget(block, self.context, self.blocks_area)
            widget.move_requested.connect(self.move_block)
            widget.remove_requested.connect(self.remove_block)
            widget.open_page.connect(self.open_page)
            self.blocks_layout.addWidget(widget)
            self._blocks.append(widget)
        self._show_differences()
        self._show_previews(self.preview_check.isChecked())
        self.add_block_button.setEnabled(section is not None and not self.read_only)

    def _show_previews(self, shown: bool) -> None:
        for widget in self._blocks:
            if widget.preview is not None:
                widget.preview.setVisible(shown)

    def _show_differences(self) -> None:
        widgets = [w.differences for w in self._blocks if w.differences is not None]
        if widgets:
            text = load_tree(self.context.doc).trajectory.differences
            for editor in widgets:
                editor.binding.show(text)

    def block_editors(self) -> list[BlockWidget]:
        return list(self._blocks)

    # Actions ------------------------------------------------------------------------------

    def _title_done(self) -> None:
        self.title_binding.flush()
        self.outline.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_section(self, child: bool) -> None:
        current = self._sections.get(self._current) if self._current is not None else None
        doc = self.context.doc
        parent: int | None
        position: int | None
        if child and current is not None:
            parent, position = current.id, None
        else:
            parent = current.parent_id if current else None
            siblings = self._siblings.get(parent or 0, [])
            position = siblings.index(current.id) + 1 if current else None
        title = self.tr("Nieuwe paragraaf") if child else self.tr("Nieuw hoofdstuk")
        text = self.tr("Paragraaf toevoegen") if child else self.tr("Hoofdstuk toevoegen")
        with one_undo_step(self.context, text):  # a new chapter comes with an empty text block
            change = self.context.edit(text, lambda: edits.add_section(doc, title=title, parent_id=parent, position=position))
            if change is not None and change.item_id is not None:
                section_id = change.item_id
                self.context.edit(self.tr("Tekstblok toevoegen"), lambda: edits.add_block(doc, section_id=section_id))
        if change is not None:
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.title_edit.selectAll()

    def add_text_block(self) -> None:
        if self._current is None:
            return
        section_id, doc = self._current, self.context.doc
        if self.context.edit(self.tr("Tekstblok toevoegen"), lambda: edits.add_block(doc, section_id=section_id)):
            editor = self._blocks[-1].editor if self._blocks else None
            if editor is not None:
                editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_block(self, block_id: int, step: int) -> None:
        ids = [w.block.id for w in self._blocks]
        position = ids.index(block_id) + step
        if 0 <= position < len(ids):
            self.context.edit(self.tr("Blok verplaatsen"), lambda: edits.move(self.context.doc, Table.BLOCK, block_id, position))
            moved = next((w for w in self._blocks if w.block.id == block_id), None)
            if moved is not None and moved.editor is not None:
                moved.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_block(self, block_id: int) -> None:
        self.context.edit(self.tr("Blok verwijderen"), lambda: edits.remove(self.context.doc, Table.BLOCK, block_id))

    def _move_section(self, step: int) -> None:
        section = self._sections.get(self._current) if self._current is not None else None
        if section is None:
            return
        siblings = self._siblings.get(section.parent_id or 0, [])
        position = siblings.index(section.id) + step
        if 0 <= position < len(siblings):
            self.context.edit(
                self.tr("Hoofdstuk verplaatsen"), lambda: edits.move(self.context.doc, Table.SECTION, section.id, position)
            )

    def _remove_section(self) -> None:
        section = self._sections.get(self._current) if self._current is not None else None
        if section is not None:
            siblings = self._siblings.get(section.parent_id or 0, [])
            index = siblings.index(section.id)
            neighbour = siblings[index + 1] if index + 1 < len(siblings) else (siblings[index - 1] if index else section.parent_id)
            self.context.edit(
                self.tr("Hoofdstuk ‘{0}’ verwijderen").format(section.title),
                lambda: edits.remove(self.context.doc, Table.SECTION, section.id),
            )
            self._current = neighbour
            self._fill_outline()

    def outline_menu(self) -> QMenu:
        """The chapter list's context menu: adding chapters here, then what the window's tools
        do with the current chapter (a comment on it, marking it checked)."""
        menu = QMenu(self.outline)
        if not self.read_only:
            menu.addAction(icons.get("add"), self.tr("Hoofdstuk toevoegen"), lambda: self.add_section(child=False))
            menu.addAction(icons.get("add"), self.tr("Paragraaf toevoegen"), lambda: self.add_section(child=True))
        tools = [action for action in self.context.section_actions if action.isEnabled()]
        if tools and self.outline.currentItem() is not None:
            menu.addSeparator()
            menu.addActions(tools)
        return menu

    def _context_menu(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            item = self.outline.itemAt(event.pos())
            if item is not None:
                self.outline.setCurrentItem(item)
            where = event.globalPos()
        else:  # the Menu key: at the current chapter, not where the mouse happens to be
            item = self.outline.currentItem()
            rect = self.outline.visualItemRect(item) if item is not None else self.outline.viewport().rect()
            where = self.outline.viewport().mapToGlobal(rect.bottomLeft())
        menu = self.outline_menu()
        if not menu.isEmpty():
            menu.exec(where)
        menu.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched in (self.outline, self.outline.viewport())
            and event.type() == QEvent.Type.ContextMenu
            and isinstance(event, QContextMenuEvent)
        ):
            self._context_menu(event)
            return True
        if watched is not self.outline or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_F2:
            self.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.title_edit.selectAll()
            return True
        if self.read_only:
            return False
        if modifiers & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move_section(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if key == Qt.Key.Key_Insert:
            self.add_section(child=bool(modifiers & Qt.KeyboardModifier.ShiftModifier))
            return True
        if key == Qt.Key.Key_Delete:
            self._remove_section()
            return True
        return False

    def _go_to_page(self, key: str) -> None:
        """Ask the workspace around this page to show another page (by its key)."""
        widget = self.parentWidget()
        while widget is not None and not hasattr(widget, "go_to_key"):
            widget = widget.parentWidget()
        if widget is not None:
            widget.go_to_key(key, focus=True)
