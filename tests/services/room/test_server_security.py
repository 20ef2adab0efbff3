"""Nobody gets in who does not belong, and nothing but the room is served: wrong, expired and
other sessions' tokens, oversized and malformed bodies, path traversal, requests after the
room closed — each refused, nothing stored, and the others keep being served. Loopback only."""

from __future__ import annotations

import http.client
import json
import time
import uuid
from typing import Any

import pytest
from sqlmodel import func, select

from staan_desktop.domain.room_tables import RoomBallotRow, RoomContributionRow, RoomVoterRow
from staan_desktop.services.room.room import Room
from staan_desktop.services.room.server import MAX_BODY, OpenRoom, open_room
from staan_desktop.services.store import Document


def stored(doc: Document) -> tuple[int, int, int]:
    with doc.reading() as session:
        return tuple(  # type: ignore[return-value]
            session.exec(select(func.count()).select_from(kind)).one()
            for kind in (RoomVoterRow, RoomBallotRow, RoomContributionRow)
        )


def raw_get(opened: OpenRoom, path: str) -> tuple[int, bytes]:
    """A request whose path reaches the server exactly as written (no client-side cleaning)."""
    connection = http.client.HTTPConnection("127.0.0.1", opened.server.port, timeout=5)
    try:
        connection.putrequest("GET", path, skip_accept_encoding=True)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@pytest.fixture
def scoring(served: OpenRoom) -> Any:
    return served.room.open_round("task_fields").result()


def assert_others_still_served(served: OpenRoom, make_phone: Any, ballot_of: Any, current: Any) -> None:
    honest = make_phone(served)
    assert honest.join(1) == 200
    status, answer = honest.ballot(current.id, ballot_of(current))
    assert status == 200 and answer["duplicate"] is False


def test_the_page_and_api_refuse_a_wrong_token(served: OpenRoom, demo: Document, scoring: Any, make_phone: Any, ballot_of: Any) -> None:
    status, body = make_phone(served).call("GET", "/j/" + "A" * 24)
    assert status == 403 and "<script" not in str(body)
    intruder = make_phone(served, token="A" * 24)
    assert intruder.call("GET", "/api/info")[0] == 403
    assert intruder.join(1) == 403
    intruder.device = "made-up"
    assert intruder.ballot(scoring.id, ballot_of(scoring))[0] == 403
    assert make_phone(served, token="").call("GET", "/api/state")[0] == 403
    assert stored(demo) == (0, 0, 0)
    assert_others_still_served(served, make_phone, ballot_of, scoring)


def test_a_device_key_that_never_joined_is_refused(served: OpenRoom, demo: Document, scoring: Any, make_phone: Any, ballot_of: Any) -> None:
    stranger = make_phone(served)
    stranger.device = uuid.uuid4().hex
    assert stranger.ballot(scoring.id, ballot_of(scoring))[0] == 401
    assert stored(demo) == (0, 0, 0)


def test_a_token_of_another_session_is_refused(demo: Document, make_phone: Any, ballot_of: Any) -> None:
    first = open_room(Room(demo), "127.0.0.1", 0)
    old = make_phone(first)
    assert old.join(1) == 200
    first.close()
    second = open_room(Room(demo), "127.0.0.1", 0)
    try:
        current = second.room.open_round("task_fields").result()
        replay = make_phone(second, token=first.token)  # the old token, at the new room
        replay.device = old.device
        assert replay.call("GET", "/j/" + first.token)[0] == 403
        assert replay.call("GET", "/api/state")[0] == 403
        assert replay.ballot(current.id, ballot_of(current))[0] == 403
        # and the old device key means nothing to the new room, even with the new token
        borrowed = make_phone(second)
        borrowed.device = old.device
        assert borrowed.ballot(current.id, ballot_of(current))[0] == 401
        assert stored(demo) == (0, 0, 0)
        assert_others_still_served(second, make_phone, ballot_of, current)
    finally:
        second.close()


def test_an_expired_token_is_refused(demo: Document, make_phone: Any, ballot_of: Any) -> None:
    opened = open_room(Room(demo, lifetime=1.0), "127.0.0.1", 0)
    try:
        current = opened.room.open_round("task_fields").result()
        participant = make_phone(opened)
        assert participant.join(2) == 200
        time.sleep(1.2)
        assert participant.ballot(current.id, ballot_of(current))[0] == 403
        assert participant.call("GET", "/j/" + opened.token)[0] == 403
        assert stored(demo) == (0, 0, 0)
    finally:
        opened.close()


@pytest.mark.parametrize(
    "raw",
    [
        b"{",  # cut off
        b"\xff\xfe not utf-8",
        b"[1, 2, 3]",  # not an object
        b"[" * 5000 + b"]" * 5000,  # nested beyond the parser's depth
        json.dumps({"submission": "x", "round": 1, "scores": [[1, 1, 3]]}).encode(),  # short id
        json.dumps({"submission": "a" * 32, "round": "1", "scores": [[1, 1, 3]]}).encode(),
        json.dumps({"submission": "a" * 32, "round": 1, "scores": [["1", 1, 3]]}).encode(),
        json.dumps({"submission": "../../etc/passwd", "round": 1, "scores": [[1, 1, 3]]}).encode(),
        json.dumps({"submission": "a" * 32, "round": 1, "scores": [[1, 1, 10**30]]}).encode(),
    ],
)
def test_malformed_bodies_are_refused(served: OpenRoom, demo: Document, scoring: Any, make_phone: Any, ballot_of: Any, raw: bytes) -> None:
    participant = make_phone(served)
    assert participant.join(1) == 200
    if b'"round": 1' in raw:
        raw = raw.replace(b'"round": 1', f'"round": {scoring.id}'.encode())
    status, answer = participant.call("POST", "/api/ballot", raw=raw)
    assert status in (400, 409), answer
    assert isinstance(answer, dict) and "Traceback" not in json.dumps(answer)
    assert stored(demo) == (0, 0, 0)
    assert_others_still_served(served, make_phone, ballot_of, scoring)


def test_an_oversized_body_is_refused_before_it_is_read(served: OpenRoom, demo: Document, scoring: Any, make_phone: Any, ballot_of: Any) -> None:
    participant = make_phone(served)
    assert participant.join(1) == 200
    status, answer = participant.call("POST", "/api/ballot", raw=b'{"text": "' + b"a" * (MAX_BODY + 10) + b'"}')
    assert status == 413 and answer["error"] == "too_large"
    statements = served.room
    statements.close_round().result()
    current = statements.open_round("statements").result()
    status, _ = participant.call(
        "POST", "/api/contribution", {"submission": uuid.uuid4().hex, "round": current.id, "text": "x" * 600}
    )
    assert status == 400
    assert stored(demo) == (0, 0, 0)


@pytest.mark.parametrize(
    "path",
    [
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/j/..%2f..%2f..%2fetc%2fpasswd",
        "/room.js",
        "/room.css",
        "/resources/room/room.js",
        "/index.html",
        "/static/../demo.staan",
        "/demo.staan",
        "/api/../../pyproject.toml",
        "/j/TOKEN/../../../etc/passwd",
        "//etc/passwd",
        "/j/TOKEN/room.js",
    ],
)
def test_nothing_but_the_room_is_served(served: OpenRoom, path: str) -> None:
    status, body = raw_get(served, path.replace("TOKEN", served.token))
    assert status in (400, 403, 404), (status, body[:80])
    assert b"root:" not in body and b"use strict" not in body and b"SQLite" not in body and b"[project]" not in body


def test_requests_after_the_room_closed_are_refused(demo: Document, make_phone: Any, ballot_of: Any) -> None:
    opened = open_room(Room(demo), "127.0.0.1", 0)
    current = opened.room.open_round("task_fields").result()
    participant = make_phone(opened)
    assert participant.join(1) == 200
    opened.close()
    with pytest.raises(OSError):  # the server is gone: nothing listens on the port any more
        participant.ballot(current.id, ballot_of(current))
    # and the room itself refuses, server or not
    assert not opened.room.check_token(opened.token)
    assert stored(demo) == (0, 0, 0)


def test_a_device_that_floods_is_limited_and_the_others_not(served: OpenRoom, scoring: Any, make_phone: Any, ballot_of: Any) -> None:
    flooder = make_phone(served)
    assert flooder.join(1) == 200
    statuses = [flooder.call("GET", "/api/state")[0] for _ in range(40)]
    assert 429 in statuses and statuses[0] == 200
    assert_others_still_served(served, make_phone, ballot_of, scoring)


def test_the_server_listens_on_the_chosen_address_only(served: OpenRoom) -> None:
    import psutil

    listening = [
        c.laddr for c in psutil.net_connections(kind="tcp")
        if c.status == psutil.CONN_LISTEN and c.laddr and c.laddr.port == served.server.port
    ]
    assert listening and all(address.ip == "127.0.0.1" for address in listening)


def test_the_page_is_pinned_by_its_content_security_policy(served: OpenRoom, make_phone: Any) -> None:
    import urllib.request

    with urllib.request.urlopen(served.join_url, timeout=5) as response:
        policy = response.headers["Content-Security-Policy"]
        body = response.read()
    assert "default-src 'none'" in policy and "script-src 'sha256-" in policy and "unsafe" not in policy
    assert b"http://" not in body and b"https://" not in body  # nothing from outside the laptop
    assert len(body) < 40_000
