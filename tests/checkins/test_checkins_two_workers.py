"""Two worker processes (real subprocesses) against one PostgreSQL database and 500 due check-ins: each is
sent exactly once — counted on the fake LINE Platform's pushes and their retry keys."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from checkin_helpers import checkin_id_of
from sqlalchemy import Engine, select, text

from bot.db import Base, make_engine, make_sessionmaker, utcnow
from bot.models import Resident
from bot.simulator.platform import FakeLinePlatform, running_platform
from handoff.checkins import actions
from handoff.checkins.models import CheckIn
from handoff.models import StaffUser

ROOT = Path(__file__).resolve().parents[2]
N = 500

# Each worker waits for the start signal, then runs the check-in job and the outbox until both are idle.
# Quiet hours are not applied here (the test may run at any hour; they have their own tests).
WORKER = """
import sys, time
from pathlib import Path
from bot import outbox
from bot.config import load_config
from bot.worker import build_context
from handoff.checkins import jobs

go = Path(sys.argv[1])
ctx, engine = build_context(load_config(None))
while not go.exists():
    time.sleep(0.01)
queued = idle = 0
while idle < 3:
    n = jobs.send_due(ctx.sessions, "逗子市", None)
    d = outbox.deliver_due(ctx)
    queued += n
    idle = idle + 1 if n == 0 and d == 0 else 0
    time.sleep(0.05 if idle else 0)
print(queued, flush=True)
ctx.sender.close()
engine.dispose()
"""


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[Engine]:
    from tests.conftest import import_all_models

    import_all_models()
    engine = make_engine(pg_url)
    Base.metadata.create_all(engine)
    yield engine
    with engine.begin() as conn:
        Base.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


@pytest.mark.postgres
def test_two_workers_send_500_due_check_ins_exactly_once(
    pg_engine: Engine, pg_url: str, tmp_path: Path
) -> None:
    # The plain fake platform (no OpenAPI check per call, which would make this test slow): the same
    # check-in message is validated against LINE's schema by the flow tests.
    with running_platform() as (platform, api_url):
        _race(platform, api_url, pg_engine, pg_url, tmp_path)


def _race(platform: FakeLinePlatform, api_url: str, pg_engine: Engine, pg_url: str, tmp_path: Path) -> None:
    sessions = make_sessionmaker(pg_engine)
    users: dict[int, str] = {}
    with sessions() as s:
        staff = StaffUser(username="chiba", display_name="Chiba", role="coordinator", password_hash="x")
        s.add(staff)
        now = utcnow()
        for i in range(N):
            uid = platform.add_user(f"住民{i}")
            platform.set_following(uid, True)
            resident = Resident(line_user_id=uid, display_name=f"住民{i}")
            s.add(resident)
            s.flush()
            users[resident.id] = uid
            # Half one-off, half every day: the cadence ones also schedule their next check-in while racing.
            spec = actions.PlanSpec(first_at=now + timedelta(seconds=1), every=None if i % 2 else 1)
            actions.create_plan(s, staff, resident, spec, quiet=None, now=now)
        s.commit()
    time.sleep(1.1)  # every check-in is now due

    go = tmp_path / "go"
    env = {
        **os.environ,
        "TSUNAGU_ENV": "test",
        "DATABASE_URL": pg_url,
        "LINE_API_ENDPOINT": api_url,
        "TSUNAGU_LINE_TIMEOUT": "30",
        "LINE_CHANNEL_SECRET": platform.channel_secret,
        "LINE_CHANNEL_ACCESS_TOKEN": platform.access_token,
        "TSUNAGU_WEB_THREADS": "4",
        "TSUNAGU_WORKER_THREADS": "4",
        "PYTHONPATH": str(ROOT),
    }
    procs = [
        subprocess.Popen(  # noqa: S603 — our own interpreter and code
            [sys.executable, "-c", WORKER, str(go)], env=env, stdout=subprocess.PIPE, text=True, cwd=ROOT
        )
        for _ in range(2)
    ]
    time.sleep(0.5)
    go.touch()
    outputs = [p.communicate(timeout=240)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    queued = [int(out.split()[-1]) for out in outputs]
    assert sum(queued) == N, queued
    assert min(queued) > 0, f"one worker did all the work ({queued}); the race was not exercised"

    pushes = platform.requests("/v2/bot/message/push")
    keys = Counter(p.headers["x-line-retry-key"] for p in pushes)
    accepted = Counter(p.headers["x-line-retry-key"] for p in pushes if p.status == 200)
    # One retry key per check-in; a retried push (after a timeout) is refused with 409, never delivered twice.
    assert len(keys) == N and set(accepted.values()) == {1} and len(accepted) == N
    assert {p.status for p in pushes} <= {200, 409}
    for rid, uid in users.items():
        got = [m for m in platform.delivered(uid) if checkin_id_of(m) is not None]
        assert len(got) == 1, f"resident {rid} received {len(got)} check-ins"
    with sessions() as s:
        rows = list(s.scalars(select(CheckIn)))
        sent = [c for c in rows if c.status == "sent"]
        assert len(sent) == N and {c.retry_key for c in sent} == set(keys)
        nexts = [c for c in rows if c.status == "scheduled"]
        assert len(nexts) == N // 2 and {c.seq for c in nexts} == {2}
