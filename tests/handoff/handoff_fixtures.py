"""Fixtures for the hand-off tests (import the ones a module uses): a session on a fresh database, residents,
staff and tickets. Not a conftest.py: a second `conftest` module would shadow tests/conftest.py for
`from conftest import shared_path`."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from werkzeug.security import generate_password_hash

from bot.db import make_sessionmaker
from bot.models import Message, Resident
from handoff import api
from handoff.models import StaffUser


def fast_hash(password: str) -> str:
    """A cheap hash for test accounts (production uses werkzeug's default, deliberately slow)."""
    return generate_password_hash(password, method="pbkdf2:sha256:1000")


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    factory = make_sessionmaker(engine)
    with factory() as s:
        yield s


@pytest.fixture
def make_resident(session: Session) -> Callable[..., Resident]:
    counter = iter(range(1, 10_000))

    def make(display_name: str = "さくら", area: str | None = None) -> Resident:
        n = next(counter)
        r = Resident(line_user_id=f"U{n:032x}", display_name=display_name, area=area)
        session.add(r)
        session.flush()
        return r

    return make


@pytest.fixture
def say(session: Session) -> Callable[..., Message]:
    """Store a resident's inbound text message (as the conversation does) and return it."""

    def store(
        resident: Resident, text: str, *, risk: str = "none", intents: list[str] | None = None
    ) -> Message:
        m = Message(
            resident_id=resident.id,
            direction="in",
            sender="resident",
            kind="text",
            text=text,
            risk=risk,
            intents=intents or ["out_of_scope"],
            evidence=[{"label": i, "text": text[:4]} for i in intents or []],
        )
        session.add(m)
        session.flush()
        return m

    return store


@pytest.fixture
def open_ticket(session: Session, say: Callable[..., Message]) -> Callable[..., api.TicketInfo]:
    def open_(
        resident: Resident, text: str = "人と話したい", risk: str = "none", reason: str = "request_human"
    ):
        msg = say(resident, text, risk=risk, intents=["request_human"])
        return api.open_or_join_ticket(
            session, resident, reason=reason, risk=risk, concerns=[], evidence=msg.evidence, message=msg
        )

    return open_


@pytest.fixture
def make_staff(session: Session) -> Callable[..., StaffUser]:
    def make(username: str, role: str = "counselor", password: str = "correct horse 42") -> StaffUser:
        u = StaffUser(username=username, display_name=username.title(), role=role)
        u.password_hash = fast_hash(password)
        session.add(u)
        session.flush()
        return u

    return make
