"""``export`` for publication: ``--docx OUT.docx [--template T.dotx]``, ``--public`` and
``--bundle OUT.zip``. Registered by :mod:`staan_desktop.cli` after the signing options, so that
a plain ``--json``/``--pdf`` export still goes through the handler those options wrap.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from staan_desktop.domain.messages import msg
from staan_desktop.services.errors import StaanError

Handler = Any


def _publish(args: argparse.Namespace, original: Handler) -> int:
    from staan_desktop.services.file_admission import inspect_file

    if args.template is not None and not (args.docx or args.bundle):
        raise StaanError(msg("cli.template_needs_docx"))
    if args.public and not (args.json or args.pdf or args.docx):
        raise StaanError(msg("cli.public_needs_target"))
    if args.public and getattr(args, "sign", None):
        raise StaanError(msg("cli.public_not_signed"))
    if args.template is not None:
        # A bad template is refused before anything is written.
        from staan_desktop.services.word_export import check_template

        check_template(args.template)
    if (args.json or args.pdf) and not args.public:
        result: int = original(args)
        if result != 0:
            return result
    inspect_file(args.file)
    from staan_desktop.services.locking import LockError, acquire

    # Writable under the lock, as a plain export opens it (an older document is migrated, after
    # a backup); read-only when another instance holds it.
    try:
        lock = acquire(args.file)
    except LockError:
        lock = None
    try:
        return _write(args, lock is None)
    finally:
        if lock is not None:
            lock.release()


def _write(args: argparse.Namespace, read_only: bool) -> int:
    from staan_desktop.services.store import open_document

    with open_document(args.file, read_only=read_only) as doc:
        if args.public:
            from staan_desktop.services.publication import export_public

            written = export_public(doc, version=args.version, json_path=args.json, pdf_path=args.pdf,
                                    docx_path=args.docx, template=args.template)
            for line in written:
                print(line)
        elif args.docx:
            from staan_desktop.services.word_export import export_docx

            export_docx(doc, args.docx, version=args.version, template=args.template,
                        include_open_comments=getattr(args, "comments", False))
            print(f"Word-bestand geschreven: {args.docx}")
        if args.bundle:
            from staan_desktop.services.publication import export_bundle

            report = export_bundle(doc, args.bundle, version=args.version, template=args.template)
            print(f"Publicatiebundel geschreven: {args.bundle} ({report})")
    return 0


def register(sub: argparse._SubParsersAction[Any]) -> None:
    export = sub.choices.get("export")
    if export is None:
        return
    export.add_argument("--docx", type=Path, metavar="UIT.docx", help="schrijf het startdocument als Word-bestand")
    export.add_argument("--template", type=Path, default=None, metavar="SJABLOON.dotx",
                        help="gebruik de stijlen van dit Word-sjabloon (.dotx of .docx)")
    export.add_argument("--public", action="store_true",
                        help="openbare versie: namen zonder publieke functie vervangen door rol en organisatie")
    export.add_argument("--bundle", type=Path, metavar="UIT.zip",
                        help="publicatiebundel: PDF, Word, JSON, openbare versies, redactielog en toetsingsrapport")
    original: Handler = export.get_default("handler")

    def handler(args: argparse.Namespace) -> int:
        if not (args.docx or args.public or args.bundle or args.template is not None):
            return int(original(args))
        return _publish(args, original)

    export.set_defaults(handler=handler)
