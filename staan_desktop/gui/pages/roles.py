"""Rollen: how the cooperation is organised — the steering group, owner, project leader and
process manager — each with a description, responsibilities (with footnotes) and members."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from staan_desktop.services import edits, queries
from staan_desktop.services.changes import Table
from staan_desktop.services.edits import Change
from staan_desktop.services.queries import Item, Member, Role
from staan_desktop.services.store import Document

from ..context import WorkspaceContext
from ..models.text_list_model import ListSpec
from ..public_function import public_choices, undo_text
from ..text_binding import TextBinding
from ..widgets.labels import heading, subheading
from ..widgets.markup_editor import MarkupEditor
from ..widgets.ordered_list import OrderedListEditor
from ..widgets.whole_placeholder import keep_placeholder_whole
from .base import Page
from .conferences import split_person


def _role(doc: Document, role_id: int) -> Role:
    return next(r for r in queries.roles(doc) if r.id == role_id)


def _update_role(doc: Document, role_id: int, **values: str) -> Change:
    """update_role wants every field; the others are read as they are stored now."""
    role = _role(doc, role_id)
    current = {"name": role.name, "description": role.description, "responsibilities_title": role.responsibilities_title}
    return edits.update_role(doc, role_id=role_id, **{**current, **values})


class RolesPage(Page):
    key = "roles"  # its title, icon and tables: gui/pages/__init__.py

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._roles: dict[int, Role] = {}
        self._shown: int | None = -1
        self._footnotes: dict[int, str] = {}
        self._municipalities: dict[int, str] = {}
        self.roles = OrderedListEditor(context, self._role_spec(), self)
        self.roles.current_changed.connect(lambda _item: self._show_role())

        self.description = MarkupEditor(self)
        self.description_binding = TextBinding(self.description, context, self.tr("Beschrijving van de rol wijzigen"))
        self.heading_edit = QLineEdit(self)
        self.heading_binding = TextBinding(self.heading_edit, context, self.tr("Kop van de verantwoordelijkheden wijzigen"))
        self.responsibilities = OrderedListEditor(context, self._responsibility_spec(None), self, compact=True)
        self.responsibilities.current_changed.connect(lambda _item: self._show_footnote())
        self.footnote_edit = QLineEdit(self)
        self.footnote_edit.setPlaceholderText(self.tr("Voetnoot bij de gekozen verantwoordelijkheid"))
        keep_placeholder_whole(self.footnote_edit)
        self.footnote_binding = TextBinding(self.footnote_edit, context, self.tr("Voetnoot wijzigen"))
        self.members = OrderedListEditor(context, self._member_spec(None), self, compact=True)
        self.members.current_changed.connect(lambda _item: self._show_member_public())
        # Whether the chosen member's name may be published (the public version).
        self.member_public = QComboBox(self)
        for label, value in public_choices():
            self.member_public.addItem(label, value)
        self.member_public.activated.connect(self._member_public_chosen)

        form = QFormLayout()
        form.addRow(self.tr("&Beschrijving:"), self.description)
        form.addRow(self.tr("&Kop:"), self.heading_edit)
        details = QVBoxLayout()
        details.addLayout(form)
        details.addWidget(subheading(self.tr("Verantwoordelijkheden"), self))
        details.addWidget(self.responsibilities, 2)
        footnote = QFormLayout()
        footnote.addRow(self.tr("&Voetnoot:"), self.footnote_edit)
        details.addLayout(footnote)
        details.addWidget(subheading(self.tr("Leden (‘Naam, Gemeente’)"), self))
        details.addWidget(self.members, 1)
        member_form = QFormLayout()
        member_form.addRow(self.tr("&Publieke functie van het lid:"), self.member_public)
        details.addLayout(member_form)

        left = QVBoxLayout()
        left.addWidget(subheading(self.tr("Rollen"), self))
        left.addWidget(self.roles, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(18)
        columns.addLayout(details, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Rollen in de samenwerking"), self))
        layout.addLayout(columns, 1)

    # Lists --------------------------------------------------------------------------------

    def _role_spec(self) -> ListSpec:
        return ListSpec(
            table=Table.ROLE,
            load=lambda doc: [Item(r.id, r.name) for r in self._load(doc)],
            add=lambda doc, text, position: edits.add_role(doc, name=text, position=position),
            update=lambda doc, item_id, text: _update_role(doc, item_id, name=text),
            add_text=self.tr("Rol toevoegen"),
            update_text=self.tr("Rol hernoemen"),
            move_text=self.tr("Rol verplaatsen"),
            remove_text=self.tr("Rol verwijderen"),
            placeholder=self.tr("Nieuwe rol — Enter voegt toe"),
        )

    def _load(self, doc: Document) -> tuple[Role, ...]:
        roles = queries.roles(doc)
        self._roles = {r.id: r for r in roles}
        return roles

    def _responsibility_spec(self, role_id: int | None) -> ListSpec:
        def update(doc: Document, item_id: int, text: str) -> Change:
            return edits.update_responsibility(doc, responsibility_id=item_id, text=text, footnote=self._footnotes.get(item_id, ""))

        def add(doc: Document, text: str, position: int | None) -> Change:
            assert role_id is not None, "the responsibilities are disabled while no role is shown"
            return edits.add_responsibility(doc, role_id=role_id, text=text, position=position)

        return ListSpec(
            table=Table.RESPONSIBILITY,
            load=lambda _doc: self._roles[role_id].responsibilities if role_id in self._roles else (),
            add=add,
            update=update,
            add_text=self.tr("Verantwoordelijkheid toevoegen"),
            update_text=self.tr("Verantwoordelijkheid wijzigen"),
            move_text=self.tr("Verantwoordelijkheid verplaatsen"),
            remove_text=self.tr("Verantwoordelijkheid verwijderen"),
            placeholder=self.tr("Nieuwe verantwoordelijkheid — Enter voegt toe"),
        )

    def _member_spec(self, role_id: int | None) -> ListSpec:
        def load(_doc: Document) -> list[Item]:
            role = self._roles.get(role_id) if role_id is not None else None
            if role is None:
                return []
            return [
                Item(m.id, f"{m.name} ({self._municipalities[m.municipality_id]})" if m.municipality_id in self._municipalities else m.name)
                for m in role.members
            ]

        def add(doc: Document, text: str, position: int | None) -> Change:
            known = {name.casefold(): mid for mid, name in self._municipalities.items()}
            name, municipality_id = split_person(text, known)
            assert role_id is not None, "the members are disabled while no role is shown"
            return edits.add_member(doc, role_id=role_id, name=name, municipality_id=municipality_id, position=position)

        # No update: the services have no way to change a member (see the report); remove and add.
        return ListSpec(
            table=Table.MEMBER,
            load=load,
            add=add,
            update=None,
            add_text=self.tr("Lid toevoegen"),
            update_text="",
            move_text=self.tr("Lid verplaatsen"),
            remove_text=self.tr("Lid verwijderen"),
            placeholder=self.tr("Nieuw lid: ‘Naam, Gemeente’ — Enter voegt toe"),
        )

    # Redrawing ----------------------------------------------------------------------------

    def refresh(self, change: Change | None) -> None:
        self._municipalities = {m.id: m.name for m in queries.municipalities(self.context.doc)}
        self.roles.refresh(change if change is None or Table.ROLE in (change.tables or {change.table}) else None)
        self._show_role(change)

    def _show_role(self, change: Change | None = None) -> None:
        item = self.roles.current_item()
        role = self._roles.get(item.id) if item is not None else None
        doc = self.context.doc
        if role is None:
            self.description_binding.retarget(None, None)
            self.heading_binding.retarget(None, None)
        elif self.description_binding.merge_key != ("role", role.id, "description"):
            self.description_binding.retarget(
                lambda text: _update_role(doc, role.id, description=text), ("role", role.id, "description"), role.description
            )
            self.heading_binding.retarget(
                lambda text: _update_role(doc, role.id, responsibilities_title=text),
                ("role", role.id, "responsibilities_title"),
                role.responsibilities_title,
            )
        else:
            self.description_binding.show(role.description)
            self.heading_binding.show(role.responsibilities_title)
        shown = role.id if role else None
        if shown != self._shown:
            self._shown = shown
            self.responsibilities.set_spec(self._responsibility_spec(shown))
            self.members.set_spec(self._member_spec(shown))
        else:
            self.responsibilities.refresh(change)
            self.members.refresh(change)
        self._footnotes = {r.id: r.footnote for r in role.responsibilities} if role is not None else {}
        for widget in (self.description, self.heading_edit, self.responsibilities, self.members):
            widget.setEnabled(role is not None)
        self._show_footnote()
        self._show_member_public()

    def _current_member(self) -> Member | None:
        item = self.members.current_item()
        role = self._roles.get(self._shown) if self._shown is not None else None
        if item is None or role is None:
            return None
        return next((m for m in role.members if m.id == item.id), None)

    def _show_member_public(self) -> None:
        member = self._current_member()
        combo = self.member_public
        position = next((i for i in range(combo.count()) if member is not None and combo.itemData(i) == member.public_function
                         and type(combo.itemData(i)) is type(member.public_function)), 0)
        combo.setCurrentIndex(position)
        combo.setEnabled(member is not None and not self.context.read_only)

    def _member_public_chosen(self, index: int) -> None:
        member = self._current_member()
        value = self.member_public.itemData(index)
        if member is None or value is member.public_function:
            return
        doc = self.context.doc
        self.context.edit(undo_text(), lambda: edits.set_public_function(doc, table=Table.MEMBER, item_id=member.id,
                                                                          value=value if isinstance(value, bool) else None))

    def _show_footnote(self) -> None:
        item = self.responsibilities.current_item()
        doc = self.context.doc
        if item is None:
            self.footnote_binding.retarget(None, None)
            return
        footnote = self._footnotes.get(item.id, "")
        if self.footnote_binding.merge_key != ("responsibility", item.id, "footnote"):
            self.footnote_binding.retarget(
                lambda text: edits.update_responsibility(doc, responsibility_id=item.id, text=item.text, footnote=text),
                ("responsibility", item.id, "footnote"),
                footnote,
            )
        else:
            self.footnote_binding.show(footnote)

