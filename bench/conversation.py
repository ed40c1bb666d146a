"""Benchmark of the conversation: how long `respond()` takes to store, classify and build the answer.

LINE stops waiting after 2 s and the reply token must be used within about a minute, so the time between a
stored event and the replies being ready matters. This measures `bot.conversation.respond` alone (real
classifier, real city pack, SQLite file database, one unit of work per event, commit included) for a mix
of resident messages, and the size of what it builds (messages per answer, Flex JSON bytes; LINE's cap
is 30 KB per Flex message).

    .venv/bin/python bench/conversation.py [--rounds N] [--city zushi]
"""

from __future__ import annotations

import argparse
import json
import secrets
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from bot.city import load_city  # noqa: E402
from bot.conversation import ConversationContext, respond  # noqa: E402
from bot.db import Base, make_engine, make_sessionmaker, session_scope  # noqa: E402
from bot.events import InEvent  # noqa: E402
from bot.models import Resident  # noqa: E402

# (kind, text): the kinds of things residents send; none copied from any data set.
MIX = [
    ("greeting", "こんにちは"),
    ("one concern", "父の物忘れが急にひどくなって心配です"),
    ("compound", "息子が何年も家から出てこなくて、私の年金だけでは暮らしが苦しい"),
    ("high", "電気とガスが止められてしまいました"),
    ("emergency", "もう生きているのがつらい。消えてしまいたい"),
    ("out of scope", "粗大ごみの出し方を教えて"),
    ("long", "母の介護と子どもの世話で毎日くたくたです。" * 120),
]


def _import_models() -> None:
    import importlib

    for name in ("bot.models", "handoff.models", "handoff.checkins.models"):
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30, help="residents per message kind")
    parser.add_argument("--city", default="zushi")
    args = parser.parse_args()

    _import_models()
    city = load_city(args.city)
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/bench.sqlite")
        Base.metadata.create_all(engine)
        sessions = make_sessionmaker(engine)
        ctx = ConversationContext(city=city, clock=lambda: datetime(2026, 11, 24, 1, 0, tzinfo=UTC))
        respond_once(sessions, ctx, "warm-up", "text", text="こんにちは")  # load dictionaries and tokenizer

        print(f"respond() on SQLite, city {city.city_name}, {args.rounds} residents per kind (ms)")
        print(f"{'kind':<14}{'p50':>8}{'p95':>8}{'max':>8}{'msgs':>6}{'flex KB':>9}")
        overall: list[float] = []
        for kind, text in MIX:
            times, counts, flex_kb = [], [], 0.0
            for i in range(args.rounds):
                start = time.perf_counter()
                replies = respond_once(sessions, ctx, f"{kind}-{i}", "text", text=text)
                times.append((time.perf_counter() - start) * 1000)
                counts.append(len(replies))
                for r in replies:
                    wire = r.to_wire()
                    if wire["type"] == "flex":
                        size = len(json.dumps(wire["contents"], ensure_ascii=False).encode()) / 1024
                        flex_kb = max(flex_kb, size)
            overall += times
            times.sort()
            print(
                f"{kind:<14}{statistics.median(times):>8.1f}{times[int(len(times) * 0.95) - 1]:>8.1f}"
                f"{times[-1]:>8.1f}{max(counts):>6}{flex_kb:>9.1f}"
            )
        overall.sort()
        print(
            f"{'all':<14}{statistics.median(overall):>8.1f}{overall[int(len(overall) * 0.95) - 1]:>8.1f}"
            f"{overall[-1]:>8.1f}"
        )
        engine.dispose()


def respond_once(sessions, ctx, who: str, kind: str, **fields):  # type: ignore[no-untyped-def]
    """One event in its own unit of work, as the transport runs it (commit included)."""
    user_id = "U" + secrets.token_hex(16)
    event = InEvent(
        event_id=secrets.token_hex(13),
        kind=kind,  # type: ignore[arg-type]
        source_kind="user",
        user_id=user_id,
        timestamp=ctx.clock(),
        **fields,
    )
    with session_scope(sessions) as session:
        resident = session.scalar(select(Resident).where(Resident.line_user_id == user_id))
        if resident is None:
            resident = Resident(line_user_id=user_id, display_name=who, created_at=ctx.clock())
            session.add(resident)
            session.flush()
        return respond(session, ctx, resident, event)


if __name__ == "__main__":
    main()
