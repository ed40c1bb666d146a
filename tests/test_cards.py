"""Flex cards: what a resident sees for a window, a resource and the crisis lines, and that LINE accepts it
(every message validated against the Messaging API's OpenAPI schema)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from openapi import message_errors

from bot import cards
from bot.cards import CardEntry


def assert_valid(message: Any) -> None:
    """The wire form validates against LINE's schema (resolving discriminators) and LINE's size limits."""
    wire = message.to_wire()
    problems = message_errors(wire)
    assert problems == [], problems
    assert len(wire["altText"]) <= 400
    assert len(json.dumps(wire["contents"], ensure_ascii=False).encode()) <= 30_000  # LINE's Flex size cap
    if wire["contents"]["type"] == "carousel":
        assert len(wire["contents"]["contents"]) <= 12


def actions(node: Any) -> list[dict[str, Any]]:
    """Every action object inside a Flex container (buttons and tappable boxes)."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if isinstance(node.get("action"), dict):
            found.append(node["action"])
        for value in node.values():
            found.extend(actions(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(actions(value))
    return found


def texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["text"]] if node.get("type") == "text" else []
        return own + [t for v in node.values() for t in texts(v)]
    if isinstance(node, list):
        return [t for v in node for t in texts(v)]
    return []


HALL = CardEntry(
    name="逗子市役所",
    description="くらしのことを何でも相談できます",
    phone="046-873-1111",
    hours="平日 8:30〜17:00",
    address="神奈川県逗子市逗子5-2-16",
    lat=35.2957,
    lon=139.5804,
    url="https://www.city.zushi.kanagawa.jp/",
    sample=False,
)


def test_verified_window_card_has_call_map_and_web_buttons() -> None:
    msg = cards.windows_message([HALL])
    assert_valid(msg)
    bubble = msg.contents
    assert bubble["type"] == "bubble"
    uris = [a["uri"] for a in actions(bubble)]
    assert uris[0] == "tel:0468731111"  # the call button comes first
    maps = urlsplit(uris[1])
    assert f"{maps.scheme}://{maps.netloc}{maps.path}" == "https://www.google.com/maps/search/"
    assert parse_qs(maps.query) == {"api": ["1"], "query": ["神奈川県逗子市逗子5-2-16"]}
    assert uris[2] == "https://www.city.zushi.kanagawa.jp/"
    shown = texts(bubble)
    assert "逗子市役所" in shown and "平日 8:30〜17:00" in shown and "046-873-1111" in shown
    assert not any("サンプル" in t for t in shown)
    assert "046-873-1111" in msg.alt_text


def test_unverified_entry_says_sample_in_title_and_note() -> None:
    entry = CardEntry(name="逗子市地域包括支援センター(東)", phone="046-000-0000", sample=True)
    bubble = cards.windows_message([entry]).contents
    shown = texts(bubble)
    assert shown[0] == "逗子市地域包括支援センター(東) (サンプル)"
    assert any("サンプルの情報" in t for t in shown)


@pytest.mark.parametrize(
    ("entry", "expected_query"),
    [
        (CardEntry(name="a", address="逗子市桜山1-1"), "逗子市桜山1-1"),
        (CardEntry(name="a", lat=35.3, lon=139.58), "35.300000,139.580000"),
        # an area's representative point is not where the window is: no map rather than a wrong one
        (CardEntry(name="a", lat=35.3, lon=139.58, approximate=True), None),
        (CardEntry(name="a"), None),
    ],
)
def test_map_link_uses_address_else_exact_coordinates(entry: CardEntry, expected_query: str | None) -> None:
    url = cards.map_url(entry)
    if expected_query is None:
        assert url is None
    else:
        assert url is not None and parse_qs(urlsplit(url).query)["query"] == [expected_query]


def test_entry_without_phone_has_no_call_button() -> None:
    msg = cards.windows_message([CardEntry(name="子ども食堂(サンプル地区)", address="逗子市池子1-1")])
    assert_valid(msg)
    assert [a["uri"][:4] for a in actions(msg.contents)] == ["http"]


def test_several_entries_make_a_carousel_capped_at_ten() -> None:
    entries = [CardEntry(name=f"窓口{i}", phone=f"046-873-11{i:02d}", sample=True) for i in range(14)]
    msg = cards.windows_message(entries)
    assert_valid(msg)
    assert msg.contents["type"] == "carousel"
    assert len(msg.contents["contents"]) == cards.MAX_BUBBLES


def test_no_entries_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        cards.windows_message([])


def test_distance_and_approximation_are_shown() -> None:
    entry = CardEntry(name="包括", phone="046-873-1111", distance_km=1.234, approximate=True, sample=True)
    shown = texts(cards.bubble(entry))
    assert any("約1.2km" in t and "おおよそ" in t for t in shown)


def test_crisis_card_puts_110_and_119_first_then_every_line() -> None:
    lines = [
        CardEntry(name="よりそいホットライン", phone="0120-279-338", hours="24時間"),
        CardEntry(name="いのちの電話", phone="0570-783-556", hours="10時〜22時", description="こころの悩み"),
        CardEntry(name="番号のない窓口"),  # nothing to dial: left out rather than shown without a button
    ]
    msg = cards.crisis_message(lines)
    assert_valid(msg)
    uris = [a["uri"] for a in actions(msg.contents)]
    assert uris == ["tel:110", "tel:119", "tel:0120279338", "tel:0570783556"]
    assert "番号のない窓口" not in json.dumps(msg.contents, ensure_ascii=False)
    assert msg.alt_text.splitlines()[1:3] == ["110 警察", "119 救急・消防"]


@dataclass(frozen=True)
class _FakeFacts:
    """Stands for a city-pack object only in the attribute-reading test below."""

    name: str
    verified: Any
    phone: str | None = None
    hours_text: str | None = None
    address: str | None = None
    lat: float | None = None
    lon: float | None = None


@pytest.mark.parametrize(
    ("verified", "sample"),
    [
        (True, False),
        (False, True),
        (None, True),
        ({"phone": True, "address": False}, True),
        ({"phone": True}, False),
    ],
)
def test_anything_not_verified_counts_as_sample(verified: Any, sample: bool) -> None:
    entry = cards.entry_from(_FakeFacts(name="x", verified=verified, phone="046-873-1111"))
    assert entry.sample is sample


def test_the_schema_check_can_fail() -> None:
    """The validator really resolves LINE's discriminators: a wrong component or action type is caught."""
    from bot.replies import Flex

    bad = Flex(
        "x", {"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": [{"type": "txt"}]}}
    )
    problems = message_errors(bad.to_wire())
    assert any("'txt' is not one of" in p for p in problems)
    button = {"type": "button", "action": {"type": "telephone", "label": "x", "uri": "tel:110"}}
    bad = Flex("x", {"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": [button]}})
    assert message_errors(bad.to_wire())


def test_crisis_card_takes_110_119_from_the_pack_without_repeating_them() -> None:
    lines = [
        CardEntry(name="警察", phone="110"),
        CardEntry(name="救急", phone="119"),
        CardEntry(name="救急安心センター", phone="#7119", hours="24時間"),
    ]
    msg = cards.crisis_message(lines)
    assert_valid(msg)
    # '#' is escaped: a bare '#' would start a URI fragment and dial nothing
    assert [a["uri"] for a in actions(msg.contents)] == ["tel:110", "tel:119", "tel:%237119"]


def test_every_window_and_resource_of_both_packs_makes_a_valid_card() -> None:
    """Cards straight from the city packs: LINE accepts each, unverified ones say (サンプル), the number shown
    is the one to dial (its own, or a verified one that reaches it, with the note saying so)."""
    from bot.city import load_city

    for name in ("zushi", "odawara"):
        city = load_city(name)
        for place in (*city.windows, *city.resources):
            entry = cards.entry_from(place)
            msg = cards.windows_message([entry])
            assert_valid(msg)
            title = texts(msg.contents)[0]
            assert title.endswith("(サンプル)") is (not place.verified), (name, place.id)
            if place.call:
                assert f"tel:{place.call.replace('-', '')}" in [a["uri"] for a in actions(msg.contents)]
            if place.call_note:
                assert place.call_note in texts(msg.contents)
        assert_valid(cards.crisis_message([cards.entry_from(x) for x in city.crisis_lines("emergency")]))
