"""What the conversation calls for check-ins (see docs/ARCHITECTURE.md).

CONTRACT PLACEHOLDER — the check-in work (issue 6) replaces these bodies with the real implementation.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from bot.models import Message, Resident


def handle_resident_message(session: Session, resident: Resident, message: Message, classification: Any) -> bool:
    """True when the message was consumed as a check-in answer or opt-out confirmation."""
    raise NotImplementedError


def on_unfollow(session: Session, resident: Resident) -> None:
    """The resident blocked the account: pause every plan."""
    raise NotImplementedError
