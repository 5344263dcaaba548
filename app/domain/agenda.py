"""Agenda templates: the timed steps of a workshop, read from and written to TOML files.

A template is one `*.toml` file; its key is the file stem. The bundled templates live in
`workshops/` at the repository root (or in the PyInstaller bundle); facilitators save their
own into a folder in the user's data directory, which the GUI passes after the bundled one.

File format (every string in English and Russian)::

    name_en = "Good idea / bad idea (90 min)"
    name_ru = "Хорошая идея / плохая идея (90 мин)"
    description_en = "..."
    description_ru = "..."

    [[boards]]                  # the boards the workshop needs (optional)
    key = "ideas"               # how steps name the board
    kind = "capture"            # capture, reverse, prioritise or value
    title_en = "Ideas"
    title_ru = "Идеи"

    [[steps]]
    exercise = "reverse"        # capture, reverse, prioritise, value, break or talk
    board = "swap"              # optional: the key of the step's board (sets the exercise)
    stage = "deal"              # optional: the stage of a staged exercise (see STAGES)
    minutes = 5                 # the timebox, 0 to MAX_STEP_MINUTES
    title_en = "..."
    title_ru = "..."
    instructions_en = "..."
    instructions_ru = "..."

A step with a `board` may leave out `exercise` (it is the board's kind). A template
without `[[boards]]` (the format before boards) still loads: `with_boards` gives it one
board per exercise kind, and each step goes to the first board of its kind.

Unknown keys are errors (they are almost always typos). A step's title may be empty in
one language (the other is shown), not in both. A broken file raises `TemplateError`,
which names the file, the line when it can be found, and what is wrong.

Agendas are immutable: the editing helpers (`move_step`, `add_step`, `remove_step`,
`retime_step`, `replace_step`) return new objects and raise `ValueError` on bad input.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from app import files, paths
from app.domain.i18n import N_, text
from app.domain.model import BoardKind
from app.domain.texts import normalise_language

# The exercise of a step: one of the board kinds, or a step without a board.
BREAK = "break"  # a pause (coffee, lunch); the timer runs, the boards rest
TALK = "talk"  # the facilitator talks or the room discusses: intro, debrief, wrap-up
EXERCISES: tuple[str, ...] = (*(kind.value for kind in BoardKind), BREAK, TALK)

MAX_STEP_MINUTES = 480  # one step longer than a working day is a typo
MAX_KEY_LENGTH = 80

TOP_KEYS = ("name_en", "name_ru", "description_en", "description_ru")
STEP_TEXT_KEYS = ("title_en", "title_ru", "instructions_en", "instructions_ru")
STEP_KEYS = ("exercise", "minutes", *STEP_TEXT_KEYS)
STEP_OPTIONAL_KEYS = ("board", "stage")
BOARD_KEYS = ("key", "kind", "title_en", "title_ru")

# The stages of the staged exercises, in the order the exercise runs them. A step's
# `stage` is one of its board kind's stages (the reverse stages are the exercise's steps;
# the capture stages are silent writing, clustering and dot voting, "vote" turning the
# board's voting on; the others are the board's tabs). A step without a stage leaves its
# board as it is.
STAGES: dict[BoardKind, tuple[str, ...]] = {
    BoardKind.CAPTURE: ("write", "cluster", "vote"),
    BoardKind.REVERSE: ("setup", "write", "set-aside", "deal", "transform", "reveal"),
    BoardKind.PRIORITISE: ("candidates", "kano", "matrix", "scores", "slices", "pareto"),
    BoardKind.VALUE: ("canvas", "deck", "hero", "compare", "statement"),
}


# Each stage as the facilitator reads it: in the agenda, on the board's tabs, in exports.
STAGE_NAMES: dict[str, str] = {
    "setup": N_("Set-up"),
    "write": N_("Write good and bad ideas"),
    "cluster": N_("Share and cluster"),
    "vote": N_("Dot voting"),
    "set-aside": N_("Set the good ideas aside"),
    "deal": N_("Deal the bad ideas"),
    "transform": N_("Transform"),
    "reveal": N_("Reveal and pick"),
    "candidates": N_("Candidates"),
    "kano": N_("Kano"),
    "matrix": N_("Impact / effort"),
    "scores": N_("Scores"),
    "slices": N_("Release slices"),
    "pareto": N_("Pareto"),
    "canvas": N_("Canvas"),
    "deck": N_("Archetype deck"),
    "hero": N_("Suggest a hero"),
    "compare": N_("Compare heroes"),
    "statement": N_("Statement"),
}
SILENT_WRITING = N_("Silent writing")  # the capture board's "write" stage
# What the agenda itself says on the console.
MESSAGES: dict[str, str] = {"last_step": N_("This is the last step.")}


def stage_name(stage: str, exercise: str, language: str) -> str:
    """A stage of a staged exercise in `language` (an unknown stage as it is written)."""
    if exercise == BoardKind.CAPTURE and stage == "write":
        return text(language, SILENT_WRITING)
    msgid = STAGE_NAMES.get(stage)
    return text(language, msgid) if msgid is not None else stage


def stages_of(kind: BoardKind | str) -> tuple[str, ...]:
    """The stages a board kind has (empty for kinds without stages or unknown kinds)."""
    try:
        return STAGES.get(BoardKind(kind), ())
    except ValueError:
        return ()

_KEY_RE = re.compile(r"^\w[\w.-]*$")
_STEPS_HEADER_RE = re.compile(r"^\s*\[\[\s*steps\s*\]\]")
_BOARDS_HEADER_RE = re.compile(r"^\s*\[\[\s*boards\s*\]\]")
_TABLE_HEADER_RE = re.compile(r"^\s*\[")
_TOML_POSITION_RE = re.compile(r"\s*\(at line (\d+), column \d+\)\s*$")
_TOML_END_RE = re.compile(r"\s*\(at end of document\)\s*$")


class TemplateError(ValueError):
    """A template file that cannot be used: `path`, `line` (1-based, or None) and `message`."""

    def __init__(self, path: Path, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else str(self.path)
        return f"{where}: {self.message}"


def _pick(text_en: str, text_ru: str, language: str) -> str:
    """The text in `language`, or the other language's when that one is empty."""
    if normalise_language(language) == "ru":
        return text_ru or text_en
    return text_en or text_ru


@dataclass(frozen=True)
class AgendaStep:
    exercise: str  # one of EXERCISES
    title_en: str
    title_ru: str
    instructions_en: str = ""
    instructions_ru: str = ""
    minutes: int = 0
    board: str = ""  # the key of the agenda board the step works on ("" = first of its kind)
    stage: str = ""  # the stage of a staged exercise ("" = leave the board as it is)

    def title(self, language: str) -> str:
        return _pick(self.title_en, self.title_ru, language)

    def instructions(self, language: str) -> str:
        return _pick(self.instructions_en, self.instructions_ru, language)

    @property
    def board_kind(self) -> BoardKind | None:
        """The board this step works on; None for breaks and talks."""
        try:
            return BoardKind(self.exercise)
        except ValueError:
            return None


@dataclass(frozen=True)
class AgendaBoard:
    """A board the agenda needs. In a workshop's stored agenda `board_id` binds it to the
    workshop's board; in a template it is None."""

    key: str
    kind: str  # a BoardKind value
    title_en: str
    title_ru: str = ""
    board_id: int | None = None

    def title(self, language: str) -> str:
        return _pick(self.title_en, self.title_ru, language)


@dataclass(frozen=True)
class Agenda:
    key: str  # the file stem; also the name `pointb new --template` takes
    name_en: str
    name_ru: str
    description_en: str = ""
    description_ru: str = ""
    steps: tuple[AgendaStep, ...] = ()
    path: Path | None = field(default=None, compare=False)  # where it was loaded from
    boards: tuple[AgendaBoard, ...] = ()

    def board(self, key: str) -> AgendaBoard | None:
        return next((b for b in self.boards if b.key == key), None)

    @property
    def total_minutes(self) -> int:
        return sum(step.minutes for step in self.steps)

    def name(self, language: str) -> str:
        return _pick(self.name_en, self.name_ru, language) or self.key

    def description(self, language: str) -> str:
        return _pick(self.description_en, self.description_ru, language)


# --- validation -------------------------------------------------------------------------


def check_minutes(minutes: object) -> int:
    """Return `minutes` if it is a whole number of minutes in range, else raise ValueError."""
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValueError(f"minutes must be a whole number, not {_describe(minutes)}")
    if minutes < 0:
        raise ValueError(f"minutes must not be negative (got {minutes})")
    if minutes > MAX_STEP_MINUTES:
        raise ValueError(f"minutes must be at most {MAX_STEP_MINUTES} (got {minutes})")
    return minutes


def validate_step(step: AgendaStep) -> None:
    """Raise ValueError naming the field when `step` could not be saved and loaded back."""
    if step.exercise not in EXERCISES:
        raise ValueError(
            f"exercise: unknown exercise {step.exercise!r} (expected one of {', '.join(EXERCISES)})"
        )
    try:
        check_minutes(step.minutes)
    except ValueError as exc:
        raise ValueError(f"minutes: {exc}") from None
    for key in STEP_TEXT_KEYS:
        if not isinstance(getattr(step, key), str):
            raise ValueError(f"{key}: must be text")
    if not step.title_en.strip() and not step.title_ru.strip():
        raise ValueError("title_en: a step needs a title in at least one language")
    if not isinstance(step.board, str) or not isinstance(step.stage, str):
        raise ValueError("board, stage: must be text")
    if step.stage:
        stages = stages_of(step.exercise)
        if step.stage not in stages:
            expected = ", ".join(stages) if stages else "none for this exercise"
            raise ValueError(f"stage: unknown stage {step.stage!r} (expected {expected})")


def validate_boards(agenda: Agenda) -> None:
    """Raise ValueError when the agenda's boards or the steps' board references are wrong."""
    kinds = [kind.value for kind in BoardKind]
    seen: set[str] = set()
    for number, board in enumerate(agenda.boards, start=1):
        if not board.key or not _KEY_RE.match(board.key):
            raise ValueError(f"board {number}: key: {board.key!r} is not a valid key")
        if board.key in seen:
            raise ValueError(f"board {number}: key: {board.key!r} is used twice")
        seen.add(board.key)
        if board.kind not in kinds:
            raise ValueError(
                f"board {number}: kind: unknown kind {board.kind!r} (expected {', '.join(kinds)})"
            )
        if not board.title_en.strip() and not board.title_ru.strip():
            raise ValueError(f"board {number}: title_en: a board needs a title")
    for number, step in enumerate(agenda.steps, start=1):
        if not step.board:
            continue
        named = agenda.board(step.board)
        if named is None:
            known = ", ".join(sorted(seen)) or "none declared"
            raise ValueError(f"step {number}: board: no board {step.board!r} (boards: {known})")
        if named.kind != step.exercise:
            raise ValueError(
                f"step {number}: exercise: {step.exercise!r} does not match board "
                f"{named.key!r} ({named.kind})"
            )


def validate_key(key: str) -> None:
    """Raise ValueError unless `key` can be a template file stem (letters, digits, . _ -)."""
    if not key or len(key) > MAX_KEY_LENGTH or not _KEY_RE.match(key):
        raise ValueError(
            f"template key {key!r} must be 1-{MAX_KEY_LENGTH} letters, digits, '.', '_' or '-' "
            "and start with a letter or digit"
        )


def validate_agenda(agenda: Agenda) -> None:
    """Raise ValueError when `agenda` could not be saved as a template and loaded back."""
    validate_key(agenda.key)
    for key in TOP_KEYS:
        if not isinstance(getattr(agenda, key), str):
            raise ValueError(f"{key}: must be text")
    if not agenda.name_en.strip() and not agenda.name_ru.strip():
        raise ValueError("name_en: an agenda needs a name in at least one language")
    if not agenda.steps:
        raise ValueError("an agenda needs at least one step")
    for number, step in enumerate(agenda.steps, start=1):
        try:
            validate_step(step)
        except ValueError as exc:
            raise ValueError(f"step {number}: {exc}") from None
    validate_boards(agenda)


def make_key(name: str) -> str:
    """A file stem made from an agenda name: lower case, words joined by '-'."""
    words = re.findall(r"\w+", name.lower())
    key = "-".join(words)[:MAX_KEY_LENGTH].strip("-_.")
    return key or "agenda"


# --- loading ----------------------------------------------------------------------------


def _describe(value: object) -> str:
    """How a wrong value reads in an error message."""
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value!r})"
    if isinstance(value, str):
        return f"text ({value!r})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__}"


def _top_key_line(lines: list[str], key: str) -> int | None:
    """The line of `key = ...` before the first table header, if it is written that way."""
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for number, line in enumerate(lines, start=1):
        if _TABLE_HEADER_RE.match(line):
            return None
        if pattern.match(line):
            return number
    return None


def _table_line(lines: list[str], header: re.Pattern[str], number: int) -> int | None:
    """The line of the `number`-th table with this `[[header]]` (1-based), if there is one."""
    seen = 0
    for line_number, line in enumerate(lines, start=1):
        if header.match(line):
            seen += 1
            if seen == number:
                return line_number
    return None


def _table_key_line(
    lines: list[str], header: re.Pattern[str], number: int, key: str
) -> int | None:
    """The line of `key = ...` inside the `number`-th such table; else its header line."""
    start = _table_line(lines, header, number)
    if start is None:
        return None
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for line_number in range(start + 1, len(lines) + 1):
        line = lines[line_number - 1]
        if _TABLE_HEADER_RE.match(line):
            break
        if pattern.match(line):
            return line_number
    return start


def _step_line(lines: list[str], step_number: int) -> int | None:
    """The line of the `step_number`-th `[[steps]]` header (1-based), if there is one."""
    seen = 0
    for number, line in enumerate(lines, start=1):
        if _STEPS_HEADER_RE.match(line):
            seen += 1
            if seen == step_number:
                return number
    return None


def _step_key_line(lines: list[str], step_number: int, key: str) -> int | None:
    """The line of `key = ...` inside a step's table; else the table's header line."""
    start = _step_line(lines, step_number)
    if start is None:
        return None
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for number in range(start + 1, len(lines) + 1):
        line = lines[number - 1]
        if _TABLE_HEADER_RE.match(line):
            break
        if pattern.match(line):
            return number
    return start


def _syntax_error(path: Path, text: str, exc: tomllib.TOMLDecodeError) -> TemplateError:
    message = str(exc)
    line: int | None = None
    found = _TOML_POSITION_RE.search(message)
    if found:
        line = int(found.group(1))
        message = message[: found.start()]
    else:
        end = _TOML_END_RE.search(message)
        if end:
            line = max(1, text.count("\n") + (0 if text.endswith("\n") else 1))
            message = message[: end.start()]
    return TemplateError(path, line, f"TOML syntax error: {message}")


def parse_template(text: str, path: Path) -> Agenda:
    """Read an agenda from TOML `text`; `path` gives the key (its stem) and error messages."""
    lines = text.splitlines()
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(path, text, exc) from None

    def top_error(key: str, message: str) -> TemplateError:
        return TemplateError(path, _top_key_line(lines, key), f"{key}: {message}")

    for key in data:
        if key not in (*TOP_KEYS, "boards", "steps"):
            expected = ", ".join((*TOP_KEYS, "boards", "steps"))
            raise top_error(key, f"unknown key (expected {expected})")
    texts: dict[str, str] = {}
    for key in TOP_KEYS:
        if key not in data:
            raise TemplateError(path, None, f"{key}: missing")
        value = data[key]
        if not isinstance(value, str):
            raise top_error(key, f"must be text, not {_describe(value)}")
        texts[key] = value
    if not texts["name_en"].strip() and not texts["name_ru"].strip():
        raise top_error("name_en", "the agenda needs a name in at least one language")

    raw_steps = data.get("steps")
    if raw_steps is None:
        raise TemplateError(path, None, "steps: missing (add at least one [[steps]] table)")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise top_error("steps", "must be a non-empty list of [[steps]] tables")

    raw_boards = data.get("boards", [])
    if not isinstance(raw_boards, list):
        raise top_error("boards", "must be a list of [[boards]] tables")
    boards = tuple(
        _parse_board(path, lines, number, raw) for number, raw in enumerate(raw_boards, 1)
    )
    by_key: dict[str, AgendaBoard] = {}
    for number, board in enumerate(boards, start=1):
        if board.key in by_key:
            raise TemplateError(
                path,
                _table_key_line(lines, _BOARDS_HEADER_RE, number, "key"),
                f"board {number}: key: {board.key!r} is used twice",
            )
        by_key[board.key] = board
    steps = [
        _parse_step(path, lines, number, raw, by_key) for number, raw in enumerate(raw_steps, 1)
    ]
    return Agenda(key=path.stem, steps=tuple(steps), path=path, boards=boards, **texts)


def _parse_board(path: Path, lines: list[str], number: int, raw: object) -> AgendaBoard:
    def error(key: str | None, message: str) -> TemplateError:
        line = (
            _table_line(lines, _BOARDS_HEADER_RE, number)
            if key is None
            else _table_key_line(lines, _BOARDS_HEADER_RE, number, key)
        )
        prefix = f"board {number}: " if key is None else f"board {number}: {key}: "
        return TemplateError(path, line, prefix + message)

    if not isinstance(raw, dict):
        raise error(None, f"must be a table, not {_describe(raw)}")
    for key in raw:
        if key not in BOARD_KEYS:
            raise error(str(key), f"unknown key (expected {', '.join(BOARD_KEYS)})")
    values: dict[str, str] = {}
    for key in BOARD_KEYS:
        if key not in raw:
            if key == "title_ru":
                values[key] = ""
                continue
            raise error(None, f"{key}: missing field")
        value = raw[key]
        if not isinstance(value, str):
            raise error(key, f"must be text, not {_describe(value)}")
        values[key] = value
    if not _KEY_RE.match(values["key"]):
        raise error("key", "letters, digits, '.', '_' or '-', starting with a letter or digit")
    kinds = [kind.value for kind in BoardKind]
    if values["kind"] not in kinds:
        raise error("kind", f"unknown kind {values['kind']!r} (expected {', '.join(kinds)})")
    if not values["title_en"].strip() and not values["title_ru"].strip():
        raise error("title_en", "the board needs a title in at least one language")
    return AgendaBoard(
        key=values["key"],
        kind=values["kind"],
        title_en=values["title_en"],
        title_ru=values["title_ru"],
    )


def _parse_step(
    path: Path,
    lines: list[str],
    number: int,
    raw: object,
    boards: dict[str, AgendaBoard] | None = None,
) -> AgendaStep:
    def error(key: str | None, message: str) -> TemplateError:
        if key is None:
            return TemplateError(path, _step_line(lines, number), f"step {number}: {message}")
        line = _step_key_line(lines, number, key)
        return TemplateError(path, line, f"step {number}: {key}: {message}")

    if not isinstance(raw, dict):
        raise error(None, f"must be a table, not {_describe(raw)}")
    for key in raw:
        if key not in (*STEP_KEYS, *STEP_OPTIONAL_KEYS):
            expected = ", ".join((*STEP_KEYS, *STEP_OPTIONAL_KEYS))
            raise error(str(key), f"unknown key (expected {expected})")
    board_key = raw.get("board", "")
    if not isinstance(board_key, str):
        raise error("board", f"must be text, not {_describe(board_key)}")
    board = (boards or {}).get(board_key) if board_key else None
    if board_key and board is None:
        known = ", ".join(boards or {}) or "none declared in [[boards]]"
        raise error("board", f"no board {board_key!r} (boards: {known})")
    if board is not None and "exercise" not in raw:
        raw = {**raw, "exercise": board.kind}
    for key in STEP_KEYS:
        if key not in raw:
            # A missing key has no line of its own: point at the step's [[steps]] header.
            raise TemplateError(
                path, _step_line(lines, number), f"step {number}: {key}: missing field"
            )
    exercise = raw["exercise"]
    if not isinstance(exercise, str):
        raise error("exercise", f"must be text, not {_describe(exercise)}")
    if exercise not in EXERCISES:
        raise error(
            "exercise", f"unknown exercise {exercise!r} (expected one of {', '.join(EXERCISES)})"
        )
    try:
        minutes = check_minutes(raw["minutes"])
    except ValueError as exc:
        raise error("minutes", str(exc)) from None
    texts: dict[str, str] = {}
    for key in STEP_TEXT_KEYS:
        value = raw[key]
        if not isinstance(value, str):
            raise error(key, f"must be text, not {_describe(value)}")
        texts[key] = value
    if not texts["title_en"].strip() and not texts["title_ru"].strip():
        raise error("title_en", "the step needs a title in at least one language")
    if board is not None and board.kind != exercise:
        raise error(
            "exercise", f"{exercise!r} does not match board {board.key!r} ({board.kind})"
        )
    stage = raw.get("stage", "")
    if not isinstance(stage, str):
        raise error("stage", f"must be text, not {_describe(stage)}")
    if stage and stage not in stages_of(exercise):
        stages = stages_of(exercise)
        expected = ", ".join(stages) if stages else f"none for {exercise!r}"
        raise error("stage", f"unknown stage {stage!r} (expected {expected})")
    return AgendaStep(exercise=exercise, minutes=minutes, board=board_key, stage=stage, **texts)


def load_template(path: Path) -> Agenda:
    """Read one template file; raise TemplateError naming the file, line and problem."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TemplateError(path, None, f"cannot read the file: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")  # editors on Windows may add a BOM
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TemplateError(path, line, "the file is not UTF-8 text") from None
    return parse_template(text, path)


def load_templates(folders: Iterable[Path]) -> tuple[list[Agenda], list[TemplateError]]:
    """Load every `*.toml` in each folder (in name order); report broken files, keep the rest.

    Folders come in order of preference, bundled first, the user's own after: a template
    whose key was already loaded from an earlier folder replaces it in place (a user's
    template overrides the bundled one of the same name; this is not an error). A broken
    file never removes a template that loaded from an earlier folder. Missing folders are
    skipped.
    """
    agendas: dict[str, Agenda] = {}
    errors: list[TemplateError] = []
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml"), key=lambda p: p.name):
            if not path.is_file():
                continue
            try:
                agenda = load_template(path)
            except TemplateError as exc:
                errors.append(exc)
                continue
            agendas[agenda.key] = agenda
    return list(agendas.values()), errors


def bundled_templates_dir() -> Path:
    """The folder of the templates shipped with Point B (inside a PyInstaller bundle too)."""
    return paths.install_root() / "workshops"


# --- writing ----------------------------------------------------------------------------

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\t": "\\t", "\f": "\\f", "\r": "\\r"}


def _escape_char(char: str, *, multiline: bool) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    if char == "\n":
        return "\n" if multiline else "\\n"
    code = ord(char)
    if code < 0x20 or code == 0x7F:
        return f"\\u{code:04X}"
    return char


def toml_string(value: str) -> str:
    """`value` as a TOML basic string; text with line breaks becomes a multi-line string."""
    multiline = "\n" in value
    body = "".join(_escape_char(char, multiline=multiline) for char in value)
    if multiline:
        # The newline right after the opening quotes is dropped by TOML readers.
        return f'"""\n{body}"""'
    return f'"{body}"'


def dump_template(agenda: Agenda) -> str:
    """The agenda as TOML text that `parse_template` reads back to an equal Agenda."""
    validate_agenda(agenda)
    out = [
        "# Point B agenda template. Exercises: " + ", ".join(EXERCISES) + ".",
        f"# Total: {agenda.total_minutes} minutes.",
        "",
    ]
    out += [f"{key} = {toml_string(getattr(agenda, key))}" for key in TOP_KEYS]
    for board in agenda.boards:
        out += ["", "[[boards]]"]
        out += [f"{key} = {toml_string(getattr(board, key))}" for key in BOARD_KEYS]
    for step in agenda.steps:
        out += ["", "[[steps]]", f"exercise = {toml_string(step.exercise)}"]
        if step.board:
            out.append(f"board = {toml_string(step.board)}")
        if step.stage:
            out.append(f"stage = {toml_string(step.stage)}")
        out.append(f"minutes = {step.minutes}")
        out += [f"{key} = {toml_string(getattr(step, key))}" for key in STEP_TEXT_KEYS]
    return "\n".join(out) + "\n"


def save_template(agenda: Agenda, folder: Path, *, overwrite: bool = False) -> Path:
    """Write `agenda` to `folder/<key>.toml` atomically and return the path.

    Raises ValueError for an agenda that is not valid, and FileExistsError when the file
    exists and `overwrite` is False. The text goes to a temporary file in the same folder
    first and replaces the target in one step, so a crash never leaves half a template.
    """
    text = dump_template(agenda)
    folder = Path(folder)
    target = folder / f"{agenda.key}.toml"
    parse_template(text, target)  # never write a file that would not load back
    folder.mkdir(parents=True, exist_ok=True)
    if target.exists() and not overwrite:
        raise FileExistsError(f"{target}: a template with this name already exists")
    files.write_text(target, text)
    return target


# --- editing (each returns a new Agenda) ------------------------------------------------


def _check_index(agenda: Agenda, index: int, *, allow_end: bool = False) -> None:
    last = len(agenda.steps) if allow_end else len(agenda.steps) - 1
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index <= last:
        raise ValueError(f"step index {index!r} is out of range 0..{last}")


def move_step(agenda: Agenda, index: int, new_index: int) -> Agenda:
    """Move the step at `index` so that it ends up at `new_index`."""
    _check_index(agenda, index)
    _check_index(agenda, new_index)
    steps = list(agenda.steps)
    steps.insert(new_index, steps.pop(index))
    return replace(agenda, steps=tuple(steps))


def add_step(agenda: Agenda, step: AgendaStep, index: int | None = None) -> Agenda:
    """Insert `step` before `index` (at the end when None)."""
    try:
        validate_step(step)
    except ValueError as exc:
        raise ValueError(f"new step: {exc}") from None
    position = len(agenda.steps) if index is None else index
    _check_index(agenda, position, allow_end=True)
    steps = list(agenda.steps)
    steps.insert(position, step)
    return replace(agenda, steps=tuple(steps))


def remove_step(agenda: Agenda, index: int) -> Agenda:
    """Remove the step at `index`; the last remaining step cannot be removed."""
    _check_index(agenda, index)
    if len(agenda.steps) == 1:
        raise ValueError("an agenda needs at least one step")
    steps = list(agenda.steps)
    del steps[index]
    return replace(agenda, steps=tuple(steps))


def retime_step(agenda: Agenda, index: int, minutes: int) -> Agenda:
    """Give the step at `index` a new timebox."""
    _check_index(agenda, index)
    check_minutes(minutes)
    return replace_step(agenda, index, replace(agenda.steps[index], minutes=minutes))


def replace_step(agenda: Agenda, index: int, step: AgendaStep) -> Agenda:
    """Put `step` (e.g. with edited title or instructions) in place of the step at `index`."""
    _check_index(agenda, index)
    try:
        validate_step(step)
    except ValueError as exc:
        raise ValueError(f"step {index + 1}: {exc}") from None
    steps = list(agenda.steps)
    steps[index] = step
    return replace(agenda, steps=tuple(steps))


# --- the agenda stored in a workshop (Workshop.agenda_json) ----------------------------
def to_json(agenda: Agenda | None) -> str:
    """The agenda as the JSON text stored in `Workshop.agenda_json` ("" for none)."""
    if agenda is None:
        return ""
    return json.dumps(
        {
            "key": agenda.key,
            "name_en": agenda.name_en,
            "name_ru": agenda.name_ru,
            "description_en": agenda.description_en,
            "description_ru": agenda.description_ru,
            "boards": [asdict(board) for board in agenda.boards],
            "steps": [asdict(step) for step in agenda.steps],
        },
        ensure_ascii=False,
    )


def from_json(text: str) -> Agenda | None:
    """The stored agenda; None when there is none. Raises ValueError for damaged text."""
    if not text.strip():
        return None
    try:
        raw = json.loads(text)
        steps = tuple(
            AgendaStep(
                exercise=str(s["exercise"]),
                title_en=str(s.get("title_en", "")),
                title_ru=str(s.get("title_ru", "")),
                instructions_en=str(s.get("instructions_en", "")),
                instructions_ru=str(s.get("instructions_ru", "")),
                minutes=int(s.get("minutes", 0)),
                board=str(s.get("board", "")),
                stage=str(s.get("stage", "")),
            )
            for s in raw["steps"]
        )
        boards = tuple(
            AgendaBoard(
                key=str(b["key"]),
                kind=str(b["kind"]),
                title_en=str(b.get("title_en", "")),
                title_ru=str(b.get("title_ru", "")),
                board_id=None if b.get("board_id") is None else int(b["board_id"]),
            )
            for b in raw.get("boards", [])
        )
        agenda = Agenda(
            key=str(raw.get("key") or "agenda"),
            name_en=str(raw.get("name_en", "")),
            name_ru=str(raw.get("name_ru", "")),
            description_en=str(raw.get("description_en", "")),
            description_ru=str(raw.get("description_ru", "")),
            steps=steps,
            boards=boards,
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"the stored agenda is damaged ({exc})") from None
    return agenda
