"""The conversation (会話): what tsunagu answers to each thing a resident does in the LINE chat.

`respond(session, ctx, resident, event)` is the only entry point (contract in docs/ARCHITECTURE.md,
"Processing ↔ conversation"). It stores the inbound `Message` with what the classifier saw, lets check-ins
and the hand-off have their say, and returns at most five `bot.replies` objects — one LINE call.

Order of concerns, in every state: an `emergency` gets 110/119 and the crisis lines first, before anything
else is asked; check-ins then get the first look at texts and taps (answers to 「その後いかがですか」); while a
counselor owns the case the bot is quiet; otherwise the bot names what it understood, shows the windows
(the resident's remembered area first), and opens a ticket on request_human, high/emergency risk, an accepted
compound offer, or a second message in a row it could not place.

Every sentence comes from `templates/messages/frontdoor.yaml` through `bot.wording`.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlencode

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import cards, wording
from bot.db import utcnow
from bot.events import InEvent
from bot.models import Message, Resident
from bot.replies import Action, Flex, Reply, Text, postback, share_location
from handoff import api as handoff
from handoff.checkins import api as checkins
from intents import classify
from intents.labels import CONCERNS

if TYPE_CHECKING:
    from bot.city import CityPack

log = logging.getLogger(__name__)

MAX_REPLIES = 5  # LINE accepts at most five messages per reply/push call
MAX_CHIPS = 13  # LINE's quick-reply limit
AREA_CHIPS_PER_PAGE = 12  # leaves room for a 「つぎへ」 chip
WINDOWS_SHOWN = 4
AREA_SPREAD = 3  # more area-bound windows of one kind than this: ask the area before showing them
RESOURCES_SHOWN = 3
RECENT_MESSAGES = 10  # how far back "what was this about?" looks for a location or area choice

# Reply priorities when an answer would exceed five messages: the highest number is dropped first.
# KEEP (crisis lines, tickets, offers) is never dropped; windows outrank the acknowledgement, which
# outranks community resources.
KEEP, WINDOWS, ACK, RESOURCES = 0, 1, 2, 3


@dataclass(frozen=True)
class ConversationContext:
    """What the conversation needs besides the database: the city pack and a clock (UTC)."""

    city: CityPack
    clock: Callable[[], datetime] = utcnow


# --- postback data ----------------------------------------------------------------------------------


def pb(action: str, **params: str) -> str:
    """Postback data in tsunagu's format (`a=<action>&…`, documented in docs/ARCHITECTURE.md)."""
    data = urlencode({"a": action, **params})
    if len(data.encode("utf-8")) > 300:
        raise ValueError(f"postback data over LINE's 300 bytes: {data[:60]}…")
    return data


def parse_pb(data: str | None) -> dict[str, str]:
    """`a=area&k=…` → {"a": "area", "k": …}; malformed data gives {} (answered as unknown)."""
    if not data:
        return {}
    try:
        parsed = parse_qs(data, strict_parsing=True, max_num_fields=8)
    except ValueError:
        return {}
    return {k: v[0] for k, v in parsed.items()}


# --- composing an answer ----------------------------------------------------------------------------


@dataclass
class _Answer:
    """Replies with priorities, trimmed to five; the quick replies ride on the last message."""

    items: list[tuple[int, Reply]] = field(default_factory=list)
    quick: tuple[Action, ...] = ()

    def add(self, reply: Reply, priority: int = KEEP) -> None:
        self.items.append((priority, reply))

    def extend(self, replies: Sequence[Reply], priority: int = KEEP) -> None:
        for r in replies:
            self.add(r, priority)

    def build(self) -> list[Reply]:
        items = list(self.items)
        while len(items) > MAX_REPLIES:
            worst = max(p for p, _ in items)
            if worst == KEEP:
                break
            # drop the last of the least important, so earlier (more specific) cards stay
            idx = max(i for i, (p, _) in enumerate(items) if p == worst)
            del items[idx]
        replies = [r for _, r in items][:MAX_REPLIES]
        if replies and self.quick:
            last = replies[-1]
            chips = (*last.quick_replies, *self.quick)[:MAX_CHIPS]
            replies[-1] = replace(last, quick_replies=chips)
        return replies


@dataclass
class _Turn:
    session: Session
    ctx: ConversationContext
    resident: Resident
    event: InEvent
    now: datetime

    @property
    def city(self) -> Any:
        return self.ctx.city


def _city_name(city: CityPack) -> str:
    return city.city_name


def _store(turn: _Turn, kind: str, *, text: str | None = None, payload: Any = None, **fields: Any) -> Message:
    msg = Message(
        resident_id=turn.resident.id,
        direction="in",
        sender="resident",
        kind=kind,
        text=text,
        payload=payload,
        created_at=turn.event.timestamp or turn.now,
        **fields,
    )
    turn.session.add(msg)
    turn.session.flush()
    return msg


def _standard_chips(*, human: bool = True) -> tuple[Action, ...]:
    """相談員と話したい / 地区を選ぶ / 位置情報を送る / ほかの困りごと."""
    chips: list[Action] = []
    if human:
        label = wording.text("frontdoor.quick.human")
        chips.append(postback(label, pb("human", r="request_human"), display_text=label))
    label = wording.text("frontdoor.quick.areas")
    chips.append(postback(label, pb("areas"), display_text=label))
    chips.append(share_location(wording.text("frontdoor.quick.location")))
    label = wording.text("frontdoor.quick.more")
    chips.append(postback(label, pb("more"), display_text=label))
    return tuple(chips)


def _topic_chips() -> tuple[Action, ...]:
    chips = []
    for key in wording.keys("frontdoor.topic."):
        label = key.rsplit(".", 1)[1]
        if label in CONCERNS:
            text = wording.text(key)
            chips.append(postback(text, pb("topic", c=label), display_text=text))
    return tuple(chips[:MAX_CHIPS])


def _area_key(area: Any) -> str:
    return str(getattr(area, "key", None) or getattr(area, "id", None) or getattr(area, "name", area))


def _area_name(area: Any) -> str:
    return str(getattr(area, "name", None) or _area_key(area))


def _top_areas(city: Any) -> list[Any]:
    """The areas offered as chips: 圏域 (the pack's top level)."""
    return list(city.areas)


def _area_chips(city: Any, page: int) -> tuple[Action, ...]:
    areas = _top_areas(city)
    start = page * AREA_CHIPS_PER_PAGE
    chips = [
        postback(_area_name(a)[:20], pb("area", k=_area_key(a)), display_text=_area_name(a))
        for a in areas[start : start + AREA_CHIPS_PER_PAGE]
    ]
    if start + AREA_CHIPS_PER_PAGE < len(areas):
        chips.append(postback(wording.text("frontdoor.area.next_page"), pb("areas", p=str(page + 1))))
    return tuple(chips)


def _looks_foreign(text: str) -> bool:
    """Mostly Latin letters (English or romaji): add a short note in easy Japanese."""
    letters = [ch for ch in text if not ch.isspace()]
    latin = sum(1 for ch in letters if ch.isascii() and ch.isalpha())
    return latin >= 3 and latin >= 0.5 * len(letters)


def _concern_words(concerns: Sequence[str]) -> str:
    joiner = wording.text("frontdoor.ack.joiner")
    return joiner.join(wording.text(f"frontdoor.concern.{c}") for c in concerns)


def _ack_text(turn: _Turn, concerns: Sequence[str], *, foreign: bool) -> str:
    compound = turn.city.is_compound(concerns)
    key = "frontdoor.ack.many" if compound else "frontdoor.ack.one"
    parts = [wording.text(key, concerns=_concern_words(concerns))]
    if compound:
        parts.append(wording.text("frontdoor.compound.lead"))
    parts.append(wording.text("frontdoor.ack.windows"))
    if _needs_area(turn, concerns):
        parts.append(wording.text("frontdoor.ack.area_first"))
    elif turn.resident.area is None:
        parts.append(wording.text("frontdoor.ack.area_hint"))
    if foreign:
        parts.append(wording.text("frontdoor.foreign_note"))
    return "\n".join(parts)


def _spread_kinds(turn: _Turn, windows: Sequence[Any]) -> set[str]:
    """Kinds whose windows each serve one part of the city, too many to show without knowing the area.

    Zushi's three 包括 fit on the cards; Odawara's twelve do not, and four of twelve picked at random would
    send most residents to the wrong one. Those are left out until the resident picks an area.
    """
    if turn.resident.area is not None:
        return set()
    counts = Counter(w.kind for w in windows if w.areas)
    return {kind for kind, n in counts.items() if n > AREA_SPREAD}


def _needs_area(turn: _Turn, concerns: Sequence[str]) -> bool:
    return bool(_spread_kinds(turn, turn.city.windows_for(list(concerns), None)))


def _window_entries(turn: _Turn, concerns: Sequence[str]) -> list[cards.CardEntry]:
    """The windows for the concerns (remembered area first); for 複合 the hub leads, with a badge saying why."""
    city, area = turn.city, turn.resident.area
    windows = city.windows_for(list(concerns), area)
    spread = _spread_kinds(turn, windows)
    if spread:
        windows = [w for w in windows if not (w.areas and w.kind in spread)] or [
            w for w in [city.hub(None)] if w is not None
        ]
    hub = city.hub(area) if city.is_compound(concerns) else None
    badge = wording.text("frontdoor.card.hub")
    return [
        cards.entry_from(w, badge=badge if hub is not None and w.id == hub.id else None)
        for w in windows[:WINDOWS_SHOWN]
    ]


def _resource_entries(turn: _Turn, concerns: Sequence[str]) -> list[cards.CardEntry]:
    resources = turn.city.resources_for(list(concerns), turn.resident.area)
    return [cards.entry_from(r) for r in resources[:RESOURCES_SHOWN]]


def _crisis_card(city: CityPack, concerns: Sequence[str] = (), at: datetime | None = None) -> Flex:
    """110/119 and the crisis lines the pack routes for an emergency (lines open at `at` first)."""
    lines = city.crisis_lines("emergency", concerns, at)
    return cards.crisis_message([cards.entry_from(line) for line in lines])


def _add_windows(answer: _Answer, turn: _Turn, concerns: Sequence[str]) -> None:
    windows = _window_entries(turn, concerns)
    if windows:
        answer.add(cards.windows_message(windows), WINDOWS)
    resources = _resource_entries(turn, concerns)
    if resources:
        answer.add(
            cards.windows_message(resources, alt_key="frontdoor.card.resources_alt"),
            RESOURCES,
        )


def _recent_concerns(turn: _Turn) -> list[str]:
    """The concerns of the resident's latest message that had any (for a location or an area choice)."""
    rows = turn.session.scalars(
        select(Message)
        .where(Message.resident_id == turn.resident.id, Message.direction == "in")
        .order_by(Message.id.desc())
        .limit(RECENT_MESSAGES)
    )
    for msg in rows:
        concerns = [label for label in (msg.intents or []) if label in CONCERNS]
        if concerns:
            return concerns
    return []


def _open_ticket(
    turn: _Turn,
    answer: _Answer,
    *,
    reason: handoff.Reason,
    risk: str,
    concerns: Sequence[str],
    evidence: Any,
    message: Message | None,
) -> None:
    """Open (or join) the resident's ticket and add the hand-off's waiting notice."""
    info = handoff.open_or_join_ticket(
        turn.session,
        turn.resident,
        reason=reason,
        risk=risk,
        concerns=list(concerns),
        evidence=evidence,
        message=message,
    )
    turn.resident.not_understood_streak = 0
    # An emergency answer already leads with the crisis card (see _answer_classified).
    answer.extend(
        handoff.waiting_notice(
            turn.session, turn.resident, info, turn.now, city=turn.city, crisis_shown=risk == "emergency"
        )
    )
    log.info("ticket %s for resident %s (%s, risk %s)", info.ticket_id, turn.resident.id, reason, info.risk)


_MISSING_HOOKS: set[str] = set()


def _isolated(what: str, fn: Callable[..., Any], session: Session, *args: Any) -> Any:
    """Run a check-in hook in a savepoint: its failure is logged and rolled back, never the resident's answer.

    Check-ins are an add-on to the front door; a bug (or a not-yet-installed part) there must not stop an
    emergency from getting the crisis lines or a message from being stored and answered.
    """
    try:
        with session.begin_nested():
            return fn(session, *args)
    except NotImplementedError:
        if what not in _MISSING_HOOKS:  # once per process: it is a deployment fact, not an event
            _MISSING_HOOKS.add(what)
            log.warning("check-ins: %s is not implemented yet; skipped", what)
    except Exception:
        log.exception("check-ins: %s failed; answering without it", what)
    return None


def _checkin_answer(turn: _Turn, msg: Message, classification: Any) -> bool:
    """Whether check-ins took this message as an answer to a check-in (they get the first look)."""
    return bool(
        _isolated(
            "handle_resident_message",
            checkins.handle_resident_message,
            turn.session,
            turn.resident,
            msg,
            classification,
        )
    )


def _thank_checkin_answer(
    turn: _Turn, answer: _Answer, msg: Message, risk: str, concerns: Sequence[str], evidence: Any
) -> list[Reply]:
    """Thank a check-in answer; when it leaves the resident waiting for a person (「話したい」), say when.

    A high/emergency answer always has a ticket: check-ins open one, and joining it here is harmless,
    while relying on them alone would make the crisis path depend on an add-on.
    """
    answer.add(Text(wording.text("frontdoor.checkin.thanks")))
    state = handoff.conversation_state(turn.session, turn.resident)
    if state == "with_staff":
        if risk != "none":
            handoff.note_resident_message(
                turn.session, turn.resident, msg, {"risk": risk, "concerns": concerns}
            )
        return answer.build()
    if risk != "none" or state == "waiting":
        reason: handoff.Reason = "risk" if risk != "none" else "checkin"
        _open_ticket(
            turn, answer, reason=reason, risk=risk, concerns=concerns, evidence=evidence, message=msg
        )
    return answer.build()


# --- events -----------------------------------------------------------------------------------------


def _on_follow(turn: _Turn) -> list[Reply]:
    turn.resident.following = True
    msg = _store(turn, "follow")
    # Someone who unblocks the account has talked to us before: greet them back, not as a stranger.
    returning = turn.session.scalar(
        select(Message.id)
        .where(Message.resident_id == turn.resident.id, Message.direction == "in", Message.id < msg.id)
        .limit(1)
    )
    city = _city_name(turn.city)
    hours = _office_hours_text(turn.city)
    intro = "frontdoor.welcome.back" if returning is not None else "frontdoor.welcome.intro"
    welcome = "\n\n".join(
        [
            wording.text(intro, city=city),
            wording.text("frontdoor.welcome.privacy", city=city)
            + "\n"
            + wording.text("frontdoor.welcome.hours", hours=hours),
            wording.text("frontdoor.welcome.night"),
        ]
    )
    answer = _Answer(quick=_standard_chips())
    answer.add(Text(welcome))
    answer.add(_crisis_card(turn.city, at=turn.now))
    answer.add(Text(wording.text("frontdoor.welcome.start")))
    return answer.build()


def _office_hours_text(city: Any) -> str:
    hours = getattr(city, "office_hours", None)
    return str(getattr(hours, "text", None) or getattr(hours, "description", None) or hours or "")


def _on_unfollow(turn: _Turn) -> list[Reply]:
    turn.resident.following = False
    _store(turn, "unfollow")
    _isolated("on_unfollow", checkins.on_unfollow, turn.session, turn.resident)
    return []


def _on_text(turn: _Turn) -> list[Reply]:
    text = turn.event.text or ""
    c = classify(text)
    msg = _store(turn, "text", text=text, intents=list(c.intents), risk=c.risk, evidence=c.to_dict())
    return _answer_classified(turn, msg, c, text=text)


def _answer_classified(turn: _Turn, msg: Message, c: Any, *, text: str = "") -> list[Reply]:
    """The heart of the front door: safety first, then check-ins, hand-off state, and the bot's answer."""
    answer = _Answer()
    concerns = [label for label in c.intents if label in CONCERNS]
    emergency = c.risk == "emergency"
    foreign = _looks_foreign(text)
    if emergency:
        # Before anything else is asked, in any state: a life may be at stake.
        answer.add(_crisis_card(turn.city, concerns, turn.now))
        lines = [wording.text("frontdoor.emergency.lead"), wording.text("frontdoor.emergency.follow_up")]
        if foreign:
            lines.append(wording.text("frontdoor.foreign_note"))
        answer.add(Text("\n".join(lines)))

    if _checkin_answer(turn, msg, c):
        return _thank_checkin_answer(turn, answer, msg, c.risk, concerns, c.to_dict())

    state = handoff.conversation_state(turn.session, turn.resident)
    if state == "with_staff":
        handoff.note_resident_message(turn.session, turn.resident, msg, c)
        return answer.build()

    reason: handoff.Reason | None = None
    if emergency or c.risk == "high":
        reason = "risk"
    elif "request_human" in c.intents:
        reason = "request_human"

    # An elderly resident may answer 「地区を選ぶ」 by typing the 町名: remember it like a tap.
    if not concerns and reason is None and len(text) <= 20:
        area = _typed_area(turn, msg, text)
        if area is not None:
            turn.resident.not_understood_streak = 0
            if state == "waiting":
                handoff.note_resident_message(turn.session, turn.resident, msg, c)
            answer.quick = _standard_chips(human=state == "bot")
            _remember_area(turn, answer, area)
            return answer.build()

    # A message the bot could not place: two in a row go to a person.
    if concerns or reason:
        turn.resident.not_understood_streak = 0
    elif "out_of_scope" in c.intents:
        turn.resident.not_understood_streak += 1
        if turn.resident.not_understood_streak >= 2:
            reason = "not_understood"
    else:
        turn.resident.not_understood_streak = 0

    if state == "waiting":
        handoff.note_resident_message(turn.session, turn.resident, msg, c)

    high_lead = wording.text("frontdoor.high.lead") if c.risk == "high" else None
    if concerns:
        ack = _ack_text(turn, concerns, foreign=foreign)
        if high_lead:
            answer.add(Text(high_lead + "\n" + ack))
        else:
            answer.add(Text(ack), RESOURCES if emergency else ACK)
        _add_windows(answer, turn, concerns)
    elif high_lead:
        answer.add(Text(high_lead))
    elif reason == "request_human":
        answer.add(Text(wording.text("frontdoor.request_human.lead")))
    elif "out_of_scope" in c.intents and not emergency:
        city = _city_name(turn.city)
        lead = wording.text("frontdoor.out_of_scope.lead", city=city)
        if reason != "not_understood":
            lead += "\n" + wording.text("frontdoor.out_of_scope.more")
        answer.add(Text(lead + (("\n" + wording.text("frontdoor.foreign_note")) if foreign else "")))
        general = turn.city.general_contact()
        if general is not None:
            answer.add(
                cards.windows_message([cards.entry_from(general)], alt_key="frontdoor.card.general_alt")
            )
        if reason == "not_understood":
            answer.add(Text(wording.text("frontdoor.out_of_scope.not_understood")))
    elif not emergency:
        greeting = wording.text("frontdoor.greeting", city=_city_name(turn.city))
        answer.add(Text(greeting + (("\n" + wording.text("frontdoor.foreign_note")) if foreign else "")))

    if reason is not None and (state == "bot" or reason in ("risk", "request_human")):
        _open_ticket(
            turn, answer, reason=reason, risk=c.risk, concerns=concerns, evidence=c.to_dict(), message=msg
        )
        answer.quick = _standard_chips(human=False)
    elif turn.city.is_compound(concerns) and state == "bot":
        accept = wording.text("frontdoor.compound.accept")
        decline = wording.text("frontdoor.compound.decline")
        answer.add(Text(wording.text("frontdoor.compound.offer")))
        answer.quick = (
            postback(accept, pb("human", r="compound"), display_text=accept),
            postback(decline, pb("no_human"), display_text=decline),
            *_standard_chips(human=False),
        )
    elif concerns and _needs_area(turn, concerns):
        answer.quick = _area_chips(turn.city, 0)
    else:
        answer.quick = _standard_chips(human=state == "bot")
    return answer.build()


def _on_postback(turn: _Turn) -> list[Reply]:
    data = turn.event.postback_data or ""
    params = parse_pb(data)
    action = params.get("a", "")
    topic = params.get("c") if action == "topic" and params.get("c") in CONCERNS else None
    msg = _store(
        turn,
        "postback",
        text=_postback_words(turn.city, params),
        payload={"data": data, "params": turn.event.postback_params or {}},
        intents=[topic] if topic else None,
    )
    if _checkin_answer(turn, msg, None):
        return _thank_checkin_answer(turn, _Answer(), msg, "none", [], None)
    state = handoff.conversation_state(turn.session, turn.resident)
    if state == "with_staff":
        return []

    answer = _Answer(quick=_standard_chips(human=state == "bot"))
    if action == "human":
        reason: handoff.Reason = "compound" if params.get("r") == "compound" else "request_human"
        answer.add(Text(wording.text("frontdoor.request_human.lead")))
        _open_ticket(
            turn,
            answer,
            reason=reason,
            risk="none",
            concerns=_recent_concerns(turn),
            evidence=None,
            message=msg,
        )
        answer.quick = _standard_chips(human=False)
    elif action == "no_human":
        answer.add(Text(wording.text("frontdoor.compound.declined")))
    elif action == "areas":
        page = int(params["p"]) if params.get("p", "").isdigit() else 0
        answer.add(Text(wording.text("frontdoor.area.prompt")))
        answer.quick = _area_chips(turn.city, page) or answer.quick
    elif action == "area":
        _choose_area(turn, answer, params.get("k", ""))
    elif topic is not None:
        answer.add(Text(_ack_text(turn, [topic], foreign=False)), ACK)
        _add_windows(answer, turn, [topic])
        if _needs_area(turn, [topic]):
            answer.quick = _area_chips(turn.city, 0)
    elif action == "more":
        answer.add(Text(wording.text("frontdoor.more.prompt")))
        answer.quick = _topic_chips()
    else:
        answer.add(Text(wording.text("frontdoor.unknown_postback")))
    return answer.build()


_FILLER = re.compile(
    r"(に|で)?(住んでいます|住んでる|住んでいる|すんでいます|すんでる|在住|です|地区|のあたり)$"
)


def _typed_area(turn: _Turn, msg: Message, text: str) -> Any:
    """The area a resident typed: anything the pack recognises right after 「地区を選ぶ」, otherwise only a
    bare name (「桜山」「桜山に住んでいます」), so that 「桜山の道路に穴」 stays a question for the city."""
    area = turn.city.find_area(text)
    if area is None:
        return None
    previous = turn.session.scalars(
        select(Message)
        .where(Message.resident_id == turn.resident.id, Message.direction == "in", Message.id < msg.id)
        .order_by(Message.id.desc())
        .limit(1)
    ).first()
    asked = previous is not None and previous.kind == "postback"
    if asked and parse_pb((previous.payload or {}).get("data")).get("a") in ("areas", "area"):
        return area
    bare = _FILLER.sub("", text.strip().strip("。.!！ 　"))
    names = {area.name, area.kana, *area.aliases}
    for town in area.towns:
        names |= {town.name, town.kana, *town.aliases}
    return area if bare in names else None


def _postback_words(city: CityPack, params: dict[str, str]) -> str | None:
    """What the resident saw themselves "say" by tapping (the chip's label), for the counselor's history."""
    action = params.get("a")
    if action == "human":
        return wording.text(
            "frontdoor.compound.accept" if params.get("r") == "compound" else "frontdoor.quick.human"
        )
    if action == "no_human":
        return wording.text("frontdoor.compound.decline")
    if action == "areas":
        return wording.text("frontdoor.quick.areas")
    if action == "more":
        return wording.text("frontdoor.quick.more")
    topic = params.get("c", "")
    if action == "topic" and wording.has(f"frontdoor.topic.{topic}"):
        return wording.text(f"frontdoor.topic.{topic}")
    if action == "area":
        area = _find_area(city, params.get("k", ""))
        return _area_name(area) if area is not None else None
    return None


def _choose_area(turn: _Turn, answer: _Answer, key: str) -> None:
    area = _find_area(turn.city, key)
    if area is None:
        answer.add(Text(wording.text("frontdoor.area.unknown")))
        answer.quick = _area_chips(turn.city, 0)
        return
    _remember_area(turn, answer, area)


def _remember_area(turn: _Turn, answer: _Answer, area: Any) -> None:
    """Store the resident's area and show the windows there for what they last wrote about."""
    turn.resident.area = _area_key(area)
    answer.add(Text(wording.text("frontdoor.area.saved", area=_area_name(area))))
    concerns = _recent_concerns(turn)
    if concerns:
        _add_windows(answer, turn, concerns)


def _find_area(city: Any, key: str) -> Any:
    if not key:
        return None
    for area in _top_areas(city):
        if _area_key(area) == key:
            return area
    return city.find_area(key)


def _join_case(turn: _Turn, msg: Message) -> handoff.ConversationState:
    """The hand-off state; a sticker, photo or location sent while a case is open joins its ticket."""
    state = handoff.conversation_state(turn.session, turn.resident)
    if state != "bot":
        handoff.note_resident_message(turn.session, turn.resident, msg, None)
    return state


def _on_sticker(turn: _Turn) -> list[Reply]:
    msg = _store(turn, "sticker", payload=turn.event.sticker)
    if _join_case(turn, msg) != "bot":
        return []
    answer = _Answer(quick=_standard_chips())
    answer.add(Text(wording.text("frontdoor.sticker")))
    return answer.build()


def _on_media(turn: _Turn) -> list[Reply]:
    msg = _store(turn, turn.event.media_type or "media")
    state = _join_case(turn, msg)
    if state == "with_staff":
        return []
    answer = _Answer(quick=_standard_chips(human=state == "bot"))
    answer.add(Text(wording.text("frontdoor.media")))
    return answer.build()


def _on_location(turn: _Turn) -> list[Reply]:
    loc = turn.event.location or {}
    msg = _store(turn, "location", payload=loc)
    state = _join_case(turn, msg)
    if state == "with_staff":
        return []
    answer = _Answer(quick=_standard_chips(human=state == "bot"))
    try:
        lat, lon = float(loc["latitude"]), float(loc["longitude"])
    except (KeyError, TypeError, ValueError):
        lat = lon = None
    nearest = (
        turn.city.nearest_windows(lat, lon, _recent_concerns(turn) or None, limit=3)
        if lat is not None
        else []
    )
    if not nearest:
        answer.add(Text(wording.text("frontdoor.location.none")))
        answer.quick = _area_chips(turn.city, 0)
        return answer.build()
    entries = [_nearby_entry(item) for item in nearest]
    answer.add(Text(wording.text("frontdoor.location.nearest")))
    answer.add(cards.windows_message(entries))
    return answer.build()


def _nearby_entry(item: Any) -> cards.CardEntry:
    """`nearest_windows` gives (window, km[, approximate]) tuples or objects with window/distance_km."""
    if isinstance(item, tuple):
        window, km = item[0], item[1]
        approximate = bool(item[2]) if len(item) > 2 else False
    else:
        window = getattr(item, "window", item)
        km = getattr(item, "distance_km", None)
        approximate = bool(getattr(item, "approximate", False))
    entry = cards.entry_from(window, distance_km=km)
    return replace(entry, approximate=entry.approximate or approximate)


def _group_or_room(ctx: ConversationContext, event: InEvent) -> list[Reply]:
    """Group and room chats: a short note that consultations happen one-to-one, nothing stored.

    The note answers the invitation (join) and messages that look like a consultation, not every chat
    line, so that a family group is not flooded. A danger-to-life message still gets the crisis lines.
    """
    if event.kind == "join":
        return [Text(wording.text("frontdoor.group"))]
    if event.kind != "text" or not event.text:
        return []
    c = classify(event.text)
    out: list[Reply] = []
    if c.risk == "emergency":
        out.append(_crisis_card(ctx.city, c.concerns, ctx.clock()))
    if c.risk != "none" or c.concerns or "request_human" in c.intents:
        out.append(Text(wording.text("frontdoor.group")))
    return out


_HANDLERS: dict[str, Callable[[_Turn], list[Reply]]] = {
    "follow": _on_follow,
    "unfollow": _on_unfollow,
    "text": _on_text,
    "postback": _on_postback,
    "sticker": _on_sticker,
    "media": _on_media,
    "location": _on_location,
}


def respond(
    session: Session, ctx: ConversationContext, resident: Resident | None, event: InEvent
) -> list[Reply]:
    """Store what the resident did and return what tsunagu answers (at most five replies; may be empty).

    The caller owns the unit of work: it sends the replies, records them, and commits.
    """
    if resident is None or event.source_kind in ("group", "room"):
        return _group_or_room(ctx, event)
    handler = _HANDLERS.get(event.kind)
    if handler is None:
        return []
    now = ctx.clock()
    resident.last_seen_at = now
    return handler(_Turn(session, ctx, resident, event, now))
