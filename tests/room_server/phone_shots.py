"""Pictures of the phone page for the docs: `python -m tests.room_server.phone_shots OUTDIR`.

Headless Chromium at phone size against a copy of the demo workshop on loopback (the
address is not in the pictures). Needs chromium and chromium-driver, like the browser test.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from app.demo import write_demo
from tests.room_server.conftest import free_port, running, set_step


def _browser(language: str) -> Any:
    from selenium import webdriver

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "chromium"
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tempfile.mkdtemp(prefix='pointb-shots-')}",
        "--hide-scrollbars",
    ):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    metrics = {"width": 390, "height": 844, "pixelRatio": 2.0, "touch": True}
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": metrics})
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver"))
    return webdriver.Chrome(options=options, service=service)


def shoot(outdir: Path, language: str, exercise: str, title: str, name: str) -> Path:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    folder = Path(tempfile.mkdtemp(prefix="pointb-shots-"))
    path = folder / "demo.pointb"
    write_demo(path, language, force=True)
    set_step(path, exercise, title)
    browser = _browser(language)
    try:
        with running(path, port=free_port()) as server:
            browser.get(server.url())
            wait = WebDriverWait(browser, 20)
            wait.until(lambda d: d.find_element(By.ID, "join").is_displayed())
            browser.find_element(By.ID, "join-name").send_keys(
                "Vera" if language == "en" else "Вера"
            )
            browser.find_element(By.ID, "join-button").click()
            wait.until(lambda d: not d.find_element(By.ID, "step").get_attribute("hidden"))
            if exercise == "capture" and "vot" not in title.lower():
                notes = (
                    ("Pay at the bus stop kiosk", "A reminder the day before payment")
                    if language == "en"
                    else ("Оплата в киоске на остановке", "Напоминание за день до платежа")
                )
                for text in notes:
                    browser.find_element(By.ID, "draft").send_keys(text)
                    browser.find_element(By.ID, "send-note").click()
                wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#my-notes li")) == 2)
            elif exercise == "prioritise":
                wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#kano-list .answers"))
                rows = browser.find_elements(By.CSS_SELECTOR, "#kano-list .answers")
                rows[0].find_elements(By.TAG_NAME, "button")[0].click()
            browser.execute_script("window.scrollTo(0, 0)")
            target = outdir / f"{name}-{language}.png"
            browser.save_screenshot(str(target))
            return target
    finally:
        browser.quit()


def main(argv: list[str]) -> int:
    outdir = Path(argv[0]) if argv else Path("docs/img")
    outdir.mkdir(parents=True, exist_ok=True)
    print(shoot(outdir, "en", "capture", "Silent writing", "phone-write"))
    print(shoot(outdir, "ru", "prioritise", "Анкета Кано", "phone-kano"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
