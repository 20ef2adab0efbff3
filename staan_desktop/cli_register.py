"""Command-line parts of what follows the session: ``export --ics`` writes the target dates of
the register as a calendar file, ``acties`` lists the register with overdue items marked, ``kostensleutels`` compares the cost keys, ``waar-beantwoord`` lists mandates and questions with
where they are answered."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"‘{value}’ is geen datum (schrijf jjjj-mm-dd)") from None


def _export_with_ics(args: argparse.Namespace, previous: Callable[[argparse.Namespace], int]) -> int:
    if args.ics is None:
        return previous(args)
    # Only now: the calendar library is not needed by an export without --ics.
    from staan_desktop.services.file_admission import inspect_file
    from staan_desktop.services.register import export_ics
    from staan_desktop.services.store import open_document

    inspect_file(args.file)
    with open_document(args.file, read_only=True) as doc:
        count = export_ics(doc, args.ics, today=args.today or dt.date.today())
    print(f"Agenda geschreven: {args.ics} ({count} streefdata)")
    if args.json or args.pdf:
        return previous(args)
    return 0


def cmd_actions(args: argparse.Namespace) -> int:
    from staan_desktop.domain.register import STATUS_LABELS, dutch_date
    from staan_desktop.services.register import actions
    from staan_desktop.services.store import open_document

    today = args.today or dt.date.today()
    with open_document(args.file, read_only=True) as doc:
        views = actions(doc, today=today)
    if not views:
        print("Het register van resultaten en acties is leeg.")
        return 0
    for number, view in enumerate(views, 1):
        item = view.item
        when = dutch_date(item.target_date) if item.target_date else "geen streefdatum"
        owner = ", ".join(x for x in (item.owner_person, item.owner_party or "") if x) or "geen eigenaar"
        mark = "  TE LAAT" if view.overdue else ""
        print(f"{number:>3}. [{STATUS_LABELS[item.status]}] {item.description} — {owner} — {when}{mark}")
    late = sum(v.overdue for v in views)
    print(f"{len(views)} items, {late} te laat (peildatum {dutch_date(today)}).")
    return 0


def cmd_cost_keys(args: argparse.Namespace) -> int:
    from staan_desktop.domain.cost_keys import compare, dutch_percentage
    from staan_desktop.services.interchange import load_tree
    from staan_desktop.services.store import open_document

    with open_document(args.file, read_only=True) as doc:
        tree = load_tree(doc)
    if not tree.cost_keys:
        print("Er zijn nog geen verdeelsleutels.")
        return 0
    comparisons = compare(tree.cost_keys, tree.key_figures, tree.municipalities)
    width = max(len(m) for m in tree.municipalities) + 2 if tree.municipalities else 10
    print("".ljust(width) + "".join(c.key.name[:18].rjust(20) for c in comparisons))
    for m in tree.municipalities:
        print(m.ljust(width) + "".join(
            (dutch_percentage(c.percentages[m]) if c.percentages else "–").rjust(20) for c in comparisons
        ))
    for c in comparisons:
        if c.problem:
            print(f"{c.key.name}: {c.problem}")
        if c.key.chosen:
            print(f"Gekozen: {c.key.name}" + (f" – {c.key.reasons.strip()}" if c.key.reasons.strip() else ""))
    return 0


def cmd_answered(args: argparse.Namespace) -> int:
    from staan_desktop.services.interchange import load_tree
    from staan_desktop.services.store import open_document

    with open_document(args.file, read_only=True) as doc:
        tree = load_tree(doc)
    rows = [(m.municipality or "alle raden", f"{m.kind.value}: {m.text}", m.answered_in, m.status.value) for m in tree.mandates]
    rows += [(q.theme or "open vraag", q.text, q.answered_in, q.status.value) for q in tree.open_questions]
    rows += [(k.name, q.text, q.answered_in, q.status.value) for k in tree.knowledge_agenda for q in k.questions]
    if not rows:
        print("Er zijn geen kaders, open vragen of kennisvragen.")
        return 0
    for who, text, where, status in rows:
        print(f"[{status}] {who} — {text} — {'beantwoord in ' + where if where.strip() else 'nog niet beantwoord'}")
    open_count = sum(status != "beantwoord" for *_rest, status in rows)
    print(f"{len(rows)} vragen en kaders, {open_count} nog niet beantwoord.")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.choices["export"]
    export.add_argument("--ics", type=Path, metavar="UIT.ics", help="de streefdata van resultaten en acties als agenda")
    export.add_argument("--today", type=_day, default=None, metavar="JJJJ-MM-DD", help="peildatum voor ‘te laat’ (standaard: vandaag)")
    previous = export.get_default("handler")
    export.set_defaults(handler=lambda args: _export_with_ics(args, previous))

    p = sub.add_parser("acties", help="toon het register van resultaten en acties")
    p.add_argument("file", type=Path, metavar="BESTAND.staan")
    p.add_argument("--today", type=_day, default=None, metavar="JJJJ-MM-DD", help="peildatum voor ‘te laat’ (standaard: vandaag)")
    p.set_defaults(handler=cmd_actions)

    p = sub.add_parser("kostensleutels", help="vergelijk de verdeelsleutels: het aandeel van elke gemeente")
    p.add_argument("file", type=Path, metavar="BESTAND.staan")
    p.set_defaults(handler=cmd_cost_keys)

    p = sub.add_parser("waar-beantwoord", help="toon kaders, open vragen en kennisvragen met waar ze beantwoord zijn")
    p.add_argument("file", type=Path, metavar="BESTAND.staan")
    p.set_defaults(handler=cmd_answered)
