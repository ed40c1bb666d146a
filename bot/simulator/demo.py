"""`tsunagu demo`: the whole of tsunagu on a laptop, with a LINE simulator instead of a LINE channel.

One process runs the production app (`bot.app.create_app`), the worker's jobs (APScheduler, in a thread),
a fake LINE Platform at `/simulator/line-api` and the chat page at `/simulator`. The bot is configured
exactly as in production — `LINE_API_ENDPOINT` points at the fake platform, the channel secret and access
token are generated for the session — so every answer travels the production path: signed webhook →
`/callback` → processing → line-bot-sdk over HTTP → the simulator's inbox.

The SQLite database lives in `./demo-data/` (git-ignored) and starts empty each run; `--keep` keeps it and
the simulated residents with their chats (`simulator.json`, written when the demo stops).
Demo staff accounts get fresh passwords each run; they are printed with the URLs. Nothing is opened.
`start_demo()` is the same thing as a library call (the browser tests and the screenshots use it).
"""

from __future__ import annotations

import json
import logging
import secrets
import signal
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
from werkzeug.serving import BaseWSGIServer, make_server

from bot.simulator.platform import FakeLinePlatform
from bot.simulator.web import mount, places_from_city

log = logging.getLogger(__name__)

# Who the demo console knows: (username, display name, role). Passwords are generated per run.
DEMO_STAFF: tuple[tuple[str, str, str], ...] = (
    ("counselor", "相談員 つなぎ", "counselor"),
    ("coordinator", "生活支援コーディネーター みまもり", "coordinator"),
    ("admin", "管理者", "admin"),
)
# Residents already in the simulator's list (none has added the account yet).
DEMO_RESIDENTS: tuple[tuple[str, str], ...] = (
    ("山田 花子", "ja"),
    ("佐藤 健一", "ja"),
    ("Maria Santos", "en"),
)


@dataclass(frozen=True)
class StaffLogin:
    username: str
    password: str
    role: str
    display_name: str


class _LateApp:
    """A WSGI app set after the socket is bound: the bot's config needs the port the OS picked."""

    app: Any = None

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        return self.app(environ, start_response)


@dataclass
class Demo:
    """A running (or ready to run) demo; `close()` stops the worker and server and frees everything."""

    app: Any
    platform: FakeLinePlatform
    base_url: str
    staff: list[StaffLogin]
    server: BaseWSGIServer
    scheduler: Any
    state_file: Path | None = None
    _thread: threading.Thread | None = field(default=None, repr=False)

    @property
    def simulator_url(self) -> str:
        return self.base_url + "/simulator/"

    @property
    def console_url(self) -> str:
        return self.base_url + "/console/"

    def serve_in_thread(self) -> Demo:
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.1}, name="demo-http", daemon=True
        )
        self._thread.start()
        return self

    def close(self) -> None:
        from bot.app import get_runtime

        if self.state_file is not None:
            # The residents' phones, so that `--keep` brings back the chats that match the kept database.
            self.state_file.write_text(
                json.dumps(self.platform.snapshot(), ensure_ascii=False), encoding="utf-8"
            )
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=True)
        if self._thread is not None:
            self.server.shutdown()
            self._thread.join(timeout=10)
        self.server.server_close()
        get_runtime(self.app).close()


def start_demo(
    data_dir: Path | str = "demo-data",
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    city: str | None = None,
    keep: bool = False,
    worker: bool = True,
) -> Demo:
    """Build the demo: database, app, simulator, staff, worker. Call `.serve_in_thread()` or serve it."""
    from bot.app import create_app, get_runtime, worker_context
    from bot.city import load_city
    from bot.migrate import upgrade

    data = Path(data_dir).resolve()
    data.mkdir(parents=True, exist_ok=True)
    db_file = data / "tsunagu.sqlite"
    state_file = data / "simulator.json"
    if not keep:
        for stale in (db_file, data / "tsunagu.sqlite-wal", data / "tsunagu.sqlite-shm", state_file):
            stale.unlink(missing_ok=True)
    url = f"sqlite:///{db_file}"

    late = _LateApp()
    server = make_server(host, port, late, threaded=True)
    base_url = f"http://{host}:{server.server_port}"
    app = None
    try:
        upgrade(url)
        platform = FakeLinePlatform()
        config = {
            "TSUNAGU_ENV": "development",
            "DATABASE_URL": url,
            "LINE_CHANNEL_SECRET": platform.channel_secret,
            "LINE_CHANNEL_ACCESS_TOKEN": platform.access_token,
            "LINE_API_ENDPOINT": base_url + "/simulator/line-api",
            "SECRET_KEY": secrets.token_hex(32),
        }
        if city:
            config["TSUNAGU_CITY"] = city
        app = create_app(config)
        pack = load_city(app.config["TSUNAGU_CITY"])
        platform.bot_name = f"{pack.city_name} くらしの相談"
        mount(
            app,
            platform,
            places_from_city(pack),
            callback_url=base_url + "/callback",
            bot_name=platform.bot_name,
        )
        if keep and state_file.exists():
            platform.restore(json.loads(state_file.read_text(encoding="utf-8")))
        else:
            for name, language in DEMO_RESIDENTS:
                platform.add_user(name, language=language)
        staff = _demo_staff(app)
        late.app = app
        scheduler = _start_worker(worker_context(app)) if worker else None
    except BaseException:
        server.server_close()
        if app is not None:
            get_runtime(app).close()
        raise
    return Demo(app, platform, base_url, staff, server, scheduler, state_file)


def _demo_staff(app: Any) -> list[StaffLogin]:
    """Create (or reset) the demo console accounts with fresh passwords."""
    from sqlalchemy import select

    from handoff.models import StaffUser

    logins = []
    with app.extensions["tsunagu.sessionmaker"]() as session:
        for username, display_name, role in DEMO_STAFF:
            password = secrets.token_urlsafe(12)
            user = session.scalar(select(StaffUser).where(StaffUser.username == username))
            if user is None:
                user = StaffUser(username=username, display_name=display_name, role=role)
                session.add(user)
            user.role, user.active = role, True
            user.set_password(password)
            logins.append(StaffLogin(username, password, role, display_name))
        session.commit()
    return logins


def _start_worker(ctx: Any) -> Any:
    """The worker's jobs on their intervals, in a background thread of this process (demo only)."""
    from apscheduler.schedulers.background import BackgroundScheduler

    from bot.worker import JOBS, resolve, run_job

    scheduler = BackgroundScheduler(
        timezone="UTC", job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 30}
    )
    for name, target, seconds in JOBS:
        resolve(target)
        scheduler.add_job(run_job, "interval", seconds=seconds, args=(ctx, name, target), id=name, name=name)
    scheduler.start()
    return scheduler


@click.command("demo")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--data-dir", default="demo-data", show_default=True, type=click.Path(file_okay=False))
@click.option("--city", default=None, help="city pack (default: TSUNAGU_CITY or zushi)")
@click.option("--keep", is_flag=True, help="keep the previous run's database and simulated chats")
def demo_command(host: str, port: int, data_dir: str, city: str | None, keep: bool) -> None:
    """Try tsunagu without a LINE account: the full app with a LINE simulator, on SQLite."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("werkzeug").setLevel(
        logging.WARNING
    )  # the page polls: request lines would drown all else
    for noisy in ("apscheduler", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    from bot.city import CityPackError

    try:
        demo = start_demo(data_dir, host=host, port=port, city=city, keep=keep)
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port} ({exc}); try --port 8001") from exc
    except CityPackError as exc:
        raise click.ClickException(f"the city pack cannot be used:\n{exc}") from exc
    width = max(len(s.username) for s in demo.staff)
    lines = [
        "",
        "tsunagu demo is running (Ctrl+C stops it)",
        f"  LINE simulator (be a resident):  {demo.simulator_url}",
        f"  Counselor console:               {demo.console_url}",
        "  Demo staff accounts (new passwords each run):",
        *(f"    {s.username:<{width}}  {s.password}   {s.role}" for s in demo.staff),
        f"  Database: {Path(data_dir).resolve() / 'tsunagu.sqlite'}" + (" (kept)" if keep else " (fresh)"),
        "",
    ]
    click.echo("\n".join(lines))

    def _stop(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt  # SIGTERM ends the demo as Ctrl+C does: state saved, threads joined

    signal.signal(signal.SIGTERM, _stop)
    try:
        # werkzeug's server returns (rather than raises) on KeyboardInterrupt
        demo.server.serve_forever(poll_interval=0.2)
    finally:
        click.echo("stopping…")
        demo.close()
