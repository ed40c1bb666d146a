"""Processing stored events: atomic claims, order per resident, reply token then push, errors kept visible."""

from __future__ import annotations

import json
import logging
import threading
import time
from datetime import timedelta
from typing import Any

import pytest
from lineplatform import Frontdoor
from sqlalchemy import func, select

from bot import line_adapter, processing
from bot.db import utcnow
from bot.line_adapter import RawEvent
from bot.models import InboundEvent, Message, OutboundSend, Resident


def friend(fd: Frontdoor, name: str = "住民") -> str:
    user = fd.user(name)
    fd.platform.set_following(user, True)
    return user


def text_event(
    fd: Frontdoor, user: str, text: str, *, token: bool = True, age: float = 0.0
) -> dict[str, Any]:
    ev = fd.line.event(
        "message", user, reply=token, message={"id": str(time.time_ns()), "type": "text", "text": text}
    )
    ev["timestamp"] -= int(age * 1000)
    return ev


def raw(ev: dict[str, Any]) -> RawEvent:
    src = ev["source"]
    key = f"{src['type']}:{src.get('userId') or src.get('groupId') or src.get('roomId')}"
    return RawEvent(ev["webhookEventId"], ev["type"], key, False, ev)


def count(fd: Frontdoor, model: Any, *where: Any) -> int:
    with fd.runtime.sessions() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def paths(fd: Frontdoor) -> list[str]:
    return [r.path for r in fd.platform.requests()]


def test_text_is_answered_by_reply_token_after_the_loading_animation(frontdoor: Frontdoor) -> None:
    user = friend(frontdoor, "佐藤")
    answer = frontdoor.say(user, "母が同じことを何回も聞いてくるようになりました")
    assert answer, "the resident got no answer"
    assert paths(frontdoor) == ["/v2/bot/chat/loading/start", "/v2/bot/message/reply"]
    with frontdoor.runtime.sessions() as s:
        resident = s.scalars(select(Resident)).one()
        event = s.scalars(select(InboundEvent)).one()
        send = s.scalars(select(OutboundSend)).one()
        rows = s.scalars(select(Message).order_by(Message.id)).all()
    assert resident.line_user_id == user
    assert (event.status, event.attempts, event.resident_id) == ("done", 1, resident.id)
    assert (send.status, send.via, send.attempts, send.origin) == ("sent", "reply", 1, "bot")
    assert send.messages == answer
    assert rows[0].direction == "in" and rows[0].text == "母が同じことを何回も聞いてくるようになりました"
    outbound = [m for m in rows if m.direction == "out"]
    assert [m.payload for m in outbound] == answer
    assert {m.send_id for m in outbound} == {send.id}


def test_stale_reply_token_goes_by_push_with_a_retry_key(frontdoor: Frontdoor) -> None:
    user = friend(frontdoor)
    ev = text_event(frontdoor, user, "家賃が払えません", age=120)
    assert frontdoor.line.send([ev]).status == 200
    frontdoor.settle()
    assert "/v2/bot/message/reply" not in paths(frontdoor)
    (push,) = frontdoor.platform.requests("/v2/bot/message/push")
    with frontdoor.runtime.sessions() as s:
        send = s.scalars(select(OutboundSend)).one()
    assert push.headers["x-line-retry-key"] == send.retry_key
    assert (send.status, send.via) == ("sent", "push")
    assert frontdoor.platform.delivered(user) == send.messages


def test_refused_reply_token_falls_back_to_push(frontdoor: Frontdoor) -> None:
    user = friend(frontdoor)
    ev = text_event(frontdoor, user, "ひとりで寂しいです")
    ev["replyToken"] = "f" * 32  # a token LINE never issued (or one already used)
    frontdoor.line.send([ev])
    frontdoor.settle()
    assert paths(frontdoor)[-2:] == ["/v2/bot/message/reply", "/v2/bot/message/push"]
    with frontdoor.runtime.sessions() as s:
        send = s.scalars(select(OutboundSend)).one()
    assert (send.status, send.via, send.reply_tried) == ("sent", "push", True)
    assert "Invalid reply token" in (send.last_error or "")
    assert frontdoor.platform.delivered(user) == send.messages


def test_group_chat_gets_a_note_and_creates_no_resident(frontdoor: Frontdoor) -> None:
    member = friend(frontdoor)
    ev = text_event(frontdoor, member, "このグループで相談できますか")
    ev["source"] = {"type": "group", "groupId": "C" + "1" * 32, "userId": member}
    frontdoor.line.send([ev])
    frontdoor.settle()
    assert count(frontdoor, Resident) == 0
    assert count(frontdoor, Message) == 0  # group chats store no text
    with frontdoor.runtime.sessions() as s:
        event = s.scalars(select(InboundEvent)).one()
        sends = s.scalars(select(OutboundSend)).all()
    assert event.status == "done" and event.resident_id is None
    assert "/v2/bot/chat/loading/start" not in paths(frontdoor)  # the animation is for one-to-one chats
    for send in sends:
        assert send.resident_id is None and send.group_id == "C" + "1" * 32 and send.status == "sent"


def test_one_residents_messages_are_answered_in_order(frontdoor: Frontdoor) -> None:
    user = friend(frontdoor)
    texts = ["こんにちは", "母の介護のことで", "ありがとう"]
    events = [text_event(frontdoor, user, t, token=False) for t in texts]
    with frontdoor.runtime.sessions() as s:
        ids = processing.accept(s, [raw(e) for e in events])
        s.commit()
    now = utcnow()
    with frontdoor.runtime.sessions() as s:
        # The later events wait for the first: nobody may take them out of order.
        assert not processing.claim(s, ids[1], now, 60)
        assert not processing.claim(s, ids[2], now, 60)
        s.rollback()
    assert processing.sweep(frontdoor.ctx) == 3
    with frontdoor.runtime.sessions() as s:
        inbound = s.scalars(select(Message.text).where(Message.direction == "in").order_by(Message.id)).all()
        sends = s.scalars(select(OutboundSend.inbound_event_id).order_by(OutboundSend.sent_at)).all()
    assert inbound == texts
    assert sends == sorted(sends) and set(sends) == set(ids)


def test_claims_are_exclusive_and_a_dead_processs_lease_runs_out(frontdoor: Frontdoor) -> None:
    user = friend(frontdoor)
    with frontdoor.runtime.sessions() as s:
        (event_id,) = processing.accept(s, [raw(text_event(frontdoor, user, "こんにちは", token=False))])
        s.commit()
    now = utcnow()
    with frontdoor.runtime.sessions() as s:
        assert processing.claim(s, event_id, now, lease=30)
        s.commit()
    with frontdoor.runtime.sessions() as s:
        assert not processing.claim(s, event_id, now, lease=30)  # held by the first
        assert not processing.claim(s, event_id, now + timedelta(seconds=29), lease=30)
        assert processing.claim(s, event_id, now + timedelta(seconds=31), lease=30)  # its holder died
        s.commit()
        assert s.get(InboundEvent, event_id).attempts == 2  # type: ignore[union-attr]


def test_a_process_whose_lease_was_taken_over_cannot_also_answer(frontdoor: Frontdoor) -> None:
    """A slow process (its lease ran out while it prepared the answer) must not answer the event a second
    time after another process has taken it over: the lease's end is its fencing token."""
    user = friend(frontdoor)
    ev = text_event(frontdoor, user, "家賃が払えなくて困っています", token=False)
    with frontdoor.runtime.sessions() as s:
        (event_id,) = processing.accept(s, [raw(ev)])
        s.commit()
    now = utcnow()
    with frontdoor.runtime.sessions() as s:
        slow = processing.claim(s, event_id, now, lease=30)
        s.commit()
    with frontdoor.runtime.sessions() as s:
        taker = processing.claim(s, event_id, now + timedelta(seconds=31), lease=30)
        s.commit()
    assert slow and taker and slow != taker
    event = line_adapter.to_in_event(ev)
    assert processing._prepare(frontdoor.ctx, event_id, event, slow) is None  # too late: rolled back
    assert count(frontdoor, Message) == 0 and count(frontdoor, OutboundSend) == 0
    assert processing._prepare(frontdoor.ctx, event_id, event, taker)  # the current holder answers
    assert count(frontdoor, InboundEvent, InboundEvent.status == "done") == 1
    assert count(frontdoor, OutboundSend) >= 1


def test_redelivered_event_is_stored_and_answered_once(frontdoor: Frontdoor) -> None:
    user = friend(frontdoor)
    first = frontdoor.line.text(user, "仕事が見つかりません")
    frontdoor.settle()
    again = frontdoor.line.redeliver(first.events[0])
    frontdoor.settle()
    assert first.status == again.status == 200
    assert count(frontdoor, InboundEvent) == 1
    assert count(frontdoor, OutboundSend) == 1
    assert len(frontdoor.platform.requests("/v2/bot/message/reply")) == 1


def test_concurrent_sweeps_process_each_event_exactly_once(frontdoor: Frontdoor) -> None:
    users = [friend(frontdoor, f"住民{i}") for i in range(4)]
    events = [text_event(frontdoor, u, f"こんにちは {i}", token=False) for i in range(3) for u in users]
    with frontdoor.runtime.sessions() as s:
        processing.accept(s, [raw(e) for e in events])
        s.commit()
    results: list[int] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            results.append(processing.sweep(frontdoor.ctx))
        except BaseException as exc:  # surfaced below: a thread's exception must fail the test
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    assert sum(results) == len(events)
    assert count(frontdoor, InboundEvent, InboundEvent.status == "done") == len(events)
    assert count(frontdoor, OutboundSend) == len(events)
    for u in users:
        pushes = [r for r in frontdoor.platform.requests("/v2/bot/message/push") if r.json["to"] == u]
        assert len(pushes) == 3
        assert len({r.headers["x-line-retry-key"] for r in pushes}) == 3


def test_concurrent_first_contacts_create_one_resident(frontdoor: Frontdoor) -> None:
    barrier = threading.Barrier(4)
    ids: list[int] = []

    def first_contact() -> None:
        with frontdoor.runtime.sessions() as s:
            barrier.wait()
            ids.append(processing.resident_for(s, "U" + "a" * 32, utcnow()).id)
            s.commit()

    threads = [threading.Thread(target=first_contact) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(ids) == 4 and len(set(ids)) == 1
    assert count(frontdoor, Resident) == 1


def test_processing_error_is_retried_then_kept_as_failed(
    frontdoor: Frontdoor, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.conversation

    def broken(*_args: Any, **_kwargs: Any) -> list[Any]:
        raise RuntimeError("secret words the resident wrote")

    monkeypatch.setattr(bot.conversation, "respond", broken)
    user = friend(frontdoor)
    frontdoor.line.text(user, "借金があって眠れない")
    frontdoor.settle()
    with frontdoor.runtime.sessions() as s:
        event = s.scalars(select(InboundEvent)).one()
    assert (event.status, event.attempts) == ("pending", 1)
    assert event.available_at > utcnow()  # backing off
    assert event.last_error is not None and event.last_error.startswith("RuntimeError")
    assert "secret" not in event.last_error  # an exception's text may quote the resident
    assert count(frontdoor, Message) == 0  # the failed unit of work left nothing half-done

    max_attempts = int(frontdoor.ctx.setting("TSUNAGU_EVENT_MAX_ATTEMPTS"))
    for _ in range(max_attempts - 1):
        with frontdoor.runtime.sessions() as s:
            s.get(InboundEvent, event.id).available_at = utcnow()  # type: ignore[union-attr]
            s.commit()
        processing.sweep(frontdoor.ctx)
    with frontdoor.runtime.sessions() as s:
        event = s.get(InboundEvent, event.id)  # type: ignore[assignment]
    assert (event.status, event.attempts) == ("failed", max_attempts)
    health = frontdoor.http.get("/healthz").get_json()
    assert health["events"] == {"failed": 1}
    # Once the fault is fixed an operator can requeue it; the stored payload is all that is needed.
    monkeypatch.undo()
    with frontdoor.runtime.sessions() as s:
        row = s.get(InboundEvent, event.id)
        assert (
            row is not None and json.dumps(row.payload, ensure_ascii=False).count("借金があって眠れない") == 1
        )


def test_busy_web_process_leaves_new_events_to_the_worker(
    engine: Any, db_url: str, line_api: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """No free background thread: the event is not queued in memory but left pending for the worker."""
    from lineplatform import Frontdoor, frontdoor_config

    from bot.app import create_app, get_runtime

    app = create_app(frontdoor_config(db_url, line_api, TSUNAGU_WEB_THREADS=1))
    try:
        fd = Frontdoor(app, line_api)
        first, second = friend(fd, "一人目"), friend(fd, "二人目")
        fd.platform.set_latency(0.5, "/v2/bot/chat/loading/start")  # keeps the only thread busy
        with caplog.at_level(logging.DEBUG, logger="bot.app"):
            assert fd.line.text(first, "こんにちは").status == 200
            assert fd.line.text(second, "こんにちは").status == 200
        assert any("left to the worker" in r.getMessage() for r in caplog.records)
        assert fd.runtime.wait_idle(15)
        with fd.runtime.sessions() as s:
            statuses = s.scalars(select(InboundEvent.status).order_by(InboundEvent.id)).all()
        assert statuses == ["done", "pending"]
        assert processing.sweep(fd.ctx) == 1  # the worker's next tick
        assert fd.platform.delivered(first) and fd.platform.delivered(second)
    finally:
        get_runtime(app).close()
