"""The worker job of 伴走型支援: send due check-ins exactly once, count the unanswered ones.

`run(ctx)` (registered in `bot.worker.JOBS` as `checkins`) does two things each tick:
1. Check-ins sent longer ago than the answer window become `unanswered`; N in a row raise the plan's
   未応答 alert (`TSUNAGU_CHECKIN_UNANSWERED_ALERT`, default 2).
2. Outside the city's quiet hours, due check-ins are claimed atomically — `FOR UPDATE SKIP LOCKED` on
   PostgreSQL, a conditional UPDATE marking the rows with this run's token on SQLite (where SQLAlchemy drops
   SKIP LOCKED) — and, in the same transaction, queued with `bot.outbox.queue_push` (the send's retry key is
   stored on the check-in) and followed by the plan's next check-in. A worker that dies before the commit
   leaves nothing behind (the check-in is still due); after the commit the outbox delivers the push with its
   retry key, so a repeat is refused by LINE. Missed slots after downtime are skipped, not queued: one send.
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.db import utcnow
from bot.models import Resident
from bot.outbox import queue_push
from handoff.checkins import actions, schedule
from handoff.checkins.api import checkin_replies
from handoff.checkins.models import CheckIn, CheckInPlan

if TYPE_CHECKING:
    from bot.worker import WorkerContext

log = logging.getLogger(__name__)

BATCH = 50  # check-ins per transaction
JOB_BUDGET_SECONDS = 20.0


def _setting(ctx: WorkerContext, name: str, default: Any) -> Any:
    """A knob from the worker's config, else the environment, else the default."""
    value = ctx.settings.get(name) if hasattr(ctx.settings, "get") else None
    if value in (None, ""):
        value = os.environ.get(name, default)
    return type(default)(value)


def run(ctx: WorkerContext) -> int:
    """Worker job: expire unanswered check-ins, then send every due one (outside quiet hours)."""
    now = utcnow()
    handled = expire_unanswered(
        ctx.sessions,
        now,
        answer_hours=_setting(ctx, "TSUNAGU_CHECKIN_ANSWER_HOURS", actions.DEFAULT_ANSWER_HOURS),
        threshold=_setting(ctx, "TSUNAGU_CHECKIN_UNANSWERED_ALERT", actions.DEFAULT_UNANSWERED_ALERT),
    )
    city = ctx.city
    threshold = _setting(ctx, "TSUNAGU_CHECKIN_UNANSWERED_ALERT", actions.DEFAULT_UNANSWERED_ALERT)
    return handled + send_due(ctx.sessions, city.city_name, city.quiet_hours, threshold=threshold)


def expire_unanswered(sessions: Any, now: datetime, *, answer_hours: float, threshold: int) -> int:
    """Sent check-ins whose answer window has passed count as unanswered (each once)."""
    with sessions() as session:
        ids = list(
            session.scalars(
                select(CheckIn.id).where(
                    CheckIn.status == "sent", CheckIn.sent_at < now - timedelta(hours=answer_hours)
                )
            )
        )
        n = sum(actions.mark_unanswered(session, i, now, threshold) for i in ids)
        session.commit()
    if n:
        log.info("check-ins: %d counted as unanswered", n)
    return n


def _due_query(now: datetime, limit: int) -> Any:
    return (
        select(CheckIn.id)
        .join(CheckInPlan, CheckInPlan.id == CheckIn.plan_id)
        .where(CheckIn.status == "scheduled", CheckIn.due_at <= now, CheckInPlan.status == "active")
        .order_by(CheckIn.due_at, CheckIn.id)
        .limit(limit)
    )


def claim_due(session: Session, now: datetime, limit: int = BATCH) -> list[CheckIn]:
    """Take up to `limit` due check-ins for this transaction; no other worker gets the same rows."""
    if session.get_bind().dialect.name == "postgresql":
        # Rows another worker has locked are skipped, not waited for; the lock lasts until our commit.
        ids = list(session.scalars(_due_query(now, limit).with_for_update(skip_locked=True, of=CheckIn)))
    else:
        # SQLite: one writer at a time; the conditional UPDATE is the claim, and the token names our rows.
        token = str(uuid.uuid4())
        session.execute(
            update(CheckIn)
            .where(CheckIn.id.in_(_due_query(now, limit).scalar_subquery()), CheckIn.status == "scheduled")
            .values(claim_token=token)
            .execution_options(synchronize_session=False)
        )
        ids = list(session.scalars(select(CheckIn.id).where(CheckIn.claim_token == token)))
    if not ids:
        return []
    return list(
        session.scalars(select(CheckIn).where(CheckIn.id.in_(ids)).order_by(CheckIn.due_at, CheckIn.id))
    )


def send_due(
    sessions: Any,
    city_name: str,
    quiet: schedule.QuietHoursLike | None,
    *,
    threshold: int = actions.DEFAULT_UNANSWERED_ALERT,
    budget: float = JOB_BUDGET_SECONDS,
) -> int:
    """Send every due check-in; returns how many were queued. Nothing goes out during quiet hours."""
    sent = 0
    deadline = time.monotonic() + budget
    while time.monotonic() < deadline:
        now = utcnow()
        if quiet is not None and quiet.is_quiet(now):
            return sent
        with sessions() as session:
            batch = claim_due(session, now)
            if not batch:
                return sent
            for checkin in batch:
                sent += _send_one(session, checkin, city_name, quiet, now, threshold)
            session.commit()
    return sent


def _send_one(
    session: Session,
    checkin: CheckIn,
    city_name: str,
    quiet: schedule.QuietHoursLike | None,
    now: datetime,
    threshold: int,
) -> int:
    plan = checkin.plan
    resident = session.get(Resident, checkin.resident_id)
    if resident is None or not resident.following:
        # Blocked in between (the unfollow hook normally pauses first): nothing is pushed to a blocked account.
        checkin.status = "skipped"
        if plan.status == "active":
            plan.status, plan.paused_reason = "paused", "unfollow"
        return 0
    # An earlier check-in still waiting for its answer is unanswered now that the next one goes out.
    for earlier in session.scalars(
        select(CheckIn.id).where(
            CheckIn.plan_id == plan.id, CheckIn.status == "sent", CheckIn.id != checkin.id
        )
    ).all():
        actions.mark_unanswered(session, earlier, now, threshold)
    send = queue_push(
        session, resident, list(checkin_replies(city_name, plan.template, checkin.id)), origin="checkin"
    )
    checkin.status, checkin.sent_at = "sent", now
    checkin.send_id, checkin.retry_key = send.id, send.retry_key
    session.flush()
    session.refresh(plan)  # mark_unanswered may have changed the streak in SQL
    plan.sent_count += 1
    plan.last_sent_at = now
    cadence = actions.cadence_of(plan)
    # Catch-up: the next check-in is the first slot after now — slots missed during downtime are not sent.
    slot = schedule.next_slot(cadence, after_slot=checkin.slot, after=now, seq=plan.sent_count + 1)
    actions.set_pending(session, plan, slot, quiet, None)
    return 1
