"""The room's tests talk HTTP to a real server on the loopback address, and only there."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from loopback import allow_loopback_only

from staan_desktop.services.interchange import create_demo
from staan_desktop.services.room.room import Room
from staan_desktop.services.room.server import OpenRoom, open_room
from staan_desktop.services.store import Document, open_document


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replaces the suite's ban on the network by a ban on everything but loopback."""
    allow_loopback_only(monkeypatch)


@dataclass
class Phone:
    """A participant's phone as the page behaves: token and device key in headers."""

    base: str
    token: str
    device: str = ""
    headers: dict[str, str] = field(default_factory=dict)

    def call(self, method: str, path: str, body: Any = None, raw: bytes | None = None) -> tuple[int, Any]:
        headers = {"X-Room-Token": self.token, "Content-Type": "application/json", **self.headers}
        if self.device:
            headers["X-Room-Device"] = self.device
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, _decode(response.read())
        except urllib.error.HTTPError as exc:
            return exc.code, _decode(exc.read())

    def join(self, municipality: int) -> int:
        status, answer = self.call("POST", "/api/join", {"municipality": municipality})
        if status == 200:
            self.device = answer["device"]
        return status

    def ballot(self, round_id: int, scores: list[list[int]], submission: str | None = None) -> tuple[int, Any]:
        return self.call("POST", "/api/ballot", {"submission": submission or uuid.uuid4().hex, "round": round_id, "scores": scores})


def _decode(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return raw.decode("utf-8", "replace")


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Document]:
    path = tmp_path / "demo.staan"
    create_demo(path).close()
    doc = open_document(path)
    yield doc
    doc.close()


@pytest.fixture
def served(demo: Document) -> Iterator[OpenRoom]:
    opened = open_room(Room(demo), "127.0.0.1", 0)
    yield opened
    opened.close()


def phone(opened: OpenRoom, token: str | None = None) -> Phone:
    return Phone(opened.server.url(), opened.token if token is None else token)


def full_ballot(round_: Any, value: int = 3) -> list[list[int]]:
    return [[item.id, criterion.id, value] for item in round_.items for criterion in round_.criteria]


@pytest.fixture
def make_phone() -> Any:
    return phone


@pytest.fixture
def ballot_of() -> Any:
    return full_ballot
