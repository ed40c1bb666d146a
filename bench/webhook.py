"""Benchmark of the LINE front door: webhook acknowledgement latency under load, time to answer, memory.

Runs the production shape on this machine: gunicorn (gthread) on `bot.app:create_app()` plus a `tsunagu
worker`, against PostgreSQL when `TSUNAGU_BENCH_DATABASE_URL` (or `TSUNAGU_TEST_DATABASE_URL`) is set — in a
private schema dropped afterwards — else a SQLite file. The fake LINE Messaging API (bot.simulator.platform)
runs in this process and answers every call after `--api-latency` seconds (300 ms by default).

Load is open-loop: signed webhooks, one text message each from a different resident, sent at `--rate` per
second for `--duration` seconds whatever the answers take. Printed:
  ack p50/p95/p99/max  — time for POST /callback to return 200 (LINE gives up after 2 s; target p99 ≤ 50 ms)
  answer p50/p95       — message sent → the bot's reply (or push) received by the platform, 300 ms API included
  RSS per process      — gunicorn master and workers, the worker process, at the end of the run

    .venv/bin/python bench/webhook.py                      # 50 req/s for 60 s (the recorded figures)
    .venv/bin/python bench/webhook.py --duration 10        # a quick look during development
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from bot.db import make_engine, normalize_url  # noqa: E402
from bot.simulator.platform import FakeLinePlatform, PlatformServer, create_platform_app, sign, ulid  # noqa: E402

TOKENS: dict[str, str] = {}  # reply token → the resident it was issued for
MESSAGES = [
    "母が同じことを何回も聞いてくるようになりました",
    "家賃が払えなくて困っています",
    "息子が何年も部屋から出てきません",
    "仕事が見つからず生活費が足りません",
    "ひとり暮らしで話し相手がいません",
    "介護と子育てが重なってつかれました",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return sorted(out)


@contextmanager
def database() -> Any:
    pg = os.environ.get("TSUNAGU_BENCH_DATABASE_URL") or os.environ.get("TSUNAGU_TEST_DATABASE_URL")
    if not pg:
        with tempfile.TemporaryDirectory() as tmp:
            yield f"sqlite:///{tmp}/bench.sqlite", "SQLite"
        return
    schema = f"bench_{os.getpid()}_{secrets.token_hex(3)}"
    admin = make_engine(pg)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in pg else "?"
    try:
        yield normalize_url(pg) + f"{sep}options=" + quote(f"-csearch_path={schema}"), "PostgreSQL"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def wait_healthy(url: str, proc: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("gunicorn exited during start-up")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as resp:  # noqa: S310 — loopback
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.25)
    raise SystemExit("the app did not become healthy")


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rate", type=float, default=50.0, help="webhooks per second")
    ap.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    ap.add_argument("--api-latency", type=float, default=0.3, help="seconds the fake Messaging API takes")
    ap.add_argument("--web-workers", type=int, default=2)
    ap.add_argument("--web-threads", type=int, default=8, help="gunicorn request threads per worker")
    ap.add_argument(
        "--fast-path-threads",
        type=int,
        default=None,
        help="TSUNAGU_WEB_THREADS (default: the app's); 0 = worker only",
    )
    args = ap.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # the fake API's access log is noise here

    platform = FakeLinePlatform(reply_token_ttl=120)
    platform.set_latency(args.api_latency)
    total = int(args.rate * args.duration)
    users = [platform.add_user(f"住民{i}") for i in range(total)]
    for u in users:
        platform.set_following(u, True)

    with ExitStack() as stack:
        db_url, db_name = stack.enter_context(database())
        api = stack.enter_context(PlatformServer(create_platform_app(platform)))
        port = free_port()
        env = {
            **os.environ,
            "TSUNAGU_ENV": "production",
            "DATABASE_URL": db_url,
            "LINE_CHANNEL_SECRET": platform.channel_secret,
            "LINE_CHANNEL_ACCESS_TOKEN": platform.access_token,
            "LINE_API_ENDPOINT": api.url,
            "SECRET_KEY": secrets.token_hex(16),
            "PYTHONPATH": str(ROOT),
        }
        if args.fast_path_threads is not None:
            env["TSUNAGU_WEB_THREADS"] = str(args.fast_path_threads)
        subprocess.run([sys.executable, "-m", "bot.cli", "db", "upgrade"], env=env, check=True, cwd=ROOT)  # noqa: S603
        gunicorn = subprocess.Popen(  # noqa: S603
            [
                sys.executable, "-m", "gunicorn", "--worker-class", "gthread",
                "--workers", str(args.web_workers), "--threads", str(args.web_threads),
                "--bind", f"127.0.0.1:{port}", "--log-level", "warning", "bot.app:create_app()",
            ],
            env=env, cwd=ROOT,
        )  # fmt: skip
        stack.callback(stop, gunicorn)
        worker = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "worker"], env=env, cwd=ROOT, stderr=subprocess.DEVNULL
        )  # noqa: S603
        stack.callback(stop, worker)
        base = f"http://127.0.0.1:{port}"
        wait_healthy(base, gunicorn)
        # Warm up every gunicorn worker (imports, classifier dictionaries) outside the measured window.
        warm = platform.add_user("warm-up")
        platform.set_following(warm, True)
        for i in range(args.web_workers * 4):
            post(base, platform, warm, "こんにちは", i)
        time.sleep(3)

        sent_at: dict[str, float] = {}
        acks: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()

        def fire(i: int) -> None:
            user = users[i]
            start = time.time()
            with lock:
                sent_at[user] = start
            try:
                status = post(base, platform, user, MESSAGES[i % len(MESSAGES)], i)
                elapsed = time.time() - start
                with lock:
                    if status == 200:
                        acks.append(elapsed)
                    else:
                        errors.append(f"HTTP {status}")
            except OSError as exc:
                with lock:
                    errors.append(type(exc).__name__)

        print(f"load: {args.rate:g} webhooks/s for {args.duration:g} s ({total}), Messaging API {args.api_latency * 1000:.0f} ms, "
              f"{db_name}, gunicorn {args.web_workers}×{args.web_threads} threads, "
              f"fast path {env.get('TSUNAGU_WEB_THREADS', 'default')}", flush=True)  # fmt: skip
        cpu_before = {pid: cpu_seconds(pid) for pid in [*children(gunicorn.pid), worker.pid, os.getpid()]}
        began = time.monotonic()
        with ThreadPoolExecutor(max_workers=64) as pool:
            for i in range(total):
                delay = began + i / args.rate - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                pool.submit(fire, i)
        load_seconds = time.monotonic() - began

        # Wait for the answers to arrive (processing may trail the load).
        deadline = time.monotonic() + 120
        answered: dict[str, float] = {}
        while time.monotonic() < deadline:
            answered = first_answers(platform)
            if all(u in answered for u in users):
                break
            time.sleep(0.5)
        rss = {"gunicorn master": rss_mb(gunicorn.pid)}
        cpu = {}
        for n, pid in enumerate(children(gunicorn.pid)):
            rss[f"gunicorn worker {n + 1}"] = rss_mb(pid)
            cpu[f"gunicorn worker {n + 1}"] = cpu_seconds(pid) - cpu_before.get(pid, 0.0)
        rss["tsunagu worker"] = rss_mb(worker.pid)
        cpu["tsunagu worker"] = cpu_seconds(worker.pid) - cpu_before.get(worker.pid, 0.0)
        cpu["bench (load + fake API)"] = cpu_seconds(os.getpid()) - cpu_before.get(os.getpid(), 0.0)
        health = json.loads(urllib.request.urlopen(base + "/healthz", timeout=5).read())  # noqa: S310

    latencies = [answered[u] - sent_at[u] for u in users if u in answered and u in sent_at]
    ms = 1000
    print(
        f"sent {total} in {load_seconds:.1f} s; acknowledged {len(acks)}, errors {len(errors)} {sorted(set(errors))}"
    )
    print(
        f"ack ms: p50 {pct(acks, 50) * ms:.1f}  p95 {pct(acks, 95) * ms:.1f}  p99 {pct(acks, 99) * ms:.1f}  "
        f"max {max(acks, default=float('nan')) * ms:.1f}  mean {statistics.fmean(acks) * ms if acks else float('nan'):.1f}"
    )
    print(
        f"message-in → reply-sent ms: p50 {pct(latencies, 50) * ms:.0f}  p95 {pct(latencies, 95) * ms:.0f}  "
        f"p99 {pct(latencies, 99) * ms:.0f}  answered {len(latencies)}/{total}"
    )
    replies = sum(1 for r in platform.requests("/v2/bot/message/reply") if r.status == 200)
    pushes = sum(1 for r in platform.requests("/v2/bot/message/push") if r.status == 200)
    print(f"answers by reply token {replies}, by push {pushes}; backlog at the end {health}")
    print("RSS MB: " + ", ".join(f"{k} {v:.0f}" for k, v in rss.items()))
    print("CPU s during the run: " + ", ".join(f"{k} {v:.1f}" for k, v in cpu.items()))
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


def post(base: str, platform: FakeLinePlatform, user: str, message: str, i: int) -> int:
    now = time.time()
    token = platform.new_reply_token(user)
    TOKENS[token] = user
    event = {
        "type": "message",
        "mode": "active",
        "timestamp": int(now * 1000),
        "source": {"type": "user", "userId": user},
        "webhookEventId": ulid(now),
        "deliveryContext": {"isRedelivery": False},
        "replyToken": token,
        "message": {
            "id": str(10**17 + i),
            "type": "text",
            "text": message,
            "quoteToken": secrets.token_hex(8),
        },
    }
    body = json.dumps({"destination": platform.bot_user_id, "events": [event]}, ensure_ascii=False).encode()
    req = urllib.request.Request(
        base + "/callback",
        data=body,
        headers={"Content-Type": "application/json", "X-Line-Signature": sign(body, platform.channel_secret)},
        method="POST",
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:  # noqa: S310 — loopback
            return int(resp.status)
    except urllib.error.HTTPError as err:
        with err:
            return int(err.code)


def first_answers(platform: FakeLinePlatform) -> dict[str, float]:
    """When each resident's first answer reached the platform (reply or push), by user ID."""
    out: dict[str, float] = {}
    for r in platform.requests():
        if r.status != 200 or not isinstance(r.json, dict):
            continue
        if r.path == "/v2/bot/message/push":
            user = r.json.get("to")
        elif r.path == "/v2/bot/message/reply":
            user = TOKENS.get(r.json.get("replyToken", ""))
        else:
            continue
        if user and user not in out:
            out[user] = r.at
    return out


if __name__ == "__main__":
    main()
