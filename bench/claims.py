"""Benchmark: counselors racing to claim tickets on PostgreSQL (`handoff.actions.claim_ticket`).

2 processes × 20 simulated counselors (threads, each with its own connection) claim 1,000 queued tickets.
Every counselor repeatedly looks at the head of the queue (emergency, then high, then oldest), picks one of
the first few rows — as people looking at the same screen do — and clicks "claim". Prints claims per second,
lost races, and the number of double claims (a ticket claimed more than once), which must be 0.

    .venv/bin/python bench/claims.py [--url postgresql://postgres@127.0.0.1:5432/test]
        [--processes 2] [--counselors 20] [--tickets 1000] [--head 5]

The run uses a schema of its own, dropped at the end. URL: --url, else TSUNAGU_BENCH_DATABASE_URL, else
TSUNAGU_TEST_DATABASE_URL, else the local default above.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import secrets
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select, text  # noqa: E402

from bot.db import Base, make_engine, make_sessionmaker, normalize_url, session_scope  # noqa: E402
from bot.migrate import import_all_models  # noqa: E402

HEAD = 5  # default: how many rows at the head of the queue a counselor chooses among


def schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return normalize_url(base) + f"{sep}options=" + quote(f"-csearch_path={schema}")


def setup(url: str, processes: int, counselors: int, tickets: int) -> None:
    from bot.models import Resident
    from handoff.models import RISK_PRIORITY, StaffUser, Ticket

    import_all_models()
    engine = make_engine(url)
    Base.metadata.create_all(engine)
    rng = random.Random(7)
    with session_scope(make_sessionmaker(engine)) as s:
        s.add_all(
            StaffUser(username=f"c{i}", display_name=f"C{i}", role="counselor", password_hash="-")
            for i in range(processes * counselors)
        )
        residents = [Resident(line_user_id=f"U{i:032x}") for i in range(tickets)]
        s.add_all(residents)
        s.flush()
        for r in residents:
            risk = rng.choices(["none", "high", "emergency"], weights=[85, 12, 3])[0]
            s.add(Ticket(resident_id=r.id, reason="request_human", risk=risk, priority=RISK_PRIORITY[risk]))
    engine.dispose()


def counselor(
    url_engine: object,
    staff_id: int,
    head_size: int,
    results: list[tuple[int, int]],
    start: threading.Barrier,
) -> None:
    from handoff.actions import claim_ticket
    from handoff.models import StaffUser, Ticket

    factory = make_sessionmaker(url_engine)  # type: ignore[arg-type]  # an Engine shared by the threads
    rng = random.Random(staff_id)
    won = lost = 0
    start.wait()
    with factory() as s:
        me = s.get(StaffUser, staff_id)
        s.expunge(me)  # claim_ticket reads only its id
    while True:
        with factory() as s:
            head = s.scalars(
                select(Ticket.id)
                .where(Ticket.status == "open", Ticket.owner_id.is_(None))
                .order_by(Ticket.priority.desc(), Ticket.opened_at, Ticket.id)
                .limit(head_size)
            ).all()
            if not head:
                break
            if claim_ticket(s, rng.choice(head), me):
                s.commit()
                won += 1
            else:
                s.rollback()
                lost += 1
    results.append((won, lost))


def worker(url: str, staff_ids: list[int], head_size: int, go: mp.Event, out: mp.Queue) -> None:  # type: ignore[type-arg]
    engine = make_engine(url, pool_size=len(staff_ids), max_overflow=0)
    results: list[tuple[int, int]] = []
    start = threading.Barrier(len(staff_ids) + 1)
    threads = [
        threading.Thread(target=counselor, args=(engine, sid, head_size, results, start)) for sid in staff_ids
    ]
    for t in threads:
        t.start()
    go.wait()
    start.wait()
    for t in threads:
        t.join()
    engine.dispose()
    out.put((sum(w for w, _ in results), sum(lost for _, lost in results)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--url",
        default=os.environ.get("TSUNAGU_BENCH_DATABASE_URL")
        or os.environ.get("TSUNAGU_TEST_DATABASE_URL")
        or "postgresql://postgres@127.0.0.1:5432/test",
    )
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--counselors", type=int, default=20)
    parser.add_argument("--tickets", type=int, default=1000)
    parser.add_argument("--head", type=int, default=HEAD, help="counselors choose among this many queue rows")
    args = parser.parse_args()
    if not args.url.startswith(("postgres://", "postgresql")):
        parser.error("this benchmark is about PostgreSQL; give a postgresql:// URL")

    from handoff.models import StaffUser, Ticket, TicketEvent

    schema = f"bench_claims_{secrets.token_hex(4)}"
    admin = make_engine(args.url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = schema_url(args.url, schema)
    try:
        setup(url, args.processes, args.counselors, args.tickets)
        engine = make_engine(url)
        with make_sessionmaker(engine)() as s:
            staff_ids = list(s.scalars(select(StaffUser.id).order_by(StaffUser.id)))
        ctx = mp.get_context("spawn")
        go, out = ctx.Event(), ctx.Queue()
        procs = [
            ctx.Process(target=worker, args=(url, staff_ids[i :: args.processes], args.head, go, out))
            for i in range(args.processes)
        ]
        for p in procs:
            p.start()
        time.sleep(2.0)  # let every process connect and park its threads at the start line
        began = time.perf_counter()
        go.set()
        totals = [out.get(timeout=600) for _ in procs]
        elapsed = time.perf_counter() - began
        for p in procs:
            p.join()
        won, lost = sum(w for w, _ in totals), sum(x for _, x in totals)
        with make_sessionmaker(engine)() as s:
            per_ticket = (
                select(TicketEvent.ticket_id, func.count().label("n"))
                .where(TicketEvent.kind == "claimed")
                .group_by(TicketEvent.ticket_id)
                .subquery()
            )
            double = s.scalar(select(func.count()).select_from(per_ticket).where(per_ticket.c.n > 1)) or 0
            unowned = s.scalar(select(func.count()).select_from(Ticket).where(Ticket.owner_id.is_(None))) or 0
        engine.dispose()
        print(
            f"processes × counselors: {args.processes} × {args.counselors}; tickets: {args.tickets}; "
            f"each picks among the first {args.head} of the queue"
        )
        print(f"claims won: {won} in {elapsed:.2f} s → {won / elapsed:.0f} claims/s")
        print(f"lost races (someone else was faster): {lost}")
        print(f"double claims: {double + max(0, won - args.tickets)}")
        print(f"tickets left unclaimed: {unowned}")
        if double or won != args.tickets or unowned:
            sys.exit("FAILED: every ticket must be claimed exactly once")
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    main()
