"""The target dates of the register as an iCalendar file (RFC 5545), written with ``icalendar``.

Each dated item is an all-day event on its target date, so that any calendar shows it on that
day. The UID is derived from the trajectory and the item's place and text, so exporting again
updates the same events in a calendar instead of adding copies.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from icalendar import Calendar, Event

from staan_desktop.domain.document import ActionItem, Trajectory
from staan_desktop.domain.register import STATUS_LABELS, is_overdue

PRODID = "-//STAAN Desktop//Resultaten en acties//NL"


def _uid(tree: Trajectory, index: int, item: ActionItem) -> str:
    seed = f"{tree.trajectory.title}\x00{index}\x00{item.description}".encode()
    return hashlib.sha256(seed).hexdigest()[:32] + "@staan-desktop"


def to_ics(tree: Trajectory, *, today: dt.date, stamp: dt.datetime) -> bytes:
    """``today`` decides the overdue mark; ``stamp`` is the DTSTAMP (UTC) of every event."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"Acties – {tree.trajectory.short_name or tree.trajectory.title}")
    for index, item in enumerate(tree.actions):
        if item.target_date is None:
            continue
        event = Event()
        event.add("uid", _uid(tree, index, item))
        event.add("dtstamp", stamp.astimezone(dt.UTC))
        event.add("dtstart", item.target_date)
        event.add("dtend", item.target_date + dt.timedelta(days=1))
        mark = "TE LAAT: " if is_overdue(item, today) else ""
        event.add("summary", f"{mark}{item.kind.value.capitalize()}: {item.description}")
        lines = [f"Status: {STATUS_LABELS[item.status]}"]
        owner = ", ".join(x for x in (item.owner_person, item.owner_party or "") if x)
        if owner:
            lines.append(f"Eigenaar: {owner}")
        if item.task_field:
            lines.append(f"Taakveld: {item.task_field}")
        if item.option:
            lines.append(f"Optie: {item.option}")
        if item.chapter:
            lines.append(f"Hoofdstuk: {item.chapter}")
        event.add("description", "\n".join(lines))
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data
