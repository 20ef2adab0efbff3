"""Toetsingskader: the steps the options are tested in, in order — what each step asks, its
knock-out conditions with a verdict (voldoet / voldoet niet / onbekend) and a reason per
option, and the criteria it weighs. An option that fails a knock-out leaves the ranking
(the rule: :mod:`staan_desktop.domain.options`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QVBoxLayout, QWidget

from staan_desktop.domain.document import Verdict
from staan_desktop.services import option_queries, queries
from staan_desktop.services.changes import Table
from staan_desktop.services.edits import Change
from staan_desktop.services.edits import frame as frame_edits
from staan_desktop.services.option_queries import StepView, VerdictView
from staan_desktop.services.queries import Item
from staan_desktop.services.store import Document

from ..context import WorkspaceContext
from ..models.fixed_rows_model import FixedRowsModel
from ..models.record_table_model import Column
from ..models.text_list_model import ListSpec
from ..text_binding import TextBinding
from ..widgets.labels import heading, hint, subheading
from ..widgets.markup_editor import MarkupEditor
from ..widgets.ordered_list import OrderedListEditor
from ..widgets.record_table import RecordTable
from .base import Page


class FramePage(Page):
    key = "frame"  # its title, icon and tables: gui/pages/__init__.py

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._steps: dict[int, StepView] = {}
        self._shown: int | None = -1
        self._verdicts = [
            (self.tr("voldoet"), Verdict.PASS.value),
            (self.tr("voldoet niet"), Verdict.FAIL.value),
            (self.tr("onbekend"), Verdict.UNKNOWN.value),
        ]
        self.steps = OrderedListEditor(context, self._step_spec(), self, compact=True)
        self.steps.current_changed.connect(lambda _item: self._show_step())

        self.description = MarkupEditor(self)
        self.description.setPlaceholderText(self.tr("Wat vraagt deze stap?"))
        self.description_binding = TextBinding(self.description, context, self.tr("Toelichting van de stap wijzigen"))
        self.knock_outs = OrderedListEditor(context, self._knock_out_spec(None), self, compact=True)
        self.knock_outs.current_changed.connect(lambda _item: self._show_verdicts())
        self.criteria = OrderedListEditor(context, self._criterion_spec(None), self, compact=True)
        self.criterion_names = QStringListModel(self)
        self.completer = QCompleter(self.criterion_names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.criteria.entry.setCompleter(self.completer)

        columns = [
            Column(self.tr("Optie"), lambda v: v.option, bold=True),
            Column(self.tr("Oordeel"), lambda v: v.verdict, self._set_verdict("verdict"), self.tr("Oordeel wijzigen"),
                   lambda: self._verdicts),
            Column(self.tr("Reden"), lambda v: v.reason, self._set_verdict("reason"), self.tr("Reden van het oordeel wijzigen")),
        ]
        self.verdicts = FixedRowsModel(
            context, Table.KNOCK_OUT_VERDICT, self._load_verdicts, columns, self,
            watched=frozenset({Table.OPTION, Table.KNOCK_OUT}), noun=self.tr("Oordeel"),
        )  # fmt: skip
        self.verdict_table = RecordTable(self.verdicts, self)
        # A reason is a sentence ("Alle modellen gaan uit van …"): it wraps and is read whole.
        self.verdict_table.wrap_column(2)
        self.verdict_title = subheading(self.tr("Oordelen per optie"), self)
        self.verdict_title.setWordWrap(True)

        # Beside the steps, top to bottom: what the step asks (the whole width: it is read as
        # a paragraph), its knock-outs and its criteria side by side, and the verdicts on the
        # chosen knock-out (a row per option, with its reason). Three columns side by side
        # left each list and its entry narrower than its hint beside both panels at 1366 px.
        titles = [subheading(text, self) for text in (self.tr("Toelichting"), self.tr("Knock-outvoorwaarden"), self.tr("Criteria die deze stap weegt"))]
        for title in titles:
            title.setWordWrap(True)
        knocked = QVBoxLayout()
        knocked.addWidget(titles[1])
        knocked.addWidget(self.knock_outs, 1)
        weighed = QVBoxLayout()
        weighed.addWidget(titles[2])
        weighed.addWidget(self.criteria, 1)
        lists = QHBoxLayout()
        lists.setSpacing(12)
        lists.addLayout(knocked, 1)
        lists.addLayout(weighed, 1)
        details = QVBoxLayout()
        details.addWidget(titles[0])
        details.addWidget(self.description, 1)
        details.addLayout(lists, 2)
        details.addWidget(self.verdict_title)
        details.addWidget(self.verdict_table, 2)

        left = QVBoxLayout()
        left.addWidget(subheading(self.tr("Stappen"), self))
        left.addWidget(self.steps, 1)
        columns_layout = QHBoxLayout()
        columns_layout.addLayout(left, 1)
        columns_layout.addSpacing(18)
        columns_layout.addLayout(details, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Het toetsingskader"), self))
        layout.addLayout(columns_layout, 1)
        layout.addWidget(hint(
            self.steps.keys_hint() + self.tr(" · in de oordelen: typen of F2 kiest voldoet / voldoet niet / onbekend"), self
        ))

    # Lists --------------------------------------------------------------------------------

    def _step_spec(self) -> ListSpec:
        return ListSpec(
            table=Table.FRAME_STEP,
            load=lambda doc: [Item(s.id, s.title) for s in self._load(doc)],
            add=lambda doc, text, position: frame_edits.add_frame_step(doc, title=text, position=position),
            update=lambda doc, item_id, text: frame_edits.update_frame_step(doc, step_id=item_id, title=text),
            add_text=self.tr("Stap toevoegen"),
            update_text=self.tr("Stap hernoemen"),
            move_text=self.tr("Stap verplaatsen"),
            remove_text=self.tr("Stap verwijderen"),
            placeholder=self.tr("Nieuwe stap — Enter"),
        )

    def _load(self, doc: Document) -> tuple[StepView, ...]:
        found = option_queries.frame(doc)
        self._steps = {s.id: s for s in found}
        return found

    def _knock_out_spec(self, step_id: int | None) -> ListSpec:
        def add(doc: Document, text: str, position: int | None) -> Change:
            assert step_id is not None, "the knock-outs are disabled while no step is shown"
            return frame_edits.add_knock_out(doc, step_id=step_id, condition=text, position=position)

        def load(_doc: Document) -> list[Item]:
            step = self._steps.get(step_id) if step_id is not None else None
            return [Item(k.id, k.condition) for k in step.knock_outs] if step else []

        return ListSpec(
            table=Table.KNOCK_OUT,
            load=load,
            add=add,
            update=lambda doc, item_id, text: frame_edits.update_knock_out(doc, knock_out_id=item_id, condition=text),
            add_text=self.tr("Knock-out toevoegen"),
            update_text=self.tr("Knock-out wijzigen"),
            move_text=self.tr("Knock-out verplaatsen"),
            remove_text=self.tr("Knock-out verwijderen"),
            placeholder=self.tr("Nieuwe voorwaarde — Enter"),
        )

    def _criterion_spec(self, step_id: int | None) -> ListSpec:
        def add(doc: Document, text: str, position: int | None) -> Change:
            assert step_id is not None, "the criteria are disabled while no step is shown"
            return frame_edits.add_step_criterion_named(doc, step_id=step_id, name=text, position=position)

        def load(_doc: Document) -> list[Item]:
            step = self._steps.get(step_id) if step_id is not None else None
            return [Item(c.id, c.name) for c in step.criteria] if step else []

        return ListSpec(
            table=Table.FRAME_CRITERION,
            load=load,
            add=add,
            update=None,  # a step weighs a criterion or it does not; renaming is the criteria page's
            add_text=self.tr("Criterium aan de stap toevoegen"),
            update_text="",
            move_text=self.tr("Criterium van de stap verplaatsen"),
            remove_text=self.tr("Criterium van de stap halen"),
            placeholder=self.tr("Criterium — Enter voegt toe"),
        )

    def _current_knock_out(self) -> int | None:
        item = self.knock_outs.current_item()
        return item.id if item is not None else None

    def _load_verdicts(self, _doc: Document) -> tuple[VerdictView, ...]:
        knock_out_id = self._current_knock_out()
        for step in self._steps.values():
            for knock_out in step.knock_outs:
                if knock_out.id == knock_out_id:
                    return knock_out.verdicts
        return ()

    def _set_verdict(self, field: str) -> Callable[[Document, VerdictView, object], Change]:
        def update(doc: Document, verdict: VerdictView, value: object) -> Change:
            knock_out_id = self._current_knock_out()
            assert knock_out_id is not None, "the verdicts are empty while no knock-out is chosen"
            values = {"verdict": verdict.verdict, "reason": verdict.reason, field: str(value)}
            return frame_edits.set_verdict(doc, knock_out_id=knock_out_id, option_id=verdict.id, **values)

        return update

    # Redrawing ----------------------------------------------------------------------------

    def main_input(self) -> QWidget | None:
        """The entry of the next step while there are none; then the knock-outs of the step shown."""
        if not self._steps and self.steps.entry.isVisibleTo(self):
            return self.steps.entry
        return self.knock_outs.entry if self.knock_outs.entry.isVisibleTo(self) else self.steps.view

    def refresh(self, change: Change | None) -> None:
        self.criterion_names.setStringList([c.name for c in queries.criteria(self.context.doc)])
        self.steps.refresh(change if change is None or Table.FRAME_STEP in (change.tables or {change.table}) else None)
        self._show_step(change)

    def _show_step(self, change: Change | None = None) -> None:
        item = self.steps.current_item()
        step = self._steps.get(item.id) if item is not None else None
        doc = self.context.doc
        if step is None:
            self.description_binding.retarget(None, None)
        elif self.description_binding.merge_key != ("frame_step", step.id, "description"):
            step_id = step.id
            self.description_binding.retarget(
                lambda text: frame_edits.update_frame_step(doc, step_id=step_id, description=text),
                ("frame_step", step.id, "description"),
                step.description,
            )
        else:
            self.description_binding.show(step.description)
        shown = step.id if step else None
        if shown != self._shown:
            self._shown = shown
            self.knock_outs.set_spec(self._knock_out_spec(shown))
            self.criteria.set_spec(self._criterion_spec(shown))
        else:
            self.knock_outs.refresh(change)
            self.criteria.refresh(change)
        for widget in (self.description, self.knock_outs, self.criteria):
            widget.setEnabled(step is not None)
        self._show_verdicts()

    def _show_verdicts(self) -> None:
        item = self.knock_outs.current_item()
        self.verdicts.refresh(None)
        self.verdict_table.setEnabled(item is not None)
        self.verdict_title.setText(
            self.tr("Oordelen per optie: {0}").format(item.text) if item is not None else self.tr("Oordelen per optie")
        )
