"""Tables of 伴走型支援: check-in plans and the check-ins they produce.

A `CheckInPlan` says whom to check on and when (one-off or every N days/weeks, until a date or a count).
Each active plan has at most one `CheckIn` in state `scheduled` — its next send; the worker claims due rows
atomically, queues the push (its retry key stored on the row) and schedules the following one in the same
unit of work. The database, not a scheduler's memory, is the source of truth for what is due.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.db import Base, utcnow
from bot.models import Resident
from handoff import models as _handoff_models  # noqa: F401  (tickets, staff_users: foreign keys below)

PLAN_STATUSES = ("active", "paused", "cancelled", "stopped", "finished")
CHECKIN_STATUSES = ("scheduled", "sent", "answered", "unanswered", "skipped", "cancelled")
ANSWERS = ("fine", "trouble", "talk", "text")


class CheckInPlan(Base):
    """見守り予定: scheduled check-ins for one resident, set by a coordinator or counselor."""

    __tablename__ = "checkin_plans"
    __table_args__ = (Index("ix_checkin_plans_resident_status", "resident_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"))
    # The case the plan follows up, when it was made from one.
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id", ondelete="SET NULL"))
    first_at: Mapped[datetime]
    every: Mapped[int | None]  # None: one-off
    unit: Mapped[str] = mapped_column(String(8), default="days")  # days | weeks
    until: Mapped[date | None] = mapped_column(Date)  # last Tokyo date a check-in may fall on
    max_count: Mapped[int | None]
    template: Mapped[str] = mapped_column(String(32), default="default")  # checkins.message.<template>
    # active → paused (unfollow or staff) → active; cancelled (staff), stopped (the resident said stop),
    # finished (no check-in left to send).
    status: Mapped[str] = mapped_column(String(10), default="active")
    paused_reason: Mapped[str | None] = mapped_column(String(16))  # staff | unfollow
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_count: Mapped[int] = mapped_column(default=0)
    last_sent_at: Mapped[datetime | None]
    # Consecutive check-ins without an answer; reaching the threshold sets `alert_at` (未応答 → outreach).
    unanswered_streak: Mapped[int] = mapped_column(default=0)
    alert_at: Mapped[datetime | None]
    last_answer: Mapped[str | None] = mapped_column(String(8))  # fine | trouble | talk | text
    last_answer_at: Mapped[datetime | None]
    # The resident wrote "no more messages": asked to confirm at this time (cleared by the answer).
    stop_asked_at: Mapped[datetime | None]

    resident: Mapped[Resident] = relationship(lazy="joined")


class CheckIn(Base):
    """One check-in message of a plan: when it is due, whether it went out, and the answer."""

    __tablename__ = "checkins"
    __table_args__ = (
        # The same check-in can never be created twice, whatever two workers do.
        UniqueConstraint("plan_id", "seq", name="uq_checkins_plan_seq"),
        Index("ix_checkins_status_due_at", "status", "due_at"),
        Index("ix_checkins_resident_status", "resident_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("checkin_plans.id", ondelete="CASCADE"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"))
    seq: Mapped[int]  # 1-based number of the check-in within its plan
    slot: Mapped[int]  # position in the plan's schedule (slots missed during downtime are skipped)
    scheduled_for: Mapped[datetime]  # the schedule's time
    due_at: Mapped[datetime]  # when it may go out (quiet hours applied)
    status: Mapped[str] = mapped_column(String(10), default="scheduled")
    # Set by the SQLite claim (a conditional UPDATE marks the rows one worker took).
    claim_token: Mapped[str | None] = mapped_column(String(36))
    retry_key: Mapped[str | None] = mapped_column(String(36))  # X-Line-Retry-Key of the push
    send_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_sends.id", ondelete="SET NULL"))
    sent_at: Mapped[datetime | None]
    answer: Mapped[str | None] = mapped_column(String(8))
    answer_message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    answered_at: Mapped[datetime | None]
    # The ticket the answer opened or joined.
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    plan: Mapped[CheckInPlan] = relationship(lazy="joined")
