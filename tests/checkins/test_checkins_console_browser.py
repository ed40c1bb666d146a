"""The 見守り pages in headless Chromium: a coordinator opens them from the console's navigation, makes a
plan with the form, sees its next sends in Tokyo time, pauses, resumes and cancels it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from browser import browser, page  # noqa: F401  (pytest fixtures)
from checkin_helpers import PASSWORD, add_staff, follower
from lineplatform import Frontdoor, frontdoor, line_api  # noqa: F401  (fixtures)
from sqlalchemy import select

from bot.db import utcnow
from bot.models import Resident
from bot.simulator.platform import PlatformServer
from handoff.checkins.models import CheckInPlan
from handoff.checkins.schedule import TOKYO

pytestmark = pytest.mark.browser


def test_coordinator_makes_and_manages_a_plan_in_the_browser(frontdoor: Frontdoor, page) -> None:  # noqa: ANN001, F811
    fd = frontdoor
    add_staff(fd, "chiba", "coordinator")
    uid, rid = follower(fd)
    with fd.runtime.sessions() as s:
        case = s.get(Resident, rid).case_number
    start = (utcnow().astimezone(TOKYO) + timedelta(days=1)).date()
    expected = [(start + timedelta(days=7 * k)).strftime("%Y/%m/%d") + " 10:00" for k in range(3)]
    with PlatformServer(fd.app) as server:
        page.goto(server.url + "/console/")
        page.fill("input[name=username]", "chiba")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.click("header >> text=見守り")
        page.wait_for_selector("#new-plan")
        page.fill("input[name=case_number]", case)
        page.fill("input[name=first_date]", start.isoformat())
        page.fill("input[name=first_time]", "10:00")
        page.check("input[name=kind][value=repeat]")
        page.fill("input[name=every]", "1")
        page.select_option("select[name=unit]", "weeks")
        page.fill("input[name=count]", "3")
        page.click("#new-plan button[type=submit]")
        page.wait_for_selector("#next-sends")
        assert page.locator("#next-sends li").all_inner_texts() == expected
        assert uid not in page.content()

        page.click("button:has-text('一時停止')")
        page.wait_for_selector("text=一時停止しました。")
        assert "再開すると" in page.inner_text("#next-sends")
        page.click("button:has-text('再開')")
        page.wait_for_selector("text=再開しました。")
        page.on("dialog", lambda dialog: dialog.accept())
        page.click("button:has-text('取り消す')")
        page.wait_for_selector("text=取り消しました。")
        assert "これから送る予定は ありません" in page.inner_text("#next-sends")
        page.click("text=← 見守りの一覧")
        assert case not in page.inner_text("#plans")  # no live plan left
    with fd.runtime.sessions() as s:
        (plan,) = s.scalars(select(CheckInPlan)).all()
        assert (plan.status, plan.every, plan.max_count) == ("cancelled", 1, 3)
