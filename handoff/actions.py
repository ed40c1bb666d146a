"""State changes of tickets made by staff (and by the stale-claim sweep): small named functions.

Each takes the caller's session and does not commit; each writes its `TicketEvent` and its `AuditLog` row in
the same unit of work, so a change and its record stand or fall together. Who may call which function on
which ticket is decided by `handoff.access` before the call; these functions only check that the ticket is
in a state where the change makes sense, and raise `ActionError` (with words for the counselor) otherwise.
Ownership changes are conditional UPDATEs checked by rowcount: the database, not process memory, decides
who wins when two counselors act at once.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from bot.db import utcnow
from bot.models import Resident
from bot.replies import Text
from handoff.models import OUTCOMES, ROLES, AuditLog, StaffUser, Ticket, TicketEvent

log = logging.getLogger(__name__)

MAX_REPLY_CHARS = 5000  # LINE's limit for one text message
MAX_NOTE_CHARS = 10_000


class ActionError(Exception):
    """The change cannot be made in the ticket's present state; the message is shown to the staff member."""


def audit(
    session: Session,
    staff: StaffUser | None,
    action: str,
    ticket_id: int | None = None,
    detail: dict[str, Any] | None = None,
    *,
    ip: str | None = None,
) -> None:
    """Append one audit record (監査ログ). Never holds message text: only ids and outcomes."""
    session.add(
        AuditLog(
            staff_id=staff.id if staff else None, action=action, ticket_id=ticket_id, detail=detail, ip=ip
        )
    )


def _event(
    session: Session, ticket: Ticket, kind: str, staff: StaffUser | None, **fields: Any
) -> TicketEvent:
    ev = TicketEvent(ticket_id=ticket.id, kind=kind, staff_id=staff.id if staff else None, **fields)
    session.add(ev)
    return ev


def claim_ticket(
    session: Session, ticket_id: int, staff: StaffUser, *, now: datetime | None = None, ip: str | None = None
) -> bool:
    """Take a queued ticket. True for exactly one of several staff claiming at once; False for the others.

    `UPDATE … WHERE owner_id IS NULL` is atomic on SQLite and PostgreSQL: the row lock (or SQLite's write
    lock) makes the second UPDATE re-check the condition after the first commits, so it matches no row.
    """
    now = now or utcnow()
    result = session.execute(
        update(Ticket)
        .where(Ticket.id == ticket_id, Ticket.status == "open", Ticket.owner_id.is_(None))
        .values(
            owner_id=staff.id,
            claimed_at=now,
            # The counselor's clock for answering starts now, whatever the resident waited before.
            waiting_since=now,
            stale_returned_at=None,
            escalated_at=None,
            activity_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        return False
    # Ids only: no reload of the row, so a claim costs one UPDATE and two INSERTs before the commit.
    session.add(TicketEvent(ticket_id=ticket_id, kind="claimed", staff_id=staff.id))
    audit(session, staff, "claim", ticket_id, ip=ip)
    loaded = session.identity_map.get(session.identity_key(Ticket, ticket_id))
    if loaded is not None:
        session.expire(loaded)  # a copy loaded before the UPDATE must not keep the old owner
    return True


def release_ticket(session: Session, ticket: Ticket, staff: StaffUser, *, ip: str | None = None) -> None:
    """Give an owned ticket back to the queue (e.g. the counselor goes off duty)."""
    _require_open(ticket)
    if ticket.owner_id is None:
        raise ActionError("この相談は まだ だれも担当していません。")
    now = utcnow()
    ticket.owner_id = None
    ticket.claimed_at = None
    ticket.waiting_since = ticket.waiting_since or now
    ticket.activity_at = now
    _event(session, ticket, "released", staff)
    audit(session, staff, "release", ticket.id, ip=ip)


def release_stale_claims(
    session: Session,
    older_than: timedelta,
    *,
    emergency_after: timedelta | None = None,
    now: datetime | None = None,
) -> int:
    """Return to the queue, flagged, every claimed ticket whose resident has waited `older_than` for a reply
    — or `emergency_after` (shorter) on an emergency ticket, so that a person in danger whose counselor has
    stepped away reaches the whole queue's alarm quickly.

    Candidates are locked with SKIP LOCKED on PostgreSQL (several workers never fight over one row); each
    release is a conditional UPDATE so that a reply or transfer landing meanwhile wins over the sweep.
    """
    now = now or utcnow()
    cutoff = now - older_than
    stale = Ticket.waiting_since < cutoff
    if emergency_after is not None and emergency_after < older_than:
        stale = or_(stale, and_(Ticket.risk == "emergency", Ticket.waiting_since < now - emergency_after))
    candidates = session.execute(
        select(Ticket.id, Ticket.owner_id)
        .where(Ticket.status == "open", Ticket.owner_id.is_not(None), stale)
        .order_by(Ticket.id)
        .with_for_update(skip_locked=True)
    ).all()
    released = 0
    for ticket_id, owner_id in candidates:
        result = session.execute(
            update(Ticket)
            .where(
                Ticket.id == ticket_id,
                Ticket.owner_id == owner_id,
                Ticket.status == "open",
                stale,
            )
            .values(
                owner_id=None,
                claimed_at=None,
                stale_returned_at=now,
                stale_count=Ticket.stale_count + 1,
                activity_at=now,
            )
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:
            continue
        released += 1
        session.add(TicketEvent(ticket_id=ticket_id, kind="stale_released", data={"owner_id": owner_id}))
        session.add(AuditLog(action="stale_release", ticket_id=ticket_id, detail={"owner_id": owner_id}))
    if released:
        # Objects already loaded in this session must not keep the old owner.
        session.expire_all()
        log.info("returned %d stale claims to the queue", released)
    return released


def reply_to_resident(
    session: Session, ticket: Ticket, staff: StaffUser, text: str, *, ip: str | None = None
) -> Any:
    """Send the owner's words to the resident through LINE push (retry key, delivery state in the outbox)."""
    from bot.outbox import queue_push

    _require_open(ticket)
    if ticket.owner_id != staff.id:
        raise ActionError("返信できるのは 担当者だけです。先に「担当する」を押してください。")
    body = (text or "").strip()
    if not body:
        raise ActionError("返信の文が 空です。")
    if len(body) > MAX_REPLY_CHARS:
        raise ActionError(f"返信は {MAX_REPLY_CHARS}文字までです。")
    resident = session.get(Resident, ticket.resident_id)
    assert resident is not None
    send = queue_push(session, resident, [Text(body)], origin="staff", staff_id=staff.id)
    now = utcnow()
    ticket.last_staff_reply_at = now
    ticket.waiting_since = None
    ticket.unread = 0
    ticket.activity_at = now
    _event(session, ticket, "reply", staff, data={"send_id": getattr(send, "id", None)})
    audit(session, staff, "reply", ticket.id, {"send_id": getattr(send, "id", None)}, ip=ip)
    return send


def add_note(session: Session, ticket: Ticket, staff: StaffUser, body: str, *, ip: str | None = None) -> None:
    """A private note (ケース記録) for colleagues; never sent to the resident."""
    body = (body or "").strip()
    if not body:
        raise ActionError("メモが 空です。")
    if len(body) > MAX_NOTE_CHARS:
        raise ActionError(f"メモは {MAX_NOTE_CHARS}文字までです。")
    _event(session, ticket, "note", staff, body=body)
    ticket.activity_at = utcnow()
    audit(session, staff, "note", ticket.id, ip=ip)


def transfer_ticket(
    session: Session,
    ticket: Ticket,
    staff: StaffUser,
    to: StaffUser,
    note: str = "",
    *,
    ip: str | None = None,
) -> None:
    """Hand an owned ticket to a colleague (引き継ぎ). Conditional on the owner not having changed meanwhile."""
    _require_open(ticket)
    if not to.active or to.role not in ROLES:
        raise ActionError("その職員には 引き継げません。")
    if to.id == ticket.owner_id:
        raise ActionError("すでに その職員が担当しています。")
    now = utcnow()
    result = session.execute(
        update(Ticket)
        .where(Ticket.id == ticket.id, Ticket.status == "open", _same_owner(ticket.owner_id))
        .values(
            owner_id=to.id,
            claimed_at=now,
            waiting_since=now if ticket.waiting_since is not None else None,
            stale_returned_at=None,
            activity_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise ActionError("ほかの職員が 先に この相談を動かしました。画面を 更新してください。")
    session.refresh(ticket)
    _event(
        session, ticket, "transfer", staff, body=note.strip() or None, data={"from": staff.id, "to": to.id}
    )
    audit(session, staff, "transfer", ticket.id, {"to": to.id}, ip=ip)


def _same_owner(owner_id: int | None) -> Any:
    return Ticket.owner_id.is_(None) if owner_id is None else Ticket.owner_id == owner_id


def record_connection(
    session: Session,
    ticket: Ticket,
    staff: StaffUser,
    target: str,
    note: str = "",
    *,
    window_id: str | None = None,
    ip: str | None = None,
) -> None:
    """Record つなぎ先: the window or agency the case was connected to (for the city's reports)."""
    target = (target or "").strip()
    if not target:
        raise ActionError("つなぎ先を 選ぶか 書いてください。")
    _event(
        session,
        ticket,
        "connection",
        staff,
        body=target[:200],
        data={"window_id": window_id, "note": note.strip()},
    )
    ticket.activity_at = utcnow()
    audit(session, staff, "connection", ticket.id, {"window_id": window_id}, ip=ip)


def close_ticket(
    session: Session, ticket: Ticket, staff: StaffUser, outcome: str, note: str = "", *, ip: str | None = None
) -> None:
    """Close with an outcome (解決 / つないだ / 継続支援). The owner is kept: a 継続支援 case reopens to them."""
    _require_open(ticket)
    if outcome not in OUTCOMES:
        raise ActionError("結果を 選んでください（解決 / つないだ / 継続支援）。")
    now = utcnow()
    ticket.status = "closed"
    ticket.outcome = outcome
    ticket.closed_at = now
    ticket.closed_by_id = staff.id
    ticket.waiting_since = None
    ticket.activity_at = now
    _event(session, ticket, "closed", staff, body=note.strip() or None, data={"outcome": outcome})
    audit(session, staff, "close", ticket.id, {"outcome": outcome}, ip=ip)
    session.flush()


def reopen_ticket(session: Session, ticket: Ticket, staff: StaffUser, *, ip: str | None = None) -> None:
    """Reopen a closed case and take it (the resident wrote again). Refused while another case is open."""
    if ticket.status != "closed":
        raise ActionError("この相談は 閉じていません。")
    other = session.scalar(
        select(Ticket.id).where(Ticket.resident_id == ticket.resident_id, Ticket.status == "open")
    )
    if other is not None:
        raise ActionError(f"この方には 開いている相談（#{other}）があります。そちらを 使ってください。")
    now = utcnow()
    ticket.status = "open"
    ticket.owner_id = staff.id
    ticket.claimed_at = now
    ticket.outcome = None
    ticket.closed_at = None
    ticket.closed_by_id = None
    ticket.waiting_since = None
    ticket.activity_at = now
    _event(session, ticket, "reopened", staff, data={"by": "staff"})
    audit(session, staff, "reopen", ticket.id, ip=ip)
    session.flush()


def mark_seen(ticket: Ticket, staff: StaffUser) -> None:
    """The owner has read the resident's latest messages (and so has seen any emergency among them)."""
    if ticket.owner_id == staff.id:
        ticket.unread = 0
        ticket.escalated_at = None


def _require_open(ticket: Ticket) -> None:
    if ticket.status != "open":
        raise ActionError("この相談は 閉じています。")
