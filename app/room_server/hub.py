"""The room hub: phone actions queued by the server threads, applied on the file's thread.

The workshop file belongs to one thread (the GUI thread, or the main thread of `pointb
serve`). Server threads never write: they put a job on the queue, call `wake` and wait
for the job's answer. The owner thread runs `drain()`, which applies each action as one
edit through the `apply` function it was given (`WorkshopFile.apply`, or the GUI
controller's edit, which also makes it undoable), then answers the waiting thread. A
phone learns that its note is saved only after the transaction committed.

Every action carries an id the phone made up. The hub remembers the answer to each id,
so an action resent after a lost answer is answered again and not applied twice. A new
note (the one action that adds something) also leaves a receipt in the file, in the same
transaction: a phone resending it after the laptop restarted gets the same note back.

Reads (`view`) run on the server threads: `WorkshopFile` replaces its lists and records
on every edit instead of changing them in place, so a reader sees a consistent snapshot.
"""

from __future__ import annotations

import contextlib
import queue
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

from app.domain import edits, kano, model, phones, prioritise_flow, reverse_flow
from app.domain.edits import EditRefused, Pair
from app.domain.texts import render
from app.room_server.push import Changes
from app.room_server.steps import PhoneTask, phone_step

ApplyFunction = Callable[[str, Sequence[Pair]], object]  # raises when nothing was saved
# Edits made inside share one transaction (`WorkshopFile.batch`, `Controller.batch`).
BatchFunction = Callable[[], AbstractContextManager[None]]
Json = dict[str, Any]

ANSWER_TIMEOUT = 15.0  # seconds a server thread waits for the owner thread
REMEMBERED_ANSWERS = 50_000
SEEN_TIMEOUT = 30.0  # seconds after its last request a phone counts as connected
MAX_ACTION_ID = 64  # characters of a phone's action id that are remembered
BATCH_LIMIT = 200  # actions committed together at most (one answer waits for the commit)


class NotJoined(Exception):
    """The phone has not joined (or was removed): it must join again."""


@dataclass
class _Job:
    device: str
    action: Json
    language: str
    answer: Future[Json] = field(default_factory=Future)


@dataclass
class Phone:
    """A phone that reached the server: when, and as whom (None until it joins)."""

    device: str
    address: str
    last_seen: float
    participant_id: int | None = None


class RoomHub:
    def __init__(
        self,
        data: Callable[[], model.WorkshopData],
        apply: ApplyFunction,
        wake: Callable[[], None] = lambda: None,
        code: str | None = None,
        batch: BatchFunction = contextlib.nullcontext,
        batch_limit: int = BATCH_LIMIT,
    ) -> None:
        self._data = data
        self._apply = apply
        self._batch = batch
        self._batch_limit = batch_limit
        self.wake = wake
        self.code = code or f"{secrets.randbelow(1_000_000):06d}"  # shown to check the room
        self._jobs: queue.Queue[_Job] = queue.Queue()
        self._answers: OrderedDict[str, Json] = OrderedDict()
        for receipt in data().phone_receipts:  # notes saved before a restart
            self._answers[receipt.key] = {"ok": True, "note_id": receipt.note_id}
        self._phones: dict[str, Phone] = {}
        self._own_notes: dict[int, set[int]] = {}
        self._removed: set[str] = set()  # devices the facilitator removed
        self._lock = threading.Lock()  # guards _phones between server threads
        self._wake_pending = False  # a wake-up was sent and its drain has not started
        self.closed = False
        # Told to the phones' push connections: a change they did not make themselves.
        self.changes = Changes()
        self.applying = False  # a phone's action is being applied (its phone knows)

    @contextlib.contextmanager
    def own_changes(self) -> Iterator[None]:
        """Changes told to the window inside are the phones' own (the owner thread tells
        the window of a batch after it committed): they are not announced to the phones."""
        self.applying = True
        try:
            yield
        finally:
            self.applying = False

    def room_changed(self) -> None:
        """The facilitator changed the workshop (the step, a note, a setting): phones
        fetch their view at once. A phone's own action is not announced: only its own
        view changes, and its phone refreshes after the answer."""
        if not self.applying:
            self.changes.bump()

    # The facilitator's choices live in the file (the workshop record), so a restarted
    # server, `pointb serve` and an undo all see the same ones.
    @property
    def anonymous(self) -> bool:
        """No names on phone notes or in the undo history; Kano answers under a number."""
        return self._data().workshop.phones_anonymous

    @property
    def moderated(self) -> bool:
        """Phone notes wait set aside until the facilitator accepts them."""
        return self._data().workshop.phones_moderated

    # --- server threads ------------------------------------------------------------------
    def seen(self, device: str, address: str) -> Phone:
        with self._lock:
            phone = self._phones.get(device)
            if phone is None:
                phone = self._phones[device] = Phone(device, address, time.monotonic())
            phone.last_seen = time.monotonic()
            phone.address = address
            return phone

    def submit(self, device: str, action: Json, language: str) -> Json:
        """Queue an action for the owner thread and wait for its answer (server thread)."""
        if self.closed:
            raise RuntimeError("the room is closed")
        job = _Job(device, action, language)
        self._jobs.put(job)
        if not self._wake_pending:  # one wake-up per batch, not one per phone
            self._wake_pending = True
            self.wake()
        try:
            return job.answer.result(timeout=ANSWER_TIMEOUT)
        except FutureTimeout:
            raise TimeoutError("the laptop is busy; the phone will send again") from None

    def participant_of(self, device: str) -> int | None:
        phone = self._phones.get(device)
        return phone.participant_id if phone is not None else None

    def connected(self) -> list[Phone]:
        """Phones seen in the last half minute, in the order they arrived."""
        now = time.monotonic()
        with self._lock:
            return [p for p in self._phones.values() if now - p.last_seen <= SEEN_TIMEOUT]

    # --- the owner thread ----------------------------------------------------------------
    def drain(self, budget: float | None = None) -> int:
        """Apply the queued actions; returns how many were handled. Without a budget, all
        of them, in batches. With a `budget` in seconds, ONE batch, whose applying stops
        once that time is spent: its commit follows, so the owner thread is held for the
        budget plus one commit (the GUI calls again soon after, and updates the window in
        a turn of its own). The actions of a batch are committed together: one
        transaction, one disk flush, each its own undo step."""
        self._wake_pending = False  # jobs queued from now on wake the owner again
        if budget is not None:
            return self._run_batch(None, time.monotonic() + budget)
        handled = 0
        while done := self._run_batch(None, None):
            handled += done
        return handled

    @property
    def pending(self) -> int:
        return self._jobs.qsize()

    def wait_and_drain(self, timeout: float) -> int:
        """`drain`, after waiting up to `timeout` seconds for a first job (headless loop)."""
        try:
            job = self._jobs.get(timeout=timeout)
        except queue.Empty:
            return 0
        self._wake_pending = False
        return self._run_batch(job, None) + self.drain()

    def close(self, apply_queued: bool = True) -> None:
        """Refuse new actions and answer the queued ones (call on the owner thread): apply
        them, or, when the workshop they were meant for is already closed, tell their
        phones that nothing was saved (they keep the action and send it again)."""
        self.closed = True
        if apply_queued:
            self.drain()
        else:
            while True:
                try:
                    job = self._jobs.get_nowait()
                except queue.Empty:
                    break
                job.answer.set_exception(RuntimeError("the workshop was closed"))
        self.changes.close()

    def remove(self, participant_id: int) -> list[Pair]:
        """Cut off the phones acting as a participant; returns the edit that removes them
        (the caller applies it, so the facilitator can undo it)."""
        with self._lock:
            for phone in self._phones.values():
                if phone.participant_id == participant_id:
                    self._removed.add(phone.device)
                    phone.participant_id = None
        data = self._data()
        if all(p.id != participant_id for p in data.participants):
            return []
        return phones.remove_participant(data, participant_id)

    def _run_batch(self, first: _Job | None, deadline: float | None) -> int:
        """Apply queued actions (`first`, then the queue's) in one batch until the queue is
        empty, the deadline passes or the batch is full; answer them once it committed.
        If the commit fails, nothing of the batch is saved and every phone of it is told
        so (it sends again)."""
        if first is None:
            try:
                first = self._jobs.get_nowait()
            except queue.Empty:
                return 0  # nothing to apply: the room's own changes stay announced
        taken: list[_Job] = []
        answers: list[tuple[Json, str]] = []  # (answer, the key to remember it by, or "")
        new_keys: dict[str, Json] = {}  # answered in this batch, not yet committed
        self.applying = True  # the window's update after the commit is not announced either
        try:
            with self._batch():
                job: _Job | None = first
                while len(taken) < self._batch_limit:
                    if job is None:
                        try:
                            job = self._jobs.get_nowait()
                        except queue.Empty:
                            break
                    taken.append(job)
                    answer, key = self._answer(job, new_keys)
                    answers.append((answer, key))
                    if key:
                        new_keys[key] = answer
                    job = None
                    if deadline is not None and time.monotonic() >= deadline:
                        break
        except Exception as exc:  # a failed write: nothing remembered, the phones send again
            self.applying = False
            existing = {n.id for n in self._data().notes}
            for own in self._own_notes.values():
                own.intersection_update(existing)  # an unsaved note's id will be reused
            for job in taken:
                job.answer.set_exception(exc)
            return len(taken)
        self.applying = False
        for job, (answer, key) in zip(taken, answers, strict=True):
            if key:
                self._remember(key, answer)
            job.answer.set_result(answer)
        return len(taken)

    def _answer(self, job: _Job, new_keys: dict[str, Json]) -> tuple[Json, str]:
        """One action's answer, and the key to remember it by; raises when a write failed."""
        op_id = str(job.action.get("id", ""))[:MAX_ACTION_ID]
        key = f"{job.device}/{op_id}" if op_id else ""
        if key in self._answers:
            return self._answers[key], ""
        if key in new_keys:
            return new_keys[key], ""
        try:
            return self._handle(job, key), key
        except EditRefused as exc:
            return {"ok": False, "error": str(exc)}, key
        except NotJoined:
            return {"ok": False, "error": "join", "join": True}, ""
        except (KeyError, ValueError, TypeError) as exc:
            return {"ok": False, "error": f"bad request ({type(exc).__name__})"}, ""

    def _remember(self, key: str, answer: Json) -> None:
        self._answers[key] = answer
        while len(self._answers) > REMEMBERED_ANSWERS:
            self._answers.popitem(last=False)

    def _participant(self, device: str) -> int:
        participant_id = self.participant_of(device)
        data = self._data()
        if participant_id is None or all(p.id != participant_id for p in data.participants):
            raise NotJoined
        return participant_id

    def _handle(self, job: _Job, key: str) -> Json:
        action, language, data = job.action, job.language, self._data()
        op = str(action.get("op", ""))
        if op == "join":
            return self._join(job)
        participant_id = self._participant(job.device)
        person = next(p for p in data.participants if p.id == participant_id)
        name = phones.shown_name(person, self.anonymous, data.workshop.language)
        own = self._own_notes.setdefault(participant_id, set())
        if op == "write":
            step = phone_step(data)
            board_id = int(action["board_id"])
            text = str(action["text"])
            if step.board_id != board_id:
                raise EditRefused(phones.message("not_a_board", language))
            if step.task == PhoneTask.WRITE:
                pairs = phones.write_note(
                    data,
                    board_id,
                    participant_id,
                    text,
                    language,
                    anonymous=self.anonymous,
                    moderated=self.moderated,
                )
            elif step.task in (PhoneTask.IDEAS, PhoneTask.TRANSFORM):
                role = model.NoteRole(str(action.get("role", "")))
                bad = action.get("bad_note_id")
                bad_id = None if bad is None else int(bad)
                pairs = phones.write_idea(
                    data, board_id, participant_id, role, text, bad_id, language, self.anonymous
                )
            else:
                raise EditRefused(phones.message("not_a_board", language))
            note = pairs[0][1]
            assert isinstance(note, model.Note)
            if key:
                receipt = model.PhoneReceipt(edits.next_id(data.phone_receipts), key, note.id)
                pairs = [*pairs, (None, receipt)]
            self._apply(phones.message("phone_note", data.workshop.language, name=name), pairs)
            own.add(note.id)
            return {"ok": True, "note_id": note.id}
        if op == "edit":
            pairs = phones.edit_note(
                data, int(action["note_id"]), own, str(action["text"]), language
            )
            if pairs:
                self._apply(phones.message("phone_edit", data.workshop.language, name=name), pairs)
            return {"ok": True}
        if op == "withdraw":
            note_id = int(action["note_id"])
            pairs = phones.withdraw_note(data, note_id, own, language)
            if pairs:
                label = phones.message("phone_withdraw", data.workshop.language, name=name)
                self._apply(label, pairs)
            own.discard(note_id)
            return {"ok": True}
        if op == "dots":
            pairs = phones.set_dots(
                data, int(action["note_id"]), participant_id, int(action["count"]), language
            )
            if pairs:
                self._apply(phones.message("phone_vote", data.workshop.language, name=name), pairs)
            return {"ok": True}
        if op == "kano":
            pairs = phones.answer_kano(
                data,
                int(action["candidate_id"]),
                participant_id,
                int(action["functional"]),
                int(action["dysfunctional"]),
                self.anonymous,
            )
            if pairs:
                self._apply(phones.message("phone_kano", data.workshop.language, name=name), pairs)
            return {"ok": True}
        raise ValueError(f"unknown action {op!r}")

    def _join(self, job: _Job) -> Json:
        if job.device in self._removed:
            raise EditRefused(phones.message("removed", job.language))
        data = self._data()
        team = job.action.get("team_id")
        team_id = None if team in (None, "") else int(team)
        participant_id, pairs = phones.join(data, str(job.action["name"]), team_id, job.language)
        if pairs:
            name = phones.clean_name(str(job.action["name"]), job.language)
            if self.anonymous:
                name = phones.message("someone", data.workshop.language)
            self._apply(phones.message("phone_join", data.workshop.language, name=name), pairs)
        with self._lock:
            phone = self._phones.get(job.device)
            if phone is None:
                phone = self._phones[job.device] = Phone(job.device, "", time.monotonic())
            phone.participant_id = participant_id
        return {"ok": True, "participant_id": participant_id}

    # --- what a phone sees (server threads) ----------------------------------------------
    def view(self, device: str, language: str) -> Json:
        data = self._data()
        step = phone_step(data)
        participant_id = self.participant_of(device)
        person = next((p for p in data.participants if p.id == participant_id), None)
        result: Json = {
            "code": self.code,
            "task": step.task.value,
            "board_id": step.board_id,
            "title": step.title(language),
            "instructions": step.instructions(language),
            "teams": [{"id": t.id, "name": t.name, "color": t.color} for t in data.teams],
            "me": None
            if person is None
            else {"id": person.id, "name": person.name, "team_id": person.team_id},
        }
        if person is None or step.board_id is None:
            return result
        board_id = step.board_id
        own = self._own_notes.get(person.id, set())
        if step.task in (PhoneTask.WRITE, PhoneTask.IDEAS, PhoneTask.TRANSFORM):
            result["notes"] = [
                {"id": n.id, "text": n.text, "role": n.role.value, "waiting": n.parked}
                for n in data.notes
                if n.board_id == board_id and n.id in own
            ]
        if step.task == PhoneTask.TRANSFORM and person.team_id is not None:
            result["received"] = [
                {"id": n.id, "text": n.text}
                for n in reverse_flow.received_ideas(data, board_id, person.team_id)
            ]
        if step.task == PhoneTask.VOTE:
            mine = {
                v.note_id: v.count
                for v in data.votes
                if v.voter_kind == model.VoterKind.PARTICIPANT and v.voter_id == person.id
            }
            notes = [n for n in data.notes if n.board_id == board_id and not n.parked]
            result["budget"] = edits.board_vote_budget(data, board_id)
            result["ballot"] = [
                {"id": n.id, "text": n.text, "mine": mine.get(n.id, 0)} for n in notes
            ]
        if step.task == PhoneTask.KANO:
            name = phones.respondent(person, self.anonymous)
            answers = {
                a.candidate_id: (a.functional, a.dysfunctional)
                for a in data.kano_answers
                if a.respondent == name
            }
            result["questions"] = [
                render(kano.MESSAGES, "question_functional", language),
                render(kano.MESSAGES, "question_dysfunctional", language),
            ]
            result["answers"] = [kano.answer_name(a, language) for a in kano.KanoAnswer]
            result["candidates"] = [
                {"id": c.id, "text": c.text, "answer": answers.get(c.id)}
                for c in prioritise_flow.board_candidates(data, board_id)
            ]
        return result
