"""The ``comments`` subcommand: the reviewers' comments from the command line.

    main.py comments FILE [--all]                      list them, with author and municipality
    main.py comments add FILE --text T --author A [--party P] [--section S]
    main.py comments import COPY FILE                  take in the comments of a returned copy

Registered by :mod:`staan_desktop.cli` through ``EXTRA_COMMANDS``; same exit codes and one-line
Dutch errors as every subcommand.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from staan_desktop.domain.messages import msg
from staan_desktop.services.errors import ValidationError

USAGE = (
    "%(prog)s BESTAND.staan [--all]\n"
    "       %(prog)s add BESTAND.staan --text TEKST --author NAAM [--party GEMEENTE] [--section HOOFDSTUK]\n"
    "       %(prog)s import KOPIE.staan BESTAND.staan"
)


def _section(doc, wanted: str) -> int:  # type: ignore[no-untyped-def]
    """The id of the section named ``wanted`` (its title, without regard to case, or its number
    in the list of chapters)."""
    from staan_desktop.services import queries

    sections = queries.sections(doc)
    if wanted.isdigit() and 1 <= int(wanted) <= len(sections):
        return sections[int(wanted) - 1].id
    every, waiting = [], list(sections)
    while waiting:
        section = waiting.pop(0)
        every.append(section)
        waiting[:0] = section.children
    for section in every:
        if section.title.casefold() == wanted.strip().casefold():
            return section.id
    raise ValidationError(msg("cli.no_such_chapter", wanted=wanted))


def _list(args: argparse.Namespace, file: Path) -> int:
    from staan_desktop.services.review import list_comments
    from staan_desktop.services.store import open_document

    with open_document(file, read_only=True) as doc:
        comments = list_comments(doc, open_only=not args.all)
    if not comments:
        print("Geen openstaande opmerkingen." if not args.all else "Geen opmerkingen.")
        return 0
    for c in comments:
        state = "open" if c.is_open else f"afgehandeld door {c.resolved_by}"
        gone = "" if c.target_exists else " (bestaat niet meer)"
        who = f"{c.author} ({c.party})" if c.party else c.author
        print(f"#{c.id} [{state}] {c.target_label}{gone} – {who}, {c.created_at}")
        print(f"    {c.text}")
        if c.resolution:
            print(f"    ↳ {c.resolution}")
    return 0


def _add(args: argparse.Namespace, file: Path) -> int:
    from staan_desktop.cli_versions import _writable
    from staan_desktop.services.review import add_comment

    if not args.text or not args.author:
        raise ValidationError(msg("cli.comment_needs_text_author"))
    with _writable(file) as doc:
        target = ("section", _section(doc, args.section)) if args.section else ("", None)
        comment = add_comment(doc, text=args.text, author=args.author, party=args.party or "",
                              target_table=target[0], target_id=target[1])  # fmt: skip
    print(f"Opmerking #{comment.id} geplaatst bij {comment.target_label}.")
    return 0


def _import(copy: Path, file: Path) -> int:
    from staan_desktop.cli_versions import _writable
    from staan_desktop.services.comment_import import import_comments

    with _writable(file) as doc:
        report = import_comments(doc, copy)
    print(report.summary())
    return 0


def cmd_comments(args: argparse.Namespace) -> int:
    words = list(args.words)
    if words[0] == "import":
        if len(words) != 3:
            raise ValidationError(msg("cli.comments_import_usage"))
        return _import(Path(words[1]), Path(words[2]))
    if words[0] == "add":
        if len(words) != 2:
            raise ValidationError(msg("cli.comments_add_usage"))
        return _add(args, Path(words[1]))
    if len(words) != 1:
        raise ValidationError(msg("cli.comments_usage"))
    return _list(args, Path(words[0]))


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("comments", usage=USAGE, help="toon, plaats of haal opmerkingen van beoordelaars op")
    p.add_argument("words", nargs="+", metavar="BESTAND.staan", help="of: add BESTAND.staan, of: import KOPIE.staan BESTAND.staan")
    p.add_argument("--all", action="store_true", help="ook de afgehandelde")
    p.add_argument("--text", help="de opmerking (bij add)")
    p.add_argument("--author", help="wie haar schrijft (bij add)")
    p.add_argument("--party", help="namens welke gemeente (bij add)")
    p.add_argument("--section", help="het hoofdstuk, titel of nummer (bij add; anders het hele document)")
    p.set_defaults(handler=cmd_comments)
