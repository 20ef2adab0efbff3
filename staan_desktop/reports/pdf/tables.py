"""The tables of the startdocument: interests, classification, scores and owners.

Every cell is a Paragraph (so long text wraps), every table repeats its header row and may
split between and, if one row is taller than a page, inside rows. Long tables are
``LongTable``s: the plain ``Table`` re-measures all remaining rows at every page break.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from staan_desktop.domain.document import InterestCategory, Owner, OwnerRole, TaskField
from staan_desktop.domain.methods import capital, terms_of
from staan_desktop.domain.sensitivity import Sensitivity
from staan_desktop.reports.scoring import TaskFieldResult, by_class, sensitivity_of

from .context import BULLET, StoryContext, bulleted
from .fonts import printable
from .paragraph import LaidOutParagraph
from .styles import CELL_PADDING, grid_table_style
from .tagging import TaggedLongTable, TaggedTable, tag_table
from .text import esc, with_mark

EMPTY = "–"
SIDE_BY_SIDE_ALWAYS = 4
PROJECTLEIDER_NOTE = "Projectleider"
#: Up to this many criteria get a column of their own in the score table.
MAX_CRITERION_COLUMNS = 6


def grid_table(ctx: StoryContext, rows: list[list[object]], widths: Sequence[float], *, zebra: bool = False) -> Table:
    """A data table; its first row holds the column headers (``TH``, repeated on each page)."""
    table_class = TaggedLongTable if len(rows) > 40 else TaggedTable
    table = table_class(
        rows,
        colWidths=list(widths),
        repeatRows=1,
        splitByRow=1,
        splitInRow=1,
        hAlign="LEFT",
        style=grid_table_style(ctx.fonts, ctx.palette),
    )
    if zebra:
        table.setStyle([("BACKGROUND", (0, r), (-1, r), ctx.palette.zebra_fill) for r in range(2, len(rows), 2)])
    return tag_table(table, rows)


def header_words_fit(header: Sequence[object], widths: Sequence[float]) -> list[float]:
    """``widths``, with each column at least as wide as the longest word of its header cell,
    the room taken from the columns that have it to spare. A header broken inside a word
    ("Scor / e") is a typesetting fault, and it also misleads text extraction: poppler then
    reads the header row's cells out of order. Unchanged when the room is not there."""
    need = []
    for head in header:
        widest = 0.0
        if isinstance(head, Paragraph):
            widest = max((stringWidth(word, head.style.fontName, head.style.fontSize)
                          for word in head.getPlainText().split()), default=0.0)
        # A hair more than the word: ReportLab breaks a line that fills the width exactly.
        need.append(widest + 2 * CELL_PADDING + 0.5 if widest else 0.0)
    short = sum(max(0.0, n - w) for w, n in zip(widths, need, strict=True))
    spare = sum(max(0.0, w - n) for w, n in zip(widths, need, strict=True))
    if short == 0 or spare < short:
        return list(widths)
    return [n if w < n else w - (w - n) * short / spare for w, n in zip(widths, need, strict=True)]


class CellParagraph(LaidOutParagraph):
    """A table cell: a table measures every cell when it computes row heights, again at
    each page split and once more when it draws, always at the same column width."""


def cell(ctx: StoryContext, markup: str, style: str = "cell") -> Paragraph:
    return CellParagraph(markup, ctx.styles[style])


def bullet_cell(ctx: StoryContext, items: Sequence[str]) -> list[Flowable] | Paragraph:
    if not items:
        return cell(ctx, EMPTY)
    return bulleted(ctx.styles["cell_bullet"], (esc(item) for item in items), BULLET, CellParagraph)


# Interests -------------------------------------------------------------------------------


def _side_by_side(ctx: StoryContext, names: list[str]) -> bool:
    """A column per municipality: always up to four (the layout of the reference document),
    up to ``max_interest_columns`` while no single word is wider than a column."""
    count = len(names)
    if count <= SIDE_BY_SIDE_ALWAYS:
        return True
    if count > ctx.options.max_interest_columns:
        return False
    bullet = ctx.styles["cell_bullet"]
    room: float = ctx.width / count - 10 - bullet.leftIndent  # cell padding, bullet indent
    texts = [*names, *(item for category in ctx.tree.interests for col in category.columns for item in col.items)]
    widest: float = max((stringWidth(word, bullet.fontName, bullet.fontSize)
                  for text in texts for word in printable(text).split()), default=0.0)
    return widest <= room


def interest_tables(ctx: StoryContext) -> list[Flowable]:
    municipalities = ctx.interest_columns()
    side_by_side = _side_by_side(ctx, municipalities)
    out: list[Flowable] = []
    for category in ctx.tree.interests:
        out.append(ctx.para(esc(category.name), "caption"))
        if not municipalities:
            out.append(ctx.text(EMPTY))
            continue
        if side_by_side:
            out.append(_interests_side_by_side(ctx, category, municipalities))
        else:
            out.append(_interests_stacked(ctx, category, municipalities))
        out.append(Spacer(1, 9))
    return out


def _items(category: InterestCategory) -> dict[str, tuple[str, ...]]:
    return {column.municipality: column.items for column in category.columns}


def _interests_side_by_side(ctx: StoryContext, category: InterestCategory, names: list[str]) -> Table:
    items = _items(category)
    header = [cell(ctx, esc(name), "cell_head") for name in names]
    body = [bullet_cell(ctx, items.get(name, ())) for name in names]
    width = ctx.width / len(names)
    return grid_table(ctx, [header, body], [width] * len(names))


def _interests_stacked(ctx: StoryContext, category: InterestCategory, names: list[str]) -> Table:
    """Too many municipalities for a column each: one row per municipality instead."""
    items = _items(category)
    rows: list[list[object]] = [[cell(ctx, "Gemeente", "cell_head"), cell(ctx, esc(category.name), "cell_head")]]
    for name in names:
        rows.append([cell(ctx, esc(name)), bullet_cell(ctx, items.get(name, ()))])
    first = ctx.width * 0.3
    return grid_table(ctx, rows, [first, ctx.width - first], zebra=True)


# Classification --------------------------------------------------------------------------


def classification_table(ctx: StoryContext) -> list[Flowable]:
    tree = ctx.tree
    if not tree.classes:
        return []
    groups = by_class(tree, ctx.results)
    header = [cell(ctx, esc(c.name) + ctx.notes.mark(c.note), "cell_head") for c in tree.classes]
    columns = [groups[c.key] for c in tree.classes]
    depth = max((len(col) for col in columns), default=0)
    rows: list[list[object]] = [header]
    for i in range(depth):
        row: list[object] = []
        for col in columns:
            if i < len(col):
                tf = col[i].task_field
                row.append(cell(ctx, with_mark(tf.name, tf.footnote, ctx.notes)))
            else:
                row.append("")
        rows.append(row)
    if depth == 0:
        rows.append([cell(ctx, EMPTY) for _ in columns])
    width = ctx.width / len(columns)
    out: list[Flowable] = [grid_table(ctx, rows, [width] * len(columns))]
    out += _unclassified(ctx)
    return out


def _unclassified(ctx: StoryContext) -> list[Flowable]:
    """Shortlisted task fields outside every class are named, so none silently disappears."""
    known = {c.key for c in ctx.tree.classes}
    by_label: dict[str, list[str]] = {}
    for result in ctx.results:
        if result.outcome.class_key not in known:
            by_label.setdefault(result.outcome.label, []).append(result.task_field.name)
    return [
        ctx.para(f"<i>{esc(label.capitalize())}:</i> {esc(', '.join(names))}", "chart_note")
        for label, names in by_label.items()
    ]


# Scores ----------------------------------------------------------------------------------


def number(value: float | None) -> str:
    """Dutch notation: decimal comma, no needless decimals."""
    if value is None:
        return EMPTY
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def percent(ratio: float | None) -> str:
    return EMPTY if ratio is None else f"{round(ratio * 100)}%"


def chart_order(tree_classes: Sequence[str], results: list[TaskFieldResult]) -> list[TaskFieldResult]:
    """By class (document order, unclassed last), then best score first: how the chart reads."""
    rank = {key: i for i, key in enumerate(tree_classes)}
    return sorted(
        results,
        key=lambda r: (
            rank.get(r.outcome.class_key or "", len(rank)),
            -(r.outcome.ratio if r.outcome.ratio is not None else -1.0),
        ),
    )


def class_label(ctx: StoryContext, result: TaskFieldResult) -> str:
    outcome = result.outcome
    label = esc(outcome.label)
    if outcome.overridden:
        label += " (besluit)" + ctx.notes.mark(outcome.reason)
    if outcome.dissent:
        label += "<br/><i>verschil van inzicht</i>"
    return label


def _task_field_head(ctx: StoryContext) -> str:
    """"Taakveld": the head of a column of task fields, in the method's word."""
    return esc(capital(terms_of(ctx.tree.method).task_field))


def sensitivity_label(sensitivity: Sensitivity) -> str:
    """"<b>fragiel</b> (+1 op 3)", "−2 op 4" or "robuust": the smallest single score change
    that moves the class, with the criterion's number from the legend."""
    change = sensitivity.class_by_score
    if change is None:
        return "robuust"
    sign = "+" if change.steps > 0 else "−"
    text = f"{sign}{change.size} op {change.criterion + 1}"
    return f"<b>fragiel</b> ({text})" if sensitivity.fragile else text


def score_table(ctx: StoryContext) -> list[Flowable]:
    tree = ctx.tree
    results = chart_order([c.key for c in tree.classes], ctx.results)
    if not results:
        return []
    sensitivity = sensitivity_of(tree, results)
    # Criterion names are too long for narrow columns: number them, name them above. More
    # criteria than fit beside the names go into a second table, six at a time.
    inline = 0 < len(tree.criteria) <= MAX_CRITERION_COLUMNS
    out: list[Flowable] = []
    if tree.criteria:
        legend = " · ".join(f"<b>{i}</b> {esc(c.name)}" for i, c in enumerate(tree.criteria, 1))
        out.append(ctx.para(f"Criteria: {legend}", "chart_note"))
    header: list[object] = [cell(ctx, _task_field_head(ctx), "cell_head")]
    if inline:
        header += [cell(ctx, str(i), "cell_head_right") for i in range(1, len(tree.criteria) + 1)]
    header += [cell(ctx, "Score", "cell_head_right"), cell(ctx, "Klasse", "cell_head"),
               cell(ctx, "Gevoeligheid", "cell_head")]
    rows: list[list[object]] = [header]
    for result in results:
        row: list[object] = [cell(ctx, esc(result.task_field.name))]
        if inline:
            row += [cell(ctx, number(v), "cell_right") for v in result.counted]
        row += [cell(ctx, percent(result.outcome.ratio), "cell_right"), cell(ctx, class_label(ctx, result)),
                cell(ctx, EMPTY if result.outcome.ratio is None else sensitivity_label(sensitivity[result.task_field.name]))]
        rows.append(row)
    score_w, class_w, sens_w = ctx.width * 0.09, ctx.width * 0.19, ctx.width * 0.14
    criteria_w: list[float] = []
    if inline:
        name_w = ctx.width * 0.3
        criteria_w = [(ctx.width - name_w - score_w - class_w - sens_w) / len(tree.criteria)] * len(tree.criteria)
    else:
        name_w = ctx.width - score_w - class_w - sens_w
    widths = [name_w, *criteria_w, score_w, class_w, sens_w]
    out += [Spacer(1, 3), grid_table(ctx, rows, widths, zebra=True)]
    if not inline:
        out += criterion_score_tables(ctx, results)
    out.append(ctx.para(
        "<i>Gevoeligheid:</i> de kleinste verandering van één score (in punten, op het criterium met dat "
        "nummer) die de klasse verandert; <b>fragiel</b> als één punt al genoeg is.", "chart_note"))
    return out


def criterion_score_tables(ctx: StoryContext, results: Sequence[TaskFieldResult]) -> list[Flowable]:
    """The score that counts per criterion, in tables of at most six criteria each."""
    count = len(ctx.tree.criteria)
    out: list[Flowable] = []
    for first in range(0, count, MAX_CRITERION_COLUMNS):
        numbers = range(first, min(first + MAX_CRITERION_COLUMNS, count))
        rows: list[list[object]] = [[cell(ctx, _task_field_head(ctx), "cell_head"),
                                     *(cell(ctx, str(i + 1), "cell_head_right") for i in numbers)]]
        for result in results:
            rows.append([cell(ctx, esc(result.task_field.name)),
                         *(cell(ctx, number(result.counted[i]), "cell_right") for i in numbers)])
        name_w = ctx.width * 0.4
        out += [Spacer(1, 6), grid_table(ctx, rows, [name_w] + [(ctx.width - name_w) / len(numbers)] * len(numbers),
                                         zebra=True)]
    return out


# Owners ----------------------------------------------------------------------------------


def owner_line(ctx: StoryContext, owner: Owner) -> str:
    """"Tonnie Vos⁵ (vanaf juli 2013), Tynaarlo" – the mark notes the projectleider."""
    line = esc(owner.person)
    if owner.role == OwnerRole.PROJECTLEIDER:
        line += ctx.notes.mark(PROJECTLEIDER_NOTE)
    since = owner.from_date.strip()
    if since:
        if not since.lower().startswith("vanaf"):
            since = "vanaf " + since
        line += f" ({esc(since)})"
    if owner.municipality:
        kinds = {p.name: p.kind.value for p in ctx.tree.parties}
        line += ", " + esc(owner.municipality) + (f" ({esc(kinds[owner.municipality])})" if owner.municipality in kinds else "")
    return line


def owners_table(ctx: StoryContext) -> list[Flowable]:
    owned: list[TaskField] = [tf for tf in ctx.tree.task_fields if tf.owners]
    if not owned:
        return []
    rows: list[list[object]] = [[cell(ctx, _task_field_head(ctx) + "/onderwerp", "cell_head"), cell(ctx, "Eigenaar", "cell_head")]]
    for tf in owned:
        name = cell(ctx, with_mark(tf.name, tf.footnote, ctx.notes))
        owners = cell(ctx, "<br/>".join(owner_line(ctx, o) for o in tf.owners))
        rows.append([name, owners])
    first = ctx.width * 0.45
    return [grid_table(ctx, rows, [first, ctx.width - first])]
