"""State changes of check-in plans: create, pause, resume, cancel, stop; answers; 未応答 alerts.

Each function takes the caller's session and does not commit. Changes made by staff write an audit row
(`handoff.actions.audit`) in the same unit of work. Status changes that two processes might race on
(a check-in answered while the worker expires it) are conditional UPDATEs whose rowcount decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot import wording
from bot.db import utcnow
from bot.models import Message, Resident
from handoff.actions import audit
from handoff.checkins import schedule
from handoff.checkins.models import CheckIn, CheckInPlan
from handoff.models import StaffUser

DEFAULT_UNANSWERED_ALERT = 2  # consecutive unanswered check-ins before a 未応答 alert
DEFAULT_ANSWER_HOURS = 72.0  # how long after a send a message still counts as its answer


class PlanError(ValueError):
    """A plan cannot be made or changed like that; the message is shown to the staff member."""


@dataclass(frozen=True)
class PlanSpec:
    """What a coordinator fills in: first time (aware), cadence, bounds and template."""

    first_at: datetime
    every: int | None = None
    unit: str = "days"
    until: date | None = None
    max_count: int | None = None
    template: str = "default"


def templates() -> list[str]:
    """Template keys a plan may use (`checkins.message.<key>` in templates/messages/checkins.yaml)."""
    prefix = "checkins.message."
    return [k[len(prefix) :] for k in wording.keys(prefix)]


def cadence_of(plan: CheckInPlan) -> schedule.Cadence:
    return schedule.Cadence(
        first_at=plan.first_at, every=plan.every, unit=plan.unit, until=plan.until, count=plan.max_count
    )


def set_pending(
    session: Session,
    plan: CheckInPlan,
    slot: int | None,
    quiet: schedule.QuietHoursLike | None,
    pending: CheckIn | None,
) -> CheckIn | None:
    """Make `slot` the plan's next check-in (updating the pending row, or adding one); no slot → finished."""
    if slot is None:
        if pending is not None:
            pending.status = "cancelled"
        if plan.status in ("active", "paused"):
            plan.status = "finished"
        return None
    nominal = cadence_of(plan).slot_time(slot)
    due = schedule.due_time(nominal, quiet)
    if pending is None:
        pending = CheckIn(
            plan_id=plan.id,
            resident_id=plan.resident_id,
            seq=plan.sent_count + 1,
            slot=slot,
            scheduled_for=nominal,
            due_at=due,
            status="scheduled",
        )
        session.add(pending)
    else:
        pending.slot, pending.scheduled_for, pending.due_at = slot, nominal, due
    return pending


def pending_checkin(session: Session, plan: CheckInPlan) -> CheckIn | None:
    return session.scalars(
        select(CheckIn).where(CheckIn.plan_id == plan.id, CheckIn.status == "scheduled")
    ).one_or_none()


def create_plan(
    session: Session,
    staff: StaffUser,
    resident: Resident,
    spec: PlanSpec,
    *,
    quiet: schedule.QuietHoursLike | None,
    ticket_id: int | None = None,
    ip: str | None = None,
    now: datetime | None = None,
) -> CheckInPlan:
    """A new active plan with its first check-in scheduled (quiet hours applied)."""
    now = now or utcnow()
    if spec.template not in templates():
        raise PlanError("その文面はありません。")
    if spec.every is None and (spec.until is not None or spec.max_count is not None):
        raise PlanError("1回だけの予定には、終わりの日や回数はいりません。")
    try:
        cadence = schedule.Cadence(spec.first_at, spec.every, spec.unit, spec.until, spec.max_count)
    except ValueError as exc:
        raise PlanError(f"予定の指定が正しくありません（{exc}）。") from exc
    if spec.every is None and spec.first_at < now - timedelta(minutes=5):
        raise PlanError("1回だけの予定は、これからの日時にしてください。")
    slot = schedule.first_slot(cadence, now)
    if slot is None:
        raise PlanError("この指定では、送る日がありません（終わりの日が過ぎています）。")
    plan = CheckInPlan(
        resident_id=resident.id,
        ticket_id=ticket_id,
        first_at=spec.first_at,
        every=spec.every,
        unit=spec.unit,
        until=spec.until,
        max_count=spec.max_count,
        template=spec.template,
        status="active",
        created_by_id=staff.id,
        created_at=now,
        updated_at=now,
    )
    session.add(plan)
    session.flush()
    set_pending(session, plan, slot, quiet, None)
    audit(
        session,
        staff,
        "checkin_plan_create",
        ticket_id,
        {"plan": plan.id, "resident": resident.id, "every": spec.every, "unit": spec.unit},
        ip=ip,
    )
    session.flush()
    return plan


def pause_plan(
    session: Session,
    plan: CheckInPlan,
    staff: StaffUser | None,
    *,
    reason: str = "staff",
    ip: str | None = None,
) -> None:
    if plan.status != "active":
        raise PlanError("動いている予定だけ 止められます。")
    plan.status, plan.paused_reason, plan.updated_at = "paused", reason, utcnow()
    if staff is not None:
        audit(session, staff, "checkin_plan_pause", plan.ticket_id, {"plan": plan.id}, ip=ip)


def resume_plan(
    session: Session,
    plan: CheckInPlan,
    staff: StaffUser,
    *,
    quiet: schedule.QuietHoursLike | None,
    ip: str | None = None,
    now: datetime | None = None,
) -> CheckIn | None:
    """Active again; a next check-in whose time passed while paused moves to the next slot after now
    (a paused plan does not make up for the pause with a burst of messages)."""
    now = now or utcnow()
    if plan.status != "paused":
        raise PlanError("止めている予定だけ 再開できます。")
    resident = session.get(Resident, plan.resident_id)
    if resident is not None and not resident.following:
        raise PlanError("この方は LINE でブロックしています。再開できません。")
    plan.status, plan.paused_reason, plan.updated_at = "active", None, now
    pending = pending_checkin(session, plan)
    cadence = cadence_of(plan)
    if pending is not None and pending.scheduled_for >= now:
        slot: int | None = pending.slot
    elif cadence.one_off:
        slot = 0 if plan.sent_count == 0 else None  # a one-off missed while paused goes out now
    else:
        last = pending.slot - 1 if pending is not None else None
        slot = schedule.next_slot(cadence, after_slot=last, after=now, seq=plan.sent_count + 1)
    nxt = set_pending(session, plan, slot, quiet, pending)
    if nxt is not None and nxt.due_at < now:
        nxt.due_at = schedule.due_time(now, quiet)
    audit(session, staff, "checkin_plan_resume", plan.ticket_id, {"plan": plan.id}, ip=ip)
    return nxt


def _close_pending(session: Session, plan_ids: list[int]) -> None:
    if plan_ids:
        session.execute(
            update(CheckIn)
            .where(CheckIn.plan_id.in_(plan_ids), CheckIn.status == "scheduled")
            .values(status="cancelled")
            .execution_options(synchronize_session=False)
        )


def cancel_plan(session: Session, plan: CheckInPlan, staff: StaffUser, *, ip: str | None = None) -> None:
    if plan.status not in ("active", "paused"):
        raise PlanError("この予定は もう終わっています。")
    plan.status, plan.updated_at = "cancelled", utcnow()
    _close_pending(session, [plan.id])
    audit(session, staff, "checkin_plan_cancel", plan.ticket_id, {"plan": plan.id}, ip=ip)


def acknowledge_alert(
    session: Session, plan: CheckInPlan, staff: StaffUser, *, ip: str | None = None
) -> None:
    """A coordinator has taken up the 未応答 alert (e.g. arranged a visit): it leaves the alert list."""
    if plan.alert_at is None:
        raise PlanError("この予定に 未応答の知らせはありません。")
    plan.alert_at, plan.unanswered_streak = None, 0
    audit(session, staff, "checkin_alert_ack", plan.ticket_id, {"plan": plan.id}, ip=ip)


def live_plans(session: Session, resident_id: int) -> list[CheckInPlan]:
    return list(
        session.scalars(
            select(CheckInPlan).where(
                CheckInPlan.resident_id == resident_id, CheckInPlan.status.in_(("active", "paused"))
            )
        )
    )


def pause_all(session: Session, resident_id: int, reason: str) -> int:
    """Pause every active plan of a resident (unfollow); returns how many."""
    result = session.execute(
        update(CheckInPlan)
        .where(CheckInPlan.resident_id == resident_id, CheckInPlan.status == "active")
        .values(status="paused", paused_reason=reason, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def stop_all(session: Session, resident_id: int) -> int:
    """The resident confirmed they want no more check-ins: every live plan stops for good."""
    plans = live_plans(session, resident_id)
    now = utcnow()
    for plan in plans:
        plan.status, plan.stop_asked_at, plan.updated_at = "stopped", None, now
    _close_pending(session, [p.id for p in plans])
    return len(plans)


def outstanding(session: Session, resident_id: int, now: datetime, answer_hours: float) -> CheckIn | None:
    """The resident's latest sent, unanswered check-in still within its answer window."""
    return session.scalars(
        select(CheckIn)
        .where(
            CheckIn.resident_id == resident_id,
            CheckIn.status == "sent",
            CheckIn.sent_at >= now - timedelta(hours=answer_hours),
        )
        .order_by(CheckIn.sent_at.desc(), CheckIn.id.desc())
        .limit(1)
    ).first()


def record_answer(
    session: Session, checkin: CheckIn, answer: str, message: Message | None, now: datetime | None = None
) -> None:
    """Record the answer on the check-in and its plan; an answer ends a 未応答 streak and its alert.

    A check-in the worker already counted as unanswered may still be answered late: the answer wins.
    """
    now = now or utcnow()
    checkin.status = "answered"
    checkin.answer = answer
    checkin.answer_message_id = message.id if message is not None else None
    checkin.answered_at = now
    plan = checkin.plan
    plan.last_answer, plan.last_answer_at = answer, now
    plan.unanswered_streak = 0
    plan.alert_at = None
    plan.stop_asked_at = None


def mark_unanswered(session: Session, checkin_id: int, now: datetime, threshold: int) -> bool:
    """Count a sent check-in as unanswered (once, even with two workers); raise the plan's 未応答 alert when
    the streak reaches `threshold`. True when this call made the change."""
    done = session.execute(
        update(CheckIn)
        .where(CheckIn.id == checkin_id, CheckIn.status == "sent")
        .values(status="unanswered")
        .execution_options(synchronize_session=False)
    )
    if done.rowcount != 1:  # type: ignore[attr-defined]
        return False
    plan_id = session.scalar(select(CheckIn.plan_id).where(CheckIn.id == checkin_id))
    session.execute(
        update(CheckInPlan)
        .where(CheckInPlan.id == plan_id)
        .values(unanswered_streak=CheckInPlan.unanswered_streak + 1)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(CheckInPlan)
        .where(
            CheckInPlan.id == plan_id,
            CheckInPlan.unanswered_streak >= threshold,
            CheckInPlan.alert_at.is_(None),
            # Someone who asked us to stop, or whose plan staff cancelled, is not chased by an alert.
            CheckInPlan.status.not_in(("stopped", "cancelled")),
        )
        .values(alert_at=now)
        .execution_options(synchronize_session=False)
    )
    return True


def next_sends(
    session: Session, plan: CheckInPlan, quiet: schedule.QuietHoursLike | None, limit: int = 5
) -> list[datetime]:
    """Due times (UTC) of the plan's next check-ins, the pending one first; empty when none is left."""
    if plan.status not in ("active", "paused"):
        return []
    pending = pending_checkin(session, plan)
    if pending is None:
        return []
    rest = schedule.upcoming(
        cadence_of(plan), quiet, from_slot=pending.slot + 1, seq=pending.seq + 1, limit=limit - 1
    )
    return [pending.due_at, *rest] if limit > 1 else [pending.due_at]


def describe(plan: CheckInPlan) -> dict[str, Any]:
    """Plain facts about a plan for pages and audit details (no message text)."""
    return {
        "id": plan.id,
        "status": plan.status,
        "every": plan.every,
        "unit": plan.unit,
        "until": plan.until.isoformat() if plan.until else None,
        "max_count": plan.max_count,
        "sent": plan.sent_count,
    }
