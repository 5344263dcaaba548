"""The push channel over a real socket: a WebSocket handshake, then a frame per change."""

from __future__ import annotations

import struct
from pathlib import Path

from tests.room_server.client import Phone, PushListener
from tests.room_server.conftest import running


def test_a_phone_hears_of_a_change_at_once(room_path: Path) -> None:
    with running(room_path) as server:
        listener = PushListener(server.url())
        try:
            assert listener.status == 101 and listener.accepted
            assert listener.headers["upgrade"].lower() == "websocket"
            server.hub.room_changed()  # what the console does on each of its edits
            first = listener.next_change()
            server.hub.room_changed()
            second = listener.next_change()
            assert second["changed"] > first["changed"] > 0
            # A ping from the phone is answered with a pong carrying the same bytes.
            listener.send(0x9, b"hi")
            assert listener.receive() == (0xA, b"hi")
            # The listening phone counts as connected.
            assert any(p.device == listener.device for p in server.hub.connected())
        finally:
            listener.close()


def test_a_phones_own_action_is_not_announced(room_path: Path) -> None:
    with running(room_path) as server:
        phone = Phone(server.url())
        listener = PushListener(server.url(), device=phone.device)
        try:
            phone.act("join", name="Oleg", team_id=None)
            phone.act("write", board_id=phone.state()["board_id"], text="Mine")
            before = server.hub.changes.version
            server.hub.room_changed()
            assert listener.next_change() == {"changed": before + 1}
        finally:
            listener.close()


def test_the_handshake_needs_the_token_the_origin_and_a_key(room_path: Path) -> None:
    with running(room_path) as server:
        good = server.url()
        wrong_token = good.replace(server.token, "0" * 32)
        cases = [
            (PushListener(wrong_token), 403),
            (PushListener(good, path="/api/push?device=" + "a" * 32), 403),
            (PushListener(good, origin="http://evil.example"), 403),
            (PushListener(good, key="not-a-key"), 400),
            (PushListener(good, path=good.split(":" + str(server.port))[1] + "api/push"), 400),
        ]
        try:
            for listener, status in cases:
                assert (listener.status, listener.accepted) == (status, False)
            same_origin = PushListener(good, origin=f"http://127.0.0.1:{server.port}")
            assert same_origin.status == 101
            same_origin.close()
        finally:
            for listener, _status in cases:
                listener.close()


def test_stopping_the_room_closes_the_channel(room_path: Path) -> None:
    with running(room_path) as server:
        listener = PushListener(server.url())
        assert listener.status == 101
    try:
        opcode, payload = listener.receive()
        assert opcode == 0x8 and struct.unpack("!H", payload[:2])[0] == 1001
    finally:
        listener.close()


def test_the_page_may_open_its_websocket(room_path: Path) -> None:
    with running(room_path) as server:
        status, _body, headers = Phone(server.url()).get(server.url())
        assert status == 200
        policy = headers["Content-Security-Policy"]
        assert f"connect-src 'self' ws://127.0.0.1:{server.port};" in policy
