"""The hand-off API that the conversation calls (see docs/ARCHITECTURE.md).

CONTRACT PLACEHOLDER — the hand-off work (issue 5) replaces these bodies with the real implementation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy.orm import Session

from bot.models import Message, Resident
from bot.replies import Reply

ConversationState = Literal["bot", "waiting", "with_staff"]
Reason = Literal["request_human", "risk", "compound", "not_understood", "checkin"]


@dataclass(frozen=True)
class TicketInfo:
    ticket_id: int
    is_new: bool
    position: int | None  # 1-based place in the queue; None once a counselor owns it
    risk: str


def conversation_state(session: Session, resident: Resident) -> ConversationState:
    raise NotImplementedError


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
    raise NotImplementedError


def note_resident_message(session: Session, resident: Resident, message: Message, classification: Any) -> None:
    raise NotImplementedError


def waiting_notice(session: Session, resident: Resident, info: TicketInfo, now: datetime) -> list[Reply]:
    raise NotImplementedError
