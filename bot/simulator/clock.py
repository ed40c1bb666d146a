"""「時間を進める」 for the demo: move the demo's world forward by whole days so check-ins fall due now.

The bot, the worker and the check-in code keep reading the real clock. Instead, every time the check-in
code compares with "now" is moved *back* by the same amount in the database — a plan's `first_at` (its
slots are computed from it) and `until`, a pending check-in's `scheduled_for`/`due_at`, a sent one's
`sent_at` (so the answer window and the 未応答 count see the time pass), and the other plan/check-in
timestamps so their order stays true. Whole days only: the Tokyo wall-clock time of every slot stays the
same, so a check-in moved back never lands in quiet hours. Then the check-in job runs once and the outbox
delivers, exactly as the worker would on its next tick. Quiet hours still follow the real clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from handoff.checkins.models import CheckIn, CheckInPlan

MAX_DAYS = 366
_PLAN_TIMES = (
    "first_at",
    "created_at",
    "updated_at",
    "last_sent_at",
    "alert_at",
    "last_answer_at",
    "stop_asked_at",
)
_CHECKIN_TIMES = ("scheduled_for", "due_at", "sent_at", "answered_at", "created_at")


@dataclass(frozen=True)
class Advanced:
    """What moving time forward did: rows shifted, check-ins handled, pushes delivered, quiet now or not."""

    days: int
    plans: int
    checkins: int
    handled: int  # check-ins counted unanswered or queued for sending
    sent: int  # check-ins sent by this move (whichever worker queued them)
    delivered: int
    quiet: bool
    quiet_until: datetime | None


def _shift(row: Any, names: tuple[str, ...], delta: timedelta) -> None:
    for name in names:
        value = getattr(row, name)
        if value is not None:
            setattr(row, name, value - delta)


def shift_checkins(session: Session, days: int) -> tuple[int, int]:
    """Move every check-in plan and check-in `days` days into the past; returns (plans, check-ins) shifted.

    The caller commits. Rows are changed through the ORM (not SQL date arithmetic) so the same code works on
    SQLite and PostgreSQL and the UTC column type applies.
    """
    if not 1 <= days <= MAX_DAYS:
        raise ValueError(f"days must be 1 to {MAX_DAYS}")
    delta = timedelta(days=days)
    plans = list(session.scalars(select(CheckInPlan)))
    for plan in plans:
        _shift(plan, _PLAN_TIMES, delta)
        if plan.until is not None:
            plan.until = plan.until - delta
    checkins = list(session.scalars(select(CheckIn)))
    for checkin in checkins:
        _shift(checkin, _CHECKIN_TIMES, delta)
    return len(plans), len(checkins)


def advance(ctx: Any, days: int) -> Advanced:
    """Shift the check-in world by `days`, then run the check-in job and the outbox once (as the worker
    would). `ctx` is the app's `WorkerContext`; the jobs claim their rows atomically, so the demo's own
    worker ticking at the same moment sends nothing twice."""
    from bot.db import utcnow
    from bot.outbox import deliver_due
    from handoff.checkins import jobs

    started = utcnow()
    with ctx.sessions() as session:
        plans, checkins = shift_checkins(session, days)
        session.commit()
    handled = jobs.run(ctx)
    delivered = deliver_due(ctx)
    with ctx.sessions() as session:
        # Counted from the rows, since the demo's own worker may have taken some of them a moment earlier.
        sent = session.scalar(select(func.count()).select_from(CheckIn).where(CheckIn.sent_at >= started))
    quiet_hours = getattr(ctx.city, "quiet_hours", None)
    now = utcnow()
    quiet = bool(quiet_hours is not None and quiet_hours.is_quiet(now))
    return Advanced(
        days=days,
        plans=plans,
        checkins=checkins,
        handled=handled,
        sent=int(sent or 0),
        delivered=delivered,
        quiet=quiet,
        quiet_until=quiet_hours.next_allowed(now) if quiet else None,
    )
