"""Rules of the register of results and actions: what counts as overdue, what a review of
the actions at the start of a session shows. Pure: "today" is always given, never read."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from .document import ActionItem, ActionStatus

#: Items still to be done; done and dropped items are never overdue.
ACTIVE = frozenset({ActionStatus.OPEN, ActionStatus.IN_UITVOERING})

STATUS_LABELS: dict[ActionStatus, str] = {
    ActionStatus.OPEN: "open",
    ActionStatus.IN_UITVOERING: "in uitvoering",
    ActionStatus.GEREED: "gereed",
    ActionStatus.VERVALLEN: "vervallen",
}


def is_overdue(item: ActionItem, today: date) -> bool:
    """Past its target date (the target day itself is still in time) and not finished."""
    return item.target_date is not None and item.target_date < today and item.status in ACTIVE


def review_items(items: Iterable[ActionItem], today: date) -> list[tuple[ActionItem, bool]]:
    """What "Terugblik acties" shows: the active items, overdue first, then by target date
    (items without a date last), each with its overdue mark."""
    active = [i for i in items if i.status in ACTIVE]
    active.sort(key=lambda i: (not is_overdue(i, today), i.target_date or date.max))
    return [(i, is_overdue(i, today)) for i in active]


def dutch_date(value: date) -> str:
    """1 januari 2008: how the startdocument writes a date."""
    months = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december")
    return f"{value.day} {months[value.month - 1]} {value.year}"
