"""The ``weights`` subcommand: the municipalities' own weights of the criteria from the
command line.

    main.py weights FILE                                        the weights and the ranking per weight set
    main.py weights set FILE --criterion C --municipality G --weight W   give G its own weight of C
    main.py weights clear FILE --municipality G [--criterion C]       C (or every criterion) back on the shared weight

The listing reads what the window's panel (Ctrl+G on a scoring page) and the PDF show: the grid of
criteria × municipalities and, for the short-listed task fields and for the options, the place
and class under the shared weights beside those under each municipality's weights, marked where
they differ (the rule: :mod:`staan_desktop.domain.weight_sets`). ``set`` and ``clear`` store through
the same service as the window (:func:`~staan_desktop.services.edits.set_criterion_weight`): one
transaction, validated, refused on a signed-off version; each prints the command that puts the
former weight back, the command line's undo.

Registered by :mod:`staan_desktop.cli` through ``EXTRA_COMMANDS``; same exit codes and one-line
Dutch errors as every subcommand.
"""

from __future__ import annotations

import argparse
import shlex
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from staan_desktop.domain.messages import Message, MessageError, message_of, msg
from staan_desktop.services.errors import ValidationError

if TYPE_CHECKING:  # the document layer loads only when a command runs (tests/test_cli_imports.py)
    from staan_desktop.domain.weight_sets import Standing, WeightComparison

USAGE = (
    "%(prog)s BESTAND.staan\n"
    "       %(prog)s set BESTAND.staan --criterion NAAM --municipality NAAM --weight GETAL\n"
    "       %(prog)s clear BESTAND.staan --municipality NAAM [--criterion NAAM]"
)
#: Marks a cell where a municipality's weights move an item (the PDF makes it bold).
MOVED = "*"


def weight_text(value: float) -> str:
    """"3", "0,25", "1,5": a weight in full, with a decimal comma (as the window and PDF write it)."""
    return f"{value:g}".replace(".", ",")


def standing_text(standing: Standing) -> str:
    return f"{'–' if standing.rank is None else standing.rank} · {standing.label}"


def _columns(rows: Sequence[Sequence[str]]) -> list[str]:
    """The rows as lines of left-aligned columns two spaces apart."""
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
    return ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]


def comparison_lines(comparison: WeightComparison[str], item_head: str) -> list[str]:
    """The ranking per weight set as a table, what moves marked, and who moves what."""
    head = [item_head, "Gedeelde gewichten", *comparison.sets]
    rows = [head]
    for item in comparison.items:
        rows.append([item.key, standing_text(item.shared),
                     *(standing_text(s) + (f" {MOVED}" if item.moved(i) else "") for i, s in enumerate(item.by_set))])
    lines = _columns(rows)
    summary = []
    for index, name in enumerate(comparison.sets):
        classes, ranks = len(comparison.class_changes(index)), len(comparison.rank_changes(index))
        summary.append(f"{name}: {classes} in een andere klasse, {ranks} op een andere plaats" if classes or ranks
                       else f"{name}: geen verschil")
    lines.append(f"{MOVED} een andere klasse of plaats onder de gewichten van die gemeente.")
    lines.append(" · ".join(summary))
    return lines


def _show(file: Path) -> int:
    from staan_desktop.domain.methods import capital, terms_of
    from staan_desktop.services import methods, option_queries
    from staan_desktop.services.store import open_document
    from staan_desktop.services.weight_view import option_comparison, task_field_comparison, weight_grid

    with open_document(file, read_only=True) as doc:
        grid = weight_grid(doc)
        terms = terms_of(methods.method_of(doc))
        task_fields = task_field_comparison(doc, grid)
        options = option_comparison(doc) if option_queries.options(doc) else None
    if not grid.criteria or not grid.municipalities:
        print("Eigen gewichten vragen om criteria en gemeenten; dit document heeft ze nog niet.")
        return 0
    print("Gewichten per gemeente (· : het gedeelde gewicht telt)")
    rows = [["Criterium", "Gedeeld", *(m.name for m in grid.municipalities)]]
    for criterion in grid.criteria:
        own = [grid.weights.get((criterion.id, m.id)) for m in grid.municipalities]
        rows.append([criterion.name, weight_text(criterion.weight), *("·" if w is None else weight_text(w) for w in own)])
    print("\n".join(_columns(rows)))
    if not grid.sets():
        print("Nog geen gemeente met eigen gewichten: de gedeelde gewichten gelden voor iedereen.")
        return 0
    for title, comparison, head in ((terms.task_fields, task_fields, capital(terms.task_field)), ("opties", options, "Optie")):
        if comparison is None or not comparison.items:
            continue
        print()
        print(f"Rangorde per gewichtenset: {title}")
        print("\n".join(comparison_lines(comparison, head)))
    return 0


def _find(items: Sequence[Any], wanted: str, refusal: Callable[[str], Message]) -> Any:
    """The item named ``wanted`` (without regard to case), or numbered so from 1; else ``refusal(wanted)``."""
    if wanted.strip().isdigit() and 1 <= int(wanted) <= len(items):
        return items[int(wanted) - 1]
    for item in items:
        if item.name.casefold() == wanted.strip().casefold():
            return item
    raise ValidationError(refusal(wanted))


def _weight(text: str) -> float:
    from staan_desktop.domain.cost_keys import parse_dutch_number

    try:
        return parse_dutch_number(text)
    except MessageError as exc:
        raise ValidationError(message_of(exc)) from None


def _undo_command(file: Path, municipality: str, criterion: str, former: float | None) -> str:
    words = ["weights", "set" if former is not None else "clear", str(file), "--criterion", criterion, "--municipality", municipality]
    if former is not None:
        words += ["--weight", weight_text(former)]
    return "main.py " + shlex.join(words)


def _store(args: argparse.Namespace, file: Path, clear: bool) -> int:
    from staan_desktop.cli_versions import _writable
    from staan_desktop.services import edits, queries
    from staan_desktop.services.changes import FormerWeights

    if not args.municipality or (not clear and (not args.criterion or args.weight is None)):
        raise ValidationError(msg("cli.weights_clear_usage") if clear else msg("cli.weights_set_usage"))
    weight = None if clear else _weight(args.weight)
    with _writable(file) as doc:
        municipality = _find(queries.municipalities(doc), args.municipality,
                             lambda wanted: msg("cli.no_such_municipality", wanted=wanted))
        criteria = queries.criteria(doc)
        if clear and not args.criterion:
            change = edits.clear_weight_set(doc, municipality_id=municipality.id)
        else:
            criterion = _find(criteria, args.criterion, lambda wanted: msg("cli.no_such_criterion", wanted=wanted))
            change = edits.set_criterion_weight(doc, criterion_id=criterion.id, municipality_id=municipality.id, weight=weight)
    assert isinstance(change.inverse, FormerWeights)
    names = {c.id: c for c in criteria}
    if clear and not args.criterion:
        print(f"{municipality.name} volgt weer overal de gedeelde gewichten.")
    for criterion_id, _municipality_id, former in change.inverse.entries:
        criterion = names[criterion_id]
        if not (clear and not args.criterion):
            now = weight_text(weight) if weight is not None else f"het gedeelde gewicht ({weight_text(criterion.weight)})"
            print(f"Gewicht van {municipality.name} voor {criterion.name}: {now}.")
        was = weight_text(former) if former is not None else f"het gedeelde gewicht ({weight_text(criterion.weight)})"
        print(f"  was {was}; terugzetten: {_undo_command(file, municipality.name, criterion.name, former)}")
    return 0


def cmd_weights(args: argparse.Namespace) -> int:
    words = list(args.words)
    if words[0] in ("set", "clear"):
        if len(words) != 2:
            raise ValidationError(msg("cli.weights_set_usage") if words[0] == "set" else msg("cli.weights_clear_usage"))
        return _store(args, Path(words[1]), clear=words[0] == "clear")
    if len(words) != 1:
        raise ValidationError(msg("cli.weights_usage"))
    return _show(Path(words[0]))


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("weights", usage=USAGE,
                       help="toon de gewichten per gemeente en de rangorde per gewichtenset, of zet (set) of wis (clear) een gewicht")
    p.add_argument("words", nargs="+", metavar="BESTAND.staan", help="of: set BESTAND.staan, of: clear BESTAND.staan")
    p.add_argument("--criterion", help="het criterium, naam of nummer (bij set en clear; bij clear zonder: alle criteria)")
    p.add_argument("--municipality", help="de gemeente wier gewicht het is (bij set en clear)")
    p.add_argument("--weight", help="het eigen gewicht, 0 tot en met 1000, bijvoorbeeld 2,5 (bij set)")
    p.set_defaults(handler=cmd_weights)
