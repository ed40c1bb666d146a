"""The worker process (`tsunagu worker`): APScheduler jobs that take their work from the database.

`JOBS` lists `(name, "module:function", seconds)`; each function takes a `WorkerContext` and returns how
many items it handled. The scheduler runs here only — never inside web processes (a scheduler per gunicorn
worker would run every job once per worker). Several worker processes may run at once: every job claims
its work atomically in the database, so two workers never do the same item.

`WorkerContext` is also what the web process's background threads use for the fast path.
"""

from __future__ import annotations

import importlib
import logging
import os
import signal
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import click
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.line_adapter import LineSender

log = logging.getLogger(__name__)

JOBS: list[tuple[str, str, float]] = [
    # Crash recovery and redeliveries: events stored but not (fully) processed, and expired leases.
    ("inbound", "bot.processing:sweep", 2),
    # Pushes queued by staff and check-ins, and retries of sends that failed with 5xx/429/timeouts.
    ("outbox", "bot.outbox:deliver_due", 2),
    # Claimed tickets whose resident waited too long for a reply go back to the queue, flagged.
    ("stale_claims", "handoff.jobs:stale_claims", 30),
    ("login_attempts", "handoff.jobs:prune_login_attempts", 3600),
    # 伴走型支援: due check-ins claimed atomically and queued for the outbox; unanswered ones counted.
    ("checkins", "handoff.checkins.jobs:run", 30),
]


@dataclass
class WorkerContext:
    """What jobs and the processing code need: sessions, the city pack, the sender, settings."""

    sessions: sessionmaker[Session]
    sender: LineSender
    settings: Mapping[str, Any]
    city_name: str = "zushi"
    _city: Any = field(default=None, repr=False)
    _conversation: Any = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def city(self) -> Any:
        """The city pack (`bot.city.CityPack`), loaded on first use."""
        with self._lock:
            if self._city is None:
                from bot.city import load_city

                self._city = load_city(self.city_name)
            return self._city

    @property
    def conversation(self) -> Any:
        """The `bot.conversation.ConversationContext` for this city."""
        city = self.city
        with self._lock:
            if self._conversation is None:
                from bot.conversation import ConversationContext

                self._conversation = ConversationContext(city=city)
            return self._conversation

    def setting(self, name: str) -> Any:
        return self.settings[name]


def in_parallel(ctx: WorkerContext, drain: Callable[[], int], anything_due: Callable[[], bool]) -> int:
    """Run `drain` (a loop taking items atomically until none is left) in `TSUNAGU_WORKER_THREADS` threads.

    Items wait on LINE (300 ms or more per call), so one thread would answer a backlog of a few hundred
    events — after a web process died at peak time — far too slowly. Threads start only when work is due.
    """
    threads = int(ctx.settings.get("TSUNAGU_WORKER_THREADS", 1))
    if threads <= 1 or not anything_due():
        return drain()
    with ThreadPoolExecutor(threads, thread_name_prefix="tsunagu-job") as pool:
        futures = [pool.submit(drain) for _ in range(threads)]
        return sum(f.result() for f in futures)


def build_context(config: Mapping[str, Any], engine: Engine | None = None) -> tuple[WorkerContext, Engine]:
    """A context (and its engine) from an app-style config dict; the caller disposes of the engine."""
    from bot.db import make_engine, make_sessionmaker

    threads = int(config["TSUNAGU_WEB_THREADS"])
    # Background threads each may hold a connection for a moment; the default pool (5 + 10) would make
    # them queue behind each other under load, and the webhook's own request threads with them.
    url = str(config["DATABASE_URL"])
    in_memory = url.startswith("sqlite") and url.rstrip("/").endswith((":memory:", "sqlite:"))
    engine = engine or make_engine(
        url, **({} if in_memory else {"pool_size": 5, "max_overflow": threads + 8})
    )
    sender = LineSender(
        str(config["LINE_CHANNEL_ACCESS_TOKEN"]),
        str(config["LINE_API_ENDPOINT"]),
        timeout=float(config["TSUNAGU_LINE_TIMEOUT"]),
        pool_size=threads + 4,
    )
    ctx = WorkerContext(make_sessionmaker(engine), sender, config, city_name=str(config["TSUNAGU_CITY"]))
    return ctx, engine


def resolve(target: str) -> Callable[[WorkerContext], int]:
    module_name, attr = target.split(":")
    return getattr(importlib.import_module(module_name), attr)


def run_job(ctx: WorkerContext, name: str, target: str) -> int:
    """Run one job, logging (counts only) and never letting an error stop the scheduler."""
    try:
        handled = resolve(target)(ctx)
    except Exception:
        log.exception("worker job %s failed", name)
        return 0
    if handled:
        log.info("worker job %s handled %d item(s)", name, handled)
    return handled


def run_once(ctx: WorkerContext, jobs: list[tuple[str, str, float]] | None = None) -> dict[str, int]:
    """Run every job once, in order (for `tsunagu worker --once`, cron-style deployments and tests)."""
    return {name: run_job(ctx, name, target) for name, target, _ in (jobs or JOBS)}


def run_forever(ctx: WorkerContext, jobs: list[tuple[str, str, float]] | None = None) -> None:
    """Run the jobs on their intervals until SIGTERM/SIGINT."""
    from apscheduler.schedulers.blocking import BlockingScheduler

    scheduler = BlockingScheduler(
        timezone="UTC",
        # A job that is still running is not started again; missed runs collapse into one.
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 30},
    )
    for name, target, seconds in jobs or JOBS:
        resolve(target)  # fail at start-up, not at the first tick, when a job is misnamed
        scheduler.add_job(run_job, "interval", seconds=seconds, args=(ctx, name, target), id=name, name=name)

    def _stop(signum: int, _frame: object) -> None:
        log.info("worker stopping (signal %d)", signum)
        scheduler.shutdown(wait=False)

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    log.info("worker started: %s", ", ".join(f"{n} every {s:g}s" for n, _, s in jobs or JOBS))
    scheduler.start()


@click.command("worker")
@click.option("--once", is_flag=True, help="run every job once and exit")
def worker_command(once: bool) -> None:
    """Run the background worker (inbound sweep, outbox, check-ins…)."""
    from bot.config import check_config, load_config

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    config = load_config(instance_path=None)
    check_config(config)
    nice = int(config["TSUNAGU_WORKER_NICE"])
    if nice > 0 and hasattr(os, "nice"):
        # Where web and worker share CPUs, LINE's 2 s webhook deadline matters more than how soon a
        # backlog drains: the kernel runs the web processes' acknowledgements first.
        os.nice(nice)
    ctx, engine = build_context(config)
    try:
        if once:
            click.echo(" ".join(f"{k}={v}" for k, v in run_once(ctx).items()))
        else:
            run_forever(ctx)
    finally:
        ctx.sender.close()
        engine.dispose()
