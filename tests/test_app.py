"""The app factory and configuration, the Procfile, and `tsunagu serve` answering LINE end to end."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lineplatform import LineApi, frontdoor_config

from bot.app import create_app, get_runtime
from bot.config import ConfigError, load_config
from bot.simulator.platform import WebhookClient

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if (
            key.startswith(("LINE_", "TSUNAGU_", "DATABASE_URL", "SECRET_KEY"))
            and key != "TSUNAGU_TEST_DATABASE_URL"
        ):
            monkeypatch.delenv(key)


def test_defaults_suit_a_laptop(clean_env: None, tmp_path: Path) -> None:
    cfg = load_config(tmp_path)
    assert cfg["TSUNAGU_ENV"] == "development"
    assert cfg["LINE_API_ENDPOINT"] == "https://api.line.me"
    assert cfg["DATABASE_URL"] == f"sqlite:///{tmp_path / 'tsunagu.sqlite'}"
    assert cfg["TSUNAGU_CITY"] == "zushi"


def test_environment_overrides_defaults(tmp_path: Path) -> None:
    cfg = load_config(
        tmp_path,
        {
            "LINE_API_ENDPOINT": "http://127.0.0.1:9/",
            "TSUNAGU_CITY": "odawara",
            "TSUNAGU_LINE_TIMEOUT": "2.5",
        },
    )
    assert cfg["LINE_API_ENDPOINT"] == "http://127.0.0.1:9"
    assert cfg["TSUNAGU_CITY"] == "odawara"
    assert cfg["TSUNAGU_LINE_TIMEOUT"] == 2.5


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        (("LINE_CHANNEL_SECRET",), "LINE_CHANNEL_SECRET"),
        (("LINE_CHANNEL_ACCESS_TOKEN", "SECRET_KEY"), "LINE_CHANNEL_ACCESS_TOKEN, SECRET_KEY"),
    ],
)
def test_production_without_a_secret_refuses_to_start(
    clean_env: None, db_url: str, line_api: LineApi, missing: tuple[str, ...], message: str
) -> None:
    config = frontdoor_config(db_url, line_api, TSUNAGU_ENV="production")
    for key in missing:
        config[key] = ""
    with pytest.raises(ConfigError, match=f"cannot start in production without {message}"):
        create_app(config)


def test_production_with_its_secrets_starts(
    clean_env: None, engine: Any, db_url: str, line_api: LineApi
) -> None:
    app = create_app(frontdoor_config(db_url, line_api, TSUNAGU_ENV="production"))
    try:
        assert app.test_client().get("/healthz").status_code == 200
    finally:
        get_runtime(app).close()


@pytest.mark.parametrize(("key", "value"), [("TSUNAGU_ENV", "staging"), ("TSUNAGU_LINE_TIMEOUT", "soon")])
def test_bad_setting_is_a_clear_error(
    clean_env: None, monkeypatch: pytest.MonkeyPatch, key: str, value: str
) -> None:
    monkeypatch.setenv(key, value)
    monkeypatch.setenv("DATABASE_URL", "sqlite://")
    with pytest.raises(ConfigError, match=key):
        create_app()


def test_health_is_503_when_the_database_is_not_usable(db_url: str, line_api: LineApi) -> None:
    app = create_app(frontdoor_config(db_url, line_api))  # no tables: `tsunagu db upgrade` never ran
    try:
        resp = app.test_client().get("/healthz")
    finally:
        get_runtime(app).close()
    assert resp.status_code == 503
    assert resp.get_json() == {"status": "unavailable", "database": "error"}


def test_other_parts_and_the_console_share_the_apps_sessions(
    engine: Any, db_url: str, line_api: LineApi
) -> None:
    app = create_app(frontdoor_config(db_url, line_api))
    try:
        assert app.extensions["tsunagu.sessionmaker"] is get_runtime(app).sessions
        assert "webhook" in app.blueprints
        assert "console" in app.blueprints
    finally:
        get_runtime(app).close()


def test_procfile_runs_the_factory_under_gunicorn_and_a_separate_worker() -> None:
    lines = dict(line.split(":", 1) for line in (ROOT / "Procfile").read_text().splitlines() if line.strip())
    assert set(lines) == {"release", "web", "worker"}
    assert "gunicorn" in lines["web"] and "'bot.app:create_app()'" in lines["web"]
    assert lines["worker"].strip() == "tsunagu worker"
    assert lines["release"].strip() == "tsunagu db upgrade && tsunagu dict compile"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(db_url: str, line_api: LineApi, tmp_path: Path) -> Iterator[str]:
    """`tsunagu serve` in a subprocess (it migrates the empty database and starts its own worker)."""
    port = free_port()
    env = {**os.environ, **{k: str(v) for k, v in frontdoor_config(db_url, line_api).items()}}
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "bot.cli", "serve", "--port", str(port)], env=env, stdout=log, stderr=log
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2) as resp:  # noqa: S310
                    if resp.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail("tsunagu serve did not come up:\n" + (tmp_path / "serve.log").read_text())
                time.sleep(0.2)
        yield base
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            log.close()
    assert code == 0, (tmp_path / "serve.log").read_text()


@pytest.mark.slow
def test_serve_answers_a_signed_webhook_end_to_end(served: str, line_api: LineApi) -> None:
    user = line_api.platform.add_user("はじめての相談者")
    client = WebhookClient(line_api.platform, served + "/callback")
    assert client.follow(user).status == 200
    assert client.text(user, "父の物忘れがひどくなってきて心配です").status == 200
    deadline = time.monotonic() + 60
    while len(line_api.platform.requests("/v2/bot/message/reply")) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    replies = line_api.platform.requests("/v2/bot/message/reply")
    assert [r.status for r in replies] == [200, 200]
    assert line_api.platform.delivered(user), "nothing reached the resident"
