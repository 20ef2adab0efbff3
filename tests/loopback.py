"""The one exception to the suite's ban on the network: the room's tests talk HTTP to a real
server on this machine, so they may reach a loopback address, and nothing else. Used by the
conftests of those tests to *replace* the root ``_no_network`` fixture by name (a fixture with
another name would only stack on top of the root ban)."""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

import pytest


def _loopback(host: object) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def allow_loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = socket.socket.connect
    real_create = socket.create_connection

    def connect(self: socket.socket, address: Any) -> Any:
        if isinstance(address, tuple) and not _loopback(address[0]):
            raise RuntimeError(f"network access in a test: {address!r}")
        return real_connect(self, address)

    def create(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        if not _loopback(address[0]):
            raise RuntimeError(f"network access in a test: {address!r}")
        return real_create(address, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "create_connection", create)
