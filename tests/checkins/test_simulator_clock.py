"""The simulator's 「時間を進める」 (`bot.simulator.clock`) against the real check-in job, outbox and fake LINE
Platform, on SQLite and PostgreSQL: moving the world forward sends what fell due once, keeps the schedule's
wall-clock times, lets the 未応答 count see the time pass, and still respects quiet hours by the real clock."""

from __future__ import annotations

from datetime import date

import pytest
import time_machine
from checkin_helpers import (
    add_staff,
    checkins_of,
    checkins_received,
    deliver,
    follower,
    jst,
    make_plan,
    plan_row,
)
from lineplatform import Frontdoor, frontdoor, line_api  # noqa: F401  (fixtures)

from bot.simulator import clock
from bot.simulator.clock import advance


def test_a_week_forward_sends_the_due_check_in_once_and_keeps_the_schedule(frontdoor: Frontdoor) -> None:  # noqa: F811
    fd = frontdoor
    staff = add_staff(fd)
    uid, rid = follower(fd)
    with time_machine.travel(jst(2026, 11, 25, 15), tick=True):
        plan_id = make_plan(fd, rid, staff, first_at=jst(2026, 11, 30, 10), every=1, unit="weeks")
        one_day = advance(fd.ctx, 1)
        assert (one_day.sent, one_day.quiet) == (
            0,
            False,
        )  # 11/30 is still four days ahead in the moved world
        (pending,) = checkins_of(fd, plan_id)
        assert pending.due_at == jst(2026, 11, 29, 10)

        done = advance(fd.ctx, 7)
        deliver(fd)
        assert (done.sent, done.plans, done.quiet) == (1, 1, False)
        assert len(checkins_received(fd, uid)) == 1
        first, second = checkins_of(fd, plan_id)
        assert first.status == "sent"
        # The next one is a week after the first in the moved world, at the same 10:00 in Tokyo.
        assert second.status == "scheduled"
        assert second.due_at == jst(2026, 11, 29, 10)

        # Two more weeks without an answer: each check-in goes out once, and the 未応答 alert is raised.
        for _ in range(2):
            assert advance(fd.ctx, 7).sent == 1
            deliver(fd)
        assert len(checkins_received(fd, uid)) == 3
        assert advance(fd.ctx, 1).sent == 0  # nothing is sent twice
        plan = plan_row(fd, plan_id)
        assert plan.unanswered_streak >= 2 and plan.alert_at is not None
        rows = checkins_of(fd, plan_id)
        assert [c.status for c in rows[:2]] == ["unanswered", "unanswered"]
        keys = [p.headers["x-line-retry-key"] for p in fd.platform.requests("/v2/bot/message/push")]
        assert len(keys) == len(set(keys)) == 3


def test_quiet_hours_still_follow_the_real_clock(frontdoor: Frontdoor) -> None:  # noqa: F811
    fd = frontdoor
    staff = add_staff(fd)
    uid, rid = follower(fd)
    with time_machine.travel(jst(2026, 11, 25, 23), tick=True):
        plan_id = make_plan(
            fd, rid, staff, first_at=jst(2026, 11, 27, 10), every=1, unit="days", until=date(2026, 12, 31)
        )
        done = advance(fd.ctx, 3)
        assert done.quiet and done.sent == 0
        assert done.quiet_until == jst(2026, 11, 26, 9)
        assert checkins_received(fd, uid) == []
        assert plan_row(fd, plan_id).until == date(2026, 12, 28)  # the end date moves with the world
    with time_machine.travel(jst(2026, 11, 26, 9, 0, 5), tick=True):
        assert advance(fd.ctx, 1).sent == 1
        deliver(fd)
    assert len(checkins_received(fd, uid)) == 1


@pytest.mark.parametrize("days", [0, -3, clock.MAX_DAYS + 1])
def test_a_bad_amount_is_refused_before_anything_changes(frontdoor: Frontdoor, days: int) -> None:  # noqa: F811
    with frontdoor.runtime.sessions() as s, pytest.raises(ValueError):
        clock.shift_checkins(s, days)


def test_the_page_alone_says_there_is_no_world_to_move() -> None:
    from flask import Flask

    from bot.simulator.platform import FakeLinePlatform
    from bot.simulator.web import mount

    app = Flask(__name__)
    mount(app, FakeLinePlatform())
    client = app.test_client()
    assert client.post("/simulator/api/time", json={"days": 0}).status_code == 400
    resp = client.post("/simulator/api/time", json={"days": 1})
    assert resp.status_code == 503 and resp.get_json()["ok"] is False
