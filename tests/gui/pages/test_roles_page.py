"""Governance roles: add a role, describe it, list its responsibilities (with a footnote)
and members — by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from staan_desktop.gui.pages.roles import RolesPage
from staan_desktop.services.interchange import load_tree


def test_a_role_by_keyboard(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(RolesPage)
    typing(page.roles.entry, "Stuurgroep")
    qtbot.keyClick(page.roles.entry, Qt.Key.Key_Return)
    assert page.roles.current_item().text == "Stuurgroep"
    page.description.setFocus()
    typing(page.description, "De gemeentesecretarissen vormen de *stuurgroep STAAN*.")
    qtbot.keyClick(page.description, Qt.Key.Key_Tab)  # leaving the field stores it
    typing(page.heading_edit, "De stuurgroep:")
    page.heading_binding.flush()
    for text in ("(be)stuurt de samenwerking", "evt. opstellen en bewaken van spelregels"):
        typing(page.responsibilities.entry, text)
        qtbot.keyClick(page.responsibilities.entry, Qt.Key.Key_Return)
    assert page.responsibilities.current_item().text.startswith("evt.")
    typing(page.footnote_edit, "Hygiëne in afspraken & ‘reciprociteit’.")
    page.footnote_binding.flush()
    typing(page.members.entry, "Tonnie Vos, Assen")
    qtbot.keyClick(page.members.entry, Qt.Key.Key_Return)

    role = load_tree(context.doc).roles[-1]  # after the template's four roles
    assert role.name == "Stuurgroep"
    assert role.description == "De gemeentesecretarissen vormen de *stuurgroep STAAN*."
    assert role.responsibilities_title == "De stuurgroep:"
    assert [(r.text, r.footnote) for r in role.responsibilities] == [
        ("(be)stuurt de samenwerking", ""),
        ("evt. opstellen en bewaken van spelregels", "Hygiëne in afspraken & ‘reciprociteit’."),
    ]
    assert [(m.name, m.municipality) for m in role.members] == [("Tonnie Vos", "Assen")]
    assert page.members.model.data(page.members.model.index(0)) == "Tonnie Vos (Assen)"


def test_switching_roles_shows_their_own_lists(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(RolesPage)
    template_roles = page.roles.model.rowCount()
    for name in ("Eigenaar", "Projectleider"):
        typing(page.roles.entry, name)
        qtbot.keyClick(page.roles.entry, Qt.Key.Key_Return)
        typing(page.responsibilities.entry, f"taak van {name.lower()}")
        qtbot.keyClick(page.responsibilities.entry, Qt.Key.Key_Return)
    page.roles.view.setCurrentIndex(page.roles.model.index(template_roles))
    assert [i.text for i in page.responsibilities.model.items] == ["taak van eigenaar"]
    roles = load_tree(context.doc).roles[template_roles:]
    assert [r.responsibilities[0].text for r in roles] == ["taak van eigenaar", "taak van projectleider"]


def test_marking_a_member_as_public_or_not(qtbot, context, open_page, typing) -> None:  # type: ignore[no-untyped-def]
    page = open_page(RolesPage)
    typing(page.roles.entry, "Werkgroep")
    qtbot.keyClick(page.roles.entry, Qt.Key.Key_Return)
    assert not page.member_public.isEnabled()  # no member chosen yet
    typing(page.members.entry, "Eva Feenstra, Assen")
    qtbot.keyClick(page.members.entry, Qt.Key.Key_Return)
    page.members.view.setCurrentIndex(page.members.model.index(0))
    assert page.member_public.isEnabled() and page.member_public.currentText() == "volgens rol"
    page.member_public.setCurrentIndex(2)
    page.member_public.activated.emit(2)  # as a choice from the drop-down

    def mark():  # type: ignore[no-untyped-def]
        return load_tree(context.doc).roles[-1].members[0].public_function

    assert mark() is False
    assert page.member_public.currentText() == "nee, niet publiceren"
    context.undo_stack.undo()
    assert mark() is None
    assert page.member_public.currentText() == "volgens rol"
