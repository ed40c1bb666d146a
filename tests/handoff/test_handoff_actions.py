"""Staff actions on tickets: claim, stale claims (controlled time), reply, transfer, close and reopen."""

# ruff: noqa: F811  (pytest fixtures imported from handoff_fixtures are test arguments)
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from handoff_fixtures import make_resident, make_staff, open_ticket, say, session  # noqa: F401  (fixtures)
from sqlalchemy import select

from bot.models import Message, OutboundSend
from handoff import actions, api
from handoff.models import AuditLog, Ticket, TicketEvent

T0 = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)  # 10:00 in Tokyo, a Tuesday


def _audit(session) -> list[tuple[str, int | None]]:
    return [(a.action, a.ticket_id) for a in session.scalars(select(AuditLog).order_by(AuditLog.id))]


def test_claim_is_exclusive_and_recorded(session, make_resident, open_ticket, make_staff):
    aoki, baba = make_staff("aoki"), make_staff("baba")
    info = open_ticket(make_resident())
    assert actions.claim_ticket(session, info.ticket_id, aoki) is True
    assert actions.claim_ticket(session, info.ticket_id, baba) is False
    ticket = session.get(Ticket, info.ticket_id)
    assert ticket.owner_id == aoki.id
    assert api.queue_position(session, ticket) is None
    assert _audit(session) == [("claim", info.ticket_id)]


def test_closed_ticket_cannot_be_claimed(session, make_resident, open_ticket, make_staff):
    aoki = make_staff("aoki")
    info = open_ticket(make_resident())
    ticket = session.get(Ticket, info.ticket_id)
    ticket.status = "closed"
    session.flush()
    assert actions.claim_ticket(session, info.ticket_id, aoki) is False


def test_stale_claim_returns_to_queue_flagged(session, make_resident, open_ticket, make_staff):
    aoki = make_staff("aoki")
    with time_machine.travel(T0, tick=False):
        info = open_ticket(make_resident())
        assert actions.claim_ticket(session, info.ticket_id, aoki)
    limit = timedelta(minutes=30)
    with time_machine.travel(T0 + timedelta(minutes=29), tick=False):
        assert actions.release_stale_claims(session, limit) == 0
    with time_machine.travel(T0 + timedelta(minutes=31), tick=False):
        assert actions.release_stale_claims(session, limit) == 1
        assert actions.release_stale_claims(session, limit) == 0  # idempotent
    ticket = session.get(Ticket, info.ticket_id)
    assert ticket.owner_id is None and ticket.stale_count == 1
    assert ticket.stale_returned_at == T0 + timedelta(minutes=31)
    assert api.conversation_state(session, ticket_resident(session, ticket)) == "waiting"
    kinds = [
        e.kind
        for e in session.scalars(
            select(TicketEvent).where(TicketEvent.ticket_id == ticket.id).order_by(TicketEvent.id)
        )
    ]
    assert kinds == ["opened", "claimed", "stale_released"]
    assert ("stale_release", ticket.id) in _audit(session)


def ticket_resident(session, ticket):
    from bot.models import Resident

    return session.get(Resident, ticket.resident_id)


def test_a_reply_stops_the_stale_clock_until_the_resident_writes_again(
    session, make_resident, open_ticket, make_staff, say
):
    aoki = make_staff("aoki")
    limit = timedelta(minutes=30)
    with time_machine.travel(T0, tick=False):
        resident = make_resident()
        info = open_ticket(resident)
        actions.claim_ticket(session, info.ticket_id, aoki)
    ticket = session.get(Ticket, info.ticket_id)
    with time_machine.travel(T0 + timedelta(minutes=10), tick=False):
        actions.reply_to_resident(session, ticket, aoki, "相談員の青木です。")
    with time_machine.travel(T0 + timedelta(hours=5), tick=False):
        # The resident has not written since the reply: nobody is waiting, the claim is not stale.
        assert actions.release_stale_claims(session, limit) == 0
        msg = say(resident, "ありがとうございます。じつは…")
        api.note_resident_message(session, resident, msg, None)
    with time_machine.travel(T0 + timedelta(hours=5, minutes=31), tick=False):
        assert actions.release_stale_claims(session, limit) == 1


def test_reply_goes_through_the_outbox_as_staff(session, make_resident, open_ticket, make_staff):
    aoki, baba = make_staff("aoki"), make_staff("baba")
    resident = make_resident()
    info = open_ticket(resident)
    ticket = session.get(Ticket, info.ticket_id)
    with pytest.raises(actions.ActionError):
        actions.reply_to_resident(session, ticket, aoki, "まだ担当していない")
    actions.claim_ticket(session, ticket.id, aoki)
    session.refresh(ticket)
    with pytest.raises(actions.ActionError):
        actions.reply_to_resident(session, ticket, baba, "担当ではない")
    with pytest.raises(actions.ActionError):
        actions.reply_to_resident(session, ticket, aoki, "   ")
    send = actions.reply_to_resident(session, ticket, aoki, "相談員の青木です。")
    session.flush()
    stored = session.get(OutboundSend, send.id)
    assert stored.origin == "staff" and stored.staff_id == aoki.id and stored.status == "pending"
    assert stored.messages == [{"type": "text", "text": "相談員の青木です。"}]
    out = session.scalars(
        select(Message).where(Message.resident_id == resident.id, Message.sender == "staff")
    )
    assert [m.text for m in out] == ["相談員の青木です。"]
    assert ticket.waiting_since is None and ticket.last_staff_reply_at is not None


def test_transfer_close_and_reopen(session, make_resident, open_ticket, make_staff):
    aoki, chiba = make_staff("aoki"), make_staff("chiba", role="coordinator")
    info = open_ticket(make_resident())
    actions.claim_ticket(session, info.ticket_id, aoki)
    ticket = session.get(Ticket, info.ticket_id)
    actions.transfer_ticket(session, ticket, aoki, chiba, "地域のサロンにつなぐので")
    assert ticket.owner_id == chiba.id
    with pytest.raises(actions.ActionError):
        actions.transfer_ticket(session, ticket, aoki, chiba)  # already theirs
    actions.record_connection(session, ticket, chiba, "社会福祉協議会", window_id="shakyo")
    with pytest.raises(actions.ActionError):
        actions.close_ticket(session, ticket, chiba, "たぶん解決")
    actions.close_ticket(session, ticket, chiba, "継続支援")
    assert ticket.status == "closed" and ticket.outcome == "継続支援" and ticket.owner_id == chiba.id
    with pytest.raises(actions.ActionError):
        actions.close_ticket(session, ticket, chiba, "解決")
    actions.reopen_ticket(session, ticket, aoki)
    assert ticket.status == "open" and ticket.owner_id == aoki.id and ticket.outcome is None
    assert [a for a, _ in _audit(session)] == ["claim", "transfer", "connection", "close", "reopen"]


def test_reopen_refused_while_another_case_is_open(session, make_resident, open_ticket, make_staff):
    aoki = make_staff("aoki")
    resident = make_resident()
    first = open_ticket(resident)
    actions.claim_ticket(session, first.ticket_id, aoki)
    old = session.get(Ticket, first.ticket_id)
    actions.close_ticket(session, old, aoki, "解決")
    old.closed_at = old.closed_at - timedelta(days=30)  # long ago: a new trigger opens a new case
    session.flush()
    second = open_ticket(resident)
    assert second.ticket_id != first.ticket_id
    with pytest.raises(actions.ActionError):
        actions.reopen_ticket(session, old, aoki)


def test_worker_job_releases_stale_claims_with_the_configured_limit(
    engine, make_staff, session, make_resident, open_ticket
):
    from bot.db import make_sessionmaker
    from bot.worker import JOBS, WorkerContext, run_job

    assert ("stale_claims", "handoff.jobs:stale_claims", 30) in JOBS
    aoki = make_staff("aoki")
    with time_machine.travel(T0, tick=False):
        info = open_ticket(make_resident())
        actions.claim_ticket(session, info.ticket_id, aoki)
    session.commit()
    ctx = WorkerContext(make_sessionmaker(engine), sender=None, settings={"TSUNAGU_STALE_CLAIM_MINUTES": 10})
    with time_machine.travel(T0 + timedelta(minutes=9), tick=False):
        assert run_job(ctx, "stale_claims", "handoff.jobs:stale_claims") == 0
    with time_machine.travel(T0 + timedelta(minutes=11), tick=False):
        assert run_job(ctx, "stale_claims", "handoff.jobs:stale_claims") == 1
    session.expire_all()
    assert session.get(Ticket, info.ticket_id).owner_id is None


def test_an_unanswered_emergency_returns_to_the_queue_sooner(
    session, make_resident, open_ticket, make_staff, say
):
    aoki = make_staff("aoki")
    with time_machine.travel(T0, tick=False):
        calm, danger = make_resident(), make_resident()
        calm_info = open_ticket(calm)
        danger_info = open_ticket(danger, "死にたい", risk="emergency", reason="risk")
        for info in (calm_info, danger_info):
            actions.claim_ticket(session, info.ticket_id, aoki)
    with time_machine.travel(T0 + timedelta(minutes=6), tick=False):
        released = actions.release_stale_claims(
            session, timedelta(minutes=30), emergency_after=timedelta(minutes=5)
        )
    assert released == 1
    assert session.get(Ticket, danger_info.ticket_id).owner_id is None
    assert session.get(Ticket, calm_info.ticket_id).owner_id == aoki.id


def test_old_login_attempts_are_pruned(engine, session):
    from bot.db import make_sessionmaker
    from bot.worker import WorkerContext
    from handoff.jobs import prune_login_attempts
    from handoff.models import LoginAttempt

    with time_machine.travel(T0, tick=False):
        session.add(LoginAttempt(username="aoki", ip="10.0.0.1", ok=False))
        session.commit()
    with time_machine.travel(T0 + timedelta(days=6), tick=False):
        session.add(LoginAttempt(username="aoki", ip="10.0.0.1", ok=True))
        session.commit()
    ctx = WorkerContext(make_sessionmaker(engine), sender=None, settings={})
    with time_machine.travel(T0 + timedelta(days=8)):
        assert prune_login_attempts(ctx) == 1
