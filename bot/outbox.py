"""Outbound sends: record what tsunagu says, then deliver it to LINE exactly as far as LINE allows.

A send (`OutboundSend`) is at most five messages to one resident (or one group). It is stored with the
`Message` rows it carries before any call is made; delivery then tries the reply token while it is fresh,
else pushes with the send's `X-Line-Retry-Key` (a repeat is answered 409 by LINE: already delivered).
5xx, 429 and timeouts are retried with exponential back-off by the worker's `deliver_due` job; a send that
finally fails is marked `failed` with its last error — kept and visible, never dropped.

Delivery takes a send atomically (conditional UPDATE; `FOR UPDATE SKIP LOCKED` when looking for due sends
on PostgreSQL) and holds it under a lease, so web threads and any number of workers can run side by side.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, select, update
from sqlalchemy.orm import Session

from bot.db import utcnow
from bot.line_adapter import MAX_MESSAGES_PER_CALL, SendResult
from bot.models import Message, OutboundSend, Resident
from bot.replies import Flex, Reply, Text

if TYPE_CHECKING:
    from bot.worker import WorkerContext

log = logging.getLogger(__name__)

# Session.info key: a callable the web process installs to deliver a send as soon as it is committed.
DELIVER_SOON = "tsunagu.deliver_soon"
# How long one `deliver_due` run may keep going before yielding to the scheduler's next tick.
JOB_BUDGET_SECONDS = 20.0


def record_send(
    session: Session,
    replies: Sequence[Reply],
    *,
    resident: Resident | None,
    origin: str,
    group_id: str | None = None,
    staff_id: int | None = None,
    inbound_event_id: int | None = None,
    reply_token: str | None = None,
    reply_token_expires_at: datetime | None = None,
    claim_lease: float | None = None,
) -> list[OutboundSend]:
    """Store replies as sends of at most five messages (the first may use the reply token) with their
    outbound `Message` rows (residents only: group chats store nothing). The caller commits.

    With `claim_lease` the sends are stored already taken by the calling process (which then calls
    `deliver_prepared` right after its commit): one commit fewer per answer than claiming them afterwards,
    and if the process dies the lease runs out and the worker pushes them.
    """
    if resident is None and group_id is None:
        raise ValueError("a send needs a resident or a group")
    sends: list[OutboundSend] = []
    now = utcnow()
    for start in range(0, len(replies), MAX_MESSAGES_PER_CALL):
        chunk = list(replies[start : start + MAX_MESSAGES_PER_CALL])
        send = OutboundSend(
            resident_id=resident.id if resident is not None else None,
            group_id=group_id if resident is None else None,
            inbound_event_id=inbound_event_id,
            origin=origin,
            staff_id=staff_id,
            messages=[r.to_wire() for r in chunk],
            retry_key=str(uuid.uuid4()),
            # A reply token is single-use: only the first send of an answer may carry it.
            reply_token=reply_token if start == 0 else None,
            reply_token_expires_at=reply_token_expires_at if start == 0 else None,
            next_attempt_at=now,
            created_at=now,
        )
        if claim_lease is not None:
            send.status = "sending"
            send.attempts = 1
            send.next_attempt_at = now + timedelta(seconds=claim_lease)
            # The token is this process's to use; after a crash it counts as spent (the worker pushes).
            send.reply_tried = bool(
                send.reply_token and send.reply_token_expires_at and now < send.reply_token_expires_at
            )
        session.add(send)
        session.flush()
        if resident is not None:
            for reply in chunk:
                session.add(_message_row(resident, reply, send, origin, staff_id, now))
        sends.append(send)
    return sends


def _message_row(
    resident: Resident, reply: Reply, send: OutboundSend, origin: str, staff_id: int | None, now: datetime
) -> Message:
    wire = reply.to_wire()
    text = reply.text if isinstance(reply, Text) else reply.alt_text if isinstance(reply, Flex) else None
    return Message(
        resident_id=resident.id,
        direction="out",
        sender="staff" if origin == "staff" else "bot",
        staff_id=staff_id,
        kind=str(wire.get("type", "text")),
        text=text,
        payload=wire,
        send_id=send.id,
        created_at=now,
    )


def queue_push(
    session: Session, resident: Resident, replies: list[Reply], *, origin: str, staff_id: int | None = None
) -> OutboundSend:
    """Queue a push of up to five replies to `resident` (staff replies, check-ins). The caller commits;
    after the commit the web process delivers it at once when it can, else the worker within seconds."""
    if not 1 <= len(replies) <= MAX_MESSAGES_PER_CALL:
        raise ValueError(f"a push carries 1 to {MAX_MESSAGES_PER_CALL} messages, got {len(replies)}")
    (send,) = record_send(session, replies, resident=resident, origin=origin, staff_id=staff_id)
    deliver_soon = session.info.get(DELIVER_SOON)
    if deliver_soon is not None:
        send_ref = send

        def _after_commit(_session: Session) -> None:
            deliver_soon(send_ref.id)

        event.listen(session, "after_commit", _after_commit, once=True)
    return send


def backoff(attempts: int, base: float, cap: float) -> float:
    """Seconds to wait after the `attempts`-th failed attempt: base, 2·base, 4·base… up to cap."""
    return min(cap, base * (2 ** max(0, attempts - 1)))


def _claim(session: Session, send_id: int, now: datetime, lease: float) -> bool:
    """Take a due send (pending, or `sending` whose lease ran out) for this process; True when taken."""
    result = session.execute(
        update(OutboundSend)
        .where(
            OutboundSend.id == send_id,
            OutboundSend.status.in_(("pending", "sending")),
            OutboundSend.next_attempt_at <= now,
        )
        .values(
            status="sending",
            attempts=OutboundSend.attempts + 1,
            next_attempt_at=now + timedelta(seconds=lease),
        )
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1  # type: ignore[attr-defined]  # CursorResult of an UPDATE


def deliver(ctx: WorkerContext, send_id: int) -> str:
    """Deliver one send if it is due and nobody else holds it; returns its status afterwards
    ("sent", "pending" for a retry later, "failed", or "busy" when not taken)."""
    with ctx.sessions() as session:
        if not _claim(session, send_id, utcnow(), float(ctx.setting("TSUNAGU_EVENT_LEASE"))):
            session.rollback()
            return "busy"
        session.commit()
        return _deliver_claimed(ctx, session, send_id)


def deliver_prepared(ctx: WorkerContext, send_id: int) -> str:
    """Deliver a send that `record_send(..., claim_lease=…)` stored already taken by this process."""
    with ctx.sessions() as session:
        return _deliver_claimed(ctx, session, send_id, prepared=True)


def _deliver_claimed(ctx: WorkerContext, session: Session, send_id: int, prepared: bool = False) -> str:
    send = session.get(OutboundSend, send_id)
    assert send is not None
    resident = session.get(Resident, send.resident_id) if send.resident_id is not None else None
    messages: list[dict[str, Any]] = list(send.messages)
    now = utcnow()
    errors: list[str] = []

    token_fresh = send.reply_token_expires_at is not None and now < send.reply_token_expires_at
    if prepared:
        # Stored taken, with `reply_tried` already committed: the reply is this process's to make.
        try_reply = bool(send.reply_token and send.reply_tried and token_fresh)
    else:
        try_reply = bool(send.reply_token and not send.reply_tried and token_fresh)
        if try_reply:
            # Recorded before the call: a reply token is single-use, so a retry after a crash goes by push.
            send.reply_tried = True
            session.commit()
    if try_reply:
        assert send.reply_token is not None
        result = ctx.sender.reply(send.reply_token, messages)
        if result.ok:
            return _finish(session, send, "sent", via="reply")
        errors.append(f"reply: {result.error}")
        # LINE has no retry for replies; the push below carries the answer instead.

    target = resident.line_user_id if resident is not None else send.group_id
    if resident is not None and not resident.following:
        # LINE accepts pushes to a resident who blocked the account and silently drops them; say so.
        return _finish(
            session, send, "failed", error="; ".join([*errors, "resident has blocked the account"])
        )
    if not target:
        return _finish(session, send, "failed", error="no push target")
    result = ctx.sender.push(target, messages, send.retry_key)
    if result.ok:
        return _finish(session, send, "sent", via="push", error="; ".join(errors) or None)
    errors.append(f"push: {result.error}")
    return _after_failure(ctx, session, send, result, "; ".join(errors))


def _after_failure(
    ctx: WorkerContext, session: Session, send: OutboundSend, result: SendResult, error: str
) -> str:
    max_attempts = int(ctx.setting("TSUNAGU_SEND_MAX_ATTEMPTS"))
    if result.retryable and send.attempts < max_attempts:
        wait = backoff(
            send.attempts,
            float(ctx.setting("TSUNAGU_SEND_BACKOFF")),
            float(ctx.setting("TSUNAGU_SEND_BACKOFF_MAX")),
        )
        if result.retry_after:
            wait = max(wait, result.retry_after)
        send.status = "pending"
        send.next_attempt_at = utcnow() + timedelta(seconds=wait)
        send.last_error = error[:1000]
        session.commit()
        log.warning("send %d: attempt %d failed (%s); retry in %.0fs", send.id, send.attempts, error, wait)
        return "pending"
    log.error("send %d failed for good after %d attempt(s): %s", send.id, send.attempts, error)
    return _finish(session, send, "failed", error=error)


def _finish(
    session: Session, send: OutboundSend, status: str, *, via: str | None = None, error: str | None = None
) -> str:
    send.status = status
    send.via = via
    if error:
        send.last_error = error[:1000]
    if status == "sent":
        send.sent_at = utcnow()
    session.commit()
    return status


def _next_due(session: Session, now: datetime, lock: bool = True) -> int | None:
    """The oldest due send nobody holds; on PostgreSQL locked rows (another worker's) are skipped."""
    query = (
        select(OutboundSend.id)
        .where(OutboundSend.status.in_(("pending", "sending")), OutboundSend.next_attempt_at <= now)
        .order_by(OutboundSend.next_attempt_at, OutboundSend.id)
        .limit(1)
    )
    if lock and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return session.scalar(query)


def deliver_due(ctx: WorkerContext) -> int:
    """Worker job: deliver every due send (queued pushes, retries, sends whose process died)."""
    from bot.worker import in_parallel

    def anything_due() -> bool:
        with ctx.sessions() as session:
            return _next_due(session, utcnow(), lock=False) is not None

    return in_parallel(ctx, lambda: _deliver_due_serial(ctx), anything_due)


def _deliver_due_serial(ctx: WorkerContext) -> int:
    handled = 0
    deadline = time.monotonic() + JOB_BUDGET_SECONDS
    lease = float(ctx.setting("TSUNAGU_EVENT_LEASE"))
    while time.monotonic() < deadline:
        with ctx.sessions() as session:
            now = utcnow()
            send_id = _next_due(session, now)
            if send_id is None:
                return handled
            claimed = _claim(session, send_id, now, lease)
            session.commit()
            if claimed:
                _deliver_claimed(ctx, session, send_id)
                handled += 1
    return handled
