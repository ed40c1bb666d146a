"""The `/simulator` chat page: a LINE-like phone chat in the browser, speaking real LINE wire format.

`simulator_blueprint(platform, places)` serves the page (`templates/simulator/chat.html`, `static/`) and a small
JSON API the page calls. Every resident action becomes a signed webhook POSTed to the bot's `/callback`
(over HTTP, by `WebhookClient`); the bot's answers arrive at the fake Messaging API (`platform.py`, mounted
separately) and the page polls the resident's inbox. The bot is never called directly.

JSON API (under the blueprint's prefix):
  GET  /api/state                          → {"bot": {...}, "users": [...], "places": [...], "stickers": [...]}
  POST /api/users {"displayName"}          → 201 {"user": {...}}
  GET  /api/users/<id>/messages?after=N    → {"messages": [inbox entries], "following", "followedBefore",
                                              "loading": bool, "last": N}
  POST /api/users/<id>/send {"type": …}    → {"ok": bool, "status": <callback status>}
       types: text{text} · sticker{packageId, stickerId} · image · location{latitude, longitude, title?,
       address?} or location{place: <index>} · postback{data, displayText?} · follow · unfollow
  POST /api/time {"days": 1..366}          → {"ok", "days", "plans", "checkins", "handled", "sent",
                                              "delivered", "quiet": bool, "quietUntil": ISO or null}
       moves the demo's check-in world forward (`clock.py`), then sends what fell due; 503 without the app
"""

from __future__ import annotations

import math
import urllib.error
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from flask import Blueprint, Flask, Response, current_app, jsonify, render_template, request

from bot.simulator import clock
from bot.simulator.platform import FakeLinePlatform, WebhookClient

TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"
MAX_TEXT = 5000  # LINE's own limit for a text message
MAX_NAME = 40


@dataclass(frozen=True)
class Place:
    """A point the resident can share as their location (from the city pack's areas)."""

    name: str
    latitude: float
    longitude: float
    address: str = ""


# LINE's free "basic" stickers (package 446) with the keywords LINE attaches; the page shows the emoji.
STICKERS: tuple[dict[str, Any], ...] = (
    {"packageId": "446", "stickerId": "1988", "emoji": "😊", "keywords": ["Happy", "Smile"]},
    {"packageId": "446", "stickerId": "1989", "emoji": "👍", "keywords": ["OK", "Good"]},
    {"packageId": "446", "stickerId": "1990", "emoji": "🙏", "keywords": ["Thanks", "Please"]},
    {"packageId": "446", "stickerId": "2008", "emoji": "😢", "keywords": ["Sad", "Cry"]},
    {"packageId": "446", "stickerId": "2005", "emoji": "😰", "keywords": ["Worried", "Trouble"]},
    {"packageId": "446", "stickerId": "2027", "emoji": "🙇", "keywords": ["Sorry", "Bow"]},
)


def places_from_city(city: Any) -> list[Place]:
    """Shareable places from a city pack: each town (町名) of each area with a point, else the area's point.

    Uses only the pack's documented surface (`areas`, each with `name`, `point`, `towns`), so the
    simulator needs no change when the pack's internals do.
    """
    prefix = f"{getattr(city, 'prefecture', '')}{getattr(city, 'city_name', '')}"
    out: list[Place] = []
    for area in getattr(city, "areas", None) or ():
        towns = [t for t in getattr(area, "towns", ()) or () if getattr(t, "point", None) is not None]
        for town in towns:
            out.append(
                Place(f"{town.name}（{area.name}）", town.point.lat, town.point.lon, f"{prefix}{town.name}")
            )
        if not towns and getattr(area, "point", None) is not None:
            out.append(Place(area.name, area.point.lat, area.point.lon, prefix))
    return out


def simulator_blueprint(
    platform: FakeLinePlatform,
    places: Sequence[Place] = (),
    *,
    callback_url: str | None = None,
    bot_name: str = "つなぐ相談",
    name: str = "simulator",
) -> Blueprint:
    """The chat page and its JSON API. `callback_url` defaults to this server's own `/callback`."""
    bp = Blueprint(
        name,
        __name__,
        static_folder="static",
        static_url_path="/static",
        template_folder=str(TEMPLATES),
    )
    places = list(places)

    def client() -> WebhookClient:
        target = callback_url or request.host_url.rstrip("/") + "/callback"
        return WebhookClient(platform, target, timeout=10.0)

    def error(status: int, message: str) -> tuple[Response, int]:
        return jsonify({"ok": False, "error": message}), status

    @bp.get("/")
    def page() -> str:
        return render_template("simulator/chat.html", bot_name=bot_name)

    @bp.get("/api/state")
    def state() -> Response:
        return jsonify(
            {
                "bot": {"name": bot_name, "userId": platform.bot_user_id},
                "users": _users(platform),
                "places": [asdict(p) for p in places],
                "stickers": list(STICKERS),
            }
        )

    @bp.post("/api/users")
    def create_user() -> tuple[Response, int]:
        body = request.get_json(silent=True) or {}
        display = str(body.get("displayName") or "").strip()
        if not display or len(display) > MAX_NAME:
            return error(400, f"名前を1〜{MAX_NAME}文字で入れてください")
        uid = platform.add_user(display, language=str(body.get("language") or "ja")[:8])
        user = next(u for u in _users(platform) if u["userId"] == uid)
        return jsonify({"ok": True, "user": user}), 201

    @bp.get("/api/users/<user_id>/messages")
    def messages(user_id: str) -> Response | tuple[Response, int]:
        user = _user(platform, user_id)
        if user is None:
            return error(404, "その利用者はいません")
        try:
            after = int(request.args.get("after", "0"))
        except ValueError:
            return error(400, "after must be a number")
        entries = platform.inbox(user_id, after=after)
        return jsonify(
            {
                "messages": entries,
                "following": user["following"],
                "followedBefore": user["followedBefore"],
                "loading": platform.loading(user_id) is not None,
                "last": entries[-1]["seq"] if entries else after,
            }
        )

    @bp.post("/api/users/<user_id>/send")
    def send(user_id: str) -> tuple[Response, int]:
        user = _user(platform, user_id)
        if user is None:
            return error(404, "その利用者はいません")
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            return error(400, "JSON body expected")
        kind = body.get("type")
        if kind not in ("follow", "unfollow") and not user["following"]:
            return error(409, "友だち追加してから送ってください")
        wh = client()
        try:
            if kind == "text":
                text = body.get("text")
                if not isinstance(text, str) or not text.strip():
                    return error(400, "メッセージが空です")
                if len(text) > MAX_TEXT:
                    return error(400, f"{MAX_TEXT}文字までです")
                result = wh.text(user_id, text)
            elif kind == "sticker":
                sticker = next(
                    (s for s in STICKERS if s["stickerId"] == str(body.get("stickerId"))), STICKERS[0]
                )
                result = wh.sticker(user_id, sticker["packageId"], sticker["stickerId"], sticker["keywords"])
            elif kind == "image":
                result = wh.image(user_id)
            elif kind == "location":
                loc = _location(body, places)
                if loc is None:
                    return error(400, "場所がわかりません")
                result = wh.location(
                    user_id, loc.latitude, loc.longitude, loc.name or None, loc.address or None
                )
            elif kind == "postback":
                data = body.get("data")
                if not isinstance(data, str) or len(data.encode()) > 300:
                    return error(400, "postback data must be a string of at most 300 bytes")
                shown = body.get("displayText")
                result = wh.postback(user_id, data, display_text=shown if isinstance(shown, str) else None)
            elif kind == "follow":
                result = wh.follow(user_id)
            elif kind == "unfollow":
                result = wh.unfollow(user_id)
            else:
                return error(400, f"unknown type {kind!r}")
        except (urllib.error.URLError, OSError) as exc:
            current_app.logger.warning("simulator: the bot's /callback did not answer: %s", exc)
            return error(502, "ボットにつながりません")
        ok = 200 <= result.status < 300
        return jsonify({"ok": ok, "status": result.status}), (200 if ok else 502)

    @bp.post("/api/time")
    def advance_time() -> tuple[Response, int]:
        body = request.get_json(silent=True)
        days = body.get("days") if isinstance(body, dict) else None
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= clock.MAX_DAYS:
            return error(400, f"days は1〜{clock.MAX_DAYS}の整数です")
        from bot.app import get_runtime

        try:
            ctx = get_runtime(current_app).ctx
        except KeyError:
            # The page mounted on a bare app (tests of the page alone): there is no check-in world to move.
            return error(503, "この画面には tsunagu 本体がつながっていません")
        done = clock.advance(ctx, days)
        current_app.logger.info(
            "simulator: time moved %d days (%d check-ins handled, %d sends delivered)",
            days,
            done.handled,
            done.delivered,
        )
        return jsonify(
            {
                "ok": True,
                "days": done.days,
                "plans": done.plans,
                "checkins": done.checkins,
                "handled": done.handled,
                "sent": done.sent,
                "delivered": done.delivered,
                "quiet": done.quiet,
                "quietUntil": done.quiet_until.isoformat() if done.quiet_until else None,
            }
        ), 200

    return bp


def _users(platform: FakeLinePlatform) -> list[dict[str, Any]]:
    out = []
    for user in platform.users():
        inbox = platform.inbox(user["userId"])
        last_bot = [e["seq"] for e in inbox if e["from"] == "bot"]
        out.append(
            {**user, "lastSeq": inbox[-1]["seq"] if inbox else 0, "lastBotSeq": max(last_bot, default=0)}
        )
    return out


def _user(platform: FakeLinePlatform, user_id: str) -> dict[str, Any] | None:
    return next((u for u in platform.users() if u["userId"] == user_id), None)


def _location(body: dict[str, Any], places: Sequence[Place]) -> Place | None:
    """A shared location: a listed place by index, or a point (title/address optional)."""
    if "place" in body:
        try:
            return places[int(body["place"])]
        except (TypeError, ValueError, IndexError):
            return None
    try:
        lat, lon = float(body["latitude"]), float(body["longitude"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return Place(str(body.get("title") or "")[:100], lat, lon, str(body.get("address") or "")[:100])


def mount(app: Flask, platform: FakeLinePlatform, places: Sequence[Place] = (), **kwargs: Any) -> None:
    """Mount the simulator on an app: the page at `/simulator`, the fake Messaging API at `/simulator/line-api`.

    The API is exempt from CSRF when Flask-WTF protects the app (line-bot-sdk calls it, as it calls LINE);
    the page's own JSON calls carry the token in `X-CSRFToken`.
    """
    from bot.simulator.platform import platform_blueprint

    api = platform_blueprint(platform)
    page = simulator_blueprint(platform, places, **kwargs)
    csrf = app.extensions.get("csrf")
    if csrf is not None:
        csrf.exempt(api)
    app.register_blueprint(api, url_prefix="/simulator/line-api")
    app.register_blueprint(page, url_prefix="/simulator")
