"""Which addresses the room server may listen on: loopback, private and link-local only.

A laptop in a venue is on a network shared with strangers; the server never listens on a
public address. Finding the machine's addresses uses the standard library only: the
name lookup of the host name, and the address the system would use to reach each private
range (a UDP "connect" sends no packet).
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket

LOOPBACK = "127.0.0.1"
# One address inside each private range: asking the system how it would reach them tells
# which local address faces that network.
_PROBES = ("10.255.255.255", "172.31.255.255", "192.168.255.255", "169.254.255.255")


class AddressRefused(ValueError):
    """An address the room server must not listen on."""


def is_allowed(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    if ip.is_unspecified or ip.is_multicast:
        return False
    return ip.is_loopback or ip.is_private or ip.is_link_local


def check_host(address: str) -> str:
    """`address` if the server may listen on it, else AddressRefused naming the rule."""
    if not is_allowed(address):
        raise AddressRefused(
            f"--host {address}: the room server listens only on loopback, private "
            "(10.x, 172.16-31.x, 192.168.x) or link-local (169.254.x) addresses"
        )
    return address


def private_addresses() -> list[str]:
    """The machine's private and link-local IPv4 addresses (no loopback), best first."""
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
    return result
