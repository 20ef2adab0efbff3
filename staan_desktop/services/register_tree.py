"""The parts that follow the session in the document's tables: the register of results and
actions, key figures and cost keys, the knowledge agenda, open questions, mandates and existing
cooperations (read into and written from the tree, as :mod:`.option_tree` does for options)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, select

from staan_desktop.domain import document as d
from staan_desktop.domain import register_tables as r
from staan_desktop.domain import tables as t
from staan_desktop.domain.option_tables import OptionRow
from staan_desktop.domain.register_tables import ActionItemRow, CostKeyRow, CostKeyTermRow, FigureValueRow, KeyFigureRow

from .rows import grouped, ordered


def read_register(session: Session, parties: Mapping[int | None, str], task_fields: Mapping[int | None, str]) -> dict[str, Any]:
    """The tree's fields of what follows the session; ``parties`` and ``task_fields`` map ids to names."""
    return {"actions": _read_actions(session, parties, task_fields), **_read_figures(session, parties),
            **_read_knowledge(session, parties)}


def write_register(session: Session, tree: d.Trajectory, parties: Mapping[str, int | None]) -> None:
    _write_actions(session, tree, parties)
    _write_figures(session, tree, parties)
    _write_knowledge(session, tree, parties)


def _read_knowledge(session: Session, parties: Mapping[int | None, str]) -> dict[str, Any]:
    questions = grouped(ordered(session, r.KnowledgeQuestionRow), "rubric_id")
    task_fields = {tf.id: tf.name for tf in session.exec(select(t.TaskFieldRow))}
    options = {o.id: o.name for o in session.exec(select(OptionRow))}
    return {
        "knowledge_agenda": tuple(
            d.KnowledgeRubric(
                name=k.name, products=tuple(k.products or ()), owner=k.owner, owner_party=parties.get(k.owner_party_id),
                questions=tuple(
                    d.KnowledgeQuestion(text=q.text, status=d.QuestionStatus(q.status), answered_in=q.answered_in)
                    for q in questions[k.id]
                ),
            )
            for k in ordered(session, r.KnowledgeRubricRow)
        ),
        "open_questions": tuple(
            d.OpenQuestion(theme=q.theme, text=q.text, status=d.QuestionStatus(q.status), answered_in=q.answered_in)
            for q in ordered(session, r.OpenQuestionRow)
        ),
        "mandates": tuple(
            d.Mandate(municipality=parties.get(m.municipality_id), kind=d.MandateKind(m.kind), text=m.text,
                      answered_in=m.answered_in, status=d.QuestionStatus(m.status))
            for m in ordered(session, r.MandateRow)
        ),
        "cooperations": tuple(
            d.Cooperation(name=c.name, parties=tuple(c.parties or ()), field=c.field, legal_form=c.legal_form,
                          task_fields=tuple(task_fields[i] for i in c.task_field_ids or () if i in task_fields),
                          options=tuple(options[i] for i in c.option_ids or () if i in options))
            for c in ordered(session, r.CooperationRow)
        ),
    }  # fmt: skip


def _write_knowledge(session: Session, tree: d.Trajectory, parties: Mapping[str, int | None]) -> None:
    for i, k in enumerate(tree.knowledge_agenda):
        row = r.KnowledgeRubricRow(name=k.name, products=list(k.products), owner=k.owner,
                                   owner_party_id=parties[k.owner_party] if k.owner_party else None, position=i)
        session.add(row)
        session.flush()
        session.add_all(
            r.KnowledgeQuestionRow(rubric_id=row.id, text=q.text, status=q.status.value, answered_in=q.answered_in, position=j)
            for j, q in enumerate(k.questions)
        )
    session.add_all(
        r.OpenQuestionRow(theme=q.theme, text=q.text, status=q.status.value, answered_in=q.answered_in, position=i)
        for i, q in enumerate(tree.open_questions)
    )
    session.add_all(
        r.MandateRow(municipality_id=parties[m.municipality] if m.municipality else None, kind=m.kind.value, text=m.text,
                     answered_in=m.answered_in, status=m.status.value, position=i)
        for i, m in enumerate(tree.mandates)
    )
    task_fields = {row.name: row.id for row in session.exec(select(t.TaskFieldRow))}
    options = {row.name: row.id for row in session.exec(select(OptionRow))}
    session.add_all(
        r.CooperationRow(name=c.name, parties=list(c.parties), field=c.field, legal_form=c.legal_form,
                         task_field_ids=[x for n in c.task_fields if (x := task_fields[n]) is not None],
                         option_ids=[x for n in c.options if (x := options[n]) is not None], position=i)
        for i, c in enumerate(tree.cooperations)
    )


def _read_figures(session: Session, parties: Mapping[int | None, str]) -> dict[str, Any]:
    figure_rows = ordered(session, KeyFigureRow)
    names = {f.id: f.name for f in figure_rows}
    order = {m.id: m.position for m in session.exec(select(t.MunicipalityRow))}
    values: dict[int | None, list[FigureValueRow]] = defaultdict(list)
    for v in sorted(session.exec(select(FigureValueRow)), key=lambda v: (order[v.municipality_id], v.id or 0)):
        values[v.figure_id].append(v)
    terms = grouped(ordered(session, CostKeyTermRow), "cost_key_id")
    return {
        "key_figures": tuple(
            d.KeyFigure(
                name=f.name, unit=f.unit, source=f.source, as_of=f.as_of,
                values=tuple(d.FigureValue(municipality=parties[v.municipality_id], value=v.value) for v in values[f.id]),
            )
            for f in figure_rows
        ),
        "cost_keys": tuple(
            d.CostKey(
                name=k.name, description=k.description, chosen=k.chosen, reasons=k.reasons,
                terms=tuple(d.CostKeyTerm(figure=names[x.figure_id], weight=x.weight) for x in terms[k.id]),
            )
            for k in ordered(session, CostKeyRow)
        ),
    }  # fmt: skip


def _write_figures(session: Session, tree: d.Trajectory, parties: Mapping[str, int | None]) -> None:
    figure_rows = [
        KeyFigureRow(name=f.name, unit=f.unit, source=f.source, as_of=f.as_of, position=i)
        for i, f in enumerate(tree.key_figures)
    ]
    key_rows = [
        CostKeyRow(name=k.name, description=k.description, chosen=k.chosen, reasons=k.reasons, position=i)
        for i, k in enumerate(tree.cost_keys)
    ]
    session.add_all([*figure_rows, *key_rows])
    session.flush()
    for row, figure in zip(figure_rows, tree.key_figures):
        session.add_all(
            FigureValueRow(figure_id=row.id, municipality_id=parties[v.municipality], value=v.value) for v in figure.values
        )
    figures = {row.name: row.id for row in figure_rows}
    for key_row, key in zip(key_rows, tree.cost_keys, strict=True):
        session.add_all(
            CostKeyTermRow(cost_key_id=key_row.id, figure_id=figures[x.figure], weight=x.weight, position=j)
            for j, x in enumerate(key.terms)
        )


def _read_actions(
    session: Session, parties: Mapping[int | None, str], task_fields: Mapping[int | None, str]
) -> tuple[d.ActionItem, ...]:
    titles = {s.id: s.title for s in session.exec(select(t.SectionRow))}
    options = {o.id: o.name for o in session.exec(select(OptionRow))}
    return tuple(
        d.ActionItem(
            kind=d.ActionKind(a.kind),
            description=a.description,
            owner_person=a.owner_person,
            owner_party=parties.get(a.owner_party_id),
            target_date=a.target_date,
            status=d.ActionStatus(a.status),
            task_field=task_fields.get(a.task_field_id),
            option=options.get(a.option_id),
            chapter=titles.get(a.section_id),
        )
        for a in ordered(session, ActionItemRow)
    )


def _write_actions(session: Session, tree: d.Trajectory, parties: Mapping[str, int | None]) -> None:
    task_fields = {row.name: row.id for row in session.exec(select(t.TaskFieldRow))}
    options = {row.name: row.id for row in session.exec(select(OptionRow))}
    # A chapter is named by its title; with two of the same title, the link goes to one of them
    # (the same one every time), which keeps the title the register prints.
    sections: dict[str, int | None] = {}
    for row in ordered(session, t.SectionRow):
        sections.setdefault(row.title, row.id)
    session.add_all(
        ActionItemRow(
            kind=a.kind.value,
            description=a.description,
            owner_person=a.owner_person,
            owner_party_id=parties.get(a.owner_party) if a.owner_party else None,
            target_date=a.target_date,
            status=a.status.value,
            task_field_id=task_fields.get(a.task_field) if a.task_field else None,
            section_id=sections.get(a.chapter) if a.chapter else None,
            option_id=options.get(a.option) if a.option else None,
            position=i,
        )
        for i, a in enumerate(tree.actions)
    )
