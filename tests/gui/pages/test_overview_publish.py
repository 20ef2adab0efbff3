"""The overview page: whether the procesmanager's name is published, with undo."""

from __future__ import annotations

from staan_desktop.gui.pages.overview import OverviewPage
from staan_desktop.services.interchange import load_info


def test_publishing_the_procesmanagers_name(qtbot, context, open_page) -> None:  # type: ignore[no-untyped-def]
    page = open_page(OverviewPage)
    combo = page.form.procesmanager_public
    assert combo.isEnabled() and combo.currentText() == "volgens rol"
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert load_info(context.doc).procesmanager_public is True
    assert combo.currentText() == "ja, publieke functie"
    context.undo_stack.undo()
    assert load_info(context.doc).procesmanager_public is None
    assert combo.currentText() == "volgens rol"
