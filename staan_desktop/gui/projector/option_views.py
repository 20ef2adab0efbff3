"""The projector views of a verkenning: the SWOT of one option as the room fills it, the
comparison of the options (scores per criterion, knock-outs visibly excluded, rank and how
robust it is) and the knock-out verdicts with the decision.

What they show comes from services and the one rule in :mod:`staan_desktop.domain.options`,
as the PDF's comparison does; nothing is taken from the laptop's widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from staan_desktop.domain.document import OptionStatus, Trajectory, Verdict
from staan_desktop.domain.option_tables import QUADRANTS
from staan_desktop.domain.options import OptionResult, weigh_options
from staan_desktop.domain.outcomes import rules_of
from staan_desktop.domain.spread import SpreadRow, has_spread, spread_rows
from staan_desktop.domain.weight_sets import compare_options
from staan_desktop.services import interchange, option_queries, weight_view
from staan_desktop.services.option_queries import OptionView
from staan_desktop.services.store import Document

from ..i18n import QT_TRANSLATE_NOOP
from . import dot_plot, style
from .grid_views import GRID_MAX_SCALE, _rule
from .view_base import ProjectorView
from .weight_sets_slide import WeightSetsSlide

#: The SWOT's four headings in the order of the matrix.
QUADRANT_TITLES = {
    "strengths": QT_TRANSLATE_NOOP("SwotView", "Sterkten"),
    "weaknesses": QT_TRANSLATE_NOOP("SwotView", "Zwakten"),
    "opportunities": QT_TRANSLATE_NOOP("SwotView", "Kansen"),
    "threats": QT_TRANSLATE_NOOP("SwotView", "Bedreigingen"),
}
VERDICT_WORDS = {
    Verdict.PASS.value: QT_TRANSLATE_NOOP("OptionSlides", "voldoet"),
    Verdict.FAIL.value: QT_TRANSLATE_NOOP("OptionSlides", "voldoet niet"),
    Verdict.UNKNOWN.value: QT_TRANSLATE_NOOP("OptionSlides", "onbekend"),
}
VERDICT_MARKS = {Verdict.PASS.value: "✓", Verdict.FAIL.value: "✕", Verdict.UNKNOWN.value: "?"}
EXCLUDED = "✕"


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.1f}".replace(".", ",").removesuffix(",0")


class SwotView(ProjectorView):
    """The SWOT of one option as a two-by-two matrix: the option last worked on (the point
    just typed shows at once), PageDown / PageUp to the next or previous option."""

    max_scale = GRID_MAX_SCALE
    key = "swot"
    pages = frozenset({"options"})
    tables = frozenset({"option", "option_swot", "option_reference"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._options: tuple[OptionView, ...] = ()
        #: The option shown (its id), kept across reloads.
        self.option_id: int | None = None

    def heading(self) -> str:
        return self.tr("SWOT van de opties")

    def _follow(self, options: tuple[OptionView, ...]) -> None:
        """Show the option the last change was about, else the one shown, else the first."""
        change = self.last_change
        wanted = self.option_id
        if change is not None and change.item_id is not None:
            if change.table == "option":
                wanted = change.item_id
            elif change.table == "option_swot":
                wanted = next((o.id for o in options for q in QUADRANTS for i in o.swot[q] if i.id == change.item_id), wanted)
            elif change.table == "option_reference":
                wanted = next((o.id for o in options for r in o.references if r.id == change.item_id), wanted)
        ids = [o.id for o in options]
        self.option_id = wanted if wanted in ids else (ids[0] if ids else None)

    def load(self, doc: Document) -> None:
        self.clear_content()
        self._options = option_queries.options(doc)
        self._follow(self._options)
        self._show()

    def _show(self) -> None:
        """The option's matrix; when it does not fit at the smallest readable type, its two
        rows (sterkten and zwakten, kansen and bedreigingen) come one after the other."""
        self.clear_content()
        option = next((o for o in self._options if o.id == self.option_id), None)
        if option is None:
            self.empty(self.tr("Nog geen opties. Welke vormen van samenwerking wegen we?"))
            return
        position = [o.id for o in self._options].index(option.id) + 1

        def build(start: int, end: int) -> None:
            self.body.addWidget(self.sized(style.label(option.name, self), 1.4, bold=True))
            matrix = QGridLayout()
            matrix.setHorizontalSpacing(36)
            matrix.setVerticalSpacing(18)
            for index, quadrant in enumerate(QUADRANTS):
                if start <= index // 2 < end:
                    matrix.addWidget(self._quadrant(quadrant, option), index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
                matrix.setColumnStretch(index % 2, 1)
            self.body.addLayout(matrix)
            if end == 2 and option.references:
                names = " · ".join(r.name for r in option.references)
                self.body.addWidget(self.sized(style.label(self.tr("Referenties: {0}").format(names), self, role="muted"), 0.85))
            if len(self._options) > 1:
                place = self.tr("Optie {0} van {1} · PageDown: volgende").format(position, len(self._options))
                self.body.addWidget(self.sized(style.label(place, self, role="muted"), 0.75))

        self.paged(2, build)

    def _quadrant(self, quadrant: str, option: OptionView) -> QWidget:
        """One list of the matrix: its heading on a rule, the points as bullets. (A widget,
        not a nested layout: only a widget passes its height-for-width on.)"""
        holder = QWidget(self)
        cell = QGridLayout(holder)
        cell.setContentsMargins(0, 0, 0, 0)
        cell.setHorizontalSpacing(10)
        cell.setVerticalSpacing(4)
        cell.setColumnStretch(1, 1)
        title = self.sized(style.label(self.tr(QUADRANT_TITLES[quadrant]), self, role="accent"), 1.05, bold=True)
        cell.addWidget(title, 0, 0, 1, 2)
        cell.addWidget(_rule(self), 1, 0, 1, 2)
        points = [item.text for item in option.swot[quadrant]]
        for line, text in enumerate(points or ["—"], start=2):
            if points:
                cell.addWidget(self.sized(style.label("•", self, wrap=False), 0.95), line, 0, Qt.AlignmentFlag.AlignTop)
            cell.addWidget(self.sized(style.label(text, self, role="body" if points else "muted"), 0.95), line, 1)
        return holder

    def turn(self, step: int) -> bool:
        """PageDown / PageUp: the other half of a matrix that was split, else the next or
        previous option; False past the last or first."""
        if super().turn(step):
            return True
        ids = [o.id for o in self._options]
        if self.option_id not in ids:
            return False
        target = ids.index(self.option_id) + step
        if not 0 <= target < len(ids):
            return False
        self.option_id = ids[target]
        self.last_change = None  # follow the turn, not the last edit
        self._show()
        self._dirty = True
        self.refit()
        return True


class _RowsView(ProjectorView):
    """A view whose content is rows of a grid that is paged when it does not fit: each row is
    added by a function of (grid, row number); the heading rows come on every part."""

    max_scale = GRID_MAX_SCALE

    def _paged_rows(self, head: Callable[[QGridLayout], int], rows: list[Callable[[QGridLayout, int], None]],
                    after: Callable[[QVBoxLayout], None] | None = None) -> None:
        self.paged(len(rows), lambda start, end: self._grid(head, rows, after, start, end))

    def _grid(self, head: Callable[[QGridLayout], int], rows: list[Callable[[QGridLayout, int], None]],
              after: Callable[[QVBoxLayout], None] | None, start: int, end: int) -> None:
        """The rows [start, end) under the heading rows; ``after`` below the last row."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(10)
        first = head(grid)
        for offset, add in enumerate(rows[start:end]):
            add(grid, first + offset)
        self.body.addLayout(grid)
        if after is not None and end == len(rows):
            after(self.body)

    def _verdict_word(self, verdict: str) -> str:
        # One context for the words, whichever view asks (tr() here would take the subclass's).
        return QCoreApplication.translate("OptionSlides", VERDICT_WORDS[verdict])

    def _cell(self, text: str, size: float = 0.9, *, bold: bool = False, role: str = "body", right: bool = False) -> QLabel:
        label = self.sized(style.label(text, self, role=role), size, bold=bold)
        assert isinstance(label, QLabel)
        if right:
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return label


class ComparisonView(_RowsView):
    """Criteria down, options across: the score that counts per criterion, the weighted score,
    the place in the ranking and the smallest score change that moves it; an option that fails
    a knock-out is marked excluded in its column and has no place."""

    key = "options_comparison"
    pages = frozenset({"frame", "option_scores"})
    tables = frozenset({"option", "option_score", "criterion", "classification_class", "frame_step", "knock_out",
                        "knock_out_verdict", "municipality", "criterion_weight"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # After the comparison (and its spread), PageDown shows the ranking per weight set
        # when a municipality has weights of its own: a slide of its own beside the paged content.
        self.weights = WeightSetsSlide(self)
        self.weights.hide()
        outer = self.layout()
        assert outer is not None
        outer.addWidget(self.weights)
        self.on_weights = False

    def heading(self) -> str:
        return self.tr("Vergelijking van de opties")

    def load(self, doc: Document) -> None:
        self.clear_content()
        tree = interchange.load_tree(doc)
        results = weigh_options(tree)
        self.weights.set_source(lambda: (compare_options(tree), weight_view.weight_grid(doc)), self.tr("Optie"),
                                tuple(c.key for c in rules_of(tree).ranked))
        if results:
            self._load_comparison(tree, results)
        else:
            self.empty(self.tr("Nog geen opties om te vergelijken."))
        # The slide shown stays shown (a score typed while the room looks at the ranking).
        self._show_weights(self.on_weights and self.weights.has_content)

    def _load_comparison(self, tree: Trajectory, results: list[OptionResult]) -> None:
        rows = self._rows(tree, results)
        # Then the spread per municipality (when they scored), as more rows: paged with the rest.
        spread = spread_rows(tree, ((r.option, r.outcome.ratio, r.excluded) for r in results)) if has_spread(tree.options) else []

        def build(start: int, end: int) -> None:
            if start < len(rows):
                self._grid(lambda grid: self._head(grid, results), rows, lambda body: self._note(body, results),
                           start, min(end, len(rows)))
            if end > len(rows):
                self._spread(tree.municipalities, spread[max(0, start - len(rows)) : end - len(rows)])

        self.paged(len(rows) + len(spread), build)

    def clear_content(self) -> None:
        super().clear_content()
        self.weights.drop_source()

    def _show_weights(self, on: bool) -> None:
        if on:
            self.weights.build()
        self.on_weights = on
        assert self.holder is not None
        self.holder.setVisible(not on)
        self.weights.setVisible(on)

    def refit(self) -> None:
        if self.on_weights:
            self.weights.fit_to(self._pixels)
            return
        super().refit()

    def turn(self, step: int) -> bool:
        """The next (previous) part of the comparison; past its last, the ranking per weight
        set (and back)."""
        if self.on_weights:
            if self.weights.turn(step):
                return True
            if step > 0:
                return False
            self._show_weights(False)
            self._dirty = True
            self.refit()
            return True
        if super().turn(step):
            return True
        if step < 0 or not self.weights.has_content:
            return False
        self._show_weights(True)
        outer = self.layout()
        assert outer is not None
        outer.activate()  # the slide's size now, for its fit
        self.refit()
        self.weights.go_to_end(last=False)
        return True

    def _spread(self, towns: tuple[str, ...], rows: list[SpreadRow]) -> None:
        """The dot plot of ``rows`` under its caption, legend and axis (on every part it is on)."""
        self.body.addWidget(self.sized(style.label(self.tr("Spreiding per gemeente"), self), 0.9, bold=True))
        self.body.addWidget(self.sized(dot_plot.legend(towns, self.tr("telt mee"), self), 0.85))
        plot = QVBoxLayout()
        plot.setSpacing(0)
        plot.addWidget(self.sized(dot_plot.DotAxis(self), 0.75))
        for row in rows:
            plot.addWidget(self.sized(dot_plot.DotRow(row, excluded_word=self.tr("uitgesloten"), parent=self), 1.0))
        self.body.addLayout(plot)

    def _head(self, grid: QGridLayout, results: list[OptionResult]) -> int:
        grid.addWidget(self._cell(self.tr("Criterium"), 0.85, bold=True, role="muted"), 0, 0, Qt.AlignmentFlag.AlignBottom)
        for column, result in enumerate(results, start=1):
            # Right-aligned over the right-aligned numbers of its column.
            name = self._cell(result.option.name, 0.85, bold=True, role="muted" if result.excluded else "body", right=True)
            grid.addWidget(name, 0, column, Qt.AlignmentFlag.AlignBottom)
            grid.setColumnStretch(column, 2)
        grid.setColumnStretch(0, 3)
        grid.addWidget(_rule(self), 1, 0, 1, len(results) + 1)
        return 2

    def _rows(self, tree: Trajectory, results: list[OptionResult]) -> list[Callable[[QGridLayout, int], None]]:
        rows: list[Callable[[QGridLayout, int], None]] = []

        def criterion_row(index: int, name: str) -> Callable[[QGridLayout, int], None]:
            def add(grid: QGridLayout, row: int) -> None:
                grid.addWidget(self._cell(f"{index + 1}  {name}", 0.85), row, 0)
                for column, result in enumerate(results, start=1):
                    role = "muted" if result.excluded else "body"
                    grid.addWidget(self._cell(_number(result.counted[index]), 0.9, role=role, right=True), row, column)
            return add

        def summary_row(title: str, value: Callable[[OptionResult], str], *, bold: bool = False) -> Callable[[QGridLayout, int], None]:
            def add(grid: QGridLayout, row: int) -> None:
                grid.addWidget(self._cell(title, 0.85, bold=True), row, 0)
                for column, result in enumerate(results, start=1):
                    role = "accent" if result.excluded else "body"
                    grid.addWidget(self._cell(value(result), 0.9, bold=bold, role=role, right=True), row, column)
            return add

        rows += [criterion_row(i, c.name) for i, c in enumerate(tree.criteria)]
        rows.append(summary_row(self.tr("Gewogen score"), self._score))
        rows.append(summary_row(self.tr("Plaats"), self._place, bold=True))
        rows.append(summary_row(self.tr("Gevoeligheid"), self._sensitivity))
        if any(step.knock_outs for step in tree.frame):
            rows.append(summary_row(self.tr("Knock-outs"), self._screening))
        return rows

    def _score(self, result: OptionResult) -> str:
        ratio = result.outcome.ratio
        return "–" if ratio is None else f"{round(ratio * 100)}%"

    def _place(self, result: OptionResult) -> str:
        if result.excluded:
            return f"{EXCLUDED} " + self.tr("uitgesloten")
        return str(result.rank) if result.rank else "–"

    def _sensitivity(self, result: OptionResult) -> str:
        """The smallest single score change that moves the option's place; 'fragiel' when one
        point on one score changes its class."""
        if result.excluded or result.outcome.ratio is None:
            return "–"
        change = result.sensitivity.rank_by_score
        if change is None:
            text = self.tr("robuust")
        else:
            # '−1 op 3': a score change on the criterion numbered as on the slide.
            moved = self.tr("{0}{1} op {2}").format("+" if change.steps > 0 else "−", change.size, change.criterion + 1)
            text = self.tr("plaats: {0}").format(moved)
        return self.tr("fragiel · {0}").format(text) if result.sensitivity.fragile else text

    def _screening(self, result: OptionResult) -> str:
        verdict = result.screening.verdict.value
        return f"{VERDICT_MARKS[verdict]} {self._verdict_word(verdict)}"

    def _note(self, body: QVBoxLayout, results: list[OptionResult]) -> None:
        if any(r.excluded for r in results):
            note = self.tr("✕ uitgesloten: voldoet niet aan een knock-outvoorwaarde en telt niet mee in de rangorde.")
            body.addWidget(self.sized(style.label(note, self, role="muted"), 0.75))
        body.addWidget(self.sized(style.label(
            self.tr("Gevoeligheid: de kleinste verandering van één score die de plaats verandert (‘−1 op 3’: één punt "
                    "minder op criterium 3)."), self, role="muted"), 0.75))


class DecisionView(_RowsView):
    """The knock-out verdicts per option (✓ voldoet, ✕ voldoet niet, ? onbekend) and the
    decision: the basisrichtingen and what the others are, each with its reason."""

    key = "options_decision"
    pages = frozenset({"decision"})
    tables = frozenset({"option", "options_decision", "frame_step", "knock_out", "knock_out_verdict"})

    def heading(self) -> str:
        return self.tr("Toetsing en besluit")

    def load(self, doc: Document) -> None:
        self.clear_content()
        steps = option_queries.frame(doc)
        decision = option_queries.decision(doc)
        options = decision.options
        if not options:
            self.empty(self.tr("Nog geen opties."))
            return
        knock_outs = [k for step in steps for k in step.knock_outs]
        rows: list[Callable[[QGridLayout, int], None]] = []
        for knock_out in knock_outs:
            rows.append(self._verdict_row(knock_out.condition, [v.verdict for v in knock_out.verdicts]))
        rows.append(self._spacer_row())
        statuses = (
            (OptionStatus.CHOSEN.value, self.tr("Basisrichting")),
            (OptionStatus.NOT_CHOSEN.value, self.tr("Niet gekozen")),
            (OptionStatus.LATER.value, self.tr("Later")),
            (OptionStatus.EXCLUDED.value, self.tr("Uitgesloten")),
        )
        for status, title in statuses:
            for option in options:
                if option.decision_status == status:
                    rows.append(self._choice_row(title, option, status == OptionStatus.CHOSEN.value, len(options)))
        if not any(o.decision_status for o in options):
            rows.append(self._text_row(self.tr("Nog geen besluit."), len(options)))
        self._paged_rows(lambda grid: self._head(grid, options, bool(knock_outs)), rows)

    def _head(self, grid: QGridLayout, options: tuple[OptionView, ...], judged: bool) -> int:
        if not judged:
            return 0
        grid.addWidget(self._cell(self.tr("Knock-outvoorwaarde"), 0.85, bold=True, role="muted"), 0, 0, Qt.AlignmentFlag.AlignBottom)
        for column, option in enumerate(options, start=1):
            grid.addWidget(self._cell(option.name, 0.8, bold=True), 0, column, Qt.AlignmentFlag.AlignBottom)
            grid.setColumnStretch(column, 2)
        grid.setColumnStretch(0, 3)
        grid.addWidget(_rule(self), 1, 0, 1, len(options) + 1)
        return 2

    def _verdict_row(self, condition: str, verdicts: list[str]) -> Callable[[QGridLayout, int], None]:
        def add(grid: QGridLayout, row: int) -> None:
            grid.addWidget(self._cell(condition, 0.85), row, 0)
            for column, verdict in enumerate(verdicts, start=1):
                mark = self._cell(f"{VERDICT_MARKS[verdict]} {self._verdict_word(verdict)}", 0.85, bold=verdict == "voldoet niet",
                                  role="accent" if verdict == "voldoet niet" else "body")
                grid.addWidget(mark, row, column)
        return add

    def _spacer_row(self) -> Callable[[QGridLayout, int], None]:
        def add(grid: QGridLayout, row: int) -> None:
            grid.setRowMinimumHeight(row, 12)
        return add

    def _choice_row(self, title: str, option: OptionView, chosen: bool, columns: int) -> Callable[[QGridLayout, int], None]:
        def add(grid: QGridLayout, row: int) -> None:
            grid.addWidget(self._cell(title, 0.95 if chosen else 0.85, bold=True, role="accent" if chosen else "muted"), row, 0,
                           Qt.AlignmentFlag.AlignTop)
            text = option.name + (f" — {option.decision_reason}" if option.decision_reason else "")
            holder: Any = self._cell(text, 1.0 if chosen else 0.85, bold=chosen, role="body" if chosen else "muted")
            grid.addWidget(holder, row, 1, 1, columns)
        return add

    def _text_row(self, text: str, columns: int) -> Callable[[QGridLayout, int], None]:
        def add(grid: QGridLayout, row: int) -> None:
            grid.addWidget(self._cell(text, 0.9, role="muted"), row, 0, 1, columns + 1)
        return add
