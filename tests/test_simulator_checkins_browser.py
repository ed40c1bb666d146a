"""The check-in story end to end in headless Chromium (issue 6's "done when", on `tsunagu demo`).

A coordinator makes a plan in the console; in the simulator 「時間を進める: 1週間」 makes it fall due; the
resident sees the check-in with its quick replies and taps 「話したい」; a counselor sees the opened ticket in
the queue. Everything goes the production path (worker job → outbox → line-bot-sdk → the fake Messaging API;
signed webhook → /callback). Quiet hours follow the real clock, so when the test runs during them the whole
process — server threads included — is moved to the next allowed moment with time-machine (the clock only
goes forward, so the browser's cookies stay valid); the path is never skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
import time_machine
from browser import browser, page  # noqa: F401  (pytest fixtures)
from sqlalchemy import select
from test_simulator_browser import befriend, bot_rows_after

from bot import wording
from bot.city import load_city
from bot.db import utcnow
from bot.models import Resident
from bot.simulator.demo import Demo, StaffLogin, start_demo
from handoff.checkins.models import CheckIn, CheckInPlan
from handoff.checkins.schedule import TOKYO
from handoff.models import Ticket

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    quiet = load_city(None).quiet_hours
    now = utcnow()
    traveller = None
    if quiet.is_quiet(now):
        traveller = time_machine.travel(quiet.next_allowed(now) + timedelta(minutes=30), tick=True)
        traveller.start()
    try:
        running = start_demo(tmp_path_factory.mktemp("demo-checkins"), port=0).serve_in_thread()
        try:
            assert not load_city(running.app.config["TSUNAGU_CITY"]).quiet_hours.is_quiet(utcnow())
            yield running
        finally:
            running.close()
    finally:
        if traveller is not None:
            traveller.stop()


def login(browser: Any, demo: Demo, role: str) -> Any:  # noqa: F811
    """A console page in its own browser context, logged in as the demo account of `role`."""
    staff: StaffLogin = next(s for s in demo.staff if s.role == role)
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="ja-JP")
    context.set_default_timeout(10_000)
    pg = context.new_page()
    pg.goto(demo.console_url)
    pg.fill("input[name=username]", staff.username)
    pg.fill("input[name=password]", staff.password)
    pg.click("button[type=submit]")
    pg.wait_for_selector("header >> text=見守り")
    return pg


def test_a_plan_set_in_the_console_reaches_the_resident_when_time_moves(
    page: Any,  # noqa: F811
    browser: Any,  # noqa: F811
    demo: Demo,
) -> None:
    city = load_city(demo.app.config["TSUNAGU_CITY"])
    sessions = demo.app.extensions["tsunagu.sessionmaker"]
    uid = befriend(page, demo, "見守り たろう")
    with sessions() as s:
        resident = s.scalar(select(Resident).where(Resident.line_user_id == uid))
        assert resident is not None
        case, rid = resident.case_number, resident.id

    # The coordinator: a weekly plan starting tomorrow at 10:00 (Tokyo), three times.
    coordinator = login(browser, demo, "coordinator")
    try:
        coordinator.click("header >> text=見守り")
        coordinator.wait_for_selector("#new-plan")
        start = (utcnow().astimezone(TOKYO) + timedelta(days=1)).date()
        coordinator.fill("input[name=case_number]", case)
        coordinator.fill("input[name=first_date]", start.isoformat())
        coordinator.fill("input[name=first_time]", "10:00")
        coordinator.check("input[name=kind][value=repeat]")
        coordinator.fill("input[name=every]", "1")
        coordinator.select_option("select[name=unit]", "weeks")
        coordinator.fill("input[name=count]", "3")
        coordinator.click("#new-plan button[type=submit]")
        coordinator.wait_for_selector("#next-sends")
    finally:
        coordinator.context.close()
    with sessions() as s:
        (pending,) = s.scalars(select(CheckIn).where(CheckIn.resident_id == rid)).all()
        assert pending.status == "scheduled" and pending.due_at > utcnow() + timedelta(hours=1)
        template = pending.plan.template

    # Nothing is due yet; a week passes in the simulator and the check-in arrives with its chips.
    last = max(int(x) for x in page.locator(".msg").evaluate_all("ns => ns.map(n => n.dataset.seq)"))
    page.click(".advance-time[data-days='7']")
    page.wait_for_selector("#time-travel-result[data-sent='1']", timeout=15_000)
    assert "1週間進めました" in page.inner_text("#time-travel-result")
    message = wording.text(f"checkins.message.{template}", city=city.city_name)
    (row,) = bot_rows_after(page, last)
    shown = row.locator(".bubble.text").inner_text()
    assert [line.strip() for line in shown.splitlines()] == [line.strip() for line in message.splitlines()]
    chips = page.locator("#quick-replies .chip").all_inner_texts()
    assert chips == [wording.text(f"checkins.quick.{v}") for v in ("fine", "trouble", "talk")]
    with sessions() as s:
        checkins = s.scalars(select(CheckIn).where(CheckIn.resident_id == rid).order_by(CheckIn.seq)).all()
        assert [(c.seq, c.status) for c in checkins] == [(1, "sent"), (2, "scheduled")]
        # the next one is a week after the first in the moved world: still ahead, not sent twice
        assert checkins[1].due_at > utcnow()

    # The resident taps 「話したい」.
    talk = wording.text("checkins.quick.talk")
    page.locator("#quick-replies .chip", has_text=talk).click()
    row = page.wait_for_selector(f'.msg.from-user:has-text("{talk}")')
    bot_rows_after(page, int(row.get_attribute("data-seq")))
    with sessions() as s:
        plan = s.scalar(select(CheckInPlan).where(CheckInPlan.resident_id == rid))
        assert plan is not None and plan.last_answer == "talk"
        answered = s.scalar(select(CheckIn).where(CheckIn.resident_id == rid, CheckIn.seq == 1))
        assert answered is not None and answered.status == "answered" and answered.ticket_id is not None
        ticket = s.get(Ticket, answered.ticket_id)
        assert ticket is not None and ticket.resident_id == rid

    # The counselor sees the case waiting in the queue.
    counselor = login(browser, demo, "counselor")
    try:
        counselor.goto(demo.console_url)
        waiting = counselor.locator("#list-queued tbody tr", has_text=case)
        waiting.wait_for(timeout=10_000)
        assert waiting.get_attribute("data-id") == str(ticket.id)
        assert uid not in counselor.content()
    finally:
        counselor.context.close()


def test_moving_time_refuses_a_bad_amount(page: Any, demo: Demo) -> None:  # noqa: F811
    page.goto(demo.simulator_url)
    token = page.get_attribute('meta[name="csrf-token"]', "content")
    for days in (0, -1, "7", 1000, True, None):
        # The context's own request client: the page's cookies and CSRF token, but no console error logged.
        resp = page.request.post(
            demo.simulator_url + "api/time",
            data={"days": days},
            headers={"X-CSRFToken": token or ""},
        )
        assert resp.status == 400, days
        assert "days" in resp.json()["error"]
    with demo.app.extensions["tsunagu.sessionmaker"]() as s:
        assert all(
            c.due_at > utcnow() for c in s.scalars(select(CheckIn).where(CheckIn.status == "scheduled"))
        )
