"""Core records of the LINE front door: residents and the conversation with them.

Other parts of tsunagu (handoff tickets, check-ins) refer to `Resident.id` and read `Message` rows;
they never see the LINE user ID, which stays in this table for sending.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.db import Base, utcnow

# Crockford-style alphabet: no 0/O, 1/I/L confusion when a counselor reads a case number on the phone.
_CASE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_case_number() -> str:
    """A pseudonymous case number such as `TS-7K3M-Q9PD` (what staff see instead of the LINE user ID)."""
    chars = "".join(secrets.choice(_CASE_ALPHABET) for _ in range(8))
    return f"TS-{chars[:4]}-{chars[4:]}"


class Resident(Base):
    """相談者: one LINE user who talks to the city's account."""

    __tablename__ = "residents"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_number: Mapped[str] = mapped_column(String(16), unique=True, default=new_case_number)
    # The LINE user ID is needed to push messages; staff pages must never render it.
    line_user_id: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str | None] = mapped_column(String(100))
    # Area chosen by the resident (a key of the city pack's areas: 圏域 or 町名), remembered for routing.
    area: Mapped[str | None] = mapped_column(String(64))
    following: Mapped[bool] = mapped_column(default=True)
    # Consecutive messages the bot could not place (out_of_scope with nothing else); two in a row → a person.
    not_understood_streak: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime | None]

    messages: Mapped[list[Message]] = relationship(
        back_populates="resident", order_by="Message.id", lazy="raise_on_sql", viewonly=True
    )


class Message(Base):
    """One message of the conversation, either way: resident → city, bot → resident, staff → resident."""

    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_resident_id_id", "resident_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"))
    direction: Mapped[str] = mapped_column(String(3))  # "in" | "out"
    sender: Mapped[str] = mapped_column(String(8))  # "resident" | "bot" | "staff"
    # Staff member who wrote an outbound message (handoff.models.StaffUser.id); no FK so that the
    # front door's tables do not depend on the console's.
    staff_id: Mapped[int | None]
    kind: Mapped[str] = mapped_column(String(16))  # text, sticker, image, location, postback, follow, flex, ...
    text: Mapped[str | None] = mapped_column(Text)
    # Inbound: location / postback data / sticker ids. Outbound: the message objects sent.
    payload: Mapped[Any | None] = mapped_column(JSON)
    # What the classifier saw in an inbound text (labels, risk, evidence) — shown to counselors.
    intents: Mapped[list[str] | None] = mapped_column(JSON)
    risk: Mapped[str | None] = mapped_column(String(10))
    evidence: Mapped[Any | None] = mapped_column(JSON)
    # Outbound: the send that carries this message (its status tells whether it was delivered).
    send_id: Mapped[int | None] = mapped_column(ForeignKey("outbound_sends.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    resident: Mapped[Resident] = relationship(back_populates="messages")


class InboundEvent(Base):
    """One webhook event as LINE sent it, stored before the webhook answers 200.

    The raw event JSON is kept so that processing can be retried after a crash; `webhook_event_id`
    is unique so that a redelivered event is stored — and so processed — once. Processing takes an
    event by moving it from `pending` to `processing` with a lease (`available_at`): a process that
    dies mid-way lets the lease run out and another process takes the event again.
    """

    __tablename__ = "inbound_events"
    __table_args__ = (
        Index("ix_inbound_events_status_available_at", "status", "available_at"),
        Index("ix_inbound_events_source_key_id", "source_key", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    webhook_event_id: Mapped[str] = mapped_column(String(64), unique=True)
    event_type: Mapped[str] = mapped_column(String(32))  # LINE's type: message, follow, postback, …
    # "user:<id>", "group:<id>", "room:<id>" or "" — events of one source are processed in order.
    source_key: Mapped[str] = mapped_column(String(80), default="")
    payload: Mapped[Any] = mapped_column(JSON)
    redelivery: Mapped[bool] = mapped_column(default=False)
    # pending → processing → done; failed after too many attempts (kept, visible, never dropped).
    status: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    # When the event may next be taken: now for new events, the lease end while processing,
    # the back-off end after an error.
    available_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id", ondelete="SET NULL"))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    processed_at: Mapped[datetime | None]


class OutboundSend(Base):
    """One call's worth of messages (at most 5) to a resident or a group, and how its delivery went.

    A reply token is tried first while it is fresh; otherwise, or when the reply fails, a push with
    `retry_key` as `X-Line-Retry-Key` (LINE answers 409 to a repeat, which means already delivered).
    """

    __tablename__ = "outbound_sends"
    __table_args__ = (Index("ix_outbound_sends_status_next_attempt_at", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"))
    # Group/room sends (the one-to-one note) have no resident; the push target is this ID.
    group_id: Mapped[str | None] = mapped_column(String(64))
    inbound_event_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_events.id", ondelete="SET NULL"))
    origin: Mapped[str] = mapped_column(String(16))  # bot | staff | checkin | …
    staff_id: Mapped[int | None]
    messages: Mapped[Any] = mapped_column(JSON)  # Messaging API message objects, as sent
    retry_key: Mapped[str] = mapped_column(String(36), unique=True)
    reply_token: Mapped[str | None] = mapped_column(String(255))
    reply_token_expires_at: Mapped[datetime | None]
    reply_tried: Mapped[bool] = mapped_column(default=False)
    # pending → sending → sent | failed
    status: Mapped[str] = mapped_column(String(8), default="pending")
    via: Mapped[str | None] = mapped_column(String(8))  # reply | push
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
