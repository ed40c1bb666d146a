"""A fake LINE Platform: the Messaging API paths tsunagu calls, and a client that sends it signed webhooks.

Used by the demo (`tsunagu demo`, mounted at `/simulator/line-api`), by tests, and by benchmarks. The bot
reaches it through line-bot-sdk over real HTTP — point `LINE_API_ENDPOINT` at it — so the code path is the
one used in production. Responses follow `/work/shared/line-openapi/messaging-api.yml`; webhooks follow
`webhook.yml`.

API
---
``FakeLinePlatform(channel_secret=None, access_token=None, reply_token_ttl=60.0, clock=time.time)``
    All state, behind one lock (every method is thread-safe). Secrets are generated when not given.
    ``.channel_secret``, ``.access_token``, ``.bot_user_id`` (``U`` + 32 hex, the webhook ``destination``)
    ``add_user(display_name, user_id=None, language="ja") -> user_id``; ``profile(user_id) -> dict | None``;
    ``users() -> list[dict]`` (``userId``, ``displayName``, ``language``, ``following``)
    ``new_reply_token(user_id) -> str``: issued when an event is sent; one use; expires after
    ``reply_token_ttl`` seconds (then reply → 400 ``Invalid reply token``, like LINE).
    ``inbox(user_id, after=0) -> list[dict]``: the chat as the resident's phone shows it, oldest first:
    ``{"seq", "at", "from": "user"|"bot", "via": "reply"|"push"|"event", "message": <LINE message JSON>}``
    (``seq`` is global and increasing, for polling). ``delivered(user_id)``: the bot's messages only.
    ``loading(user_id) -> float | None``: until when (epoch seconds) the loading animation shows; a delivered
    message ends it, as on a phone.
    ``requests() -> list[RecordedRequest]``: every API call (method, path under the API root, headers,
    JSON body, response status), including rejected ones.
    ``fail_next(n, status=500, path=None, hang=3.0, retry_after=None)``: the next ``n`` calls (to ``path`` only, when given)
    answer ``status`` (500, 429, 503…) with LINE's error body and deliver nothing (``retry_after=s`` adds a
    ``Retry-After`` header). ``status="timeout"``
    instead waits ``hang`` seconds and then processes the call normally — the message IS delivered but a
    client with a shorter timeout never sees the answer, which is what ``X-Line-Retry-Key`` is for.
    ``set_latency(seconds, path=None)``: delay every call (or one path's) before answering.
    ``reset()``: forget messages, requests, tokens, retry keys and injected faults (users stay).
    ``snapshot() -> dict`` / ``restore(dict)``: users and chats as JSON, to carry them to a later session.

``platform_blueprint(platform, name="line_platform") -> Blueprint`` — mount anywhere (``url_prefix``).
``create_platform_app(platform=None, **kwargs) -> Flask`` — a standalone WSGI app (blueprint at ``/``);
    ``app.extensions["line_platform"]`` is the platform.
``PlatformServer(app)`` — context manager serving a WSGI app on 127.0.0.1 (free port) in a thread; ``.url``.

Paths: ``POST /v2/bot/message/reply``, ``POST /v2/bot/message/push`` and ``/multicast`` (``X-Line-Retry-Key``:
a UUID; a key already accepted → 409 ``The retry key is already accepted`` with the
``x-line-accepted-request-id`` header, not delivered twice), ``POST /v2/bot/chat/loading/start`` (202),
``POST /v2/bot/chat/markAsRead``, ``GET /v2/bot/profile/{userId}`` (404 for unknown users),
``GET /v2/bot/info``. Any other path → 404 ``Not found`` (recorded, so a test sees what the bot tried).
Every call needs ``Authorization: Bearer <access_token>`` (else 401). Bodies are checked the way LINE
checks them (1–5 messages, text 1–5000 chars, ≤13 quick-reply items, labels ≤20, Flex altText and
bubble/carousel…) → 400 with ``details``. A push to a resident who blocked the account is accepted and
silently not delivered (as LINE does); it is listed in ``dropped()``.

``WebhookClient(platform, target, timeout=10.0)`` — builds events exactly like LINE's webhook
(``webhookEventId`` ULID, ``deliveryContext.isRedelivery``, ``mode``, ``source``, reply tokens issued by the
platform), signs the body with the channel secret (HMAC-SHA256, base64, ``X-Line-Signature``) and POSTs it to
``target``: a URL, or a Flask test client. Methods return a ``WebhookResult`` (status, body, events):
``follow(user_id, unblocked=None)`` (None: true when the user followed before), ``unfollow``, ``text(user_id, text)``, ``sticker(user_id, package_id,
sticker_id, keywords=())``, ``image``, ``location(user_id, latitude, longitude, title=None, address=None)``,
``postback(user_id, data, params=None, display_text=None)``, ``send(events)``, ``redeliver(event)``.
Message events are also written to the resident's inbox, so the chat shows both sides.
``sign(body, secret) -> str`` is the signature alone.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, Flask, Response, request
from werkzeug.serving import BaseWSGIServer, make_server

USER_ID_RE = re.compile(r"^U[0-9a-f]{32}$")
# A push goes to a user, a group chat or a multi-person chat (room): U…, C… or R… and 32 hex digits.
PUSH_TARGET_RE = re.compile(r"^[UCR][0-9a-f]{32}$")
UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
MESSAGE_TYPES = {"text", "sticker", "image", "video", "audio", "location", "imagemap", "template", "flex"}
ACTION_TYPES = {
    "message",
    "postback",
    "uri",
    "datetimepicker",
    "camera",
    "cameraRoll",
    "location",
    "richmenuswitch",
    "clipboard",
}

# LINE's own error wording, so that the bot's error handling meets what it will meet in production.
ERR_AUTH = "Authentication failed. Confirm that the access token in the authorization header is valid."
ERR_REPLY_TOKEN = "Invalid reply token"
ERR_RETRY_KEY = "The retry key is already accepted"
ERR_RETRY_KEY_FORMAT = "The value for the 'X-Line-Retry-Key' header is invalid"
ERR_RATE = "The API rate limit has been exceeded. Try again later."
ERR_SERVER = "An error occurred in the server."
ERR_NOT_FOUND = "Not found"
ERR_SEND = "Failed to send messages"

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_user_id() -> str:
    """A LINE-shaped user ID: `U` + 32 lowercase hex digits."""
    return "U" + secrets.token_hex(16)


def ulid(now: float | None = None) -> str:
    """A ULID (48-bit ms timestamp + 80 random bits, Crockford base32), LINE's webhookEventId format."""
    ms = int((time.time() if now is None else now) * 1000)
    value = (ms << 80) | secrets.randbits(80)
    return "".join(_CROCKFORD[(value >> (5 * i)) & 31] for i in reversed(range(26)))


def sign(body: bytes, secret: str) -> str:
    """The `X-Line-Signature` of a webhook body: base64(HMAC-SHA256(channel secret, body))."""
    digest = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


@dataclass(frozen=True)
class RecordedRequest:
    """One call the bot made to the fake API, as received, with the status it got."""

    method: str
    path: str  # under the API root, e.g. "/v2/bot/message/push"
    headers: dict[str, str]
    json: Any
    status: int
    at: float


@dataclass
class _Fault:
    remaining: int
    status: int | str
    path: str | None
    hang: float
    retry_after: float | None = None


@dataclass
class _User:
    user_id: str
    display_name: str
    language: str
    following: bool = False
    followed_before: bool = False  # a later follow is an unblock (follow.isUnblocked)


@dataclass
class _Token:
    user_id: str
    issued: float
    used: bool = False


class ApiError(Exception):
    """An error answer in LINE's shape: `{"message": …, "details": […]}`."""

    def __init__(
        self,
        status: int,
        message: str,
        details: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.details = details or []
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"message": self.message}
        if self.details:
            out["details"] = self.details
        return out


@dataclass
class _Answer:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


class FakeLinePlatform:
    """The state of a fake LINE Platform: users, inboxes, tokens, retry keys, recorded calls, faults."""

    def __init__(
        self,
        channel_secret: str | None = None,
        access_token: str | None = None,
        reply_token_ttl: float = 60.0,
        clock: Callable[[], float] = time.time,
        bot_name: str = "tsunagu",
    ) -> None:
        self.channel_secret = channel_secret or secrets.token_hex(16)
        self.access_token = access_token or secrets.token_urlsafe(32)
        self.reply_token_ttl = reply_token_ttl
        self.bot_user_id = new_user_id()
        self.bot_name = bot_name
        self._clock = clock
        self._lock = threading.RLock()
        self._users: dict[str, _User] = {}
        self._inbox: dict[str, list[dict[str, Any]]] = {}
        self._seq = 0
        self._next_message_id = 500_000_000_000_000_000
        self._tokens: dict[str, _Token] = {}
        self._retry_keys: dict[str, str] = {}  # retry key → request id that was accepted
        self._requests: list[RecordedRequest] = []
        self._faults: list[_Fault] = []
        self._latency: dict[str | None, float] = {}
        self._loading: dict[str, float] = {}
        self._dropped: list[dict[str, Any]] = []

    # ---- users and what their phones show ---------------------------------------------------------
    def add_user(self, display_name: str, user_id: str | None = None, language: str = "ja") -> str:
        uid = user_id or new_user_id()
        if not USER_ID_RE.match(uid):
            raise ValueError(f"not a LINE user ID: {uid!r}")
        with self._lock:
            self._users.setdefault(uid, _User(uid, display_name, language))
            self._inbox.setdefault(uid, [])
        return uid

    def profile(self, user_id: str) -> dict[str, Any] | None:
        with self._lock:
            user = self._users.get(user_id)
            if user is None:
                return None
            return {"displayName": user.display_name, "userId": user.user_id, "language": user.language}

    def users(self) -> list[dict[str, Any]]:
        with self._lock:
            return [
                {
                    "userId": u.user_id,
                    "displayName": u.display_name,
                    "language": u.language,
                    "following": u.following,
                    "followedBefore": u.followed_before or u.following,
                }
                for u in self._users.values()
            ]

    def set_following(self, user_id: str, following: bool) -> None:
        with self._lock:
            user = self._known(user_id)
            user.followed_before = user.followed_before or user.following
            user.following = following

    def new_reply_token(self, user_id: str) -> str:
        with self._lock:
            self._known(user_id)
            token = secrets.token_hex(16)
            self._tokens[token] = _Token(user_id, self._clock())
            return token

    def record_user_message(self, user_id: str, message: dict[str, Any]) -> None:
        """Show what the resident sent in their own chat (the webhook client calls this)."""
        with self._lock:
            self._known(user_id)
            self._append(user_id, "user", "event", message)

    def inbox(self, user_id: str, after: int = 0) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(e) for e in self._inbox.get(user_id, []) if e["seq"] > after]

    def delivered(self, user_id: str) -> list[dict[str, Any]]:
        return [e["message"] for e in self.inbox(user_id) if e["from"] == "bot"]

    def loading(self, user_id: str) -> float | None:
        with self._lock:
            until = self._loading.get(user_id)
            return until if until is not None and until > self._clock() else None

    def dropped(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._dropped)

    def requests(self, path: str | None = None) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self._requests if path is None or r.path == path]

    # ---- fault and latency injection -----------------------------------------------------------
    def fail_next(
        self,
        n: int,
        status: int | str = 500,
        path: str | None = None,
        hang: float = 3.0,
        retry_after: float | None = None,
    ) -> None:
        if status != "timeout" and not (isinstance(status, int) and 400 <= status <= 599):
            raise ValueError("status must be an HTTP error status or 'timeout'")
        with self._lock:
            self._faults.append(_Fault(n, status, path, hang, retry_after))

    def set_latency(self, seconds: float, path: str | None = None) -> None:
        with self._lock:
            self._latency[path] = seconds

    def snapshot(self) -> dict[str, Any]:
        """The phones' side as plain JSON (users and their chats), for `restore()` in a later session."""
        with self._lock:
            return {
                "users": [
                    {
                        "userId": u.user_id,
                        "displayName": u.display_name,
                        "language": u.language,
                        "following": u.following,
                        "followedBefore": u.followed_before,
                    }
                    for u in self._users.values()
                ],
                "inbox": {uid: [dict(e) for e in box] for uid, box in self._inbox.items()},
                "seq": self._seq,
            }

    def restore(self, data: dict[str, Any]) -> None:
        """Bring back users and chats saved by `snapshot()` (tokens, keys and faults are per session)."""
        with self._lock:
            for u in data.get("users", []):
                if not USER_ID_RE.match(str(u.get("userId", ""))):
                    continue
                self._users[u["userId"]] = _User(
                    u["userId"],
                    str(u.get("displayName") or "?"),
                    str(u.get("language") or "ja"),
                    bool(u.get("following")),
                    bool(u.get("followedBefore")),
                )
                self._inbox[u["userId"]] = [dict(e) for e in data.get("inbox", {}).get(u["userId"], [])]
            self._seq = max(self._seq, int(data.get("seq", 0)))

    def reset(self) -> None:
        with self._lock:
            for box in self._inbox.values():
                box.clear()
            self._tokens.clear()
            self._retry_keys.clear()
            self._requests.clear()
            self._faults.clear()
            self._latency.clear()
            self._loading.clear()
            self._dropped.clear()

    # ---- the API ------------------------------------------------------------------------------------
    def handle(self, method: str, path: str, headers: dict[str, str], raw: bytes) -> _Answer:
        """Answer one API call (the WSGI layer is a thin wrapper around this)."""
        request_id = uuid.uuid4().hex
        body: Any = None
        with self._lock:
            delay = self._latency.get(path, self._latency.get(None, 0.0))
            fault = self._take_fault(path)
        if delay:
            time.sleep(delay)
        try:
            if raw:
                try:
                    body = json.loads(raw)
                except ValueError as exc:
                    raise ApiError(
                        400, "The request body has 1 error(s)", [{"message": "Invalid JSON"}]
                    ) from exc
            if headers.get("authorization", "") != f"Bearer {self.access_token}":
                raise ApiError(401, ERR_AUTH)
            if fault is not None and fault.status != "timeout":
                status = int(fault.status)
                extra = {} if fault.retry_after is None else {"Retry-After": f"{fault.retry_after:g}"}
                raise ApiError(status, ERR_RATE if status == 429 else ERR_SERVER, headers=extra)
            if fault is not None:
                time.sleep(fault.hang)  # the caller gives up; the call still goes through below
            answer = self._route(method, path, headers, body, request_id)
        except ApiError as err:
            answer = _Answer(err.status, err.body(), dict(err.headers))
        answer.headers["x-line-request-id"] = request_id
        with self._lock:
            self._requests.append(
                RecordedRequest(method, path, dict(headers), body, answer.status, self._clock())
            )
        return answer

    def _take_fault(self, path: str) -> _Fault | None:
        for fault in self._faults:
            if fault.remaining > 0 and (fault.path is None or fault.path == path):
                fault.remaining -= 1
                return fault
        return None

    def _route(self, method: str, path: str, headers: dict[str, str], body: Any, request_id: str) -> _Answer:
        if method == "POST" and path == "/v2/bot/message/reply":
            return self._reply(body)
        if method == "POST" and path in ("/v2/bot/message/push", "/v2/bot/message/multicast"):
            return self._push(path, headers, body, request_id)
        if method == "POST" and path == "/v2/bot/chat/loading/start":
            return self._loading_start(body)
        if method == "POST" and path == "/v2/bot/chat/markAsRead":
            return _Answer(200, {})
        if method == "GET" and path.startswith("/v2/bot/profile/"):
            profile = self.profile(path.rsplit("/", 1)[1])
            if profile is None:
                raise ApiError(404, ERR_NOT_FOUND)
            return _Answer(200, profile)
        if method == "GET" and path == "/v2/bot/info":
            return _Answer(
                200,
                {
                    "userId": self.bot_user_id,
                    "basicId": "@tsunagu",
                    "displayName": self.bot_name,
                    "chatMode": "bot",
                    "markAsReadMode": "auto",
                },
            )
        raise ApiError(404, ERR_NOT_FOUND)

    def _reply(self, body: Any) -> _Answer:
        if not isinstance(body, dict) or not isinstance(body.get("replyToken"), str):
            raise ApiError(
                400, "The request body has 1 error(s)", [_detail("Must not be empty", "replyToken")]
            )
        messages = _check_messages(body.get("messages"))
        with self._lock:
            token = self._tokens.get(body["replyToken"])
            if token is None or token.used or self._clock() - token.issued > self.reply_token_ttl:
                raise ApiError(400, ERR_REPLY_TOKEN)
            token.used = True
            sent = self._deliver(token.user_id, "reply", messages)
        return _Answer(200, {"sentMessages": sent})

    def _push(self, path: str, headers: dict[str, str], body: Any, request_id: str) -> _Answer:
        key = headers.get("x-line-retry-key")
        if key is not None and not UUID_RE.match(key):
            raise ApiError(400, ERR_RETRY_KEY_FORMAT)
        if not isinstance(body, dict):
            raise ApiError(400, "The request body has 1 error(s)", [_detail("Must not be empty", "to")])
        multicast = path.endswith("/multicast")
        targets = body.get("to")
        if multicast:
            if not isinstance(targets, list) or not 1 <= len(targets) <= 500:
                raise ApiError(400, "The request body has 1 error(s)", [_detail("Size must be 1-500", "to")])
        else:
            targets = [targets]
        for target in targets:
            target_re = USER_ID_RE if multicast else PUSH_TARGET_RE  # multicast is to users only
            if not isinstance(target, str) or not target_re.match(target):
                raise ApiError(400, "The property, 'to', in the request body is invalid (line: -, column: -)")
        messages = _check_messages(body.get("messages"))
        with self._lock:
            if key is not None and key.lower() in self._retry_keys:
                raise ApiError(
                    409, ERR_RETRY_KEY, headers={"x-line-accepted-request-id": self._retry_keys[key.lower()]}
                )
            if any(t not in self._users for t in targets):
                raise ApiError(400, ERR_SEND)
            sent: list[dict[str, str]] = []
            for target in targets:
                if self._users[target].following:
                    sent = self._deliver(target, "push", messages)
                else:
                    self._dropped.append({"to": target, "messages": messages})
            if key is not None:
                self._retry_keys[key.lower()] = request_id
            # LINE answers a push to a blocked user like any other: the sender cannot tell.
            answer: dict[str, Any] = {} if multicast else {"sentMessages": sent or self._ids(messages)}
        return _Answer(200, answer)

    def _loading_start(self, body: Any) -> _Answer:
        if not isinstance(body, dict) or not isinstance(body.get("chatId"), str):
            raise ApiError(400, "The request body has 1 error(s)", [_detail("Must not be empty", "chatId")])
        seconds = body.get("loadingSeconds", 20)
        if not isinstance(seconds, int) or seconds % 5 or not 5 <= seconds <= 60:
            raise ApiError(
                400, "The request body has 1 error(s)", [_detail("Invalid value", "loadingSeconds")]
            )
        with self._lock:
            if body["chatId"] not in self._users:
                raise ApiError(400, "The request body has 1 error(s)", [_detail("Invalid value", "chatId")])
            self._loading[body["chatId"]] = self._clock() + seconds
        return _Answer(202, {})

    # ---- helpers (callers hold the lock) -------------------------------------------------------
    def _known(self, user_id: str) -> _User:
        user = self._users.get(user_id)
        if user is None:
            raise KeyError(f"unknown simulated user {user_id}")
        return user

    def _ids(self, messages: list[dict[str, Any]]) -> list[dict[str, str]]:
        out = []
        for m in messages:
            self._next_message_id += 1
            item = {"id": str(self._next_message_id)}
            if m.get("type") in ("text", "sticker", "image", "video"):
                item["quoteToken"] = secrets.token_urlsafe(24)
            out.append(item)
        return out

    def _deliver(self, user_id: str, via: str, messages: list[dict[str, Any]]) -> list[dict[str, str]]:
        self._loading.pop(user_id, None)
        for m in messages:
            self._append(user_id, "bot", via, m)
        return self._ids(messages)

    def _append(self, user_id: str, who: str, via: str, message: dict[str, Any]) -> None:
        self._seq += 1
        self._inbox.setdefault(user_id, []).append(
            {"seq": self._seq, "at": self._clock(), "from": who, "via": via, "message": message}
        )


def _detail(message: str, prop: str) -> dict[str, str]:
    return {"message": message, "property": prop}


def _check_messages(messages: Any) -> list[dict[str, Any]]:
    """Validate a `messages` array the way LINE does; raise ApiError(400) listing every problem."""
    errors: list[dict[str, str]] = []
    if not isinstance(messages, list) or not 1 <= len(messages) <= 5:
        raise ApiError(
            400, "The request body has 1 error(s)", [_detail("Size must be between 1 and 5", "messages")]
        )
    for i, m in enumerate(messages):
        where = f"messages[{i}]"
        if not isinstance(m, dict) or m.get("type") not in MESSAGE_TYPES:
            errors.append(_detail("Invalid message type", f"{where}.type"))
            continue
        kind = m["type"]
        if kind == "text":
            text = m.get("text")
            if not isinstance(text, str) or not text:
                errors.append(_detail("Must not be empty", f"{where}.text"))
            elif len(text) > 5000:
                errors.append(_detail("Length must be between 0 and 5000", f"{where}.text"))
        elif kind == "flex":
            alt = m.get("altText")
            if not isinstance(alt, str) or not alt:
                errors.append(_detail("Must not be empty", f"{where}.altText"))
            elif len(alt) > 1500:
                errors.append(_detail("Length must be between 0 and 1500", f"{where}.altText"))
            errors.extend(_check_flex_container(m.get("contents"), f"{where}.contents"))
        quick = m.get("quickReply")
        if quick is not None:
            items = quick.get("items") if isinstance(quick, dict) else None
            if not isinstance(items, list) or not 1 <= len(items) <= 13:
                errors.append(_detail("Size must be between 1 and 13", f"{where}.quickReply.items"))
            else:
                for j, item in enumerate(items):
                    action = item.get("action") if isinstance(item, dict) else None
                    errors.extend(_check_action(action, f"{where}.quickReply.items[{j}].action"))
    if errors:
        raise ApiError(400, f"The request body has {len(errors)} error(s)", errors)
    return messages


def _check_action(action: Any, where: str) -> list[dict[str, str]]:
    if not isinstance(action, dict) or action.get("type") not in ACTION_TYPES:
        return [_detail("Invalid action type", f"{where}.type")]
    errors = []
    label = action.get("label")
    if label is not None and (not isinstance(label, str) or len(label) > 20):
        errors.append(_detail("Length must be between 0 and 20", f"{where}.label"))
    kind = action["type"]
    if kind == "message" and not action.get("text"):
        errors.append(_detail("Must not be empty", f"{where}.text"))
    if kind == "postback" and not isinstance(action.get("data"), str):
        errors.append(_detail("Must not be empty", f"{where}.data"))
    if kind == "uri":
        uri = action.get("uri")
        if not isinstance(uri, str) or not re.match(r"^(https?|line|tel):", uri):
            errors.append(_detail("Invalid uri scheme", f"{where}.uri"))
    return errors


def _check_flex_container(contents: Any, where: str) -> list[dict[str, str]]:
    if not isinstance(contents, dict):
        return [_detail("Must not be empty", where)]
    if contents.get("type") == "carousel":
        bubbles = contents.get("contents")
        if not isinstance(bubbles, list) or not 1 <= len(bubbles) <= 12:
            return [_detail("Size must be between 1 and 12", f"{where}.contents")]
        out: list[dict[str, str]] = []
        for i, b in enumerate(bubbles):
            if not isinstance(b, dict) or b.get("type") != "bubble":
                out.append(_detail("Invalid container type", f"{where}.contents[{i}].type"))
            else:
                out.extend(_check_flex_components(b, f"{where}.contents[{i}]"))
        return out
    if contents.get("type") == "bubble":
        return _check_flex_components(contents, where)
    return [_detail("Invalid container type", f"{where}.type")]


def _check_flex_components(node: Any, where: str) -> list[dict[str, str]]:
    """Walk a bubble: every component has a type; texts have text; actions are valid."""
    out: list[dict[str, str]] = []
    if isinstance(node, dict):
        if node.get("type") == "text" and "contents" not in node and not node.get("text"):
            out.append(_detail("Must not be empty", f"{where}.text"))
        if node.get("type") == "button" and not isinstance(node.get("action"), dict):
            out.append(_detail("Must not be empty", f"{where}.action"))
        for key, value in node.items():
            if key == "action":
                out.extend(_check_action(value, f"{where}.action"))
            elif isinstance(value, dict | list):
                out.extend(_check_flex_components(value, f"{where}.{key}"))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            out.extend(_check_flex_components(item, f"{where}[{i}]"))
    return out


# ---- WSGI ----------------------------------------------------------------------------------------------
def platform_blueprint(platform: FakeLinePlatform, name: str = "line_platform") -> Blueprint:
    """A blueprint answering the Messaging API paths under whatever `url_prefix` it is mounted at."""
    bp = Blueprint(name, __name__)

    @bp.route("/<path:subpath>", methods=["GET", "POST", "PUT", "DELETE"])
    def api(subpath: str) -> Response:
        headers = {k.lower(): v for k, v in request.headers.items()}
        answer = platform.handle(request.method, "/" + subpath, headers, request.get_data())
        resp = Response(
            json.dumps(answer.body, ensure_ascii=False), status=answer.status, mimetype="application/json"
        )
        for key, value in answer.headers.items():
            resp.headers[key] = value
        return resp

    return bp


def create_platform_app(platform: FakeLinePlatform | None = None, **kwargs: Any) -> Flask:
    """A standalone fake Messaging API (for tests and benchmarks); kwargs build the platform if not given."""
    platform = platform or FakeLinePlatform(**kwargs)
    app = Flask("tsunagu_fake_line")
    app.register_blueprint(platform_blueprint(platform))
    app.extensions["line_platform"] = platform
    return app


class PlatformServer:
    """Serve a WSGI app on 127.0.0.1 (a free port) in a background thread: `with PlatformServer(app) as s:`."""

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0) -> None:
        self._server: BaseWSGIServer = make_server(host, port, app, threaded=True)
        self.url = f"http://{host}:{self._server.server_port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="wsgi-loopback",
            daemon=True,
        )

    def __enter__(self) -> PlatformServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join(timeout=5)
        self._server.server_close()


# ---- webhooks ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class WebhookResult:
    status: int
    body: str
    events: list[dict[str, Any]]


class WebhookClient:
    """Builds LINE webhook events for simulated users, signs them and POSTs them to the bot."""

    def __init__(self, platform: FakeLinePlatform, target: Any, timeout: float = 10.0) -> None:
        self.platform = platform
        self.target = target  # a URL (…/callback) or a Flask test client
        self.timeout = timeout

    # event builders -------------------------------------------------------------------------------
    def event(self, kind: str, user_id: str, *, reply: bool = True, **extra: Any) -> dict[str, Any]:
        now = time.time()
        ev: dict[str, Any] = {
            "type": kind,
            "mode": "active",
            "timestamp": int(now * 1000),
            "source": {"type": "user", "userId": user_id},
            "webhookEventId": ulid(now),
            "deliveryContext": {"isRedelivery": False},
        }
        if reply:
            ev["replyToken"] = self.platform.new_reply_token(user_id)
        ev.update(extra)
        return ev

    def _message_event(self, user_id: str, message: dict[str, Any]) -> dict[str, Any]:
        message = {"id": self._message_id(), **message}
        if message["type"] in ("text", "sticker", "image"):
            message["quoteToken"] = secrets.token_urlsafe(24)
        self.platform.record_user_message(user_id, message)
        return self.event("message", user_id, message=message)

    @staticmethod
    def _message_id() -> str:
        return str(secrets.randbelow(9 * 10**17) + 10**17)

    # what a resident does ---------------------------------------------------------------------------
    def follow(self, user_id: str, unblocked: bool | None = None) -> WebhookResult:
        """Add the account as a friend; `unblocked` defaults to whether this user followed it before."""
        if unblocked is None:
            unblocked = any(
                u["followedBefore"] and not u["following"]
                for u in self.platform.users()
                if u["userId"] == user_id
            )
        self.platform.set_following(user_id, True)
        return self.send([self.event("follow", user_id, follow={"isUnblocked": unblocked})])

    def unfollow(self, user_id: str) -> WebhookResult:
        self.platform.set_following(user_id, False)
        return self.send([self.event("unfollow", user_id, reply=False)])

    def text(self, user_id: str, text: str) -> WebhookResult:
        return self.send([self._message_event(user_id, {"type": "text", "text": text})])

    def sticker(
        self, user_id: str, package_id: str = "446", sticker_id: str = "1988", keywords: Iterable[str] = ()
    ) -> WebhookResult:
        msg: dict[str, Any] = {
            "type": "sticker",
            "packageId": package_id,
            "stickerId": sticker_id,
            "stickerResourceType": "STATIC",
        }
        if keywords:
            msg["keywords"] = list(keywords)[:15]
        return self.send([self._message_event(user_id, msg)])

    def image(self, user_id: str) -> WebhookResult:
        return self.send(
            [self._message_event(user_id, {"type": "image", "contentProvider": {"type": "line"}})]
        )

    def location(
        self,
        user_id: str,
        latitude: float,
        longitude: float,
        title: str | None = None,
        address: str | None = None,
    ) -> WebhookResult:
        msg: dict[str, Any] = {"type": "location", "latitude": latitude, "longitude": longitude}
        if title:
            msg["title"] = title
        if address:
            msg["address"] = address
        return self.send([self._message_event(user_id, msg)])

    def postback(
        self,
        user_id: str,
        data: str,
        params: dict[str, str] | None = None,
        display_text: str | None = None,
    ) -> WebhookResult:
        if display_text:
            # LINE shows displayText in the chat as the resident's own words.
            self.platform.record_user_message(user_id, {"type": "text", "text": display_text})
        content: dict[str, Any] = {"data": data}
        if params:
            content["params"] = params
        return self.send([self.event("postback", user_id, postback=content)])

    # delivery -------------------------------------------------------------------------------------------
    def redeliver(self, event: dict[str, Any]) -> WebhookResult:
        """Send an event again the way LINE's redelivery does: same webhookEventId, isRedelivery true."""
        again = json.loads(json.dumps(event))
        again["deliveryContext"] = {"isRedelivery": True}
        return self.send([again])

    def body(self, events: list[dict[str, Any]]) -> bytes:
        payload = {"destination": self.platform.bot_user_id, "events": events}
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    def send(self, events: list[dict[str, Any]], signature: str | None = None) -> WebhookResult:
        """POST events in one webhook; `signature` overrides the real one (to test rejection)."""
        body = self.body(events)
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "X-Line-Signature": signature
            if signature is not None
            else sign(body, self.platform.channel_secret),
            "User-Agent": "LineBotWebhook/2.0",
        }
        if not isinstance(self.target, str):
            resp = self.target.post("/callback", data=body, headers=headers)
            return WebhookResult(resp.status_code, resp.get_data(as_text=True), events)
        req = urllib.request.Request(self.target, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310 — our own URL
                return WebhookResult(resp.status, resp.read().decode("utf-8", "replace"), events)
        except urllib.error.HTTPError as err:
            with err:
                return WebhookResult(err.code, err.read().decode("utf-8", "replace"), events)


@contextmanager
def running_platform(**kwargs: Any) -> Iterator[tuple[FakeLinePlatform, str]]:
    """A fake platform served on loopback: `with running_platform() as (platform, url):` (url = API root)."""
    app = create_platform_app(**kwargs)
    with PlatformServer(app) as server:
        yield app.extensions["line_platform"], server.url
