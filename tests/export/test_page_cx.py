"""The strategy, journey and scenario pages in the PDF: registered, A3 landscape, their
texts where they belong (checked by text extraction and positions), in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf._page import PageObject

from app.demo import demo_data
from app.domain import journey, model, scenario_audit, strategy
from app.export import layout, page_journey, page_scenarios, page_strategy, pdf
from app.export.pdf import export_boards_pdf, export_report_pdf

K = model.BoardKind


def squashed(text: str) -> str:
    return "".join(text.split())


class Page:
    """One PDF page's text and where each drawn string starts (x from the left)."""

    def __init__(self, page: PageObject) -> None:
        self.width = float(page.mediabox.width)
        self.height = float(page.mediabox.height)
        self.strings: list[tuple[str, float]] = []

        def visit(text: str, cm: list[float], tm: list[float], *_rest: object) -> None:
            if text.strip():
                self.strings.append((text, tm[4] * cm[0] + cm[4]))

        self.text = page.extract_text(visitor_text=visit) or ""

    def x_of(self, start: str) -> float:
        return min(x for text, x in self.strings if text.strip().startswith(start))


def pages_of(out: Path) -> list[Page]:
    return [Page(p) for p in PdfReader(str(out)).pages]


def board_of(data: model.WorkshopData, kind: model.BoardKind) -> model.Board:
    return next(b for b in data.boards if b.kind is kind)


def test_pages_and_sections_are_registered() -> None:
    for module, kind, drawer, section in (
        (page_strategy, K.STRATEGY, page_strategy.draw_strategy, page_strategy.strategy_section),
        (page_journey, K.JOURNEY, page_journey.draw_journey, page_journey.journey_section),
        (
            page_scenarios,
            K.SCENARIOS,
            page_scenarios.draw_scenarios,
            page_scenarios.scenarios_section,
        ),
    ):
        module.register()  # idempotent
        assert layout.drawer_for(kind) is drawer
        assert layout.extent_for(kind) is layout.BOARD_EXTENTS[kind]  # may be tiled
        assert pdf.SUMMARY_SECTIONS.count(section) == 1


@pytest.mark.parametrize("language", ["en", "ru"])
def test_each_board_prints_on_one_a3_landscape_page(tmp_path: Path, language: str) -> None:
    data = demo_data(language)
    boards = [board_of(data, k) for k in (K.STRATEGY, K.JOURNEY, K.SCENARIOS)]
    out = tmp_path / "cx.pdf"
    export_boards_pdf(data, out, [b.id for b in boards])
    pages = pages_of(out)[:3]
    for page in pages:
        assert (round(page.width), round(page.height)) == (1191, 842)
    texts = [squashed(p.text) for p in pages]
    strategy_page, journey_page, _audit_page = pages
    if True:
        # Strategy: point A on the left, every scenario name and goal, the step checkpoints.
        board = boards[0]
        for item in data.strategy_items:
            if item.kind is not strategy.StrategyItemKind.STEP:
                assert squashed(item.text) in texts[0], item.text
        for scenario in strategy.scenarios(data, board.id):
            assert squashed(scenario.name) in texts[0]
        assert "2026-12-15" in texts[0]
        point_a = strategy_page.x_of("Point A" if language == "en" else "Точка А")
        goal = next(i for i in data.strategy_items if i.kind is strategy.StrategyItemKind.GOAL)
        goal_x = strategy_page.x_of("◎ " + goal.text[:6])
        assert point_a < strategy_page.width * 0.1 < goal_x  # point A left of point B
        # Journey: every stage name across the top in order, every card, the emotions.
        stages = journey.stages(data, boards[1].id)
        xs = []
        for stage in stages:
            xs.append(journey_page.x_of(stage.name.split()[0]))
            assert squashed(stage.name) in texts[1]
        assert xs == sorted(xs) and len(set(xs)) == len(xs)
        for cell in data.journey_cells:
            assert squashed(cell.text)[:12] in texts[1], cell.text
        assert "-2" in texts[1] and "+1" in texts[1]
        # Scenario audit: each scenario with its three models and the completeness line.
        for scenario in scenario_audit.scenarios(data, boards[2].id):
            assert squashed(scenario.title) in texts[2]
            for item in scenario_audit.models(data, scenario.id):
                assert squashed(item.text)[:14] in texts[2], item.text
        complete = "Complete:3of3" if language == "en" else "Готово:у3из3"
        assert complete in texts[2]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_report_holds_the_pages_the_sections_and_the_lineage(
    tmp_path: Path, language: str
) -> None:
    data = demo_data(language)
    out = tmp_path / "report.pdf"
    export_report_pdf(data, out)
    text = squashed("\n".join(p.text for p in pages_of(out)))
    titles = {
        "en": (
            "Pointatopointb",
            "Customerjourney",
            "Scenarioaudit",
            "Hardestmoment:Paying",
            "Journeystage“Paying”:Terminalsclosed",
        ),
        "ru": (
            "Източкиавточкуб",
            "Путьклиента",
            "Аудитсценариев",
            "Самыйтрудныймомент:Оплата",
            "Этаппути«Оплата»:Терминалызакрыты",
        ),
    }[language]
    for title in titles:
        assert title.lower() in text.lower(), title


def test_a_missing_model_is_marked_on_the_page(tmp_path: Path) -> None:
    data = demo_data("en")
    board = board_of(data, K.SCENARIOS)
    last = scenario_audit.scenarios(data, board.id)[-1]
    data.scenario_models = [
        m
        for m in data.scenario_models
        if not (m.scenario_id == last.id and m.kind is scenario_audit.ModelKind.NEW)
    ]
    out = tmp_path / "audit.pdf"
    export_boards_pdf(data, out, [board.id])
    text = squashed(pages_of(out)[0].text)
    assert "Complete:2of3" in text
    assert "modelmissing" in text


def test_a_long_journey_is_tiled_over_sheets_when_tiling_is_on(tmp_path: Path) -> None:
    data = demo_data("en")
    board = board_of(data, K.JOURNEY)
    first = max(s.id for s in data.journey_stages) + 1
    data.journey_stages += [
        journey.JourneyStage(first + n, board.id, f"Extra stage {n + 1}", position=10 + n)
        for n in range(12)
    ]
    flat = tmp_path / "flat.pdf"
    export_boards_pdf(data, flat, [board.id])
    # One sheet; its stage names too narrow to show whole end in "… #n", and the
    # appendix pages after it list them in full.
    board_page, *appendix = pages_of(flat)
    assert appendix and all("Full text of shortened" in page.text for page in appendix[:1])
    assert "#1" in board_page.text
    assert "Extra stage 12" in " ".join(page.text for page in appendix)
    tiled = tmp_path / "tiled.pdf"
    export_boards_pdf(data, tiled, [board.id], setup=pdf.PageSetup(tiling=True))
    sheets = [page for page in pages_of(tiled) if "Full text of shortened" not in page.text]
    assert len(sheets) >= 2
    # The first stage is drawn on the first sheet, the last one beyond its edge (clipped)
    # and on the page of the last sheet.
    first, last = sheets[0], sheets[-1]
    assert 0 < first.x_of("Reminder") < first.width
    assert first.x_of("Extra stage 12") > first.width
    assert 0 < last.x_of("Extra stage 12") < last.width
    # The demo's own five stages fit one sheet even with tiling on.
    short = tmp_path / "short.pdf"
    export_boards_pdf(demo_data("en"), short, [board.id], setup=pdf.PageSetup(tiling=True))
    assert len([p for p in pages_of(short) if "Full text of shortened" not in p.text]) == 1
