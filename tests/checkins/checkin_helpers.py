"""Helpers for the check-in tests: a following resident, a coordinator, plans, worker ticks, what arrived.

Not a conftest.py (a second `conftest` module would shadow tests/conftest.py)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from werkzeug.security import generate_password_hash

from bot import outbox
from bot.db import session_scope
from bot.models import Resident
from handoff.checkins import actions, jobs
from handoff.checkins.models import CheckIn, CheckInPlan
from handoff.models import StaffUser

JST = ZoneInfo("Asia/Tokyo")
PASSWORD = "correct horse 42"


def jst(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=JST)


def add_staff(fd: Any, username: str = "chiba", role: str = "coordinator") -> int:
    with session_scope(fd.runtime.sessions) as s:
        user = StaffUser(username=username, display_name=username.title(), role=role)
        user.password_hash = generate_password_hash(PASSWORD, method="pbkdf2:sha256:1000")
        s.add(user)
        s.flush()
        return user.id


def follower(fd: Any, name: str = "さくら") -> tuple[str, int]:
    """A LINE user who added the account (so pushes reach them); (LINE user id, Resident.id)."""
    uid = fd.user(name)
    assert fd.line.follow(uid).status == 200
    fd.settle()
    with session_scope(fd.runtime.sessions) as s:
        return uid, s.scalar(select(Resident.id).where(Resident.line_user_id == uid))


def make_plan(fd: Any, resident_id: int, staff_id: int, **spec: Any) -> int:
    with session_scope(fd.runtime.sessions) as s:
        plan = actions.create_plan(
            s,
            s.get(StaffUser, staff_id),
            s.get(Resident, resident_id),
            actions.PlanSpec(**spec),
            quiet=fd.ctx.city.quiet_hours,
        )
        return plan.id


def tick(fd: Any) -> int:
    """One run of the worker's check-in job, then the outbox (as the worker process does). The app's
    sessions deliver right after the commit in a background thread; wait for it."""
    before = _sent(fd)
    jobs.run(fd.ctx)
    assert fd.runtime.wait_idle(15)
    outbox.deliver_due(fd.ctx)
    return _sent(fd) - before  # check-ins sent by this run (expired ones are counted by the job too)


def deliver(fd: Any) -> None:
    """Let the web process's background sender finish, then run the worker's outbox job once."""
    assert fd.runtime.wait_idle(15)
    outbox.deliver_due(fd.ctx)


def _sent(fd: Any) -> int:
    with fd.runtime.sessions() as s:
        return s.scalar(select(func.count()).select_from(CheckIn).where(CheckIn.sent_at.is_not(None))) or 0


def checkins_received(fd: Any, uid: str) -> list[dict[str, Any]]:
    """Check-in messages on the resident's phone: those carrying the check-in answer chips."""
    return [m for m in fd.platform.delivered(uid) if checkin_id_of(m) is not None]


def checkin_id_of(message: dict[str, Any]) -> int | None:
    for item in message.get("quickReply", {}).get("items", []):
        data = parse_qs(item["action"].get("data", ""))
        if data.get("a") == ["checkin"]:
            return int(data["k"][0])
    return None


def plan_row(fd: Any, plan_id: int) -> CheckInPlan:
    with fd.runtime.sessions() as s:
        plan = s.get(CheckInPlan, plan_id)
        assert plan is not None
        s.expunge(plan)
        return plan


def checkins_of(fd: Any, plan_id: int) -> list[CheckIn]:
    with fd.runtime.sessions() as s:
        rows = list(s.scalars(select(CheckIn).where(CheckIn.plan_id == plan_id).order_by(CheckIn.seq)))
        s.expunge_all()
        return rows


def texts(messages: list[dict[str, Any]]) -> str:
    return "\n".join(str(m.get("text") or m.get("altText") or "") for m in messages)


class Client:
    """A console test client that keeps the CSRF token of the last page it saw."""

    def __init__(self, app: Any) -> None:
        self.http = app.test_client()
        self.token = ""

    def get(self, path: str) -> Any:
        resp = self.http.get(path)
        match = re.search(r'name="csrf-token" content="([^"]+)"', resp.get_data(as_text=True))
        if match:
            self.token = match.group(1)
        return resp

    def post(self, path: str, data: dict[str, Any] | None = None, *, token: bool = True) -> Any:
        form = dict(data or {})
        if token:
            form.setdefault("csrf_token", self.token)
        return self.http.post(path, data=form)

    def login(self, username: str) -> None:
        self.get("/console/login")
        resp = self.post("/console/login", {"username": username, "password": PASSWORD})
        assert resp.status_code in (302, 303), resp.status_code
