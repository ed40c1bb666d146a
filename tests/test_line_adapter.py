"""The LINE adapter: signatures, webhook bodies → InEvent, and sending through line-bot-sdk over real HTTP."""

from __future__ import annotations

import json
import socket
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from lineplatform import LineApi, shared_path
from openapi import errors

from bot.line_adapter import InvalidSignature, LineSender, MalformedWebhook, WebhookVerifier, to_in_event
from bot.replies import Flex, Text, postback, say, share_location, tel
from bot.simulator.platform import sign

FIXTURES = Path(__file__).parent / "fixtures" / "line"
SECRET = "0123456789abcdef0123456789abcdef"


def load(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def signed(body: dict[str, Any] | str) -> tuple[str, str]:
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    return text, sign(text.encode("utf-8"), SECRET)


ALL_FIXTURES = sorted(p.stem for p in FIXTURES.glob("*.json"))


@pytest.mark.parametrize("name", [n for n in ALL_FIXTURES if n != "unknown_type"])
def test_fixture_is_a_webhook_body_as_line_documents_it(name: str) -> None:
    problems = errors("CallbackRequest", load(name), shared_path("line-openapi", "webhook.yml"))
    assert problems == []


def test_fixtures_cover_every_event_type_of_the_webhook_spec() -> None:
    import yaml

    spec = yaml.safe_load(shared_path("line-openapi", "webhook.yml").read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    event_types = set(schemas["Event"]["discriminator"]["mapping"])
    message_types = set(schemas["MessageContent"]["discriminator"]["mapping"])
    seen_events: set[str] = set()
    seen_messages: set[str] = set()
    sources: set[str] = set()
    for name in ALL_FIXTURES:
        for ev in load(name)["events"]:
            seen_events.add(ev["type"])
            sources.add(ev.get("source", {}).get("type"))
            if ev["type"] == "message":
                seen_messages.add(ev["message"]["type"])
    assert event_types <= seen_events
    assert message_types <= seen_messages
    assert {"user", "group", "room"} <= sources


@pytest.mark.parametrize("name", ALL_FIXTURES)
def test_signed_fixture_splits_into_storable_events(name: str) -> None:
    body = load(name)
    text, signature = signed(body)
    destination, events = WebhookVerifier(SECRET).verify_and_split(text, signature)
    assert destination == body["destination"]
    assert [e.event_id for e in events] == [e["webhookEventId"] for e in body["events"]]
    assert [e.payload for e in events] == body["events"]


@pytest.mark.parametrize(
    "signature",
    [None, "", "not-base64", sign(b"another body", SECRET), sign(b"{}", "wrong-secret")],
    ids=["missing", "empty", "garbage", "other-body", "other-secret"],
)
def test_wrong_or_missing_signature_is_refused_before_parsing(signature: str | None) -> None:
    with pytest.raises(InvalidSignature):
        WebhookVerifier(SECRET).verify_and_split(json.dumps(load("message_text_user")), signature)


@pytest.mark.parametrize(
    "body",
    [
        "not json at all",
        "[]",
        '{"destination": "U0"}',
        '{"events": {}}',
        '{"events": ["text"]}',
        '{"events": [{"type": "message", "timestamp": 1}]}',
        '{"events": [{"type": "message", "webhookEventId": "", "timestamp": 1}]}',
        '{"events": [{"type": "message", "webhookEventId": "x", "timestamp": "soon"}]}',
        '{"events": [{"webhookEventId": "x", "timestamp": 1}]}',
        '{"events": [{"type": "message", "webhookEventId": "' + "x" * 65 + '", "timestamp": 1}]}',
        '{"events": [{"type": "message", "webhookEventId": "x", "timestamp": 1, "source": Infinity}]}',
        '{"events": [], "x": NaN}',
    ],
)
def test_signed_body_that_is_not_a_webhook_is_malformed(body: str) -> None:
    text, signature = signed(body)
    with pytest.raises(MalformedWebhook):
        WebhookVerifier(SECRET).verify_and_split(text, signature)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "message_text_user",
            {"kind": "text", "source_kind": "user", "text": "母が同じことを何回も聞いてくるようになりました"},
        ),
        (
            "message_text_emoji_mention",
            {"kind": "text", "source_kind": "group", "user_id": "U9c3e5a7b1d2f4e6a8b0c2d4e6f8a0b1c"},
        ),
        (
            "message_text_room",
            {"kind": "text", "source_kind": "room", "group_id": "R0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d"},
        ),
        ("message_image", {"kind": "media", "media_type": "image"}),
        ("message_video", {"kind": "media", "media_type": "video"}),
        ("message_audio", {"kind": "media", "media_type": "audio"}),
        ("message_file", {"kind": "media", "media_type": "file"}),
        (
            "message_location",
            {
                "kind": "location",
                "location": {
                    "title": "逗子市役所",
                    "address": "神奈川県逗子市逗子5丁目2-16",
                    "latitude": 35.2957,
                    "longitude": 139.5803,
                },
            },
        ),
        (
            "message_sticker",
            {
                "kind": "sticker",
                "sticker": {
                    "packageId": "446",
                    "stickerId": "1988",
                    "stickerResourceType": "STATIC",
                    "keywords": ["Happy", "Hi"],
                },
            },
        ),
        ("follow", {"kind": "follow", "user_id": "U4af4980629ac7b1d2e8c5a1b3f0e9d77"}),
        ("unfollow", {"kind": "unfollow", "reply_token": None}),
        (
            "join_group",
            {
                "kind": "join",
                "source_kind": "group",
                "group_id": "C1f2e3d4c5b6a7980a1b2c3d4e5f60718",
                "user_id": None,
            },
        ),
        ("leave_group", {"kind": "leave", "source_kind": "group"}),
        ("postback", {"kind": "postback", "postback_data": "a=area&k=逗子東", "postback_params": {}}),
        ("postback_params", {"kind": "postback", "postback_params": {"datetime": "2026-11-30T10:00"}}),
        ("redelivery_text", {"kind": "text", "redelivery": True, "text": "家賃が払えません"}),
        ("unsend", {"kind": "other", "original_type": "unsend"}),
        ("beacon", {"kind": "other", "original_type": "beacon"}),
        ("membership", {"kind": "other", "original_type": "membership"}),
        ("delivery", {"kind": "other", "original_type": "delivery"}),
        ("unknown_type", {"kind": "other", "original_type": "somethingNew", "source_kind": "user"}),
    ],
)
def test_webhook_event_becomes_an_in_event(name: str, expected: dict[str, Any]) -> None:
    raw = load(name)["events"][0]
    event = to_in_event(raw)
    assert event.event_id == raw["webhookEventId"]
    assert event.timestamp == datetime.fromtimestamp(raw["timestamp"] / 1000, UTC)
    assert event.reply_token == raw.get("replyToken")
    for key, value in expected.items():
        assert getattr(event, key) == value, key


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ({"id": "1", "type": "text", "text": "たすけて"}, {"kind": "text", "text": "たすけて"}),
        ({"id": "1", "type": "sticker", "packageId": "1", "stickerId": "2"}, {"kind": "sticker"}),
        ({"id": "1", "type": "location", "latitude": 35.3, "longitude": 139.58}, {"kind": "location"}),
        ({"id": "1", "type": "image"}, {"kind": "media", "media_type": "image"}),
        ({"id": "1", "type": "hologram"}, {"kind": "other", "original_type": "message/hologram"}),
    ],
)
def test_event_the_sdk_refuses_is_still_read(message: dict[str, Any], expected: dict[str, Any]) -> None:
    # Missing quoteToken / stickerResourceType / contentProvider: the SDK's models refuse these, but what
    # the resident sent must not be lost because LINE changed an optional-looking field.
    raw = {**load("message_text_user")["events"][0], "message": message}
    event = to_in_event(raw)
    for key, value in expected.items():
        assert getattr(event, key) == value, key
    assert event.user_id == "U4af4980629ac7b1d2e8c5a1b3f0e9d77" and event.reply_token == raw["replyToken"]


def test_every_fixture_event_converts_without_error() -> None:
    kinds = {to_in_event(ev).kind for name in ALL_FIXTURES for ev in load(name)["events"]}
    assert kinds == {
        "text",
        "sticker",
        "media",
        "location",
        "postback",
        "follow",
        "unfollow",
        "join",
        "leave",
        "other",
    }


# ---- sending ---------------------------------------------------------------------------------------------


@pytest.fixture
def sender(line_api: LineApi) -> Iterator[LineSender]:
    s = LineSender(line_api.platform.access_token, line_api.url, timeout=2.0)
    yield s
    s.close()


def friend(line_api: LineApi, name: str) -> str:
    """A LINE user who has added the account (pushes to others are silently dropped, as on LINE)."""
    user = line_api.platform.add_user(name)
    line_api.platform.set_following(user, True)
    return user


def sample_messages() -> list[dict[str, Any]]:
    bubble = {
        "type": "bubble",
        "body": {
            "type": "box",
            "layout": "vertical",
            "contents": [{"type": "text", "text": "地域包括支援センター", "wrap": True}],
        },
        "footer": {
            "type": "box",
            "layout": "vertical",
            "contents": [{"type": "button", "action": tel("電話する", "046-873-1111").to_wire()}],
        },
    }
    return [
        Text(
            "お話ししてくれて、ありがとうございます。",
            (say("相談員と話したい"), postback("地区を選ぶ", "a=areas"), share_location("位置情報を送る")),
        ).to_wire(),
        Flex("相談できるところ", {"type": "carousel", "contents": [bubble]}).to_wire(),
    ]


def test_reply_delivers_once_and_a_second_use_of_the_token_is_refused(
    line_api: LineApi, sender: LineSender
) -> None:
    user = friend(line_api, "佐藤")
    token = line_api.platform.new_reply_token(user)
    first = sender.reply(token, sample_messages())
    assert first.ok and first.status == 200 and first.request_id
    again = sender.reply(token, sample_messages())
    assert not again.ok and again.status == 400 and not again.retryable
    assert again.error is not None and "Invalid reply token" in again.error
    assert [m["type"] for m in line_api.sent_to(user)] == ["text", "flex"]


def test_push_with_the_same_retry_key_is_delivered_once(line_api: LineApi, sender: LineSender) -> None:
    user = friend(line_api, "鈴木")
    key = str(uuid.uuid4())
    first = sender.push(user, sample_messages()[:1], key)
    second = sender.push(user, sample_messages()[:1], key)
    assert first.ok and not first.duplicate
    assert second.ok and second.duplicate and second.status == 409
    assert len(line_api.sent_to(user)) == 1
    assert line_api.calls("/v2/bot/message/push")[0].headers["x-line-retry-key"] == key


@pytest.mark.parametrize("status", [500, 502, 503, 429])
def test_server_errors_and_rate_limits_are_retryable(
    line_api: LineApi, sender: LineSender, status: int
) -> None:
    user = friend(line_api, "高橋")
    line_api.platform.fail_next(1, status=status)
    result = sender.push(user, sample_messages()[:1], str(uuid.uuid4()))
    assert not result.ok and result.retryable and result.status == status
    assert line_api.sent_to(user) == []


def test_client_errors_are_final(line_api: LineApi, sender: LineSender) -> None:
    result = sender.push("U" + "0" * 32, [{"type": "text", "text": ""}], str(uuid.uuid4()))
    assert not result.ok and not result.retryable and result.status == 400


def test_timeout_is_retryable_and_the_retry_key_prevents_a_double(line_api: LineApi) -> None:
    user = friend(line_api, "田中")
    impatient = LineSender(line_api.platform.access_token, line_api.url, timeout=0.3)
    try:
        line_api.platform.fail_next(1, status="timeout", hang=1.0)
        key = str(uuid.uuid4())
        first = impatient.push(user, sample_messages()[:1], key)
        assert not first.ok and first.retryable and first.status is None
    finally:
        impatient.close()
    # The platform did deliver after its delay; the retry with the same key is a 409, i.e. success.
    patient = LineSender(line_api.platform.access_token, line_api.url, timeout=5.0)
    try:
        import time

        deadline = time.monotonic() + 5
        while not line_api.sent_to(user) and time.monotonic() < deadline:
            time.sleep(0.05)
        retry = patient.push(user, sample_messages()[:1], key)
    finally:
        patient.close()
    assert retry.ok and retry.duplicate
    assert len(line_api.sent_to(user)) == 1


def test_connection_refused_is_retryable() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    sender = LineSender("token", f"http://127.0.0.1:{port}", timeout=1.0)
    try:
        result = sender.push("U" + "0" * 32, [{"type": "text", "text": "x"}], str(uuid.uuid4()))
    finally:
        sender.close()
    assert not result.ok and result.retryable and result.status is None


def test_loading_animation_is_started_for_the_user(line_api: LineApi, sender: LineSender) -> None:
    user = friend(line_api, "伊藤")
    result = sender.show_loading(user, 7)
    assert result.ok
    (call,) = line_api.calls("/v2/bot/chat/loading/start")
    assert call.json == {"chatId": user, "loadingSeconds": 5}
    assert line_api.platform.loading(user) is not None


def test_every_call_carries_the_channel_token(line_api: LineApi) -> None:
    wrong = LineSender("not-the-token", line_api.url, timeout=2.0)
    try:
        result = wrong.push(friend(line_api, "渡辺"), sample_messages()[:1], str(uuid.uuid4()))
    finally:
        wrong.close()
    assert not result.ok and result.status == 401 and not result.retryable
