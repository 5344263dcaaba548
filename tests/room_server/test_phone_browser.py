"""The phone page in a real browser: headless Chromium in a phone-sized window, driven by
Selenium. Skipped only when Chromium or its driver is not installed (`.ci/run` installs
them)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.domain import agenda
from app.services import WorkshopFile
from tests.room_server.conftest import add_kano_board, add_notes, free_port, read_file, running

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None, reason="chromium and chromium-driver are not installed"
)

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

PHONE = (390, 844)  # CSS pixels of a common phone


@pytest.fixture
def browser() -> Iterator[Any]:
    assert CHROMIUM is not None and DRIVER is not None
    profile = tempfile.mkdtemp(prefix="pointb-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        f"--window-size={PHONE[0]},{PHONE[1]}",
        "--lang=ru-RU",
    ):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "ru-RU,ru"})
    metrics = {"width": PHONE[0], "height": PHONE[1], "pixelRatio": 2.0, "touch": True}
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": metrics})
    service = webdriver.ChromeService(executable_path=DRIVER)
    driver = webdriver.Chrome(options=options, service=service)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _wait(driver: Any, condition: Callable[[Any], Any], timeout: float = 60) -> Any:
    # Generous: a loaded machine can take seconds to render; a passing run never waits this long.
    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(condition)


def _set_step(path: Path, steps: tuple[agenda.AgendaStep, ...]) -> None:
    stored = agenda.Agenda(key="t", name_en="T", name_ru="", steps=steps)
    workshop = WorkshopFile.open(path)
    try:
        workshop.update_workshop(agenda_json=agenda.to_json(stored), agenda_step=0)
    finally:
        workshop.close()


def _visible(driver: Any, element_id: str) -> bool:
    return bool(driver.find_element(By.ID, element_id).is_displayed())


@pytest.mark.slow
def test_a_phone_joins_writes_votes_and_answers_kano(workshop_path: Path, browser: Any) -> None:
    add_notes(workshop_path, ["Queue display", "Self check-out", "Night shift"])
    add_kano_board(workshop_path, ["Pay by QR"])

    # The same port each time: the phone keeps its id and name (its storage is per address).
    port = free_port()

    # 1. Silent writing: join by the QR's address, write two notes (one in Russian).
    _set_step(workshop_path, (agenda.AgendaStep("capture", "Silent writing", ""),))
    with running(workshop_path, port=port) as server:
        browser.get(server.url())
        _wait(browser, lambda d: _visible(d, "join"))
        # The page opened its push channel (a WebSocket the page's policy allows).
        _wait(browser, lambda d: server.hub.changes.connections >= 1)
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ru"
        assert "Комната" in browser.find_element(By.ID, "room").text
        browser.find_element(By.ID, "join-name").send_keys("Вера")
        Select(browser.find_element(By.ID, "join-team")).select_by_visible_text("Ravens")
        browser.find_element(By.ID, "join-button").click()
        _wait(browser, lambda d: _visible(d, "write"))
        for text in ("Касса без очереди", "<b>Receipts</b> by e-mail"):
            browser.find_element(By.ID, "draft").send_keys(text)
            browser.find_element(By.ID, "send-note").click()
        _wait(browser, _all_sent)
        _wait(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#my-notes li")) == 2)
        # Markup typed by a participant stays text on the page.
        shown = browser.find_element(By.ID, "my-notes").text
        assert "<b>Receipts</b> by e-mail" in shown
        assert not browser.find_elements(By.CSS_SELECTOR, "#my-notes b")
        # A note of 10,000 Cyrillic characters (20 KB) is saved; one more character and
        # it is refused and given back, not lost.
        browser.execute_script("document.getElementById('draft').value = 'Ж'.repeat(10001);")
        browser.find_element(By.ID, "send-note").click()
        _wait(browser, lambda d: d.find_element(By.ID, "status").is_displayed())
        _wait(browser, _all_sent)
        _wait(
            browser, lambda d: len(d.find_element(By.ID, "draft").get_attribute("value")) == 10001
        )
        browser.execute_script("document.getElementById('draft').value = 'Ж'.repeat(10000);")
        browser.find_element(By.ID, "send-note").click()
        _wait(browser, _all_sent)
        _wait(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#my-notes li")) == 3)
        # Change team from the header: the same participant, another team.
        browser.find_element(By.ID, "whoami").click()
        _wait(browser, lambda d: _visible(d, "join"))
        assert browser.find_element(By.ID, "join-name").get_attribute("value") == "Вера"
        Select(browser.find_element(By.ID, "join-team")).select_by_visible_text("Foxes")
        browser.find_element(By.ID, "join-button").click()
        _wait(browser, lambda d: "Foxes" in d.find_element(By.ID, "whoami").text)
        _wait(browser, _all_sent)
        # The page fits the phone: nothing wider than the screen.
        widths = browser.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth]"
        )
        assert widths == [PHONE[0], PHONE[0]]

        # The Wi-Fi drops: the phone keeps the note and sends it when it is back.
        browser.set_network_conditions(
            offline=True, latency=0, download_throughput=-1, upload_throughput=-1
        )
        # Write only once the page itself has met the dropped network (a failed poll), so
        # the note cannot slip out before the emulated drop takes effect.
        _wait(browser, lambda d: "ноутбук" in d.find_element(By.ID, "status").text)
        browser.find_element(By.ID, "draft").send_keys("Написано без сети")
        browser.find_element(By.ID, "send-note").click()
        _wait(browser, lambda d: "ноутбук" in d.find_element(By.ID, "status").text)
        assert not _all_sent(browser)
        browser.set_network_conditions(
            offline=False, latency=0, download_throughput=-1, upload_throughput=-1
        )
        _wait(browser, _all_sent)

    # The room is restarted (a new session, a new code) while a note waits on the phone:
    # the old address is refused, the note is kept, and the new code's page sends it.
    browser.find_element(By.ID, "draft").send_keys("Между сессиями")
    browser.find_element(By.ID, "send-note").click()
    _wait(browser, lambda d: d.find_element(By.ID, "status").is_displayed())
    with running(workshop_path, port=port) as server:
        _wait(browser, lambda d: "сессия закончилась" in d.find_element(By.ID, "status").text)
        assert not _all_sent(browser)
        browser.get(server.url())
        _wait(browser, _all_sent)

    # 2. Dot voting, then 3. the Kano pair (the phone keeps its identity across restarts).
    _set_step(workshop_path, (agenda.AgendaStep("capture", "Dot voting", "", stage="vote"),))
    with running(workshop_path, port=port) as server:
        browser.get(server.url())
        _wait(browser, lambda d: _visible(d, "vote"))
        _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#ballot li"))
        browser.find_element(By.CSS_SELECTOR, "#ballot li button[aria-label='+1']").click()
        _wait(browser, lambda d: "●" in d.find_element(By.ID, "ballot").text)
        _wait(browser, _all_sent)
    _set_step(workshop_path, (agenda.AgendaStep("prioritise", "Kano", ""),))
    with running(workshop_path, port=port) as server:
        browser.get(server.url())
        _wait(browser, lambda d: _visible(d, "kano"))
        rows = _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#kano-list .answers"))
        rows[0].find_elements(By.TAG_NAME, "button")[0].click()  # I like it
        rows = browser.find_elements(By.CSS_SELECTOR, "#kano-list .answers")
        rows[1].find_elements(By.TAG_NAME, "button")[4].click()  # I dislike it
        _wait(
            browser,
            lambda d: len(d.find_elements(By.CSS_SELECTOR, "#kano-list .answers button.on")) == 2,
        )
        _wait(browser, _all_sent)

    data = read_file(workshop_path)
    vera = next(p for p in data.participants if p.name == "Вера")
    foxes = next(t.id for t in data.teams if t.name == "Foxes")
    assert vera.team_id == foxes
    assert [p.name for p in data.participants].count("Вера") == 1
    mine = sorted(n.text for n in data.notes if n.author == "Вера")
    assert mine == [
        "<b>Receipts</b> by e-mail",
        "Ж" * 10_000,
        "Касса без очереди",
        "Между сессиями",
        "Написано без сети",
    ]
    assert [(v.voter_id, v.count) for v in data.votes] == [(vera.id, 1)]
    assert [(a.respondent, a.functional, a.dysfunctional) for a in data.kano_answers] == [
        ("Вера", 1, 5)
    ]


_OUTBOX_EMPTY = """
return Object.keys(localStorage)
  .filter(function (key) { return key === "pointb-outbox"; })
  .every(function (key) { return JSON.parse(localStorage.getItem(key)).length === 0; });
"""


def _all_sent(driver: Any) -> bool:
    """The phone's outbox is empty: the laptop confirmed every action."""
    return bool(driver.execute_script(_OUTBOX_EMPTY))
