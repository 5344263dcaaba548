"""Which addresses the room server may listen on: loopback, private and link-local only.

A laptop in a venue is on a network shared with strangers; the server never listens on a
public address. IPv4: loopback, the private ranges (10.x, 172.16-31.x, 192.168.x) and
link-local (169.254.x). IPv6: loopback (::1), link-local (fe80::/10, with the interface
as its scope) and unique-local (fc00::/7; networks use fd00::/8): never a global address,
never an IPv4 address written as IPv6.

Finding the machine's addresses uses the standard library only: the name lookup of the
host name, the address the system would use to reach each private range (a UDP "connect"
sends no packet) and, on Linux, the kernel's list of IPv6 addresses.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
from pathlib import Path

LOOPBACK = "127.0.0.1"
LOOPBACK6 = "::1"
LOOPBACKS = (LOOPBACK, LOOPBACK6)  # the loopback addresses the server listens on
# One address inside each private range: asking the system how it would reach them tells
# which local address faces that network.
_PROBES = ("10.255.255.255", "172.31.255.255", "192.168.255.255", "169.254.255.255")
_PROBE6 = "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"
_UNIQUE_LOCAL = ipaddress.IPv6Network("fc00::/7")
_IF_INET6 = Path("/proc/net/if_inet6")  # Linux: every IPv6 address with its interface


class AddressRefused(ValueError):
    """An address the room server must not listen on."""


def is_allowed(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    if ip.is_unspecified or ip.is_multicast:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        # `is_private` also counts documentation, translation and IPv4-mapped ranges.
        return ip.is_loopback or ip.is_link_local or ip in _UNIQUE_LOCAL
    return ip.is_loopback or ip.is_private or ip.is_link_local


def is_loopback(address: str) -> bool:
    with contextlib.suppress(ValueError):
        return ipaddress.ip_address(address).is_loopback
    return False


def is_ipv6_link_local(address: str) -> bool:
    """fe80::…%iface: reachable on its link, but no phone's browser opens it as a URL."""
    with contextlib.suppress(ValueError):
        ip = ipaddress.ip_address(address)
        return isinstance(ip, ipaddress.IPv6Address) and ip.is_link_local
    return False


def url_host(address: str) -> str:
    """The address as a URL writes it: IPv6 in brackets, its scope's % escaped."""
    if ":" in address:
        return "[" + address.replace("%", "%25") + "]"
    return address


def check_host(address: str) -> str:
    """`address` if the server may listen on it, else AddressRefused naming the rule."""
    if not is_allowed(address):
        raise AddressRefused(
            f"--host {address}: the room server listens only on loopback, private "
            "(10.x, 172.16-31.x, 192.168.x, IPv6 fd00::/8) or link-local (169.254.x, "
            "IPv6 fe80::) addresses"
        )
    return address


def private_addresses() -> list[str]:
    """The machine's private and link-local addresses (no loopback), best first: IPv4
    private, IPv4 link-local, IPv6 unique-local, IPv6 link-local."""
    found: list[str] = []
    for probe in _PROBES:
        with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect((probe, 9))
            found.append(s.getsockname()[0])
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(str(info[4][0]))
    result: list[str] = []
    for address in found:
        ip = ipaddress.ip_address(address)
        if ip.is_loopback or not is_allowed(address) or address in result:
            continue
        result.append(address)
    # Ordinary private networks before link-local ones (169.254.x is a network's last resort).
    result.sort(key=lambda a: ipaddress.ip_address(a).is_link_local)
    return result + ipv6_addresses()


def ipv6_addresses(listing: str | None = None) -> list[str]:
    """The machine's unique-local and link-local IPv6 addresses (a link-local one with its
    interface: fe80::1%eth0), unique-local first. `listing` is the text of Linux's
    /proc/net/if_inet6 (read when None); elsewhere a probe and the host name's lookup."""
    found: list[str] = []
    if listing is None:
        with contextlib.suppress(OSError):
            listing = _IF_INET6.read_text(encoding="ascii")
    if listing is not None:
        for line in listing.splitlines():
            fields = line.split()
            if len(fields) < 6:
                continue
            try:
                ip = ipaddress.IPv6Address(int(fields[0], 16))
            except ValueError:
                continue
            found.append(f"{ip}%{fields[5]}" if ip.is_link_local else str(ip))
    else:
        if socket.has_ipv6:
            with (
                contextlib.suppress(OSError),
                socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as s,
            ):
                s.connect((_PROBE6, 9))
                found.append(str(s.getsockname()[0]))
        with contextlib.suppress(OSError):
            for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET6):
                found.append(str(info[4][0]))
    result: list[str] = []
    for address in found:
        if is_loopback(address) or not is_allowed(address) or address in result:
            continue
        result.append(address)
    result.sort(key=is_ipv6_link_local)
    return result


def loopback_addresses() -> list[str]:
    """127.0.0.1, and ::1 when the machine has IPv6."""
    found = [LOOPBACK]
    if socket.has_ipv6:
        with (
            contextlib.suppress(OSError),
            socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s,
        ):
            s.bind((LOOPBACK6, 0))
            found.append(LOOPBACK6)
    return found
