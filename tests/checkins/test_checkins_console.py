"""Coordinator pages of 伴走型支援: a plan made in the console reaches the resident (time moved forward), the
answer reaches a counselor; CSRF, roles, audit, and no LINE user ID on any page."""

from __future__ import annotations

import time_machine
from checkin_helpers import (
    Client,
    add_staff,
    checkin_id_of,
    checkins_of,
    checkins_received,
    follower,
    jst,
    make_plan,
    plan_row,
    tick,
)
from lineplatform import Frontdoor
from sqlalchemy import select

from bot.models import Resident
from handoff.checkins.models import CheckInPlan
from handoff.models import AuditLog, Ticket

pytest_plugins = ["lineplatform"]


def at(when):  # noqa: ANN001, ANN202
    return time_machine.travel(when, tick=True)


def case_number(fd: Frontdoor, resident_id: int) -> str:
    with fd.runtime.sessions() as s:
        return s.get(Resident, resident_id).case_number


def audit_actions(fd: Frontdoor) -> list[str]:
    with fd.runtime.sessions() as s:
        return list(s.scalars(select(AuditLog.action).order_by(AuditLog.id)))


def test_a_plan_made_in_the_console_reaches_the_resident_and_the_answer_a_counselor(
    frontdoor: Frontdoor,
) -> None:
    fd = frontdoor
    add_staff(fd, "chiba", "coordinator")
    add_staff(fd, "aoki", "counselor")
    uid, rid = follower(fd)
    case = case_number(fd, rid)
    coordinator = Client(fd.app)
    with at(jst(2026, 12, 1, 14)):
        coordinator.login("chiba")
        page = coordinator.get("/console/checkins")
        assert page.status_code == 200 and "新しい見守りの予定" in page.text
        form = {
            "case_number": case,
            "first_date": "2026-12-01",
            "first_time": "21:30",  # in quiet hours: goes out the next morning
            "kind": "repeat",
            "every": "2",
            "unit": "weeks",
            "count": "3",
            "template": "default",
        }
        assert coordinator.post("/console/checkins/plans", form, token=False).status_code == 400  # no CSRF
        resp = coordinator.post("/console/checkins/plans", form)
        assert resp.status_code == 303
        detail = coordinator.get(resp.headers["Location"])
    assert "12/02 09:00" in detail.text and "12/16 09:00" in detail.text and "12/30 09:00" in detail.text
    assert uid not in detail.text  # staff never see the LINE user ID
    with fd.runtime.sessions() as s:
        (plan,) = s.scalars(select(CheckInPlan)).all()
        assert (plan.every, plan.unit, plan.max_count, plan.resident_id) == (2, "weeks", 3, rid)
    assert audit_actions(fd)[-3:] == ["checkin_view", "checkin_plan_create", "checkin_view"]

    with at(jst(2026, 12, 1, 21, 31)):
        assert tick(fd) == 0
    with at(jst(2026, 12, 2, 9, 0, 10)):
        assert tick(fd) == 1
        (msg,) = checkins_received(fd, uid)
        fd.line.postback(uid, f"a=checkin&v=talk&k={checkin_id_of(msg)}", display_text="話したい")
        fd.settle()
        assert coordinator.get("/console/checkins").status_code == 302  # idle timeout: the console's guard
        coordinator.login("chiba")
        overview = coordinator.get("/console/checkins").text
        assert "話したい" in overview and case in overview
        counselor = Client(fd.app)
        counselor.login("aoki")
        queue = counselor.get("/console/api/queue").get_json()
    with fd.runtime.sessions() as s:
        (ticket,) = s.scalars(select(Ticket)).all()
    assert ticket.reason == "checkin" and [row["id"] for row in queue["queued"]] == [ticket.id]
    assert uid not in overview


def test_pause_resume_cancel_and_alert_forms_are_audited(frontdoor: Frontdoor) -> None:
    fd = frontdoor
    staff = add_staff(fd, "chiba", "coordinator")
    _, rid = follower(fd)
    with at(jst(2026, 12, 1, 9)):
        plan_id = make_plan(fd, rid, staff, first_at=jst(2026, 12, 1, 10), every=1, unit="weeks", max_count=5)
        c = Client(fd.app)
        c.login("chiba")
        c.get(f"/console/checkins/plans/{plan_id}")
        assert c.post(f"/console/checkins/plans/{plan_id}/pause").status_code == 303
        assert plan_row(fd, plan_id).status == "paused"
        assert "一時停止" in c.get(f"/console/checkins/plans/{plan_id}").text
        assert c.post(f"/console/checkins/plans/{plan_id}/resume").status_code == 303
        assert plan_row(fd, plan_id).status == "active"
        # An alert raised by two unanswered check-ins is shown and can be marked as taken up.
        with fd.runtime.sessions() as s:
            plan = s.get(CheckInPlan, plan_id)
            plan.unanswered_streak, plan.alert_at = 2, plan.created_at
            s.commit()
        overview = c.get("/console/checkins").text
        assert "未応答の知らせ" in overview and "2回つづけて" in overview
        assert c.post(f"/console/checkins/plans/{plan_id}/ack", {"back": "overview"}).status_code == 303
        assert plan_row(fd, plan_id).alert_at is None
        assert c.post(f"/console/checkins/plans/{plan_id}/cancel").status_code == 303
        # A second cancel is refused with a message and changes nothing.
        assert c.post(f"/console/checkins/plans/{plan_id}/cancel").status_code == 303
    assert plan_row(fd, plan_id).status == "cancelled"
    assert [x.status for x in checkins_of(fd, plan_id)] == ["cancelled"]
    changes = [a for a in audit_actions(fd) if a.startswith("checkin_") and a != "checkin_view"]
    assert changes == [
        "checkin_plan_create",
        "checkin_plan_pause",
        "checkin_plan_resume",
        "checkin_alert_ack",
        "checkin_plan_cancel",
    ]


def test_bad_forms_get_a_clear_answer_and_create_nothing(frontdoor: Frontdoor) -> None:
    fd = frontdoor
    add_staff(fd, "chiba", "coordinator")
    _, rid = follower(fd)
    case = case_number(fd, rid)
    c = Client(fd.app)
    with at(jst(2026, 12, 1, 9)):
        c.login("chiba")
        c.get("/console/checkins")
        cases = [
            (
                {"case_number": "TS-NOPE-NOPE", "first_date": "2026-12-02", "first_time": "10:00"},
                "ケース番号は ありません",
            ),
            ({"case_number": case, "first_date": "", "first_time": "10:00"}, "最初に送る日と時刻"),
            (
                {
                    "case_number": case,
                    "first_date": "2026-12-02",
                    "first_time": "10:00",
                    "kind": "repeat",
                    "every": "2",
                },
                "終わりの日か回数",
            ),
            (
                {
                    "case_number": case,
                    "first_date": "2026-12-02",
                    "first_time": "10:00",
                    "kind": "repeat",
                    "every": "0",
                    "count": "3",
                },
                "1〜365",
            ),
            ({"case_number": case, "first_date": "2026-11-01", "first_time": "10:00"}, "これからの日時"),
            ({"first_date": "2026-12-02", "first_time": "10:00"}, "ケース番号か 相談番号"),
        ]
        for form, expected in cases:
            resp = c.post("/console/checkins/plans", form)
            assert resp.status_code == 303
            assert expected in c.get(resp.headers["Location"]).text, expected
    with fd.runtime.sessions() as s:
        assert s.scalars(select(CheckInPlan)).all() == []


def test_pages_need_a_login_and_unknown_plans_are_404(frontdoor: Frontdoor) -> None:
    fd = frontdoor
    add_staff(fd, "aoki", "counselor")
    anonymous = fd.app.test_client()
    assert anonymous.get("/console/checkins").status_code == 302
    assert anonymous.post("/console/checkins/plans", data={}).status_code in (302, 400)
    c = Client(fd.app)
    c.login("aoki")
    assert c.get("/console/checkins").status_code == 200
    assert c.get("/console/checkins/plans/999").status_code == 404
    assert c.post("/console/checkins/plans/999/pause").status_code == 404


def test_a_plan_for_a_ticket_needs_the_right_to_see_that_ticket(frontdoor: Frontdoor) -> None:
    from bot.db import session_scope
    from handoff import api as handoff_api

    fd = frontdoor
    add_staff(fd, "chiba", "coordinator")
    add_staff(fd, "admin", "admin")
    _, rid = follower(fd)
    with session_scope(fd.runtime.sessions) as s:
        info = handoff_api.open_or_join_ticket(
            s,
            s.get(Resident, rid),
            reason="request_human",
            risk="none",
            concerns=[],
            evidence=None,
            message=None,
        )
    form = {"ticket": str(info.ticket_id), "first_date": "2026-12-02", "first_time": "10:00", "kind": "once"}
    with at(jst(2026, 12, 1, 9)):
        coordinator = Client(fd.app)
        coordinator.login("chiba")  # not involved in the case
        coordinator.get("/console/checkins")
        resp = coordinator.post("/console/checkins/plans", form)
        assert "見る権限が ありません" in coordinator.get(resp.headers["Location"]).text
        admin = Client(fd.app)
        admin.login("admin")
        admin.get("/console/checkins")
        assert admin.post("/console/checkins/plans", form).status_code == 303
    with fd.runtime.sessions() as s:
        (plan,) = s.scalars(select(CheckInPlan)).all()
        assert (plan.resident_id, plan.ticket_id) == (rid, info.ticket_id)
