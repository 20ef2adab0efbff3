"""A document of 0010 (before the room's polls, text rounds, anonymity levels and changed votes)
opens in this version: migrated to the head, its room rows kept with the defaults of what the
room then was (by municipality), its content untouched, and the new rounds work in it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlmodel import select

from staan_desktop.domain.room_tables import RoomBallotRow, RoomContributionRow, RoomRoundRow
from staan_desktop.services import checks, file_admission, revisions, store
from staan_desktop.services.interchange import load_tree
from staan_desktop.services.room.room import Room

from .test_migrations import document_at_0001


def document_at_0010(path: Path) -> None:
    """The demo as 0010 held it, with a room round, a ballot and a text as 0010 stored them."""
    document_at_0001(path, "0010_methods")
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO room_session (id, token_hash, opened_at, closed_at) VALUES (1, 'ab', '2026-12-01T10:00:00+00:00', '')")
    conn.execute("INSERT INTO room_round (id, session_id, kind, rule, state, revealed, opened_at, closed_at) "
                 "VALUES (1, 1, 'statements', 'mean', 'closed', 1, '2026-12-01T10:01:00+00:00', '')")
    conn.execute("INSERT INTO room_round (id, session_id, kind, rule, state, revealed, opened_at, closed_at) "
                 "VALUES (2, 1, 'task_fields', 'median', 'closed', 0, '2026-12-01T10:05:00+00:00', '')")
    conn.execute("INSERT INTO room_ballot (round_id, municipality_id, item_id, criterion_id, value, hand) VALUES (2, 1, 1, 1, 4, 0)")
    conn.execute("INSERT INTO room_contribution (round_id, municipality_id, submission, text, status, submitted_at) "
                 "VALUES (1, 2, 'abcdef0123', 'Samen sterker', 'pending', '2026-12-01T10:02:00+00:00')")
    conn.commit()
    conn.close()


def test_a_0010_document_migrates_and_keeps_its_room(tmp_path: Path) -> None:
    path = tmp_path / "zaal.staan"
    document_at_0010(path)
    assert file_admission.inspect_file(path).revision == "0010_methods"
    with store.open_document(path) as doc:
        before = load_tree(doc)
        with doc.reading() as session:
            rounds = session.exec(select(RoomRoundRow).order_by(RoomRoundRow.id)).all()
            assert [(r.kind, r.anonymity, r.question, r.target_id) for r in rounds] == [
                ("statements", "municipality", "", None), ("task_fields", "municipality", "", None),
            ]
            (ballot,) = session.exec(select(RoomBallotRow)).all()
            assert (ballot.value, ballot.name, ballot.replace_key) == (4, "", None)
            (text,) = session.exec(select(RoomContributionRow)).all()
            assert (text.text, text.quadrant, text.name, text.made_id) == ("Samen sterker", "", "", None)
        room = Room(doc)
        room.open()
        try:
            current = room.open_round("poll", anonymity="anonymous", question="Koffie?", choices=["Ja", "Nee"]).result()
            device = room.device(room.join(1))
            assert device is not None
            room.submit_vote(device, submission="abcdef0123456", round_id=current.id, choice=current.items[0].id).result()
            # The text 0010 stored is moderated as a statement, as it was sent.
            change = room.moderate(room.pending()[0].id, accept=True).result()
            assert change is not None
        finally:
            room.close()
        assert load_tree(doc).statements == (*before.statements, "Samen sterker")
    report = checks.check_document(path)
    assert report.revision == revisions.head_revision() and report.problems == []
