"""Records of the hand-off to people: tickets and their events, staff users, the audit log, login attempts.

A `Ticket` (相談票) is one resident's request for a person. There is at most one open ticket per resident
(a partial unique index enforces it, so two web processes racing to open one cannot both succeed).
Ownership is taken with a conditional UPDATE (see `handoff.actions.claim_ticket`), never in memory.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from bot.db import Base, utcnow

ROLES = ("counselor", "coordinator", "admin")
OUTCOMES = ("解決", "つないだ", "継続支援")
# Queue order: emergency first, then high, then the rest; within a level the oldest ticket first.
RISK_PRIORITY = {"emergency": 2, "high": 1, "none": 0}


def risk_priority(risk: str | None) -> int:
    return RISK_PRIORITY.get(risk or "none", 0)


def higher_risk(a: str | None, b: str | None) -> str:
    """The more serious of two risk levels (risk is only ever raised on a ticket, never lowered by the bot)."""
    return (a or "none") if risk_priority(a) >= risk_priority(b) else (b or "none")


class StaffUser(Base):
    """職員: a counselor (相談支援包括化推進員, 社会福祉士), coordinator (生活支援コーディネーター) or admin."""

    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None]

    # Flask-Login's user interface, as plain properties so that the models do not import Flask.
    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str:
        return str(self.id)

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password)

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)


class Ticket(Base):
    """相談票: a resident waiting for, or talking with, a person."""

    __tablename__ = "tickets"
    __table_args__ = (
        # One open ticket per resident, enforced by the database on SQLite and PostgreSQL alike.
        Index(
            "uq_tickets_open_resident",
            "resident_id",
            unique=True,
            sqlite_where=text("status = 'open'"),
            postgresql_where=text("status = 'open'"),
        ),
        Index("ix_tickets_queue", "status", "owner_id", "priority", "opened_at"),
        Index("ix_tickets_activity", "activity_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(8), default="open")  # open | closed
    reason: Mapped[str] = mapped_column(
        String(16)
    )  # request_human | risk | compound | not_understood | checkin
    risk: Mapped[str] = mapped_column(String(10), default="none")
    priority: Mapped[int] = mapped_column(default=0)  # RISK_PRIORITY[risk], kept for ordering in SQL
    concerns: Mapped[list[str]] = mapped_column(JSON, default=list)
    evidence: Mapped[Any | None] = mapped_column(JSON)
    area: Mapped[str | None] = mapped_column(String(64))
    # First message of this hand-off (the console marks where the ticket began in the conversation).
    first_message_id: Mapped[int | None]
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), index=True)
    claimed_at: Mapped[datetime | None]
    last_staff_reply_at: Mapped[datetime | None]
    # Since when the resident has been waiting for a person's answer (open, a message after the last staff
    # reply, or the moment of a claim); cleared by a staff reply. The stale-claim sweep reads it.
    waiting_since: Mapped[datetime | None]
    # Set when a claim went stale (no reply in time) and the ticket went back to the queue.
    stale_returned_at: Mapped[datetime | None]
    stale_count: Mapped[int] = mapped_column(default=0)
    # Set when an emergency arrives on a claimed ticket: the owner's console raises an alarm.
    escalated_at: Mapped[datetime | None]
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_resident_at: Mapped[datetime | None]
    unread: Mapped[int] = mapped_column(default=0)  # resident messages since the owner last looked
    # Bumped on every change; the queue page polls "what changed since" with it.
    activity_at: Mapped[datetime] = mapped_column(default=utcnow)
    outcome: Mapped[str | None] = mapped_column(String(8))
    closed_at: Mapped[datetime | None]
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))

    owner: Mapped[StaffUser | None] = relationship(foreign_keys=[owner_id], lazy="joined")
    events: Mapped[list[TicketEvent]] = relationship(
        back_populates="ticket", order_by="TicketEvent.id", lazy="select", cascade="all, delete-orphan"
    )

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    @property
    def is_queued(self) -> bool:
        return self.status == "open" and self.owner_id is None


class TicketEvent(Base):
    """One thing that happened to a ticket: opened, claimed, note (private), transfer, つなぎ先, closed…"""

    __tablename__ = "ticket_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    body: Mapped[str | None] = mapped_column(Text)  # a private note's text, a つなぎ先 name…
    data: Mapped[Any | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    ticket: Mapped[Ticket] = relationship(back_populates="events")
    staff: Mapped[StaffUser | None] = relationship(lazy="joined")


class AuditLog(Base):
    """監査ログ: who viewed or changed which case, when. Append-only; admins read it in the console."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"), index=True)
    action: Mapped[str] = mapped_column(String(32))
    # No foreign key: the audit trail must outlive the ticket it speaks of.
    ticket_id: Mapped[int | None] = mapped_column(index=True)
    detail: Mapped[Any | None] = mapped_column(JSON)
    ip: Mapped[str | None] = mapped_column(String(64))

    staff: Mapped[StaffUser | None] = relationship(lazy="joined")


class LoginAttempt(Base):
    """One console login attempt; the rate limit counts recent failures here (shared by every web process)."""

    __tablename__ = "login_attempts"
    __table_args__ = (
        Index("ix_login_attempts_username_at", "username", "at"),
        Index("ix_login_attempts_ip_at", "ip", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64))
    ip: Mapped[str] = mapped_column(String(64))
    ok: Mapped[bool]
    at: Mapped[datetime] = mapped_column(default=utcnow)
