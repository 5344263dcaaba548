"""A phone, as the tests and the benchmark see it: the phone page's requests over HTTP."""

from __future__ import annotations

import json
import secrets
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlsplit


class Phone:
    def __init__(self, join_url: str, language: str = "en") -> None:
        parts = urlsplit(join_url)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.base = join_url if join_url.endswith("/") else join_url + "/"
        self.token = parts.path.split("/")[2]
        self.device = secrets.token_hex(16)
        self.language = language

    def _request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, Any]]:
        sent = {"X-Room-Device": self.device, "Accept-Language": self.language}
        sent.update(headers or {})
        request = urllib.request.Request(path, data=body, method=method, headers=sent)
        try:
            with urllib.request.urlopen(request, timeout=20) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            payload = error.read()
            return error.code, json.loads(payload) if payload else {}

    def get(self, path: str, headers: dict[str, str] | None = None) -> tuple[int, bytes, Any]:
        sent = {"X-Room-Device": self.device, "Accept-Language": self.language}
        sent.update(headers or {})
        request = urllib.request.Request(path, headers=sent)
        try:
            with urllib.request.urlopen(request, timeout=20) as response:
                return response.status, response.read(), response.headers
        except urllib.error.HTTPError as error:
            return error.code, error.read(), error.headers

    def state(self) -> dict[str, Any]:
        status, payload = self._request("GET", self.base + "api/state")
        assert status == 200, payload
        return payload

    def post(
        self, action: dict[str, Any], token: str | None = None, raw: bytes | None = None
    ) -> tuple[int, dict[str, Any]]:
        body = raw if raw is not None else json.dumps(action, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if token is not None:
            headers["X-Room-Token"] = token
        return self._request("POST", self.base + "api/act", body, headers)

    def act(self, op: str, action_id: str | None = None, **fields: Any) -> dict[str, Any]:
        action = {"op": op, "id": action_id or secrets.token_hex(8), **fields}
        status, payload = self.post(action, token=self.token)
        assert status == 200, (status, payload)
        return payload


class PushListener:
    """A tiny WebSocket client (RFC 6455, text frames) on a room's push channel."""

    GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

    def __init__(
        self,
        join_url: str,
        device: str | None = None,
        origin: str | None = None,
        path: str | None = None,
        key: str | None = None,
    ) -> None:
        import base64
        import hashlib
        import socket

        parts = urlsplit(join_url)
        base = parts.path if parts.path.endswith("/") else parts.path + "/"
        self.device = device or secrets.token_hex(16)
        self.key = key if key is not None else base64.b64encode(secrets.token_bytes(16)).decode()
        target = path or f"{base}api/push?device={self.device}"
        host, port = parts.hostname or "127.0.0.1", parts.port or 80
        self.sock = socket.create_connection((host, port), timeout=10)
        lines = [
            f"GET {target} HTTP/1.1",
            f"Host: {parts.netloc}",
            "Upgrade: websocket",
            "Connection: Upgrade",
            f"Sec-WebSocket-Key: {self.key}",
            "Sec-WebSocket-Version: 13",
        ]
        if origin is not None:
            lines.append(f"Origin: {origin}")
        self.sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("ascii"))
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                break
            head += chunk
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        self.status = int(status_line.split()[1])
        self.headers = {
            name.strip().lower(): value.strip()
            for name, _, value in (line.partition(":") for line in header_lines if line)
        }
        expected = base64.b64encode(hashlib.sha1((self.key + self.GUID).encode()).digest())
        self.accepted = self.headers.get("sec-websocket-accept") == expected.decode()

    def _exactly(self, size: int) -> bytes:
        data = b""
        while len(data) < size:
            chunk = self.sock.recv(size - len(data))
            if not chunk:
                raise ConnectionError("closed")
            data += chunk
        return data

    def receive(self, timeout: float = 10.0) -> tuple[int, bytes]:
        """The next frame: (opcode, payload). Servers do not mask."""
        import struct

        self.sock.settimeout(timeout)
        first, second = self._exactly(2)
        assert not second & 0x80, "a server frame must not be masked"
        size = second & 0x7F
        if size == 126:
            size = struct.unpack("!H", self._exactly(2))[0]
        elif size == 127:
            size = struct.unpack("!Q", self._exactly(8))[0]
        return first & 0x0F, self._exactly(size)

    def next_change(self, timeout: float = 10.0) -> dict[str, Any]:
        while True:
            opcode, payload = self.receive(timeout)
            if opcode == 0x1:
                return dict(json.loads(payload))
            if opcode == 0x8:
                raise ConnectionError("closed by the server")

    def send(self, opcode: int, payload: bytes = b"") -> None:
        mask = secrets.token_bytes(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(bytes([0x80 | opcode, 0x80 | len(payload)]) + mask + masked)

    def close(self) -> None:
        self.sock.close()
