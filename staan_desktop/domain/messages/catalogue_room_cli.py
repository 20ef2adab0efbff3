"""Refusals of the room (the participants' phones) and of the command line's arguments.

Code → Dutch template; see :mod:`staan_desktop.domain.messages`."""

from __future__ import annotations

from .marker import QT_TRANSLATE_NOOP

# fmt: off
ROOM_AND_CLI: dict[str, str] = {
    "cli.comment_needs_text_author": QT_TRANSLATE_NOOP("Refusal", "Geef de opmerking met --text en de schrijver met --author."),
    "cli.comments_add_usage": QT_TRANSLATE_NOOP("Refusal", "Gebruik: comments add BESTAND.staan --text TEKST --author NAAM"),
    "cli.comments_import_usage": QT_TRANSLATE_NOOP("Refusal", "Gebruik: comments import KOPIE.staan BESTAND.staan"),
    "cli.comments_usage": QT_TRANSLATE_NOOP("Refusal", "Gebruik: comments BESTAND.staan (of comments add …, comments import …)"),
    "cli.export_needs_target": QT_TRANSLATE_NOOP("Refusal", "Geef aan waarheen: --json UIT.json, --pdf UIT.pdf, --docx UIT.docx en/of --bundle UIT.zip."),
    "cli.no_such_chapter": QT_TRANSLATE_NOOP("Refusal", "Het document heeft geen hoofdstuk ‘{wanted}’."),
    "cli.not_a_version_number": QT_TRANSLATE_NOOP("Refusal", "‘{value}’ is geen versienummer; geef een nummer of ‘concept’."),
    "cli.pdf_written_not_signed": QT_TRANSLATE_NOOP("Refusal", "De PDF is geschreven maar niet ondertekend; deze versie kan nog niet ondertekenen."),
    "cli.public_needs_target": QT_TRANSLATE_NOOP("Refusal", "Geef aan waarheen de openbare versie moet: --json, --pdf en/of --docx."),
    "cli.public_not_signed": QT_TRANSLATE_NOOP("Refusal", "De openbare versie wordt niet ondertekend; laat --sign weg."),
    "cli.room_no_network": QT_TRANSLATE_NOOP("Refusal", "Geen netwerk gevonden waarop telefoons deze computer kunnen bereiken: verbind met een wifi-netwerk of zet een hotspot aan (of geef --host 127.0.0.1 om het alleen op deze computer te proberen)."),
    "cli.template_needs_docx": QT_TRANSLATE_NOOP("Refusal", "Een sjabloon (--template) hoort bij --docx of --bundle."),
    "room.cannot_open": QT_TRANSLATE_NOOP("Refusal", "De zaal kon niet worden geopend."),
    "room.cannot_open_on": QT_TRANSLATE_NOOP("Refusal", "De zaal kan niet worden geopend op {host}:{port}: {reason}."),
    "room.choose_municipality": QT_TRANSLATE_NOOP("Refusal", "Kies een van de gemeenten."),
    "room.closed": QT_TRANSLATE_NOOP("Refusal", "De zaal is gesloten."),
    "room.closed_nothing_kept": QT_TRANSLATE_NOOP("Refusal", "De zaal is gesloten; er wordt niets meer bewaard."),
    "room.enough_statements": QT_TRANSLATE_NOOP("Refusal", "U hebt in deze ronde al genoeg uitspraken ingestuurd."),
    "room.full": QT_TRANSLATE_NOOP("Refusal", "De zaal is vol."),
    "room.invalid_submission_id": QT_TRANSLATE_NOOP("Refusal", "De inzending heeft geen geldig kenmerk."),
    "room.no_open_round": QT_TRANSLATE_NOOP("Refusal", "Er is geen open ronde."),
    "room.no_open_round_now": QT_TRANSLATE_NOOP("Refusal", "Er is nu geen open ronde."),
    "room.no_round_yet": QT_TRANSLATE_NOOP("Refusal", "Er is nog geen ronde."),
    "room.no_such_round_kind": QT_TRANSLATE_NOOP("Refusal", "Een ronde ‘{kind}’ bestaat niet."),
    "room.no_such_rule": QT_TRANSLATE_NOOP("Refusal", "De regel ‘{rule}’ bestaat niet; kies gemiddelde of mediaan."),
    "room.not_collecting": QT_TRANSLATE_NOOP("Refusal", "In deze ronde worden geen uitspraken verzameld."),
    "room.not_scoring": QT_TRANSLATE_NOOP("Refusal", "In deze ronde wordt niet gescoord."),
    "room.nothing_to_score": QT_TRANSLATE_NOOP("Refusal", "Er zijn geen {what} of geen criteria om te scoren."),
    "room.open_timeout": QT_TRANSLATE_NOOP("Refusal", "De zaal kon niet op tijd worden geopend."),
    "room.other_device": QT_TRANSLATE_NOOP("Refusal", "Deze inzending hoort bij een ander toestel."),
    "room.request_unreadable": QT_TRANSLATE_NOOP("Refusal", "Dit verzoek is niet leesbaar."),
    "room.round_closed": QT_TRANSLATE_NOOP("Refusal", "Deze ronde is gesloten; kijk naar de nieuwe ronde."),
    "room.round_closed_not_kept": QT_TRANSLATE_NOOP("Refusal", "Deze ronde is gesloten; uw inzending is niet bewaard."),
    "room.round_open": QT_TRANSLATE_NOOP("Refusal", "Er is al een ronde open; sluit die eerst."),
    "room.scores_other_round": QT_TRANSLATE_NOOP("Refusal", "De scores horen niet bij deze ronde."),
    "room.scores_unreadable": QT_TRANSLATE_NOOP("Refusal", "De scores zijn niet leesbaar."),
    "room.statement_too_long": QT_TRANSLATE_NOOP("Refusal", "Een uitspraak is ten hoogste {maximum} tekens."),
    "room.submission_handled": QT_TRANSLATE_NOOP("Refusal", "Deze inzending is al behandeld of bestaat niet."),
    "room.submission_used": QT_TRANSLATE_NOOP("Refusal", "Deze inzending is al gebruikt."),
    "room.type_statement": QT_TRANSLATE_NOOP("Refusal", "Typ eerst een uitspraak."),
    "room.voted": QT_TRANSLATE_NOOP("Refusal", "U hebt in deze ronde al gestemd."),
    "verbatim": QT_TRANSLATE_NOOP("Refusal", "{text}"),
}
