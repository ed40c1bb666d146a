"""The Flask application factory `create_app()`, the web process's runtime, and `tsunagu serve`.

`Runtime` is what one web process holds: the engine and sessions, the LINE adapter, and a small thread
pool that processes events right after the webhook has stored them (the fast path). Nothing in it is
needed by another process — the database is the source of truth; the worker picks up whatever a web
process did not finish.
"""

from __future__ import annotations

import atexit
import importlib
import logging
import os
import secrets
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import click
from flask import Flask, current_app

from bot import outbox, processing
from bot.config import check_config, default_instance_path, load_config, prepare_database_dir
from bot.line_adapter import LineSender, WebhookVerifier
from bot.worker import WorkerContext, build_context

log = logging.getLogger(__name__)

# Blueprints of other parts, registered when their package is installed ("module:attribute").
PARTS: tuple[str, ...] = ("handoff.console:bp", "handoff.checkins.views:bp")
# Webhook bodies are a few kilobytes; anything far larger is not LINE.
MAX_BODY_BYTES = 1024 * 1024


class Runtime:
    """Per-process resources of the web app; threads are started lazily (after gunicorn forks)."""

    def __init__(self, config: Mapping[str, Any]) -> None:
        prepare_database_dir(str(config["DATABASE_URL"]))
        self.ctx, self.engine = build_context(config)
        self.sessions = self.ctx.sessions
        self.sessions.configure(info={outbox.DELIVER_SOON: self.deliver_soon})
        self.verifier = WebhookVerifier(str(config["LINE_CHANNEL_SECRET"]))
        self._threads = int(config["TSUNAGU_WEB_THREADS"])
        # Threads may wait on LINE in any number, but only a few prepare answers (CPU) at the same time.
        self._prepare_gate = threading.BoundedSemaphore(max(1, int(config["TSUNAGU_WEB_PREPARE"])))
        self._pool: ThreadPoolExecutor | None = None
        self._loading_pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._pending: set[Future[Any]] = set()
        self.closed = False

    @property
    def sender(self) -> LineSender:
        return self.ctx.sender

    def _pools(self) -> tuple[ThreadPoolExecutor, ThreadPoolExecutor]:
        with self._lock:
            if self.closed:
                raise RuntimeError("runtime is closed")
            if self._pool is None or self._loading_pool is None:
                # The webhook's request threads share this interpreter with processing threads that
                # classify text and build replies. A shorter GIL switch interval (CPython's default is
                # 5 ms) lets a request thread back in sooner after each database round trip, which is
                # what keeps acknowledgements fast while answers are being prepared.
                sys.setswitchinterval(min(sys.getswitchinterval(), 0.001))
                self._pool = ThreadPoolExecutor(max(1, self._threads), thread_name_prefix="tsunagu-process")
                # Separate, so that a busy processing pool never waits on its own queued animation calls.
                self._loading_pool = ThreadPoolExecutor(
                    max(2, self._threads // 4), thread_name_prefix="tsunagu-loading"
                )
            return self._pool, self._loading_pool

    def _submit(self, fn: Callable[..., Any], *args: Any) -> bool:
        """Run `fn` on a free background thread; False (and nothing queued) when every thread is busy.

        Work is never queued in this process's memory: what finds no free thread stays `pending` in the
        database and the worker's sweep takes it within seconds. Under overload this sheds processing to
        the workers instead of letting it crowd out the acknowledgements this process must give LINE.
        """
        with self._lock:
            if self.closed or len(self._pending) >= max(1, self._threads):
                return False
        try:
            pool, _ = self._pools()
            future = pool.submit(self._guard, fn, *args)
        except RuntimeError:  # shutting down: the worker will take it
            return False
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._done)
        return True

    def _done(self, future: Future[Any]) -> None:
        with self._lock:
            self._pending.discard(future)

    @staticmethod
    def _guard(fn: Callable[..., Any], *args: Any) -> Any:
        try:
            return fn(*args)
        except Exception:
            # The worker's sweep retries whatever this left unfinished; log and let the thread live.
            log.exception("background processing failed")
            return None

    def process_soon(self, event_ids: Sequence[int]) -> None:
        """Process just-stored events in the background (the worker's sweep is the safety net)."""
        if self._threads <= 0:
            return  # worker-only deployment: web processes just store and acknowledge
        if not self._submit(
            processing.process_new, self.ctx, list(event_ids), self._start_loading, self._prepare_gate
        ):
            log.debug("web process busy: %d event(s) left to the worker", len(event_ids))

    def deliver_soon(self, send_id: int) -> None:
        """Deliver a just-committed send in the background (staff replies, check-ins)."""
        if self._threads <= 0:
            return
        self._submit(outbox.deliver, self.ctx, send_id)

    def _start_loading(self, call: Callable[[], object]) -> Future[object]:
        try:
            _, loading_pool = self._pools()
            return loading_pool.submit(call)
        except RuntimeError:  # shutting down: the animation is a courtesy, the answer is not
            done: Future[object] = Future()
            done.set_result(None)
            return done

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Wait until background work submitted so far has finished (tests, graceful shutdown)."""
        with self._lock:
            pending = list(self._pending)
        for future in pending:
            try:
                future.result(timeout=timeout)
            except TimeoutError:
                return False
        return True

    def close(self) -> None:
        """Finish background work, then release threads, connections and sockets."""
        with self._lock:
            if self.closed:
                return
            self.closed = True
            pools = [p for p in (self._pool, self._loading_pool) if p is not None]
        for pool in pools:
            pool.shutdown(wait=True)
        self.ctx.sender.close()
        self.engine.dispose()


def get_runtime(app: Flask | None = None) -> Runtime:
    """The runtime of `app` (default: the current app)."""
    return (app or current_app).extensions["tsunagu"]


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the web app: defaults, then the environment, then `test_config`; refuse a bad production setup."""
    app = Flask(__name__, instance_path=str(default_instance_path()), instance_relative_config=True)
    app.config.update(load_config(app.instance_path))
    if test_config:
        app.config.update(test_config)
    check_config(app.config)
    if not app.config["SECRET_KEY"]:
        # Development only (production refuses to start without one): sessions last as long as the process.
        app.config["SECRET_KEY"] = secrets.token_hex(32)
    if app.config.get("MAX_CONTENT_LENGTH") is None:  # Flask's default is "no limit"
        app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES

    runtime = Runtime(app.config)
    app.extensions["tsunagu"] = runtime
    # What other parts (the console) use for their request sessions.
    app.extensions["tsunagu.sessionmaker"] = runtime.sessions
    atexit.register(runtime.close)

    from bot.webhook import bp as webhook_bp

    app.register_blueprint(webhook_bp)
    for target in PARTS:
        blueprint = _optional(target)
        if blueprint is not None:
            app.register_blueprint(blueprint)
    return app


def _optional(target: str) -> Any:
    """`module:attribute` when the module is installed; a broken module that exists still raises."""
    module_name, attr = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name is not None and module_name.startswith(exc.name):
            return None
        raise
    return getattr(module, attr)


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--no-worker", is_flag=True, help="web only (run `tsunagu worker` elsewhere)")
def serve_command(host: str, port: int, no_worker: bool) -> None:
    """Run tsunagu on one machine: upgrade the database, start the worker, serve the web app."""
    from werkzeug.serving import run_simple

    from bot.migrate import upgrade

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    config = load_config(default_instance_path())
    check_config(config)
    prepare_database_dir(str(config["DATABASE_URL"]))
    upgrade(str(config["DATABASE_URL"]))
    app = create_app()
    worker = None
    if not no_worker:
        # The scheduler runs in its own process, as in production (never inside the web process).
        worker = subprocess.Popen([sys.executable, "-m", "bot.cli", "worker"], env=dict(os.environ))  # noqa: S603
    click.echo(f"tsunagu serving on http://{host}:{port} (webhook: /callback, health: /healthz)")

    def _terminate(_signum: int, _frame: object) -> None:
        raise SystemExit(0)  # unwinds into the `finally` below, so the worker is stopped too

    signal.signal(signal.SIGTERM, _terminate)
    try:
        run_simple(host, port, app, threaded=True, use_reloader=False)
    finally:
        if worker is not None:
            worker.terminate()
            try:
                worker.wait(timeout=10)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()
        get_runtime(app).close()


def worker_context(app: Flask) -> WorkerContext:
    """The app's `WorkerContext` (for tools and tests that run jobs in-process)."""
    return get_runtime(app).ctx
