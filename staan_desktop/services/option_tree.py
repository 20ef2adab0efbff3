"""Between the option tables and the ``options`` of the :class:`Trajectory` tree.

Called by :mod:`.tree` when a whole tree is read, validated or written; the options keep their
own module so that the task-field code stays as it was.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, delete, select

from staan_desktop.domain import document as d
from staan_desktop.domain.messages import msg
from staan_desktop.domain.option_tables import (
    QUADRANTS,
    FrameCriterionRow,
    FrameStepRow,
    KnockOutRow,
    OptionReferenceRow,
    OptionRow,
    OptionScoreRow,
    OptionsDecisionRow,
    OptionSwotRow,
    VerdictRow,
)

from .errors import ValidationError

#: Children before parents, like :data:`.tree.CONTENT_TABLES`.
OPTION_TABLES = (VerdictRow, KnockOutRow, FrameCriterionRow, FrameStepRow, OptionsDecisionRow,
                 OptionScoreRow, OptionSwotRow, OptionReferenceRow, OptionRow)


def _ordered(session: Session, row_type: Any) -> list[Any]:
    return list(session.exec(select(row_type).order_by(row_type.position, row_type.id)))


def read_options(session: Session, municipalities: Mapping[int | None, str], criteria: Mapping[int | None, str]) -> tuple[d.Option, ...]:
    """Every option in order; ``municipalities`` and ``criteria`` map ids to names in order."""
    swot: dict[int, dict[str, list[str]]] = defaultdict(lambda: {q: [] for q in QUADRANTS})
    for row in _ordered(session, OptionSwotRow):
        swot[row.option_id][row.quadrant].append(row.text)
    references: dict[int, list[d.ReferenceCase]] = defaultdict(list)
    for row in _ordered(session, OptionReferenceRow):
        references[row.option_id].append(d.ReferenceCase(name=row.name, description=row.description))
    crit_pos = {c: i for i, c in enumerate(criteria)}
    mun_pos = {m: i for i, m in enumerate(municipalities)}
    scores: dict[int | None, list[OptionScoreRow]] = defaultdict(list)
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


def read_frame(session: Session, criteria: Mapping[int | None, str]) -> tuple[d.FrameStep, ...]:
    options = {row.id: row.name for row in session.exec(select(OptionRow))}
    option_pos = {row.id: row.position for row in session.exec(select(OptionRow))}
    verdicts: dict[int | None, list[VerdictRow]] = defaultdict(list)
    for row in session.exec(select(VerdictRow)):
        verdicts[row.knock_out_id].append(row)
    knock_outs: dict[int, list[d.KnockOut]] = defaultdict(list)
    for row in _ordered(session, KnockOutRow):
        ordered = sorted(verdicts[row.id], key=lambda v: (option_pos[v.option_id], v.option_id))
        knock_outs[row.step_id].append(d.KnockOut(
            condition=row.condition,
            verdicts=tuple(d.KnockOutVerdict(option=options[v.option_id], verdict=d.Verdict(v.verdict), reason=v.reason)
                           for v in ordered),
        ))
    step_criteria: dict[int, list[str]] = defaultdict(list)
    for row in _ordered(session, FrameCriterionRow):
        step_criteria[row.step_id].append(criteria[row.criterion_id])
    return tuple(
        d.FrameStep(title=row.title, description=row.description, knock_outs=tuple(knock_outs[row.id]),
                    criteria=tuple(step_criteria[row.id]))
        for row in _ordered(session, FrameStepRow)
    )


def read_decision(session: Session) -> d.OptionsDecision | None:
    row = session.exec(select(OptionsDecisionRow)).first()
    choices = tuple(
        d.OptionChoice(option=o.name, status=d.OptionStatus(o.decision_status), reason=o.decision_reason)
        for o in _ordered(session, OptionRow) if o.decision_status is not None
    )
    if row is None and not choices:
        return None
    return d.OptionsDecision(decided_on=row.decided_on if row else "", reasons=row.reasons if row else "", choices=choices)


def validate_options(tree: d.Trajectory) -> None:
    """Unique names; scores on known criteria and municipalities, within the scale, once each."""
    seen_names: set[str] = set()
    criteria = {c.name: c for c in tree.criteria}
    municipalities = set(tree.municipalities)
    for option in tree.options:
        if option.name in seen_names:
            raise ValidationError(msg("options.option_twice", name=option.name))
        seen_names.add(option.name)
        seen: set[tuple[str, str | None]] = set()
        for s in option.scores:
            criterion = criteria.get(s.criterion)
            if criterion is None:
                raise ValidationError(msg("options.score_unknown_criterion", name=option.name, criterion=s.criterion))
            if s.municipality is not None and s.municipality not in municipalities:
                raise ValidationError(msg("options.score_unknown_municipality", name=option.name, municipality=s.municipality))
            if not criterion.scale_min <= s.value <= criterion.scale_max:
                raise ValidationError(
                    msg("options.score_outside_scale", value=s.value, name=option.name, low=criterion.scale_min, high=criterion.scale_max, criterion=criterion.name)
                )
            if (s.criterion, s.municipality) in seen:
                raise ValidationError(msg("options.two_scores", name=option.name))
            seen.add((s.criterion, s.municipality))
    for step in tree.frame:
        if len(set(step.criteria)) != len(step.criteria):
            raise ValidationError(msg("options.step_criterion_twice", title=step.title))
        for name in step.criteria:
            if name not in criteria:
                raise ValidationError(msg("options.step_unknown_criterion", title=step.title, name=name))
        for knock_out in step.knock_outs:
            judged = [v.option for v in knock_out.verdicts]
            if len(set(judged)) != len(judged):
                raise ValidationError(msg("options.knockout_twice", title=step.title))
            for name in judged:
                if name not in seen_names:
                    raise ValidationError(msg("options.knockout_unknown_option", title=step.title, name=name))
    if tree.decision is not None:
        chosen = [c.option for c in tree.decision.choices]
        if len(set(chosen)) != len(chosen):
            raise ValidationError(msg("options.decision_twice"))
        for name in chosen:
            if name not in seen_names:
                raise ValidationError(msg("options.decision_unknown_option", name=name))


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


def write_options(session: Session, tree: d.Trajectory, municipalities: Mapping[str, int | None], criteria: Mapping[str, int | None]) -> None:
    """Add the tree's options, toetsingskader and decision (the tables are empty:
    :func:`clear_options` ran)."""
    if not tree.options and not tree.frame and tree.decision is None:
        return
    choices = {c.option: c for c in tree.decision.choices} if tree.decision else {}
    rows = [
        OptionRow(name=o.name, description=o.description, position=i,
                  decision_status=choices[o.name].status.value if o.name in choices else None,
                  decision_reason=choices[o.name].reason if o.name in choices else "")
        for i, o in enumerate(tree.options)
    ]
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
    option_ids = {row.name: row.id for row in rows}
    if tree.decision is not None:
        session.add(OptionsDecisionRow(decided_on=tree.decision.decided_on, reasons=tree.decision.reasons))
    for i, step in enumerate(tree.frame):
        step_row = FrameStepRow(title=step.title, description=step.description, position=i)
        session.add(step_row)
        session.flush()
        session.add_all(FrameCriterionRow(step_id=step_row.id, criterion_id=criteria[name], position=j)
                        for j, name in enumerate(step.criteria))
        for j, knock_out in enumerate(step.knock_outs):
            ko_row = KnockOutRow(step_id=step_row.id, condition=knock_out.condition, position=j)
            session.add(ko_row)
            session.flush()
            session.add_all(VerdictRow(knock_out_id=ko_row.id, option_id=option_ids[v.option], verdict=v.verdict.value,
                                       reason=v.reason) for v in knock_out.verdicts)
    session.flush()
