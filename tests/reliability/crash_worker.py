"""A scripted facilitation session that test_crash_kill.py kills at random moments.

    python crash_worker.py FILE SEED [START [STOP]]
        open FILE, replay edits START+1 .. STOP of the session for SEED, then close.
    python crash_worker.py --serve
        a "zygote": imports everything once, then for each line "FILE SEED START STOP" on
        stdin forks a child that runs the session as above (a fork costs milliseconds, a
        fresh interpreter half a second: this is what makes 50+ kills per run cheap).

Output, one line each, flushed at once: `pid <pid>` first, `ready <step> <checksum>` once
the workshop is open, `saved <step> <checksum>` after every committed edit (the checksum
of the expected state after it), `done <step>` after a clean close. The zygote adds
`exit <code>` when its child is gone.

The session is deterministic: edit number `step` is computed from (SEED, step) and the
current workshop only, so a run can resume at any step and a pure in-memory replay
(`Simulation`) knows the expected state after every step.
"""

from __future__ import annotations

import copy
import hashlib
import os
import random
import sys
import traceback
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `app` importable from the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.domain import edits, entities, model

Pair = edits.Pair

TEXTS = (
    "Pay from the bank app in two taps",
    "Напомнить о платеже за день",
    "QR code on every reminder 📱",
    "Cafe\u0301 partners accept payments",
    "Escalate after 3 days — call, don't text",
    "<b>bold</b> & \"quoted\" 'idea'",
    "שלם באפליקציה",
    "一次付清",
    "=SUM(A1:A3)",
)

KIND_OF: dict[type[Any], str] = {t: kind for kind, t in entities.ENTITY_TYPES.items()}


def checksum(data: model.WorkshopData) -> str:
    """A digest of the whole workshop, independent of list order."""
    digest = hashlib.sha256(repr(data.workshop).encode("utf-8", "surrogatepass"))
    for kind in entities.ENTITY_TYPES:
        for item in sorted(getattr(data, kind), key=lambda e: e.id):
            digest.update(repr(item).encode("utf-8", "surrogatepass"))
        digest.update(b"|")
    return digest.hexdigest()[:16]


def _capture_board(data: model.WorkshopData) -> int:
    return min(b.id for b in data.boards if b.kind == model.BoardKind.CAPTURE)


def next_edit(data: model.WorkshopData, seed: int, step: int) -> tuple[str, list[Pair]]:
    """Edit number `step` of the session: adds, moves, text edits, clusters, votes, deletes."""
    rng = random.Random(f"{seed}:{step}")
    board = _capture_board(data)
    notes = sorted((n for n in data.notes if n.board_id == board), key=lambda n: n.id)
    clusters = sorted((c for c in data.clusters if c.board_id == board), key=lambda c: c.id)
    teams = sorted(t.id for t in data.teams)
    people = sorted(p.id for p in data.participants)
    voters = [(model.VoterKind.PARTICIPANT, p) for p in people]
    voters += [(model.VoterKind.TEAM, t) for t in teams]
    roll = rng.random()
    try:
        if len(notes) < 8 or (roll < 0.20 and len(notes) < 60):
            text = f"{rng.choice(TEXTS)} #{step}"
            x, y = round(rng.uniform(0, 3000), 2), round(rng.uniform(0, 2000), 2)
            team = rng.choice([None, *teams])
            return "add note", edits.add_note(data, board, text, x=x, y=y, team_id=team)
        if roll < 0.38:
            chosen = rng.sample(notes, rng.randint(1, min(5, len(notes))))
            moves = {
                n.id: (round(n.x + rng.uniform(-200, 200), 2), round(n.y + rng.uniform(-99, 99), 2))
                for n in chosen
            }
            return "move notes", edits.move_notes(data, moves)
        if roll < 0.50:
            note = rng.choice(notes)
            text = f"{rng.choice(TEXTS)} (edit {step})"
            return "edit text", edits.update_note(data, note.id, text=text)
        if roll < 0.58:
            free = [n for n in notes if n.cluster_id is None]
            if len(free) >= 2:
                members = rng.sample(free, rng.randint(2, min(5, len(free))))
                ids = [n.id for n in members]
                return "cluster", edits.add_cluster(data, board, f"Theme {step}", ids)
        elif roll < 0.64:
            if clusters:
                return "dissolve", edits.dissolve_cluster(data, rng.choice(clusters).id)
        elif roll < 0.78:
            note = rng.choice(notes)
            kind, voter = rng.choice(voters)
            delta = 1 if rng.random() < 0.75 else -1
            return "vote", edits.cast_vote(data, note.id, kind, voter, delta)
        elif roll < 0.88:
            voted = [n for n in notes if n.id in data.vote_totals()]
            pool = voted if voted and rng.random() < 0.7 else notes
            doomed = [n.id for n in rng.sample(pool, rng.randint(1, min(3, len(pool))))]
            return "delete notes", edits.delete_notes(data, doomed)
        elif roll < 0.94:
            if clusters:
                cluster = rng.choice(clusters)
                dx, dy = round(rng.uniform(-100, 100), 2), round(rng.uniform(-100, 100), 2)
                return "move cluster", edits.move_cluster(data, cluster.id, dx, dy)
        elif clusters:
            doomed = [rng.choice(notes).id]
            frames = [rng.choice(clusters).id]
            return "delete selection", edits.delete_selection(data, doomed, frames)
    except edits.EditRefused:
        pass  # e.g. a dot over budget: the session does something else instead
    note = notes[rng.randrange(len(notes))]
    return "nudge", edits.move_notes(data, {note.id: (note.x + 1.0, note.y)})


class Simulation:
    """The session replayed in memory: the expected checksum after every step."""

    def __init__(self, initial: model.WorkshopData, seed: int) -> None:
        self.data = copy.deepcopy(initial)
        self.seed = seed
        self.sums = [checksum(self.data)]
        self.labels = [""]
        self.sizes = [0]  # entities changed by each step: > 1 means a multi-entity edit

    def checksum_at(self, step: int) -> str:
        while len(self.sums) <= step:
            label, pairs = next_edit(self.data, self.seed, len(self.sums))
            entities.apply(self.data, pairs)
            self.sums.append(checksum(self.data))
            self.labels.append(label)
            self.sizes.append(len(pairs))
        return self.sums[step]


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def run(path: Path, seed: int, start: int, stop: int) -> None:
    from app.services import WorkshopFile

    _say(f"pid {os.getpid()}")
    workshop = WorkshopFile.open(path)
    _say(f"ready {start} {checksum(workshop.data)}")
    step = start
    while step < stop:
        label, pairs = next_edit(workshop.data, seed, step + 1)
        workshop.apply(label, pairs)  # one committed transaction
        step += 1
        _say(f"saved {step} {checksum(workshop.data)}")
    workshop.close()
    _say(f"done {step}")


def serve() -> None:
    import app.services  # noqa: F401 - imported once here, inherited by every fork

    for line in sys.stdin:
        fields = line.split("\t")
        if len(fields) != 4:
            continue
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:  # the child: one run, then leave without running the parent's cleanup
            code = 0
            try:
                run(Path(fields[0]), int(fields[1]), int(fields[2]), int(fields[3]))
            except BaseException:
                traceback.print_exc()
                code = 1
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        _pid, status = os.waitpid(pid, 0)
        _say(f"exit {os.waitstatus_to_exitcode(status)}")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--serve"]:
        serve()
        return 0
    path, seed = Path(argv[0]), int(argv[1])
    start = int(argv[2]) if len(argv) > 2 else 0
    stop = int(argv[3]) if len(argv) > 3 else max(start, 1000)
    run(path, seed, start, stop)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
