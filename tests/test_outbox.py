"""The outbox: queued pushes, retries with back-off on 5xx/429/timeouts, 409 as delivered, failures kept."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest
import time_machine
from lineplatform import Frontdoor
from sqlalchemy import func, select

from bot import outbox
from bot.db import utcnow
from bot.models import Message, OutboundSend, Resident
from bot.replies import Text


def resident(fd: Frontdoor, name: str = "住民", following: bool = True) -> Resident:
    user = fd.user(name)
    fd.platform.set_following(user, following)
    with fd.runtime.sessions() as s:
        r = Resident(line_user_id=user, following=following)
        s.add(r)
        s.commit()
        return r


def queue(
    fd: Frontdoor, r: Resident, text: str = "こんにちは。相談員の山田です。", origin: str = "staff"
) -> int:
    with fd.runtime.sessions() as s:
        send = outbox.queue_push(s, s.get(Resident, r.id), [Text(text)], origin=origin, staff_id=7)  # type: ignore[arg-type]
        s.commit()
        return send.id


def load(fd: Frontdoor, send_id: int) -> OutboundSend:
    with fd.runtime.sessions() as s:
        send = s.get(OutboundSend, send_id)
        assert send is not None
        return send


def test_queued_staff_reply_is_delivered_by_push_right_after_commit(frontdoor: Frontdoor) -> None:
    r = resident(frontdoor)
    send_id = queue(frontdoor, r)
    frontdoor.settle()  # the web process's background sender, no worker involved
    send = load(frontdoor, send_id)
    assert (send.status, send.via, send.attempts) == ("sent", "push", 1)
    (push,) = frontdoor.platform.requests("/v2/bot/message/push")
    assert push.headers["x-line-retry-key"] == send.retry_key
    assert push.json["to"] == r.line_user_id
    assert frontdoor.platform.delivered(r.line_user_id) == [
        {"type": "text", "text": "こんにちは。相談員の山田です。"}
    ]
    with frontdoor.runtime.sessions() as s:
        (row,) = s.scalars(select(Message)).all()
    assert (row.direction, row.sender, row.staff_id, row.send_id) == ("out", "staff", 7, send_id)


def test_a_push_is_one_to_five_messages(frontdoor: Frontdoor) -> None:
    r = resident(frontdoor)
    with frontdoor.runtime.sessions() as s:
        for replies in ([], [Text(str(i)) for i in range(6)]):
            with pytest.raises(ValueError):
                outbox.queue_push(s, s.get(Resident, r.id), replies, origin="checkin")  # type: ignore[arg-type]
        s.rollback()


@pytest.mark.parametrize("fault", [500, 503, 429, "timeout"])
def test_transient_failure_is_retried_after_back_off_and_delivered_once(
    frontdoor: Frontdoor, fault: int | str
) -> None:
    frontdoor.ctx.sender.timeout = 0.5  # shorter than the platform's hang below
    r = resident(frontdoor)
    frontdoor.platform.fail_next(1, status=fault, path="/v2/bot/message/push", hang=1.0)
    send_id = queue(frontdoor, r)
    frontdoor.settle()
    send = load(frontdoor, send_id)
    assert (send.status, send.attempts) == ("pending", 1)
    assert send.next_attempt_at > utcnow()
    assert send.last_error is not None and "push" in send.last_error
    assert outbox.deliver_due(frontdoor.ctx) == 0  # not due yet: back-off is respected

    # The short timeout was there to make the first call fail; the retry gets an ordinary one, so that a slow
    # answer from the loopback platform on a loaded machine does not fail it too.
    frontdoor.ctx.sender.timeout = 10.0
    with time_machine.travel(utcnow() + timedelta(minutes=10), tick=True):
        assert outbox.deliver_due(frontdoor.ctx) == 1
    send = load(frontdoor, send_id)
    assert (send.status, send.via, send.attempts) == ("sent", "push", 2)
    deadline = time.monotonic() + 5  # a timed-out call may still be hanging in the platform
    while len(frontdoor.platform.requests("/v2/bot/message/push")) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    pushes = frontdoor.platform.requests("/v2/bot/message/push")
    assert [p.headers["x-line-retry-key"] for p in pushes] == [send.retry_key] * 2
    # After a timeout LINE may have delivered the first call: the retry key makes the second a 409.
    assert len(frontdoor.platform.delivered(r.line_user_id)) == 1


def test_send_that_keeps_failing_is_marked_failed_and_shown_by_health(frontdoor: Frontdoor) -> None:
    r = resident(frontdoor)
    attempts = int(frontdoor.ctx.setting("TSUNAGU_SEND_MAX_ATTEMPTS"))
    frontdoor.platform.fail_next(attempts, status=500, path="/v2/bot/message/push")
    send_id = queue(frontdoor, r)
    frontdoor.settle()
    for _ in range(attempts - 1):
        with frontdoor.runtime.sessions() as s:
            s.get(OutboundSend, send_id).next_attempt_at = utcnow()  # type: ignore[union-attr]
            s.commit()
        outbox.deliver_due(frontdoor.ctx)
    send = load(frontdoor, send_id)
    assert (send.status, send.attempts) == ("failed", attempts)
    assert send.last_error == "push: HTTP 500: An error occurred in the server."
    assert frontdoor.http.get("/healthz").get_json()["sends"] == {"failed": 1}
    assert outbox.deliver_due(frontdoor.ctx) == 0  # failed sends are kept, not retried forever


def test_rejected_request_fails_at_once(frontdoor: Frontdoor) -> None:
    r = resident(frontdoor)
    frontdoor.platform.fail_next(1, status=400, path="/v2/bot/message/push")
    send_id = queue(frontdoor, r)
    frontdoor.settle()
    send = load(frontdoor, send_id)
    assert (send.status, send.attempts) == ("failed", 1)


def test_push_to_a_resident_who_blocked_the_account_is_not_attempted(frontdoor: Frontdoor) -> None:
    r = resident(frontdoor, following=False)
    send_id = queue(frontdoor, r)
    frontdoor.settle()
    send = load(frontdoor, send_id)
    assert send.status == "failed" and send.last_error == "resident has blocked the account"
    assert frontdoor.platform.requests() == []


def test_a_send_whose_process_died_is_taken_over_after_its_lease(frontdoor: Frontdoor) -> None:
    r = resident(frontdoor)
    with frontdoor.runtime.sessions() as s:
        # Queued without the web process's background sender (as by a process that then died).
        s.info.pop(outbox.DELIVER_SOON, None)
        send_id = outbox.queue_push(s, s.get(Resident, r.id), [Text("x")], origin="checkin").id  # type: ignore[arg-type]
        s.commit()
    lease = float(frontdoor.ctx.setting("TSUNAGU_EVENT_LEASE"))
    with frontdoor.runtime.sessions() as s:
        assert outbox._claim(s, send_id, utcnow(), lease)  # taken by a process that then dies
        s.commit()
    assert outbox.deliver_due(frontdoor.ctx) == 0
    with time_machine.travel(utcnow() + timedelta(seconds=lease + 1), tick=True):
        assert outbox.deliver_due(frontdoor.ctx) == 1
    assert load(frontdoor, send_id).status == "sent"
    assert len(frontdoor.platform.delivered(r.line_user_id)) == 1


def test_concurrent_deliverers_send_each_push_once(frontdoor: Frontdoor) -> None:
    residents = [resident(frontdoor, f"住民{i}") for i in range(3)]
    with frontdoor.runtime.sessions() as s:
        s.info.pop(outbox.DELIVER_SOON, None)
        for r in residents:
            for i in range(4):
                outbox.queue_push(s, s.get(Resident, r.id), [Text(f"お知らせ {i}")], origin="checkin")  # type: ignore[arg-type]
        s.commit()
    handled: list[int] = []
    threads = [
        threading.Thread(target=lambda: handled.append(outbox.deliver_due(frontdoor.ctx))) for _ in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sum(handled) == 12
    for r in residents:
        assert len(frontdoor.platform.delivered(r.line_user_id)) == 4
    with frontdoor.runtime.sessions() as s:
        assert (
            s.scalar(select(func.count()).select_from(OutboundSend).where(OutboundSend.status == "sent"))
            == 12
        )


@pytest.mark.parametrize(
    ("attempts", "expected"), [(1, 2.0), (2, 4.0), (3, 8.0), (8, 256.0), (9, 300.0), (30, 300.0)]
)
def test_back_off_doubles_up_to_a_cap(attempts: int, expected: float) -> None:
    assert outbox.backoff(attempts, base=2.0, cap=300.0) == expected
