"""The /simulator page in headless Chromium, against the fake platform alone (no bot).

A small recorder stands at `/callback`; the test plays the bot by calling the fake Messaging API through
line-bot-sdk, so every rendering (text, quick replies, Flex bubble/carousel, loading) and every resident
action (follow, text, sticker, location, postback, block/unblock) is checked on the wire.
The end-to-end tests with the real bot are in test_simulator_browser.py.
"""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
from browser import browser, page  # noqa: F401  (pytest fixtures)
from flask import Flask, request
from linebot.v3.messaging import (
    ApiClient,
    Configuration,
    MessagingApi,
    PushMessageRequest,
    ReplyMessageRequest,
    ShowLoadingAnimationRequest,
)

from bot.simulator.platform import FakeLinePlatform, PlatformServer, sign
from bot.simulator.web import Place, mount

pytestmark = pytest.mark.browser

PLACES = [
    Place("桜山（逗子）", 35.2880, 139.5800, "神奈川県逗子市桜山"),
    Place("小坪（小坪）", 35.3010, 139.5700, ""),
]


class Harness:
    def __init__(self) -> None:
        self.platform = FakeLinePlatform()
        self.events: list[dict[str, Any]] = []
        self.cond = threading.Condition()
        app = Flask("sim-page-test")
        mount(app, self.platform, PLACES, bot_name="テスト市 相談")

        @app.post("/callback")
        def callback() -> tuple[str, int]:
            body = request.get_data()
            if request.headers.get("X-Line-Signature") != sign(body, self.platform.channel_secret):
                return "bad signature", 400
            with self.cond:
                self.events.extend(json.loads(body)["events"])
                self.cond.notify_all()
            return "OK", 200

        self.server = PlatformServer(app)
        self.url = self.server.url

    def wait_event(
        self, kind: str, count: int = 1, timeout: float = 10.0, user: str | None = None
    ) -> list[dict[str, Any]]:
        """Wait until `count` events of `kind` (from `user`, when given) have arrived; return them."""

        def matching() -> list[dict[str, Any]]:
            return [e for e in self.events if e["type"] == kind and user in (None, e["source"]["userId"])]

        with self.cond:
            self.cond.wait_for(lambda: len(matching()) >= count, timeout=timeout)
            found = matching()
        assert len(found) >= count, f"expected {count} {kind} event(s), got {self.events}"
        return found

    def api(self) -> Any:
        return ApiClient(
            Configuration(host=self.url + "/simulator/line-api", access_token=self.platform.access_token)
        )


@pytest.fixture(scope="module")
def harness() -> Iterator[Harness]:
    h = Harness()
    with h.server:
        yield h


def open_as(page: Any, harness: Harness, name: str) -> str:  # noqa: F811
    uid = harness.platform.add_user(name)
    page.goto(harness.url + "/simulator/")
    page.click(f'.resident[data-user-id="{uid}"]')
    return uid


def test_follow_then_bot_reply_with_quick_replies_and_flex(page: Any, harness: Harness) -> None:  # noqa: F811
    uid = open_as(page, harness, "山田 花子")
    assert page.is_visible("#follow-panel")
    assert page.is_disabled("#text")
    page.click("#follow")
    follow = harness.wait_event("follow", user=uid)[-1]
    assert follow["source"]["userId"] == uid and follow["follow"]["isUnblocked"] is False
    flex = {
        "type": "flex",
        "altText": "相談窓口のご案内",
        "contents": {
            "type": "carousel",
            "contents": [
                {
                    "type": "bubble",
                    "hero": {
                        "type": "image",
                        "url": "/simulator/static/account.svg",
                        "size": "full",
                        "aspectRatio": "20:13",
                    },
                    "body": {
                        "type": "box",
                        "layout": "vertical",
                        "spacing": "sm",
                        "contents": [
                            {
                                "type": "text",
                                "text": "逗子市地域包括支援センター",
                                "weight": "bold",
                                "wrap": True,
                            },
                            {"type": "separator"},
                            {"type": "text", "text": "介護や認知症の相談", "size": "sm", "wrap": True},
                        ],
                    },
                    "footer": {
                        "type": "box",
                        "layout": "vertical",
                        "contents": [
                            {
                                "type": "button",
                                "style": "primary",
                                "action": {"type": "uri", "label": "電話する", "uri": "tel:0468731111"},
                            },
                            {
                                "type": "button",
                                "action": {
                                    "type": "postback",
                                    "label": "人と話したい",
                                    "data": "a=human&r=request_human",
                                    "displayText": "人と話したい",
                                },
                            },
                        ],
                    },
                },
                {
                    "type": "bubble",
                    "body": {
                        "type": "box",
                        "layout": "horizontal",
                        "contents": [
                            {
                                "type": "button",
                                "action": {
                                    "type": "message",
                                    "label": "ほかの困りごと",
                                    "text": "ほかの困りごと",
                                },
                            }
                        ],
                    },
                },
            ],
        },
    }
    text = {
        "type": "text",
        "text": "こんにちは。どんなことでも書いてください。",
        "quickReply": {
            "items": [
                {
                    "type": "action",
                    "action": {"type": "message", "label": "お金のこと", "text": "お金のこと"},
                },
                {"type": "action", "action": {"type": "location", "label": "場所を送る"}},
            ]
        },
    }
    with harness.api() as client:
        MessagingApi(client).reply_message(
            ReplyMessageRequest.from_dict({"replyToken": follow["replyToken"], "messages": [flex, text]})
        )
    page.wait_for_selector(".msg.from-bot .flex-carousel")
    assert page.locator(".flex-bubble").count() == 2
    assert page.locator(".flex-separator").count() == 1
    assert page.locator(".flex-image img").count() == 1
    tel = page.locator('.flex-bubble a[href="tel:0468731111"]')
    assert tel.inner_text().strip() == "電話する"
    assert "逗子市地域包括支援センター" in page.inner_text(".flex-bubble >> nth=0")
    # a location chip opens the location picker, as LINE opens its map
    page.locator("#quick-replies .chip", has_text="場所を送る").click()
    page.wait_for_selector("#tab-location:visible")
    assert page.locator(".place").count() == len(PLACES)
    page.click("#more")  # close the tray again
    # quick reply chips belong to the last message
    chip = page.locator("#quick-replies .chip", has_text="お金のこと")
    chip.click()
    said = harness.wait_event("message", user=uid)[-1]
    assert said["message"] == {**said["message"], "type": "text", "text": "お金のこと"}
    page.wait_for_selector('.msg.from-user .bubble.text:has-text("お金のこと")')
    assert page.is_hidden("#quick-replies")
    # a Flex postback button sends a postback and shows its displayText as the resident's words
    page.click('.flex-button[data-action-type="postback"]')
    pb = harness.wait_event("postback", user=uid)[-1]
    assert pb["postback"]["data"] == "a=human&r=request_human"
    page.wait_for_selector('.msg.from-user .bubble.text:has-text("人と話したい")')
    # a message-action button says its text
    page.click('.flex-button[data-action-type="message"]')
    assert harness.wait_event("message", 2, user=uid)[-1]["message"]["text"] == "ほかの困りごと"


def test_typing_sticker_location_photo_and_loading(page: Any, harness: Harness) -> None:  # noqa: F811
    uid = open_as(page, harness, "佐藤 一郎")
    page.click("#follow")
    harness.wait_event("follow", user=uid)
    page.fill("#text", "母が同じことを何回も聞いてくる")
    page.press("#text", "Enter")
    page.wait_for_selector('.msg.from-user:has-text("母が同じことを")')
    # sticker
    page.click("#more")
    page.click(".sticker-choice >> nth=0")
    # a place from the city pack
    page.click("#more")
    page.click('.tray-tabs button[data-tab="location"]')
    page.click('.place[data-place="0"]')
    # a point typed by hand
    page.click("#more")
    page.click('.tray-tabs button[data-tab="location"]')
    page.fill("#lat", "35.30")
    page.fill("#lon", "139.57")
    page.click("#point-form button")
    # a photo
    page.click("#more")
    page.click('.tray-tabs button[data-tab="photo"]')
    page.click("#send-photo")
    page.wait_for_selector(".msg.from-user .photo-placeholder")
    mine = harness.wait_event("message", 5, user=uid)
    kinds = [e["message"]["type"] for e in mine]
    assert kinds == ["text", "sticker", "location", "location", "image"]
    assert mine[2]["message"]["latitude"] == 35.2880 and mine[2]["message"]["title"] == "桜山（逗子）"
    assert (mine[3]["message"]["latitude"], mine[3]["message"]["longitude"]) == (35.30, 139.57)
    assert page.locator(".msg.from-user .location-title", has_text="桜山（逗子）").count() == 1
    # the loading animation shows until the bot's message arrives
    with harness.api() as client:
        api = MessagingApi(client)
        api.show_loading_animation(ShowLoadingAnimationRequest(chat_id=uid, loading_seconds=20))
        page.wait_for_selector(".msg.loading .dots")
        api.push_message(
            PushMessageRequest.from_dict(
                {"to": uid, "messages": [{"type": "text", "text": "お待たせしました"}]}
            )
        )
    page.wait_for_selector('.msg.from-bot .bubble.text:has-text("お待たせしました")')
    page.wait_for_selector(".msg.loading", state="detached")


def test_block_and_unblock(page: Any, harness: Harness) -> None:  # noqa: F811
    uid = open_as(page, harness, "田中 ゆき")
    page.click("#follow")
    page.wait_for_selector("#block-toggle:visible")
    page.click("#block-toggle")
    page.wait_for_selector("#follow-panel:visible")
    assert page.is_disabled("#text")
    assert page.inner_text("#follow") == "ブロック解除"
    page.click("#follow")
    follows = harness.wait_event("follow", 2, user=uid)
    unfollows = harness.wait_event("unfollow", 1, user=uid)
    assert [f["follow"]["isUnblocked"] for f in follows] == [False, True]
    assert len(unfollows) == 1 and "replyToken" not in unfollows[0]
    page.wait_for_selector("#text:enabled")


def test_several_residents_and_a_new_one(page: Any, harness: Harness) -> None:  # noqa: F811
    first = open_as(page, harness, "住民A")
    page.fill("#new-name", "Maria")
    page.click("#new-resident button")
    page.wait_for_selector('.resident.active:has-text("Maria")')
    assert page.inner_text("#phone-owner").startswith("Maria")
    assert page.inner_text("#chat-title") == "テスト市 相談"
    maria = page.get_attribute(".resident.active", "data-user-id")
    assert maria != first and harness.platform.profile(maria)["displayName"] == "Maria"
    # a message to the other resident shows as unread in the list
    harness.platform.set_following(first, True)
    with harness.api() as client:
        MessagingApi(client).push_message(
            PushMessageRequest.from_dict(
                {"to": first, "messages": [{"type": "text", "text": "お元気ですか"}]}
            )
        )
    page.wait_for_selector(f'.resident[data-user-id="{first}"] .unread')
    page.click(f'.resident[data-user-id="{first}"]')
    page.wait_for_selector('.msg.from-bot:has-text("お元気ですか")')


def test_bad_input_gets_a_clear_answer(harness: Harness) -> None:
    """The page's JSON API is plain HTTP: wrong input is refused with words, and nothing is sent."""

    def post(path: str, body: Any) -> tuple[int, dict[str, Any]]:
        req = urllib.request.Request(
            harness.url + "/simulator" + path,
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(req, timeout=5) as resp:  # noqa: S310
                return resp.status, json.loads(resp.read())
        except urllib.error.HTTPError as err:
            with err:
                return err.code, json.loads(err.read())

    uid = harness.platform.add_user("検証")
    assert post(f"/api/users/{uid}/send", {"type": "text", "text": "x"})[0] == 409  # not a friend yet
    harness.platform.set_following(uid, True)
    for body in (
        {"type": "text", "text": "   "},
        {"type": "text", "text": "あ" * 5001},
        {"type": "location", "latitude": 999, "longitude": 0},
        {"type": "location", "place": 99},
        {"type": "postback", "data": "x" * 301},
        {"type": "dance"},
    ):
        status, answer = post(f"/api/users/{uid}/send", body)
        assert status == 400 and answer["ok"] is False and answer["error"], body
    assert post("/api/users/U" + "0" * 32 + "/send", {"type": "follow"})[0] == 404
    assert post("/api/users", {"displayName": ""})[0] == 400
    assert harness.platform.inbox(uid) == []
