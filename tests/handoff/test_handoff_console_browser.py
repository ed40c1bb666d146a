"""The console in headless Chromium: log in, see the emergency at the top of a self-updating queue,
claim it, reply, and the reply reaches the resident's phone on the fake LINE Platform."""

from __future__ import annotations

import time

import pytest
from browser import browser, page  # noqa: F401  (pytest fixtures)
from console_helpers import PASSWORD, add_staff
from lineplatform import frontdoor, line_api  # noqa: F401  (fixtures)

from bot.db import session_scope
from bot.models import Message, Resident
from bot.simulator.platform import PlatformServer
from handoff import api

pytestmark = pytest.mark.browser


def _resident_asks(frontdoor, name: str, text: str, risk: str) -> str:  # noqa: F811
    uid = frontdoor.user(name)
    frontdoor.platform.set_following(uid, True)  # a resident who writes to the city follows its account
    with session_scope(frontdoor.runtime.sessions) as s:
        r = Resident(line_user_id=uid, display_name=name)
        s.add(r)
        s.flush()
        m = Message(resident_id=r.id, direction="in", sender="resident", kind="text", text=text, risk=risk)
        s.add(m)
        s.flush()
        api.open_or_join_ticket(
            s,
            r,
            reason="risk" if risk != "none" else "request_human",
            risk=risk,
            concerns=["mental_health"] if risk == "emergency" else [],
            evidence=[],
            message=m,
        )
    return uid


def test_counselor_claims_the_emergency_and_replies(frontdoor, page):  # noqa: F811
    add_staff(frontdoor.runtime.sessions, "aoki", "counselor")
    frontdoor.app.config["TSUNAGU_CONSOLE_POLL_SECONDS"] = 0.5  # the pages poll faster in tests
    _resident_asks(frontdoor, "ゆうこ", "人と話したい", "none")
    _resident_asks(frontdoor, "たける", "今日食べるものがない", "high")
    with PlatformServer(frontdoor.app) as server:
        page.goto(server.url + "/console/")
        page.fill("input[name=username]", "aoki")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_selector("#list-queued")
        assert page.locator("#list-queued tbody tr").count() == 2
        assert page.locator("#alarm").is_hidden()

        # An emergency arrives while the page is open: the queue updates itself and sounds the alarm.
        uid = _resident_asks(frontdoor, "<i>みか</i>", "もう死にたい", "emergency")
        page.wait_for_selector("#alarm:not(.hidden)", timeout=10_000)
        first = page.locator("#list-queued tbody tr").first
        assert first.get_attribute("data-risk") == "emergency"
        assert "<i>みか</i>" in first.inner_text()  # shown as text, not markup
        assert page.locator("#list-queued tbody tr").nth(1).get_attribute("data-risk") == "high"

        first.locator("a").click()
        page.click("#claim")
        page.wait_for_selector("#reply-text")
        page.select_option("#canned", label="はじめのあいさつ")
        assert "相談員のAokiです" in page.input_value("#reply-text")
        page.fill("#reply-text", "相談員の青木です。いま、安全な場所にいますか？")
        page.click("#send")
        page.wait_for_selector(".msg-staff")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            delivered = [m.get("text") for m in frontdoor.platform.delivered(uid)]
            if "相談員の青木です。いま、安全な場所にいますか？" in delivered:
                break
            time.sleep(0.1)
        assert "相談員の青木です。いま、安全な場所にいますか？" in delivered
        # The page shows the delivery state once the push went through (polled, no reload).
        page.wait_for_selector(".msg-staff .delivery:text('届きました')", timeout=10_000)

        # The resident writes again: the message appears live on the ticket page.
        with session_scope(frontdoor.runtime.sessions) as s:
            r = s.query(Resident).filter_by(line_user_id=uid).one()
            m = Message(
                resident_id=r.id, direction="in", sender="resident", kind="text", text="はい、家にいます"
            )
            s.add(m)
            s.flush()
            api.note_resident_message(s, r, m, None)
        page.wait_for_selector(".msg-resident .body:text('はい、家にいます')", timeout=10_000)
        assert page.locator("#global-alarm").is_hidden()

        # Another person in danger writes while the counselor is busy with this case: this page says so.
        _resident_asks(frontdoor, "けん", "もう消えてしまいたい", "emergency")
        page.wait_for_selector("#global-alarm:not(.hidden)", timeout=10_000)
        page.goto("about:blank")  # stop the page's polling before its server goes away
        frontdoor.settle()
