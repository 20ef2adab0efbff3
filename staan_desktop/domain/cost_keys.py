"""Cost keys: each municipality's share of shared costs, computed from key figures.

A key is a weighted mix of figures. For every figure a municipality's part is its value over
the sum of all municipalities' values; its share is the weighted mean of those parts:

    share(m) = Σ_f w_f · v_f(m) / Σ_n v_f(n)  /  Σ_f w_f

Computed with exact fractions, so the shares always add up to exactly 1 and equal figures
give exactly equal shares. A municipality whose figure is 0 gets nothing for that figure; a
figure that is 0 for every municipality divides nothing, and a figure missing for one
municipality would silently shift its share to the others: both are refused.
Pure: no I/O, no database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from staan_desktop.domain.messages import Message, MessageError, listed, msg

from .document import CostKey, KeyFigure


class CostKeyError(MessageError):
    """A key that cannot be computed; the message is Dutch and names what is missing."""


def shares(key: CostKey, figures: Sequence[KeyFigure], municipalities: Sequence[str]) -> dict[str, Fraction]:
    """municipality → share (0 … 1), in the order of ``municipalities``; they sum to exactly 1."""
    if not municipalities:
        raise CostKeyError(msg("cost_keys.no_municipalities"))
    if not key.terms:
        raise CostKeyError(msg("cost_keys.no_figure_yet", name=key.name))
    by_name = {f.name: f for f in figures}
    total_weight = Fraction(0)
    result = {m: Fraction(0) for m in municipalities}
    for term in key.terms:
        figure = by_name.get(term.figure)
        if figure is None:
            raise CostKeyError(msg("cost_keys.unknown_figure", name=key.name, figure=term.figure))
        values = {v.municipality: Fraction(v.value) for v in figure.values}
        missing = [m for m in municipalities if m not in values]
        if missing:
            raise CostKeyError(
                msg("cost_keys.figure_missing_for", name=figure.name, missing=_listing(missing), key=key.name)
            )
        total = sum((values[m] for m in municipalities), Fraction(0))
        if total == 0:
            raise CostKeyError(msg("cost_keys.figure_all_zero", name=figure.name))
        weight = Fraction(term.weight)
        total_weight += weight
        for m in municipalities:
            result[m] += weight * values[m] / total
    return {m: part / total_weight for m, part in result.items()}


def percentages(parts: dict[str, Fraction], decimals: int = 1) -> dict[str, Fraction]:
    """The shares as percentages rounded to ``decimals``, adding up to exactly 100: the
    largest-remainder method (ties go to the municipality listed first), so a printed table
    never sums to 99.9 or 100.1."""
    unit = Fraction(1, 10**decimals)
    exact = {m: share * 100 / unit for m, share in parts.items()}
    floors = {m: int(v) for m, v in exact.items()}  # shares are never negative
    left = round(sum(exact.values()) - sum(floors.values()))
    order = sorted(parts, key=lambda m: -(exact[m] - floors[m]))  # stable: listed order on ties
    for m in order[:left]:
        floors[m] += 1
    return {m: floors[m] * unit for m in parts}


def dutch_percentage(value: Fraction, decimals: int = 1) -> str:
    """33,3 %: a comma for the decimals, as the startdocument writes it."""
    return f"{float(value):.{decimals}f}".replace(".", ",") + " %"


@dataclass(frozen=True)
class KeyComparison:
    key: CostKey
    #: Rounded percentages per municipality, or ``None`` with ``problem`` when not computable.
    percentages: dict[str, Fraction] | None
    problem: str = ""
    #: ``problem`` as a message, for the window to show in its language.
    reason: Message | None = None


def compare(keys: Sequence[CostKey], figures: Sequence[KeyFigure], municipalities: Sequence[str]) -> list[KeyComparison]:
    """Every key side by side; a key that cannot be computed says why instead of a number."""
    out = []
    for key in keys:
        try:
            out.append(KeyComparison(key, percentages(shares(key, figures, municipalities))))
        except CostKeyError as exc:
            out.append(KeyComparison(key, None, str(exc), exc.text))
    return out


def _listing(names: Sequence[str]) -> str | Message:
    quoted = [f"‘{n}’" for n in names]
    return quoted[0] if len(quoted) == 1 else msg("list.and", items=listed(quoted[:-1]), last=quoted[-1])


def parse_dutch_number(text: str) -> float:
    """"26.300" → 26300, "180,5" → 180.5, "1.234.567,8" → 1234567.8: a comma is the decimal
    sign and points group thousands, as a Dutch reader writes. Without a comma, one point
    followed by exactly three digits groups thousands too; any other point is a decimal point
    (someone typing 180.5). Raises :class:`ValueError` with a Dutch message."""
    clean = text.strip().replace(" ", "").replace("\u00a0", "")
    if "," in clean:
        clean = clean.replace(".", "").replace(",", ".", 1)
    elif clean.count(".") > 1 or (clean.count(".") == 1 and len(clean.split(".")[1]) == 3):
        clean = clean.replace(".", "")
    try:
        value = float(clean)
    except ValueError:
        raise MessageError(msg("cost_keys.not_a_number", text=text)) from None
    return value
