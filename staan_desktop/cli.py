"""The command line: the same services as the application, without a window.

Every command exits 0 on success and otherwise prints one Dutch line on stderr and exits
non-zero (1: the input was refused, 2: the command line itself was wrong).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from staan_desktop import __version__
from staan_desktop.domain.messages import msg
from staan_desktop.services.errors import StaanError, as_refusal

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"staan: {message}\n")


def _staan_path(value: str) -> Path:
    return Path(value)


def cmd_new(args: argparse.Namespace) -> int:
    from staan_desktop.services.interchange import new_from_template

    if args.method:
        from staan_desktop.services import methods

        doc = methods.create_from_method(args.file, methods.find(args.method, methods.user_folder()), args.title)
    else:
        doc = new_from_template(args.file, args.template, args.title)
    doc.close()
    print(f"Nieuw document gemaakt: {args.file}")
    return 0


def cmd_methods(args: argparse.Namespace) -> int:
    from staan_desktop.services import methods

    for method in methods.available(methods.user_folder()):
        print(f"{method.key}\t{method.name}")
    return 0


def cmd_save_method(args: argparse.Namespace) -> int:
    from staan_desktop.services import methods
    from staan_desktop.services.store import open_document

    with open_document(args.file, read_only=True) as doc:
        method, path = methods.save_structure(doc, methods.user_folder(), args.name, args.description)
    print(f"Methode ‘{method.name}’ bewaard: {path}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from staan_desktop.services.interchange import import_json

    doc = import_json(args.json, args.output)
    doc.close()
    print(f"Geïmporteerd in {args.output}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from staan_desktop.services.file_admission import inspect_file
    from staan_desktop.services.interchange import export_json
    from staan_desktop.services.locking import LockError, acquire
    from staan_desktop.services.store import open_document

    if not args.json and not args.pdf:
        raise StaanError(msg("cli.export_needs_target"))
    inspect_file(args.file)
    lock = None
    if args.pdf:
        # Writable (under the lock) so that the hash of a signed-off version's PDF is recorded
        # for `verify`; read-only when another instance holds the document.
        try:
            lock = acquire(args.file)
        except LockError:
            lock = None
    try:
        with open_document(args.file, read_only=lock is None) as doc:
            if args.json:
                export_json(doc, args.json)
                print(f"JSON geschreven: {args.json}")
            if args.pdf:
                from staan_desktop.services.pdf_export import export_pdf

                export_pdf(
                    doc,
                    args.pdf,
                    version=args.version,
                    signer=getattr(args, "signer", None),
                    include_open_comments=getattr(args, "comments", False),
                )
                print(f"PDF geschreven: {args.pdf}")
    finally:
        if lock is not None:
            lock.release()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from staan_desktop.services.checks import check_document

    report = check_document(args.file)
    if report.problems:
        print(f"Het document ‘{args.file.name}’ heeft {len(report.problems)} probleem/problemen:", file=sys.stderr)
        for problem in report.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    migration = " (oudere opmaak; wordt bij openen bijgewerkt)" if report.needs_migration else ""
    print(f"In orde: {args.file.name}, schemaversie {report.revision}{migration}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from staan_desktop.domain.classification import NOT_SELECTED
    from staan_desktop.domain.outcomes import classify_all
    from staan_desktop.services.interchange import load_tree
    from staan_desktop.services.store import open_document

    with open_document(args.file, read_only=True) as doc:
        tree = load_tree(doc)
    info = tree.trajectory
    outcomes = classify_all(tree)
    lines = [
        f"Titel:          {info.title}",
        f"Korte naam:     {info.short_name}",
        f"Status:         {info.status.value}",
        f"Procesmanager:  {info.procesmanager}",
        f"Gemeenten:      {len(tree.municipalities)} ({', '.join(tree.municipalities)})",
        f"Hoofdstukken:   {len(tree.sections)}",
        f"Uitspraken:     {len(tree.statements)}",
        f"Taakvelden:     {len(tree.task_fields)} ({sum(tf.shortlisted for tf in tree.task_fields)} preferent)",
        f"Criteria:       {len(tree.criteria)}",
    ]
    for cls in tree.classes:
        count = sum(1 for o in outcomes.values() if o.class_key == cls.key)
        lines.append(f"  {cls.name + ':':<22}{count}")
    lines.append(f"  {NOT_SELECTED + ':':<22}{sum(1 for o in outcomes.values() if o.class_key is None)}")
    print("\n".join(lines))
    return 0


#: More lines than this of what a rescue left out are summed up in one.
_RESCUE_LINES = 50


def cmd_rescue(args: argparse.Namespace) -> int:
    from staan_desktop.services.rescue import rescue

    report = rescue(args.file, args.output)
    print(f"Gered in {args.output}: {report.kept} rijen overgenomen, {len(report.left_out)} weggelaten.")
    for left_out in report.left_out[:_RESCUE_LINES]:
        print(f"  weggelaten: {left_out}")
    if len(report.left_out) > _RESCUE_LINES:
        print(f"  … en nog {len(report.left_out) - _RESCUE_LINES} rijen")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="staan", description="STAAN Desktop zonder venster.")
    parser.add_argument("--version", action="version", version=f"STAAN Desktop {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="OPDRACHT")

    p = sub.add_parser("new", help="maak een nieuw document uit een sjabloon")
    p.add_argument("file", type=_staan_path, metavar="BESTAND.staan")
    p.add_argument("--template", default="staan-werkwijze", help="staan-werkwijze (standaard) of leeg")
    p.add_argument("--title", default=None, help="titel van het traject")
    p.add_argument("--method", default=None, metavar="METHODE",
                   help="volg een methode (zie ‘methods’): staan-werkwijze, verkenning, startgesprek of een eigen")
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("methods", help="toon de methoden die een traject kan volgen")
    p.set_defaults(handler=cmd_methods)

    p = sub.add_parser("save-method", help="bewaar de opbouw van een traject als nieuwe methode")
    p.add_argument("file", type=_staan_path, metavar="BESTAND.staan")
    p.add_argument("--name", required=True, help="naam van de nieuwe methode")
    p.add_argument("--description", default="", help="korte omschrijving")
    p.set_defaults(handler=cmd_save_method)

    p = sub.add_parser("import", help="maak een document uit een JSON-bestand")
    p.add_argument("json", type=Path, metavar="BESTAND.json")
    p.add_argument("-o", "--output", type=_staan_path, required=True, metavar="BESTAND.staan")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", help="schrijf een document als JSON en/of PDF")
    p.add_argument("file", type=_staan_path, metavar="BESTAND.staan")
    p.add_argument("--json", type=Path, metavar="UIT.json")
    p.add_argument("--pdf", type=Path, metavar="UIT.pdf")
    p.add_argument("--version", type=int, default=None, metavar="N", help="een eerdere vastgestelde versie")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("check", help="controleer integriteit en schema van een document")
    p.add_argument("file", type=_staan_path, metavar="BESTAND.staan")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("info", help="toon een samenvatting van een document")
    p.add_argument("file", type=_staan_path, metavar="BESTAND.staan")
    p.set_defaults(handler=cmd_info)

    p = sub.add_parser("rescue", help="maak een nieuw document van wat klopt in een geweigerd document")
    p.add_argument("file", type=_staan_path, metavar="BESTAND.staan")
    p.add_argument("-o", "--output", type=_staan_path, required=True, metavar="NIEUW.staan")
    p.set_defaults(handler=cmd_rescue)

    for register in EXTRA_COMMANDS:
        register(sub)
    return parser


#: Later features add their subcommands here (each a function taking the subparsers object).
EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction[Any]], None]] = []

from staan_desktop.cli_versions import register as _register_versions  # noqa: E402  (signoff, verify, history …)

EXTRA_COMMANDS.append(_register_versions)
from staan_desktop.cli_comments import register as _register_comments  # noqa: E402,I001  (comments: list, add, import)
EXTRA_COMMANDS.append(_register_comments)
from staan_desktop.cli_publish import register as _register_publish  # noqa: E402,I001  (export --docx, --public, --bundle)
EXTRA_COMMANDS.append(_register_publish)
from staan_desktop.cli_register import register as _register_after_session  # noqa: E402,I001  (export --ics, acties …)
EXTRA_COMMANDS.append(_register_after_session)
from staan_desktop.cli_room import register as _register_room  # noqa: E402,I001  (room: phones take part)
EXTRA_COMMANDS.append(_register_room)
from staan_desktop.cli_weights import register as _register_weights  # noqa: E402,I001  (weights: show, set, clear)
EXTRA_COMMANDS.append(_register_weights)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except StaanError as exc:
        print(f"staan: {exc.message}", file=sys.stderr)
        return 1
    except Exception as exc:
        # What a hostile document makes a library raise, wherever it surfaced (services/errors.py).
        refusal = as_refusal(exc, getattr(args, "file", None))
        if refusal is None:
            raise
        print(f"staan: {refusal.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("staan: afgebroken.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
