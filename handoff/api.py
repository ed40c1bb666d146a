"""The hand-off API that the conversation calls (see docs/ARCHITECTURE.md, "Conversation ↔ hand-off").

These functions take the caller's session and never commit: the conversation's unit of work (one inbound
event) commits the resident's message, the ticket and the bot's answer together, so nothing is half-done.
"""

from __future__ import annotations

import dataclasses
import os
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.db import utcnow
from bot.models import Message, Resident
from bot.replies import Reply, Text, tel
from handoff import notices
from handoff.models import Ticket, TicketEvent, higher_risk, risk_priority

ConversationState = Literal["bot", "waiting", "with_staff"]
Reason = Literal["request_human", "risk", "compound", "not_understood", "checkin"]

# A resident who writes again soon after a case was closed continues that case instead of starting anew,
# so the counselor sees one history. Cities may change the window.
CRISIS_LINES_SHOWN = 4
EVIDENCE_KEPT = 100  # a long conversation must not grow a ticket row without bound
REOPEN_WITHIN = timedelta(days=int(os.environ.get("TSUNAGU_REOPEN_DAYS", "14")))


@dataclasses.dataclass(frozen=True)
class TicketInfo:
    ticket_id: int
    is_new: bool
    position: int | None  # 1-based place in the queue; None once a counselor owns it
    risk: str


def open_ticket_for(session: Session, resident_id: int) -> Ticket | None:
    """The resident's open ticket, if any (there is at most one)."""
    return session.scalars(
        select(Ticket).where(Ticket.resident_id == resident_id, Ticket.status == "open")
    ).one_or_none()


def conversation_state(session: Session, resident: Resident) -> ConversationState:
    """`with_staff` while a counselor owns the resident's open ticket (the bot stays quiet), `waiting`
    while it is queued, `bot` otherwise."""
    owner = session.execute(
        select(Ticket.owner_id).where(Ticket.resident_id == resident.id, Ticket.status == "open")
    ).one_or_none()
    if owner is None:
        return "bot"
    return "waiting" if owner[0] is None else "with_staff"


def queue_position(session: Session, ticket: Ticket) -> int | None:
    """1-based place among unclaimed open tickets (emergency, then high, then oldest); None when owned."""
    if ticket.status != "open" or ticket.owner_id is not None:
        return None
    ahead = session.scalar(
        select(func.count())
        .select_from(Ticket)
        .where(
            Ticket.status == "open",
            Ticket.owner_id.is_(None),
            Ticket.id != ticket.id,
            or_(
                Ticket.priority > ticket.priority,
                and_(
                    Ticket.priority == ticket.priority,
                    or_(
                        Ticket.opened_at < ticket.opened_at,
                        and_(Ticket.opened_at == ticket.opened_at, Ticket.id < ticket.id),
                    ),
                ),
            ),
        )
    )
    return int(ahead or 0) + 1


def _jsonable(value: Any) -> Any:
    """Evidence arrives as the classifier's objects or as plain dicts; store plain JSON."""
    if value is None:
        return None
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


def _evidence_list(value: Any) -> list[Any]:
    """The evidence items, whether given as a list, a `Classification`, or its `to_dict()` form."""
    data = _jsonable(value)
    if isinstance(data, dict):
        data = data.get("evidence")
    return list(data) if isinstance(data, list) else []


def _merge_concerns(old: list[str] | None, new: list[str] | None) -> list[str]:
    out = list(old or [])
    for label in new or []:
        if label not in out:
            out.append(label)
    return out


def _event(session: Session, ticket: Ticket, kind: str, **fields: Any) -> None:
    session.add(TicketEvent(ticket=ticket, kind=kind, **fields))


def _raise_risk(ticket: Ticket, risk: str | None, now: datetime) -> bool:
    """Raise (never lower) the ticket's risk; an emergency on an owned ticket alarms its owner."""
    new = higher_risk(ticket.risk, risk)
    if new == ticket.risk:
        return False
    ticket.risk = new
    ticket.priority = risk_priority(new)
    if new == "emergency" and ticket.owner_id is not None:
        ticket.escalated_at = now
    return True


def _reopen(session: Session, ticket: Ticket, now: datetime, *, owner_id: int | None, why: str) -> None:
    ticket.status = "open"
    ticket.owner_id = owner_id
    ticket.claimed_at = now if owner_id is not None else None
    ticket.outcome = None
    ticket.closed_at = None
    ticket.closed_by_id = None
    ticket.stale_returned_at = None
    ticket.waiting_since = now
    # A reopened case waits from now: it must not jump ahead of people who have waited longer.
    ticket.opened_at = now
    ticket.activity_at = now
    _event(session, ticket, "reopened", data={"by": why})


def open_or_join_ticket(
    session: Session,
    resident: Resident,
    *,
    reason: Reason,
    risk: str,
    concerns: list[str],
    evidence: Any,
    message: Message | None,
) -> TicketInfo:
    """Open a ticket for the resident, or join the one already open (one open ticket per resident).

    A case closed within `REOPEN_WITHIN` is reopened instead of starting a new one. Two processes racing
    to open the first ticket are settled by the partial unique index: the loser joins the winner's ticket.
    """
    now = utcnow()
    ticket = open_ticket_for(session, resident.id)
    is_new = created = False
    if ticket is None:
        recent = session.scalars(
            select(Ticket)
            .where(Ticket.resident_id == resident.id, Ticket.closed_at >= now - REOPEN_WITHIN)
            .order_by(Ticket.closed_at.desc())
            .limit(1)
        ).first()
        if recent is not None:
            _reopen(session, recent, now, owner_id=None, why=reason)
            ticket, is_new = recent, True
        else:
            ticket, created = _insert_ticket(
                session, resident, reason, risk, concerns, evidence, message, now
            )
            is_new = created
    if not created:
        if _raise_risk(ticket, risk, now):
            _event(session, ticket, "risk_raised", data={"risk": ticket.risk})
        ticket.concerns = _merge_concerns(ticket.concerns, concerns)
        if evidence:
            ticket.evidence = _merge_evidence(ticket.evidence, _evidence_list(evidence))
        ticket.area = ticket.area or resident.area
        ticket.activity_at = now
        if not is_new:
            _event(session, ticket, "joined", data={"reason": reason, "risk": risk or "none"})
    session.flush()
    return TicketInfo(
        ticket_id=ticket.id, is_new=is_new, position=queue_position(session, ticket), risk=ticket.risk
    )


def _insert_ticket(
    session: Session,
    resident: Resident,
    reason: str,
    risk: str,
    concerns: list[str],
    evidence: Any,
    message: Message | None,
    now: datetime,
) -> tuple[Ticket, bool]:
    """Insert a new ticket; (ticket, True), or (the ticket another process just opened, False)."""
    candidate = Ticket(
        resident_id=resident.id,
        reason=reason,
        risk=risk or "none",
        priority=risk_priority(risk),
        concerns=list(concerns or []),
        evidence=_evidence_list(evidence),
        area=resident.area,
        first_message_id=message.id if message is not None else None,
        opened_at=now,
        waiting_since=now,
        activity_at=now,
        last_resident_at=now if message is not None else None,
    )
    try:
        with session.begin_nested():
            session.add(candidate)
            session.flush()
            _event(session, candidate, "opened", data={"reason": reason, "risk": candidate.risk})
            session.flush()
        return candidate, True
    except IntegrityError:
        # Another process opened one between our look and our insert (the partial unique index said so).
        existing = open_ticket_for(session, resident.id)
        if existing is None:  # pragma: no cover - the conflicting row vanished; the caller's retry settles it
            raise
        return existing, False


def _merge_evidence(old: Any, new: Any) -> Any:
    """Evidence of every message that joined the ticket, without repeats, the newest `EVIDENCE_KEPT` only."""
    if not old:
        return new
    if isinstance(old, list) and isinstance(new, list):
        merged = old + [e for e in new if e not in old]
        return merged[-EVIDENCE_KEPT:]
    return new


def _classification_fields(classification: Any, message: Message) -> tuple[str | None, list[str], Any]:
    """(risk, concerns, evidence) from a `Classification`, its dict form, or the stored message."""
    if classification is None:
        return message.risk, [], message.evidence
    if isinstance(classification, dict):
        risk = classification.get("risk")
        concerns = classification.get("concerns") or classification.get("intents") or []
        return risk, [c for c in concerns if c not in _META], classification.get("evidence")
    concerns = getattr(classification, "concerns", None) or []
    return getattr(classification, "risk", None), list(concerns), getattr(classification, "evidence", None)


_META = {"request_human", "out_of_scope", "greeting"}


def note_resident_message(
    session: Session, resident: Resident, message: Message, classification: Any
) -> None:
    """Attach a resident's new message to their open ticket: raise its risk on high/emergency, count it
    unread and bump its activity so consoles polling the queue and the ticket see it at once.

    Without an open ticket nothing changes here; a closed case the resident writes to again is shown in
    the console ("written after closing") for its counselor to reopen (`handoff.actions.reopen_ticket`).
    """
    ticket = open_ticket_for(session, resident.id)
    if ticket is None:
        return
    now = utcnow()
    risk, concerns, evidence = _classification_fields(classification, message)
    if _raise_risk(ticket, risk, now):
        _event(session, ticket, "risk_raised", data={"risk": ticket.risk, "message_id": message.id})
    ticket.concerns = _merge_concerns(ticket.concerns, concerns)
    if evidence:
        ticket.evidence = _merge_evidence(ticket.evidence, _evidence_list(evidence))
    ticket.area = ticket.area or resident.area
    ticket.unread += 1
    ticket.waiting_since = ticket.waiting_since or now
    ticket.last_resident_at = now
    ticket.activity_at = now
    session.flush()


def waiting_notice(
    session: Session,
    resident: Resident,
    info: TicketInfo,
    now: datetime,
    *,
    city: Any = None,
    crisis_shown: bool = False,
) -> list[Reply]:
    """Tell the waiting resident, in plain words, that a person will answer and roughly when, and how to
    reach the crisis lines — unless the same answer already leads with them (`crisis_shown`, an emergency),
    where a second list would only push the first out of sight. `city` defaults to the configured pack."""
    pack = city if city is not None else notices.current_city()
    parts: list[str] = []
    hours = pack.office_hours
    next_open = hours.next_open(now)
    if info.position is None:
        parts.append(notices.text("waiting.with_staff"))
    elif next_open is None or next_open <= now:
        parts.append(notices.text("waiting.open", position=info.position))
    else:
        parts.append(notices.text("waiting.closed", when=notices.when_jst(next_open, now)))
    parts.append(notices.text("waiting.keep_writing"))
    if crisis_shown:
        return [Text("\n".join(parts))]
    # The lines a city routes for danger to life, open ones first, a few only: the notice must stay short.
    lines = pack.crisis_lines("emergency", _ticket_concerns(session, info), at=now)[:CRISIS_LINES_SHOWN]
    buttons = tuple(tel(label, phone) for label, phone in notices.crisis_buttons(lines))
    return [Text("\n".join(parts)), Text(notices.crisis_text(lines), quick_replies=buttons)]


def _ticket_concerns(session: Session, info: TicketInfo) -> list[str]:
    ticket = session.get(Ticket, info.ticket_id)
    return list(ticket.concerns or []) if ticket is not None else []
