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
    "Opdrachten: ronde taakvelden|opties [gemiddelde|mediaan] [gemeente|naam] · "
    "ronde uitspraken [anoniem|gemeente|naam] · ronde belangen CATEGORIE [gemeente|naam] · "
    "ronde swot OPTIE [anoniem|gemeente|naam] · ronde ideeen [anoniem|gemeente|naam] · ronde peiling [anoniem|gemeente|naam] Vraag | keuze | keuze · "
    "doelen · sluit · toon · wachtend · accepteer N · weiger N · aanwezig · stop"
)
KINDS = {
    "taakvelden": "task_fields", "opties": "options", "uitspraken": "statements", "peiling": "poll",
    "belangen": "interests", "swot": "swot", "ideeen": "ideas", "ideeën": "ideas",
}
RULES = {"gemiddelde": "mean", "mediaan": "median"}
ANONYMITY = {"anoniem": "anonymous", "gemeente": "municipality", "naam": "named"}
#: Where the Wi-Fi password comes from on the command line (never an argument: others can
#: read a process's arguments).
WIFI_PASSWORD_VARIABLE = "STAAN_WIFI_PASSWORD"


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

    # ``eci`` as in gui/room_card.py: a Wi-Fi name beyond Latin-1 is read as UTF-8.
    try:
        segno.make(url, error="m", eci=True).terminal(out=sys.stdout, compact=True, border=2)
    except (UnicodeEncodeError, OSError):
        segno.make(url, error="m", eci=True).terminal(out=sys.stdout, border=2)
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
            _open_round(room, KINDS[words[1]], words[2:])
        elif what == "doelen":
            targets = room.targets()
            for item in targets["swot"]:
                _say(f"optie {item.id}: {item.name}")
            for item in targets["interests"]:
                _say(f"categorie {item.id}: {item.name}")
        elif what == "sluit":
            changes = room.close_round().result()
            _say(f"Ronde gesloten; {len(changes)} scores in het document.")
        elif what == "toon":
            room.reveal().result()
            _say("Uitkomst getoond op de telefoons.")
        elif what == "wachtend":
            for pending in room.pending():
                who = ", ".join(part for part in (pending.name, pending.municipality) if part) or "anoniem"
                where = f" ({pending.quadrant})" if pending.quadrant else ""
                _say(f"{pending.id}. [{who}]{where} {pending.text}")
        elif what in ("accepteer", "weiger") and len(words) == 2 and words[1].isdigit():
            room.moderate(int(words[1]), accept=what == "accepteer").result()
            _say("Opgenomen in het document." if what == "accepteer" else "Geweigerd.")
        elif what == "aanwezig":
            for name, count in room.presence().items():
                _say(f"{name}: {count}")
        else:
            _say(HELP)
    except (StaanError, RoomRefusal) as exc:
        _say(f"staan: {exc.message}")
    return True


def _open_round(room: Any, kind: str, words: list[str]) -> None:
    rule, anonymity, target, rest = "mean", "municipality", None, []
    for n, word in enumerate(words):
        if kind == "poll" and word not in ANONYMITY:
            rest = words[n:]
            break
        if word in RULES:
            rule = RULES[word]
        elif word in ANONYMITY:
            anonymity = ANONYMITY[word]
        elif word.isdigit() and target is None:
            target = int(word)
        else:
            _say(f"staan: ‘{word}’ begrijp ik niet. {HELP}")
            return
    question, *choices = [part.strip() for part in " ".join(rest).split("|")] if rest else [""]
    current = room.open_round(
        kind, rule, anonymity=anonymity, question=question, choices=choices, target_id=target
    ).result()
    shown = {v: k for k, v in ANONYMITY.items()}[current.anonymity]
    if current.scoring:
        _say(f"Ronde {current.id} open ({shown}): {len(current.items)} onderdelen, {len(current.criteria)} criteria.")
    elif current.kind == "poll":
        _say(f"Ronde {current.id} open ({shown}): {current.question} — " + " / ".join(i.name for i in current.items))
    else:
        about = f" voor ‘{current.target.name}’" if current.target else ""
        _say(f"Ronde {current.id} open ({shown}){about}.")


def _wifi(args: argparse.Namespace) -> Any:
    """The Wi-Fi to show as a second QR code: the name from ``--wifi``, the password from a
    file or the environment (it is printed nowhere but in the QR code)."""
    import os

    from staan_desktop.services.room.wifi import network

    if not args.wifi:
        return None
    password = os.environ.get(WIFI_PASSWORD_VARIABLE, "")
    if args.wifi_password_file:
        try:
            password = Path(args.wifi_password_file).read_text("utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise StaanError(msg("signing.password_unreadable", name=Path(args.wifi_password_file).name)) from exc
    return network(args.wifi, password)


def _cards(args: argparse.Namespace, opened: Any) -> None:
    from staan_desktop.services.room import cards

    if args.cards is None and args.names is None:
        return
    specs = cards.read_list(args.names) if args.names else cards.anonymous(args.cards)
    out = args.cards_pdf or args.file.with_name(args.file.stem + "-aanmeldkaarten.pdf")
    count = cards.print_cards(opened, specs, out)
    _say(f"{count} aanmeldkaarten in ‘{out}’: elke kaart laat één telefoon toe, alleen zolang deze zaal open is.")


def cmd_room(args: argparse.Namespace) -> int:
    from staan_desktop.cli_versions import _writable
    from staan_desktop.services.room import addresses
    from staan_desktop.services.room.room import Room
    from staan_desktop.services.room.server import open_room

    wifi = _wifi(args)
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
            if wifi is not None:
                _say(f"Wifi: {wifi.ssid} (QR-code hieronder, met het wachtwoord)" if not args.no_qr else f"Wifi: {wifi.ssid}")
                if not args.no_qr:
                    _qr(wifi.payload())
            _cards(args, opened)
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


def _count(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 480:
        raise argparse.ArgumentTypeError("geef een aantal kaarten van 1 tot 480")
    return int(value)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("room", help="open de zaal: deelnemers scoren en dragen bij met hun telefoon")
    p.add_argument("file", type=Path, metavar="BESTAND.staan")
    p.add_argument("--host", default=None, metavar="ADRES", help="het adres (standaard: het wifi- of netwerkadres)")
    p.add_argument("--port", type=_port, default=DEFAULT_PORT, metavar="POORT", help=f"standaard {DEFAULT_PORT}; 0 kiest een vrije")
    p.add_argument("--no-qr", action="store_true", help="geen QR-code in de terminal")
    p.add_argument("--wifi", default=None, metavar="NETWERK", help="toon ook een QR-code om met dit wifi-netwerk te verbinden")
    p.add_argument(
        "--wifi-password-file", default=None, type=Path, metavar="BESTAND",
        help=f"het wifi-wachtwoord uit dit bestand (of uit de omgevingsvariabele {WIFI_PASSWORD_VARIABLE})",
    )
    cards = p.add_mutually_exclusive_group()
    cards.add_argument("--cards", type=_count, default=None, metavar="N", help="maak N anonieme aanmeldkaarten (telt de deelnemers)")
    cards.add_argument("--names", type=Path, default=None, metavar="LIJST", help="maak een aanmeldkaart per regel ‘naam; gemeente’")
    p.add_argument("--cards-pdf", type=Path, default=None, metavar="UIT.pdf", help="waar de aanmeldkaarten komen")
    p.set_defaults(handler=cmd_room)
