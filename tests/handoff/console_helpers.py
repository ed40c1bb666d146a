"""Helpers for console tests: staff accounts, a logged-in test client, tickets in known states."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from werkzeug.security import generate_password_hash

from bot.db import session_scope
from bot.models import Message, Resident
from handoff import actions, api
from handoff.models import StaffUser, Ticket

PASSWORD = "correct horse 42"


def csrf(html: str) -> str:
    match = re.search(r'name="csrf-token" content="([^"]+)"', html)
    assert match, "page has no CSRF token"
    return match.group(1)


class Client:
    """A test client that keeps the CSRF token of the last page it saw."""

    def __init__(self, app: Any) -> None:
        self.http = app.test_client()
        self.token = ""

    def get(self, path: str) -> Any:
        resp = self.http.get(path)
        if resp.mimetype == "text/html" and 'name="csrf-token"' in resp.text:
            self.token = csrf(resp.text)
        return resp

    def post(self, path: str, data: dict[str, Any] | None = None, *, token: bool = True) -> Any:
        form = dict(data or {})
        if token:
            form.setdefault("csrf_token", self.token)
        return self.http.post(path, data=form)

    def login(self, username: str, password: str = PASSWORD) -> Any:
        self.get("/console/login")
        resp = self.post("/console/login", {"username": username, "password": password})
        if resp.status_code == 302:
            self.get("/console/")
        return resp


def add_staff(sessions: Any, username: str, role: str, *, active: bool = True) -> int:
    with session_scope(sessions) as s:
        user = StaffUser(username=username, display_name=username.title(), role=role, active=active)
        # A cheap hash keeps tests fast; production uses werkzeug's default (deliberately slow).
        user.password_hash = generate_password_hash(PASSWORD, method="pbkdf2:sha256:1000")
        s.add(user)
        s.flush()
        return user.id


@dataclass
class World:
    """Tickets in each state the access rules care about (ids), and the staff (ids)."""

    staff: dict[str, int]
    tickets: dict[str, int]
    line_ids: dict[str, str]


def make_world(frontdoor: Any) -> World:
    """Q: queued emergency; A: aoki's; B: baba's; C: chiba's (coordinator); D: closed by aoki.

    Residents are users of the fake LINE Platform, so that replies are really delivered."""
    sessions = frontdoor.runtime.sessions
    staff = {
        "aoki": add_staff(sessions, "aoki", "counselor"),
        "baba": add_staff(sessions, "baba", "counselor"),
        "chiba": add_staff(sessions, "chiba", "coordinator"),
        "admin": add_staff(sessions, "admin", "admin"),
        "gone": add_staff(sessions, "gone", "counselor", active=False),
    }
    tickets: dict[str, int] = {}
    line_ids: dict[str, str] = {}
    with session_scope(sessions) as s:
        for key, risk in (("Q", "emergency"), ("A", "none"), ("B", "high"), ("C", "none"), ("D", "none")):
            line_id = frontdoor.user(f"住民{key}")
            frontdoor.platform.set_following(line_id, True)
            r = Resident(line_user_id=line_id, display_name=f"住民{key}")
            s.add(r)
            s.flush()
            m = Message(
                resident_id=r.id, direction="in", sender="resident", kind="text", text=f"{key}の相談です"
            )
            s.add(m)
            s.flush()
            info = api.open_or_join_ticket(
                s, r, reason="request_human", risk=risk, concerns=["poverty_finance"], evidence=[], message=m
            )
            tickets[key] = info.ticket_id
            line_ids[key] = r.line_user_id
        owners = {"A": "aoki", "B": "baba", "C": "chiba", "D": "aoki"}
        for key, who in owners.items():
            assert actions.claim_ticket(s, tickets[key], s.get(StaffUser, staff[who]))
        s.flush()
        d = s.get(Ticket, tickets["D"])
        actions.close_ticket(s, d, s.get(StaffUser, staff["aoki"]), "解決")
    return World(staff, tickets, line_ids)
