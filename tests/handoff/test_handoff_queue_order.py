"""Property: the queue position the resident is told matches the order counselors see (emergency, then
high, then the longest waiting), whatever mix of tickets is waiting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.db import Base, make_engine, make_sessionmaker
from bot.migrate import import_all_models
from bot.models import Resident
from handoff import api
from handoff.models import StaffUser, Ticket, risk_priority

T0 = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
tickets = st.lists(
    st.tuples(st.sampled_from(["none", "high", "emergency"]), st.integers(0, 5), st.booleans()),
    min_size=1,
    max_size=12,
)


@settings(max_examples=40, deadline=None)
@given(tickets)
def test_told_position_matches_the_console_order(spec):
    import_all_models()
    engine = make_engine("sqlite://")
    Base.metadata.create_all(engine)
    try:
        with make_sessionmaker(engine)() as s:
            counselor = StaffUser(username="aoki", display_name="Aoki", role="counselor", password_hash="-")
            s.add(counselor)
            s.flush()
            rows = []
            for i, (risk, minutes, claimed) in enumerate(spec):
                r = Resident(line_user_id=f"U{i:032x}")
                s.add(r)
                s.flush()
                # Equal times on purpose: ties are broken by id, the same way on both sides.
                t = Ticket(
                    resident_id=r.id,
                    reason="risk",
                    risk=risk,
                    priority=risk_priority(risk),
                    opened_at=T0 - timedelta(minutes=minutes),
                    owner_id=counselor.id if claimed else None,
                )
                s.add(t)
                s.flush()
                rows.append((t, claimed))
            queued = [t for t, claimed in rows if not claimed]
            console_order = sorted(queued, key=lambda t: (-t.priority, t.opened_at, t.id))
            told = {t.id: api.queue_position(s, t) for t in queued}
            assert [told[t.id] for t in console_order] == list(range(1, len(queued) + 1))
    finally:
        engine.dispose()
