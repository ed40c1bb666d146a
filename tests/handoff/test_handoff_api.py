"""The hand-off API the conversation calls: state, one open ticket per resident, joining, risk raising."""

# ruff: noqa: F811  (pytest fixtures imported from handoff_fixtures are test arguments)
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from handoff_fixtures import make_resident, make_staff, open_ticket, say, session  # noqa: F401  (fixtures)
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot.replies import Text
from handoff import api
from handoff.models import Ticket, TicketEvent


def test_state_follows_the_ticket(session, make_resident, open_ticket, make_staff):
    r = make_resident()
    assert api.conversation_state(session, r) == "bot"
    info = open_ticket(r)
    assert info.is_new and info.position == 1 and info.risk == "none"
    assert api.conversation_state(session, r) == "waiting"
    staff = make_staff("aoki")
    ticket = session.get(Ticket, info.ticket_id)
    ticket.owner_id = staff.id
    session.flush()
    assert api.conversation_state(session, r) == "with_staff"
    ticket.status = "closed"
    session.flush()
    assert api.conversation_state(session, r) == "bot"


def test_one_open_ticket_per_resident_later_triggers_join(session, make_resident, open_ticket, say):
    r = make_resident()
    first = open_ticket(r)
    msg = say(r, "もう死にたい", risk="emergency", intents=["mental_health"])
    again = api.open_or_join_ticket(
        session, r, reason="risk", risk="emergency", concerns=["mental_health"], evidence=[], message=msg
    )
    assert again.ticket_id == first.ticket_id and not again.is_new
    ticket = session.get(Ticket, first.ticket_id)
    assert ticket.risk == "emergency" and ticket.priority == 2
    assert ticket.concerns == ["mental_health"]
    assert session.scalars(select(Ticket).where(Ticket.resident_id == r.id)).all() == [ticket]
    kinds = [e.kind for e in session.scalars(select(TicketEvent).order_by(TicketEvent.id))]
    assert kinds == ["opened", "risk_raised", "joined"]


def test_database_refuses_a_second_open_ticket(session, make_resident, open_ticket):
    """The partial unique index is the guard two racing processes rely on."""
    r = make_resident()
    open_ticket(r)
    session.add(Ticket(resident_id=r.id, reason="risk"))
    with pytest.raises(IntegrityError):
        session.flush()
    session.rollback()


def test_queue_position_emergency_first_then_high_then_oldest(session, make_resident, open_ticket):
    a, b, c, d = (make_resident() for _ in range(4))
    ta = open_ticket(a)
    tb = open_ticket(b, "ごはんがない", risk="high", reason="risk")
    tc = open_ticket(c)
    td = open_ticket(d, "死にたい", risk="emergency", reason="risk")
    positions = {
        name: api.queue_position(session, session.get(Ticket, t.ticket_id))
        for name, t in {"a": ta, "b": tb, "c": tc, "d": td}.items()
    }
    assert positions == {"d": 1, "b": 2, "a": 3, "c": 4}
    assert td.position == 1


def test_note_resident_message_joins_and_raises(session, make_resident, open_ticket, say, make_staff):
    r = make_resident()
    info = open_ticket(r)
    ticket = session.get(Ticket, info.ticket_id)
    ticket.owner_id = make_staff("aoki").id
    session.flush()
    msg = say(r, "やっぱり もう消えたい", risk="emergency", intents=["mental_health"])
    api.note_resident_message(session, r, msg, {"risk": "emergency", "intents": ["mental_health"]})
    assert ticket.unread == 1 and ticket.risk == "emergency" and ticket.escalated_at is not None
    assert "mental_health" in ticket.concerns


def test_note_resident_message_without_ticket_changes_nothing(session, make_resident, say):
    r = make_resident()
    api.note_resident_message(session, r, say(r, "こんにちは"), None)
    assert session.scalars(select(Ticket)).all() == []


def test_recently_closed_case_is_reopened_not_duplicated(session, make_resident, open_ticket):
    r = make_resident()
    first = open_ticket(r)
    ticket = session.get(Ticket, first.ticket_id)
    from bot.db import utcnow

    ticket.status, ticket.outcome, ticket.closed_at = "closed", "解決", utcnow()
    session.flush()
    again = open_ticket(r)
    assert again.ticket_id == first.ticket_id and again.is_new and again.position == 1
    assert ticket.status == "open" and ticket.outcome is None


# --- the waiting notice, with the demo city's real pack (office hours 平日 9–17 時) -----------------------

TUESDAY_10_JST = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
SATURDAY_10_JST = datetime(2026, 11, 28, 1, 0, tzinfo=UTC)
TUESDAY_20_JST = datetime(2026, 11, 24, 11, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def zushi():
    from bot.city import load_city

    return load_city("zushi")


def _notice(session, resident, info, now, city) -> tuple[str, str, list[str]]:
    replies = api.waiting_notice(session, resident, info, now, city=city)
    assert len(replies) == 2 and all(isinstance(r, Text) for r in replies)
    tels = [a.uri for a in replies[1].quick_replies]
    return replies[0].text, replies[1].text, tels


def test_waiting_notice_in_office_hours_gives_the_place_in_the_queue(
    session, make_resident, open_ticket, zushi
):
    open_ticket(make_resident())
    r = make_resident()
    info = open_ticket(r)
    first, crisis, tels = _notice(session, r, info, TUESDAY_10_JST, zushi)
    assert "2番目" in first and "時間外" not in first
    assert "110" in crisis and "119" in crisis
    assert "tel:110" in tels and "tel:119" in tels and len(tels) >= 3  # and at least one crisis line


@pytest.mark.parametrize(
    ("now", "when"),
    [(SATURDAY_10_JST, "11月30日(月) 9時"), (TUESDAY_20_JST, "明日(あした) 9時")],
)
def test_waiting_notice_outside_office_hours_says_when(session, make_resident, open_ticket, zushi, now, when):
    r = make_resident()
    info = open_ticket(r)
    first, crisis, _ = _notice(session, r, info, now, zushi)
    assert "時間外" in first and f"{when}から" in first
    assert "番目" not in first
    assert "110" in crisis


def test_waiting_notice_once_claimed_says_a_person_is_reading(session, make_resident, open_ticket, zushi):
    r = make_resident()
    info = open_ticket(r)
    claimed = api.TicketInfo(info.ticket_id, False, None, info.risk)
    first, _, _ = _notice(session, r, claimed, TUESDAY_10_JST, zushi)
    assert "読(よ)んでいます" in first


def test_the_classifiers_own_result_is_stored_as_evidence_rows(session, make_resident, open_ticket, say):
    from intents import classify

    r = make_resident()
    c = classify("もう死にたい")
    assert c.risk == "emergency"
    msg = say(r, "もう死にたい", risk=c.risk, intents=list(c.intents))
    info = api.open_or_join_ticket(
        session, r, reason="risk", risk=c.risk, concerns=c.concerns, evidence=c.to_dict(), message=msg
    )
    api.note_resident_message(session, r, msg, c)  # the same evidence again: kept once
    ticket = session.get(Ticket, info.ticket_id)
    assert isinstance(ticket.evidence, list) and ticket.evidence
    assert {"label", "text", "term", "how"} <= set(ticket.evidence[0])
    assert "risk:emergency" in {e["label"] for e in ticket.evidence}
    assert len(ticket.evidence) == len(c.evidence)  # joining with the same evidence added no repeats
