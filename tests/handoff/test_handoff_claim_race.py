"""Several counselors claiming the same ticket at the same moment, each in their own connection:
exactly one wins (the conditional UPDATE decides, on SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from bot.db import make_sessionmaker, session_scope
from bot.models import Resident
from handoff import actions
from handoff.models import AuditLog, StaffUser, Ticket, TicketEvent

COUNSELORS = 8
TICKETS = 5


def test_exactly_one_of_many_simultaneous_claims_wins(engine):
    factory = make_sessionmaker(engine)
    with session_scope(factory) as s:
        staff = [
            StaffUser(username=f"c{i}", display_name=f"C{i}", role="counselor", password_hash="x")
            for i in range(COUNSELORS)
        ]
        residents = [Resident(line_user_id=f"U{i:032x}") for i in range(TICKETS)]
        s.add_all(staff + residents)
        s.flush()
        tickets = [Ticket(resident_id=r.id, reason="request_human") for r in residents]
        s.add_all(tickets)
        s.flush()
        staff_ids, ticket_ids = [u.id for u in staff], [t.id for t in tickets]

    def claim(ticket_id: int, staff_id: int, barrier: threading.Barrier) -> bool:
        with session_scope(factory) as s:
            me = s.get(StaffUser, staff_id)
            barrier.wait()
            return actions.claim_ticket(s, ticket_id, me)

    with ThreadPoolExecutor(COUNSELORS) as pool:
        for ticket_id in ticket_ids:
            barrier = threading.Barrier(COUNSELORS)
            results = list(pool.map(lambda sid, t=ticket_id, b=barrier: claim(t, sid, b), staff_ids))
            assert results.count(True) == 1, results

    with session_scope(factory) as s:
        owners = s.scalars(select(Ticket.owner_id).order_by(Ticket.id)).all()
        assert all(o in staff_ids for o in owners)
        # One claim event and one audit record per ticket: the losers left no trace of a claim.
        assert (
            s.scalar(select(func.count()).select_from(TicketEvent).where(TicketEvent.kind == "claimed"))
            == TICKETS
        )
        assert (
            s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "claim")) == TICKETS
        )
