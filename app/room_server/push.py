"""The push channel: a minimal WebSocket (RFC 6455) server over the standard library.

A phone opens one WebSocket on `/r/<token>/api/push?device=<id>`; the token is checked on
the handshake like on every other request (a browser cannot add headers to a WebSocket,
so the path carries it, and a page of another origin is refused by its `Origin`). From
then on the laptop sends one short text frame, `{"changed": N}`, whenever the room
changes (a phone's action, or any edit of the facilitator's: the step, a reveal, an
accepted note), and the phone fetches its view at once. Nothing else travels on it:
actions still go through POST, so the phone works the same when the WebSocket cannot
open (an old proxy, a captive network) and falls back to polling.

Only what the phone page needs: text frames out, close and ping/pong in and out, no
extensions, no fragmentation; a frame from the phone larger than a control frame closes
the connection.
"""

from __future__ import annotations

import base64
import hashlib
import select
import socket
import struct
import threading
import time
from collections.abc import Callable

GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455, section 1.3
KEEPALIVE_SECONDS = 20.0  # a ping this often keeps home routers' NAT tables and finds dead phones
CHECK_SECONDS = 1.0  # how often a quiet connection looks whether the phone hung up
MIN_GAP = 0.25  # seconds between two pushes to one phone: a burst of edits is one fetch
MAX_INCOMING = 125  # the phone sends nothing but control frames
MAX_CONNECTIONS = 500  # open WebSockets per room (a room is 60 phones, a few tabs each)

OP_TEXT, OP_CLOSE, OP_PING, OP_PONG = 0x1, 0x8, 0x9, 0xA


def accept_key(key: str) -> str:
    """The `Sec-WebSocket-Accept` answer to a handshake's `Sec-WebSocket-Key`."""
    digest = hashlib.sha1((key + GUID).encode("ascii")).digest()
    return base64.b64encode(digest).decode("ascii")


def valid_key(key: str) -> bool:
    """A handshake key is 16 random bytes in base64."""
    try:
        return len(base64.b64decode(key.encode("ascii"), validate=True)) == 16
    except (ValueError, UnicodeEncodeError):
        return False


def frame(opcode: int, payload: bytes) -> bytes:
    """One unmasked, final frame (a server never masks)."""
    head = bytes([0x80 | opcode])
    size = len(payload)
    if size < 126:
        return head + bytes([size]) + payload
    if size < 1 << 16:
        return head + bytes([126]) + struct.pack("!H", size) + payload
    return head + bytes([127]) + struct.pack("!Q", size) + payload


class Changes:
    """A counter the owner thread raises when the room changes; push connections wait on it."""

    def __init__(self) -> None:
        self.version = 0
        self.closed = False
        self._condition = threading.Condition()
        self.connections = 0

    def bump(self) -> None:
        with self._condition:
            self.version += 1
            self._condition.notify_all()

    def close(self) -> None:
        with self._condition:
            self.closed = True
            self._condition.notify_all()

    def wait(self, seen: int, timeout: float) -> int:
        """The version once it passes `seen`, or the same after `timeout` seconds."""
        with self._condition:
            self._condition.wait_for(lambda: self.version != seen or self.closed, timeout)
            return self.version

    def enter(self) -> bool:
        with self._condition:
            if self.closed or self.connections >= MAX_CONNECTIONS:
                return False
            self.connections += 1
            return True

    def leave(self) -> None:
        with self._condition:
            self.connections -= 1


class _Closed(Exception):
    """The phone closed the connection, or sent something it should not."""


def _read_exactly(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise _Closed
        data += chunk
    return data


def _read_frame(sock: socket.socket) -> tuple[int, bytes]:
    first, second = _read_exactly(sock, 2)
    opcode, masked, size = first & 0x0F, second & 0x80, second & 0x7F
    if not masked or size > MAX_INCOMING:  # RFC 6455: a client masks every frame
        raise _Closed
    mask = _read_exactly(sock, 4)
    payload = bytes(b ^ mask[i % 4] for i, b in enumerate(_read_exactly(sock, size)))
    return opcode, payload


def serve_push(
    sock: socket.socket, changes: Changes, seen: int, message: Callable[[int], bytes]
) -> None:
    """Hold one push connection after its handshake: a frame on each change after version
    `seen` (read before the handshake's answer, so no change falls between), a ping when
    quiet, until the phone or the room closes it (runs on the request's own thread)."""
    sock.settimeout(10.0)  # a send to a phone that stopped reading gives up
    quiet = 0.0
    try:
        while not changes.closed:
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:
                opcode, payload = _read_frame(sock)
                if opcode == OP_CLOSE:
                    sock.sendall(frame(OP_CLOSE, payload[:2]))
                    return
                if opcode == OP_PING:
                    sock.sendall(frame(OP_PONG, payload))
                continue
            version = changes.wait(seen, CHECK_SECONDS)
            if version != seen:
                seen = version
                quiet = 0.0
                sock.sendall(frame(OP_TEXT, message(version)))
                time.sleep(MIN_GAP)
                continue
            quiet += CHECK_SECONDS
            if quiet >= KEEPALIVE_SECONDS:
                quiet = 0.0
                sock.sendall(frame(OP_PING, b""))
        sock.sendall(frame(OP_CLOSE, struct.pack("!H", 1001)))  # going away: the room stopped
    except (_Closed, OSError, ValueError):
        return
