"""伴走型支援 end to end with controlled time: the worker's job sends check-ins through the real outbox to the
fake LINE Platform (real HTTP); residents answer through signed webhooks; SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from checkin_helpers import (
    add_staff,
    checkin_id_of,
    checkins_of,
    checkins_received,
    deliver,
    follower,
    jst,
    make_plan,
    plan_row,
    texts,
    tick,
)
from lineplatform import Frontdoor
from sqlalchemy import func, select

from bot import outbox, wording
from bot.db import session_scope, utcnow
from bot.models import OutboundSend
from handoff.checkins import actions, jobs
from handoff.checkins.models import CheckInPlan
from handoff.models import StaffUser, Ticket

pytest_plugins = ["lineplatform"]


def at(when):  # noqa: ANN001, ANN202 — a short name for the many time jumps below
    return time_machine.travel(when, tick=True)


def tickets(fd: Frontdoor, resident_id: int) -> list[Ticket]:
    with fd.runtime.sessions() as s:
        rows = list(s.scalars(select(Ticket).where(Ticket.resident_id == resident_id)))
        s.expunge_all()
        return rows


def test_cadence_sends_each_check_in_once_at_its_time(frontdoor: Frontdoor) -> None:
    fd = frontdoor
    staff = add_staff(fd)
    uid, rid = follower(fd)
    with at(jst(2026, 11, 25, 15)):
        plan_id = make_plan(
            fd, rid, staff, first_at=jst(2026, 11, 30, 10), every=2, unit="weeks", max_count=3
        )
    with at(jst(2026, 11, 30, 9, 59)):
        assert tick(fd) == 0
    with at(jst(2026, 11, 30, 10, 0, 5)):
        assert tick(fd) == 1
        assert tick(fd) == 0  # a second run (or a second worker) finds nothing more to send
    got = checkins_received(fd, uid)
    assert len(got) == 1
    assert "その後(ご)、いかがですか" in got[0]["text"]
    chips = [i["action"]["label"] for i in got[0]["quickReply"]["items"]]
    assert chips == ["元気です", "少し困っています", "話したい"]
    # Across the month end: two weeks after 11/30 is 12/14, same wall-clock time in Tokyo.
    assert [c.due_at for c in checkins_of(fd, plan_id)] == [jst(2026, 11, 30, 10), jst(2026, 12, 14, 10)]
    with at(jst(2026, 12, 14, 10, 1)):
        assert tick(fd) == 1
    with at(jst(2026, 12, 28, 10, 1)):
        assert tick(fd) == 1
    with at(jst(2027, 1, 11, 10, 1)):
        assert tick(fd) == 0  # max_count=3 reached
    assert len(checkins_received(fd, uid)) == 3
    assert plan_row(fd, plan_id).status == "finished"
    rows = checkins_of(fd, plan_id)
    assert [c.seq for c in rows] == [1, 2, 3]
    assert all(c.status == "sent" or c.status == "unanswered" for c in rows)
    # Each check-in was pushed with its own stored retry key.
    keys = [p.headers["x-line-retry-key"] for p in fd.platform.requests("/v2/bot/message/push")]
    assert sorted(keys) == sorted(c.retry_key for c in rows)


def test_quiet_hours_hold_a_check_in_until_morning_across_the_year_end(frontdoor: Frontdoor) -> None:
    fd = frontdoor
    staff = add_staff(fd)
    uid, rid = follower(fd)
    with at(jst(2026, 12, 30, 12)):
        plan_id = make_plan(fd, rid, staff, first_at=jst(2026, 12, 31, 22, 30))
    (pending,) = checkins_of(fd, plan_id)
    assert pending.scheduled_for == jst(2026, 12, 31, 22, 30)
    assert pending.due_at == jst(2027, 1, 1, 9, 0)
    for when in (jst(2026, 12, 31, 22, 31), jst(2027, 1, 1, 3), jst(2027, 1, 1, 8, 59)):
        with at(when):
            assert tick(fd) == 0
    assert checkins_received(fd, uid) == []
    with at(jst(2027, 1, 1, 9, 0, 10)):
        assert tick(fd) == 1
    assert len(checkins_received(fd, uid)) == 1


def test_restart_catch_up_sends_a_missed_check_in_once_and_respects_quiet_hours(frontdoor: Frontdoor) -> None:
    fd = frontdoor
    staff = add_staff(fd)
    uid, rid = follower(fd)
    with at(jst(2027, 2, 1, 8)):
        plan_id = make_plan(fd, rid, staff, first_at=jst(2027, 2, 1, 10), every=1, unit="days")
    # Everything was down from 2/1 to 2/6 03:00: five slots were missed. At 3 a.m. nothing goes out…
    with at(jst(2027, 2, 6, 3)):
        assert tick(fd) == 0
    # …and at 9:00 the missed check-in goes out once, not once per missed day.
    with at(jst(2027, 2, 6, 9, 0, 30)):
        assert tick(fd) == 1
        assert tick(fd) == 0
    assert len(checkins_received(fd, uid)) == 1
    rows = checkins_of(fd, plan_id)
    assert [(c.seq, c.status) for c in rows] == [(1, "sent"), (2, "scheduled")]
    assert rows[1].due_at == jst(2027, 2, 6, 10)  # the next slot after now, not one of the missed ones


def test_answers_are_recorded_and_open_tickets_when_a_person_is_needed(frontdoor: Frontdoor) -> None:
    fd = frontdoor
    staff = add_staff(fd)
    residents = {name: follower(fd, name) for name in ("fine", "talk", "trouble", "text")}
    with at(jst(2026, 12, 7, 9)):
        plans = {
            n: make_plan(fd, rid, staff, first_at=jst(2026, 12, 7, 10)) for n, (_, rid) in residents.items()
        }
    with at(jst(2026, 12, 7, 10, 0, 5)):
        assert tick(fd) == 4
        for name, value in (("fine", "元気です"), ("talk", "話したい"), ("trouble", "少し困っています")):
            uid = residents[name][0]
            (msg,) = checkins_received(fd, uid)
            data = f"a=checkin&v={name}&k={checkin_id_of(msg)}"
            before = len(fd.platform.delivered(uid))
            assert fd.line.postback(uid, data, display_text=value).status == 200
            fd.settle()
            answer = texts(fd.platform.delivered(uid)[before:])
            assert wording.text("frontdoor.checkin.thanks") in answer
        answer = texts(fd.say(residents["text"][0], "最近お金がなくて家賃が払えません"))
        assert wording.text("frontdoor.checkin.thanks") in answer
    for name, (_, rid) in residents.items():
        plan = plan_row(fd, plans[name])
        assert plan.last_answer == name
        (row,) = checkins_of(fd, plans[name])
        assert row.status == "answered" and row.answered_at is not None
        found = tickets(fd, rid)
        if name == "fine":
            assert found == [] and row.ticket_id is None
        else:
            assert [t.reason for t in found] == ["checkin"] and row.ticket_id == found[0].id
    (money,) = tickets(fd, residents["text"][1])
    assert "poverty_finance" in money.concerns
    # The counselor's queue shows the answers that need a person.
    with fd.runtime.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Ticket).where(Ticket.status == "open")) == 3


def test_an_emergency_answer_gets_crisis_lines_and_the_head_of_the_queue(frontdoor: Frontdoor) -> None:
    fd = frontdoor
    staff = add_staff(fd)
    uid, rid = follower(fd)
    with at(jst(2026, 12, 8, 9)):
        make_plan(fd, rid, staff, first_at=jst(2026, 12, 8, 10))
    with at(jst(2026, 12, 8, 10, 0, 5)):
        tick(fd)
        answer = texts(fd.say(uid, "もう死にたい"))
    assert "110" in answer or "119" in str(fd.platform.delivered(uid)[-3:])
    (ticket,) = tickets(fd, rid)
    assert ticket.risk == "emergency" and ticket.status == "open"


def test_a_later_unrelated_message_is_not_taken_as_an_answer(frontdoor: Frontdoor) -> None:
    fd = frontdoor
    staff = add_staff(fd)
    uid, rid = follower(fd)
    with at(jst(2026, 12, 8, 9)):
        plan_id = make_plan(fd, rid, staff, first_at=jst(2026, 12, 8, 10))
    with at(jst(2026, 12, 8, 10, 0, 5)):
        tick(fd)
    with at(jst(2026, 12, 20, 11)):  # long after the answer window
        answer = texts(fd.say(uid, "こんにちは"))
        tick(fd)
    assert wording.text("frontdoor.checkin.thanks") not in answer
    (row,) = checkins_of(fd, plan_id)
    assert row.status == "unanswered"  # counted by the job's expiry
    assert plan_row(fd, plan_id).last_answer is None


def test_non_response_raises_an_alert_after_two_in_a_row_and_an_answer_clears_it(
    frontdoor: Frontdoor,
) -> None:
    fd = frontdoor
    staff = add_staff(fd)
    uid, rid = follower(fd)
    with at(jst(2027, 3, 1, 9)):
        plan_id = make_plan(fd, rid, staff, first_at=jst(2027, 3, 1, 10), every=1, unit="weeks")
    with at(jst(2027, 3, 1, 10, 0, 5)):
        tick(fd)
    with at(jst(2027, 3, 8, 10, 0, 5)):
        tick(fd)
    plan = plan_row(fd, plan_id)
    assert plan.unanswered_streak == 1 and plan.alert_at is None
    with at(jst(2027, 3, 11, 10, 30)):  # the second one's 72 hours have passed
        tick(fd)
    plan = plan_row(fd, plan_id)
    assert plan.unanswered_streak == 2 and plan.alert_at is not None
    assert [c.status for c in checkins_of(fd, plan_id)] == ["unanswered", "unanswered", "scheduled"]
    with at(jst(2027, 3, 15, 10, 0, 5)):
        tick(fd)
        msg = checkins_received(fd, uid)[-1]
        fd.line.postback(uid, f"a=checkin&v=fine&k={checkin_id_of(msg)}", display_text="元気です")
        fd.settle()
    plan = plan_row(fd, plan_id)
    assert plan.unanswered_streak == 0 and plan.alert_at is None and plan.last_answer == "fine"


def test_unfollow_pauses_every_plan_and_nothing_is_pushed(frontdoor: Frontdoor) -> None:
    fd = frontdoor
    staff = add_staff(fd)
    uid, rid = follower(fd)
    with at(jst(2026, 12, 1, 9)):
        a = make_plan(fd, rid, staff, first_at=jst(2026, 12, 1, 10), every=3, unit="days")
        b = make_plan(fd, rid, staff, first_at=jst(2026, 12, 2, 10))
        assert fd.line.unfollow(uid).status == 200
        fd.settle()
    assert (plan_row(fd, a).status, plan_row(fd, a).paused_reason) == ("paused", "unfollow")
    assert plan_row(fd, b).status == "paused"
    with at(jst(2026, 12, 5, 10)):
        assert tick(fd) == 0
    assert fd.platform.requests("/v2/bot/message/push") == []
    # Following again does not restart check-ins by itself; a coordinator resumes, from the next slot.
    with at(jst(2026, 12, 6, 12)):
        fd.line.follow(uid)
        fd.settle()
        with session_scope(fd.runtime.sessions) as s:
            actions.resume_plan(
                s, s.get(CheckInPlan, a), s.get(StaffUser, staff), quiet=fd.ctx.city.quiet_hours
            )
        assert tick(fd) == 0
    assert checkins_of(fd, a)[0].due_at == jst(2026, 12, 7, 10)  # 12/1 + 2×3 days; 12/1 and 12/4 skipped
    with at(jst(2026, 12, 7, 10, 0, 5)):
        assert tick(fd) == 1


def test_staff_pause_and_resume_do_not_make_up_missed_check_ins(frontdoor: Frontdoor) -> None:
    fd = frontdoor
    staff = add_staff(fd)
    uid, rid = follower(fd)
    with at(jst(2026, 12, 1, 9)):
        plan_id = make_plan(fd, rid, staff, first_at=jst(2026, 12, 1, 10), every=1, unit="days")
    with at(jst(2026, 12, 1, 10, 0, 5)):
        assert tick(fd) == 1
        with session_scope(fd.runtime.sessions) as s:
            actions.pause_plan(s, s.get(CheckInPlan, plan_id), s.get(StaffUser, staff))
    with at(jst(2026, 12, 4, 10, 0, 5)):
        assert tick(fd) == 0
    with at(jst(2026, 12, 4, 12)):
        with session_scope(fd.runtime.sessions) as s:
            actions.resume_plan(s, s.get(CheckInPlan, plan_id), s.get(StaffUser, staff), quiet=None)
        assert tick(fd) == 0
    with at(jst(2026, 12, 5, 10, 0, 5)):
        assert tick(fd) == 1
    assert len(checkins_received(fd, uid)) == 2
    with fd.runtime.sessions() as s:
        from handoff.models import AuditLog

        actions_logged = list(s.scalars(select(AuditLog.action).order_by(AuditLog.id)))
    assert actions_logged == ["checkin_plan_create", "checkin_plan_pause", "checkin_plan_resume"]


def test_opt_out_asks_first_and_stops_only_after_the_confirmation(frontdoor: Frontdoor) -> None:
    fd = frontdoor
    staff = add_staff(fd)
    uid, rid = follower(fd)
    with at(jst(2026, 12, 1, 9)):
        plan_id = make_plan(fd, rid, staff, first_at=jst(2026, 12, 1, 10), every=1, unit="weeks")
    with at(jst(2026, 12, 1, 10, 0, 5)):
        tick(fd)
        before = len(fd.platform.delivered(uid))
        fd.line.text(uid, "もう連絡はいりません")
        fd.settle()
        deliver(fd)
        asked = fd.platform.delivered(uid)[before:]
    assert wording.text("checkins.stop.ask") in texts(asked)
    assert plan_row(fd, plan_id).status == "active"  # nothing stops without the confirmation
    with at(jst(2026, 12, 1, 10, 5)):
        fd.line.postback(uid, "a=checkin_stop&v=no", display_text="続ける")
        fd.settle()
    assert plan_row(fd, plan_id).status == "active"
    with at(jst(2026, 12, 1, 10, 6)):
        fd.line.text(uid, "見守りはいらないです")
        fd.settle()
        fd.line.postback(uid, "a=checkin_stop&v=yes", display_text="止める")
        fd.settle()
        deliver(fd)
    assert wording.text("checkins.stop.done") in texts(fd.platform.delivered(uid))
    assert plan_row(fd, plan_id).status == "stopped"
    assert [c.status for c in checkins_of(fd, plan_id)][-1] == "cancelled"
    with at(jst(2026, 12, 8, 10, 0, 5)):
        assert tick(fd) == 0
    assert len(checkins_received(fd, uid)) == 1
    # The crisis path still works for a resident who stopped check-ins.
    with at(jst(2026, 12, 9, 23)):
        answer = fd.say(uid, "死にたい")
    assert "110" in str(answer)


def test_a_worker_killed_before_its_commit_leaves_the_check_in_due(
    frontdoor: Frontdoor, monkeypatch: pytest.MonkeyPatch
) -> None:
    fd = frontdoor
    staff = add_staff(fd)
    uid, rid = follower(fd)
    with at(jst(2026, 12, 1, 9)):
        plan_id = make_plan(fd, rid, staff, first_at=jst(2026, 12, 1, 10))
    real = jobs.queue_push

    def dies_after_queueing(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        real(*args, **kwargs)
        raise SystemExit("killed mid-send")

    with at(jst(2026, 12, 1, 10, 0, 5)):
        monkeypatch.setattr(jobs, "queue_push", dies_after_queueing)
        with pytest.raises(SystemExit):
            jobs.send_due(fd.ctx.sessions, "逗子市", fd.ctx.city.quiet_hours)
        monkeypatch.setattr(jobs, "queue_push", real)
        with fd.runtime.sessions() as s:
            assert (
                s.scalar(
                    select(func.count()).select_from(OutboundSend).where(OutboundSend.origin == "checkin")
                )
                == 0
            )
        assert [c.status for c in checkins_of(fd, plan_id)] == ["scheduled"]
        assert tick(fd) == 1
    assert len(checkins_received(fd, uid)) == 1


def test_a_push_repeated_after_a_crash_is_delivered_once(frontdoor: Frontdoor) -> None:
    """The worker pushed but died before marking the send: the retry uses the stored key → LINE says 409."""
    fd = frontdoor
    staff = add_staff(fd)
    uid, rid = follower(fd)
    with at(jst(2026, 12, 1, 9)):
        plan_id = make_plan(fd, rid, staff, first_at=jst(2026, 12, 1, 10))
    with at(jst(2026, 12, 1, 10, 0, 5)):
        tick(fd)
        (row,) = checkins_of(fd, plan_id)
        with session_scope(fd.runtime.sessions) as s:
            send = s.get(OutboundSend, row.send_id)
            send.status, send.next_attempt_at = "sending", utcnow() - timedelta(seconds=1)
        assert outbox.deliver_due(fd.ctx) == 1
    pushes = fd.platform.requests("/v2/bot/message/push")
    assert [p.headers["x-line-retry-key"] for p in pushes] == [row.retry_key] * 2
    assert [p.status for p in pushes] == [200, 409]
    assert len(checkins_received(fd, uid)) == 1
