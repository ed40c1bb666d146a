"""A web process killed after the 200 and before the answer: on restart the event is answered exactly once.

The bot runs in a real subprocess (`create_app()` served by werkzeug) against the fake Messaging API in this
process. The fake API kills the bot with SIGKILL at the moment it calls a chosen path — before the call is
answered or delivered — so no code in the bot knows it is being tested. A worker process started afterwards
(`tsunagu worker --once`, as after a restart) must finish the job: by push, since the reply token has expired.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest
from lineplatform import ValidatingMiddleware, shared_path
from sqlalchemy import select

from bot.db import make_engine, make_sessionmaker
from bot.models import InboundEvent, OutboundSend
from bot.simulator.platform import FakeLinePlatform, PlatformServer, WebhookClient, create_platform_app

pytestmark = pytest.mark.slow

SERVE = """
import sys
from werkzeug.serving import make_server
from bot.app import create_app
server = make_server("127.0.0.1", 0, create_app(), threaded=True)
print(server.server_port, flush=True)
server.serve_forever()
"""
LEASE = 4.0  # seconds; short so the test need not wait for the production 60 s, long enough for a loaded CI machine
TOKEN_TTL = 4.5  # the fake platform's reply-token lifetime in this test


class KillSwitch:
    """WSGI layer in front of the fake API: SIGKILL the bot when it calls `path`, before LINE acts on it."""

    def __init__(self, app: Any, path: str) -> None:
        self.app = app
        self.path = path
        self.victim: int | None = None
        self.fired = False

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        if not self.fired and self.victim and environ.get("PATH_INFO") == self.path:
            self.fired = True
            os.kill(self.victim, signal.SIGKILL)
            start_response("503 Service Unavailable", [("Content-Type", "application/json")])
            return [b'{"message": "the caller is gone"}']
        return self.app(environ, start_response)


@pytest.fixture
def world(engine: Any, db_url: str) -> Iterator[tuple[FakeLinePlatform, KillSwitch, dict[str, str]]]:
    platform = FakeLinePlatform(reply_token_ttl=TOKEN_TTL)
    checker = ValidatingMiddleware(
        create_platform_app(platform), shared_path("line-openapi", "messaging-api.yml")
    )
    switch = KillSwitch(checker, "")
    with PlatformServer(switch) as server:
        env = {
            **os.environ,
            "TSUNAGU_ENV": "test",
            "DATABASE_URL": db_url,
            "LINE_CHANNEL_SECRET": platform.channel_secret,
            "LINE_CHANNEL_ACCESS_TOKEN": platform.access_token,
            "LINE_API_ENDPOINT": server.url,
            "SECRET_KEY": "crash-test",
            "TSUNAGU_EVENT_LEASE": str(LEASE),
        }
        yield platform, switch, env
    assert not checker.problems, checker.problems


def start_bot(env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(  # noqa: S603 — our own interpreter and code
        [sys.executable, "-c", SERVE], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    port = proc.stdout.readline().strip()
    assert port.isdigit(), "the bot did not start"
    return proc, f"http://127.0.0.1:{port}/callback"


def run_worker_once(env: dict[str, str]) -> str:
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "bot.cli", "worker", "--once"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def rows(db_url: str) -> tuple[list[InboundEvent], list[OutboundSend]]:
    engine = make_engine(db_url)
    try:
        with make_sessionmaker(engine)() as s:
            return list(s.scalars(select(InboundEvent))), list(s.scalars(select(OutboundSend)))
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "dies_at",
    ["/v2/bot/chat/loading/start", "/v2/bot/message/reply"],
    ids=["while-preparing-the-answer", "while-sending-the-reply"],
)
def test_killed_web_process_is_recovered_and_the_resident_answered_exactly_once(
    world: tuple[FakeLinePlatform, KillSwitch, dict[str, str]], db_url: str, dies_at: str
) -> None:
    platform, switch, env = world
    user = platform.add_user("深夜の相談者")
    platform.set_following(user, True)
    switch.path = dies_at
    bot, callback = start_bot(env)
    switch.victim = bot.pid
    try:
        result = WebhookClient(platform, callback).text(user, "もう疲れました。誰にも相談できません")
        assert result.status == 200  # acknowledged: from here on the event must not be lost
        assert bot.wait(timeout=30) == -signal.SIGKILL
    finally:
        if bot.poll() is None:
            bot.kill()
        if bot.stdout:
            bot.stdout.close()
        bot.wait()
    assert switch.fired
    assert platform.delivered(user) == []  # the process died before anything reached the resident

    time.sleep(max(LEASE, TOKEN_TTL) + 0.5)  # the dead process's lease and the reply token run out
    summary = run_worker_once(env)

    delivered = platform.delivered(user)
    assert delivered, f"not answered after the restart ({summary})"
    (event,), sends = rows(db_url)
    assert event.status == "done"
    assert all(s.status == "sent" and s.via == "push" for s in sends), [
        (s.status, s.via, s.last_error) for s in sends
    ]
    assert delivered == [m for s in sends for m in s.messages]  # exactly once: nothing doubled, nothing lost
    pushes = platform.requests("/v2/bot/message/push")
    assert sorted(p.headers["x-line-retry-key"] for p in pushes) == sorted(s.retry_key for s in sends)

    # Died while preparing: the inbound sweep redoes the event. Died while sending: the outbox takes the
    # recorded send over (its reply token spent) — the event itself is not processed twice.
    handled = dict(pair.split("=") for pair in summary.split())
    expected_job = "inbound" if dies_at.endswith("loading/start") else "outbox"
    assert handled[expected_job] == "1", handled
    assert event.attempts == (2 if expected_job == "inbound" else 1)
