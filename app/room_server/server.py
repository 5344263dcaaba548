"""The room server: the phone page and its small JSON API, over plain HTTP on the room's
network, with the standard library's threaded HTTP server.

Every URL starts with `/r/<token>`, a random 128-bit session token that only the join
address (the QR code) carries; any other request is refused. Actions (POST) also need
the token in the `X-Room-Token` header and the phone's own random id in `X-Room-Device`.
The three files of the phone page are read into memory when the server starts: no route
reads from disk. Bodies over the cap are refused unread (see `MAX_BODY`), each client
address and each phone has a rate limit, and errors reach the phone as one line of JSON,
never a stack trace.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import hmac
import html
import json
import re
import secrets
import socket
import socketserver
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, urlsplit

from app.domain.i18n import N_, SOURCE_LANGUAGE, catalogue_languages, text
from app.domain.model import MAX_NOTE_TEXT
from app.room_server import push
from app.room_server.addresses import (
    LOOPBACKS,
    check_host,
    is_ipv6_link_local,
    is_loopback,
    loopback_addresses,
    private_addresses,
    url_host,
)
from app.room_server.hub import Json, RoomHub
from app.room_server.phone_texts import page_texts

DEFAULT_PORT = 8765
PORT_ATTEMPTS = 20  # the next ports tried when the default one is taken
# A request is at most 16 KB besides its note's text, and the text is at most
# MAX_NOTE_TEXT characters (the domain refuses a longer one, with a message). A character
# takes at most 12 bytes of JSON: 2 in UTF-8 for Cyrillic, 4 for an emoji, 6 as a \uXXXX
# escape, 12 for an emoji escaped as two of them. So a body is refused unread above 16 KB
# plus 12 bytes a character, and once read, above 16 KB plus 12 bytes for each character
# its text really has. A 10,000-character note fits in any script and any JSON encoder;
# 16 KB of padding anywhere else does not.
MAX_ENVELOPE = 16 * 1024
MAX_CHAR_BYTES = 12
MAX_BODY = MAX_ENVELOPE + MAX_CHAR_BYTES * MAX_NOTE_TEXT
TOKEN_HEADER = "X-Room-Token"
DEVICE_HEADER = "X-Room-Device"
_DEVICE_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
# A Host header fit to repeat in the page's policy: a name or address, an optional port.
_HOST_RE = re.compile(
    r"^[A-Za-z0-9.\-]{1,253}(:[0-9]{1,5})?$|^\[[0-9A-Za-z:.%]{2,80}\](:[0-9]{1,5})?$"
)
_STATIC = {
    "phone.js": "text/javascript; charset=utf-8",
    "phone.css": "text/css; charset=utf-8",
}
_SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the token is in the address
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}


def phone_language(accept_language: str | None) -> str:
    """The language the phone prefers among those the catalogues have, else English."""
    best, best_q = SOURCE_LANGUAGE, -1.0
    known = catalogue_languages()
    for part in (accept_language or "").split(","):
        tag, _, params = part.strip().partition(";")
        code = tag.strip().lower()[:2]
        if code not in known:
            continue
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        if q > best_q:
            best, best_q = code, q
    return best


class RateLimiter:
    """A token bucket per key: `rate` requests a second, bursts up to `burst`."""

    def __init__(self, rate: float, burst: float) -> None:
        self.rate = rate
        self.burst = burst
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = time.monotonic()
        with self._lock:
            tokens, since = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - since) * self.rate)
            if tokens < 1.0:
                self._buckets[key] = (tokens, now)
                return False
            self._buckets[key] = (tokens - 1.0, now)
            if len(self._buckets) > 10_000:  # forget idle clients
                self._buckets = {
                    k: v for k, v in self._buckets.items() if now - v[1] < 60 or k == key
                }
            return True


@dataclass(frozen=True)
class Limits:
    per_address: float = 50.0  # requests a second from one client address
    per_address_burst: float = 200.0
    per_phone: float = 10.0  # actions a second from one phone
    per_phone_burst: float = 40.0
    # Typed session codes (6 digits): a few a minute per address, and for the whole room.
    code_tries: float = 5 / 60
    code_burst: float = 10.0
    room_code_tries: float = 1.0  # a million codes would take eleven days
    room_code_burst: float = 60.0


# The page at the short address: a form for the session code (no script, no style).
_CODE_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>Point B</title></head>
<body><h1>{title}</h1>{error}
<form method="post" action="/join"><label for="code">{label}</label><br>
<input id="code" name="code" inputmode="numeric" autocomplete="off" maxlength="12" size="8">
<button type="submit">{join}</button></form>
<p>{hint}</p></body></html>
"""
_CODE_TEXTS = {
    "title": N_("Join the session"),
    "label": N_("Session code (on the projector)"),
    "join": N_("Join"),
    "wrong": N_("This is not the code of this session."),
    "hint": N_("Page not loading? Turn mobile data off so the phone uses the room's Wi-Fi."),
}


@functools.cache
def _page_texts(language: str) -> bytes:
    """The page's texts in `language`, as JSON in an HTML attribute (escaped for it)."""
    return html.escape(json.dumps(page_texts(language), ensure_ascii=False)).encode("utf-8")


def _load_static() -> dict[str, bytes]:
    folder = resources.files("app.room_server") / "static"
    return {name: (folder / name).read_bytes() for name in ("phone.html", *_STATIC)}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # a room joining at once must not find the door shut
    room: RoomServer
    host: str  # as given (an IPv6 link-local address with its interface)

    def server_bind(self) -> None:
        # Not HTTPServer's: it looks the address's name up (a reverse DNS query that can
        # hang for seconds on a venue network without DNS).
        socketserver.TCPServer.server_bind(self)
        self.server_name = self.host
        self.server_port = int(self.server_address[1])

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a phone that hangs up mid-request is no news; never print a trace


class _Server6(_Server):
    address_family = socket.AF_INET6


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "PointB"
    sys_version = ""
    timeout = 15  # seconds a slow client may hold a thread

    def log_message(self, format: str, *args: Any) -> None:
        pass

    # --- responses -----------------------------------------------------------------------
    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str,
        extra: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in {**_SECURITY_HEADERS, **(extra or {})}.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, payload: Json) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self._send(status, body, "application/json; charset=utf-8")

    def _refuse(self, status: HTTPStatus, error: str) -> None:
        self.close_connection = True
        self._json(status, {"ok": False, "error": error})

    # --- routing -------------------------------------------------------------------------
    def _route(self) -> str | None:
        """The path after `/r/<token>/`, or None (after refusing) without the token."""
        room = self.server.room
        address = self.client_address[0]
        # Loopback is this laptop (a self-test, a second window): its phones share one
        # address, so only the per-phone limit applies to them.
        if not is_loopback(address) and not room.address_limit.allow(address):
            self._refuse(HTTPStatus.TOO_MANY_REQUESTS, "too many requests; wait a moment")
            return None
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path in ("/", "/join"):
            self._code_entry(path)
            return None
        parts = path.split("/", 3)  # "", "r", token, rest
        if (
            len(parts) < 3
            or parts[1] != "r"
            or not hmac.compare_digest(
                parts[2].encode("utf-8", "replace"), room.token.encode("ascii")
            )
        ):
            self._refuse(HTTPStatus.FORBIDDEN, "this address is not a room's join address")
            return None
        return parts[3] if len(parts) > 3 else ""

    # --- joining by the short address and the session code --------------------------------
    def _code_entry(self, path: str) -> None:
        """`/` asks for the session code; `/join` checks it and sends the phone on to the
        join address. Wrong codes are rate-limited per address and for the whole room."""
        room = self.server.room
        language = phone_language(self.headers.get("Accept-Language"))
        if self.command in ("GET", "HEAD") and path == "/":
            self._code_page(HTTPStatus.OK, language, wrong=False)
            return
        if self.command != "POST" or path != "/join":
            self._refuse(HTTPStatus.NOT_FOUND, "not found")
            return
        address = self.client_address[0]
        if not room.code_limit.allow(address) or not room.code_room_limit.allow("room"):
            self._refuse(HTTPStatus.TOO_MANY_REQUESTS, "too many tries; wait a minute")
            return
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            length = -1
        if not 0 <= length <= 1024:
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "the request is too large")
            return
        fields = parse_qs(self.rfile.read(length).decode("utf-8", "replace"))
        typed = "".join(ch for ch in (fields.get("code") or [""])[0] if ch.isdigit())
        if not hmac.compare_digest(typed.encode("ascii"), room.hub.code.encode("ascii")):
            self._code_page(HTTPStatus.FORBIDDEN, language, wrong=True)
            return
        self.send_response(HTTPStatus.SEE_OTHER)
        self.send_header("Location", f"/r/{room.token}/")
        self.send_header("Content-Length", "0")
        for name, value in _SECURITY_HEADERS.items():
            self.send_header(name, value)
        self.end_headers()

    def _code_page(self, status: HTTPStatus, language: str, wrong: bool) -> None:
        texts = {key: text(language, msgid) for key, msgid in _CODE_TEXTS.items()}
        error = f'<p role="alert">{texts["wrong"]}</p>' if wrong else ""
        page = _CODE_PAGE.format(lang=language, error=error, **texts).encode("utf-8")
        csp = "default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        self._send(status, page, "text/html; charset=utf-8", {"Content-Security-Policy": csp})

    def _device(self) -> str | None:
        device = self.headers.get(DEVICE_HEADER, "")
        return device if _DEVICE_RE.match(device) else None

    def do_GET(self) -> None:
        self._guarded(self._get)

    def do_HEAD(self) -> None:
        self._guarded(self._get)

    def do_POST(self) -> None:
        self._guarded(self._post)

    def _guarded(self, handler: Any) -> None:
        try:
            handler()
        except Exception:  # nothing but one line of JSON ever reaches a phone
            with contextlib.suppress(Exception):
                self._refuse(HTTPStatus.INTERNAL_SERVER_ERROR, "the laptop could not do this")

    def _get(self) -> None:
        rest = self._route()
        if rest is None:
            return
        room = self.server.room
        language = phone_language(self.headers.get("Accept-Language"))
        if rest in ("", "index.html"):
            page = (
                room.static["phone.html"]
                .replace(b"{{LANG}}", language.encode("ascii"))
                .replace(b"{{TEXTS}}", _page_texts(language))
            )
            self._send(HTTPStatus.OK, page, "text/html; charset=utf-8", self._page_policy())
        elif rest in _STATIC:
            self._send(HTTPStatus.OK, room.static[rest], _STATIC[rest])
        elif rest == "api/push":
            self._push()
        elif rest == "api/state":
            device = self._device()
            if device is None:
                self._refuse(HTTPStatus.BAD_REQUEST, "missing phone id")
                return
            room.hub.seen(device, self.client_address[0])
            self._json(HTTPStatus.OK, room.hub.view(device, language))
        else:
            self._refuse(HTTPStatus.NOT_FOUND, "not found")

    def _page_policy(self) -> dict[str, str]:
        """The page's policy also names its WebSocket address: older Safari does not
        count ws:// to the same host as 'self'."""
        host = self.headers.get("Host", "")
        if not _HOST_RE.match(host):
            return {}
        policy = _SECURITY_HEADERS["Content-Security-Policy"].replace(
            "connect-src 'self'", f"connect-src 'self' ws://{host}"
        )
        return {"Content-Security-Policy": policy}

    def _push(self) -> None:
        """The WebSocket handshake (the token was checked by `_route`), then the push
        connection on this thread until it closes."""
        room = self.server.room
        headers = self.headers
        query = parse_qs(urlsplit(self.path).query)
        device = (query.get("device") or [""])[0]
        key = headers.get("Sec-WebSocket-Key", "")
        origin = headers.get("Origin")
        if (
            headers.get("Upgrade", "").lower() != "websocket"
            or "upgrade" not in headers.get("Connection", "").lower()
            or headers.get("Sec-WebSocket-Version") != "13"
            or not push.valid_key(key)
            or self.command != "GET"
        ):
            self._refuse(HTTPStatus.BAD_REQUEST, "not a WebSocket handshake")
            return
        if origin is not None and urlsplit(origin).netloc != headers.get("Host", ""):
            self._refuse(HTTPStatus.FORBIDDEN, "another site's page cannot listen")
            return
        if not _DEVICE_RE.match(device):
            self._refuse(HTTPStatus.BAD_REQUEST, "missing phone id")
            return
        if not room.hub.changes.enter():
            self._refuse(HTTPStatus.SERVICE_UNAVAILABLE, "too many connections; polling")
            return
        try:
            room.hub.seen(device, self.client_address[0])
            seen = room.hub.changes.version
            self.send_response(HTTPStatus.SWITCHING_PROTOCOLS)
            self.send_header("Upgrade", "websocket")
            self.send_header("Connection", "Upgrade")
            self.send_header("Sec-WebSocket-Accept", push.accept_key(key))
            self.end_headers()
            self.wfile.flush()
            self.close_connection = True

            def message(version: int) -> bytes:
                room.hub.seen(device, self.client_address[0])  # a listening phone is here
                return json.dumps({"changed": version}).encode("ascii")

            push.serve_push(self.connection, room.hub.changes, seen, message)
        finally:
            room.hub.changes.leave()

    def _post(self) -> None:
        rest = self._route()
        if rest is None:
            return
        room = self.server.room
        if rest != "api/act":
            self._refuse(HTTPStatus.NOT_FOUND, "not found")
            return
        header_token = self.headers.get(TOKEN_HEADER, "")
        if not hmac.compare_digest(
            header_token.encode("utf-8", "replace"), room.token.encode("ascii")
        ):
            self._refuse(HTTPStatus.FORBIDDEN, "missing room token")
            return
        device = self._device()
        if device is None:
            self._refuse(HTTPStatus.BAD_REQUEST, "missing phone id")
            return
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._refuse(HTTPStatus.LENGTH_REQUIRED, "the request has no length")
            return
        if length < 0 or length > MAX_BODY:
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "the request is too large")
            return
        if not room.phone_limit.allow(device):
            self._refuse(HTTPStatus.TOO_MANY_REQUESTS, "too many requests; wait a moment")
            return
        try:
            action = json.loads(self.rfile.read(length).decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            self._refuse(HTTPStatus.BAD_REQUEST, "the request is not JSON")
            return
        if not isinstance(action, dict):
            self._refuse(HTTPStatus.BAD_REQUEST, "the request is not a JSON object")
            return
        text = action.get("text")
        allowed = MAX_ENVELOPE + MAX_CHAR_BYTES * (len(text) if isinstance(text, str) else 0)
        if length > allowed:  # padding in other fields, not a long note
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "the request is too large")
            return
        room.hub.seen(device, self.client_address[0])
        language = phone_language(self.headers.get("Accept-Language"))
        try:
            answer = room.hub.submit(device, action, language)
        except TimeoutError as exc:
            self._refuse(HTTPStatus.SERVICE_UNAVAILABLE, str(exc))
            return
        except Exception:
            self._refuse(HTTPStatus.SERVICE_UNAVAILABLE, "not saved; the phone will send again")
            return
        self._json(HTTPStatus.OK, answer)


class RoomServer:
    """The server threads, one listening socket per allowed address."""

    def __init__(
        self,
        hub: RoomHub,
        host: str | None = None,
        port: int = DEFAULT_PORT,
        token: str | None = None,
        limits: Limits | None = None,
    ) -> None:
        self.hub = hub
        self.token = token or secrets.token_hex(16)  # 128 bits
        self.hosts = [check_host(host)] if host else [*private_addresses(), *loopback_addresses()]
        self.requested_port = port
        self.port = 0
        limits = limits or Limits()
        self.address_limit = RateLimiter(limits.per_address, limits.per_address_burst)
        self.phone_limit = RateLimiter(limits.per_phone, limits.per_phone_burst)
        self.code_limit = RateLimiter(limits.code_tries, limits.code_burst)
        self.code_room_limit = RateLimiter(limits.room_code_tries, limits.room_code_burst)
        self.static = _load_static()
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []

    @property
    def lan_hosts(self) -> list[str]:
        """The addresses phones can open (loopback is for this machine only; an IPv6
        link-local address is listened on, but a phone's browser takes no URL with the
        interface it needs)."""
        return [h for h in self.hosts if h not in LOOPBACKS and not is_ipv6_link_local(h)]

    def url(self, host: str | None = None) -> str:
        """The join address: the first network address unless `host` is given."""
        return f"{self.short_address(host)}/r/{self.token}/"

    def short_address(self, host: str | None = None) -> str:
        chosen = host or (self.lan_hosts or self.hosts)[0]
        return f"http://{url_host(chosen)}:{self.port}"

    def start(self) -> None:
        first = self._bind_first()
        self._servers.append(first)
        for host in self.hosts[1:]:
            try:
                self._servers.append(self._bind(host, self.port))
            except OSError as exc:
                if exc.errno == errno.EADDRINUSE and self.requested_port != 0:
                    # Another server holds this port on that address: a phone typing it
                    # would reach the wrong room, so move every address to another port.
                    self._close_servers()
                    self.requested_port = self.port + 1
                    self.start()
                    return
                continue  # an address that vanished (a network went down) is skipped
        self.hosts = [s.host for s in self._servers]
        for server in self._servers:
            thread = threading.Thread(
                target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True
            )
            thread.start()
            self._threads.append(thread)

    def _bind_first(self) -> _Server:
        host = self.hosts[0]
        if self.requested_port == 0:
            server = self._bind(host, 0)
            self.port = int(server.server_address[1])
            return server
        error: OSError | None = None
        for port in range(self.requested_port, self.requested_port + PORT_ATTEMPTS):
            try:
                server = self._bind(host, port)
            except OSError as exc:
                error = exc
                continue
            self.port = port
            return server
        assert error is not None
        raise error

    def _bind(self, host: str, port: int) -> _Server:
        address: tuple[Any, ...] = (host, port)
        kind = _Server
        if ":" in host:
            # (address, port, flow, scope): a link-local address binds with its scope id.
            kind = _Server6
            address = socket.getaddrinfo(
                host, port, socket.AF_INET6, socket.SOCK_STREAM, 0, socket.AI_NUMERICHOST
            )[0][4]
        server = kind(address, _Handler, bind_and_activate=False)
        server.host = host
        try:
            server.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            server.server_bind()
            server.server_activate()
        except OSError:
            server.server_close()
            raise
        server.room = self
        return server

    def _close_servers(self) -> None:
        """Close sockets bound but not yet served (a port taken on one address)."""
        for server in self._servers:
            server.server_close()
        self._servers.clear()

    def stop(self) -> None:
        """Stop listening; requests under way finish (their threads are daemons)."""
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers.clear()
        self._threads.clear()
