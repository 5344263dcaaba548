"""The bundled demo workshop, in English or Russian.

Scenario: a micro-lender whose customers repaid small loans in cash at payment terminals.
The terminals closed, late payments jumped, and the service has to be redesigned.
Each exercise adds its part of the demo through `DEMO_PARTS`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from app.demo_parts.capture import PEOPLE, TEAMS, build_capture
from app.domain import agenda, flow, model
from app.domain.texts import normalise_language
from app.services import WorkshopFile, all_entities
from app.store import safe_write

DEMO_AGENDA = agenda.bundled_templates_dir() / "ideas-to-mvp.toml"


def _text(language: str, english: str, russian: str) -> str:
    return russian if language == "ru" else english


DemoPart = Callable[[model.WorkshopData, str], None]
# Later parts may use what earlier parts made (e.g. candidates promoted from notes).
DEMO_PART_MODULES = ("reverse", "prioritise", "value_prop", "cx")


def demo_parts() -> list[DemoPart]:
    parts: list[DemoPart] = [build_capture]
    for name in DEMO_PART_MODULES:
        try:
            module = importlib.import_module(f"app.demo_parts.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"app.demo_parts.{name}":
                raise
            continue
        parts.append(module.build)
    return parts


def demo_data(language: str = "en") -> model.WorkshopData:
    language = normalise_language(language)
    workshop = model.Workshop(
        title=_text(
            language,
            "Micro-loans after the terminals closed",
            "Микрозаймы после закрытия терминалов",
        ),
        challenge=_text(
            language,
            "How might we help customers repay on time now that cash terminals are gone?",
            "Как помочь клиентам платить вовремя, когда терминалов больше нет?",
        ),
        date="2026-11-24",
        facilitator=_text(language, "Maria Sokolova", "Мария Соколова"),
        language=language,
        agenda_json=agenda.to_json(agenda.load_template(DEMO_AGENDA)),
        agenda_step=2,  # sharing and clustering: the capture board is full
    )
    data = model.WorkshopData(workshop=workshop)
    for index, (en, ru, color) in enumerate(TEAMS):
        data.teams.append(model.Team(index + 1, _text(language, en, ru), color, index))
    for index, (en, ru, team) in enumerate(PEOPLE):
        data.participants.append(model.Participant(index + 1, _text(language, en, ru), team + 1))
    for part in demo_parts():
        part(data, language)
    # The agenda's boards are the demo's boards (app.domain.flow): it adds none.
    plan = flow.plan_agenda(data, agenda.load_template(DEMO_AGENDA), language)
    if not plan.added:
        data.workshop.agenda_json = agenda.to_json(plan.agenda)
    return data


def write_demo(path: Path, language: str = "en", force: bool = False) -> Path:
    """Write the demo workshop to `path` (replacing it only with `force`)."""
    path = Path(path)
    data = demo_data(language)

    def build(temp: Path) -> None:
        workshop_file = WorkshopFile.create(temp, data.workshop)
        try:
            workshop_file.import_entities("demo", list(all_entities(data)))
        finally:
            workshop_file.close()

    # Written beside the target, then renamed over it: the old file stays whole until the
    # new one is complete, and a file open elsewhere is refused (docs/reliability.md).
    safe_write.replace_file(path, build, replace=force)
    return path
