"""What the conversation calls for check-ins (see docs/ARCHITECTURE.md, "Conversation ↔ check-ins").

`handle_resident_message` gets the first look at every resident message after the crisis card is added:
- a check-in button (`a=checkin&v=fine|trouble|talk&k=<check-in id>`) is recorded as the answer;
- a 「もう連絡はいりません」-type text from a resident with live plans is asked to confirm
  (`a=checkin_stop&v=yes|no`); only the confirmation stops the plans;
- a free-text message soon after a check-in (within `TSUNAGU_CHECKIN_ANSWER_HOURS`) is its answer.
「話したい」, 「少し困っています」, high/emergency risk, or a free-text answer naming concerns opens (or
reopens, or joins) a ticket through `handoff.api.open_or_join_ticket(reason="checkin", …)`.
The conversation thanks consumed messages; this module pushes only the stop question and its confirmation.
Functions take the caller's session and never commit.
"""

from __future__ import annotations

import logging
import os
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import yaml
from sqlalchemy.orm import Session

from bot import wording
from bot.db import utcnow
from bot.models import Message, Resident
from bot.outbox import queue_push
from bot.replies import Text, postback
from handoff import api as handoff
from handoff.checkins import actions
from handoff.checkins.models import CheckIn

log = logging.getLogger(__name__)

STOP_PHRASES_FILE = Path(__file__).with_name("stop_phrases.yaml")
NEEDS_PERSON = {"trouble", "talk"}
_META = {"request_human", "out_of_scope", "greeting"}
_SQUEEZE = re.compile(r"[\s\u3000、。，．,.!！?？・〜~ー\-…「」『』()（）]+")


def answer_hours() -> float:
    return float(os.environ.get("TSUNAGU_CHECKIN_ANSWER_HOURS", actions.DEFAULT_ANSWER_HOURS))


def _normalize(text: str) -> str:
    return _SQUEEZE.sub("", unicodedata.normalize("NFKC", text).lower())


@cache
def stop_phrases(path: Path = STOP_PHRASES_FILE) -> tuple[str, ...]:
    """The opt-out phrases (data a city edits), normalised like the messages they are looked for in."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    phrases = data.get("phrases") if isinstance(data, dict) else None
    if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
        raise ValueError(f"{path}: 'phrases' must be a list of non-empty strings")
    return tuple(_normalize(p) for p in phrases)


def wants_to_stop(text: str) -> bool:
    """Whether a message asks for the check-ins to stop (a part of it matches a stop phrase)."""
    norm = _normalize(text)
    return any(p and p in norm for p in stop_phrases())


def checkin_replies(city_name: str, template: str, checkin_id: int) -> list[Text]:
    """The check-in message with its three answer chips (postbacks carrying the check-in id)."""
    chips = tuple(
        postback(
            wording.text(f"checkins.quick.{v}"),
            f"a=checkin&v={v}&k={checkin_id}",
            wording.text(f"checkins.quick.{v}"),
        )
        for v in ("fine", "trouble", "talk")
    )
    return [Text(wording.text(f"checkins.message.{template}", city=city_name), quick_replies=chips)]


def _params(message: Message) -> dict[str, str]:
    data = (message.payload or {}).get("data") if isinstance(message.payload, dict) else None
    if not isinstance(data, str):
        return {}
    return {k: v[0] for k, v in parse_qs(data, keep_blank_values=True).items()}


def _classification_parts(classification: Any, message: Message) -> tuple[str, list[str], Any]:
    if classification is None:
        return (
            message.risk or "none",
            [i for i in (message.intents or []) if i not in _META],
            message.evidence,
        )
    risk = getattr(classification, "risk", None) or "none"
    concerns = list(getattr(classification, "concerns", None) or [])
    evidence = classification.to_dict() if hasattr(classification, "to_dict") else None
    return risk, concerns, evidence


def _open_ticket(
    session: Session,
    resident: Resident,
    checkin: CheckIn,
    message: Message,
    *,
    risk: str,
    concerns: list[str],
    evidence: Any,
) -> None:
    info = handoff.open_or_join_ticket(
        session, resident, reason="checkin", risk=risk, concerns=concerns, evidence=evidence, message=message
    )
    checkin.ticket_id = info.ticket_id


def handle_resident_message(
    session: Session, resident: Resident, message: Message, classification: Any
) -> bool:
    """True when the message was consumed as a check-in answer or opt-out confirmation."""
    if resident is None:
        return False
    if message.kind == "postback":
        return _handle_postback(session, resident, message)
    if message.kind != "text" or not message.text:
        return False
    now = utcnow()
    risk, concerns, evidence = _classification_parts(classification, message)
    if risk == "none" and wants_to_stop(message.text):
        plans = actions.live_plans(session, resident.id)
        if not plans:
            return False
        for plan in plans:
            plan.stop_asked_at = now
        question = Text(
            wording.text("checkins.stop.ask"),
            quick_replies=(
                postback(
                    wording.text("checkins.stop.confirm"),
                    "a=checkin_stop&v=yes",
                    wording.text("checkins.stop.confirm"),
                ),
                postback(
                    wording.text("checkins.stop.keep"),
                    "a=checkin_stop&v=no",
                    wording.text("checkins.stop.keep"),
                ),
            ),
        )
        queue_push(session, resident, [question], origin="checkin")
        return True
    checkin = actions.outstanding(session, resident.id, now, answer_hours())
    if checkin is None:
        return False
    # While a counselor is talking with the resident, a message is part of that conversation.
    if handoff.conversation_state(session, resident) == "with_staff":
        return False
    actions.record_answer(session, checkin, "text", message, now)
    if risk != "none" or concerns:
        _open_ticket(session, resident, checkin, message, risk=risk, concerns=concerns, evidence=evidence)
    log.info("check-in %d answered (text, risk %s, %d concern(s))", checkin.id, risk, len(concerns))
    return True


def _handle_postback(session: Session, resident: Resident, message: Message) -> bool:
    params = _params(message)
    action = params.get("a")
    if action == "checkin_stop":
        choice = params.get("v")
        if choice not in ("yes", "no"):
            return False
        if choice == "yes":
            stopped = actions.stop_all(session, resident.id)
            if stopped:
                queue_push(session, resident, [Text(wording.text("checkins.stop.done"))], origin="checkin")
            log.info("check-ins stopped by the resident (%d plan(s))", stopped)
        else:
            for plan in actions.live_plans(session, resident.id):
                plan.stop_asked_at = None
        return True
    if action != "checkin":
        return False
    answer, key = params.get("v", ""), params.get("k", "")
    if answer not in ("fine", "trouble", "talk") or not key.isdigit():
        return False
    checkin = session.get(CheckIn, int(key))
    if checkin is None or checkin.resident_id != resident.id or checkin.status in ("scheduled", "cancelled"):
        return False
    actions.record_answer(session, checkin, answer, message)
    if answer in NEEDS_PERSON:
        _open_ticket(session, resident, checkin, message, risk="none", concerns=[], evidence=None)
    log.info("check-in %d answered (%s)", checkin.id, answer)
    return True


def on_unfollow(session: Session, resident: Resident) -> None:
    """The resident blocked the account: pause every plan (staff may resume once they follow again)."""
    if resident is None:
        return
    paused = actions.pause_all(session, resident.id, "unfollow")
    if paused:
        log.info("resident %d unfollowed: %d check-in plan(s) paused", resident.id, paused)
