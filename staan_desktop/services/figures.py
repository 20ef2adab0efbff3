"""Reading key figures and cost keys for a screen: plain data with ids, and the comparison of
the keys as the domain computes it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import select

from staan_desktop.domain import cost_keys as rules
from staan_desktop.domain import document as d
from staan_desktop.domain import tables as t
from staan_desktop.domain.register_tables import CostKeyRow, CostKeyTermRow, FigureValueRow, KeyFigureRow

from .store import Document


@dataclass(frozen=True)
class FigureRecord:
    id: int
    name: str
    unit: str
    source: str
    as_of: dt.date | None
    #: municipality id → value
    values: dict[int, float]


@dataclass(frozen=True)
class CostKeyRecord:
    id: int
    name: str
    chosen: bool
    reasons: str
    #: (term id, figure name, weight)
    terms: tuple[tuple[int, str, float], ...]


@dataclass(frozen=True)
class FiguresView:
    municipalities: tuple[tuple[int, str], ...]
    figures: tuple[FigureRecord, ...]
    keys: tuple[CostKeyRecord, ...]
    comparisons: tuple[rules.KeyComparison, ...]


def figures_view(doc: Document) -> FiguresView:
    with doc.reading() as session:
        municipalities = tuple(
            (m.id, m.name)
            for m in session.exec(select(t.MunicipalityRow).order_by(t.MunicipalityRow.position, t.MunicipalityRow.id))  # type: ignore[arg-type]
            if m.kind == "gemeente" and m.id is not None
        )
        values: dict[int, dict[int, float]] = {}
        for v in session.exec(select(FigureValueRow)):
            if v.figure_id is not None and v.municipality_id is not None:
                values.setdefault(v.figure_id, {})[v.municipality_id] = v.value
        figures = tuple(
            FigureRecord(f.id, f.name, f.unit, f.source, f.as_of, values.get(f.id, {}))  # type: ignore[arg-type]
            for f in session.exec(select(KeyFigureRow).order_by(KeyFigureRow.position, KeyFigureRow.id))  # type: ignore[arg-type]
        )
        names = {f.id: f.name for f in figures}
        terms: dict[int, list[tuple[int, str, float]]] = {}
        for x in session.exec(select(CostKeyTermRow).order_by(CostKeyTermRow.position, CostKeyTermRow.id)):  # type: ignore[arg-type]
            terms.setdefault(x.cost_key_id, []).append((x.id, names[x.figure_id], x.weight))  # type: ignore[arg-type,index]
        keys = tuple(
            CostKeyRecord(k.id, k.name, k.chosen, k.reasons, tuple(terms.get(k.id, ())))  # type: ignore[arg-type]
            for k in session.exec(select(CostKeyRow).order_by(CostKeyRow.position, CostKeyRow.id))  # type: ignore[arg-type]
        )
    mun_names = dict(municipalities)
    domain_figures = [
        d.KeyFigure(name=f.name, values=tuple(d.FigureValue(municipality=mun_names[m], value=v) for m, v in f.values.items() if m in mun_names))
        for f in figures
    ]
    domain_keys = [
        d.CostKey(name=k.name, chosen=k.chosen, terms=tuple(d.CostKeyTerm(figure=f, weight=w) for _id, f, w in k.terms))
        for k in keys
    ]
    comparisons = tuple(rules.compare(domain_keys, domain_figures, [name for _id, name in municipalities]))
    return FiguresView(municipalities, figures, keys, comparisons)
