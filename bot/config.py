"""Configuration from the environment, with defaults for development and a strict check for production.

`load_config()` returns the settings as a plain dict (the Flask app's config); `check_config()` refuses
to start a production process that lacks a secret, instead of failing at the first message.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ENVIRONMENTS = ("production", "development", "test")
SECRETS = ("LINE_CHANNEL_SECRET", "LINE_CHANNEL_ACCESS_TOKEN", "SECRET_KEY")

# Tunables of the transport, each overridable by an environment variable of the same name.
# They are operational knobs (not wording or city data), so they live here rather than in YAML.
_NUMERIC_DEFAULTS: dict[str, float] = {
    "TSUNAGU_LINE_TIMEOUT": 5.0,  # seconds, every Messaging API call (the SDK has no default timeout)
    "TSUNAGU_LOADING_TIMEOUT": 2.0,  # seconds, the loading animation call (nice to have, never waited on long)
    "TSUNAGU_REPLY_TOKEN_TTL": 50.0,  # seconds a reply token is trusted after the event (LINE: about a minute)
    "TSUNAGU_EVENT_LEASE": 60.0,  # seconds a process owns an event or a send before others may take it over
    "TSUNAGU_EVENT_MAX_ATTEMPTS": 5,  # processing attempts before an event is marked failed (and kept)
    "TSUNAGU_SEND_MAX_ATTEMPTS": 10,  # delivery attempts before a send is marked failed (and kept)
    "TSUNAGU_SEND_BACKOFF": 2.0,  # seconds, first retry delay; doubles each attempt
    "TSUNAGU_SEND_BACKOFF_MAX": 300.0,  # seconds, longest retry delay
    "TSUNAGU_WEB_THREADS": 32,  # background processing threads per web process (fast path); 0 = worker only
    "TSUNAGU_WEB_PREPARE": 2,  # of those, how many may prepare answers (classify, build cards) at once
    "TSUNAGU_WORKER_THREADS": 16,
    "TSUNAGU_WORKER_NICE": 10,  # the worker yields the CPU to web processes on a shared machine (0 = off)  # threads a worker job uses to drain a backlog (events, sends)
}


def default_instance_path() -> Path:
    """`instance/` at the project root: the app, the worker and `tsunagu db` agree on the SQLite file."""
    return Path(__file__).resolve().parent.parent / "instance"


class ConfigError(RuntimeError):
    """The environment does not allow tsunagu to start (said in words an operator can act on)."""


def load_config(
    instance_path: str | os.PathLike[str] | None, environ: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Settings from `environ` (default `os.environ`); DATABASE_URL defaults to a SQLite file in the instance folder."""
    env = os.environ if environ is None else environ
    instance = Path(instance_path) if instance_path else default_instance_path()
    cfg: dict[str, Any] = {
        "TSUNAGU_ENV": env.get("TSUNAGU_ENV", "development"),
        "LINE_CHANNEL_SECRET": env.get("LINE_CHANNEL_SECRET", ""),
        "LINE_CHANNEL_ACCESS_TOKEN": env.get("LINE_CHANNEL_ACCESS_TOKEN", ""),
        "LINE_API_ENDPOINT": env.get("LINE_API_ENDPOINT", "https://api.line.me").rstrip("/"),
        "DATABASE_URL": env.get("DATABASE_URL") or f"sqlite:///{instance / 'tsunagu.sqlite'}",
        "TSUNAGU_CITY": env.get("TSUNAGU_CITY", "zushi"),
        "SECRET_KEY": env.get("SECRET_KEY", ""),
    }
    for key, default in _NUMERIC_DEFAULTS.items():
        raw = env.get(key)
        try:
            cfg[key] = type(default)(raw) if raw not in (None, "") else default
        except ValueError as exc:
            raise ConfigError(f"{key}={raw!r} is not a number") from exc
    return cfg


def check_config(cfg: Mapping[str, Any]) -> None:
    """Raise `ConfigError` naming every missing secret in production, or an unknown TSUNAGU_ENV."""
    env = cfg.get("TSUNAGU_ENV")
    if env not in ENVIRONMENTS:
        raise ConfigError(f"TSUNAGU_ENV={env!r}; use one of {', '.join(ENVIRONMENTS)}")
    if env == "production":
        missing = [key for key in SECRETS if not cfg.get(key)]
        if missing:
            raise ConfigError(
                "cannot start in production without " + ", ".join(missing) + " (set them in the environment)"
            )
        if str(cfg.get("DATABASE_URL", "")).startswith("sqlite") and cfg.get("TSUNAGU_REQUIRE_POSTGRES"):
            raise ConfigError("TSUNAGU_REQUIRE_POSTGRES is set but DATABASE_URL is SQLite")


def prepare_database_dir(url: str) -> None:
    """Create the folder of a SQLite file URL (the default lives in a fresh `instance/`)."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and url[len(prefix) :] not in ("", ":memory:"):
        Path(url[len(prefix) :]).parent.mkdir(parents=True, exist_ok=True)
