"""End to end in headless Chromium: `tsunagu demo` (the real app, worker, city pack) driven from /simulator.

Each resident action goes browser → simulator → signed webhook → /callback → processing → line-bot-sdk →
the fake Messaging API → the page's poll. Expectations come from the city pack and the wording files, so
the tests follow the data rather than copying it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from browser import browser, page  # noqa: F401  (pytest fixtures)
from sqlalchemy import select

from bot import wording
from bot.city import load_city
from bot.models import Resident
from bot.simulator.demo import Demo, start_demo
from bot.simulator.web import places_from_city

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    running = start_demo(tmp_path_factory.mktemp("demo"), port=0).serve_in_thread()
    try:
        yield running
    finally:
        running.close()


@pytest.fixture(scope="module")
def city(demo: Demo) -> Any:
    return load_city(demo.app.config["TSUNAGU_CITY"])


def befriend(page: Any, demo: Demo, name: str) -> str:  # noqa: F811
    """Open the simulator as a new resident and add the account as a friend; wait for the welcome."""
    uid = demo.platform.add_user(name)
    page.goto(demo.simulator_url)
    page.click(f'.resident[data-user-id="{uid}"]')
    page.click("#follow")
    page.wait_for_selector(".msg.from-bot", timeout=15_000)
    page.wait_for_selector("#quick-replies .chip")
    return uid


def say(page: Any, text: str) -> int:  # noqa: F811
    """Type and send; return the seq of the resident's message as shown on the page."""
    page.fill("#text", text)
    page.click("#send")
    row = page.wait_for_selector(f'.msg.from-user:has-text("{text[:12]}")')
    return int(row.get_attribute("data-seq"))


def bot_rows_after(page: Any, seq: int, count: int = 1) -> list[Any]:  # noqa: F811
    """Wait until at least `count` bot messages follow `seq`; return them, oldest first."""
    page.wait_for_function(
        "([seq, n]) => [...document.querySelectorAll('.msg.from-bot:not(.loading)')]"
        ".filter(r => Number(r.dataset.seq) > seq).length >= n",
        arg=[seq, count],
        timeout=15_000,
    )
    rows = page.locator(".msg.from-bot:not(.loading)").all()
    return [r for r in rows if int(r.get_attribute("data-seq")) > seq]


def test_follow_gets_the_welcome(page: Any, demo: Demo, city: Any) -> None:  # noqa: F811
    befriend(page, demo, "山田 花子")
    intro = wording.text("frontdoor.welcome.intro", city=city.city_name)
    first_line = intro.splitlines()[0]
    page.wait_for_selector(f'.msg.from-bot .bubble.text:has-text("{first_line}")')
    assert city.city_name in page.inner_text(".msg.from-bot >> nth=0")
    # the welcome carries the crisis lines as a card with tel: buttons, and the standard chips
    assert page.locator('.msg.from-bot .flex-bubble a[href^="tel:"]').count() >= 2
    chips = page.locator("#quick-replies .chip").all_inner_texts()
    assert wording.text("frontdoor.quick.areas") in chips


def test_dementia_message_gets_the_right_houkatsu_with_a_tel_button(page: Any, demo: Demo, city: Any) -> None:  # noqa: F811
    befriend(page, demo, "佐藤 健一")
    area = next(a for a in city.areas if a.towns)
    town = area.towns[0]
    seq = say(page, town.name)  # an elderly resident types their 町名: remembered as the area
    bot_rows_after(page, seq)
    seq = say(page, "母が同じことを何回も聞いてくる。物忘れがひどくて心配です")
    page.wait_for_selector(".msg.from-bot .flex-bubble:has-text('地域包括支援センター')", timeout=15_000)
    answer = "\n".join(r.inner_text() for r in bot_rows_after(page, seq))
    # the 地域包括支援センター of the resident's own 圏域 (data: kind houkatsu, serving that area)
    expected = [
        w for w in city.windows_for(["dementia"], area) if w.kind == "houkatsu" and area.id in w.areas
    ]
    assert expected, f"the city pack has a 地域包括支援センター for {area.name}"
    right = expected[0]
    assert right.name in answer
    bubble = page.locator(".msg.from-bot .flex-bubble", has_text=right.name).last
    assert bubble.locator(f'a[href="{right.tel}"]').count() == 1
    for other in city.windows:
        if other.kind == "houkatsu" and other.areas and area.id not in other.areas:
            assert other.name not in answer, f"{other.name} does not serve {area.name}"


def test_tapping_quick_replies_chooses_an_area(page: Any, demo: Demo, city: Any) -> None:  # noqa: F811
    uid = befriend(page, demo, "Maria Silva")
    areas_chip = wording.text("frontdoor.quick.areas")
    page.locator("#quick-replies .chip", has_text=areas_chip).click()
    page.wait_for_selector(f'.msg.from-user:has-text("{areas_chip}")')  # the chip's displayText
    area = city.areas[-1]
    chip = page.locator("#quick-replies .chip", has_text=area.name[:20])
    chip.wait_for(timeout=15_000)  # the bot answered with one chip per 圏域
    chip.click()
    row = page.wait_for_selector(f'.msg.from-user:has-text("{area.name}")')
    rows = bot_rows_after(page, int(row.get_attribute("data-seq")))
    answer = "\n".join(r.inner_text() for r in rows)
    assert wording.text("frontdoor.area.saved", area=area.name) in answer
    with demo.app.extensions["tsunagu.sessionmaker"]() as session:
        stored = session.scalar(select(Resident.area).where(Resident.line_user_id == uid))
    assert stored == area.id  # remembered for the next question


def test_sharing_a_location_gets_the_nearest_window(page: Any, demo: Demo, city: Any) -> None:  # noqa: F811
    befriend(page, demo, "鈴木 ゆき")
    page.click("#more")
    page.click('.tray-tabs button[data-tab="location"]')
    place = page.locator(".place").last  # away from the city hall, so "nearest" is not the default answer
    index = int(place.get_attribute("data-place"))
    place.click()
    row = page.wait_for_selector(".msg.from-user .location-title")
    seq = int(row.evaluate("n => n.closest('.msg').dataset.seq"))
    rows = bot_rows_after(page, seq, 2)
    shared = places_from_city(city)[index]
    nearest = city.nearest_windows(shared.latitude, shared.longitude, None, limit=3)
    assert nearest, f"the pack has windows near {shared.name}"
    assert wording.text("frontdoor.location.nearest").splitlines()[0] in rows[0].inner_text()
    card = rows[1]
    assert card.get_attribute("data-type") == "flex"
    first_bubble = card.locator(".flex-bubble").first
    assert nearest[0].window.name in first_bubble.inner_text()
    if nearest[0].window.tel:
        assert first_bubble.locator(f'a[href="{nearest[0].window.tel}"]').count() == 1


def test_an_emergency_gets_the_crisis_lines_first(page: Any, demo: Demo, city: Any) -> None:  # noqa: F811
    befriend(page, demo, "高橋 さとし")
    seq = say(page, "もう死にたい。今から飛び降りる")
    rows = bot_rows_after(page, seq, 2)
    first = rows[0]
    assert first.get_attribute("data-type") == "flex"
    crisis = city.crisis_lines("emergency")
    tels = first.locator('a[href^="tel:"]')
    assert tels.count() >= 2
    hrefs = [tels.nth(i).get_attribute("href") for i in range(tels.count())]
    assert hrefs[0] == crisis[0].tel
    assert {"tel:110", "tel:119"} <= set(hrefs)


def test_a_counselor_answers_from_the_console_and_the_resident_sees_it(
    page: Any,  # noqa: F811
    browser: Any,  # noqa: F811
    demo: Demo,
) -> None:
    """The whole demo: the resident asks for a person, a counselor claims the case and replies."""
    uid = befriend(page, demo, "伊藤 みどり")
    human = wording.text("frontdoor.quick.human")
    page.locator("#quick-replies .chip", has_text=human).click()
    page.wait_for_selector(f'.msg.from-user:has-text("{human}")')
    login = next(s for s in demo.staff if s.role == "counselor")
    with demo.app.extensions["tsunagu.sessionmaker"]() as session:
        case = session.scalar(select(Resident.case_number).where(Resident.line_user_id == uid))
    assert case, "following the account made a resident"
    staff = browser.new_context(locale="ja-JP", timezone_id="Asia/Tokyo")
    try:
        console = staff.new_page()
        console.set_default_timeout(15_000)
        console.goto(demo.console_url)
        console.fill('input[name="username"]', login.username)
        console.fill('input[name="password"]', login.password)
        console.click('button[type="submit"]')
        row = console.locator(f'#list-queued tr[data-id]:has-text("{case}")')  # staff see the case number
        row.wait_for()
        row.locator("a").first.click()
        console.click("#claim")
        reply = "伊藤さん、相談員のつなぎです。お話を聞かせてください。"
        console.fill("#reply-text", reply)
        console.click("#send")
        page.wait_for_selector(f'.msg.from-bot .bubble.text:has-text("{reply[:10]}")', timeout=20_000)
    finally:
        staff.close()
