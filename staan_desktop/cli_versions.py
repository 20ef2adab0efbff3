"""Command-line subcommands for review, sign-off and versions.

``signoff``, ``draft``, ``history``, ``diff`` and ``verify`` (``comments`` is in
:mod:`staan_desktop.cli_comments`); plus the options
``--sign``, ``--passphrase-file`` and ``--comments`` of ``export``. Registered by
:mod:`staan_desktop.cli` through ``EXTRA_COMMANDS``; same exit codes and one-line Dutch errors.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from staan_desktop.domain.messages import msg
from staan_desktop.services.errors import StaanError

if TYPE_CHECKING:  # the commands import the services when they run, to start quickly
    from staan_desktop.services.store import Document

Handler = Callable[[argparse.Namespace], int]


@contextmanager
def _writable(path: Path) -> Iterator[Document]:
    """Open for writing only when no other instance holds the document (the lock file)."""
    from staan_desktop.services import locking
    from staan_desktop.services.store import open_document

    try:
        lock = locking.acquire(path)
    except locking.ForeignLock:
        raise  # something else stands where the lock belongs: nobody can tell who writes
    except locking.LockUnavailable:
        lock = None  # a read-only folder: the write below fails with its own clear message
    try:
        with open_document(path) as doc:
            for notice in doc.notices:  # what opening repaired (a rollback, a conversion)
                print(f"staan: {notice}", file=sys.stderr)
            yield doc
    finally:
        if lock is not None:
            lock.release()


def _who(args: argparse.Namespace) -> str:
    if args.by:
        by: str = args.by
        return by
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def cmd_signoff(args: argparse.Namespace) -> int:
    from staan_desktop.domain.fingerprint import grouped
    from staan_desktop.services.review import open_comments
    from staan_desktop.services.signoff import sign_off

    with _writable(args.file) as doc:
        info = sign_off(doc, decided_on=args.date, members=args.member, meeting=args.meeting, recorded_by=_who(args))
        remaining = len(open_comments(doc))
    print(f"{info.statement}: versie {info.version} is bevroren.")
    print(f"Leden: {', '.join(info.members)}")
    print(f"Vingerafdruk: {grouped(info.fingerprint)}")
    if remaining:
        print(f"Let op: er staan nog {remaining} opmerking(en) open.")
    return 0


def cmd_draft(args: argparse.Namespace) -> int:
    from staan_desktop.services.versions import start_new_draft

    with _writable(args.file) as doc:
        state = start_new_draft(doc, started_by=_who(args))
    print(f"Nieuwe conceptversie {state.working} begonnen (op basis van versie {state.latest_signed}).")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from staan_desktop.domain.review_info import dutch_date
    from staan_desktop.services.store import open_document
    from staan_desktop.services.versions import list_versions, state

    with open_document(args.file, read_only=True) as doc:
        history = list_versions(doc)
        current = state(doc)
    if not history:
        print("Nog geen vastgestelde versies; versie 1 is in bewerking (concept).")
        return 0
    for v in history:
        meeting = f" ({v.meeting})" if v.meeting else ""
        print(f"Versie {v.number}: vastgesteld op {dutch_date(v.decided_on)}{meeting}")
        print(f"  door: {', '.join(v.members)}")
        print(f"  vastgelegd: {v.created_at}{' door ' + v.recorded_by if v.recorded_by else ''}")
        print(f"  vingerafdruk: {v.fingerprint}")
        print(f"  exports: {v.exports}")
    if not current.frozen:
        print(f"Versie {current.working} is in bewerking (concept).")
    return 0


def _which(value: str) -> int | None:
    if value.lower() in ("concept", "huidig"):
        return None
    if not value.isdigit():
        raise StaanError(msg("cli.not_a_version_number", value=value))
    return int(value)


def cmd_diff(args: argparse.Namespace) -> int:
    from staan_desktop.domain.comparison import compare, format_differences
    from staan_desktop.services.store import open_document
    from staan_desktop.services.versions import tree_of

    old, new = _which(args.old), _which(args.new)
    with open_document(args.file, read_only=True) as doc:
        a, b = tree_of(doc, old), tree_of(doc, new)

    def label(n: int | None) -> str:
        return "het concept" if n is None else f"versie {n}"

    print(format_differences(compare(a, b), label(old), label(new)))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    import sys

    from staan_desktop.services.store import open_document
    from staan_desktop.services.verification import verify_pdf

    with open_document(args.file, read_only=True) as doc:
        report = verify_pdf(args.pdf, doc)
    print(report.text, file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1


def signer_from_args(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The signer for ``export --sign CERT.p12 [--passphrase-file F]`` (``None`` without)."""
    from staan_desktop.services.pdf_signing import load_signer, read_passphrase_file

    if not getattr(args, "sign", None):
        return None
    passphrase = read_passphrase_file(args.passphrase_file) if args.passphrase_file else None
    return load_signer(args.sign, passphrase)


def _export_options(sub: argparse._SubParsersAction[Any]) -> None:
    export = sub.choices.get("export")
    if export is None:
        return
    export.add_argument("--sign", type=Path, metavar="CERT.p12", help="onderteken de PDF met dit PKCS#12-certificaat")
    export.add_argument("--passphrase-file", type=Path, metavar="BESTAND", help="bestand met het wachtwoord van het certificaat")
    export.add_argument("--comments", action="store_true", help="neem de openstaande opmerkingen op als bijlage")
    original: Handler = export.get_default("handler")

    def handler(args: argparse.Namespace) -> int:
        # Load the certificate before rendering: a wrong passphrase should cost no waiting.
        args.signer = signer_from_args(args)
        result = original(args)
        if result == 0 and args.signer is not None and args.pdf is not None and not _is_signed(args.pdf):
            raise StaanError(msg("cli.pdf_written_not_signed"))
        return result

    export.set_defaults(handler=handler)


def _is_signed(path: Path) -> bool:
    from pyhanko.pdf_utils.reader import PdfFileReader

    with Path(path).open("rb") as handle:
        return bool(PdfFileReader(handle, strict=False).embedded_signatures)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("signoff", help="leg de vaststelling door de stuurgroep vast (bevriest de versie)")
    p.add_argument("file", type=Path, metavar="BESTAND.staan")
    p.add_argument("--date", required=True, metavar="JJJJ-MM-DD", help="datum van het besluit")
    p.add_argument("--member", action="append", required=True, metavar="NAAM", help="lid dat instemde (herhaalbaar)")
    p.add_argument("--meeting", default="", metavar="TEKST", help="de vergadering, bijv. ‘Stuurgroep 3’")
    p.add_argument("--by", default="", metavar="NAAM", help="wie de vaststelling vastlegt")
    p.set_defaults(handler=cmd_signoff)

    p = sub.add_parser("draft", help="begin een nieuwe conceptversie na een vaststelling")
    p.add_argument("file", type=Path, metavar="BESTAND.staan")
    p.add_argument("--by", default="", metavar="NAAM")
    p.set_defaults(handler=cmd_draft)

    p = sub.add_parser("history", help="toon de vastgestelde versies")
    p.add_argument("file", type=Path, metavar="BESTAND.staan")
    p.set_defaults(handler=cmd_history)

    p = sub.add_parser("diff", help="vergelijk twee versies (een nummer of ‘concept’)")
    p.add_argument("file", type=Path, metavar="BESTAND.staan")
    p.add_argument("old", metavar="VAN")
    p.add_argument("new", metavar="NAAR")
    p.set_defaults(handler=cmd_diff)

    p = sub.add_parser("verify", help="controleer of een PDF bij een versie van het document hoort")
    p.add_argument("pdf", type=Path, metavar="DOCUMENT.pdf")
    p.add_argument("file", type=Path, metavar="BESTAND.staan")
    p.set_defaults(handler=cmd_verify)

    _export_options(sub)
