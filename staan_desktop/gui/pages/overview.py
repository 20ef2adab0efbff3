"""The trajectory at a glance: its names and date (editable) and how far the content has come."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from staan_desktop.domain.document import TrajectoryInfo
from staan_desktop.services import edits
from staan_desktop.services.edits import Change
from staan_desktop.services.interchange import load_info
from staan_desktop.services.queries import content_counts

from ..context import WorkspaceContext
from ..public_function import undo_text as public_undo_text
from ..text_binding import Store, TextBinding
from .base import Page
from .overview_form import FIELDS, OverviewForm, tr


def _store(context: WorkspaceContext, field: str) -> Store:
    """Writes ``field`` of the trajectory; the document is looked up when the text is stored."""
    return lambda value: edits.update_trajectory(context.doc, **{field: value})


class OverviewPage(Page):
    key = "overview"  # its title, icon and tables: gui/pages/__init__.py

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._info: TrajectoryInfo | None = None
        self.form = OverviewForm(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.bindings: dict[str, TextBinding] = {}
        for field, _label, undo_text in FIELDS:
            self.bindings[field] = TextBinding(
                self.form.edits[field],
                context,
                tr(undo_text),
                _store(context, field),
                ("trajectory", field),
                required=field == "title",
            )
        self.form.procesmanager_public.activated.connect(self._publish_chosen)

    def retranslate(self) -> None:
        self.form.retranslate()
        for binding, (_field, _text, undo_text) in zip(self.bindings.values(), FIELDS):
            binding.undo_text = tr(undo_text)

    def refresh(self, change: Change | None) -> None:
        # The trajectory's own fields and counts in SQL: load_tree would read every score.
        info = self._info = load_info(self.context.doc)
        for field, binding in self.bindings.items():
            binding.show(str(getattr(info, field)))
            binding.set_read_only(self.read_only)
        if change is None:
            self._show_method()
        self.form.show_counts(content_counts(self.context.doc))
        self.form.show_status(info.status)
        combo = self.form.procesmanager_public
        combo.setCurrentIndex(next((i for i in range(combo.count()) if combo.itemData(i) is info.procesmanager_public), 0))
        combo.setEnabled(not self.read_only)

    def _show_method(self) -> None:
        """Count what the document's method uses, in its words."""
        from staan_desktop.domain.document import MethodPart, MethodTerms
        from staan_desktop.domain.methods import capital, parts_of, terms_of
        from staan_desktop.services import methods

        method = methods.method_of(self.context.doc)
        used = parts_of(method)
        parts = {"conferences": MethodPart.CONFERENCES, "statements": MethodPart.AMBITION, "motives": MethodPart.MOTIVES,
                 "task_fields": MethodPart.TASK_FIELDS, "shortlisted": MethodPart.TASK_FIELDS, "roles": MethodPart.ROLES,
                 "options": MethodPart.OPTIONS, "swot_points": MethodPart.OPTIONS, "frame_steps": MethodPart.FRAME,
                 "knock_outs": MethodPart.FRAME, "chosen_options": MethodPart.DECISION}
        terms, default = terms_of(method), MethodTerms()
        titles = {}
        if terms.conferences != default.conferences:
            titles["conferences"] = capital(terms.conferences)
        self.form.show_parts({count: part in used for count, part in parts.items()}, titles)

    def _publish_chosen(self, index: int) -> None:
        value = self.form.procesmanager_public.itemData(index)
        value = value if isinstance(value, bool) else None
        if self._info is not None and value is self._info.procesmanager_public:
            return
        doc = self.context.doc
        self.context.edit(public_undo_text(), lambda: edits.set_procesmanager_public(doc, value))
