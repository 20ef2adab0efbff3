"""Which address the room offers to phones, and whether a phone could reach it.

A laptop has many addresses: loopback, link-local ones (169.254/16, no DHCP answered), and the
adapters of Docker, VirtualBox, VMware, Hyper-V and WSL, which no phone in the room can reach.
The room offers an address of a real adapter that is up, private LAN ranges first; loopback
only when asked for. Interface names and states come from psutil (the one portable way to
read them, Windows' adapter names included).
"""

from __future__ import annotations

import errno
import ipaddress
import json
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

from staan_desktop.domain.messages import Message, msg, worded

#: Adapter names (lower case) of virtual networks no phone is on.
VIRTUAL_NAMES = (
    "docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "virtualbox", "vmware", "vethernet", "hyper-v",
    "wsl", "tun", "tap", "utun", "zt", "tailscale", "wg", "lxc", "lxd", "podman", "cni", "flannel",
    "npcap", "loopback", "ifb",
)
#: Docker's default bridge: a virtual adapter even when its name does not say so.
DOCKER_NETWORK = ipaddress.ip_network("172.17.0.0/16")


@dataclass(frozen=True)
class Candidate:
    interface: str
    address: str


def is_virtual(interface: str) -> bool:
    name = interface.lower()
    return any(name.startswith(prefix) or prefix in name for prefix in VIRTUAL_NAMES)


def usable(candidate: Candidate, *, allow_loopback: bool = False) -> bool:
    """Whether a phone in the room could use ``candidate``: never link-local, never a virtual
    adapter, loopback only when asked for."""
    try:
        address = ipaddress.ip_address(candidate.address)
    except ValueError:
        return False
    if address.version != 4 or address.is_link_local or address.is_multicast or address.is_unspecified:
        return False
    if address.is_loopback:
        return allow_loopback
    if is_virtual(candidate.interface) or address in DOCKER_NETWORK:
        return False
    return True


def _rank(candidate: Candidate) -> tuple[int, str]:
    address = ipaddress.ip_address(candidate.address)
    # A home or hotspot network (192.168/16, 10/8, 172.16/12) before anything else.
    return (0 if address.is_private and not address.is_loopback else 1, candidate.interface)


def candidates() -> list[Candidate]:
    """The IPv4 addresses of the adapters that are up."""
    import psutil

    stats = psutil.net_if_stats()
    found = []
    for interface, addresses in psutil.net_if_addrs().items():
        state = stats.get(interface)
        if state is not None and not state.isup:
            continue
        for entry in addresses:
            if entry.family == socket.AF_INET:
                found.append(Candidate(interface, entry.address))
    return found


def choose(found: list[Candidate] | None = None, *, allow_loopback: bool = False) -> list[Candidate]:
    """The addresses the room may offer, best first."""
    found = candidates() if found is None else found
    return sorted((c for c in found if usable(c, allow_loopback=allow_loopback)), key=_rank)


@dataclass(frozen=True)
class Preflight:
    reachable: bool
    #: One Dutch line (a :class:`~staan_desktop.domain.messages.Worded` text: the window shows
    #: its message in the window's language).
    advice: str


Runner = Callable[[list[str], float], str]


def preflight(
    host: str, port: int, instance: str, *, timeout: float = 2.0, platform: str | None = None,
    run: Runner | None = None, ask_firewall: bool | None = None,
) -> Preflight:
    """Ask the running room at ``host``:``port`` for its health through the chosen address (not
    loopback): is it this very room? A connection from the laptop to its own address does not
    pass Windows' firewall the way a phone's does, so on Windows the firewall's own rules are
    asked too (:func:`windows_firewall_advice`). When phones cannot come in, say what to do."""
    platform = sys.platform if platform is None else platform
    shown = f"[{host}]" if ":" in host else host
    try:
        with urllib.request.urlopen(f"http://{shown}:{port}/health", timeout=timeout) as response:  # noqa: S310
            answer = json.loads(response.read(1024).decode("utf-8"))
    except (OSError, ValueError) as exc:
        return Preflight(False, unreachable_advice(host, port, exc, platform))
    if answer.get("room") != instance:
        return Preflight(False, worded(msg("room.other_program", host=host, port=port)))
    if ask_firewall is None:  # phones never reach a loopback address: no rule matters for it
        ask_firewall = platform.startswith("win") and not ipaddress.ip_address(host).is_loopback
    if ask_firewall:
        advice = windows_firewall_advice(port, sys.executable, run or _run)
        if advice is not None:
            return Preflight(False, advice)
    return Preflight(True, worded(msg("room.reachable", host=host, port=port)))


def _run(command: list[str], timeout: float) -> str:
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)  # noqa: S603
    return result.stdout


#: Asks Windows' firewall, in its own objects (not netsh's translated text): how many profiles
#: are on, and how many enabled inbound allow rules cover the program or the TCP port.
_FIREWALL_QUERY = (
    "$allow = {{ $_.Enabled -eq 'True' -and $_.Direction -eq 'Inbound' -and $_.Action -eq 'Allow' }}; "
    "$on = @(Get-NetFirewallProfile -PolicyStore ActiveStore | Where-Object {{ $_.Enabled -eq 'True' }}).Count; "
    "$app = @(Get-NetFirewallApplicationFilter -PolicyStore ActiveStore | Where-Object {{ $_.Program -eq '{program}' }} "
    "| Get-NetFirewallRule | Where-Object $allow).Count; "
    "$port = @(Get-NetFirewallPortFilter -PolicyStore ActiveStore | Where-Object {{ $_.Protocol -eq 'TCP' -and "
    "@($_.LocalPort) -contains '{port}' }} | Get-NetFirewallRule | Where-Object $allow).Count; "
    "Write-Output \"$on $app $port\""
)


def windows_firewall_advice(port: int, program: str, run: Runner, timeout: float = 15.0) -> str | None:
    """``None`` when Windows' firewall lets phones in (off, or an enabled inbound rule allows
    this program or the port) or cannot be asked; otherwise the Dutch advice."""
    query = _FIREWALL_QUERY.format(program=program.replace("'", "''"), port=int(port))
    try:
        answer = run(["powershell", "-NoProfile", "-NonInteractive", "-Command", query], timeout).split()
        profiles_on, by_program, by_port = (int(word) for word in answer[-3:])
    except (OSError, ValueError, subprocess.SubprocessError):
        return None  # not known: the check through the address stands
    if profiles_on == 0 or by_program or by_port:
        return None
    return _windows_advice(msg("room.on_port", port=port))


def _windows_advice(where: Message) -> str:
    return worded(msg("room.windows_firewall", where=where))


def unreachable_advice(host: str, port: int, exc: BaseException, platform: str) -> str:
    """One Dutch line: why phones may not reach the room, and what to do."""
    code = getattr(exc, "errno", None) or getattr(getattr(exc, "reason", None), "errno", None)
    if platform.startswith("win"):
        return _windows_advice(msg("room.on_address", host=host, port=port))
    if code in (errno.ECONNREFUSED, errno.EHOSTUNREACH, errno.ENETUNREACH):
        return worded(msg("room.refused_or_no_route", host=host, port=port))
    return worded(msg("room.unreachable", host=host, port=port))
