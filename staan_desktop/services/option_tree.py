"""Between the option tables and the ``options`` of the :class:`Trajectory` tree.

Called by :mod:`.tree` when a whole tree is read, validated or written; the options keep their
own module so that the task-field code stays as it was.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from sqlmodel import Session, delete, select

from staan_desktop.domain import document as d
from staan_desktop.domain.option_tables import QUADRANTS, OptionReferenceRow, OptionRow, OptionScoreRow, OptionSwotRow

from .errors import ValidationError

#: Children before parents, like :data:`.tree.CONTENT_TABLES`.
OPTION_TABLES = (OptionScoreRow, OptionSwotRow, OptionReferenceRow, OptionRow)


def _ordered(session: Session, row_type: type) -> list:
    return list(session.exec(select(row_type).order_by(row_type.position, row_type.id)))


def read_options(session: Session, municipalities: Mapping[int, str], criteria: Mapping[int, str]) -> tuple[d.Option, ...]:
    """Every option in order; ``municipalities`` and ``criteria`` map ids to names in order."""
    swot: dict[int, dict[str, list[str]]] = defaultdict(lambda: {q: [] for q in QUADRANTS})
    for row in _ordered(session, OptionSwotRow):
        swot[row.option_id][row.quadrant].append(row.text)
    references: dict[int, list[d.ReferenceCase]] = defaultdict(list)
    for row in _ordered(session, OptionReferenceRow):
        references[row.option_id].append(d.ReferenceCase(name=row.name, description=row.description))
    crit_pos = {c: i for i, c in enumerate(criteria)}
    mun_pos = {m: i for i, m in enumerate(municipalities)}
    scores: dict[int, list[OptionScoreRow]] = defaultdict(list)
    for row in session.exec(select(OptionScoreRow)):
        scores[row.option_id].append(row)
    options = []
    for row in _ordered(session, OptionRow):
        ordered = sorted(scores[row.id], key=lambda s: (crit_pos[s.criterion_id], -1 if s.municipality_id is None else mun_pos[s.municipality_id]))
        options.append(d.Option(
            name=row.name,
            description=row.description,
            swot=d.Swot(**{q: tuple(items) for q, items in swot[row.id].items()}),
            references=tuple(references[row.id]),
            scores=tuple(
                d.Score(criterion=criteria[s.criterion_id], municipality=municipalities.get(s.municipality_id) if s.municipality_id else None,
                        value=s.value, note=s.note)
                for s in ordered
            ),
        ))
    return tuple(options)


def validate_options(tree: d.Trajectory) -> None:
    """Unique names; scores on known criteria and municipalities, within the scale, once each."""
    seen_names: set[str] = set()
    criteria = {c.name: c for c in tree.criteria}
    municipalities = set(tree.municipalities)
    for option in tree.options:
        if option.name in seen_names:
            raise ValidationError(f"De optie ‘{option.name}’ komt twee keer voor.")
        seen_names.add(option.name)
        seen: set[tuple[str, str | None]] = set()
        for s in option.scores:
            criterion = criteria.get(s.criterion)
            if criterion is None:
                raise ValidationError(f"Optie ‘{option.name}’ heeft een score op het onbekende criterium ‘{s.criterion}’.")
            if s.municipality is not None and s.municipality not in municipalities:
                raise ValidationError(f"Een score van optie ‘{option.name}’ verwijst naar de onbekende gemeente ‘{s.municipality}’.")
            if not criterion.scale_min <= s.value <= criterion.scale_max:
                raise ValidationError(
                    f"De score {s.value} van optie ‘{option.name}’ valt buiten de schaal "
                    f"{criterion.scale_min}–{criterion.scale_max} van ‘{criterion.name}’."
                )
            if (s.criterion, s.municipality) in seen:
                raise ValidationError(f"Optie ‘{option.name}’ heeft twee scores voor hetzelfde criterium en dezelfde gemeente.")
            seen.add((s.criterion, s.municipality))


def _has_option_tables(session: Session) -> bool:
    # Content is also written into files of an older schema (the starting point of a migration
    # test, made with that schema's tables only); they have no options to clear.
    return session.connection().exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'option'"
    ).first() is not None


def clear_options(session: Session) -> None:
    if not _has_option_tables(session):
        return
    for row_type in OPTION_TABLES:
        session.exec(delete(row_type))


def write_options(session: Session, tree: d.Trajectory, municipalities: Mapping[str, int], criteria: Mapping[str, int]) -> None:
    """Add the tree's options (the option tables are empty: :func:`clear_options` ran)."""
    if not tree.options:
        return
    rows = [OptionRow(name=o.name, description=o.description, position=i) for i, o in enumerate(tree.options)]
    session.add_all(rows)
    session.flush()
    for row, option in zip(rows, tree.options):
        for quadrant in QUADRANTS:
            session.add_all(
                OptionSwotRow(option_id=row.id, quadrant=quadrant, text=text, position=j)
                for j, text in enumerate(getattr(option.swot, quadrant))
            )
        session.add_all(
            OptionReferenceRow(option_id=row.id, name=r.name, description=r.description, position=j)
            for j, r in enumerate(option.references)
        )
        session.add_all(
            OptionScoreRow(option_id=row.id, criterion_id=criteria[s.criterion],
                           municipality_id=None if s.municipality is None else municipalities[s.municipality],
                           value=s.value, note=s.note)
            for s in option.scores
        )
    session.flush()
