"""The whole hand-off, end to end through the fake LINE Platform: a resident asks for a person → a ticket
and a waiting notice → a counselor claims and replies in the console → the reply reaches the resident's
phone → the bot stays quiet while the counselor has the case → an emergency is still answered at once."""

from __future__ import annotations

from datetime import UTC, datetime

import time_machine
from console_helpers import Client, add_staff
from lineplatform import frontdoor, line_api  # noqa: F401  (fixtures)
from sqlalchemy import select

from bot.db import session_scope
from bot.models import Resident
from handoff import api
from handoff.models import Ticket

TUESDAY_10_JST = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)


def _texts(messages: list[dict]) -> str:
    """Everything a resident can read in the delivered messages (text bubbles and Flex alt texts/cards)."""
    return "\n".join(str(m) for m in messages)


def _ticket_of(frontdoor, user_id: str) -> Ticket:  # noqa: F811
    with session_scope(frontdoor.runtime.sessions) as s:
        resident = s.scalar(select(Resident).where(Resident.line_user_id == user_id))
        return s.scalar(select(Ticket).where(Ticket.resident_id == resident.id))


def test_resident_to_counselor_and_back(frontdoor):  # noqa: F811
    add_staff(frontdoor.runtime.sessions, "aoki", "counselor")
    uid = frontdoor.user("さくら")
    assert frontdoor.line.follow(uid).status == 200  # 友だち追加: LINE delivers pushes to followers only
    frontdoor.settle()
    with time_machine.travel(TUESDAY_10_JST, tick=True):
        answer = _texts(frontdoor.say(uid, "だれか人と直接話せますか"))
    assert "相談員(そうだんいん)に つなぎます" in answer
    assert "1番目" in answer
    assert "110" in answer and "119" in answer
    ticket = _ticket_of(frontdoor, uid)
    assert ticket is not None and ticket.status == "open" and ticket.owner_id is None

    counselor = Client(frontdoor.app)
    counselor.login("aoki")
    queue = counselor.get("/console/api/queue").get_json()
    assert [row["id"] for row in queue["queued"]] == [ticket.id]
    counselor.get(f"/console/tickets/{ticket.id}")
    assert counselor.post(f"/console/tickets/{ticket.id}/claim").status_code == 303
    assert (
        counselor.post(
            f"/console/tickets/{ticket.id}/reply", {"text": "相談員の青木です。どうしましたか？"}
        ).status_code
        == 303
    )
    frontdoor.settle()
    delivered = frontdoor.platform.delivered(uid)
    assert "相談員の青木です。どうしましたか？" in _texts(delivered)
    page = counselor.get(f"/console/tickets/{ticket.id}").text
    assert "届きました" in page  # delivery state of the reply

    with session_scope(frontdoor.runtime.sessions) as s:
        resident = s.scalar(select(Resident).where(Resident.line_user_id == uid))
        assert api.conversation_state(s, resident) == "with_staff"
    # The bot is quiet while a person has the case; the counselor sees the message live.
    assert frontdoor.say(uid, "家賃が払えなくて困っています") == []
    after = counselor.get(f"/console/api/tickets/{ticket.id}?after=0").get_json()
    assert "家賃が払えなくて困っています" in [m["text"] for m in after["messages"]]

    # An emergency is answered at once with the crisis lines, and raises the ticket for its owner.
    urgent = _texts(frontdoor.say(uid, "もう死にたい"))
    assert "110" in urgent and "119" in urgent
    ticket = _ticket_of(frontdoor, uid)
    assert ticket.risk == "emergency" and ticket.escalated_at is not None
    mine = counselor.get("/console/api/queue").get_json()["mine"]
    assert mine[0]["id"] == ticket.id and mine[0]["escalated"] is True
