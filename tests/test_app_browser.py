"""The page in headless Chromium: ask a seed question, see passages and highlights render.

Skips when Chromium is missing on a developer machine (``make browser`` installs it);
fails when ``CI`` is set, so CI cannot silently lose the test.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from slant.app import serve
from slant.config import PROJECT_ROOT
from test_app_e2e import free_port
from test_app_handlers import QUESTION, app_state

pytestmark = pytest.mark.e2e

CHROMIUM = os.environ.get("SLANT_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("SLANT_CHROMEDRIVER", "/usr/bin/chromedriver")
OUTPUT = PROJECT_ROOT / "test-output"


def _require_chromium() -> None:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not (Path(p).is_file() or shutil.which(p))]
    if not missing:
        return
    reason = f"{' and '.join(missing)} not installed; run `make browser` (apt: chromium chromium-driver)"
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, str]]:
    """A headless Chromium on the app served in this process: (driver, url)."""
    _require_chromium()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    state = app_state(tmp_path_factory.mktemp("browser") / "home")
    demo, url = serve(state, "127.0.0.1", free_port())
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1440,1500",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver, url
    finally:
        driver.quit()
        demo.close()


def wait_for(condition: Callable[[], Any], timeout: float = 60.0, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = condition()
        except Exception:  # the element may not exist yet
            value = None
        if value:
            return value
        time.sleep(0.25)
    raise AssertionError(f"timed out waiting for {what}")


def test_ask_a_seed_question_and_see_passages_and_highlights(page: tuple[Any, str]) -> None:
    from selenium.webdriver.common.by import By

    driver, url = page
    driver.get(url)
    box = wait_for(lambda: driver.find_element(By.CSS_SELECTOR, "#slant-question textarea"), what="question box")
    box.send_keys(QUESTION)
    driver.find_element(By.ID, "slant-ask").click()
    cards = wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#slant-passages .slant-card"),
                     what="passage cards")
    marks = driver.find_elements(By.CSS_SELECTOR, "#slant-passages .slant-card mark[data-technique]")
    assert marks, "the quoted passage shows highlighted spans"
    assert marks[0].get_attribute("title"), "each highlight explains itself on hover"
    assert marks[0].value_of_css_property("background-color") not in ("rgba(0, 0, 0, 0)", "transparent")
    assert driver.find_elements(By.CSS_SELECTOR, "#slant-passages .slant-legend mark")
    assert driver.find_elements(By.CSS_SELECTOR, "#slant-passages .slant-why li")
    chat = driver.find_element(By.ID, "slant-chat").text
    assert QUESTION in chat and re.search(r"\[\d+\]", chat)
    title = cards[0].find_element(By.TAG_NAME, "h4").text
    # open the passage in its document
    driver.find_element(By.CSS_SELECTOR, "#slant-pick label").click()
    quote = wait_for(lambda: driver.find_element(By.CSS_SELECTOR, "#slant-document #slant-quote"),
                     what="the quote located in its document")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", quote)
    document_marks = driver.find_elements(By.CSS_SELECTOR, "#slant-document mark[data-technique]")
    assert len(document_marks) > len(marks)
    assert title.split("] ", 1)[-1] in driver.find_element(By.ID, "slant-document").text
    driver.execute_script("window.scrollTo(0, 0);")
    OUTPUT.mkdir(exist_ok=True)
    assert driver.save_screenshot(str(OUTPUT / "app_chat.png"))
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", quote)
    assert driver.save_screenshot(str(OUTPUT / "app_document.png"))
    assert_nothing_from_the_web(driver, url)


def test_documents_tab_shows_profiles_and_chart(page: tuple[Any, str]) -> None:
    from selenium.webdriver.common.by import By

    driver, url = page
    driver.get(url)
    tab = wait_for(lambda: next(b for b in driver.find_elements(By.CSS_SELECTOR, "button[role=tab]")
                                if b.text.strip() == "Documents"), what="Documents tab")
    tab.click()
    table = wait_for(lambda: driver.find_element(By.CSS_SELECTOR, "#slant-profiles table.slant-profiles"),
                     what="profile table")
    assert len(table.find_elements(By.CSS_SELECTOR, "tr:first-child th")) == 6  # blank + 5 documents
    wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#slant-chart canvas, #slant-chart svg"),
             what="the chart")
    OUTPUT.mkdir(exist_ok=True)
    assert driver.save_screenshot(str(OUTPUT / "app_documents.png"))
    assert_nothing_from_the_web(driver, url)


def assert_nothing_from_the_web(driver: Any, url: str) -> None:
    """Every resource the page loaded (or tried to) came from the app itself."""
    own = urlparse(url).netloc
    loaded = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
        ".concat([...document.querySelectorAll('script[src], link[href], img[src], iframe[src]')]"
        ".map(e => e.src || e.href))"
    )
    foreign = [
        u for u in loaded
        if urlparse(u).scheme in ("http", "https", "ws", "wss") and urlparse(u).netloc != own
    ]
    assert not foreign, f"the page fetched from the web: {foreign[:5]}"


def test_tag_tab_highlights_pasted_text(page: tuple[Any, str]) -> None:
    from selenium.webdriver.common.by import By

    driver, url = page
    driver.get(url)
    tab = wait_for(lambda: next(b for b in driver.find_elements(By.CSS_SELECTOR, "button[role=tab]")
                                if b.text.strip() == "Tag"), what="Tag tab")
    tab.click()
    box = wait_for(lambda: driver.find_element(By.CSS_SELECTOR, "#slant-tag-text textarea"), what="text box")
    box.send_keys("The corrupt regime's thugs are destroying our great nation, and everyone knows it.")
    next(b for b in driver.find_elements(By.TAG_NAME, "button") if b.text.strip() == "Tag" and
         b.get_attribute("role") != "tab").click()
    marks = wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#slant-tag-view mark[data-technique]"),
                     what="highlights")
    assert len(marks) >= 2
    assert "words" in driver.find_element(By.ID, "slant-tag-profile").text
    OUTPUT.mkdir(exist_ok=True)
    assert driver.save_screenshot(str(OUTPUT / "app_tag.png"))
