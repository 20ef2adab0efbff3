"""``main.py room FILE.staan``: the room for participants' phones without the window.

Prints the join address (and a QR code in the terminal), checks that a phone could reach it,
and takes the facilitator's commands line by line on standard input until ``stop``, Ctrl+C
or SIGTERM; then the room closes (the open round's scores enter the document) and the server
stops. Without input (standard input closed) it serves until it is stopped.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from staan_desktop.domain.messages import msg
from staan_desktop.services.errors import StaanError

#: The room's usual port: one number for the firewall rule the installer may add.
DEFAULT_PORT = 8765

HELP = (
    "Opdrachten: ronde taakvelden|opties|uitspraken [gemiddelde|mediaan] · sluit · toon · wachtend · "
    "accepteer N · weiger N · aanwezig · stop"
)
KINDS = {"taakvelden": "task_fields", "opties": "options", "uitspraken": "statements"}
RULES = {"gemiddelde": "mean", "mediaan": "median"}


def _say(line: str) -> None:
    print(line, flush=True)


def _host(args: argparse.Namespace) -> str:
    from staan_desktop.services.room import addresses

    if args.host:
        return str(args.host)
    chosen = addresses.choose()
    if not chosen:
        raise StaanError(
            msg("cli.room_no_network")
        )
    return chosen[0].address


def _qr(url: str) -> None:
    import segno

    try:
        segno.make(url, error="m").terminal(out=sys.stdout, compact=True, border=2)
    except (UnicodeEncodeError, OSError):
        segno.make(url, error="m").terminal(out=sys.stdout, border=2)
    sys.stdout.flush()


def _command(opened: Any, words: list[str]) -> bool:
    """Carry out one line; ``False`` when the room should close."""
    from staan_desktop.services.room.room import RoomRefusal

    room = opened.room
    what = words[0].lower()
    try:
        if what == "stop":
            return False
        if what == "ronde" and len(words) >= 2 and words[1] in KINDS:
            rule = RULES.get(words[2], "") if len(words) > 2 else "mean"
            if not rule:
                _say("staan: kies gemiddelde of mediaan.")
                return True
            current = room.open_round(KINDS[words[1]], rule).result()
            if current.scoring:
                _say(f"Ronde {current.id} open: {words[1]} ({len(current.items)} onderdelen, {len(current.criteria)} criteria).")
            else:
                _say(f"Ronde {current.id} open: {words[1]}.")
        elif what == "sluit":
            changes = room.close_round().result()
            _say(f"Ronde gesloten; {len(changes)} scores in het document.")
        elif what == "toon":
            room.reveal().result()
            _say("Uitkomst getoond op de telefoons.")
        elif what == "wachtend":
            for pending in room.pending():
                _say(f"{pending.id}. [{pending.municipality}] {pending.text}")
        elif what in ("accepteer", "weiger") and len(words) == 2 and words[1].isdigit():
            room.moderate(int(words[1]), accept=what == "accepteer").result()
            _say("Opgenomen als uitspraak." if what == "accepteer" else "Geweigerd.")
        elif what == "aanwezig":
            for name, count in room.presence().items():
                _say(f"{name}: {count}")
        else:
            _say(HELP)
    except (StaanError, RoomRefusal) as exc:
        _say(f"staan: {exc.message}")
    return True


def cmd_room(args: argparse.Namespace) -> int:
    from staan_desktop.cli_versions import _writable
    from staan_desktop.services.room import addresses
    from staan_desktop.services.room.room import Room
    from staan_desktop.services.room.server import open_room

    host = _host(args)
    with _writable(args.file) as doc:
        opened = open_room(Room(doc), host, args.port)
        stop = threading.Event()
        previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
        try:
            _say(f"Zaal geopend voor ‘{Path(args.file).name}’ op {host}:{opened.server.port}.")
            _say(f"Deelnemers: {opened.join_url}")
            if not args.no_qr:
                _qr(opened.join_url)
            check = addresses.preflight(host, opened.server.port, opened.server.instance)
            _say(check.advice)
            _say(HELP)
            _serve(opened, stop)
        except KeyboardInterrupt:
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
            changes = opened.close()
            _say(f"Zaal gesloten; {len(changes)} scores in het document.")
    return 0


def _serve(opened: Any, stop: threading.Event) -> None:
    # Standard input is read on its own thread, so that SIGTERM (which only sets ``stop``)
    # ends the room even while a line is awaited.
    def read() -> None:
        for line in sys.stdin:
            words = line.split()
            if words and not _command(opened, words):
                break
        else:
            return  # no more input: serve until stopped
        stop.set()

    threading.Thread(target=read, name="room-commands", daemon=True).start()
    while not stop.wait(0.5):
        pass


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"‘{value}’ is geen poortnummer") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError("een poort ligt tussen 0 en 65535")
    return port


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("room", help="open de zaal: deelnemers scoren en dragen bij met hun telefoon")
    p.add_argument("file", type=Path, metavar="BESTAND.staan")
    p.add_argument("--host", default=None, metavar="ADRES", help="het adres (standaard: het wifi- of netwerkadres)")
    p.add_argument("--port", type=_port, default=DEFAULT_PORT, metavar="POORT", help=f"standaard {DEFAULT_PORT}; 0 kiest een vrije")
    p.add_argument("--no-qr", action="store_true", help="geen QR-code in de terminal")
    p.set_defaults(handler=cmd_room)
