"""The fake LINE Platform, driven through line-bot-sdk over real HTTP, and its webhook client."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
import yaml
from linebot.v3 import WebhookParser
from linebot.v3.messaging import (
    ApiClient,
    ApiException,
    Configuration,
    MessagingApi,
    PushMessageRequest,
    ReplyMessageRequest,
    ShowLoadingAnimationRequest,
    TextMessage,
)
from linebot.v3.webhooks import (
    FollowEvent,
    LocationMessageContent,
    MessageEvent,
    PostbackEvent,
    StickerMessageContent,
    TextMessageContent,
    UnfollowEvent,
)

from bot.simulator.platform import (
    FakeLinePlatform,
    PlatformServer,
    WebhookClient,
    create_platform_app,
    sign,
    ulid,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[FakeLinePlatform, str, Clock]]:
    clock = Clock()
    platform = FakeLinePlatform(clock=clock, reply_token_ttl=60.0)
    with PlatformServer(create_platform_app(platform)) as server:
        yield platform, server.url, clock


@pytest.fixture
def fake(served: tuple[FakeLinePlatform, str, Clock]) -> Iterator[tuple[FakeLinePlatform, str, Clock]]:
    platform, url, clock = served
    platform.reset()
    yield platform, url, clock
    platform.reset()


@pytest.fixture
def api(fake: tuple[FakeLinePlatform, str, Clock]) -> Iterator[MessagingApi]:
    platform, url, _ = fake
    with ApiClient(Configuration(host=url, access_token=platform.access_token)) as client:
        yield MessagingApi(client)


def follower(platform: FakeLinePlatform, name: str = "山田花子") -> str:
    uid = platform.add_user(name)
    platform.set_following(uid, True)
    return uid


def test_reply_delivers_once_and_token_cannot_be_reused(fake: Any, api: MessagingApi) -> None:
    platform, _, _ = fake
    uid = follower(platform)
    token = platform.new_reply_token(uid)
    resp = api.reply_message(
        ReplyMessageRequest(reply_token=token, messages=[TextMessage(text="こんにちは")])
    )
    assert len(resp.sent_messages) == 1 and resp.sent_messages[0].id.isdigit()
    assert platform.delivered(uid) == [{"type": "text", "text": "こんにちは"}]
    with pytest.raises(ApiException) as exc:
        api.reply_message(ReplyMessageRequest(reply_token=token, messages=[TextMessage(text="again")]))
    assert exc.value.status == 400
    assert json.loads(exc.value.body) == {"message": "Invalid reply token"}
    assert len(platform.delivered(uid)) == 1


def test_reply_token_expires(fake: Any, api: MessagingApi) -> None:
    platform, _, clock = fake
    uid = follower(platform)
    token = platform.new_reply_token(uid)
    clock.now += 61
    with pytest.raises(ApiException) as exc:
        api.reply_message(ReplyMessageRequest(reply_token=token, messages=[TextMessage(text="遅い")]))
    assert exc.value.status == 400
    assert platform.delivered(uid) == []
    assert api.reply_message(
        ReplyMessageRequest(
            reply_token=platform.new_reply_token(uid), messages=[TextMessage(text="間に合う")]
        )
    )


def test_unknown_reply_token_is_400(fake: Any, api: MessagingApi) -> None:
    with pytest.raises(ApiException) as exc:
        api.reply_message(ReplyMessageRequest(reply_token="nope", messages=[TextMessage(text="x")]))
    assert exc.value.status == 400


def test_push_retry_key_repeat_is_409_and_not_delivered_twice(fake: Any, api: MessagingApi) -> None:
    platform, _, _ = fake
    uid = follower(platform)
    key = str(uuid.uuid4())
    req = PushMessageRequest(to=uid, messages=[TextMessage(text="お元気ですか")])
    first = api.push_message_with_http_info(req, x_line_retry_key=key)
    assert first.status_code == 200
    with pytest.raises(ApiException) as exc:
        api.push_message(req, x_line_retry_key=key)
    assert exc.value.status == 409
    assert json.loads(exc.value.body) == {"message": "The retry key is already accepted"}
    assert exc.value.headers["x-line-accepted-request-id"] == first.headers["x-line-request-id"]
    assert platform.delivered(uid) == [{"type": "text", "text": "お元気ですか"}]
    # a new key is a new message
    api.push_message(req, x_line_retry_key=str(uuid.uuid4()))
    assert len(platform.delivered(uid)) == 2


def test_retry_key_must_be_a_uuid(fake: Any, api: MessagingApi) -> None:
    platform, _, _ = fake
    uid = follower(platform)
    with pytest.raises(ApiException) as exc:
        api.push_message(PushMessageRequest(to=uid, messages=[TextMessage(text="x")]), x_line_retry_key="abc")
    assert exc.value.status == 400
    assert platform.delivered(uid) == []


def test_injected_500_then_retry_with_same_key_delivers_once(fake: Any, api: MessagingApi) -> None:
    platform, _, _ = fake
    uid = follower(platform)
    platform.fail_next(1, status=500, path="/v2/bot/message/push")
    key = str(uuid.uuid4())
    req = PushMessageRequest(to=uid, messages=[TextMessage(text="再送")])
    with pytest.raises(ApiException) as exc:
        api.push_message(req, x_line_retry_key=key)
    assert exc.value.status == 500
    assert platform.delivered(uid) == []
    api.push_message(req, x_line_retry_key=key)
    assert platform.delivered(uid) == [{"type": "text", "text": "再送"}]


def test_injected_429_applies_to_the_next_n_calls_only(fake: Any, api: MessagingApi) -> None:
    platform, _, _ = fake
    uid = follower(platform)
    platform.fail_next(2, status=429)
    req = PushMessageRequest(to=uid, messages=[TextMessage(text="x")])
    for _ in range(2):
        with pytest.raises(ApiException) as exc:
            api.push_message(req)
        assert exc.value.status == 429
        assert "rate limit" in json.loads(exc.value.body)["message"]
    api.push_message(req)
    assert [r.status for r in platform.requests("/v2/bot/message/push")] == [429, 429, 200]
    platform.fail_next(1, status=429, retry_after=7)
    with pytest.raises(ApiException) as exc:
        api.push_message(req)
    assert exc.value.headers["Retry-After"] == "7"


def test_timeout_fault_delivers_but_client_gives_up_and_retry_gets_409(fake: Any, api: MessagingApi) -> None:
    platform, _, _ = fake
    uid = follower(platform)
    platform.fail_next(1, status="timeout", hang=1.0)
    key = str(uuid.uuid4())
    req = PushMessageRequest(to=uid, messages=[TextMessage(text="届いたかな")])
    with pytest.raises(Exception, match="(?i)timed? ?out"):
        api.push_message(req, x_line_retry_key=key, _request_timeout=0.2)
    # the server finishes the call after the client has gone
    for _ in range(50):
        if platform.delivered(uid):
            break
        threading.Event().wait(0.05)
    assert platform.delivered(uid) == [{"type": "text", "text": "届いたかな"}]
    with pytest.raises(ApiException) as exc:
        api.push_message(req, x_line_retry_key=key)
    assert exc.value.status == 409
    assert len(platform.delivered(uid)) == 1


def test_bearer_token_is_checked(fake: Any) -> None:
    platform, url, _ = fake
    uid = follower(platform)
    with (
        ApiClient(Configuration(host=url, access_token="wrong")) as client,
        pytest.raises(ApiException) as exc,
    ):
        MessagingApi(client).push_message(PushMessageRequest(to=uid, messages=[TextMessage(text="x")]))
    assert exc.value.status == 401
    assert platform.delivered(uid) == []


def test_loading_animation_shows_until_a_message_arrives(fake: Any, api: MessagingApi) -> None:
    platform, _, clock = fake
    uid = follower(platform)
    resp = api.show_loading_animation_with_http_info(
        ShowLoadingAnimationRequest(chat_id=uid, loading_seconds=20)
    )
    assert resp.status_code == 202
    assert platform.loading(uid) == clock.now + 20
    api.push_message(PushMessageRequest(to=uid, messages=[TextMessage(text="お待たせしました")]))
    assert platform.loading(uid) is None
    with pytest.raises(ApiException) as exc:
        api.show_loading_animation(ShowLoadingAnimationRequest(chat_id=uid, loading_seconds=7))
    assert exc.value.status == 400


def test_profile_known_and_unknown(fake: Any, api: MessagingApi) -> None:
    platform, _, _ = fake
    uid = follower(platform, "佐藤一郎")
    profile = api.get_profile(uid)
    assert profile.display_name == "佐藤一郎" and profile.user_id == uid
    with pytest.raises(ApiException) as exc:
        api.get_profile("U" + "0" * 32)
    assert exc.value.status == 404


def test_bad_bodies_get_line_shaped_400_with_details(fake: Any) -> None:
    platform, _, _ = fake
    uid = follower(platform)
    too_many_chips = {
        "items": [
            {"type": "action", "action": {"type": "message", "label": str(i), "text": "x"}} for i in range(14)
        ]
    }
    bodies = [
        ({"to": uid, "messages": []}, "messages"),
        ({"to": uid, "messages": [{"type": "text", "text": ""}]}, "messages[0].text"),
        (
            {"to": uid, "messages": [{"type": "text", "text": "x", "quickReply": too_many_chips}]},
            "quickReply",
        ),
        (
            {"to": uid, "messages": [{"type": "flex", "altText": "a", "contents": {"type": "box"}}]},
            "contents",
        ),
        (
            {
                "to": uid,
                "messages": [
                    {
                        "type": "flex",
                        "altText": "a",
                        "contents": {
                            "type": "bubble",
                            "body": {
                                "type": "box",
                                "layout": "vertical",
                                "contents": [
                                    {
                                        "type": "button",
                                        "action": {"type": "uri", "label": "x", "uri": "ftp://a"},
                                    }
                                ],
                            },
                        },
                    }
                ],
            },
            "action.uri",
        ),
    ]
    for body, prop in bodies:
        answer = platform.handle(
            "POST",
            "/v2/bot/message/push",
            {"authorization": f"Bearer {platform.access_token}"},
            json.dumps(body).encode(),
        )
        assert answer.status == 400, body
        assert answer.body["message"].startswith("The request body has")
        assert any(prop in d.get("property", "") for d in answer.body.get("details", [])), answer.body
    assert platform.delivered(uid) == []


def test_push_to_a_blocked_user_is_accepted_but_not_delivered(fake: Any, api: MessagingApi) -> None:
    platform, _, _ = fake
    uid = platform.add_user("ブロック中")
    api.push_message(PushMessageRequest(to=uid, messages=[TextMessage(text="x")]))
    assert platform.delivered(uid) == []
    assert platform.dropped()[0]["to"] == uid


@pytest.mark.parametrize(
    ("path", "to", "message"),
    [
        # A group or multi-person chat ID is a valid push target; this platform has no such chat, so the
        # send fails as LINE's does for a chat the bot is not in.
        ("/v2/bot/message/push", "C" + "a" * 32, "Failed to send messages"),
        ("/v2/bot/message/push", "R" + "b" * 32, "Failed to send messages"),
        ("/v2/bot/message/push", "X" + "c" * 32, "The property, 'to', in the request body is invalid"),
        ("/v2/bot/message/multicast", ["C" + "a" * 32], "The property, 'to', in the request body is invalid"),
    ],
)
def test_push_targets_a_user_group_or_room(fake: Any, path: str, to: Any, message: str) -> None:
    platform, _, _ = fake
    body = {"to": to, "messages": [{"type": "text", "text": "x"}]}
    answer = platform.handle(
        "POST", path, {"authorization": f"Bearer {platform.access_token}"}, json.dumps(body).encode()
    )
    assert answer.status == 400 and answer.body["message"].startswith(message), answer.body


def test_unknown_path_is_404_and_recorded(fake: Any) -> None:
    platform, _, _ = fake
    answer = platform.handle(
        "GET", "/v2/bot/nothing", {"authorization": f"Bearer {platform.access_token}"}, b""
    )
    assert answer.status == 404 and answer.body == {"message": "Not found"}
    assert platform.requests()[-1].path == "/v2/bot/nothing"


def test_every_call_is_recorded_with_headers_and_body(fake: Any, api: MessagingApi) -> None:
    platform, _, _ = fake
    uid = follower(platform)
    key = str(uuid.uuid4())
    api.push_message(PushMessageRequest(to=uid, messages=[TextMessage(text="記録")]), x_line_retry_key=key)
    rec = platform.requests("/v2/bot/message/push")[-1]
    assert rec.method == "POST" and rec.status == 200
    assert rec.headers["x-line-retry-key"] == key
    assert rec.json["messages"][0]["text"] == "記録"


def test_concurrent_pushes_with_one_retry_key_deliver_exactly_once(fake: Any) -> None:
    platform, url, _ = fake
    uid = follower(platform)
    key = str(uuid.uuid4())
    statuses: list[int] = []
    lock = threading.Lock()

    def push() -> None:
        with ApiClient(Configuration(host=url, access_token=platform.access_token)) as client:
            try:
                MessagingApi(client).push_message(
                    PushMessageRequest(to=uid, messages=[TextMessage(text="一度だけ")]), x_line_retry_key=key
                )
                status = 200
            except ApiException as exc:
                status = exc.status
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=push) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(statuses) == [200] + [409] * 11
    assert len(platform.delivered(uid)) == 1


# ---- webhooks ----------------------------------------------------------------------------------------------
class Receiver:
    """A stand-in /callback over real HTTP that keeps what it receives."""

    def __init__(self) -> None:
        self.received: list[tuple[bytes, dict[str, str]]] = []

    def __call__(self, environ: dict[str, Any], start_response: Any) -> list[bytes]:
        size = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(size)
        headers = {k[5:].replace("_", "-").lower(): v for k, v in environ.items() if k.startswith("HTTP_")}
        self.received.append((body, headers))
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"OK"]


@pytest.fixture(scope="module")
def webhook_schema(shared: Any) -> dict[str, Any]:
    return yaml.safe_load(shared("line-openapi", "webhook.yml").read_text(encoding="utf-8"))


def validate(spec: dict[str, Any], instance: Any, schema_name: str) -> None:
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": spec["components"]}
    jsonschema.validate(instance, schema)


def test_webhooks_are_signed_shaped_like_line_and_parse_with_the_sdk(webhook_schema: dict[str, Any]) -> None:
    platform = FakeLinePlatform()
    receiver = Receiver()
    uid = platform.add_user("鈴木")
    with PlatformServer(receiver) as server:
        client = WebhookClient(platform, server.url + "/callback")
        results = [
            client.follow(uid),
            client.text(uid, "母が同じことを何回も聞いてくる"),
            client.sticker(uid, keywords=["ok"]),
            client.image(uid),
            client.location(uid, 35.2957, 139.5786, title="逗子市役所", address="神奈川県逗子市逗子5-2-16"),
            client.postback(uid, "action=more&c=dementia", display_text="もっと見る"),
            client.unfollow(uid),
        ]
    assert all(r.status == 200 and r.body == "OK" for r in results)
    parser = WebhookParser(platform.channel_secret)
    parsed = []
    for body, headers in receiver.received:
        assert headers["x-line-signature"] == sign(body, platform.channel_secret)
        payload = json.loads(body)
        validate(webhook_schema, payload, "CallbackRequest")
        assert payload["destination"] == platform.bot_user_id
        for ev in payload["events"]:
            schema = {
                "follow": "FollowEvent",
                "unfollow": "UnfollowEvent",
                "message": "MessageEvent",
                "postback": "PostbackEvent",
            }[ev["type"]]
            validate(webhook_schema, ev, schema)
            assert len(ev["webhookEventId"]) == 26 and ev["deliveryContext"] == {"isRedelivery": False}
            if ev["type"] == "message":
                content = {
                    "text": "TextMessageContent",
                    "sticker": "StickerMessageContent",
                    "image": "ImageMessageContent",
                    "location": "LocationMessageContent",
                }[ev["message"]["type"]]
                validate(webhook_schema, ev["message"], content)
        parsed.extend(parser.parse(body.decode("utf-8"), headers["x-line-signature"]))
    kinds = [type(e) for e in parsed]
    assert kinds == [
        FollowEvent,
        MessageEvent,
        MessageEvent,
        MessageEvent,
        MessageEvent,
        PostbackEvent,
        UnfollowEvent,
    ]
    assert isinstance(parsed[1].message, TextMessageContent) and parsed[1].message.text.startswith("母が")
    assert isinstance(parsed[2].message, StickerMessageContent)
    assert isinstance(parsed[4].message, LocationMessageContent) and parsed[4].message.latitude == 35.2957
    assert parsed[5].postback.data == "action=more&c=dementia"
    last = json.loads(receiver.received[-1][0])["events"][0]
    assert last["type"] == "unfollow" and "replyToken" not in last
    # the resident's phone shows what they sent, the postback's displayText included
    shown = [e["message"].get("text") or e["message"]["type"] for e in platform.inbox(uid)]
    assert shown == ["母が同じことを何回も聞いてくる", "sticker", "image", "location", "もっと見る"]
    assert platform.users()[0]["following"] is False


def test_reply_tokens_in_events_are_usable_once(fake: Any, api: MessagingApi) -> None:
    platform, _, _ = fake
    uid = follower(platform)
    receiver = Receiver()
    with PlatformServer(receiver) as server:
        result = WebhookClient(platform, server.url + "/callback").text(uid, "こんにちは")
    token = result.events[0]["replyToken"]
    api.reply_message(ReplyMessageRequest(reply_token=token, messages=[TextMessage(text="はい")]))
    with pytest.raises(ApiException):
        api.reply_message(ReplyMessageRequest(reply_token=token, messages=[TextMessage(text="はい")]))


def test_redelivery_keeps_the_event_id_and_flags_it() -> None:
    platform = FakeLinePlatform()
    uid = platform.add_user("田中")
    receiver = Receiver()
    with PlatformServer(receiver) as server:
        client = WebhookClient(platform, server.url + "/callback")
        first = client.text(uid, "たすけて")
        client.redeliver(first.events[0])
    a, b = (json.loads(body)["events"][0] for body, _ in receiver.received)
    assert a["webhookEventId"] == b["webhookEventId"]
    assert a["deliveryContext"]["isRedelivery"] is False and b["deliveryContext"]["isRedelivery"] is True


def test_a_wrong_signature_can_be_sent_on_purpose_and_errors_are_returned() -> None:
    platform = FakeLinePlatform()
    uid = platform.add_user("x")

    def reject(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        start_response("400 Bad Request", [("Content-Type", "text/plain")])
        return [b"bad signature"]

    with PlatformServer(reject) as server:
        client = WebhookClient(platform, server.url + "/callback")
        result = client.send([client.event("follow", uid, follow={"isUnblocked": False})], signature="AAAA")
    assert result.status == 400 and result.body == "bad signature"


def test_ulid_is_sortable_by_time() -> None:
    assert ulid(1.0) < ulid(2.0)
    assert len(ulid()) == 26
