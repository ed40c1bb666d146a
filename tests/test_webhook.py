"""`POST /callback` and `GET /healthz`: what is refused, what is stored before the 200, what is answered."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lineplatform import Frontdoor
from sqlalchemy import func, select

from bot.models import InboundEvent, Message, OutboundSend, Resident
from bot.simulator.platform import sign

FIXTURES = Path(__file__).parent / "fixtures" / "line"


def post(fd: Frontdoor, body: bytes | str, signature: str | None = "sign") -> Any:
    data = body.encode("utf-8") if isinstance(body, str) else body
    headers = {"Content-Type": "application/json"}
    if signature == "sign":
        headers["X-Line-Signature"] = sign(data, fd.platform.channel_secret)
    elif signature is not None:
        headers["X-Line-Signature"] = signature
    return fd.http.post("/callback", data=data, headers=headers)


def stored(fd: Frontdoor) -> int:
    with fd.runtime.sessions() as s:
        return s.scalar(select(func.count()).select_from(InboundEvent)) or 0


@pytest.mark.parametrize(
    "signature",
    [None, "", "bm90IGEgc2lnbmF0dXJl", sign(b"{}", "another-channel-secret")],
    ids=["missing", "empty", "wrong", "other-secret"],
)
def test_unsigned_or_badly_signed_webhook_is_refused_and_harms_nothing(
    frontdoor: Frontdoor, signature: str | None
) -> None:
    user = frontdoor.user()
    body = frontdoor.line.body(
        [
            frontdoor.line.event(
                "message", user, message={"id": "1", "type": "text", "text": "x", "quoteToken": "q"}
            )
        ]
    )
    resp = post(frontdoor, body, signature)
    frontdoor.settle()
    assert resp.status_code == 400
    assert resp.get_json() == {"error": "invalid signature"}
    assert stored(frontdoor) == 0
    assert frontdoor.platform.requests() == []


@pytest.mark.parametrize(
    "body",
    ["{not json", "[]", '{"destination": "U0"}', '{"events": [{"type": "message"}]}', "\u3042" * 10],
    ids=["broken-json", "list", "no-events", "event-without-id", "plain-text"],
)
def test_signed_but_malformed_body_is_a_clear_400(frontdoor: Frontdoor, body: str) -> None:
    resp = post(frontdoor, body)
    assert resp.status_code == 400
    assert resp.get_json() == {"error": "malformed webhook body"}
    assert stored(frontdoor) == 0


def test_oversized_body_is_refused(frontdoor: Frontdoor) -> None:
    resp = post(frontdoor, '{"events": [], "pad": "' + "x" * (2 * 1024 * 1024) + '"}')
    assert resp.status_code == 413
    assert stored(frontdoor) == 0


def test_line_verification_call_gets_200_and_nothing_happens(frontdoor: Frontdoor) -> None:
    resp = post(frontdoor, (FIXTURES / "verification_empty.json").read_text(encoding="utf-8"))
    frontdoor.settle()
    assert resp.status_code == 200
    assert stored(frontdoor) == 0 and frontdoor.platform.requests() == []


def test_every_event_type_and_source_is_acknowledged_stored_and_processed(frontdoor: Frontdoor) -> None:
    """Each captured-shape payload of tests/fixtures/line: 200, stored once, processed to done."""
    total = 0
    bystander = frontdoor.user("グループの誰か")
    for path in sorted(FIXTURES.glob("*.json")):
        body = json.loads(path.read_text(encoding="utf-8"))
        for ev in body["events"]:
            uid = ev.get("source", {}).get("userId")
            if uid:
                frontdoor.platform.add_user("fixture", user_id=uid)
                frontdoor.platform.set_following(uid, True)
            if "replyToken" in ev:
                # Tokens the fake platform issued, so that replies (also into groups) can be delivered.
                ev["replyToken"] = frontdoor.platform.new_reply_token(uid or bystander)
            # Delivered now, as LINE delivers: a fixture's captured timestamp ages with the calendar, and an
            # old event is (rightly) answered by push instead of its expired reply token.
            ev["timestamp"] = int(time.time() * 1000)
        resp = post(frontdoor, json.dumps(body, ensure_ascii=False))
        assert resp.status_code == 200, path.name
        total += len(body["events"])
    frontdoor.settle(30)
    # redelivery_text repeats no id of another fixture; every webhookEventId is distinct.
    assert stored(frontdoor) == total
    with frontdoor.runtime.sessions() as s:
        statuses = dict(
            s.execute(select(InboundEvent.status, func.count()).group_by(InboundEvent.status)).all()
        )
        group_residents = s.scalar(
            select(func.count())
            .select_from(Resident)
            .where(Resident.line_user_id == "U9c3e5a7b1d2f4e6a8b0c2d4e6f8a0b1c")
        )
        undelivered = s.scalars(select(OutboundSend).where(OutboundSend.status != "sent")).all()
    assert statuses == {"done": total}
    # U9c3e… speaks only in the group and the room — except in batch_two_users, where it writes one-to-one.
    assert group_residents == 1
    assert undelivered == [], [(u.status, u.last_error) for u in undelivered]


def test_redelivered_webhook_is_acknowledged_and_not_stored_twice(frontdoor: Frontdoor) -> None:
    user = frontdoor.user()
    frontdoor.platform.set_following(user, True)
    first = frontdoor.line.text(user, "生活費が足りません")
    again = frontdoor.line.redeliver(first.events[0])
    frontdoor.settle()
    assert first.status == again.status == 200
    assert stored(frontdoor) == 1
    with frontdoor.runtime.sessions() as s:
        assert s.scalar(select(func.count()).select_from(OutboundSend)) == 1


def test_event_is_committed_before_the_200_and_answered_after_it(frontdoor: Frontdoor) -> None:
    user = frontdoor.user()
    frontdoor.platform.set_following(user, True)
    frontdoor.platform.set_latency(1.0)  # a slow Messaging API must not hold up the acknowledgement
    resp = frontdoor.line.text(user, "ゴミが片付けられません")
    assert resp.status == 200
    # At the moment of the 200 the event is already safe in the database and not yet answered.
    assert stored(frontdoor) == 1
    assert frontdoor.platform.delivered(user) == []
    frontdoor.settle()
    assert frontdoor.platform.delivered(user) != []


def test_five_thousand_character_message_is_stored_whole_and_answered(frontdoor: Frontdoor) -> None:
    user = frontdoor.user()
    frontdoor.platform.set_following(user, True)
    text = ("母の介護と仕事の両立がむずかしく、毎日つかれています。" * 200)[:5000]
    answer = frontdoor.say(user, text)
    assert answer
    with frontdoor.runtime.sessions() as s:
        inbound = s.scalars(select(Message).where(Message.direction == "in")).one()
    assert inbound.text == text and len(text) == 5000


def test_a_nul_anywhere_in_a_signed_body_is_stored_as_a_replacement_character(frontdoor: Frontdoor) -> None:
    """PostgreSQL text holds no NUL: a \\u0000 in an event id or a message must not cost the event (a 500)."""
    user = frontdoor.user()
    frontdoor.platform.set_following(user, True)
    event = frontdoor.line.event(
        "message", user, reply=True, message={"id": "m\x00", "type": "text", "text": "母の介護\x00がつらい"}
    )
    event["webhookEventId"] = "ev\x00nul"
    resp = post(frontdoor, json.dumps({"destination": "U0", "events": [event]}))
    assert resp.status_code == 200
    frontdoor.settle()
    with frontdoor.runtime.sessions() as s:
        stored_event = s.scalars(select(InboundEvent)).one()
        inbound = s.scalars(select(Message).where(Message.direction == "in")).one()
    assert stored_event.webhook_event_id == "ev\ufffdnul" and stored_event.last_error is None
    assert inbound.text == "母の介護\ufffdがつらい"


def test_message_text_never_reaches_the_logs_at_info(
    frontdoor: Frontdoor, caplog: pytest.LogCaptureFixture
) -> None:
    user = frontdoor.user()
    frontdoor.platform.set_following(user, True)
    secret = "夫に殴られてこわい"
    with caplog.at_level(logging.DEBUG):
        frontdoor.say(user, secret)
    leaked = [r for r in caplog.records if r.levelno >= logging.INFO and secret in r.getMessage()]
    assert leaked == []
    assert any(r.name == "bot.webhook" for r in caplog.records), "the webhook logs what it did (counts)"


def test_health_check_reports_the_backlog(frontdoor: Frontdoor) -> None:
    resp = frontdoor.http.get("/healthz")
    assert resp.status_code == 200
    assert resp.get_json() == {"status": "ok", "database": "ok", "events": {}, "sends": {}}


def test_webhook_only_accepts_post(frontdoor: Frontdoor) -> None:
    assert frontdoor.http.get("/callback").status_code == 405


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
odd_parts = {
    "source": json_values
    | st.fixed_dictionaries(
        {"type": st.sampled_from(["user", "group", "room"])},
        optional={"userId": json_values, "groupId": json_values, "roomId": json_values},
    ),
    "message": json_values
    | st.fixed_dictionaries(
        {"type": st.sampled_from(["text", "sticker", "location", "image"])},
        optional={"text": json_values, "latitude": json_values, "packageId": json_values},
    ),
    "postback": json_values,
    "replyToken": json_values,
    "deliveryContext": json_values,
}
event_like = st.fixed_dictionaries(
    {},
    optional={
        "type": st.sampled_from(["message", "follow", "postback", "beacon", "x"]) | st.text(max_size=40),
        "webhookEventId": st.text(max_size=70),
        "timestamp": st.integers() | st.text(max_size=5),
        **odd_parts,
    },
) | st.fixed_dictionaries(
    {
        # Shaped enough to be stored, odd everywhere else: processing must read it, not crash on it.
        "type": st.sampled_from(["message", "follow", "unfollow", "postback", "join", "unsend"]),
        "webhookEventId": st.text(min_size=1, max_size=64),
        "timestamp": st.integers(min_value=0, max_value=4_102_444_800_000),
    },
    optional=odd_parts,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.one_of(json_values, st.fixed_dictionaries({"events": st.lists(event_like, max_size=3)})))
def test_any_signed_body_gets_200_or_a_clear_400_never_an_error(frontdoor: Frontdoor, body: Any) -> None:
    resp = post(frontdoor, json.dumps(body, ensure_ascii=False))
    assert resp.status_code in (200, 400)
    if resp.status_code == 400:
        assert resp.get_json() == {"error": "malformed webhook body"}
    frontdoor.settle()
    with frontdoor.runtime.sessions() as s:
        troubled = s.scalars(select(InboundEvent).where(InboundEvent.last_error.is_not(None))).all()
    assert [(e.payload, e.last_error) for e in troubled] == []  # odd events are read as "other", not crashes
