"""The one gatekeeper: which staff member may see which page and do what to which ticket.

Every console view asks here (`require_page`, `ticket_for`); no view checks roles on its own. The rules:

- admin: every page and ticket; may claim, and transfer or close any open ticket (to rescue a case
  whose counselor is away); replies only on tickets they own, like everyone.
- counselor (相談支援包括化推進員・社会福祉士): the queue; may view and claim queued tickets; full work on
  tickets they own; may view and reopen cases they took part in.
- coordinator (生活支援コーディネーター): no queue; full work on tickets transferred to them; may view and
  reopen cases they took part in.
- a disabled account, or nobody: nothing.
"""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from handoff.models import StaffUser, Ticket, TicketEvent

TICKET_ACTIONS = ("view", "claim", "reply", "note", "transfer", "release", "connect", "close", "reopen")

# Which roles may open each console page (a page's own tickets are then filtered by `can`).
PAGE_ROLES: dict[str, frozenset[str]] = {
    "queue": frozenset({"counselor", "admin"}),
    "mine": frozenset({"counselor", "coordinator", "admin"}),
    "ticket": frozenset({"counselor", "coordinator", "admin"}),
    "audit": frozenset({"admin"}),
    "users": frozenset({"admin"}),
    "report": frozenset({"admin"}),
}


class Denied(Exception):
    """The staff member may not do this (the console answers 403 and records nothing else)."""


def register_page(name: str, roles: set[str] | frozenset[str]) -> None:
    """Let another part (check-ins) declare a console page and who may open it."""
    PAGE_ROLES[name] = frozenset(roles)


def may_open(staff: StaffUser | None, page: str) -> bool:
    return staff is not None and staff.active and staff.role in PAGE_ROLES.get(page, frozenset())


def require_page(staff: StaffUser | None, page: str) -> StaffUser:
    if not may_open(staff, page):
        raise Denied(page)
    assert staff is not None
    return staff


def took_part(session: Session, staff: StaffUser, ticket: Ticket) -> bool:
    """Whether the staff member ever acted on this ticket (claimed, replied, noted, was transferred to…)."""
    if ticket.owner_id == staff.id or ticket.closed_by_id == staff.id:
        return True
    return bool(
        session.scalar(
            select(
                exists().where(
                    TicketEvent.ticket_id == ticket.id,
                    (TicketEvent.staff_id == staff.id)
                    | (TicketEvent.kind == "transfer") & (TicketEvent.data["to"].as_integer() == staff.id),
                )
            )
        )
    )


def can(session: Session, staff: StaffUser | None, action: str, ticket: Ticket) -> bool:
    """The single rule table for ticket actions (see the module docstring)."""
    if staff is None or not staff.active:
        return False
    role, is_open, owns = staff.role, ticket.status == "open", ticket.owner_id == staff.id
    if role == "admin":
        if action == "reply":
            return is_open and owns
        if action == "claim":
            return ticket.is_queued
        if action == "reopen":
            return not is_open
        if action in ("release", "transfer", "close", "connect"):
            return is_open and ticket.owner_id is not None
        return True  # view, note
    if role not in ("counselor", "coordinator"):
        return False
    if action == "claim":
        return role == "counselor" and ticket.is_queued
    if action in ("reply", "release", "transfer", "connect", "close"):
        return is_open and owns
    if action == "view":
        return (role == "counselor" and ticket.is_queued) or owns or took_part(session, staff, ticket)
    if action == "note":
        return owns or took_part(session, staff, ticket)
    if action == "reopen":
        return not is_open and took_part(session, staff, ticket)
    return False


def ticket_for(session: Session, staff: StaffUser | None, ticket_id: int, action: str = "view") -> Ticket:
    """The ticket, if `staff` may do `action` on it; else `Denied` (also for a ticket that does not exist,
    so that ids cannot be probed)."""
    ticket = session.get(Ticket, ticket_id)
    if ticket is None or not can(session, staff, action, ticket):
        raise Denied(f"{action} ticket {ticket_id}")
    return ticket
