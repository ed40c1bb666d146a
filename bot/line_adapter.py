"""The LINE channel adapter: the only module that imports `linebot` (line-bot-sdk v3).

Inbound: `verify_and_split()` checks `X-Line-Signature` with the SDK's `SignatureValidator` and cuts a
webhook body into `RawEvent`s to store; `to_in_event()` turns one stored event into tsunagu's own
`bot.events.InEvent` through the SDK's webhook models.

Outbound: `LineSender` sends Messaging API message objects (`bot.replies` `.to_wire()` dicts) by reply
token or by push with an `X-Line-Retry-Key`, and starts the loading animation. Every call has a timeout
and no hidden retries (urllib3's are switched off): the outbox decides about retries from `SendResult`.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import urllib3
from linebot.v3 import WebhookParser
from linebot.v3.messaging import (
    ApiClient,
    Configuration,
    MessagingApi,
    PushMessageRequest,
    ReplyMessageRequest,
    ShowLoadingAnimationRequest,
)
from linebot.v3.messaging.exceptions import ApiException
from linebot.v3.webhooks import (
    AudioMessageContent,
    Event,
    FileMessageContent,
    FollowEvent,
    ImageMessageContent,
    JoinEvent,
    LeaveEvent,
    LocationMessageContent,
    MessageEvent,
    PostbackEvent,
    StickerMessageContent,
    TextMessageContent,
    UnfollowEvent,
    VideoMessageContent,
)

from bot.events import EventKind, InEvent, SourceKind

log = logging.getLogger(__name__)

# LINE's limit on messages per reply/push call.
MAX_MESSAGES_PER_CALL = 5
# Webhook timestamps are milliseconds since the epoch; anything past 2100 is not one.
MAX_TIMESTAMP_MS = 4_102_444_800_000


class InvalidSignature(Exception):
    """`X-Line-Signature` is missing or does not match the body."""


class MalformedWebhook(Exception):
    """The body is signed but is not a webhook body (not JSON, or not shaped like LINE's)."""


@dataclass(frozen=True)
class RawEvent:
    """One webhook event as received, with the fields needed to store it before processing."""

    event_id: str
    event_type: str
    source_key: str  # "user:<id>" | "group:<id>" | "room:<id>" | ""
    redelivery: bool
    payload: dict[str, Any]


class WebhookVerifier:
    """Checks signatures and splits webhook bodies; one per channel secret."""

    def __init__(self, channel_secret: str) -> None:
        # The SDK's parser holds the SignatureValidator; we use it for the check only and parse
        # the events ourselves, so that an event type the SDK does not know is stored, not rejected.
        self._validator = WebhookParser(channel_secret).signature_validator

    def verify_and_split(self, body: str, signature: str | None) -> tuple[str | None, list[RawEvent]]:
        """Return (destination, events) of a correctly signed webhook body.

        Raises `InvalidSignature` before looking at the body, and `MalformedWebhook` when a signed
        body is not a webhook body (every event needs a `type`, a `webhookEventId` and a `timestamp`).
        """
        if not signature or not self._validator.validate(body, signature):
            raise InvalidSignature("X-Line-Signature missing or wrong")
        try:
            data = json.loads(body, parse_constant=_not_json)
        except ValueError as exc:
            raise MalformedWebhook("body is not JSON") from exc
        if "\\u0000" in body:  # a JSON escape is the only way a NUL gets in (json refuses a raw one)
            data = _without_nul(data)
        if not isinstance(data, dict) or not isinstance(data.get("events"), list):
            raise MalformedWebhook("body has no events list")
        destination = data.get("destination")
        events = [_raw_event(item, i) for i, item in enumerate(data["events"])]
        return (destination if isinstance(destination, str) else None), events


def _not_json(name: str) -> None:
    # Python's json accepts NaN and Infinity; JSON (and PostgreSQL's json type) does not.
    raise ValueError(f"{name} is not JSON")


def _without_nul(value: Any) -> Any:
    """`value` with every NUL in its strings (keys too) replaced by U+FFFD: PostgreSQL text holds no NUL,
    and an event that cannot be stored would be lost."""
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, list):
        return [_without_nul(v) for v in value]
    if isinstance(value, dict):
        return {_without_nul(k): _without_nul(v) for k, v in value.items()}
    return value


def _raw_event(item: object, index: int) -> RawEvent:
    if not isinstance(item, dict):
        raise MalformedWebhook(f"event {index} is not an object")
    event_id, event_type, ts = item.get("webhookEventId"), item.get("type"), item.get("timestamp")
    if not isinstance(event_id, str) or not event_id or len(event_id) > 64:
        raise MalformedWebhook(f"event {index} has no usable webhookEventId")
    if not isinstance(event_type, str) or not event_type or len(event_type) > 32:
        raise MalformedWebhook(f"event {index} has no type")
    if not isinstance(ts, int) or isinstance(ts, bool) or not 0 <= ts <= MAX_TIMESTAMP_MS:
        raise MalformedWebhook(f"event {index} has no timestamp (milliseconds since 1970)")
    delivery = item.get("deliveryContext")
    redelivery = bool(delivery.get("isRedelivery")) if isinstance(delivery, dict) else False
    return RawEvent(event_id, event_type, _source_key(item.get("source")), redelivery, item)


def _source_key(source: object) -> str:
    if not isinstance(source, dict):
        return ""
    kind = source.get("type")
    ident = {"user": source.get("userId"), "group": source.get("groupId"), "room": source.get("roomId")}.get(
        kind if isinstance(kind, str) else ""
    )
    return f"{kind}:{ident}"[:80] if isinstance(ident, str) and ident else ""


def to_in_event(payload: dict[str, Any]) -> InEvent:
    """Turn one stored webhook event into an `InEvent` (kind "other" for what tsunagu does not use)."""
    common = _common_fields(payload)
    try:
        event = Event.from_dict(payload)
    except Exception:  # noqa: BLE001 — the SDK's parsers raise ValueError, KeyError, TypeError on odd input
        # The SDK refuses an event newer than itself, or one lacking a field it requires but we do not
        # need (a text without quoteToken): read what we use from the JSON rather than lose a message.
        return _from_json(payload, common)
    if isinstance(event, MessageEvent):
        return _message_event(event, common)
    if isinstance(event, PostbackEvent):
        params = event.postback.params or {}
        return InEvent(
            kind="postback",
            postback_data=event.postback.data,
            postback_params={k: v for k, v in params.items() if v is not None},
            **common,
        )
    simple: dict[type, EventKind] = {
        FollowEvent: "follow",
        UnfollowEvent: "unfollow",
        JoinEvent: "join",
        LeaveEvent: "leave",
    }
    kind = simple.get(type(event))
    if kind is not None:
        return InEvent(kind=kind, **common)
    return InEvent(kind="other", original_type=str(payload.get("type")), **common)


def _message_event(event: MessageEvent, common: dict[str, Any]) -> InEvent:
    msg = event.message
    if isinstance(msg, TextMessageContent):
        return InEvent(kind="text", text=msg.text, **common)
    if isinstance(msg, StickerMessageContent):
        sticker = {
            "packageId": msg.package_id,
            "stickerId": msg.sticker_id,
            "stickerResourceType": msg.sticker_resource_type,
            "keywords": list(msg.keywords or []),
            "text": msg.text,
        }
        return InEvent(kind="sticker", sticker={k: v for k, v in sticker.items() if v is not None}, **common)
    if isinstance(msg, LocationMessageContent):
        location = {
            "title": msg.title,
            "address": msg.address,
            "latitude": msg.latitude,
            "longitude": msg.longitude,
        }
        return InEvent(kind="location", location=location, **common)
    media = {
        ImageMessageContent: "image",
        VideoMessageContent: "video",
        AudioMessageContent: "audio",
        FileMessageContent: "file",
    }.get(type(msg))
    if media is not None:
        return InEvent(kind="media", media_type=media, **common)
    return InEvent(kind="other", original_type=f"message/{msg.type}", **common)


def _from_json(payload: dict[str, Any], common: dict[str, Any]) -> InEvent:
    """The same mapping as the SDK path, read defensively from the JSON."""
    kind = payload.get("type")
    if kind == "message" and isinstance(payload.get("message"), dict):
        msg = payload["message"]
        mtype = msg.get("type")
        if mtype == "text" and isinstance(msg.get("text"), str):
            return InEvent(kind="text", text=msg["text"], **common)
        if mtype == "sticker":
            keys = ("packageId", "stickerId", "stickerResourceType", "keywords", "text")
            return InEvent(
                kind="sticker", sticker={k: msg[k] for k in keys if msg.get(k) is not None}, **common
            )
        if mtype == "location" and isinstance(msg.get("latitude"), int | float):
            keys = ("title", "address", "latitude", "longitude")
            return InEvent(kind="location", location={k: msg.get(k) for k in keys}, **common)
        if mtype in ("image", "video", "audio", "file"):
            return InEvent(kind="media", media_type=mtype, **common)
        return InEvent(kind="other", original_type=f"message/{mtype}", **common)
    if kind == "postback" and isinstance(payload.get("postback"), dict):
        data = payload["postback"].get("data")
        params = payload["postback"].get("params")
        return InEvent(
            kind="postback",
            postback_data=data if isinstance(data, str) else "",
            postback_params=dict(params) if isinstance(params, dict) else {},
            **common,
        )
    if kind in ("follow", "unfollow", "join", "leave"):
        return InEvent(kind=kind, **common)
    return InEvent(kind="other", original_type=str(kind), **common)


def _common_fields(payload: dict[str, Any]) -> dict[str, Any]:
    """Fields read straight from the JSON, so that even an unknown event type keeps its source and time."""
    source = payload.get("source") if isinstance(payload.get("source"), dict) else {}
    assert isinstance(source, dict)
    kind: SourceKind = source.get("type") if source.get("type") in ("user", "group", "room") else "unknown"
    group_id = source.get("groupId") if kind == "group" else source.get("roomId") if kind == "room" else None
    delivery = payload.get("deliveryContext") if isinstance(payload.get("deliveryContext"), dict) else {}
    assert isinstance(delivery, dict)
    ts = payload.get("timestamp")
    in_range = isinstance(ts, int | float) and 0 <= ts <= MAX_TIMESTAMP_MS
    timestamp = datetime.fromtimestamp(ts / 1000, UTC) if in_range else datetime.now(UTC)
    token = payload.get("replyToken")
    return {
        "event_id": str(payload.get("webhookEventId")),
        "source_kind": kind,
        "user_id": source.get("userId") if isinstance(source.get("userId"), str) else None,
        "group_id": group_id if isinstance(group_id, str) else None,
        "timestamp": timestamp,
        "reply_token": token if isinstance(token, str) and token else None,
        "redelivery": bool(delivery.get("isRedelivery")),
    }


@dataclass(frozen=True)
class SendResult:
    """What one Messaging API call came to, in the terms the outbox decides on."""

    ok: bool
    status: int | None = None  # HTTP status; None when no answer came (timeout, connection refused)
    retryable: bool = False  # 5xx, 429, timeouts and connection errors
    duplicate: bool = False  # push answered 409: the retry key was already accepted, i.e. delivered
    error: str | None = None  # short, without message text
    retry_after: float | None = None  # seconds, from a 429's Retry-After
    request_id: str | None = None  # x-line-request-id, for LINE support


class LineSender:
    """Sends through `linebot.v3.messaging` to `endpoint` (https://api.line.me, or a fake platform)."""

    def __init__(self, access_token: str, endpoint: str, *, timeout: float, pool_size: int = 16) -> None:
        config = Configuration(host=endpoint.rstrip("/"), access_token=access_token)
        # No urllib3 retries: a retried reply could be delivered twice; the outbox retries pushes itself.
        config.retries = False
        config.connection_pool_maxsize = pool_size
        self._client = ApiClient(config)
        self._api = MessagingApi(self._client)
        self.timeout = timeout

    def close(self) -> None:
        self._client.close()

    def reply(self, reply_token: str, messages: list[dict[str, Any]]) -> SendResult:
        request = ReplyMessageRequest.from_dict({"replyToken": reply_token, "messages": messages})
        return self._call(
            lambda t: self._api.reply_message_with_http_info(request, _request_timeout=t), "reply"
        )

    def push(self, to: str, messages: list[dict[str, Any]], retry_key: str) -> SendResult:
        request = PushMessageRequest.from_dict({"to": to, "messages": messages})
        result = self._call(
            lambda t: self._api.push_message_with_http_info(
                request, x_line_retry_key=retry_key, _request_timeout=t
            ),
            "push",
            expected=(409,),
        )
        if result.status == 409:
            # LINE: "a request with this retry key has already been accepted" — delivered before.
            return SendResult(ok=True, status=409, duplicate=True, request_id=result.request_id)
        return result

    def show_loading(self, user_id: str, seconds: int = 5, timeout: float | None = None) -> SendResult:
        """Start the "…" animation in the resident's chat (one-to-one chats only; 5–60 s, a multiple of 5)."""
        request = ShowLoadingAnimationRequest(
            chatId=user_id, loadingSeconds=max(5, min(60, seconds - seconds % 5))
        )
        return self._call(
            lambda t: self._api.show_loading_animation_with_http_info(request, _request_timeout=t),
            "loading",
            timeout,
        )

    def _call(
        self, fn: Any, what: str, timeout: float | None = None, expected: tuple[int, ...] = ()
    ) -> SendResult:
        try:
            response = fn(timeout or self.timeout)
        except ApiException as exc:
            headers = exc.headers or {}
            status = exc.status or None
            retry_after = _seconds(headers.get("Retry-After")) if headers else None
            detail = _error_message(exc.body)
            retryable = status is None or status == 429 or status >= 500
            if status not in expected:
                log.warning("LINE %s answered %s%s", what, status, f" ({detail})" if detail else "")
            return SendResult(
                ok=False,
                status=status,
                retryable=retryable,
                error=f"HTTP {status}" + (f": {detail}" if detail else ""),
                retry_after=retry_after,
                request_id=headers.get("x-line-request-id") if headers else None,
            )
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            # Timeouts, refused or reset connections: nothing known about delivery; retry (pushes are keyed).
            log.warning("LINE %s failed: %s", what, type(exc).__name__)
            return SendResult(ok=False, retryable=True, error=type(exc).__name__)
        headers = response.headers or {}
        return SendResult(ok=True, status=response.status_code, request_id=headers.get("x-line-request-id"))


def _seconds(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def _error_message(body: object) -> str | None:
    """LINE's error `message` (e.g. "Invalid reply token"); never contains what a resident wrote."""
    if not body:
        return None
    try:
        data = json.loads(body if isinstance(body, str | bytes) else str(body))
    except ValueError:
        return None
    message = data.get("message") if isinstance(data, dict) else None
    return str(message)[:200] if message else None
