"""The gatekeeper's rule table, directly: each role × each action × each kind of ticket."""

# ruff: noqa: F811  (pytest fixtures imported from handoff_fixtures are test arguments)
from __future__ import annotations

import pytest
from handoff_fixtures import make_resident, make_staff, open_ticket, say, session  # noqa: F401  (fixtures)

from handoff import access, actions
from handoff.models import Ticket

# (role of the asker, whose ticket) → actions allowed; everything else in TICKET_ACTIONS is denied.
CASES = [
    ("counselor", "queued", {"view", "claim"}),
    ("counselor", "own", {"view", "reply", "note", "transfer", "release", "connect", "close"}),
    ("counselor", "colleague", set()),
    ("counselor", "handed_away", {"view", "note"}),
    ("counselor", "closed_own", {"view", "note", "reopen"}),
    ("coordinator", "queued", set()),
    ("coordinator", "own", {"view", "reply", "note", "transfer", "release", "connect", "close"}),
    ("coordinator", "colleague", set()),
    ("admin", "queued", {"view", "note", "claim"}),
    ("admin", "colleague", {"view", "note", "transfer", "release", "connect", "close"}),
    ("admin", "closed_own", {"view", "note", "reopen"}),
    ("disabled", "own", set()),
]


@pytest.mark.parametrize(("role", "kind", "allowed"), CASES)
def test_rule_table(session, make_resident, open_ticket, make_staff, role, kind, allowed):
    me = make_staff("me", role="counselor" if role == "disabled" else role)
    other = make_staff("other")
    ticket = session.get(Ticket, open_ticket(make_resident()).ticket_id)
    if kind in ("own", "closed_own"):
        assert actions.claim_ticket(session, ticket.id, me)
    elif kind == "colleague":
        assert actions.claim_ticket(session, ticket.id, other)
    elif kind == "handed_away":
        # Transferred to me, then I passed it on without writing anything: I still took part in the case.
        assert actions.claim_ticket(session, ticket.id, other)
        session.refresh(ticket)
        actions.transfer_ticket(session, ticket, other, me)
        actions.transfer_ticket(session, ticket, me, other)
    session.refresh(ticket)
    if kind == "closed_own":
        actions.close_ticket(session, ticket, me, "解決")
    if role == "disabled":
        me.active = False
    session.flush()
    got = {a for a in access.TICKET_ACTIONS if access.can(session, me, a, ticket)}
    assert got == allowed


def test_nobody_and_unknown_tickets_are_denied(session, make_resident, open_ticket, make_staff):
    ticket = session.get(Ticket, open_ticket(make_resident()).ticket_id)
    assert not any(access.can(session, None, a, ticket) for a in access.TICKET_ACTIONS)
    me = make_staff("me")
    with pytest.raises(access.Denied):
        access.ticket_for(session, me, ticket.id + 999)
    assert access.ticket_for(session, me, ticket.id, "claim") is ticket
