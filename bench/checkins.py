"""Benchmark: how fast the worker's check-in job queues due check-ins (claim + queue_push + next slot).

Usage: .venv/bin/python bench/checkins.py [--n 2000] [--workers 2]
Runs on a SQLite file, and on PostgreSQL too when TSUNAGU_TEST_DATABASE_URL is set (in a schema of its own,
dropped afterwards). Each worker is a thread with its own sessions calling `jobs.send_due` until nothing is
due, as worker processes do; delivery to LINE is not part of this (the outbox job does it). Prints the
throughput and checks that every check-in was queued exactly once.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select, text  # noqa: E402

from bot.db import Base, make_engine, make_sessionmaker, normalize_url, utcnow  # noqa: E402
from bot.migrate import import_all_models  # noqa: E402
from bot.models import OutboundSend, Resident  # noqa: E402
from handoff.checkins import actions, jobs  # noqa: E402
from handoff.checkins.models import CheckIn  # noqa: E402
from handoff.models import StaffUser  # noqa: E402


def run(url: str, n: int, workers: int) -> tuple[float, int, int]:
    import_all_models()
    engine = make_engine(url)
    Base.metadata.create_all(engine)
    sessions = make_sessionmaker(engine)
    try:
        with sessions() as s:
            staff = StaffUser(username="bench", display_name="bench", role="coordinator", password_hash="x")
            s.add(staff)
            now = utcnow()
            for i in range(n):
                r = Resident(line_user_id=f"U{secrets.token_hex(16)}", display_name=f"r{i}")
                s.add(r)
                s.flush()
                spec = actions.PlanSpec(first_at=now + timedelta(seconds=1), every=None if i % 2 else 7)
                actions.create_plan(s, staff, r, spec, quiet=None, now=now)
            s.commit()
        time.sleep(1.1)
        counts = [0] * workers

        def work(k: int) -> None:
            counts[k] = jobs.send_due(sessions, "逗子市", None, budget=600)

        threads = [threading.Thread(target=work, args=(k,)) for k in range(workers)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - t0
        with sessions() as s:
            sends = s.scalar(select(func.count()).select_from(OutboundSend)) or 0
            sent = s.scalar(select(func.count()).select_from(CheckIn).where(CheckIn.status == "sent")) or 0
        assert sum(counts) == n == sends == sent, (counts, sends, sent)
        return elapsed, sends, min(counts)
    finally:
        with engine.begin() as conn:
            Base.metadata.drop_all(conn)
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    targets = []
    with tempfile.TemporaryDirectory() as tmp:
        targets.append(("SQLite file", f"sqlite:///{tmp}/bench.sqlite", None))
        pg = os.environ.get("TSUNAGU_TEST_DATABASE_URL")
        if pg:
            schema = f"bench_{secrets.token_hex(4)}"
            admin = make_engine(pg)
            with admin.begin() as conn:
                conn.execute(text(f'CREATE SCHEMA "{schema}"'))
            sep = "&" if "?" in pg else "?"
            targets.append(
                (
                    "PostgreSQL",
                    normalize_url(pg) + f"{sep}options=" + quote(f"-csearch_path={schema}"),
                    schema,
                )
            )
        print(f"{args.n} due check-ins, {args.workers} workers")
        print("| database | seconds | check-ins/s | each queued once | fewest by one worker |")
        print("|---|---:|---:|---|---:|")
        try:
            for name, url, _ in targets:
                elapsed, sends, fewest = run(url, args.n, args.workers)
                print(f"| {name} | {elapsed:.2f} | {sends / elapsed:.0f} | yes ({sends}) | {fewest} |")
        finally:
            for _, _, schema in targets:
                if schema:
                    with admin.begin() as conn:
                        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
                    admin.dispose()


if __name__ == "__main__":
    main()
