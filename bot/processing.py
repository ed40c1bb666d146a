"""Inbound processing: store webhook events, take them atomically, answer them, hand replies to the outbox.

`accept()` runs on the request path: it inserts each event once (unique `webhookEventId`) and the webhook
commits before answering 200. Everything else runs off the request path — in the web process's background
threads right after the commit (fast path), or in the worker's `sweep` job (crash recovery, redeliveries,
events another process left behind).

Taking an event is a conditional UPDATE from `pending` (or `processing` with an expired lease) to
`processing`, allowed only when no earlier unfinished event of the same source exists, so that one
resident's messages are answered in order. Processing an event and recording its replies is one unit of
work: a crash before the commit leaves the event to be taken again once its lease runs out.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import exists, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, aliased

from bot import line_adapter, outbox
from bot.db import utcnow
from bot.events import InEvent
from bot.models import InboundEvent, OutboundSend, Resident

if TYPE_CHECKING:
    from bot.worker import WorkerContext

log = logging.getLogger(__name__)

UNFINISHED = ("pending", "processing")
SENDS_IN_FLIGHT = ("pending", "sending")
# Event kinds worth the "…" animation: the resident is waiting for an answer in a one-to-one chat.
LOADING_KINDS = frozenset({"text", "postback", "location", "sticker", "media", "follow"})
JOB_BUDGET_SECONDS = 20.0
# A sweep that finds nothing it may take while something is still due looks again this many times, this far apart.
_LOOK_AGAIN = 20
_LOOK_AGAIN_PAUSE = 0.05
EVENT_BACKOFF_BASE = 2.0
EVENT_BACKOFF_MAX = 60.0

# Starts the loading animation in the background and returns its future (the web process installs one
# that uses a small thread pool); None means "start it inline".
LoadingStarter = Callable[[Callable[[], object]], Future[object]]


def _insert(session: Session):  # type: ignore[no-untyped-def]  # dialect-specific Insert constructs
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


def accept(
    session: Session, events: Sequence[line_adapter.RawEvent], now: datetime | None = None
) -> list[int]:
    """Store webhook events, ignoring ones already stored (redeliveries); returns the ids of new rows.

    The caller commits — before answering LINE — so that nothing acknowledged can be lost.
    """
    now = now or utcnow()
    insert = _insert(session)
    new_ids: list[int] = []
    for ev in events:
        stmt = (
            insert(InboundEvent)
            .values(
                webhook_event_id=ev.event_id,
                event_type=ev.event_type,
                source_key=ev.source_key,
                payload=ev.payload,
                redelivery=ev.redelivery,
                status="pending",
                attempts=0,
                available_at=now,
                received_at=now,
            )
            .on_conflict_do_nothing(index_elements=["webhook_event_id"])
            .returning(InboundEvent.id)
        )
        new_id = session.scalar(stmt)
        if new_id is not None:
            new_ids.append(new_id)
    return new_ids


def claim(session: Session, event_id: int, now: datetime, lease: float) -> datetime | None:
    """Take one event for this process unless it is done, held by another live process, not yet due, or
    behind an earlier unfinished event of the same source.

    Returns the lease's end (None when not taken). It doubles as a fencing token: a process that was too
    slow and lost the event to another may not also finish it (see `_prepare`)."""
    lease_until = now + timedelta(seconds=lease)
    earlier = aliased(InboundEvent)
    blocked = exists().where(
        earlier.source_key == InboundEvent.source_key,
        earlier.source_key != "",
        earlier.id < InboundEvent.id,
        earlier.status.in_(UNFINISHED),
    )
    # An earlier event may be done while its answer is still on its way (being sent, or waiting to retry):
    # the next answer waits for it too, or the resident would read the answers out of order.
    answered_earlier = aliased(InboundEvent)
    answer_in_flight = exists().where(
        OutboundSend.status.in_(SENDS_IN_FLIGHT),
        OutboundSend.inbound_event_id == answered_earlier.id,
        answered_earlier.source_key == InboundEvent.source_key,
        answered_earlier.source_key != "",
        answered_earlier.id < InboundEvent.id,
    )
    result = session.execute(
        update(InboundEvent)
        .where(
            InboundEvent.id == event_id,
            InboundEvent.status.in_(UNFINISHED),
            InboundEvent.available_at <= now,
            ~blocked,
            ~answer_in_flight,
        )
        .values(
            status="processing",
            attempts=InboundEvent.attempts + 1,
            available_at=lease_until,
        )
        .execution_options(synchronize_session=False)
    )
    return lease_until if result.rowcount == 1 else None  # type: ignore[attr-defined]  # CursorResult


def _next_of_source(session: Session, source_key: str, after_id: int) -> int | None:
    if not source_key:
        return None
    return session.scalar(
        select(InboundEvent.id)
        .where(
            InboundEvent.source_key == source_key,
            InboundEvent.id > after_id,
            InboundEvent.status == "pending",
        )
        .order_by(InboundEvent.id)
        .limit(1)
    )


def process_new(
    ctx: WorkerContext,
    event_ids: Sequence[int],
    start_loading: LoadingStarter | None = None,
    gate: AbstractContextManager[object] | None = None,
) -> int:
    """Fast path: process events just stored, then any of the same sources that queued up behind them."""
    handled = 0
    for event_id in event_ids:
        current: int | None = event_id
        while current is not None:
            with ctx.sessions() as session:
                now = utcnow()
                lease_until = claim(session, current, now, float(ctx.setting("TSUNAGU_EVENT_LEASE")))
                if lease_until is None:
                    session.rollback()
                    break
                session.commit()
            source_key = process_claimed(ctx, current, lease_until, start_loading, gate)
            handled += 1
            with ctx.sessions() as session:
                current = _next_of_source(session, source_key, current)
    return handled


def resident_for(session: Session, user_id: str, now: datetime) -> Resident:
    """The resident with this LINE user ID, created on first contact (safe against a concurrent insert)."""
    resident = session.scalar(select(Resident).where(Resident.line_user_id == user_id))
    if resident is not None:
        return resident
    insert = _insert(session)
    session.execute(
        insert(Resident)
        .values(line_user_id=user_id, created_at=now)
        .on_conflict_do_nothing(index_elements=["line_user_id"])
    )
    resident = session.scalar(select(Resident).where(Resident.line_user_id == user_id))
    assert resident is not None
    return resident


def process_claimed(
    ctx: WorkerContext,
    row_id: int,
    lease_until: datetime,
    start_loading: LoadingStarter | None = None,
    gate: AbstractContextManager[object] | None = None,
) -> str:
    """Answer one event this process has taken; returns its source key. Errors are retried with back-off,
    and after too many attempts the event is marked failed (kept, visible).

    `gate` bounds how many threads of a web process prepare answers at once (CPU work that would
    otherwise crowd out the webhook's own request threads); waiting on LINE happens outside it.
    """
    with ctx.sessions() as session:
        row = session.get(InboundEvent, row_id)
        assert row is not None
        source_key, payload = row.source_key, row.payload
    try:
        event = line_adapter.to_in_event(payload)
    except Exception as exc:  # a stored payload we cannot read: keep it, visible, for a fix and a requeue
        _record_failure(ctx, row_id, exc)
        return source_key
    # Started first so that the "…" shows while the answer is prepared; it must land before the answer.
    loading = _start_loading(ctx, event, start_loading)
    with gate or nullcontext():
        send_ids = _prepare(ctx, row_id, event, lease_until)
    if loading is not None:
        _wait(loading, float(ctx.setting("TSUNAGU_LOADING_TIMEOUT")))
    for send_id in send_ids or ():
        outbox.deliver_prepared(ctx, send_id)
    return source_key


def _prepare(ctx: WorkerContext, row_id: int, event: InEvent, lease_until: datetime) -> list[int] | None:
    """One unit of work: the resident, the conversation, the answer's sends (stored already taken by this
    process), the event marked done. None when it failed (rolled back, recorded for a retry) or when this
    process's lease ran out and another took the event over (rolled back: that one answers)."""
    from bot.conversation import respond

    with ctx.sessions() as session:
        try:
            row = session.get(InboundEvent, row_id)
            assert row is not None
            now = utcnow()
            resident = None
            if event.source_kind == "user" and event.user_id:
                resident = resident_for(session, event.user_id, now)
                row.resident_id = resident.id
            replies = respond(session, ctx.conversation, resident, event)
            send_ids: list[int] = []
            if replies and (resident is not None or event.group_id):
                sends = outbox.record_send(
                    session,
                    replies,
                    resident=resident,
                    group_id=event.group_id if resident is None else None,
                    origin="bot",
                    inbound_event_id=row.id,
                    reply_token=event.reply_token,
                    reply_token_expires_at=event.timestamp
                    + timedelta(seconds=float(ctx.setting("TSUNAGU_REPLY_TOKEN_TTL"))),
                    claim_lease=float(ctx.setting("TSUNAGU_EVENT_LEASE")),
                )
                send_ids = [s.id for s in sends]
            # Marked done only while the lease is still ours: on PostgreSQL a competing claim waits for this
            # row and then no longer matches; on SQLite the writes are serialised the same way.
            finished = session.execute(
                update(InboundEvent)
                .where(
                    InboundEvent.id == row_id,
                    InboundEvent.status == "processing",
                    InboundEvent.available_at == lease_until,
                )
                .values(status="done", processed_at=utcnow(), last_error=None)
                .execution_options(synchronize_session=False)
            )
            if finished.rowcount != 1:  # type: ignore[attr-defined]  # CursorResult of an UPDATE
                session.rollback()
                log.warning("event %s was taken over by another process after its lease ran out", row_id)
                return None
            session.commit()
            return send_ids
        except Exception as exc:
            session.rollback()
            _record_failure(ctx, row_id, exc)
            return None


def _start_loading(
    ctx: WorkerContext, event: InEvent, start_loading: LoadingStarter | None
) -> Future[object] | None:
    if event.source_kind != "user" or not event.user_id or event.kind not in LOADING_KINDS:
        return None
    user_id = event.user_id
    timeout = float(ctx.setting("TSUNAGU_LOADING_TIMEOUT"))

    def call() -> object:
        return ctx.sender.show_loading(user_id, 5, timeout=timeout)

    if start_loading is None:
        call()
        return None
    return start_loading(call)


def _wait(future: Future[object], timeout: float) -> None:
    try:
        future.result(timeout=timeout + 0.5)
    except Exception:  # the animation is a courtesy; its failure never holds up the answer
        log.debug("loading animation did not complete", exc_info=True)


def _record_failure(ctx: WorkerContext, row_id: int, exc: BaseException) -> None:
    max_attempts = int(ctx.setting("TSUNAGU_EVENT_MAX_ATTEMPTS"))
    with ctx.sessions() as session:
        row = session.get(InboundEvent, row_id)
        if row is None:
            return
        # The error's type and origin only: an exception's text may quote what the resident wrote.
        where = exc.__traceback__
        while where is not None and where.tb_next is not None:
            where = where.tb_next
        origin = (
            f" at {where.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{where.tb_lineno}" if where else ""
        )
        row.last_error = f"{type(exc).__name__}{origin}"
        if row.attempts >= max_attempts:
            row.status = "failed"
            log.error("event %d failed for good after %d attempts: %s", row_id, row.attempts, row.last_error)
        else:
            row.status = "pending"
            wait = min(EVENT_BACKOFF_MAX, EVENT_BACKOFF_BASE * 2 ** (row.attempts - 1))
            row.available_at = utcnow() + timedelta(seconds=wait)
            log.warning(
                "event %d attempt %d failed (%s); retry in %.0fs", row_id, row.attempts, row.last_error, wait
            )
        session.commit()
    log.debug("event %d failure detail", row_id, exc_info=exc)


def sweep(ctx: WorkerContext) -> int:
    """Worker job: process every event that is due — left by a crash, a redelivery, or a busy web process."""
    from bot.worker import in_parallel

    def anything_due() -> bool:
        with ctx.sessions() as session:
            return _next_due(session, utcnow(), set(), lock=False) is not None

    # The "…" animation calls go out on their own threads, as in the web process, so that a backlog is
    # not answered 300 ms slower per event.
    threads = max(2, int(ctx.settings.get("TSUNAGU_WORKER_THREADS", 1)) // 2)
    with ThreadPoolExecutor(threads, thread_name_prefix="tsunagu-loading") as loading:
        return in_parallel(ctx, lambda: _sweep_serial(ctx, loading.submit), anything_due)


def _sweep_serial(ctx: WorkerContext, start_loading: LoadingStarter | None = None) -> int:
    handled = 0
    skipped: set[int] = set()
    looked_again = 0
    deadline = time.monotonic() + JOB_BUDGET_SECONDS
    lease = float(ctx.setting("TSUNAGU_EVENT_LEASE"))
    while time.monotonic() < deadline:
        with ctx.sessions() as session:
            now = utcnow()
            query_id = _next_due(session, now, skipped)
            if query_id is None:
                # What this worker skipped may have been held only for a moment: a row another worker was
                # claiming (skipped while locked), or an event waiting behind the same resident's earlier answer
                # still being sent. Look again a few times before leaving it to the next sweep, or parallel
                # workers that all skipped it would each stop and leave it waiting a whole sweep interval.
                due = _next_due(session, now, set(), lock=False)
                if due is None or looked_again >= _LOOK_AGAIN:
                    return handled
                looked_again += 1
                skipped.clear()
            else:
                lease_until = claim(session, query_id, now, lease)
                session.commit()
        if query_id is None:
            time.sleep(_LOOK_AGAIN_PAUSE)
            continue
        if lease_until is None:
            # Behind an earlier event of the same source (that one is taken first) or taken by another.
            skipped.add(query_id)
            continue
        process_claimed(ctx, query_id, lease_until, start_loading)
        handled += 1
        skipped.clear()  # what waited behind this event may go now
    return handled


def _next_due(session: Session, now: datetime, skipped: set[int], lock: bool = True) -> int | None:
    """The oldest event that may be taken now; on PostgreSQL rows another worker is taking are skipped."""
    query = (
        select(InboundEvent.id)
        .where(InboundEvent.status.in_(UNFINISHED), InboundEvent.available_at <= now)
        .order_by(InboundEvent.id)
        .limit(1)
    )
    if skipped:
        query = query.where(InboundEvent.id.not_in(skipped))
    if lock and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return session.scalar(query)
