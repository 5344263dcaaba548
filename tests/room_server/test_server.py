"""The room server over real HTTP: every phone action ends up in the workshop file."""

from __future__ import annotations

import http.client
import json
import socket
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode

import pytest

from app.domain import edits, model
from app.room_server.addresses import (
    LOOPBACK6,
    AddressRefused,
    check_host,
    ipv6_addresses,
    is_allowed,
    loopback_addresses,
    url_host,
)
from app.room_server.phone_texts import PHONE_TEXTS, page_texts
from app.room_server.server import (
    MAX_BODY,
    MAX_ENVELOPE,
    Limits,
    RoomServer,
    phone_language,
)
from tests.reliability.test_naughty_text import NAUGHTY
from tests.room_server.client import Phone
from tests.room_server.conftest import (
    add_kano_board,
    add_notes,
    add_reverse_round,
    edit_file,
    read_file,
    running,
    set_step,
)


def test_join_write_edit_withdraw(room_path: Path) -> None:
    with running(room_path) as server:
        phone = Phone(server.url(), language="ru")
        state = phone.state()
        assert state["me"] is None and state["task"] == "write"
        ravens = next(t["id"] for t in state["teams"] if t["name"] == "Ravens")
        joined = phone.act("join", name="Lena", team_id=ravens)
        assert joined["ok"]
        board = phone.state()["board_id"]
        first = phone.act("write", board_id=board, text="Cash back at the till")
        second = phone.act("write", board_id=board, text="Оплата по QR-коду")
        assert phone.act("edit", note_id=first["note_id"], text="Cashback at every till")["ok"]
        assert phone.act("withdraw", note_id=second["note_id"])["ok"]
        mine = phone.state()["notes"]
        assert [n["text"] for n in mine] == ["Cashback at every till"]
    data = read_file(room_path)
    lena = next(p for p in data.participants if p.name == "Lena")
    assert lena.team_id == ravens
    notes = data.notes
    assert [(n.text, n.author, n.team_id) for n in notes] == [
        ("Cashback at every till", "Lena", ravens)
    ]


def test_a_resent_action_is_applied_once(room_path: Path) -> None:
    with running(room_path) as server:
        phone = Phone(server.url())
        phone.act("join", name="Oleg", team_id=None)
        board = phone.state()["board_id"]
        first = phone.act("write", action_id="note-1", board_id=board, text="One note")
        again = phone.act("write", action_id="note-1", board_id=board, text="One note")
        assert first == again
        # The same id from another phone is another action.
        other = Phone(server.url())
        other.act("join", name="Maria", team_id=None)
        third = other.act("write", action_id="note-1", board_id=board, text="One note")
        assert third["note_id"] != first["note_id"]
    data = read_file(room_path)
    assert sorted(n.author for n in data.notes) == ["Maria", "Oleg"]
    # Oleg existed: joining by name reuses the participant, no second Oleg.
    assert [p.name for p in data.participants].count("Oleg") == 1


def test_a_note_resent_after_a_restart_is_not_doubled(room_path: Path) -> None:
    with running(room_path) as server:
        phone = Phone(server.url())
        phone.act("join", name="Oleg", team_id=None)
        board = phone.state()["board_id"]
        kept = phone.act("write", action_id="note-1", board_id=board, text="Kept once")
        gone = phone.act("write", action_id="note-2", board_id=board, text="Withdrawn")
        assert phone.act("withdraw", note_id=gone["note_id"])["ok"]
    # The laptop restarts (a new token); the phone comes back with the same id and resends
    # both notes, as if it never heard the answers.
    with running(room_path) as server:
        again = Phone(server.url())
        again.device = phone.device
        again.act("join", name="Oleg", team_id=None)
        assert again.act("write", action_id="note-1", board_id=board, text="Kept once") == kept
        assert again.act("write", action_id="note-2", board_id=board, text="Withdrawn") == gone
        fresh = again.act("write", action_id="note-3", board_id=board, text="New")
    data = read_file(room_path)
    assert sorted(n.text for n in data.notes) == ["Kept once", "New"]
    assert {r.note_id for r in data.phone_receipts} == {
        kept["note_id"],
        gone["note_id"],
        fresh["note_id"],
    }
    assert all(r.key.startswith(phone.device + "/") for r in data.phone_receipts)
    # The receipts name phones, not ideas: the JSON dump leaves them out.
    from app.export import json_dump

    assert phone.device not in json_dump.dumps(data)


def test_dot_votes_within_and_over_the_budget(room_path: Path) -> None:
    add_notes(room_path, ["A", "B", "C", "D", "E", "F"])
    set_step(room_path, "capture", "Dot voting", stage="vote")
    with running(room_path) as server:
        phone = Phone(server.url())
        phone.act("join", name="Ivan", team_id=None)
        state = phone.state()
        assert state["task"] == "vote"
        budget = state["budget"]
        assert budget == edits.vote_budget(6)
        ballot = state["ballot"]
        assert {"id", "text", "mine"} == set(ballot[0])  # no totals before the reveal
        assert phone.act("dots", note_id=ballot[0]["id"], count=budget - 1)["ok"]
        assert phone.act("dots", note_id=ballot[1]["id"], count=1)["ok"]
        over = phone.act("dots", note_id=ballot[2]["id"], count=1)
        assert not over["ok"] and str(budget) in over["error"]
        # Setting the same count again changes nothing (a resend after a lost answer).
        assert phone.act("dots", note_id=ballot[1]["id"], count=1)["ok"]
    data = read_file(room_path)
    ivan = next(p for p in data.participants if p.name == "Ivan")
    assert sum(v.count for v in data.votes if v.voter_id == ivan.id) == budget
    assert all(v.voter_kind == model.VoterKind.PARTICIPANT for v in data.votes)


def test_kano_answers_are_recorded_under_the_participant(room_path: Path) -> None:
    add_kano_board(room_path, ["Pay by QR", "Receipt by e-mail"])
    set_step(room_path, "prioritise", "Kano questionnaire")
    with running(room_path) as server:
        phone = Phone(server.url(), language="ru")
        phone.act("join", name="Maria", team_id=None)
        state = phone.state()
        assert state["task"] == "kano"
        assert state["questions"][0].startswith("Как")
        assert len(state["answers"]) == 5
        qr = state["candidates"][0]["id"]
        assert phone.act("kano", candidate_id=qr, functional=1, dysfunctional=5)["ok"]
        assert phone.act("kano", candidate_id=qr, functional=1, dysfunctional=4)["ok"]
        bad = phone.act("kano", candidate_id=qr, functional=9, dysfunctional=4)
        assert not bad["ok"]
        assert phone.state()["candidates"][0]["answer"] == [1, 4]
    data = read_file(room_path)
    assert [
        (a.respondent, a.candidate_id, a.functional, a.dysfunctional) for a in data.kano_answers
    ] == [("Maria", qr, 1, 4)]


def test_good_and_bad_ideas_land_in_the_team_lane(room_path: Path) -> None:
    add_reverse_round(room_path)
    set_step(room_path, "reverse", "Write a good and a bad idea")
    with running(room_path) as server:
        phone = Phone(server.url())
        state = phone.state()
        foxes = next(t["id"] for t in state["teams"] if t["name"] == "Foxes")
        phone.act("join", name="Ivan", team_id=foxes)
        state = phone.state()
        assert state["task"] == "ideas"
        board = state["board_id"]
        assert phone.act("write", board_id=board, role="good", text="Free coffee")["ok"]
        assert phone.act("write", board_id=board, role="bad", text="Charge for air")["ok"]
    data = read_file(room_path)
    on_board = [(n.role, n.team_id, n.author) for n in data.notes if n.board_id == board]
    assert sorted(on_board) == [
        (model.NoteRole.BAD, foxes, "Ivan"),
        (model.NoteRole.GOOD, foxes, "Ivan"),
    ]


def test_requests_without_the_token_are_refused(room_path: Path) -> None:
    with running(room_path) as server:
        phone = Phone(server.url())
        stranger = Phone(server.url().replace(server.token, "0" * 32))
        assert stranger.get(stranger.base)[0] == 403
        assert stranger.get(phone.origin + "/r/")[0] == 403
        # The short address only offers the form for the session code.
        status, body, _headers = stranger.get(phone.origin + "/")
        assert status == 200 and server.token.encode() not in body
        assert stranger.get(phone.origin + "/etc/passwd")[0] == 403
        status, _ = stranger.post({"op": "join", "name": "X"}, token=server.token)
        assert status == 403
        # The right address but no token header: a cookie or a link cannot act.
        status, _ = phone.post({"op": "join", "name": "X", "id": "1"})
        assert status == 403
        status, _ = phone.post({"op": "join", "name": "X", "id": "1"}, token="wrong")
        assert status == 403
        # The page itself needs the token in its address, and carries it nowhere else.
        status, body, headers = phone.get(phone.base)
        assert status == 200 and server.token.encode() not in body
        assert headers["Referrer-Policy"] == "no-referrer"
        assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert [p.name for p in read_file(room_path).participants] == ["Oleg", "Maria", "Ivan"]


def test_oversize_requests_and_notes_are_refused_and_nothing_is_stored(room_path: Path) -> None:
    with running(room_path) as server:
        phone = Phone(server.url())
        phone.act("join", name="Oleg", team_id=None)
        board = phone.state()["board_id"]
        huge = json.dumps({"op": "write", "id": "x", "board_id": board, "text": "x" * MAX_BODY})
        status, payload = phone.post({}, token=server.token, raw=huge.encode())
        assert status == 413 and not payload["ok"]
        # Besides a note's text, a request holds 16 KB: padding elsewhere is refused.
        padded = {"op": "join", "id": "p", "name": "Oleg", "pad": "p" * MAX_ENVELOPE}
        status, payload = phone.post(padded, token=server.token)
        assert status == 413 and not payload["ok"]
        padded_note = {"op": "write", "id": "q", "board_id": board, "text": "short"}
        padded_note["pad"] = "p" * MAX_ENVELOPE
        status, payload = phone.post(padded_note, token=server.token)
        assert status == 413 and not payload["ok"]
        long_note = phone.act("write", board_id=board, text="y" * (model.MAX_NOTE_TEXT + 1))
        assert not long_note["ok"] and "10000" in long_note["error"]
        status, payload = phone.post({}, token=server.token, raw=b"{not json")
        assert status == 400 and set(payload) == {"ok", "error"}
        assert "Traceback" not in payload["error"]
        odd = phone.act("write", board_id="not a number", text="z")
        assert not odd["ok"] and "Traceback" not in odd["error"]
    assert read_file(room_path).notes == []


@pytest.mark.parametrize(
    "character",
    [
        "ж",  # Cyrillic: 2 bytes of UTF-8
        "\U0001f600",  # an emoji: 4 bytes
        '"',  # escaped in JSON: 2 bytes
        "\u0007",  # a control character: 6 bytes of JSON (\u0007)
    ],
)
def test_a_note_of_the_longest_length_fits_in_any_script(room_path: Path, character: str) -> None:
    longest = "a" + character * (model.MAX_NOTE_TEXT - 2) + "z"
    with running(room_path) as server:
        phone = Phone(server.url())
        phone.act("join", name="Oleg", team_id=None)
        board = phone.state()["board_id"]
        escaped = json.dumps({"op": "write", "text": longest}).encode()  # as ASCII, escaped
        assert len(escaped) <= MAX_BODY
        written = phone.act("write", board_id=board, text=longest)
        assert written["ok"], written
        one_more = phone.act("write", board_id=board, text=longest + character)
        assert not one_more["ok"] and "10000" in one_more["error"]
    assert [n.text for n in read_file(room_path).notes] == [longest]


def test_naughty_strings_are_stored_exactly(room_path: Path) -> None:
    fitting = [s for s in NAUGHTY if len(json.dumps(s, ensure_ascii=False).encode()) < 15_000]
    with running(room_path, Limits(per_phone_burst=1000)) as server:
        phone = Phone(server.url())
        phone.act("join", name="Oleg", team_id=None)
        board = phone.state()["board_id"]
        for text in fitting:
            answer = phone.act("write", board_id=board, text=text)
            assert answer["ok"], (text, answer)
        shown = [n["text"] for n in phone.state()["notes"]]
    expected = [edits.clean_text(s) for s in fitting]
    assert shown == expected
    assert [n.text for n in read_file(room_path).notes] == expected
    # The page sets text only as text: no HTML is ever built from a string.
    script = (Path(__file__).parents[2] / "app/room_server/static/phone.js").read_text()
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script


def test_rate_limit_per_phone(room_path: Path) -> None:
    limits = Limits(per_phone=0.001, per_phone_burst=3)
    with running(room_path, limits) as server:
        phone = Phone(server.url())
        statuses = [
            phone.post({"op": "join", "name": "Oleg", "id": str(i)}, token=server.token)[0]
            for i in range(5)
        ]
        assert statuses == [200, 200, 200, 429, 429]
        # Another phone has its own allowance.
        other = Phone(server.url())
        assert other.post({"op": "join", "name": "Ivan", "id": "a"}, token=server.token)[0] == 200


def test_a_removed_phone_cannot_act(room_path: Path) -> None:
    with running(room_path) as server:
        phone = Phone(server.url())
        joined = phone.act("join", name="Lena", team_id=None)
        pairs = server.hub.remove(joined["participant_id"])
        assert [type(before) for before, _after in pairs] == [model.Participant]
        board = phone.state()["board_id"]
        assert phone.state()["me"] is None
        refused = phone.act("write", board_id=board, text="still here?")
        assert not refused["ok"]
        again = phone.act("join", name="Lena 2", team_id=None)
        assert not again["ok"] and "taken this phone out" in again["error"]


def test_listening_addresses_are_private_only() -> None:
    for address in ("127.0.0.1", "10.1.2.3", "192.168.0.10", "172.20.0.1", "169.254.3.4"):
        assert is_allowed(address), address
    for address in ("8.8.8.8", "0.0.0.0", "224.0.0.1", "example.org"):
        with pytest.raises(AddressRefused, match="--host"):
            check_host(address)


def test_ipv6_listening_addresses_are_loopback_link_local_or_unique_local() -> None:
    for address in ("::1", "fe80::1", "fe80::a00:27ff:fe4e:66a1%wlan0", "fd12:3456:789a::1"):
        assert is_allowed(address), address
    for address in (
        "2a00:1450:4001:80b::200e",  # a global address
        "2001:db8::1",  # documentation: "private" to Python, still not a local network
        "::ffff:192.168.1.10",  # an IPv4 address written as IPv6
        "64:ff9b::808:808",  # NAT64: a public IPv4 address behind it
        "ff02::1",  # multicast
        "::",
    ):
        with pytest.raises(AddressRefused, match="--host"):
            check_host(address)


def test_the_machines_ipv6_addresses_are_filtered_from_the_kernels_list() -> None:
    # The format of Linux's /proc/net/if_inet6: address, index, prefix, scope, flags, name.
    listing = "\n".join(
        (
            "00000000000000000000000000000001 01 80 10 80       lo",
            "fe80000000000000021122fffe334455 02 40 20 80     wlan0",
            "2a001450400108070000000000002004 02 40 00 00     wlan0",
            "fd123456789a00010000000000000002 02 40 00 00     wlan0",
            "20010db8000000000000000000000001 03 40 00 00      eth0",
            "garbage",
        )
    )
    assert ipv6_addresses(listing) == ["fd12:3456:789a:1::2", "fe80::211:22ff:fe33:4455%wlan0"]
    assert url_host("fe80::1%wlan0") == "[fe80::1%25wlan0]"
    assert url_host("192.168.1.23") == "192.168.1.23"


def test_a_phone_joins_over_ipv6_loopback(room_path: Path) -> None:
    if LOOPBACK6 not in loopback_addresses():
        pytest.skip("this machine has no IPv6")
    with running(room_path, host=LOOPBACK6) as server:
        assert server.url().startswith("http://[::1]:")
        phone = Phone(server.url())
        assert phone.act("join", name="Ipv6", team_id=None)["ok"]
        board = phone.state()["board_id"]
        assert phone.act("write", board_id=board, text="over IPv6")["ok"]
    assert [n.text for n in read_file(room_path).notes] == ["over IPv6"]


def test_the_phone_language_follows_accept_language() -> None:
    assert phone_language("ru-RU,ru;q=0.9,en-US;q=0.8") == "ru"
    assert phone_language("en-GB,ru;q=0.5") == "en"
    assert phone_language("de-DE") == "en"
    assert phone_language(None) == "en"


def test_anonymous_and_moderated_notes(room_path: Path) -> None:
    # The settings are the file's: set before the server starts, they hold after it starts.
    edit_file(
        room_path, lambda w: w.update_workshop(phones_anonymous=True, phones_moderated=True)
    )
    with running(room_path) as server:
        assert server.hub.anonymous and server.hub.moderated
        phone = Phone(server.url())
        phone.act("join", name="Lena", team_id=None)
        board = phone.state()["board_id"]
        written = phone.act("write", board_id=board, text="Nobody knows who wrote this")
        mine = phone.state()["notes"]
        assert mine == [
            {
                "id": written["note_id"],
                "text": "Nobody knows who wrote this",
                "role": "idea",
                "waiting": True,
            }
        ]
        # Anonymous notes stay the writer's own to edit.
        assert phone.act("edit", note_id=written["note_id"], text="Still nobody")["ok"]
    data = read_file(room_path)
    note = data.notes[0]
    assert (note.text, note.author, note.parked) == ("Still nobody", "", True)
    # Nothing in the file names the writer: not the note, not the Kano answers.
    assert all("Lena" not in n.author for n in data.notes)


def _post_code(server: RoomServer, code: str) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=20)
    try:
        body = urlencode({"code": code})
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        connection.request("POST", "/join", body, headers)
        response = connection.getresponse()
        response.read()
        return response.status, response.getheader("Location") or ""
    finally:
        connection.close()


def test_the_short_address_and_the_session_code_lead_to_the_join_address(
    room_path: Path,
) -> None:
    with running(room_path) as server:
        assert _post_code(server, "not the code") == (403, "")
        status, location = _post_code(server, " " + server.hub.code[:3] + " " + server.hub.code[3:])
        assert (status, location) == (303, f"/r/{server.token}/")
        # Guessing is slow: a few tries a minute from one address.
        statuses = [_post_code(server, "000000")[0] for _ in range(12)]
        assert statuses[-1] == 429
        assert _post_code(server, server.hub.code)[0] == 429  # even the right one, for now


def test_a_port_taken_on_one_address_moves_every_address_to_a_free_port() -> None:
    # Another server (a second Point B, `pointb serve`) listens on loopback at the port this
    # room would use: a phone typing the room's address must never reach that other room.
    taken = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    server = RoomServer(hub=None, port=port)  # type: ignore[arg-type]  # never asked here
    server.hosts = ["127.0.0.2", "127.0.0.1"]
    try:
        server.start()
        assert server.port != port
        assert sorted(server.hosts) == ["127.0.0.1", "127.0.0.2"]
    finally:
        server.stop()
        taken.close()


def test_a_version_3_file_gains_the_phone_settings_and_receipts(room_path: Path) -> None:
    import sqlite3

    from app.store import database

    connection = sqlite3.connect(room_path)
    connection.execute("DROP TABLE phone_receipt")
    for column in ("phones_anonymous", "phones_moderated"):
        connection.execute(f"ALTER TABLE workshop DROP COLUMN {column}")
    connection.execute("PRAGMA user_version = 3")
    connection.commit()
    connection.close()
    edit_file(room_path, lambda w: w.update_workshop(phones_moderated=True))
    connection = sqlite3.connect(room_path)
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        row = connection.execute(
            "SELECT phones_anonymous, phones_moderated FROM workshop"
        ).fetchone()
        receipts = connection.execute("SELECT count(*) FROM phone_receipt").fetchone()[0]
    finally:
        connection.close()
    assert (version, row, receipts) == (database.SCHEMA_VERSION, (0, 1), 0)


def _page_texts_of(page: bytes) -> dict[str, str]:
    """The texts the phone page carries (the JSON in its root element's data-texts)."""
    found: dict[str, str] = {}

    class Reader(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "html":
                found.update(json.loads(dict(attrs)["data-texts"] or "{}"))

    Reader().feed(page.decode("utf-8"))
    return found


def test_the_phone_page_carries_its_texts_in_the_phones_language(room_path: Path) -> None:
    with running(room_path) as server:
        status, page, _headers = Phone(server.url(), language="ru").get(server.url())
        assert status == 200
        texts = _page_texts_of(page)
        assert texts["your_name"] == "Ваше имя"
        assert texts["dots_left"] == "Осталось голосов: {n} из {budget}"  # the page fills it
        assert set(texts) == set(PHONE_TEXTS)
        _status, english, _headers = Phone(server.url(), language="de").get(server.url())
        assert _page_texts_of(english)["your_name"] == "Your name"
        assert b'lang="en"' in english


def test_a_third_language_needs_only_its_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    from app.domain import i18n
    from app.room_server import server as server_module

    folder = tmp_path / "locale" / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    catalog = Catalog(locale="de")
    catalog.add("Your name", "Dein Name")
    with (folder / "pointb.mo").open("wb") as mo:
        write_mo(mo, catalog)
    caches = (i18n.catalogue_languages, i18n.translations, server_module._page_texts)
    monkeypatch.setattr(i18n, "locale_dir", lambda: str(tmp_path / "locale"))
    for cached in caches:
        cached.cache_clear()
    try:
        assert phone_language("de-DE,en;q=0.5") == "de"
        assert page_texts("de")["your_name"] == "Dein Name"
        assert page_texts("de")["add"] == "Add"  # not translated yet: the English text
    finally:
        monkeypatch.undo()
        for cached in caches:
            cached.cache_clear()
    assert phone_language("de-DE") == "en"
