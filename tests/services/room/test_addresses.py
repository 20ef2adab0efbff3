"""Which address phones are offered, and the pre-flight check (loopback only)."""

from __future__ import annotations

import socket
import subprocess
from typing import Any

import pytest

from staan_desktop.services.room.addresses import Candidate, choose, preflight, windows_firewall_advice
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
    assert "Windows Defender Firewall" in windows.advice and "beheerdersrechten" in windows.advice


def _firewall(answer: str) -> Any:
    asked: list[list[str]] = []

    def run(command: list[str], _timeout: float) -> str:
        asked.append(command)
        return answer

    run.asked = asked  # type: ignore[attr-defined]
    return run


@pytest.mark.parametrize(
    ("answer", "blocked"),
    [
        ("3 0 0", True),  # firewall on, no rule lets the program or the port in
        ("1 1 0", False),  # a rule for the program (the installer's, or "allow an app")
        ("2 0 1", False),  # a rule for the port
        ("0 0 0", False),  # firewall off
        ("", False),  # PowerShell could not be asked: the check through the address stands
        ("Get-NetFirewallProfile : Access denied", False),
    ],
)
def test_on_windows_the_firewall_itself_is_asked(served: OpenRoom, answer: str, blocked: bool) -> None:
    # A connection from the laptop to its own address passes the firewall; a phone's does not.
    run = _firewall(answer)
    check = preflight(
        "127.0.0.1", served.server.port, served.server.instance, platform="win32", run=run, ask_firewall=True
    )
    assert run.asked and "Get-NetFirewallRule" in run.asked[0][-1] and str(served.server.port) in run.asked[0][-1]
    assert check.reachable is not blocked
    if blocked:
        assert f"poort {served.server.port}" in check.advice and "Windows Defender Firewall" in check.advice


def test_a_failing_powershell_leaves_the_check_as_it_was() -> None:
    def run(_command: list[str], _timeout: float) -> str:
        raise subprocess.TimeoutExpired("powershell", 15)

    assert windows_firewall_advice(8765, "C:\\STAAN\\STAAN.exe", run) is None
