"""Which address phones are offered, and the pre-flight check (loopback only)."""

from __future__ import annotations

import socket

from staan_desktop.services.room.addresses import Candidate, choose, preflight
from staan_desktop.services.room.server import OpenRoom

MACHINE = [
    Candidate("lo", "127.0.0.1"),
    Candidate("docker0", "172.17.0.1"),
    Candidate("br-4f2a", "172.18.0.1"),
    Candidate("vboxnet0", "192.168.56.1"),
    Candidate("vEthernet (WSL)", "172.29.16.1"),
    Candidate("VMware Network Adapter VMnet8", "192.168.80.1"),
    Candidate("Ethernet 2", "169.254.12.7"),  # no DHCP answered: link-local
    Candidate("eth0", "100.64.3.2"),  # a carrier's shared range: not private, last
    Candidate("Wi-Fi", "192.168.1.23"),
    Candidate("Local Area Connection* 10", "192.168.137.1"),  # Windows' mobile hotspot
]


def test_only_real_adapters_are_offered_private_ones_first() -> None:
    offered = [c.address for c in choose(MACHINE)]
    assert offered[:2] == ["192.168.137.1", "192.168.1.23"] or offered[:2] == ["192.168.1.23", "192.168.137.1"]
    assert offered[-1] == "100.64.3.2"
    assert not {"127.0.0.1", "172.17.0.1", "172.18.0.1", "192.168.56.1", "172.29.16.1", "192.168.80.1", "169.254.12.7"} & set(offered)


def test_loopback_only_when_asked() -> None:
    assert "127.0.0.1" in [c.address for c in choose(MACHINE, allow_loopback=True)]
    assert choose([Candidate("lo", "127.0.0.1")]) == []


def test_this_machine_is_read_without_error() -> None:
    for candidate in choose():
        assert not candidate.address.startswith(("127.", "169.254."))


def test_preflight_reaches_the_running_room(served: OpenRoom) -> None:
    check = preflight("127.0.0.1", served.server.port, served.server.instance)
    assert check.reachable and "bereikbaar" in check.advice


def test_preflight_tells_another_program_from_the_room(served: OpenRoom) -> None:
    check = preflight("127.0.0.1", served.server.port, "een-ander")
    assert not check.reachable and "ander programma" in check.advice


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_preflight_advises_in_dutch_when_nothing_answers() -> None:
    port = _closed_port()
    check = preflight("127.0.0.1", port, "x", timeout=1.0, platform="linux")
    assert not check.reachable and "firewall" in check.advice and str(port) in check.advice
    windows = preflight("127.0.0.1", port, "x", timeout=1.0, platform="win32")
    assert "Windows Defender Firewall" in windows.advice and "privénetwerken" in windows.advice
