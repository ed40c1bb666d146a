"""A fake LINE Messaging API on loopback that checks every request the bot makes against LINE's OpenAPI.

`bot.simulator.platform.FakeLinePlatform` answers like LINE (reply tokens, retry keys, fault injection);
this module serves it with werkzeug's `make_server` in a thread, behind a WSGI layer that validates each
request body against `../shared/line-openapi/messaging-api.yml` (discriminators resolved by
`tests/openapi.py`). A body that does not validate — or a call to a path tsunagu has no business calling —
fails the test that caused it, at teardown, with the errors listed.

Use the `line_api` fixture (function scope); `line_api.platform` is the FakeLinePlatform, `line_api.url` the
API root to give the bot as `LINE_API_ENDPOINT`.
"""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.simulator.platform import FakeLinePlatform, PlatformServer, create_platform_app
from tests.conftest import shared_path
from tests.openapi import errors

# Request schema of every Messaging API call tsunagu may make (path → component name).
REQUEST_SCHEMAS = {
    "/v2/bot/message/reply": "ReplyMessageRequest",
    "/v2/bot/message/push": "PushMessageRequest",
    "/v2/bot/chat/loading/start": "ShowLoadingAnimationRequest",
}
__all__ = ["Frontdoor", "LineApi", "ValidatingMiddleware", "frontdoor_config", "shared_path"]
BODYLESS_GETS = ("/v2/bot/profile/", "/v2/bot/info")


class ValidatingMiddleware:
    """WSGI layer: validate the JSON body of each call, record problems, pass the call on unchanged."""

    def __init__(self, app: Any, openapi_file: Path) -> None:
        self.app = app
        self.openapi_file = openapi_file
        self.problems: list[str] = []
        self.checked = 0
        self._lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        method = environ["REQUEST_METHOD"]
        path = environ.get("PATH_INFO", "")
        length = int(environ.get("CONTENT_LENGTH") or 0)
        raw = environ["wsgi.input"].read(length) if length else b""
        environ["wsgi.input"] = io.BytesIO(raw)
        problems = self._check(method, path, raw)
        with self._lock:
            self.checked += 1
            self.problems.extend(f"{method} {path}: {p}" for p in problems)
        return self.app(environ, start_response)

    def _check(self, method: str, path: str, raw: bytes) -> list[str]:
        if method == "GET" and path.startswith(BODYLESS_GETS):
            return []
        schema = REQUEST_SCHEMAS.get(path)
        if method != "POST" or schema is None:
            return ["tsunagu called an API it does not use"]
        try:
            body = json.loads(raw)
        except ValueError:
            return ["body is not JSON"]
        return errors(schema, body, self.openapi_file)


class LineApi:
    """The running fake API: `platform`, `url`, and what the validating layer found."""

    def __init__(self, platform: FakeLinePlatform, url: str, checker: ValidatingMiddleware) -> None:
        self.platform = platform
        self.url = url
        self.checker = checker

    def sent_to(self, user_id: str) -> list[dict[str, Any]]:
        """Messages delivered to a user's phone (reply or push), oldest first."""
        return self.platform.delivered(user_id)

    def calls(self, path: str) -> list[Any]:
        return self.platform.requests(path)


@pytest.fixture
def line_api() -> Iterator[LineApi]:
    openapi_file = shared_path("line-openapi", "messaging-api.yml")
    platform = FakeLinePlatform()
    checker = ValidatingMiddleware(create_platform_app(platform), openapi_file)
    with PlatformServer(checker) as server:
        yield LineApi(platform, server.url, checker)
    assert not checker.problems, "the bot sent requests LINE would reject:\n" + "\n".join(checker.problems)


class Frontdoor:
    """The bot's web app wired to the fake API, and a resident-side webhook client that signs like LINE."""

    def __init__(self, app: Any, line_api: LineApi) -> None:
        from bot.app import get_runtime
        from bot.simulator.platform import WebhookClient

        self.app = app
        self.api = line_api
        self.platform = line_api.platform
        self.runtime = get_runtime(app)
        self.ctx = self.runtime.ctx
        self.http = app.test_client()
        self.line = WebhookClient(self.platform, self.http)

    def user(self, name: str = "住民") -> str:
        return self.platform.add_user(name)

    def settle(self, timeout: float = 15.0) -> None:
        """Wait for the background processing of everything sent so far, then run the worker's inbound
        sweep once, as the worker process would (a busy web process leaves events to it)."""
        from bot import processing

        assert self.runtime.wait_idle(timeout), "background processing did not finish in time"
        processing.sweep(self.ctx)

    def say(self, user_id: str, text: str) -> list[dict[str, Any]]:
        """A resident writes; returns what reached their phone in answer."""
        before = len(self.platform.delivered(user_id))
        result = self.line.text(user_id, text)
        assert result.status == 200, result.body
        self.settle()
        return self.platform.delivered(user_id)[before:]


def frontdoor_config(db_url: str, line_api: LineApi, **extra: Any) -> dict[str, Any]:
    return {
        "TSUNAGU_ENV": "test",
        "DATABASE_URL": db_url,
        "LINE_CHANNEL_SECRET": line_api.platform.channel_secret,
        "LINE_CHANNEL_ACCESS_TOKEN": line_api.platform.access_token,
        "LINE_API_ENDPOINT": line_api.url,
        "SECRET_KEY": "test-secret",
        "TSUNAGU_CITY": "zushi",
        "TSUNAGU_WEB_THREADS": 4,
        **extra,
    }


@pytest.fixture
def frontdoor(engine: Any, db_url: str, line_api: LineApi) -> Iterator[Frontdoor]:
    """The app on a fresh database (SQLite and PostgreSQL legs), talking to the validating fake API."""
    from bot.app import create_app, get_runtime

    app = create_app(frontdoor_config(db_url, line_api))
    try:
        yield Frontdoor(app, line_api)
    finally:
        get_runtime(app).close()
