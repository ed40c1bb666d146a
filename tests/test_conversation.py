"""The conversation, read like a chat: a resident writes, taps or shares; tsunagu answers.

Every exchange runs through `bot.conversation.respond` with a real database (SQLite and PostgreSQL), the
real classifier and the demo city pack (逗子市); every message the bot builds is validated against LINE's
Messaging API schema and never exceeds five per call.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs

import pytest
from openapi import message_errors
from sqlalchemy import Engine, func, select

from bot import wording
from bot.conversation import MAX_REPLIES, ConversationContext, parse_pb, pb, respond
from bot.db import make_sessionmaker, session_scope
from bot.events import InEvent
from bot.models import Message, Resident
from intents.labels import CONCERNS

# Tuesday 24 November 2026, 10:00 in Tokyo: the city's windows are open.
OFFICE_TIME = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def city() -> Any:
    from bot.city import load_city

    return load_city("zushi")


# --- reading the bot's answer -------------------------------------------------------------------------


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


@dataclass
class Answer:
    """What one event got back, as LINE would receive it."""

    wire: list[dict[str, Any]]

    @property
    def kinds(self) -> list[str]:
        return [m["type"] for m in self.wire]

    @property
    def text(self) -> str:
        """All words shown: text bubbles and the text inside Flex cards."""
        words = []
        for m in self.wire:
            if m["type"] == "text":
                words.append(m["text"])
            else:
                words += [n["text"] for n in _walk(m["contents"]) if n.get("type") == "text"]
        return "\n".join(words)

    @property
    def tels(self) -> list[str]:
        return [
            n["uri"]
            for m in self.wire
            if m["type"] == "flex"
            for n in _walk(m["contents"])
            if n.get("type") == "uri" and n["uri"].startswith("tel:")
        ]

    def card_names(self, index: int | None = None) -> list[str]:
        """The bold title of every card (badge lines skipped), in order."""
        flexes = [m for m in self.wire if m["type"] == "flex"]
        if index is not None:
            flexes = [flexes[index]]
        names = []
        for m in flexes:
            bubbles = m["contents"]["contents"] if m["contents"]["type"] == "carousel" else [m["contents"]]
            for b in bubbles:
                titles = [
                    c["text"]
                    for c in b["body"]["contents"]
                    if c.get("type") == "text" and c.get("size") == "md"
                ]
                names.append(titles[0])
        return names

    @property
    def chips(self) -> list[dict[str, Any]]:
        last = self.wire[-1] if self.wire else {}
        return [item["action"] for item in last.get("quickReply", {}).get("items", [])]

    @property
    def chip_labels(self) -> list[str]:
        return [a["label"] for a in self.chips]

    def chip(self, label: str) -> dict[str, Any]:
        return next(a for a in self.chips if a["label"] == label)


@dataclass
class Chat:
    """One resident talking to the city's LINE account, event by event, each in its own unit of work."""

    engine: Engine
    city: Any
    now: datetime = OFFICE_TIME
    user_id: str = field(default_factory=lambda: "U" + secrets.token_hex(16))
    source_kind: str = "user"

    def __post_init__(self) -> None:
        self.sessions = make_sessionmaker(self.engine)
        self.ctx = ConversationContext(city=self.city, clock=lambda: self.now)

    def send(self, kind: str, **fields: Any) -> Answer:
        event = InEvent(
            event_id=secrets.token_hex(13),
            kind=kind,  # type: ignore[arg-type]
            source_kind=self.source_kind,  # type: ignore[arg-type]
            user_id=self.user_id,
            timestamp=self.now,
            reply_token=secrets.token_hex(16),
            group_id="G" + "0" * 32 if self.source_kind != "user" else None,
            **fields,
        )
        with session_scope(self.sessions) as session:
            resident = None
            if self.source_kind == "user":
                resident = session.scalar(select(Resident).where(Resident.line_user_id == self.user_id))
                if resident is None:
                    resident = Resident(line_user_id=self.user_id, created_at=self.now)
                    session.add(resident)
                    session.flush()
            replies = respond(session, self.ctx, resident, event)
        wire = [r.to_wire() for r in replies]
        assert len(wire) <= MAX_REPLIES
        for message in wire:
            assert message_errors(message) == [], message
            for action in (n for n in _walk(message) if n.get("type") == "postback"):
                assert len(action["data"].encode()) <= 300
        return Answer(wire)

    def follow(self) -> Answer:
        return self.send("follow")

    def say(self, text: str) -> Answer:
        return self.send("text", text=text)

    def tap(self, action: dict[str, Any]) -> Answer:
        """Tap a quick-reply chip or button: postbacks come back as postback events, messages as text."""
        if action["type"] == "postback":
            return self.send("postback", postback_data=action["data"])
        assert action["type"] == "message", action
        return self.say(action["text"])

    def resident(self) -> Resident:
        with session_scope(self.sessions) as session:
            resident = session.scalar(select(Resident).where(Resident.line_user_id == self.user_id))
            assert resident is not None
            session.expunge(resident)
            return resident

    def inbound(self) -> list[Message]:
        with session_scope(self.sessions) as session:
            rows = session.scalars(
                select(Message)
                .join(Resident)
                .where(Resident.line_user_id == self.user_id)
                .order_by(Message.id)
            ).all()
            for row in rows:
                session.expunge(row)
            return list(rows)

    def tickets(self) -> list[Any]:
        from handoff.models import Ticket

        with session_scope(self.sessions) as session:
            rows = session.scalars(
                select(Ticket)
                .join(Resident, Ticket.resident_id == Resident.id)
                .where(Resident.line_user_id == self.user_id)
            ).all()
            for row in rows:
                session.expunge(row)
            return list(rows)


@pytest.fixture
def chat(engine: Engine, city: Any) -> Chat:
    return Chat(engine, city)


STANDARD_CHIPS = ["相談員と話したい", "地区を選ぶ", "位置情報を送る", "ほかの困りごと"]


def _window_names(city: Any, concerns: list[str], area: str | None = None) -> list[str]:
    return [w.name for w in city.windows_for(concerns, area)]


# --- first contact ------------------------------------------------------------------------------------


def test_follow_welcomes_with_privacy_hours_crisis_lines_and_how_to_start(chat: Chat, city: Any) -> None:
    a = chat.follow()
    assert a.kinds == ["text", "flex", "text"]
    assert city.city_name in a.wire[0]["text"] and "つなぐ" in a.wire[0]["text"]
    assert "保存" in a.text and "相談員だけ" in a.text  # what is stored, who reads it
    assert city.office_hours.text in a.text  # a person replies in office hours
    assert a.tels[:2] == ["tel:110", "tel:119"]  # crisis lines for nights
    assert len(a.tels) >= 3
    assert "ひとことで書いて" in a.wire[-1]["text"]  # how to start
    assert a.chip_labels == STANDARD_CHIPS
    assert [m.kind for m in chat.inbound()] == ["follow"]
    assert chat.resident().following is True


def test_unfollow_sends_nothing_and_remembers(chat: Chat) -> None:
    chat.follow()
    assert chat.send("unfollow").wire == []
    assert chat.resident().following is False
    assert [m.kind for m in chat.inbound()] == ["follow", "unfollow"]
    back = chat.follow()  # unblocked: greeted back, with everything else a newcomer gets
    assert "おかえりなさい" in back.wire[0]["text"] and "友だち追加" not in back.wire[0]["text"]
    assert back.tels[:2] == ["tel:110", "tel:119"] and chat.resident().following is True


# --- the chat table: one message → what the bot answers ----------------------------------------------

# (resident writes, first message kind, acknowledgement words, a card name fragment, a ticket reason or None)
CHAT = [
    pytest.param("こんにちは", "text", "ひとことで書いて", None, None, id="greeting"),
    pytest.param("ありがとうございました", "text", "メッセージ、ありがとう", None, None, id="thanks"),
    pytest.param(
        "母が同じことを何回も聞いてくる", "text", "もの忘れ", "地域包括支援センター", None, id="dementia"
    ),
    pytest.param("子育てがつらくて、誰にも相談できない", "text", "子育て", None, None, id="child"),
    pytest.param("仕事が見つからなくて困っています", "text", "仕事のこと", None, None, id="employment"),
    pytest.param("ゴミの収集日を教えてください", "text", "担当の課", "市役所", None, id="out_of_scope"),
    pytest.param("相談員と話したい", "text", "相談員（人）に知らせました", None, "request_human", id="human"),
    pytest.param("今日食べるものが何もない", "text", "大事なこと", None, "risk", id="high"),
    pytest.param("もう死にたい", "flex", "110番", None, "risk", id="emergency"),
]


@pytest.mark.parametrize(("says", "first", "words", "card", "ticket"), CHAT)
def test_chat(
    chat: Chat, city: Any, says: str, first: str, words: str, card: str | None, ticket: str | None
) -> None:
    a = chat.say(says)
    assert a.kinds[0] == first
    assert words in a.text
    if card is not None:
        assert any(card in name for name in a.card_names()), a.card_names()
        assert a.tels, "every window card can be called"
    stored = chat.inbound()[-1]
    assert (stored.kind, stored.text) == ("text", says)
    assert stored.intents and stored.risk in ("none", "high", "emergency")
    assert stored.evidence["intents"] == stored.intents  # the classification, kept for counselors
    tickets = chat.tickets()
    assert [t.reason for t in tickets] == ([ticket] if ticket else [])
    if ticket:
        assert tickets[0].first_message_id == stored.id
        assert "相談員と話したい" not in a.chip_labels  # already on the way to a person
    else:
        assert a.chip_labels[:4] == STANDARD_CHIPS or "今はいい" in a.chip_labels


def test_windows_follow_the_city_routing(chat: Chat, city: Any) -> None:
    a = chat.say("仕事が見つからなくて困っています")
    concerns = [c for c in chat.inbound()[-1].intents if c in CONCERNS]
    assert concerns == ["employment"]
    assert [_plain(n) for n in a.card_names(0)] == _window_names(city, concerns)[:4]
    shown = city.windows_for(concerns)[:4]
    assert a.text.count("(サンプル)") >= sum(1 for w in shown if not w.verified)


def test_one_field_with_two_labels_is_not_treated_as_compound(chat: Chat, city: Any) -> None:
    """もの忘れ + 介護 are one field (the 包括 takes both): no hub first, no "重なって", no counselor offer."""
    a = chat.say("母が同じことを何回も聞いてくるし、介護のことも分からない")
    concerns = [c for c in chat.inbound()[-1].intents if c in CONCERNS]
    assert {"dementia", "elderly_care"} <= set(concerns)
    names = a.card_names(0)
    assert all("地域包括支援センター" in n for n in names), names
    assert "重なって" not in a.text and "今はいい" not in a.chip_labels


def _plain(card_name: str) -> str:
    return card_name.removesuffix(" (サンプル)")


# --- safety first -------------------------------------------------------------------------------------


def test_emergency_is_answered_first_with_110_119_and_crisis_lines(chat: Chat) -> None:
    a = chat.say("もう消えたい。今夜で終わりにしたい")
    assert a.kinds[0] == "flex"
    assert a.tels[:2] == ["tel:110", "tel:119"]
    assert any(t.startswith("tel:0120") or t.startswith("tel:0570") for t in a.tels)  # national lines
    assert "相談員" in a.wire[1]["text"] and "順番に" in a.wire[1]["text"]  # a person follows up
    assert "すぐ電話します" not in a.text
    (ticket,) = chat.tickets()
    assert (ticket.reason, ticket.risk) == ("risk", "emergency")
    # The crisis lines stand once, at the top; the waiting notice does not repeat them as chips below.
    assert _quick_tels(a) == []


def _quick_tels(a: Answer) -> list[str]:
    return [
        item["action"]["uri"]
        for m in a.wire
        for item in m.get("quickReply", {}).get("items", [])
        if item["action"].get("uri", "").startswith("tel:")
    ]


def test_high_risk_waiting_notice_lists_crisis_lines(chat: Chat) -> None:
    a = chat.say("今日食べるものが何もない")
    assert "tel:110" not in a.tels  # no emergency card for high risk
    assert "tel:110" in _quick_tels(a)  # but the waiting notice gives the lines for the night


def test_emergency_goes_to_the_head_of_the_queue(engine: Engine, city: Any) -> None:
    from handoff.models import Ticket

    Chat(engine, city).say("相談員と話したい")
    Chat(engine, city).say("今日食べるものが何もない")
    Chat(engine, city).say("死にたい")
    with session_scope(make_sessionmaker(engine)) as session:
        order = session.scalars(select(Ticket.risk).order_by(Ticket.priority.desc(), Ticket.opened_at)).all()
    assert order == ["emergency", "high", "none"]


def test_while_a_counselor_owns_the_case_the_bot_is_quiet_but_emergency_still_gets_crisis_lines(
    chat: Chat,
) -> None:
    from handoff.actions import claim_ticket
    from handoff.models import StaffUser, Ticket

    chat.say("相談員と話したい")
    with session_scope(chat.sessions) as session:
        staff = StaffUser(username="sato", display_name="佐藤", password_hash="x", role="counselor")
        session.add(staff)
        session.flush()
        ticket_id = session.scalar(select(Ticket.id))
        assert claim_ticket(session, ticket_id, staff)

    assert chat.say("母の物忘れがひどくなってきました").wire == []
    assert chat.send("sticker", sticker={"packageId": "446", "stickerId": "1988"}).wire == []
    assert chat.send("postback", postback_data=pb("areas")).wire == []

    a = chat.say("やっぱりもう死にたい")
    assert a.kinds[0] == "flex" and a.tels[:2] == ["tel:110", "tel:119"]
    assert len(a.wire) == 2  # crisis lines and the follow-up line, nothing else
    (ticket,) = chat.tickets()
    assert ticket.risk == "emergency" and ticket.escalated_at is not None  # the owner is alarmed
    assert ticket.unread >= 2  # the counselor sees what arrived


# --- 複合: two or more concerns -------------------------------------------------------------------------

COMPOUND = "息子が10年部屋から出てこない。私の年金だけでは生活費が足りない"


def test_compound_leads_with_the_hub_and_offers_a_counselor(chat: Chat, city: Any) -> None:
    a = chat.say(COMPOUND)
    assert len([c for c in chat.inbound()[-1].intents if c != "request_human"]) >= 2
    assert "重なって" in a.wire[0]["text"]
    hub = city.hub()
    assert a.card_names(0)[0].startswith(hub.name)
    assert "まとめて相談できる窓口" in a.text
    assert a.chip_labels[:2] == ["相談員と話したい", "今はいい"]
    assert chat.tickets() == []  # an offer, not a ticket the resident did not ask for

    b = chat.tap(a.chip("相談員と話したい"))
    (ticket,) = chat.tickets()
    assert ticket.reason == "compound"
    assert set(ticket.concerns) >= {"isolation_hikikomori", "poverty_finance"}
    assert "相談員" in b.text


def test_compound_offer_can_be_declined(chat: Chat) -> None:
    a = chat.say(COMPOUND)
    b = chat.tap(a.chip("今はいい"))
    assert b.kinds == ["text"] and "いつでも" in b.text
    assert chat.tickets() == []


# --- not understood twice in a row ---------------------------------------------------------------------


def test_two_messages_not_understood_in_a_row_go_to_a_person(chat: Chat) -> None:
    first = chat.say("ゴミの収集日を教えてください")
    assert chat.tickets() == [] and chat.resident().not_understood_streak == 1
    assert any(t.startswith("tel:") for t in first.tels)  # the city's general contact
    second = chat.say("住民票はどこでもらえますか")
    (ticket,) = chat.tickets()
    assert ticket.reason == "not_understood"
    assert "ごめんなさい" in second.text
    assert chat.resident().not_understood_streak == 0


def test_a_greeting_between_breaks_the_streak(chat: Chat) -> None:
    chat.say("ゴミの収集日を教えてください")
    chat.say("こんにちは")
    chat.say("住民票はどこでもらえますか")
    assert chat.tickets() == []


# --- areas and places ----------------------------------------------------------------------------------


def test_area_chosen_by_quick_reply_is_remembered_and_used(chat: Chat, city: Any) -> None:
    first = chat.say("母が同じことを何回も聞いてくる")
    concerns = [c for c in chat.inbound()[-1].intents if c in CONCERNS]
    picker = chat.tap(first.chip("地区を選ぶ"))
    area = city.areas[0]
    assert picker.chip_labels[: len(city.areas)] == [a.name for a in city.areas][:12]
    saved = chat.tap(picker.chip(area.name))
    assert chat.resident().area == area.id
    assert area.name in saved.wire[0]["text"]
    # the windows for what the resident last wrote, those of that area first, none of another area
    windows = {w.name: w for w in city.windows}
    shown = [windows[_plain(n)] for n in saved.card_names(0)]
    assert shown[0].areas == (area.id,)
    assert all(w.serves(area.id) for w in shown)
    assert set(shown[0].concerns) & set(concerns)
    again = chat.say("父の物忘れも心配です")
    assert "地区を選ぶと" not in again.wire[0]["text"]  # no longer asks for the area


def test_area_can_be_typed_as_a_town_name(chat: Chat, city: Any) -> None:
    town = city.areas[-1].towns[0]
    a = chat.say(town.name)
    assert chat.resident().area == city.areas[-1].id
    assert city.areas[-1].name in a.text
    assert chat.tickets() == [] and chat.resident().not_understood_streak == 0


def test_unknown_area_key_changes_nothing(chat: Chat) -> None:
    a = chat.send("postback", postback_data=pb("area", k="どこにもない地区"))
    assert "見つかりませんでした" in a.text
    assert chat.resident().area is None
    assert a.chips  # the picker again


def test_location_gives_the_nearest_windows(chat: Chat, city: Any) -> None:
    chat.say("母が同じことを何回も聞いてくる")
    concerns = [c for c in chat.inbound()[-1].intents if c in CONCERNS]
    town = next(t for a in city.areas for t in a.towns if t.point is not None)
    a = chat.send(
        "location",
        location={"title": "自宅", "address": "", "latitude": town.point.lat, "longitude": town.point.lon},
    )
    nearest = city.nearest_windows(town.point.lat, town.point.lon, concerns, limit=3)
    assert a.kinds == ["text", "flex"]
    assert [n.removesuffix(" (サンプル)") for n in a.card_names()] == [n.window.name for n in nearest]
    assert "km" in a.text
    assert chat.inbound()[-1].payload["latitude"] == town.point.lat


def test_location_without_coordinates_asks_for_the_area(chat: Chat) -> None:
    a = chat.send("location", location={"title": "?"})
    assert "見つかりませんでした" in a.text and a.chips


# --- other kinds of messages ---------------------------------------------------------------------------


def test_sticker_alone_is_a_greeting(chat: Chat) -> None:
    a = chat.send("sticker", sticker={"packageId": "446", "stickerId": "1988"})
    assert a.kinds == ["text"] and "スタンプ" in a.text
    assert a.chip_labels == STANDARD_CHIPS
    assert chat.inbound()[-1].payload == {"packageId": "446", "stickerId": "1988"}


@pytest.mark.parametrize("media", ["image", "video", "audio", "file"])
def test_media_gets_a_kind_request_for_words(chat: Chat, media: str) -> None:
    a = chat.send("media", media_type=media)
    assert a.kinds == ["text"] and "文字で書いて" in a.text
    assert chat.inbound()[-1].kind == media


def test_other_topics_offers_topic_chips_that_show_windows(chat: Chat, city: Any) -> None:
    more = chat.send("postback", postback_data=pb("more"))
    assert "お金" in more.chip_labels and "介護" in more.chip_labels
    money = chat.tap(more.chip("お金"))
    assert "お金や生活費のこと" in money.wire[0]["text"]
    assert [n.removesuffix(" (サンプル)") for n in money.card_names(0)] == _window_names(
        city, ["poverty_finance"]
    )[:4]
    assert chat.inbound()[-1].intents == ["poverty_finance"]


@pytest.mark.parametrize("data", ["garbage", "a=", "a=launch_missiles", "%%%", "a=areas&p=-1", ""])
def test_unknown_or_malformed_postback_gets_how_to_start_and_changes_nothing(chat: Chat, data: str) -> None:
    a = chat.send("postback", postback_data=data)
    assert a.wire and a.kinds[0] == "text"
    assert chat.tickets() == [] and chat.resident().area is None


def test_postback_data_round_trips() -> None:
    data = pb("area", k="逗子東部")
    assert parse_pb(data) == {"a": "area", "k": "逗子東部"}
    assert parse_pb("not a query") == {} and parse_pb(None) == {}
    with pytest.raises(ValueError):
        pb("area", k="あ" * 120)


def test_long_message_is_stored_whole_and_answered(chat: Chat) -> None:
    text = ("母の物忘れがひどくて、毎日同じことを聞かれます。" * 200)[:5000]
    a = chat.say(text)
    assert a.wire and "もの忘れ" in a.wire[0]["text"]
    assert chat.inbound()[-1].text == text


def test_english_gets_the_same_content_plus_a_note_in_easy_japanese(chat: Chat) -> None:
    a = chat.say("I have no money for food and rent")
    assert "かんたんな ことば" in a.wire[0]["text"]
    assert a.tels  # the same windows as in Japanese
    b = chat.say("I want to die")
    assert b.tels[:2] == ["tel:110", "tel:119"]
    assert "call 110" in b.wire[1]["text"]  # the one line they can surely read


# --- group and room chats ------------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["group", "room"])
def test_group_chat_gets_a_one_to_one_note_and_nothing_is_stored(
    engine: Engine, city: Any, source: str
) -> None:
    chat = Chat(engine, city, source_kind=source)
    joined = chat.send("join")
    assert joined.kinds == ["text"] and "1対1" in joined.text
    assert chat.say("母の介護のことで相談したい").text == wording.text("frontdoor.group")
    assert chat.say("今日の夕飯なに？").wire == []  # ordinary family chat: the bot keeps out of it
    assert chat.say("死にたい").tels[:2] == ["tel:110", "tel:119"]  # but never ignores a life at risk
    with session_scope(chat.sessions) as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 0
        assert session.scalar(select(func.count()).select_from(Resident)) == 0


def test_chips_carry_documented_postback_data(chat: Chat) -> None:
    a = chat.say("こんにちは")
    data = {c["label"]: parse_qs(c["data"]) for c in a.chips if c["type"] == "postback"}
    assert data["相談員と話したい"] == {"a": ["human"], "r": ["request_human"]}
    assert data["地区を選ぶ"] == {"a": ["areas"]}
    assert data["ほかの困りごと"] == {"a": ["more"]}
    assert any(c["type"] == "location" for c in a.chips)


# --- a city organised differently ---------------------------------------------------------------------


def test_a_second_city_pack_drives_the_same_conversation(engine: Engine) -> None:
    """小田原市-style: a まるごと hub and a 包括 for each of many 圏域 — no code change, only data."""
    from bot.city import load_city

    odawara = load_city("odawara")
    chat = Chat(engine, odawara)
    welcome = chat.follow()
    assert odawara.city_name in welcome.wire[0]["text"]
    compound = chat.say(COMPOUND)
    assert _plain(compound.card_names(0)[0]) == odawara.hub().name
    picker = chat.tap(compound.chip("地区を選ぶ"))
    names = [a.name for a in odawara.areas]
    shown = [label for label in picker.chip_labels if label != "つぎへ"]
    assert shown == [n[:20] for n in names[:12]]
    if len(names) > 12:  # paged: the rest behind 「つぎへ」
        rest = chat.tap(picker.chip("つぎへ"))
        assert rest.chip_labels[0] == names[12][:20]
    last = odawara.areas[min(len(names), 12) - 1]
    chat.tap(picker.chip(last.name[:20]))
    assert chat.resident().area == last.id
    dementia = chat.say("父の物忘れがひどい")
    first = next(w for w in odawara.windows if w.name == _plain(dementia.card_names(0)[0]))
    assert first.areas == (last.id,)  # that 圏域's own 包括 comes first


def test_area_picker_pages_when_there_are_many_areas(
    chat: Chat, city: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.conversation as conversation

    monkeypatch.setattr(conversation, "AREA_CHIPS_PER_PAGE", 2)
    names = [a.name for a in city.areas]
    assert len(names) > 2
    page = chat.send("postback", postback_data=pb("areas"))
    seen: list[str] = []
    for _ in range(len(names)):
        seen += [label for label in page.chip_labels if label != "つぎへ"]
        if "つぎへ" not in page.chip_labels:
            break
        page = chat.tap(page.chip("つぎへ"))
    assert seen == names


# --- check-ins get the first look ----------------------------------------------------------------------


def test_a_checkin_answer_is_thanked_and_nothing_else(chat: Chat, monkeypatch: pytest.MonkeyPatch) -> None:
    from handoff.checkins import api as checkins

    seen: list[tuple[str, str | None]] = []

    def consume(session: Any, resident: Resident, message: Message, classification: Any) -> bool:
        seen.append((message.kind, message.text))
        return True

    monkeypatch.setattr(checkins, "handle_resident_message", consume)
    a = chat.say("元気です")
    assert a.kinds == ["text"] and a.text == wording.text("frontdoor.checkin.thanks")
    b = chat.say("もう死にたい")  # safety still comes first, and a person is told
    assert b.kinds[:3] == ["flex", "text", "text"] and b.tels[:2] == ["tel:110", "tel:119"]
    assert seen == [("text", "元気です"), ("text", "もう死にたい")]
    assert [(t.reason, t.risk) for t in chat.tickets()] == [("risk", "emergency")]


def test_a_failing_checkin_hook_never_blocks_the_answer(chat: Chat, monkeypatch: pytest.MonkeyPatch) -> None:
    from handoff.checkins import api as checkins

    def broken(session: Any, *args: Any) -> bool:
        session.add(Message(resident_id=args[0].id, direction="out", sender="bot", kind="text", text="half"))
        session.flush()
        raise RuntimeError("check-ins are down")

    monkeypatch.setattr(checkins, "handle_resident_message", broken)
    monkeypatch.setattr(checkins, "on_unfollow", broken)
    a = chat.say("もう死にたい")
    assert a.tels[:2] == ["tel:110", "tel:119"]
    assert [t.risk for t in chat.tickets()] == ["emergency"]
    assert "half" not in [m.text for m in chat.inbound()]  # its half-done work was rolled back
    assert chat.send("unfollow").wire == [] and chat.resident().following is False


def test_taps_are_stored_as_the_words_the_resident_saw(chat: Chat, city: Any) -> None:
    """Counselors read the history as the resident saw it: a tap shows its chip's words, not its data."""
    a = chat.say("こんにちは")
    chat.tap(a.chip("地区を選ぶ"))
    chat.send("postback", postback_data=pb("area", k=city.areas[0].id))
    chat.send("postback", postback_data=pb("topic", c="poverty_finance"))
    chat.send("postback", postback_data="garbage")
    taps = [(m.text, m.payload["data"]) for m in chat.inbound() if m.kind == "postback"]
    assert taps == [
        ("地区を選ぶ", "a=areas"),
        (city.areas[0].name, pb("area", k=city.areas[0].id)),
        ("お金", "a=topic&c=poverty_finance"),
        (None, "garbage"),
    ]


def test_at_night_a_person_is_promised_for_opening_time_and_crisis_lines_are_given(
    engine: Engine, city: Any
) -> None:
    """23:00 on a Tuesday in Tokyo: nobody is at the window, so nobody is promised before it opens."""
    night = datetime(2026, 11, 24, 14, 0, tzinfo=UTC)
    assert not city.office_hours.is_open(night)
    chat = Chat(engine, city, now=night)
    a = chat.say("相談員と話したい")
    assert "明日" in a.text  # when the window opens, in plain words
    assert "いま 1番目" not in a.text
    assert any(c["type"] == "uri" and c["uri"] == "tel:110" for c in a.chips)
    assert [t.reason for t in chat.tickets()] == ["request_human"]


def test_a_town_inside_a_question_is_not_taken_as_the_area(chat: Chat, city: Any) -> None:
    town = city.areas[-1].towns[0]
    a = chat.say(f"{town.name}の道路に穴があいています")
    assert chat.resident().area is None
    assert "担当の課" in a.text  # answered as a question for the city


def test_after_the_picker_a_typed_reading_is_enough(chat: Chat, city: Any) -> None:
    area = city.areas[-1]
    chat.send("postback", postback_data=pb("areas"))
    chat.say(f"{area.towns[0].kana}にすんでいます")
    assert chat.resident().area == area.id


# --- bad input harms nothing ---------------------------------------------------------------------------


def test_any_text_or_tap_gets_a_valid_answer(tmp_path: Any, city: Any) -> None:
    """Whatever arrives — any Unicode up to LINE's 5,000 characters, any postback data — the resident gets
    at most five messages LINE accepts, and the message is stored."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from bot.db import Base, make_engine

    for name in ("bot.models", "handoff.models"):
        __import__(name)
    engine = make_engine(f"sqlite:///{tmp_path / 'fuzz.sqlite'}")
    Base.metadata.create_all(engine)
    chat = Chat(engine, city)
    stored = 0

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        kind=st.sampled_from(["text", "postback"]),
        body=st.one_of(
            st.text(max_size=300),
            st.text(alphabet="あいうえおかきくけこ死介護お金 。、!?", max_size=5000),
            st.sampled_from(
                ["a=area&k=", "a=topic&c=greeting", "a=human&r=nope", "a=areas&p=99", "a=checkin"]
            ),
        ),
    )
    def one(kind: str, body: str) -> None:
        nonlocal stored
        answer = chat.say(body) if kind == "text" else chat.send("postback", postback_data=body)
        stored += 1
        assert len(answer.wire) <= MAX_REPLIES
        assert len(chat.inbound()) == stored

    try:
        one()
    finally:
        engine.dispose()


def test_a_checkin_answer_asking_for_a_person_is_told_when(
    chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    """「話したい」 to a check-in: check-ins open the ticket; the resident is thanked and told a person answers."""
    from handoff import api as handoff_api
    from handoff.checkins import api as checkins

    def wants_a_person(session: Any, resident: Resident, message: Message, classification: Any) -> bool:
        handoff_api.open_or_join_ticket(
            session, resident, reason="checkin", risk="none", concerns=[], evidence=None, message=message
        )
        return True

    monkeypatch.setattr(checkins, "handle_resident_message", wants_a_person)
    a = chat.send("postback", postback_data="a=checkin_answer&v=talk")
    assert a.wire[0]["text"] == wording.text("frontdoor.checkin.thanks")
    assert "番目" in a.text  # the hand-off's waiting notice: a person answers, in turn
    assert [t.reason for t in chat.tickets()] == ["checkin"]


def test_when_windows_are_split_by_many_areas_the_area_is_asked_first(engine: Engine) -> None:
    """Odawara has a 包括 for each of twelve 圏域: rather than four picked at random, ask where they live."""
    from bot.city import load_city

    odawara = load_city("odawara")
    chat = Chat(engine, odawara)
    a = chat.say("父の物忘れがひどい")
    windows = {w.name: w for w in odawara.windows}
    shown = [windows[_plain(n)] for n in a.card_names(0)]
    assert all(not w.areas for w in shown), "no area-bound window before the area is known"
    assert "地区を選んでください" in a.wire[0]["text"]
    assert a.chip_labels[:12] == [area.name[:20] for area in odawara.areas[:12]]
    b = chat.tap(a.chip(odawara.areas[3].name[:20]))
    first = windows[_plain(b.card_names(0)[0])]
    assert first.areas == (odawara.areas[3].id,) and "dementia" in first.concerns
