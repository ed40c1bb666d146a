"""How fast does the demo answer? A resident's message typed in the simulator → the bot's answer on the phone.

Runs `tsunagu demo` in-process (SQLite in a temporary folder, a free port) and plays residents through the
simulator's own JSON API over HTTP, exactly what the page does: each message becomes a signed webhook to
`/callback`; the answer travels processing → line-bot-sdk → the fake Messaging API. Prints, per scenario,
the webhook acknowledgement time (what LINE waits for, at most 2 s) and the time until the first and the
last message of the answer reached the resident's inbox.

    .venv/bin/python bench/demo.py [--residents 8] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.simulator.demo import Demo, start_demo  # noqa: E402

MESSAGES = [
    ("dementia", "母が同じことを何回も聞いてくる。物忘れがひどくて心配です"),
    ("money", "仕事がなくなって家賃が払えません"),
    ("compound", "父の介護で仕事をやめました。お金も足りなくて、もう疲れました"),
    ("emergency", "もう死にたい。今から飛び降りる"),
    ("greeting", "こんにちは"),
]


def post(demo: Demo, path: str, body: dict[str, Any]) -> tuple[int, float]:
    req = urllib.request.Request(
        demo.base_url + "/simulator" + path,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    start = time.perf_counter()
    with urllib.request.urlopen(req, timeout=30) as resp:  # noqa: S310 — loopback
        resp.read()
        return resp.status, time.perf_counter() - start


def answer_times(
    demo: Demo, uid: str, after: int, sent_at: float, timeout: float = 30.0
) -> tuple[float, float]:
    """Seconds from sending until the first and the last bot message of this answer were in the inbox."""
    first = last = None
    settled = None
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        now = time.perf_counter()
        bot = [e for e in demo.platform.inbox(uid, after=after) if e["from"] == "bot"]
        if bot and first is None:
            first = now - sent_at
        if bot:
            count = len(bot)
            if settled is None or settled[0] != count:
                settled = (count, now)
                last = now - sent_at
            elif now - settled[1] > 0.5:  # nothing more for half a second: the answer is complete
                break
        time.sleep(0.005)
    if first is None or last is None:
        raise RuntimeError(f"no answer within {timeout}s")
    return first, last


def run(residents: int, rounds: int) -> None:
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        demo = start_demo(tmp, port=0).serve_in_thread()
        try:
            uids = [demo.platform.add_user(f"住民{i}") for i in range(residents)]
            for uid in uids:
                post(demo, f"/api/users/{uid}/send", {"type": "follow"})
            time.sleep(1.0)
            # The first text of a process loads the classifier's dictionaries: measured apart, once.
            after = demo.platform.inbox(uids[0])[-1]["seq"]
            sent_at = time.perf_counter()
            post(demo, f"/api/users/{uids[0]}/send", {"type": "text", "text": "はじめまして"})
            cold = answer_times(demo, uids[0], after, sent_at)[0]
            results: dict[str, dict[str, list[float]]] = {
                k: {"ack": [], "first": [], "last": []} for k, _ in MESSAGES
            }
            lock = threading.Lock()

            def resident(uid: str) -> None:
                for _ in range(rounds):
                    for kind, text in MESSAGES:
                        inbox = demo.platform.inbox(uid)
                        after = inbox[-1]["seq"] if inbox else 0
                        sent_at = time.perf_counter()
                        status, ack = post(demo, f"/api/users/{uid}/send", {"type": "text", "text": text})
                        assert status == 200
                        first, last = answer_times(demo, uid, after, sent_at)
                        with lock:
                            results[kind]["ack"].append(ack)
                            results[kind]["first"].append(first)
                            results[kind]["last"].append(last)

            started = time.perf_counter()
            threads = [threading.Thread(target=resident, args=(u,)) for u in uids]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - started
        finally:
            demo.close()

    def ms(values: list[float], q: float) -> str:
        ordered = sorted(values)
        return f"{1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]:.0f}"

    print(
        f"demo: {residents} residents typing at once, {rounds} rounds of {len(MESSAGES)} messages, wall {wall:.1f}s"
    )
    print(
        "| message | n | ack p50 ms | ack p95 ms | first answer p50 ms | p95 ms | whole answer p50 ms | p95 ms |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    every: dict[str, list[float]] = {"ack": [], "first": [], "last": []}
    for kind, _ in MESSAGES:
        r = results[kind]
        for key in every:
            every[key].extend(r[key])
        print(
            f"| {kind} | {len(r['ack'])} | {ms(r['ack'], 0.5)} | {ms(r['ack'], 0.95)} | {ms(r['first'], 0.5)} | "
            f"{ms(r['first'], 0.95)} | {ms(r['last'], 0.5)} | {ms(r['last'], 0.95)} |"
        )
    print(
        f"| all | {len(every['ack'])} | {ms(every['ack'], 0.5)} | {ms(every['ack'], 0.95)} | {ms(every['first'], 0.5)} | "
        f"{ms(every['first'], 0.95)} | {ms(every['last'], 0.5)} | {ms(every['last'], 0.95)} |"
    )
    print(
        f"ack max {1000 * max(every['ack']):.0f} ms (LINE waits 2000 ms); mean first answer "
        f"{1000 * statistics.mean(every['first']):.0f} ms; cold start (the process's first text) {1000 * cold:.0f} ms"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    run(args.residents, args.rounds)
